"""Whether people on foot pass: the newest word wins unless the last day's reports disagree."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from molva.fuse.pedestrians import on_foot

AT = datetime(2022, 9, 27, 12, 0, tzinfo=UTC)
YES, NO = (), ("turned_back",)


def said(*items: tuple[float, tuple[str, ...]]) -> list[tuple[str, datetime, tuple[str, ...]]]:
    return [("verkhny-lars", AT - timedelta(hours=h), checks) for h, checks in items]


@pytest.mark.parametrize(("reports", "verdict"), [
    (said((1, YES)), "yes"),
    (said((1, NO)), "no"),
    (said((3, YES), (2, YES), (1, YES)), "yes"),
    (said((5, NO), (3, YES), (2, YES), (1, YES)), "yes"),  # the newest three agree
    (said((3, YES), (2, NO), (1, YES)), "unclear"),
    (said((30, NO), (1, YES)), "yes"),  # a day-old word no longer counts
    (said((30, YES)), None),  # nothing said in the last day
    (said((-1, NO)), None),  # said after the board's time: not known yet
])
def test_verdicts(reports, verdict) -> None:  # type: ignore[no-untyped-def]
    assert on_foot(reports, AT).get("verkhny-lars") == verdict
