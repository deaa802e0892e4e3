from django.contrib import admin

from .models import PayingAccount


@admin.register(PayingAccount)
class PayingAccountAdmin(admin.ModelAdmin):
    """The municipality's account; batches keep a copy of it from their export on."""

    list_display = ["name", "iban", "bic", "second_person_confirms", "is_active"]
