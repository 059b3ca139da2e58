"""The command-line contract, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from exports import T0, chat, lars_chat, message, write
from molva.cli import app

runner = CliRunner()


def run(*args: str, input: str | None = None, cwd: Path | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


def molva_proc(*args: str, input: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "molva", *args], input=input, text=True,
                          capture_output=True, cwd=cwd, timeout=120)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MOLVA_SECRET", "cli-test-secret")
    monkeypatch.chdir(tmp_path)


def test_ingest_twice_changes_nothing(db_url: str, tmp_path: Path, env: None) -> None:
    path = write(tmp_path / "result.json", lars_chat())
    first = run("ingest", str(path), "--db", db_url)
    assert first.exit_code == 0, first.output
    assert "6 messages read: 4 new, 0 updated, 0 unchanged, 2 skipped" in first.output
    board1 = run("board", "--at", "2022-09-26T15:00:00Z", "--json", "--db", db_url).output
    second = run("ingest", str(path), "--db", db_url)
    assert "0 new, 0 updated, 4 unchanged" in second.output
    board2 = run("board", "--at", "2022-09-26T15:00:00Z", "--json", "--db", db_url).output
    assert board1 == board2


def test_edit_replaces(db_url: str, tmp_path: Path, env: None) -> None:
    path = write(tmp_path / "result.json", lars_chat())
    run("ingest", str(path), "--db", db_url)
    edited = lars_chat()
    edited["messages"][1]["text"] = "прошли за 30 часов"
    edited["messages"][1]["edited_unixtime"] = str(int(T0.timestamp()) + 7200)
    out = run("ingest", str(write(tmp_path / "result.json", edited)), "--db", db_url).output
    assert "0 new, 1 updated, 3 unchanged" in out


def test_chat_title_gives_the_crossing(db_url: str, tmp_path: Path, env: None) -> None:
    run("ingest", str(write(tmp_path / "result.json", lars_chat())), "--db", db_url)
    board = json.loads(run("board", "--at", "2022-09-26T15:00:00Z", "--json", "--db", db_url).output)
    assert board["at"] == "2022-09-26T15:00:00+00:00"
    [lars] = board["crossings"]
    assert lars["crossing"] == "verkhny-lars" and lars["direction"] == "exit"
    assert lars["name"] == "Verkhny Lars"
    assert 6 <= lars["wait_hours"] <= 24 and lars["low"] <= lars["wait_hours"] <= lars["high"]
    assert lars["reports"] == 3
    assert set(lars) == {"crossing", "name", "direction", "wait_hours", "low", "high", "as_of",
                         "reports", "trend", "checks"}


def test_board_uses_only_evidence_before_at(db_url: str, tmp_path: Path, env: None) -> None:
    run("ingest", str(write(tmp_path / "result.json", lars_chat())), "--db", db_url)
    # 11:00 UTC: only the first report (19 h, said at 11:00) is known.
    early = json.loads(run("board", "--at", "2022-09-26T11:00:00Z", "--json", "--db", db_url).output)
    assert early["crossings"][0]["wait_hours"] == 19 and early["crossings"][0]["reports"] == 1
    before = json.loads(run("board", "--at", "2022-09-26T10:59:59Z", "--json", "--db", db_url).output)
    assert before["crossings"] == []
    # More than 48 hours later the crossing is listed without an estimate.
    later = json.loads(run("board", "--at", "2022-09-29T12:00:00Z", "--json", "--db", db_url).output)
    assert later["crossings"][0]["wait_hours"] is None


def test_board_table(db_url: str, tmp_path: Path, env: None) -> None:
    run("ingest", str(write(tmp_path / "result.json", lars_chat())), "--db", db_url)
    out = run("board", "--at", "2022-09-26T15:00:00Z", "--db", db_url).output
    assert "Verkhny Lars" in out and "exit" in out


def test_malformed_file_then_fixed_rerun_completes(db_url: str, tmp_path: Path, env: None) -> None:
    good = [message(i, f"очередь {i} км", T0) for i in range(1, 5001)]
    text = json.dumps(chat("Кяхта", 9, good), ensure_ascii=False, indent=0)
    broken = text.replace('"id": 4500,', '"id": 4500', 1)
    path = tmp_path / "result.json"
    path.write_text(broken)
    proc = molva_proc("ingest", str(path), "--db", db_url, cwd=tmp_path)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "line" in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr
    path.write_text(text)
    proc = molva_proc("ingest", str(path), "--db", db_url, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    summary = proc.stdout
    assert "5000 messages read" in summary
    new = int(summary.split(":")[1].split("new")[0])
    assert 0 < new < 5000  # what was stored before the error stayed and was not added twice
    again = molva_proc("ingest", str(path), "--db", db_url, cwd=tmp_path)
    assert "0 new, 0 updated, 5000 unchanged" in again.stdout


def test_extract_follows_the_contract(env: None) -> None:
    lines = [
        {"id": "a", "text": "прошли Верхний Ларс за 19 часов", "date": "2022-09-25T14:03:00+03:00"},
        {"id": 7, "text": "сколько сейчас стоять?"},
        {"id": "c", "text": "стоим 6ч", "chat": "Кяхта — Алтанбулаг"},
    ]
    result = run("extract", input="\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    assert result.exit_code == 0
    out = [json.loads(x) for x in result.output.splitlines()]
    assert [o["id"] for o in out] == ["a", 7, "c"]
    keys = {"id", "lang", "kind", "crossing", "direction", "wait_hours", "wait_state", "queue_km",
            "vehicles", "people", "checks", "mode", "incident_type", "place_type", "place_name",
            "city", "count", "claim", "confidence"}
    assert all(set(o) == keys for o in out)
    assert out[0]["kind"] == "border" and out[0]["crossing"] == "verkhny-lars"
    assert out[0]["wait_hours"] == 19 and out[0]["wait_state"] == "done" and out[0]["lang"] == "ru"
    assert out[1]["kind"] == "question" and out[1]["wait_hours"] is None
    assert out[2]["crossing"] == "kyakhta" and out[2]["wait_state"] == "ongoing"
    assert all(0 <= o["confidence"] <= 1 for o in out)


@pytest.mark.parametrize(
    ("stdin", "needle"),
    [
        ('{"id": "a", "text": "x"}\n{"id": "b", "text": \n', "<stdin>:2"),
        ('{"text": "x"}\n', "missing field 'id'"),
        ('{"id": 1, "text": 5}\n', "field 'text'"),
        ('[1, 2]\n', "expected a JSON object"),
        ('{"id": 1, "text": "x", "date": "вчера"}\n', "field 'date'"),
    ],
)
def test_extract_bad_input_is_one_line_exit_2(stdin: str, needle: str, tmp_path: Path) -> None:
    proc = molva_proc("extract", input=stdin, cwd=tmp_path)
    assert proc.returncode == 2
    assert needle in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["ingest", "no-such-file.json"], "no-such-file.json: no such file"),
        (["board", "--at", "yesterday"], "--at: not an ISO time"),
        (["board", "--db", "nosuchdb://x"], "database URL"),
        (["board", "--db", "sqlite:////no/such/folder/x.db"], "cannot open database"),
    ],
)
def test_usage_errors_are_one_line_exit_2(args: list[str], needle: str, tmp_path: Path) -> None:
    proc = molva_proc(*args, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert needle in proc.stderr, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


def test_jsonl_ingest(db_url: str, tmp_path: Path, env: None) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "1", "text": "очередь на Ларсе 20 км", "date": "2022-09-26T12:00:00Z",
                    "author": "someone"}, ensure_ascii=False) + "\n\n"
        + json.dumps({"id": "2", "text": "прошли Кяхту за 5 часов", "date": "2022-09-26T12:30:00Z",
                      "source": "other"}, ensure_ascii=False) + "\n"
    )
    out = run("ingest", str(path), "--db", db_url).output
    assert "2 new" in out
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "text": "x"}\n{"id": 2}\n')
    proc = molva_proc("ingest", str(bad), "--db", db_url, cwd=tmp_path)
    assert proc.returncode == 2 and f"{bad}:2: missing field 'text'" in proc.stderr


def test_board_series_and_export(db_url: str, tmp_path: Path, env: None) -> None:
    path = write(tmp_path / "result.json", lars_chat())
    assert run("ingest", str(path), "--db", db_url).exit_code == 0
    out = run("board", "--series", "verkhny-lars", "--from", "2022-09-26T13:00:00Z",
              "--at", "2022-09-26T15:00:00Z", "--json", "--db", db_url)
    doc = json.loads(out.output)
    assert [p["at"][11:16] for p in doc["points"]] == ["13:00", "14:00", "15:00"]
    bad = run("board", "--series", "nowhere", "--db", db_url)
    assert bad.exit_code == 2 and "nowhere" in bad.output
    csv = run("export", "--format", "hxl", "--kind", "reports", "--db", db_url)
    assert csv.exit_code == 0 and csv.output.splitlines()[1].startswith("#date+reported")
    fmt = run("export", "--format", "xml", "--db", db_url)
    assert fmt.exit_code == 2 and "--format" in fmt.output
