"""The synthetic export generator: format, size, determinism and agreement with its model."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from molva.sample import CHATS, Model, TrueWait, generate, load_truth, planned_messages
from molva.sample import phrases as P

MESSAGE_KEYS = [
    "id",
    "type",
    "date",
    "date_unixtime",
    "edited",
    "edited_unixtime",
    "from",
    "from_id",
    "forwarded_from",
    "reply_to_message_id",
    "file",
    "media_type",
    "mime_type",
    "duration_seconds",
    "photo",
    "width",
    "height",
    "text",
    "text_entities",
]
SERVICE_KEYS = [
    "id",
    "type",
    "date",
    "date_unixtime",
    "actor",
    "actor_id",
    "action",
    "inviter",
    "message_id",
    "text",
    "text_entities",
]


def _flat(text: object) -> str:
    if isinstance(text, str):
        return text
    return "".join(p if isinstance(p, str) else p["text"] for p in text)  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict]]:
    out = tmp_path_factory.mktemp("sample")
    paths = generate(out)
    chats = {}
    for path in paths:
        with path.open(encoding="utf-8") as f:
            chats[path.parent.name] = json.load(f)
    return out, chats


def test_scale_one_has_enough_messages_chats_and_days(full):
    _, chats = full
    messages = [m for c in chats.values() for m in c["messages"]]
    assert len(chats) >= 4
    assert 3000 <= len(messages) <= 4000
    assert len(messages) == planned_messages()
    days = {m["date"][:10] for m in messages}
    assert len(days) >= 10
    assert {c["name"] for c in chats.values()} == {c.title for c in CHATS}


def test_chat_objects_follow_telegram_desktop_format(full):
    _, chats = full
    for chat in chats.values():
        assert list(chat)[:4] == ["name", "type", "id", "messages"]
        assert chat["type"] == "public_supergroup" and isinstance(chat["id"], int)
        assert chat["molva_synthetic"] is True
        ids = [m["id"] for m in chat["messages"]]
        assert ids == sorted(set(ids))  # each id once, in order
        times = [int(m["date_unixtime"]) for m in chat["messages"]]
        assert times == sorted(times)
        for m in chat["messages"]:
            keys = SERVICE_KEYS if m["type"] == "service" else MESSAGE_KEYS
            assert [k for k in keys if k in m] == list(m), m
            assert re.fullmatch(r"user\d{6,7}", m.get("from_id") or m.get("actor_id"))


def test_date_is_moscow_time_of_date_unixtime(full):
    _, chats = full
    msk = timedelta(hours=3)
    for chat in chats.values():
        for m in chat["messages"]:
            utc = datetime.fromtimestamp(int(m["date_unixtime"]), UTC)
            assert m["date"] == (utc + msk).strftime("%Y-%m-%dT%H:%M:%S")
            if "edited" in m:
                edited = datetime.fromtimestamp(int(m["edited_unixtime"]), UTC)
                assert m["edited"] == (edited + msk).strftime("%Y-%m-%dT%H:%M:%S")
                assert edited > utc


def test_kinds_of_messages_are_mixed_in_realistic_shares(full):
    _, chats = full
    messages = [m for c in chats.values() for m in c["messages"]]
    n = len(messages)
    service = [m for m in messages if m["type"] == "service"]
    assert 0.015 * n < len(service) < 0.05 * n
    assert all(m["action"] in ("join_group_by_link", "pin_message") for m in service)
    texts = [m for m in messages if m["type"] == "message"]
    assert 0.06 * n < sum(isinstance(m["text"], list) for m in texts) < 0.14 * n
    assert 0.004 * n < sum("edited" in m for m in texts) < 0.025 * n
    assert any(m["text"] == "" and "photo" in m for m in texts)
    assert any("reply_to_message_id" in m for m in texts)
    assert any("forwarded_from" in m for m in texts)
    pii = sum(
        bool(re.search(r"\+\d[\d ()-]{8,}|\b8\d{10}\b|@\w{3,}", _flat(m["text"]))) for m in texts
    )
    assert 0.01 * n < pii < 0.05 * n


def test_text_entities_mirror_text(full):
    _, chats = full
    for chat in chats.values():
        for m in chat["messages"]:
            text, ents = m["text"], m["text_entities"]
            if isinstance(text, str):
                assert ents == ([{"type": "plain", "text": text}] if text else [])
            else:
                assert len(ents) == len(text)
                for part, ent in zip(text, ents, strict=True):
                    expected = {"type": "plain", "text": part} if isinstance(part, str) else part
                    assert ent == expected
                assert {e["type"] for e in ents} <= {
                    "plain",
                    "bold",
                    "link",
                    "mention",
                    "phone",
                    "hashtag",
                }


def test_dedicated_chats_seldom_name_their_crossing_mixed_chat_does(full):
    _, chats = full
    lars = [_flat(m["text"]) for m in chats["verkhny-lars"]["messages"]]
    named = sum(bool(re.search(r"Ларс|Kazbegi|Казбеги|Lars", t)) for t in lars)
    assert named < 0.25 * len(lars)
    mixed = " ".join(_flat(m["text"]) for m in chats["uezzhaem"]["messages"])
    for form in ("на Ларсе", "через (Кяхту|Алтанбулаг)", "Маштаков", "Kazbegi", "Торфяновк"):
        assert re.search(form, mixed), form


def test_reports_use_many_phrasings(full):
    _, chats = full
    texts = {_flat(m["text"]) for c in chats.values() for m in c["messages"]}
    assert len(texts) > 1500
    for pattern in (
        r"прошли.* за",
        r"стоим",
        r"очередь.*км",
        r"машин",
        r"сутки|суток",
        r"полтора|полчаса",
        r"военник|телефон",
        r"пешком|велик",
        r"\d+:\d\d",
    ):
        assert any(re.search(pattern, t) for t in texts), pattern
    reports = sum(
        len(getattr(P, n))
        for n in (
            "DONE",
            "RANGE",
            "CLOCK",
            "ONGOING",
            "POSITION",
            "QUEUE_KM",
            "VEHICLES",
            "KM_VEHICLES",
            "EMPTY",
            "CHECKS",
            "DONE_CHECKS",
            "MODES",
            "DONE_MODES",
            "ENTRY",
        )
    )
    assert reports >= 60
    assert len(P.QUESTIONS) + len(P.CHATTER) + len(P.CONTACTS) >= 60


def test_done_reports_describe_the_queue_when_the_reporter_joined(full):
    out, chats = full
    model = Model(datetime(2022, 9, 21, 6, tzinfo=UTC), 12)
    ratios = []
    for m in chats["verkhny-lars"]["messages"]:
        text = _flat(m["text"])
        hit = re.search(r"(?:прошли|пересекли|проехали).{0,20} за (\d+) ?(?:часов|часа|ч\b)", text)
        if hit:
            took = int(hit.group(1))
            at = datetime.fromtimestamp(int(m["date_unixtime"]), UTC)
            joined = model.true_wait("verkhny-lars", "exit", at - timedelta(hours=took))
            ratios.append(took / joined.wait_hours)
    ratios.sort()
    assert len(ratios) >= 10
    assert 0.75 < ratios[len(ratios) // 2] < 1.3


def test_truth_has_the_expected_waits(full):
    out, _ = full
    data = json.loads((out / "truth.json").read_text(encoding="utf-8"))
    assert data["molva_synthetic"] is True
    waits = load_truth(out / "truth.json")
    assert all(isinstance(w, TrueWait) for w in waits)

    def peak(crossing: str, direction: str) -> float:
        return max(
            w.wait_hours for w in waits if (w.crossing, w.direction) == (crossing, direction)
        )

    assert 24 < peak("verkhny-lars", "exit") <= 130
    assert 8 <= peak("mashtakovo", "exit") <= 22
    assert 4 <= peak("kyakhta", "exit") <= 16
    for crossing in ("verkhny-lars", "mashtakovo", "kyakhta", "torfyanovka"):
        assert peak(crossing, "entry") <= 2
    lars = [w for w in waits if (w.crossing, w.direction) == ("verkhny-lars", "exit")]
    assert len(lars) == 12 * 24 + 1
    assert lars[0].wait_hours < 3  # before the surge
    assert max(lars, key=lambda w: w.wait_hours).at.day in (26, 27, 28, 29)


def test_model_wait_is_when_the_joining_vehicle_is_served():
    model = Model(datetime(2022, 9, 21, 6, tzinfo=UTC), 12)
    q = model.queues[("verkhny-lars", "exit")]
    for h in (40.0, 100.0, 150.0, 200.0):
        crossed = h + q.wait(h)
        assert abs(q.joined(crossed) - h) < 0.2
    at = datetime(2022, 9, 27, 12, tzinfo=UTC)
    tw = model.true_wait("verkhny-lars", "exit", at)
    assert tw.queue_km == pytest.approx(tw.queue_vehicles / q.params.per_km)
    assert TrueWait.from_dict(tw.to_dict()).at == at


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path):
    a, b, c = (generate(tmp_path / n, seed=s, scale=0.2) for n, s in (("a", 7), ("b", 7), ("c", 8)))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert (tmp_path / "a/truth.json").read_bytes() == (tmp_path / "b/truth.json").read_bytes()
    assert [p.read_bytes() for p in a] != [p.read_bytes() for p in c]


def test_scale_writes_proportionally_fewer_messages(full, tmp_path):
    _, chats = full
    seen = []
    paths = generate(tmp_path, scale=0.1, progress=seen.append)
    for path in paths:
        small = len(json.loads(path.read_text(encoding="utf-8"))["messages"])
        big = len(chats[path.parent.name]["messages"])
        assert abs(small - big * 0.1) <= 1
    assert sum(seen) == planned_messages(scale=0.1)


def test_account_export_holds_all_chats(tmp_path):
    (path,) = generate(tmp_path, scale=0.1, account=True)
    assert path == tmp_path / "result.json"
    with path.open(encoding="utf-8") as f:
        data = json.load(f)
    assert data["molva_synthetic"] is True
    assert "synthetic" in data["about"].lower()
    assert "first_name" in data["personal_information"]
    assert "about" in data["chats"]
    names = [c["name"] for c in data["chats"]["list"]]
    assert names == [c.title for c in CHATS]
    assert sum(len(c["messages"]) for c in data["chats"]["list"]) == planned_messages(scale=0.1)
    assert (tmp_path / "truth.json").exists()
