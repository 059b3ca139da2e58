"""The queue estimator's measurement models, on hand-made cases, and its robustness."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from molva.fuse.queue import AT_POST, estimate
from molva.records import Evidence, Report

AT = datetime(2022, 9, 27, 12, 0, tzinfo=UTC)


def rep(hours_ago: float, author: str = "a", **kw) -> Evidence:  # type: ignore[no-untyped-def]
    kw.setdefault("confidence", 0.8)
    return Evidence(
        ts=AT - timedelta(hours=hours_ago), report=Report(id="x", kind="border", **kw), author=author
    )


def done(hours_ago: float, wait: float, author: str = "a", **kw) -> Evidence:  # type: ignore[no-untyped-def]
    return rep(hours_ago, author, wait_hours=wait, wait_state="done", **kw)


def km(hours_ago: float, length: float, author: str = "k") -> Evidence:
    return rep(hours_ago, author, queue_km=length)


def steady(k: float = 10.0, mu: float = 0.2) -> list[Evidence]:
    """A queue of `k` km cleared at `mu` km/h for days: lengths every 2 hours, crossings every hour."""
    wait = k / mu + AT_POST
    return [km(h, k, f"k{h}") for h in range(0, 120, 2)] + [
        done(h, round(wait, 1), f"d{h}") for h in range(0, 72)
    ]


def test_queue_length_over_service_rate() -> None:
    est = estimate(steady(10, 0.2), AT)
    assert est is not None and est.wait == pytest.approx(50.5, rel=0.05)
    assert est.low <= est.wait <= est.high


def test_vehicle_counts_stand_for_length() -> None:
    evidence = [e for e in steady(10, 0.2) if e.report.queue_km is None]
    evidence += [rep(h, f"n{h}", vehicles=1500) for h in range(0, 120, 2)]  # 1,500 cars ≈ 10 km
    est = estimate(evidence, AT)
    assert est is not None and est.wait == pytest.approx(50.5, rel=0.1)


def test_a_growing_queue_is_read_from_its_length_not_from_lagging_crossings() -> None:
    # crossings still say 20 hours (they joined when the queue was 4 km), but it has doubled since
    evidence = [
        km(h, 8.0 if h <= 12 else 4.0 if h >= 24 else 8 - (h - 12) / 3, f"k{h}") for h in range(0, 120, 2)
    ]
    evidence += [done(h, 20.5, f"d{h}") for h in range(4, 48)]
    est = estimate(evidence, AT)
    assert est is not None and est.wait > 30


def test_waiting_so_far_with_position_gives_the_recent_rate() -> None:
    # joined 10 h ago when the queue was 10 km; 8 km still ahead: 0.2 km/h
    evidence = [km(h, 10.0, f"k{h}") for h in range(0, 120, 2)]
    evidence += [rep(h, f"p{h}", wait_hours=10, wait_state="ongoing", queue_km=8.0) for h in range(0, 6)]
    est = estimate(evidence, AT)
    assert est is not None and est.wait == pytest.approx(50.5, rel=0.1)


def test_without_lengths_crossings_are_moved_forward_along_their_trend() -> None:
    # the crossed-after values grow by one hour per hour of join time
    evidence = [done(h, 10 + (48 - h) / 2, f"d{h}") for h in range(0, 48)]
    est = estimate(evidence, AT)
    newest = 10 + 48 / 2
    assert est is not None and est.wait > newest


def test_people_on_foot_do_not_describe_the_queue_of_cars() -> None:
    walkers = [done(h, 1.0, f"w{h}", mode=("foot",)) for h in range(0, 24)]
    est = estimate(steady() + walkers, AT)
    assert est is not None and est.wait == pytest.approx(50.5, rel=0.05)


def test_impossible_crossings_are_discounted() -> None:
    quick = [done(h + 0.5, 1.0, f"q{h}") for h in range(0, 24, 3)]  # "2 hours" in a 50-hour queue
    est = estimate(steady() + quick, AT)
    assert est is not None and est.wait == pytest.approx(50.5, rel=0.05)


def test_nothing_to_say_without_waits_or_lengths() -> None:
    assert estimate([rep(1, checks=("phone_check",))], AT) is None


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_fifth_false_reports_from_new_pseudonyms_moves_it_less_than_15_percent(seed: int) -> None:
    rnd = random.Random(seed)
    honest = steady(10, 0.2)
    truth = estimate(honest, AT)
    assert truth is not None
    false = []
    for i in range(len(honest) // 4):  # 20% of all reports
        h = rnd.uniform(0, 24)
        if rnd.random() < 0.5:
            false.append(done(h, rnd.choice([2.0, 5.0, 200.0]), f"new{i}"))
        else:
            false.append(km(h, rnd.choice([1.0, 50.0]), f"new{i}"))
    est = estimate(honest + false, AT)
    assert est is not None and abs(est.wait - truth.wait) / truth.wait < 0.15


@pytest.mark.parametrize("claim", [{"queue_km": 2.0}, {"wait_hours": 3.0, "wait_state": "done"}])
def test_a_burst_of_one_claim_from_new_pseudonyms_counts_once(claim: dict) -> None:  # type: ignore[type-arg]
    # 40 new accounts post "очередь 2 км" (or "прошли за 3 часа") within half an hour, into a
    # 50-hour queue that a few dozen regulars describe
    honest = [km(h, 10.0, f"k{h % 6}") for h in range(0, 120, 2)]
    honest += [done(h, 50.5, f"d{h % 12}") for h in range(0, 72)]
    truth = estimate(honest, AT)
    burst = [rep(0.2 + i / 80, f"new{i}", **claim) for i in range(40)]
    est = estimate(honest + burst, AT)
    assert truth is not None and est is not None
    assert abs(est.wait - truth.wait) / truth.wait < 0.15


def test_the_same_figure_from_regulars_is_agreement_not_a_burst() -> None:
    from molva.fuse.queue import bursts

    regulars = [km(i / 10, 10.0, f"r{i % 3}") for i in range(6)]  # three voices, twice each
    spread = [km(3 * i, 10.0, f"n{i}") for i in range(6)]  # new voices, hours apart
    assert bursts(regulars + spread) == {}
    copies = [km(i / 10, 2.0, f"c{i}") for i in range(5)]
    assert set(bursts(regulars + copies)) == {6, 7, 8, 9, 10}


def test_dense_evidence_is_thinned_without_changing_the_answer() -> None:
    """Thousands of reports a day at one crossing: the estimate looks at an even sample of them."""
    dense = [km(h / 20, 10.0, f"k{h}") for h in range(0, 120 * 20)]  # every 3 minutes for 5 days
    dense += [done(h / 20, 50.5, f"d{h}") for h in range(0, 72 * 20)]
    est = estimate(dense, AT)
    assert est is not None and est.wait == pytest.approx(50.5, rel=0.05)


def test_a_stated_throughput_is_the_service_rate() -> None:
    # 1,500 cars (10 km) ahead and "пропускают 30 машин в час": 50 hours, with no crossed-after
    # report at all to measure the rate from
    evidence = [km(h, 10.0, f"k{h}") for h in range(0, 8, 2)]
    evidence += [rep(h, f"t{h}", throughput=30.0) for h in range(0, 6)]
    est = estimate(evidence, AT)
    assert est is not None and est.wait == pytest.approx(10 * 150 / 30 + AT_POST, rel=0.05)


def test_a_stated_throughput_corrects_a_rate_measured_from_stale_crossings() -> None:
    # crossings measured 0.2 km/h days ago; since then the post says it serves twice as many
    evidence = steady(10, 0.2) + [rep(h, f"t{h}", throughput=60.0, confidence=0.95) for h in range(0, 24)]
    est = estimate(evidence, AT)
    plain = estimate(steady(10, 0.2), AT)
    assert est is not None and plain is not None and est.wait < plain.wait * 0.85


def test_official_figures_outweigh_a_chat_rumour_of_the_same_kind() -> None:
    # one official count of the queue (0.95) against one chat message (0.5, hearsay)
    base = [done(h, 50.5, f"d{h}") for h in range(10, 72)] + [km(h, 10.0, f"k{h}") for h in range(40, 120, 2)]
    official = rep(1, "mvd", vehicles=1500, confidence=0.95)
    rumour = rep(1, "chat", vehicles=300, confidence=0.5)
    est = estimate([*base, official, rumour], AT)
    assert est is not None and est.wait > 30


def test_the_queues_own_density_turns_counts_and_throughputs_into_km() -> None:
    # trucks, 60 vehicles a km: "12 km, about 720 vehicles" said often; now lengths in km and a
    # stated throughput of 12 vehicles an hour: 12 km hold 720 vehicles, 60 hours (150 a km, the
    # default density, would say 150 hours)
    both = [rep(h, f"b{h}", queue_km=12.0, vehicles=720) for h in range(30, 120)]
    now = [km(h, 12.0, f"k{h}") for h in range(0, 6)]
    now += [rep(h, f"t{h}", throughput=12.0) for h in range(0, 6)]
    est = estimate(both + now, AT)
    assert est is not None and est.wait == pytest.approx(720 / 12 + AT_POST, rel=0.15)


def test_a_length_far_from_the_others_is_dropped() -> None:
    # a night with few lengths: the newest says 4 km of a 20 km queue (a slip, a false report)
    base = [km(h, 20.0, f"k{h}") for h in range(3, 120, 3)] + [done(h, 100.5, f"d{h}") for h in range(72)]
    truth = estimate(base, AT)
    est = estimate([*base, km(0.1, 4.0, "slip")], AT)
    assert truth is not None and est is not None
    assert est.wait == pytest.approx(truth.wait, rel=0.05)


def test_the_filtered_length_keeps_up_with_a_growing_queue() -> None:
    from molva.fuse.queue import Obs, _level

    now = AT.timestamp() / 3600
    # a queue growing from 10 to 22 km over a day, one length an hour
    growing = [Obs(now - 24 + h, 10 + h / 2, 0.8) for h in range(24)]
    level = _level(growing, now)
    assert level is not None and level == pytest.approx(22.0, rel=0.05)
    window = sorted(o.value for o in growing if now - o.ts <= 8)
    assert window[len(window) // 2] < 0.92 * 22.0  # the last 8 hours' median: hours behind
    rnd = random.Random(4)
    noisy = [Obs(o.ts, o.value * rnd.uniform(0.85, 1.15), 0.8) for o in growing]
    assert _level(noisy, now) == pytest.approx(22.0, rel=0.15)  # each length ±15%
    # a slip among steady lengths moves it little; too few lengths say nothing
    steady_lengths = [Obs(now - 24 + h, 10.0, 0.8) for h in range(24)]
    assert _level([*steady_lengths, Obs(now - 0.1, 2.0, 0.8)], now) == pytest.approx(10.0, rel=0.15)
    assert _level(steady_lengths[:2], now) is None
    # a sudden change that several reports agree on is followed within hours, not days
    before, after = range(42), range(6)  # every half hour for 21 hours, then for the last 3
    jump = [Obs(now - 24 + h / 2, 3.0, 0.8) for h in before] + [Obs(now - 3 + h / 2, 15, 0.8) for h in after]
    assert (_level(jump, now) or 0) > 10.0
    drop = [Obs(now - 24 + h / 2, 20, 0.8) for h in before] + [Obs(now - 3 + h / 2, 4.0, 0.8) for h in after]
    assert (_level(drop, now) or 99) < 8.0


def test_density_from_counts_and_lengths_said_apart() -> None:
    from molva.fuse.queue import DENSITY, _density

    # nobody says both in one message, but counts of 2 400 come between lengths of 12 km: 200 a km
    lengths = [km(h, 12.0, f"k{h}") for h in range(0, 48)]
    counts = [rep(h + 0.5, f"n{h}", vehicles=2400) for h in range(0, 48, 2)]
    assert _density(lengths) == DENSITY  # lengths alone say nothing of it
    assert 180 < _density(lengths + counts) < 190  # 24 pairs at 200, shrunk towards 150 (prior: 10)
    # counts with no length near them are not paired
    assert _density([*lengths[:5], *(rep(h, f"m{h}", vehicles=2400) for h in range(30, 40))]) == DENSITY


def test_a_pseudonym_that_always_exaggerates_is_trusted_less() -> None:
    from molva.fuse.queue import reliability

    honest = [done(h, 20.0, f"d{h}") for h in range(0, 48)]
    liar = [done(h + 0.5, 60.0, "liar") for h in range(0, 48, 4)]
    trust = reliability(honest + liar, AT.timestamp() / 3600)
    assert trust["liar"] < 0.5 < min(v for a, v in trust.items() if a != "liar")
    assert all(v > 0.9 for a, v in trust.items() if a != "liar")  # agreeing voices keep their weight


def test_a_prolific_exaggerator_moves_the_estimate_less_than_15_percent() -> None:
    honest = steady(10, 0.2)
    truth = estimate(honest, AT)
    liar = [done(h + 0.5, 200.0, "liar") for h in range(24)] + [km(h + 0.3, 40.0, "liar") for h in range(24)]
    est = estimate(honest + liar, AT)
    assert truth is not None and est is not None and abs(est.wait - truth.wait) / truth.wait < 0.15
