"""Write seeded synthetic Telegram Desktop exports (and the model's truth) to a folder.

Messages are streamed to the file as they are made, so memory stays flat at any scale.
Every chat, author, phone, handle and message is invented; the files say so.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from molva.sample import phrases as P
from molva.sample.model import PARAMS, Model, QueueParams, TrueWait, chat_activity, truth_document

# fmt: off
NOTE = "SYNTHETIC DATA (molva.sample, seed {seed}): invented chats, people and messages."
PERSONAL = {"user_id": 1000000001, "first_name": "Демо", "last_name": "Синтетический",
            "phone_number": "+0 000 000 00 00", "bio": "Synthetic account: not a real person."}
TZ_MOSCOW = 3 * 3600  # the exporting computer's clock: `date` is written in this zone
REPORT_KINDS = (  # (table, what it needs: w done, r range, t clock, e/p ongoing, k km,
    # n vehicles, x check, m mode, f on foot, i entry, q throughput, o an authority's figures; weight)
    ("DONE", "w", 28), ("RANGE", "r", 4), ("CLOCK", "t", 3), ("ONGOING", "e", 10),
    ("POSITION", "ep", 9), ("QUEUE_KM", "k", 14), ("VEHICLES", "n", 6), ("KM_VEHICLES", "kn", 3),
    ("CHECKS", "x", 8), ("DONE_CHECKS", "wx", 4), ("MODES", "m", 5), ("DONE_MODES", "wf", 2),
    ("ENTRY", "wi", 6), ("THROUGHPUT", "q", 3), ("OFFICIAL", "o", 1.5),
)
CHATTER_KINDS = {"contact": "CONTACTS", "question": "QUESTIONS", "chatter": "CHATTER"}
STYLES = ("default", "alt", "p3", "p4")  # phrasings: sample/phrases.py, phrases_alt.py, phrases_p3.py, _p4.py


def phrasing(style: str):  # type: ignore[no-untyped-def]
    """The module of phrase tables and number-saying functions of a style."""
    if style == "default":
        return P
    if style == "alt":
        from molva.sample import phrases_alt

        return phrases_alt
    if style == "p3":
        from molva.sample import phrases_p3

        return phrases_p3
    if style == "p4":
        from molva.sample import phrases_p4

        return phrases_p4
    raise ValueError(f"style: expected one of {', '.join(STYLES)}, got {style!r}")


@dataclass(frozen=True)
class ChatSpec:
    slug: str
    title: str
    chat_id: int
    per_day: float  # messages a day at scale 1
    crossings: tuple[tuple[str, float, float], ...]  # (crossing, share, share naming it)
    shares_authors: bool = False  # some of its authors also write in the first chat


CHATS = (
    ChatSpec("verkhny-lars", "Верхний Ларс | выезд в Грузию 🇬🇪", 1900000001, 121,
             (("verkhny-lars", 1.0, 0.1),)),
    ChatSpec("kazakhstan", "Казахстан: Маштаково / Бугристое — очереди", 1900000002, 67,
             (("mashtakovo", 0.72, 0.12), ("bugristoye", 0.28, 1.0))),
    ChatSpec("kyakhta", "Кяхта — Алтанбулаг | граница с Монголией", 1900000003, 38,
             (("kyakhta", 1.0, 0.1),)),
    ChatSpec("uezzhaem", "Уезжаем: границы, очереди, новости", 1900000004, 66,
             (("verkhny-lars", 0.42, 0.95), ("mashtakovo", 0.14, 0.95),
              ("bugristoye", 0.09, 0.95), ("kyakhta", 0.15, 0.95), ("torfyanovka", 0.2, 0.95)),
             shares_authors=True),
)
# fmt: on


def planned_messages(days: int = 12, scale: float = 1.0) -> int:
    """How many messages `generate` writes (service messages included)."""
    return sum(round(c.per_day * days * scale) for c in CHATS)


class Composer:
    """Makes one chat's messages from the model's state at each moment."""

    def __init__(self, spec: ChatSpec, model: Model, seed: int, scale: float,
                 labels: TextIO | None = None, style: str = "default") -> None:
        self.spec, self.model, self.labels = spec, model, labels
        self.T = phrasing(style)  # what people say and how they say numbers
        self.said: list[dict[str, object]] = []
        self.rng = random.Random(f"molva-sample:{seed}:{spec.slug}")
        self.counts = _hour_counts(spec, model, scale)  # messages in each hour
        self.first = self.rng.randrange(2000, 40000)  # the first message id
        self.pool = max(50, sum(self.counts) // 5)  # how many people write
        self.names = [c for c, _, _ in spec.crossings]
        self.weights = [w for _, w, _ in spec.crossings]
        self.named = {c: n for c, _, n in spec.crossings}
        self.kind_w = [k[2] for k in REPORT_KINDS]
        self.clock0 = model.epoch.hour + model.epoch.minute / 60  # hour of day at h = 0
        self.days: dict[int, str] = {}

    def _slots(self, crossing: str, named: bool, template: str) -> dict[str, str]:
        where, via, country, head, exits, _, _, town = P.CROSSING_WORDS[crossing]
        rng = self.rng
        s = dict(c="", v="", h="", d="", g=country[0], town=town[0], city=rng.choice(P.CITIES))
        if named and ("{c}" in template or "{v}" in template):
            s["c"], s["v"] = " " + rng.choice(where), " " + rng.choice(via)
        elif named:
            s["h"] = rng.choice(head) + " "
        if rng.random() < 0.25:
            s["d"] = " " + rng.choice(exits)
        return s

    def report(self, h: float) -> tuple[str, str]:
        """A border report that agrees, give or take noise, with the model at `h`.
        What it states is kept in `self.said` (labels for the wait benchmark's baselines)."""
        rng, T = self.rng, self.T
        crossing = rng.choices(self.names, self.weights)[0]
        table, need, _ = rng.choices(REPORT_KINDS, self.kind_w)[0]
        template = rng.choice(getattr(T, table))
        direction = "entry" if "i" in need else "exit"
        q = self.model.queues[(crossing, direction)]
        said: list[tuple[str, float]] = []
        official = "o" in need  # a news post of an authority's figures: named, never planted
        s = self._slots(crossing, official or rng.random() < self.named[crossing], template)
        noise = rng.choice((0.25, 0.35, 3.0, 4.0)) if rng.random() < 0.03 and not official else 1.0  # false
        if "q" in need or official:  # how many the post lets through an hour
            rate = q.service(h) * noise * rng.lognormvariate(0, 0.1 if official else 0.25)
            s["q"] = T.say_rate(rate, rng)
            if "q" in need or "{q}" in template:
                said.append(("throughput", rate))
        if official:
            s["src"] = rng.choice(T.AUTHORITIES[crossing])
            if "{n}" in template:
                need = "n"
            elif "{w}" in template:
                now = q.wait(h) * rng.lognormvariate(0, 0.15)
                s["w"] = T.say_hours(T.round_hours(now, rng), rng)
                said.append(("official_wait", now))
        if "w" in need or "t" in need or "r" in need:  # crossed a while ago, joined before
            crossed = h - min(6.0, rng.expovariate(1.5))
            took = max(0.2, crossed - q.joined(crossed))
            if "t" in need and not 2 <= took <= 20:
                template, need = rng.choice(T.DONE), "w"
            if "t" in need:
                off = q.params.utc_offset + self.clock0
                s["t1"], s["t2"] = T.say_clock(crossed - took, off), T.say_clock(crossed, off)
                said.append(("done", took))
            else:
                if "f" in need:  # on foot or on two wheels: past the cars
                    took = min(took, rng.uniform(0.5, 4.0))
                took *= noise * rng.lognormvariate(0, 0.12)
                stated = T.round_hours(took, rng)
                s["w"] = T.say_hours(stated, rng)
                s["r"] = T.say_range(took, rng)
                if "f" not in need:
                    said.append(("done", stated if "w" in need else took))
        if "e" in need:  # still in the queue
            first = q.joined(h)
            if h - first < 0.6:
                template, need = rng.choice(T.EMPTY), "k"
            else:
                joined = rng.uniform(first, h - 0.3)
                so_far = T.round_hours((h - joined) * noise, rng)
                s["e"] = T.say_hours(so_far, rng)
                ahead = max(0.5, q.ahead(joined, h) / q.params.per_km)
                s["p"] = T.say_km(ahead, rng)
                said.append(("ongoing", so_far))
                if "p" in need:
                    said.append(("position_km", ahead))
        if "k" in need or "n" in need:
            km = q.km(h) * noise * rng.lognormvariate(0, 0.2)
            if km < 0.5:
                template = rng.choice(T.EMPTY)
            s["k"] = T.say_km(km, rng)
            vehicles = q.vehicles(h) * noise * rng.lognormvariate(0, 0.08 if official else 0.25)
            s["n"] = T.say_count(vehicles, rng)
            if km >= 0.5:
                said += [("queue_km", km)] if "k" in need else []
                said += [("vehicles", vehicles)] if "n" in need else []
        s["x"], s["m"] = rng.choice(T.CHECK_PHRASES), rng.choice(T.MODE_PHRASES)
        self.said = [{"crossing": crossing, "direction": direction, "kind": k, "value": round(v, 2),
                      "false": noise != 1.0} for k, v in said]
        text = template.format_map(s)
        if s["h"] and "{h}" not in template:
            text = s["h"] + text
        if need in ("w", "k", "n") and not s["h"] and not official and rng.random() < 0.08:
            text = rng.choice(T.HEARSAY) + text
        return text, crossing

    def chatter(self, kind: str) -> tuple[str, str]:
        """A question, chatter, or an offer with invented contacts."""
        rng = self.rng
        crossing = rng.choices(self.names, self.weights)[0]
        t = rng.choice(getattr(self.T, CHATTER_KINDS[kind]))
        if "{" not in t:
            return t, crossing
        s = self._slots(crossing, rng.random() < self.named[crossing] * 0.7, t)
        if "{v}" in t and not s["v"]:
            s["v"] = " " + rng.choice(P.CROSSING_WORDS[crossing][1])
        s["phone"], s["user"] = P.say_phone(rng), rng.choice(P.USERNAMES)
        user, domain = rng.choice(P.MAIL_USERS), rng.choice(P.MAIL_DOMAINS)
        s["mail"] = f"{user}{rng.randrange(10, 99)}@{domain}"
        return t.format_map(s).strip(), crossing

    def message(self, mid: int, ts: int, h: float) -> dict[str, object]:
        """One message object, keys in Telegram Desktop's order."""
        rng, spec = self.rng, self.spec
        k = int(self.pool * rng.random() ** 2)  # a few people write most of the messages
        if not (spec.shares_authors and rng.random() < 0.3):
            k += (spec.chat_id % 100 - 1) * 50_000  # else someone from the first chat
        name = P.FIRST_NAMES[k * 7919 % len(P.FIRST_NAMES)] + P.NAME_SUFFIXES[k * 131 % 12]
        uid = f"user{100000 + k}"
        m: dict[str, object] = {"id": mid, "type": "message", "date": self.stamp(ts)}
        m["date_unixtime"] = str(ts)
        r = rng.random()
        if r < 0.03:
            m.update(type="service", actor=name, actor_id=uid)
            if r < 0.027:
                m.update(action="join_group_by_link", inviter="Group")
            else:
                pinned = max(self.first, mid - rng.randrange(1, 30))
                m.update(action="pin_message", message_id=pinned)
            m.update(text="", text_entities=[])
            return m
        if rng.random() < 0.01:
            later = ts + rng.randrange(20, 900)
            m.update(edited=self.stamp(later), edited_unixtime=str(later))
        m.update({"from": name, "from_id": uid})
        if r < 0.036:  # a photo or a voice message, no words
            if r < 0.034:
                m.update(photo=P.FILE_NOT_INCLUDED, width=1280, height=960)
            else:
                m.update(P.VOICE, duration_seconds=rng.randrange(3, 60))
            m.update(text="", text_entities=[])
            return m
        if r < 0.386:
            text, crossing = self.report(h)
            if self.labels is not None:
                for said in self.said:
                    self.labels.write(json.dumps({"chat": spec.chat_id, "id": mid, "ts": ts, **said}) + "\n")
        else:
            kind = ("contact", "question", "chatter")[(r > 0.398) + (r > 0.7)]
            text, crossing = self.chatter(kind)
        if rng.random() < 0.01:
            m["forwarded_from"] = rng.choice(P.FORWARDED_FROM)
        elif rng.random() < 0.08 and mid - 1 > self.first:
            m["reply_to_message_id"] = mid - 1 - int(rng.random() ** 2 * min(40, mid - self.first))
        if r < 0.386 and rng.random() < 0.03:  # a photo of the queue with a caption
            m.update(photo=P.FILE_NOT_INCLUDED, width=1280, height=720)
        text = P.roughen(text, rng)
        if rng.random() < 0.1:
            parts = P.with_entities(text, crossing, rng)
            m.update(text=parts, text_entities=[_entity(p) for p in parts])
        else:
            m.update(text=text, text_entities=[{"type": "plain", "text": text}])
        return m

    def write(self, f: TextIO, pad: str, progress: Callable[[int], None] | None) -> None:
        """Stream the chat object to `f`, a few thousand messages at a time."""
        rng, model, spec = self.rng, self.model, self.spec
        start_ts, h0 = int(model.start.timestamp()), model.hours(model.start)
        enc = json.JSONEncoder(ensure_ascii=False).encode
        f.write(f'{pad}{{\n{pad} "name": {enc(spec.title)},\n{pad} "type": "public_supergroup",')
        f.write(f'\n{pad} "id": {spec.chat_id},\n{pad} "messages": [')
        buf: list[str] = []
        sep, mid = "\n", self.first - 1
        for k, n in enumerate(self.counts):
            base = start_ts + k * 3600
            for sec in sorted([rng.randrange(3600) for _ in range(n)]):
                mid += 2 if rng.random() < 0.04 and mid >= self.first else 1  # deleted ones
                ts = base + sec
                buf.append(
                    sep + pad + "  " + enc(self.message(mid, ts, h0 + (ts - start_ts) / 3600))
                )
                sep = ",\n"
            if len(buf) >= 4096 or k == len(self.counts) - 1:
                f.write("".join(buf))
                if progress is not None:
                    progress(len(buf))
                buf.clear()
        f.write(f'\n{pad} ],\n{pad} "molva_synthetic": true\n{pad}}}')

    def stamp(self, ts: int) -> str:
        """`date` as Telegram Desktop writes it: the exporter's local time, no zone."""
        day, sec = divmod(ts + TZ_MOSCOW, 86400)
        prefix = self.days.get(day)
        if prefix is None:
            prefix = self.days[day] = datetime.fromtimestamp(day * 86400, UTC).strftime("%Y-%m-%dT")
        return f"{prefix}{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}"


def _entity(part: object) -> object:
    return {"type": "plain", "text": part} if isinstance(part, str) else part


def _hour_counts(spec: ChatSpec, model: Model, scale: float) -> list[int]:
    """Messages in each hour of the period, `per_day * days * scale` in all."""
    weights = chat_activity(model, spec.crossings[0][0])
    total = round(spec.per_day * model.days * scale)
    norm, carry, counts = total / sum(weights), 0.0, []
    for w in weights:
        carry += w * norm
        counts.append(int(carry))
        carry -= int(carry)
    counts[-1] += total - sum(counts)
    return counts


def generate(
    out_dir: Path,
    *,
    seed: int = 2022,
    days: int = 12,
    scale: float = 1.0,
    start: datetime = datetime(2022, 9, 21, 6, 0, tzinfo=UTC),
    account: bool = False,
    progress: Callable[[int], None] | None = None,
    params: tuple[QueueParams, ...] = PARAMS,
    style: str = "default",
) -> list[Path]:
    """Write synthetic Telegram Desktop exports and `truth.json` into `out_dir`.

    One `<chat>/result.json` per chat, or with `account=True` one full-account
    `result.json` holding them all under `chats.list`. Returns the export paths.
    `progress`, if given, is called with the number of messages just written. `labels.jsonl`
    holds what each border report states (kind, value, whether it is a planted false report),
    the truth a perfect reader would extract, for the wait benchmark's baselines. `style` picks
    the phrasing (`STYLES`): the same facts said in other words, to test that reading generalises.
    """
    phrasing(style)  # an unknown style fails before anything is written
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    model, note, paths = Model(start, days, params), NOTE.format(seed=seed), []
    labels = (out_dir / "labels.jsonl").open("w", encoding="utf-8")
    if account:
        paths.append(out_dir / "result.json")
        with paths[0].open("w", encoding="utf-8", buffering=1 << 20) as f:
            head = {"about": note, "personal_information": PERSONAL, "molva_synthetic": True}
            f.write(json.dumps(head, ensure_ascii=False, indent=1)[:-2])
            about = json.dumps(note, ensure_ascii=False)
            f.write(f',\n "chats": {{\n  "about": {about},\n  "list": [\n')
            for i, spec in enumerate(CHATS):
                f.write(",\n" if i else "")
                Composer(spec, model, seed, scale, labels, style).write(f, "   ", progress)
            f.write("\n  ]\n }\n}\n")
    else:
        for spec in CHATS:
            paths.append(out_dir / spec.slug / "result.json")
            paths[-1].parent.mkdir(exist_ok=True)
            with paths[-1].open("w", encoding="utf-8", buffering=1 << 20) as f:
                Composer(spec, model, seed, scale, labels, style).write(f, "", progress)
                f.write("\n")
    labels.close()
    (out_dir / "truth.json").write_text(truth_document(model, seed, note), encoding="utf-8")
    return paths


def load_truth(path: Path) -> list[TrueWait]:
    """The hourly true waits that `generate` wrote next to the exports."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [TrueWait.from_dict(d) for d in data["waits"]]
