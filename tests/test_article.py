"""What a monitor would log from the news article the project starts from (short excerpts of
shared/context/article.txt, ITV News, September 2022), and nothing absurd."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from molva.scrub import scrub_text
from molva.understand import Extractor

NOTICES = (
    '"Around 30 to 50 men were given their call up papers in ten police stations, sometimes by '
    'unidentified people in civilian clothes," Ms Levenberg told ITV News.'
)
POLICE = (
    "In punishment, some of the protesters were given their draft notices straight from the police "
    "station according to Eva Levenberg, a lawyer for the independent human rights group OVD-Info."
)
DETAINED = "Security forces detain a demonstrator in Yekaterinburg. Credit: AP"
BORDER = (
    "At the Georgia-Russia border, those fleeing are warned that the crossing time has increased from "
    "one hour to around 24 hours as traffic backs up following President Putin's announcement."
)
RUMOUR = '"I hear they are closing the border from 1st October, does anyone know about that?" a woman writes.'


def test_notices_served_to_30_to_50_men_in_police_stations(extractor: Extractor) -> None:
    r = extractor("a", NOTICES)
    assert (r.kind, r.incident_type, r.place_type, r.count) == (
        "incident",
        "draft_notice",
        "police_station",
        (30, 50),
    )
    p = extractor("b", POLICE)
    assert (p.kind, p.incident_type, p.place_type) == ("incident", "draft_notice", "police_station")


def test_detention_at_a_protest(extractor: Extractor) -> None:
    r = extractor("c", DETAINED)
    assert (r.kind, r.incident_type, r.city) == ("incident", "detention", "Yekaterinburg")


def test_the_crossing_into_georgia_went_from_one_hour_to_about_24(extractor: Extractor) -> None:
    r = extractor("d", BORDER)
    assert (r.kind, r.crossing, r.direction, r.wait_hours) == ("border", "verkhny-lars", "exit", 24)


def test_the_1_october_closure_rumour(extractor: Extractor) -> None:
    r = extractor("e", RUMOUR)
    assert r.kind == "rumour" and r.claim == "The border will be closed on 1 October"


@pytest.mark.parametrize(
    "text",
    [
        "Neryungri is closer to Japan than Moscow. It is more than 8,000 kilometres away from Ukraine.",
        '"My 38-year-old husband is not in the reserves and has never served."',
    ],
)
def test_nothing_absurd(extractor: Extractor, text: str) -> None:
    r = extractor("f", scrub_text(text))
    assert r.queue_km is None and r.wait_hours is None and r.kind != "border"
    assert "38-year-old" in scrub_text(text) or "38" not in text


ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "context" / "article.txt"


@pytest.mark.skipif(not ARTICLE.exists(), reason="the whole article is outside the repository")
def test_the_whole_article_paragraph_by_paragraph(extractor: Extractor) -> None:
    """What a monitor would log from the article, read a paragraph at a time, and nothing absurd."""
    paragraphs = [p.strip() for p in ARTICLE.read_text(encoding="utf-8").splitlines() if p.strip()]
    log = [(p, extractor(str(i), scrub_text(p))) for i, p in enumerate(paragraphs)]
    waits = [(r.crossing, r.wait_hours) for _, r in log if r.wait_hours is not None]
    assert waits == [("verkhny-lars", 24)]  # "from one hour to around 24 hours"
    assert all(r.queue_km is None and r.vehicles is None for _, r in log)
    notices = [r for _, r in log if r.kind == "incident" and r.count == (30, 50)]
    assert [(r.incident_type, r.place_type) for r in notices] == [("draft_notice", "police_station")]
    assert any(r.incident_type == "detention" and r.city == "Yekaterinburg" for _, r in log)
    assert [r.claim for _, r in log if r.claim == "The border will be closed on 1 October"]
    for text, r in log:
        if r.kind == "border":  # a border report is about a border
            assert re.search(r"border|cross|checkpoint", text, re.IGNORECASE), text
        if r.kind == "incident" and r.count is not None:
            assert r.count == (30, 50), text
