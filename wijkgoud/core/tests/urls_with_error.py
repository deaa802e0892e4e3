"""The project's URLs plus one page that breaks, to see the 500 page (tests only)."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from wijkgoud import urls as project_urls
from wijkgoud.core.views import server_error


def broken(request):
    raise RuntimeError("a bug on our side")


urlpatterns = [*i18n_patterns(path("broken/", broken)), *project_urls.urlpatterns]
handler500 = server_error
