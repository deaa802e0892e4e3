from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from wijkgoud.core import views as core_views

# The admin signs in through allauth too, so the second factor applies there as well.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = admin.site.site_title = "Wijkgoud"

urlpatterns = [
    # Outside the language prefix: monitoring asks for one fixed address.
    path("health/", core_views.health, name="health"),
    *i18n_patterns(
        path("", include("wijkgoud.core.urls")),
        path("activities/", include("wijkgoud.activities.urls")),
        path("needs/", include("wijkgoud.needs.urls")),
        path("invitations/", include("wijkgoud.invitations.urls")),
        path("notifications/", include("wijkgoud.notifications.urls")),
        path("initiatives/", include("wijkgoud.initiatives.urls")),
        path("funding/", include("wijkgoud.funding.urls")),
        path("expenses/", include("wijkgoud.expenses.urls")),
        path("payouts/", include("wijkgoud.payouts.urls")),
        path("meetings/", include("wijkgoud.meetings.urls")),
        path("glossary/", include("wijkgoud.glossary.urls")),
        path("account/", include("allauth.urls")),
        path("admin/", admin.site.urls),
    ),
]

handler403 = core_views.permission_denied
handler404 = core_views.page_not_found
handler500 = core_views.server_error
handler429 = core_views.too_many_requests  # allauth's rate limits use it too

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
