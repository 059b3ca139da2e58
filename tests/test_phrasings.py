"""Every other phrasing of the sample chats (sample/phrases_alt.py, phrases_p3.py, phrases_p4.py) against
the default one (sample/phrases.py): the same public names and types, only its namesakes' slots, none of
its lines, every report line carrying its fact's slot, one figure per official post, its own number
wording, some lines in Ukrainian or English, and registered as a `molva sample --style`."""

from __future__ import annotations

import re
import string
import types

import pytest

from molva.sample import phrases as P
from molva.sample import phrases_alt, phrases_p3, phrases_p4
from molva.sample.generate import CHATTER_KINDS, REPORT_KINDS, STYLES, phrasing

_FUTURE = type(vars(P)["annotations"])  # `from __future__ import annotations`
STYLE_MODULES = {"alt": phrases_alt, "p3": phrases_p3, "p4": phrases_p4}
# the share of lines in Ukrainian or English
NOT_RUSSIAN = {"alt": (0.05, 0.20), "p3": (0.05, 0.25), "p4": (0.10, 0.25)}


def _public(module: types.ModuleType) -> set[str]:
    return {name for name, value in vars(module).items()
            if not name.startswith("_") and not isinstance(value, types.ModuleType | _FUTURE)}


def _is_table(value: object) -> bool:
    return isinstance(value, tuple) and bool(value) and all(isinstance(v, str) for v in value)


def _slots(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


TABLES = sorted(n for n in _public(P) if _is_table(getattr(P, n)))  # DONE, CHECK_PHRASES, TAILS…
USED = sorted({t for t, _, _ in REPORT_KINDS} | set(CHATTER_KINDS.values())
              | {"EMPTY", "HEARSAY", "CHECK_PHRASES", "MODE_PHRASES"})
SAY = ("say_hours", "round_hours", "say_range", "say_count", "say_rate", "say_km", "say_clock")
REPORTS = [t for t, _, _ in REPORT_KINDS if t != "OFFICIAL"]


def wording(module: types.ModuleType) -> list[str]:
    """The tables a phrasing words its own way (the rest is data shared with the default)."""
    return [n for n in TABLES if getattr(module, n) is not getattr(P, n)]


@pytest.fixture(params=sorted(STYLE_MODULES))
def style(request: pytest.FixtureRequest) -> str:
    return request.param


def test_registered_as_a_style(style: str) -> None:
    assert style in STYLES and phrasing(style) is STYLE_MODULES[style]


def test_the_same_public_names_as_the_default_phrasing(style: str) -> None:
    module = STYLE_MODULES[style]
    assert _public(module) == _public(P)
    for name in _public(P):
        assert type(getattr(module, name)) is type(getattr(P, name)), name


@pytest.mark.parametrize("name", USED)
def test_every_table_generate_uses_is_reworded_and_not_empty(style: str, name: str) -> None:
    module = STYLE_MODULES[style]
    assert getattr(module, name) and name in wording(module)


@pytest.mark.parametrize("name", SAY)
def test_the_number_wording_is_its_own(style: str, name: str) -> None:
    assert getattr(STYLE_MODULES[style], name) is not getattr(P, name)


@pytest.mark.parametrize("name", TABLES)
def test_a_table_uses_only_the_slots_of_its_default_namesake(style: str, name: str) -> None:
    allowed = set().union(*map(_slots, getattr(P, name)))
    for line in getattr(STYLE_MODULES[style], name):
        assert _slots(line) <= allowed, (name, line)


def test_no_line_is_a_line_of_the_default_phrasing(style: str) -> None:
    module = STYLE_MODULES[style]
    default = {line.lower().strip() for table in TABLES for line in getattr(P, table)}
    same = [line for name in wording(module) for line in getattr(module, name)
            if line.lower().strip() in default]
    assert not same


def test_every_line_is_filled_by_its_slots(style: str) -> None:
    values = dict.fromkeys("c v h d g w r e p k n t1 t2 x q src m phone user mail city town".split(), "Z")
    module = STYLE_MODULES[style]
    for name in wording(module):
        for line in getattr(module, name):
            filled = line.format_map(values)
            assert "{" not in filled and "}" not in filled and filled.strip(), (name, line)
            assert "|" not in line, (name, line)


@pytest.mark.parametrize("name", REPORTS)
def test_a_report_line_carries_the_fact_of_its_kind(style: str, name: str) -> None:
    """DONE a wait {w}, ONGOING a wait so far {e}, QUEUE_KM {k}, VEHICLES {n}, THROUGHPUT {q}…"""
    needed = set.intersection(*map(_slots, getattr(P, name))) - {"c", "h", "d", "v", "g"}
    for line in getattr(STYLE_MODULES[style], name):
        assert needed <= _slots(line), (name, line)


def test_official_posts_state_one_figure_each(style: str) -> None:
    for line in STYLE_MODULES[style].OFFICIAL:
        assert "src" in _slots(line)
        assert len(_slots(line) & {"n", "q", "w"}) == 1, line


def test_some_lines_are_in_ukrainian_or_english_but_most_in_russian(style: str) -> None:
    module = STYLE_MODULES[style]
    lines = [line for name in wording(module) for line in getattr(module, name)]
    other = [s for s in lines if re.search(r"[іїєґ]", s) or re.match(r"^(\{h\})?[A-Za-z]", s)]
    low, high = NOT_RUSSIAN[style]
    assert low <= len(other) / len(lines) <= high
