"""The plain-text boilerplate filter, on page furniture written for these tests."""

from eventatlas.clean import clean_text

PAGE = """Shelling Resumes Along the Front Line

Artillery fire was reported near the town overnight, officials said.

ADVERTISEMENT

Read also: Farmers Count Losses After the Flood

The regional governor said repairs would start on Monday.

Related stories
Drone Debris Falls on Suburb
Local schools move classes online for a week.

A second sentence of the article closes it.

© 2025 Example Media. All rights reserved.
Follow us on Telegram for breaking news
"""


def test_article_sentences_survive_and_furniture_goes():
    cleaned = clean_text(PAGE)
    assert cleaned.text.split("\n\n") == [
        "Artillery fire was reported near the town overnight, officials said.",
        "The regional governor said repairs would start on Monday.",
        "A second sentence of the article closes it.",
    ]
    assert cleaned.title == "Shelling Resumes Along the Front Line"


def test_every_removed_line_is_kept_with_its_reason_and_raw_offsets():
    cleaned = clean_text(PAGE)
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["ADVERTISEMENT"] == "advertisement"
    assert reasons["Read also: Farmers Count Losses After the Flood"] == "teaser"
    assert reasons["Related stories"] == "related-header"
    assert reasons["Drone Debris Falls on Suburb"] == "teaser"
    assert reasons["Local schools move classes online for a week."] == "teaser"  # the teaser's standfirst
    assert reasons["© 2025 Example Media. All rights reserved."] == "footer"
    assert reasons["Follow us on Telegram for breaking news"] == "footer"
    for r in cleaned.removed:
        assert PAGE[r.start:r.end] == r.text


def test_a_short_article_sentence_after_a_subheading_is_kept():
    text = "Troops advanced near the river, the army said.\n\nFighting in the East\n\nIt was quiet.\n"
    cleaned = clean_text(text, title_from_first_line=False)
    assert "It was quiet." in cleaned.text
    assert [r.reason for r in cleaned.removed] == ["heading"]


def test_plain_prose_is_untouched():
    text = "One sentence here.\nA second line of the same paragraph.\n\nAnother paragraph."
    cleaned = clean_text(text)
    assert cleaned.text == "One sentence here. A second line of the same paragraph.\n\nAnother paragraph."
    assert cleaned.removed == []
