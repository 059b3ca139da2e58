"""Reporter safety end to end: planted identifiers go in, none comes out anywhere.

320 messages with 684 planted identifiers of every kind (tests/data/pii_planted.jsonl, all
invented) are written as a full-account Telegram export — with the contacts, sessions and
personal-information sections such exports carry, and a personal chat — and ingested by the
real command. Then every byte of the database files (main, WAL, shared memory, journal),
everything the commands printed and every export is searched for each identifier, for its
digits alone, for each word of each name, and for the authors' names and ids: zero found.
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from molva.api import Molva
from molva.settings import Settings

PLANTED = Path(__file__).parent / "data" / "pii_planted.jsonl"
T0 = datetime(2022, 9, 26, 6, 0, tzinfo=UTC)


def planted() -> list[dict]:
    return [json.loads(line) for line in PLANTED.read_text(encoding="utf-8").splitlines()]


def needles(items: list[dict]) -> set[str]:
    """Each identifier, its digits alone (when it has six or more), each word of each name,
    each author's display name and id."""
    out: set[str] = set()
    for item in items:
        for p in item["planted"]:
            value = p["value"]
            out.add(value)
            digits = re.sub(r"\D", "", value)
            if len(digits) >= 6:
                out.add(digits)
            if p["type"] == "name":
                out |= {w for w in re.findall(r"[^\W\d_]{4,}", value)}
        out.add(item["author"])
        out.add(item["author_id"])
        out.add(re.sub(r"\D", "", item["author_id"]))
    return {n for n in out if len(n) >= 4}


def export_doc(items: list[dict]) -> dict:
    """A full-account export: a public chat with the messages (text as a string, or as entities
    for every fourth), a personal chat titled with a person's name, and the private sections."""
    msgs = []
    for n, item in enumerate(items):
        text: object = item["text"]
        if n % 4 == 0:
            text = [item["text"][:10], {"type": "bold", "text": item["text"][10:]}]
        msgs.append({
            "id": n + 1, "type": "message", "date": (T0 + timedelta(minutes=n)).isoformat()[:19],
            "date_unixtime": str(int((T0 + timedelta(minutes=n)).timestamp())),
            "from": item["author"], "from_id": item["author_id"], "text": text,
        })
    first = items[0]
    contact = {"first_name": first["author"], "last_name": "", "phone_number": first["planted"][0]["value"],
               "date": "2022-09-20T10:00:00"}
    return {
        "personal_information": {"user_id": 1, "first_name": first["author"], "phone_number": "+79160000000",
                                 "username": "@" + first["author_id"], "bio": first["text"]},
        "contacts": {"about": "", "list": [contact]},
        "frequent_contacts": {"about": "", "list": [{"id": first["author_id"], "name": first["author"]}]},
        "sessions": {"about": "", "list": [{"ip": "203.0.113.7", "device": first["author"]}]},
        "chats": {"about": "", "list": [
            {"name": "Верхний Ларс | выезд в Грузию", "type": "public_supergroup", "id": 1001,
             "messages": msgs},
            {"name": items[1]["author"], "type": "personal_chat", "id": 1002,
             "messages": [{"id": 1, "type": "message", "date": "2022-09-26T07:00:00",
                           "date_unixtime": str(int(T0.timestamp()) + 3600), "from": items[1]["author"],
                           "from_id": items[1]["author_id"], "text": items[1]["text"]}]},
        ]},
    }


def molva(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "molva", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300, env={"MOLVA_SECRET": "leak-test-secret", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    return proc


def found(haystack: bytes, words: set[str]) -> list[str]:
    """Needles in the bytes: digits anywhere, words as whole words ("Stepan" is not in "Stepantsminda")."""
    text = haystack.decode("utf-8", errors="ignore")
    hits = []
    for w in words:
        if w.isdigit():
            if w.encode() in haystack:
                hits.append(w)
        elif w.encode("utf-8") in haystack and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text):
            hits.append(w)
    return sorted(hits)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict], bytes]:
    tmp = tmp_path_factory.mktemp("leak")
    items = planted()
    export = tmp / "result.json"
    export.write_text(json.dumps(export_doc(items), ensure_ascii=False), encoding="utf-8")
    db = f"sqlite:///{tmp / 'molva.db'}"
    printed = b""
    for args in (
        ("ingest", str(export), "--db", db),
        ("ingest", str(export), "--db", db),  # a re-run rewrites nothing
        ("board", "--at", "latest", "--db", db),
        ("board", "--at", "latest", "--json", "--db", db),
        *(("export", "--format", f, "--kind", k, "--at", "latest", "--db", db)
          for f in ("csv", "geojson", "hxl") for k in ("reports", "incidents", "board")),
    ):
        proc = molva(*args, cwd=tmp)
        printed += proc.stdout.encode() + proc.stderr.encode()
    return tmp, items, printed


def test_planted_corpus_covers_every_kind_of_identifier() -> None:
    items = planted()
    kinds = {p["type"] for item in items for p in item["planted"]}
    assert len(items) >= 300
    assert {"phone", "email", "username", "profile_link", "name", "passport", "military_id", "card", "imei",
            "serial", "plate", "snils", "inn"} <= kinds
    assert {item["lang"] for item in items} == {"ru", "en"}


def test_no_identifier_in_the_database_files(ingested: tuple[Path, list[dict], bytes]) -> None:
    tmp, items, _ = ingested
    files = [p for p in tmp.iterdir() if p.name.startswith("molva.db")]
    assert files
    data = b"".join(p.read_bytes() for p in files)
    assert found(data, needles(items)) == []


Ingested = tuple[Path, list[dict], bytes]


def test_no_identifier_in_what_the_commands_printed_or_exported(ingested: Ingested) -> None:
    _, items, printed = ingested
    assert b"FeatureCollection" in printed and b"#date" in printed  # the exports ran
    assert found(printed, needles(items)) == []


def test_facts_survive_and_the_personal_chat_is_not_read(ingested: tuple[Path, list[dict], bytes]) -> None:
    tmp, items, printed = ingested
    assert b"321 messages read: 320 new" in printed and b"1 skipped" in printed
    with sqlite3.connect(tmp / "molva.db") as conn:
        texts = [t for (t,) in conn.execute("SELECT text FROM messages")]
        titles = [t for (t,) in conn.execute("SELECT title FROM sources")]
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] in (0, 1)
    body = "\n".join(texts)
    kept = [k for item in items for k in item["keep"]]
    lost = [k for k in kept if k not in body]
    assert len(lost) <= len(kept) // 100, lost  # facts that must survive do (measured: none lost)
    assert titles == ["Верхний Ларс | выезд в Грузию"]


def test_wal_while_open_holds_no_identifier(tmp_path: Path) -> None:
    """The write-ahead log is read while the store is still open, before any checkpoint."""
    items = planted()
    export = tmp_path / "result.json"
    export.write_text(json.dumps(export_doc(items[:120]), ensure_ascii=False), encoding="utf-8")
    m = Molva(Settings(db=f"sqlite:///{tmp_path / 'open.db'}", secret="k"))
    try:
        m.ingest([export])
        wal = tmp_path / "open.db-wal"
        data = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("open.db"))
        assert wal.exists()
        assert found(data, needles(items[:120])) == []
    finally:
        m.close()


def test_facts_only_stores_no_text(tmp_path: Path) -> None:
    items = planted()[:40]
    export = tmp_path / "result.json"
    export.write_text(json.dumps(export_doc(items), ensure_ascii=False), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'facts.db'}"
    molva("ingest", str(export), "--facts-only", "--db", db, cwd=tmp_path)
    with sqlite3.connect(tmp_path / "facts.db") as conn:
        assert {t for (t,) in conn.execute("SELECT text FROM messages")} == {""}
        assert conn.execute("SELECT count(*) FROM reports").fetchone()[0] == 40


def test_secure_delete_is_on(tmp_path: Path) -> None:
    m = Molva(Settings(db=f"sqlite:///{tmp_path / 's.db'}", secret="k"))
    try:
        with m.store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    finally:
        m.close()
