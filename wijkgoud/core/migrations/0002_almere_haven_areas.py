"""Almere Haven and its buurten with their CBS codes (CBS wijk- en buurtkaart)."""

from django.db import migrations

DISTRICT = ("Almere Haven", "WK003401")
NEIGHBOURHOODS = [
    ("Centrum Almere Haven", "BU00340101"),
    ("De Werven", "BU00340102"),
    ("De Hoven", "BU00340103"),
    ("De Meenten", "BU00340104"),
    ("De Grienden", "BU00340105"),
    ("De Marken", "BU00340106"),
    ("De Gouwen", "BU00340107"),
    ("De Wierden", "BU00340108"),
    ("De Velden", "BU00340109"),
    ("Overgooi", "BU00340110"),
    # De Laren has no separate code in the source we build on; an admin can add it.
    ("De Laren", None),
    ("De Steiger", "BU00340171"),
    ("Stichtsekant", "BU00340173"),
]


def load_areas(apps, schema_editor):
    Area = apps.get_model("core", "Area")
    name, code = DISTRICT
    district, _ = Area.objects.get_or_create(cbs_code=code, defaults={"name": name, "kind": "wijk"})
    for name, code in NEIGHBOURHOODS:
        Area.objects.get_or_create(
            parent=district, name=name, defaults={"cbs_code": code, "kind": "buurt"}
        )


def remove_areas(apps, schema_editor):
    Area = apps.get_model("core", "Area")
    Area.objects.filter(parent__cbs_code=DISTRICT[1]).delete()
    Area.objects.filter(cbs_code=DISTRICT[1]).delete()


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(load_areas, remove_areas)]
