"""The wait over time as an SVG drawn on the server: the estimate as a line, its 80% interval as
a band, hours without an estimate left as gaps. No script, no other host."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from molva.records import Estimate

W, H, PAD_L, PAD_B, PAD_T, PAD_R = 480, 220, 40, 26, 12, 8


def _runs(points: Sequence[tuple[datetime, Estimate]]) -> list[list[tuple[datetime, Estimate]]]:
    runs: list[list[tuple[datetime, Estimate]]] = [[]]
    for at, e in points:
        if e.wait_hours is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((at, e))
    return [r for r in runs if r]


def svg(points: Sequence[tuple[datetime, Estimate]], label: str, unit: str) -> str:
    """An inline SVG of the estimate and its interval; `label` is its title for screen readers."""
    known = [e for _, e in points if e.wait_hours is not None]
    if len(points) < 2 or not known:
        return ""
    top = max(max((e.high or e.wait_hours or 0) for e in known), 1.0)
    top = min(top, max(e.wait_hours or 0 for e in known) * 2.5)  # a wild interval must not flatten the line
    t0, t1 = points[0][0].timestamp(), points[-1][0].timestamp()
    span = max(t1 - t0, 1.0)

    def x(at: datetime) -> float:
        return PAD_L + (W - PAD_L - PAD_R) * (at.timestamp() - t0) / span

    def y(v: float) -> float:
        return PAD_T + (H - PAD_T - PAD_B) * (1 - min(v, top) / top)

    parts = [f'<svg viewBox="0 0 {W} {H}" role="img" aria-label="{label}" class="chart">']
    for k in range(5):  # grid and scale
        v = top * k / 4
        parts.append(f'<line x1="{PAD_L}" x2="{W - PAD_R}" y1="{y(v):.1f}" y2="{y(v):.1f}" class="grid"/>')
        parts.append(f'<text x="{PAD_L - 4}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.0f}</text>')
    days = sorted({at.replace(hour=0, minute=0, second=0, microsecond=0) for at, _ in points})
    for d in days:
        if t0 <= d.timestamp() <= t1:
            parts.append(f'<text x="{x(d):.1f}" y="{H - 8}" text-anchor="middle">{d:%d.%m}</text>')
    for run in _runs(points):
        upper = " ".join(f"{x(at):.1f},{y(e.high if e.high is not None else e.wait_hours):.1f}"
                         for at, e in run)
        lower = " ".join(f"{x(at):.1f},{y(e.low if e.low is not None else e.wait_hours):.1f}"
                         for at, e in reversed(run))
        parts.append(f'<polygon points="{upper} {lower}" class="band"/>')
        line = " ".join(f"{x(at):.1f},{y(e.wait_hours):.1f}" for at, e in run)  # type: ignore[arg-type]
        parts.append(f'<polyline points="{line}" class="line"/>')
    parts.append(f'<text x="{PAD_L}" y="{PAD_T + 10}" class="unit">{unit}</text></svg>')
    return "".join(parts)
