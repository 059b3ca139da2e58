"""Rumours: one claim in any wording or language, its spread, and an operator's verdicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from molva.cli import app
from molva.understand.claims import claim_date, claim_key
from molva.understand.text import normalize


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Говорят, границу закроют 1 октября", "border-closure-10-01"),
        ("I hear they are closing the border on the 1st of October", "border-closure-10-01"),
        ("Кажуть, кордон закриють з 1 жовтня", "border-closure-10-01"),
        ("границу закроют, точно вам говорю", "border-closure"),
        ("с 28 сентября мужчинам запретят выезд за границу", "exit-ban-09-28"),
        ("exit ban for all men from Monday", "exit-ban"),
        ("Правда, что будет военное положение?", "martial-law"),
        ("martial law will be declared right after the referendums", "martial-law"),
        ("в октябре вторая волна мобилизации", "second-wave"),
        ("загранпаспорта будут отбирать на границе", "passports-seized"),
        ("without permission from the enlistment office men won't get out", "enlistment-permission"),
    ],
)
def test_one_claim_in_any_wording(text: str, key: str) -> None:
    assert claim_key(normalize(text)) == key


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("1 октября", "10-01"),
        ("on the 1st of October", "10-01"),
        ("Oct 1", "10-01"),
        ("з 28 вересня", "09-28"),
        ("до 30.09", "09-30"),
        ("скоро", None),
    ],
)
def test_claim_date(text: str, date: str | None) -> None:
    assert claim_date(normalize(text)) == date


FEED = [
    {
        "id": "1",
        "date": "2022-09-24T10:00:00+03:00",
        "source": "c1",
        "author": "u1",
        "text": "Говорят, границу закроют 1 октября для всех",
    },
    {
        "id": "2",
        "date": "2022-09-24T11:00:00+03:00",
        "source": "c2",
        "author": "u2",
        "text": "I hear they are closing the border on the 1st of October, does anyone know?",
    },
    {
        "id": "3",
        "date": "2022-09-24T12:00:00+03:00",
        "source": "c1",
        "author": "u3",
        "text": "Правда, что будет военное положение?",
    },
    {
        "id": "4",
        "date": "2022-09-24T13:00:00+03:00",
        "source": "c1",
        "author": "u4",
        "text": "Кажуть, кордон закриють з 1 жовтня",
    },
]


def test_claims_and_verdicts_end_to_end(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOLVA_SECRET", "claims")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in FEED) + "\n", encoding="utf-8")
    run = CliRunner().invoke
    assert run(app, ["ingest", str(feed), "--db", db_url]).exit_code == 0
    doc = json.loads(run(app, ["claims", "--json", "--db", db_url]).output)
    [closure, martial] = doc["claims"]
    assert closure["id"] == "border-closure-10-01" and closure["messages"] == 3 and closure["sources"] == 2
    assert (
        closure["statement"] == "The border will be closed on 1 October" and closure["status"] == "unverified"
    )
    assert martial["id"] == "martial-law" and martial["asked"] == 1
    ok = run(
        app,
        [
            "claim",
            "set",
            "border-closure-10-01",
            "--status",
            "denied",
            "--evidence",
            "https://example.org/denial",
            "--db",
            db_url,
        ],
    )
    assert ok.exit_code == 0, ok.output
    again = run(
        app,
        [
            "claim",
            "set",
            "border-closure-10-01",
            "--status",
            "confirmed",
            "--evidence",
            "https://example.org/decree",
            "--db",
            db_url,
        ],
    )
    assert again.exit_code == 0
    [closure, _] = json.loads(run(app, ["claims", "--json", "--db", db_url]).output)["claims"]
    assert closure["status"] == "confirmed" and [v["status"] for v in closure["history"]] == [
        "denied",
        "confirmed",
    ]
    for args, where in (
        (["claim", "set", "nothing", "--status", "denied", "--evidence", "https://x.org"], "ID"),
        (["claim", "set", "martial-law", "--status", "maybe", "--evidence", "https://x.org"], "--status"),
        (["claim", "set", "martial-law", "--status", "denied"], "--evidence"),
        (["claim", "set", "martial-law", "--status", "denied", "--evidence", "ftp://x"], "--evidence"),
    ):
        bad = run(app, [*args, "--db", db_url])
        assert bad.exit_code == 2 and where in bad.output
