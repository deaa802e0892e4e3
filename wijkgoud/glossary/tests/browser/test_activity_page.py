"""A neighbour reading an Arabic activity page taps a marked word and reads its meaning."""

import pytest
from playwright.sync_api import expect

from wijkgoud.activities.tests.factories import ActivityFactory, ActivityTextFactory
from wijkgoud.core.tests.browser.fixtures import assert_accessible

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("seeded_glossary"),
]

ARABIC_MEANING = "مجموعة من العاملين الاجتماعيين في حيّك"


def test_a_neighbour_taps_a_marked_word_on_an_arabic_activity_page(page, de_werven):
    activity = ActivityFactory(title="Koffieochtend", place__area=de_werven)
    ActivityTextFactory(
        activity=activity,
        language="ar",
        title="صباح القهوة",
        summary="قهوة وحديث مع الجيران.",
        description="غالبًا ما ينضم إلينا شخص من الـ wijkteam، فيمكنك أن تسأل أسئلتك أيضًا.",
    )
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"/ar/activities/{activity.pk}/")
    expect(page.locator("h1")).to_contain_text("صباح القهوة")
    word = page.locator("#content a.term__word", has_text="wijkteam").first
    tip = page.locator("#" + word.get_attribute("aria-describedby"))
    expect(tip).to_be_hidden()
    assert_accessible(page)

    word.click()  # a tap shows the meaning in Arabic and stays on the page
    expect(tip).to_be_visible()
    expect(tip).to_contain_text(ARABIC_MEANING)
    assert page.url.endswith(f"/ar/activities/{activity.pk}/")
    box = tip.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320
    assert_accessible(page)
