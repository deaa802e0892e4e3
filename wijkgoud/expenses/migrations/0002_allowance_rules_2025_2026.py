"""The Belastingdienst's volunteer allowance caps and the untaxed km rate for 2025 and 2026.

2026 comes from one source (to confirm); admins correct the rules in the admin."""

from decimal import Decimal

from django.db import migrations

RULES = {
    # year: per hour 21+, per hour under 21, per month, per year, per km
    2025: ("5.60", "3.30", "210.00", "2100.00", "0.23"),
    2026: ("5.75", "3.40", "220.00", "2200.00", "0.23"),
}


def load_rules(apps, schema_editor):
    AllowanceRule = apps.get_model("expenses", "AllowanceRule")
    for year, values in RULES.items():
        adult, young, month, per_year, km = map(Decimal, values)
        AllowanceRule.objects.get_or_create(
            year=year,
            defaults={
                "hourly_cap_adult": adult,
                "hourly_cap_young": young,
                "month_cap": month,
                "year_cap": per_year,
                "km_rate": km,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("expenses", "0001_claims")]
    operations = [migrations.RunPython(load_rules, migrations.RunPython.noop)]
