"""The literal-string gate in front of long patterns never changes what they find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import molva.understand.clock as C
import molva.understand.patterns as P
import molva.understand.quantities as Q
from molva.understand.evaluate import read_corpus
from molva.understand.prefilter import Prefiltered, literal_keys, prefiltered
from molva.understand.text import normalize

ROOT = Path(__file__).parent.parent

GATED = [(name, p) for mod in (P, Q, C) for name, p in vars(mod).items() if isinstance(p, Prefiltered)]


@pytest.mark.parametrize(
    "pattern, keys",
    [
        (r"\ba(?:cd|ef\w)x?", {"cd", "ef"}),  # the longest mandatory part wins
        (r"ab(?:cd|ef)", {"ab"}),  # as long, and fewer keys
        (r"abc|de\s+f", {"abc", "de"}),
        (r"(?:уже|вже)\s+\d", {"уже", "вже"}),
        (r"x?(?:будут|могут\s+закр\w*)", {"будут", "могут"}),
        (r"a+bc", {"bc"}),
        (r"\w+", None),  # nothing literal
        (r"ab|\d+", None),  # one branch has no literal
        (r"(?:ab)?\d", None),  # only an optional literal
        (r"a|b", None),  # one-letter keys gate nothing
    ],
)
def test_literal_keys(pattern: str, keys: set[str] | None) -> None:
    assert literal_keys(re.compile(pattern)) == keys


def test_patterns_without_keys_are_returned_as_they_are() -> None:
    p = re.compile(r"\d+")
    assert prefiltered(p) is p


def test_the_hot_patterns_are_gated() -> None:
    names = {name for name, _ in GATED}
    assert {"FUTURE", "EXIT", "HEARSAY", "VEHICLES_DIGITS", "START"} <= names


@pytest.fixture(scope="module")
def corpus_norms() -> list[str]:
    return [normalize(e.text) for e in read_corpus([ROOT / "corpus"])]


def test_gated_patterns_find_what_the_raw_ones_find_in_the_corpus(corpus_norms: list[str]) -> None:
    for name, p in GATED:
        for norm in corpus_norms:
            got = [m.span() for m in p.finditer(norm)]
            assert got == [m.span() for m in p.raw.finditer(norm)], (name, norm)


WORDS = sorted({k for _, p in GATED for k in p.keys})[:400] + ["и", "a", "5", "часов", " ", "?"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=12))
def test_gated_patterns_agree_on_random_text(parts: list[str]) -> None:
    text = normalize(" ".join(parts))
    for name, p in GATED:
        raw = p.raw.search(text)
        got = p.search(text)
        assert (got and got.span()) == (raw and raw.span()), name
