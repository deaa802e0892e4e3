"""What the bench data set holds; bench/generate.py writes it.

Almere has about 230,000 inhabitants. Almere Haven and its buurten come from the data
migration (real CBS codes); the other wijken are real names with generated buurten
that have no CBS code.
"""

from dataclasses import dataclass

DOMAIN = "bench.wijkgoud.example"
TOTP_SECRET = "JBSWY3DPEHPK3PXP"
HAVEN = "WK003401"

OTHER_DISTRICTS = [
    "Almere Stad",
    "Almere Buiten",
    "Almere Poort",
    "Almere Hout",
    "Almere Pampus",
    "Almere Oosterwold",
]

# The people pages sign in as (Page.as_user): one per role, all in Almere Haven.
PEOPLE = {
    "resident": (f"actief@{DOMAIN}", "Fatima", "active_resident", "BU00340102"),
    "worker": (f"wijkwerker@{DOMAIN}", "Sanne", "worker", HAVEN),
    "budget_holder": (f"budget@{DOMAIN}", "Mehmet", "budget_holder", HAVEN),
    "admin": (f"beheer@{DOMAIN}", "Beheer", "admin", None),
}

# fmt: off
NAMES = [
    "Anna", "Bram", "Daan", "Emma", "Fatima", "Fleur", "Hamza", "Ilse", "Jan", "Joost", "Julia",
    "Kees", "Lotte", "Lucas", "Maria", "Mehmet", "Mohamed", "Noah", "Nora", "Piotr", "Priya",
    "Rachid", "Ruben", "Sanne", "Sem", "Sevda", "Sophie", "Tim", "Yusuf", "Zeynep", "Agnieszka",
    "Ayşe", "Bilal", "Chantal", "Dewi", "Esra", "Gerrit", "Henk", "Ingrid", "Kacper", "Kofi",
    "Leila", "Marco", "Mila", "Naima", "Olga", "Quinten", "Rosa", "Samira", "Sandra", "Tomasz",
    "Wendy", "Youssef",
]
STREETS = [
    "Werven", "Sluis", "Meenten", "Gouwen", "Grienden", "Hoven", "Marken", "Wierden", "Velden",
    "Laren", "Steiger",
]
# fmt: on
LANGUAGE_WEIGHTS = {"nl": 70, "en": 8, "ar": 8, "tr": 8, "pl": 6}
PLACE_KINDS = ["Buurthuis", "Wijkcentrum", "Bibliotheek", "Speeltuin", "Moskee", "Kerk", "School"]


@dataclass
class Counts:
    """How much to generate; the defaults take a few seconds on two cores."""

    users: int = 20_000
    places: int = 2_000
    buurten: int = 80
    events: int = 20_000
