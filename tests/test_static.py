"""`molva publish --static DIR`: the public pages and JSON as files, byte for byte what the app
serves, with links that work on any static host."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from exports import lars_chat, write
from molva.api import Molva
from molva.cli import app
from molva.publish.static import target
from molva.publish.web import create_app
from molva.records import parse_time

AT = "2022-09-26T15:00:00Z"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_mirror_holds_every_page_and_answer(db_url: str, molva: Molva, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOLVA_SECRET", "test-secret")
    molva.ingest([write(tmp_path / "result.json", lars_chat())])
    out = tmp_path / "mirror"
    r = CliRunner().invoke(app, ["publish", "--static", str(out), "--at", AT, "--db", db_url])
    assert r.exit_code == 0, r.output
    assert "files" in r.output
    for page in ["index.html", "en/index.html", "map/index.html", "incidents/index.html",
                 "rumours/index.html", "crossings/verkhny-lars/index.html", "en/crossings/kyakhta/index.html",
                 "404.html"]:
        assert (out / page).is_file(), page
    board = json.loads((out / "api/v1/board.json").read_text(encoding="utf-8"))
    assert board["crossings"][0]["crossing"] == "verkhny-lars"
    assert (out / "api/v1/board").read_bytes() == (out / "api/v1/board.json").read_bytes()
    assert json.loads((out / "api/v1/crossings/verkhny-lars/history.json").read_text())["points"]
    assert (out / "api/v1/export/reports.csv").read_text().startswith("time,kind,crossing")
    served = TestClient(create_app(molva, default_at=parse_time(AT))).get("/").content
    assert (out / "index.html").read_bytes() == served
    # every link of every page points at a file of the mirror (or off-site)
    for page in (p for p in out.rglob("*.html") if p.name != "404.html"):
        for href in re.findall(r'href="(/[^"?#]*)', page.read_text(encoding="utf-8")):
            assert any(f.exists() for f in target(out, href)), f"{page}: {href}"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_mirror_into_a_file_is_a_clear_error(db_url: str, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOLVA_SECRET", "test-secret")
    blocker = tmp_path / "taken"
    blocker.write_text("x")
    r = CliRunner().invoke(app, ["publish", "--static", str(blocker), "--db", db_url])
    assert r.exit_code == 2 and "not a directory" in r.output and "Traceback" not in r.output
    assert blocker.read_text() == "x"
