"""Whether people on foot are let through a crossing, from what was said of it lately.

"пешком пропускают", "прошли пешком за 2 часа" say yes; "пешком не пускают" (the extractor marks
it `turned_back`) says no. The newest word wins, unless the last day's reports disagree, when the
board says it is unclear. Pure: reports in, a verdict per crossing out.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

WINDOW = timedelta(hours=24)


def on_foot(reports: Iterable[tuple[str, datetime, tuple[str, ...]]], at: datetime) -> dict[str, str]:
    """`reports`: (crossing, time, checks) of border reports by or about people on foot.
    Returns crossing → "yes" | "no" | "unclear" for those with such a report in the last day."""
    said: dict[str, list[tuple[datetime, bool]]] = {}
    for crossing, ts, checks in reports:
        if at - WINDOW < ts <= at:
            said.setdefault(crossing, []).append((ts, "turned_back" not in checks))
    out = {}
    for crossing, items in said.items():
        items.sort()
        newest = items[-3:]
        yes = sum(1 for _, ok in newest if ok)
        out[crossing] = "yes" if yes == len(newest) else "no" if yes == 0 else "unclear"
    return out
