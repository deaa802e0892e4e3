"""Demo data: a realistic week of activities in Almere Haven, organised by Fatima."""
# ruff: noqa: RUF001, E501  (Turkish letters and long demo sentences)

from datetime import time, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from wijkgoud.core.models import Area, Place, User

from . import services
from .models import Activity, ActivityText, Category

ORGANISER = "actief@wijkgoud.example"

PLACES = [
    ("Bibliotheek Haven", "Sluis 14", "1357 NZ", "BU00340101", True),
    ("Moestuin De Meenten", "Meenten 52", "1353 CK", "BU00340104", False),
]

# title, summary, description, category, place, weekday (0 = Monday), start, end, repeat, extra
ACTIVITIES = [
    (
        "Koffieochtend",
        "Elke dinsdag samen koffie drinken en kletsen met buren.",
        "Kom langs voor een kop koffie of thee. Je hoeft niets te kunnen of mee te nemen.\n"
        "Er is altijd iemand die je welkom heet. Iemand van het wijkteam schuift vaak aan:\n"
        "dan kun je ook je vragen stellen.",
        Category.MEETING,
        "Buurthuis De Werven",
        1,
        time(10),
        time(11, 30),
        "weekly",
        {"spoken_languages": ",nl,tr,ar,", "wheelchair_accessible": True, "no_signup_needed": True},
    ),
    (
        "Taalcafé",
        "Nederlands oefenen in een kleine groep, met vrijwilligers.",
        "We praten over gewone dingen: boodschappen, de dokter, school. Fouten maken mag.\n"
        "Alle niveaus zijn welkom.",
        Category.LANGUAGE,
        "Buurthuis De Werven",
        2,
        time(14),
        time(15, 30),
        "weekly",
        {"spoken_languages": ",nl,ar,tr,pl,", "capacity": 12, "wheelchair_accessible": True},
    ),
    (
        "Samen koken",
        "We koken samen een maaltijd en eten daarna met elkaar.",
        "Elke week kookt iemand anders een gerecht uit eigen land. Je helpt mee of je schuift aan.",
        Category.COOKING,
        "Wijkcentrum Haven",
        3,
        time(17),
        time(19, 30),
        "weekly",
        {"spoken_languages": ",nl,tr,", "capacity": 10, "cost": "pay_what_you_can"},
    ),
    (
        "Moestuin",
        "Samen groente kweken in de buurtmoestuin.",
        "Zaaien, water geven, oogsten. Je neemt groente mee naar huis. Kinderen helpen graag mee.",
        Category.GARDEN,
        "Moestuin De Meenten",
        5,
        time(10),
        time(12),
        "weekly",
        {"spoken_languages": ",nl,pl,", "children_welcome": True},
    ),
    (
        "Computerhulp",
        "Hulp met je telefoon, de computer, DigiD en e-mail.",
        "Neem je eigen telefoon of laptop mee. Een vrijwilliger helpt je stap voor stap.\n"
        "Ook met een toeslag aanvragen of een brief van de gemeente lezen.",
        Category.COMPUTER,
        "Bibliotheek Haven",
        0,
        time(13, 30),
        time(15, 30),
        "biweekly",
        {"spoken_languages": ",nl,en,", "capacity": 6, "wheelchair_accessible": True},
    ),
    (
        "Wandelgroep",
        "Een rustige wandeling van een uur door de Haven.",
        "We lopen in een rustig tempo langs het water. Na afloop drinken we koffie.",
        Category.SPORT,
        "Buurthuis De Werven",
        4,
        time(9, 30),
        time(10, 30),
        "weekly",
        {"spoken_languages": ",nl,", "no_signup_needed": True},
    ),
    (
        "Hulp bij post en geldzaken",
        "Samen kijken naar brieven, rekeningen en formulieren.",
        "Heb je een brief die je niet begrijpt? Neem hem mee. We zoeken samen uit wat je moet doen.",
        Category.PAPERWORK,
        "Wijkcentrum Haven",
        0,
        time(10),
        time(12),
        "monthly",
        {"spoken_languages": ",nl,ar,tr,", "capacity": 8, "wheelchair_accessible": True},
    ),
    (
        "Knutselmiddag voor kinderen",
        "Knutselen, tekenen en verven voor kinderen van 4 tot 10 jaar.",
        "Ouders zijn welkom om te blijven. Wij zorgen voor de spullen en limonade.",
        Category.FAMILY,
        "Buurthuis De Werven",
        2,
        time(15, 30),
        time(17),
        "weekly",
        {
            "spoken_languages": ",nl,",
            "children_welcome": True,
            "cost": "amount",
            "price": Decimal("1.00"),
            "capacity": 15,
        },
    ),
    (
        "Vrouwenochtend",
        "Voor vrouwen: samen praten, handwerken en thee drinken.",
        "Een rustige ochtend alleen voor vrouwen. Je mag je kinderen meenemen.",
        Category.CREATIVE,
        "Wijkcentrum Haven",
        3,
        time(9, 30),
        time(11, 30),
        "weekly",
        {"spoken_languages": ",nl,ar,tr,", "women_only": True, "children_welcome": True},
    ),
    (
        "Opschoondag in De Werven",
        "Samen de buurt schoon maken. Daarna soep voor iedereen.",
        "Wij zorgen voor grijpers, handschoenen en vuilniszakken.",
        Category.VOLUNTEERING,
        "Buurthuis De Werven",
        5,
        time(10),
        time(12),
        "once",
        {"spoken_languages": ",nl,en,", "children_welcome": True},
    ),
]

TRANSLATIONS = {
    "Koffieochtend": {
        "en": (
            "Coffee morning",
            "Every Tuesday: coffee and a chat with neighbours.",
            "Drop in for a cup of coffee or tea. You do not need to bring anything.\nSomeone is always there to welcome you. Someone from the wijkteam often joins:\nyou can ask your questions too.",
        ),
        "tr": (
            "Kahve sabahı",
            "Her salı komşularla birlikte kahve içip sohbet ediyoruz.",
            "Bir fincan kahve ya da çay için uğrayın. Hiçbir şey getirmeniz gerekmiyor.",
        ),
        "ar": (
            "صباح القهوة",
            "كل يوم ثلاثاء: قهوة وحديث مع الجيران.",
            "تعال لتشرب فنجان قهوة أو شاي. لا تحتاج إلى إحضار أي شيء.\n"
            "غالبًا ما ينضم إلينا شخص من الـ wijkteam، فيمكنك أن تسأل أسئلتك أيضًا.",
        ),
    },
    "Taalcafé": {
        "en": (
            "Language café",
            "Practise Dutch in a small group, with volunteers.",
            "We talk about everyday things: shopping, the doctor, school. Mistakes are fine.",
        ),
        "tr": (
            "Dil kafesi",
            "Gönüllülerle küçük bir grupta Hollandaca pratik yapın.",
            "Günlük konular hakkında konuşuyoruz: alışveriş, doktor, okul. Hata yapmak serbest.",
        ),
        "ar": (
            "مقهى اللغة",
            "تدرّب على اللغة الهولندية في مجموعة صغيرة مع متطوعين.",
            "نتحدث عن أمور الحياة اليومية: التسوق والطبيب والمدرسة. لا بأس بالأخطاء.",
        ),
        "pl": (
            "Kawiarenka językowa",
            "Ćwicz niderlandzki w małej grupie, z wolontariuszami.",
            "Rozmawiamy o codziennych sprawach: zakupy, lekarz, szkoła. Błędy są w porządku.",
        ),
    },
    "Samen koken": {
        "en": (
            "Cooking together",
            "We cook a meal together and then eat together.",
            "Every week someone else cooks a dish from their own country.",
        ),
        "tr": (
            "Birlikte yemek",
            "Birlikte yemek pişirip sonra birlikte yiyoruz.",
            "Her hafta başka biri kendi ülkesinden bir yemek pişiriyor.",
        ),
    },
    "Computerhulp": {
        "en": (
            "Computer help",
            "Help with your phone, the computer, DigiD and e-mail.",
            "Bring your own phone or laptop. A volunteer helps you step by step.",
        ),
    },
}


def load() -> None:
    """Create the demo activities that are missing; never change what a tester changed."""
    organiser = User.objects.filter(email=ORGANISER).first()
    if organiser is None:
        return
    for name, street, postcode, code, wheelchair in PLACES:
        Place.objects.get_or_create(
            name=name,
            defaults={
                "street_address": street,
                "postcode": postcode,
                "area": Area.objects.get(cbs_code=code),
                "wheelchair_accessible": wheelchair,
            },
        )
    today = timezone.localdate()
    for (
        title,
        summary,
        description,
        category,
        place_name,
        weekday,
        start,
        end,
        repeat,
        extra,
    ) in ACTIVITIES:
        if Activity.objects.filter(title=title, organiser=organiser).exists():
            continue
        place = Place.objects.get(name=place_name)
        first = today + timedelta(days=(weekday - today.weekday()) % 7)
        with transaction.atomic():
            activity = Activity(
                title=title,
                summary=summary,
                description=description,
                category=category,
                organiser=organiser,
                area=place.area,
                place=place,
                repeat=repeat,
                starts_on=first,
                start_time=start,
                end_time=end,
                status=Activity.Status.PUBLISHED,
                ends_on=None if repeat == "once" else first + timedelta(weeks=26),
                **extra,
            )
            services.save_activity(activity, actor=organiser, base_url="")
            for language, (t_title, t_summary, t_description) in TRANSLATIONS.get(
                title, {}
            ).items():
                ActivityText.objects.create(
                    activity=activity,
                    language=language,
                    title=t_title,
                    summary=t_summary,
                    description=t_description,
                )
            if activity.capacity:
                first_date = activity.occurrences.order_by("starts_at").first()
                for name, people in [("Ayşe", 1), ("Piotr", 2)]:
                    services.sign_up(
                        first_date,
                        waiting_list_ok=True,
                        base_url="",
                        name=name,
                        people=people,
                        wants_company=name == "Ayşe",
                    )
