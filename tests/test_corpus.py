"""The labelled corpus and the scorer: the extractor's quality is asserted on held-out text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from molva.understand import Extractor
from molva.understand.evaluate import (
    FIELDS,
    Example,
    numbers_match,
    predict,
    read_corpus,
    score,
    split_of,
)

CORPUS = Path(__file__).parent.parent / "corpus"
THRESHOLDS = {"crossing": 0.90, "wait_hours": 0.90, "queue_km": 0.90, "vehicles": 0.90,  # issue 3
              "incident_type": 0.85, "city": 0.85, "count": 0.85}  # issue 6
KIND_ACCURACY = 0.90
# Measured 2026-12-06 with `molva eval corpus --split test` (1,392 messages, with counts16 and
# incidents17): kind 0.902, crossing 0.951, wait_hours 0.904, queue_km 0.938, vehicles 0.963,
# incident_type 0.873, city 0.891, count 0.850 (count is at its target with almost no margin).
KINDS = {"border", "incident", "rumour", "question", "other"}


@pytest.fixture(scope="module")
def examples() -> list[Example]:
    return list(read_corpus([CORPUS]))


def test_corpus_size_and_languages(examples: list[Example]) -> None:
    langs = Counter(e.labels["lang"] for e in examples)
    assert len(examples) >= 800
    assert langs["ru"] / len(examples) >= 0.60 and langs["en"] and langs["uk"]
    assert len({e.id for e in examples}) == len(examples)


def test_every_example_is_fully_labelled(examples: list[Example]) -> None:
    for e in examples:
        assert set(FIELDS) | {"kind"} <= set(e.labels), e.id
        assert e.labels["kind"] in KINDS, e.id
        assert (e.labels["wait_hours"] is None) == (e.labels["wait_state"] is None), e.id


def test_split_is_stable_and_holds_out_about_a_third(examples: list[Example]) -> None:
    test = [e for e in examples if e.split == "test"]
    assert 0.2 < len(test) / len(examples) < 0.4
    assert split_of("ru-chat-0001") == split_of("ru-chat-0001")


@pytest.fixture(scope="module")
def held_out(examples: list[Example], extractor: Extractor):  # type: ignore[no-untyped-def]
    test = [e for e in examples if e.split == "test"]
    return score(test, lambda e: predict(extractor, e))


def test_held_out_meets_the_issue_targets(held_out) -> None:  # type: ignore[no-untyped-def]
    report = {name: round(held_out.fields[name].f1, 3) for name in THRESHOLDS}
    assert held_out.kind_accuracy >= KIND_ACCURACY, (held_out.kind_accuracy, report)
    for name, minimum in THRESHOLDS.items():
        assert held_out.fields[name].f1 >= minimum, (name, report)


@pytest.mark.parametrize(
    ("gold", "pred", "same"),
    [(24, 24, True), (24, 24.5, True), (24, 30, False), ([12, 14], [12, 14], True),
     ([12, 14], 13, False), (None, None, True), (None, 5, False), (0.67, 0.7, True)],
)
def test_numbers_match(gold: object, pred: object, same: bool) -> None:
    assert numbers_match(gold, pred) is same


def test_scorer_counts_precision_and_recall() -> None:
    ex = [Example("1", "", None, None, {"kind": "border", "crossing": "a", "checks": ["x"]}),
          Example("2", "", None, None, {"kind": "other", "crossing": None, "checks": []})]
    preds = {"1": {"kind": "border", "crossing": "b", "checks": ["x", "y"]},
             "2": {"kind": "border", "crossing": "a", "checks": []}}
    s = score(ex, lambda e: preds[e.id])
    assert s.kind_accuracy == 0.5
    c = s.fields["crossing"]
    assert (c.tp, c.fp, c.fn) == (0, 2, 1)
    k = s.fields["checks"]
    assert (k.tp, k.fp, k.fn) == (1, 1, 0)
