"""The board in a real headless Chromium (Debian's package), driven by Playwright."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from exports import lars_chat, write
from molva.api import Molva
from molva.publish.web import create_app
from molva.records import parse_time

CHROMIUM = os.environ.get("MOLVA_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(molva: Molva, tmp_path: Path) -> Iterator[str]:
    molva.ingest([write(tmp_path / "result.json", lars_chat())])
    app = create_app(molva, default_at=parse_time("2022-09-26T15:00:00Z"))
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM} (install Debian's chromium package)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.mark.browser
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_board_on_a_phone_without_javascript(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740},
                                  locale="ru-RU")
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(server + "/")
    assert page.locator("html").get_attribute("lang") == "ru"
    card = page.locator('[data-crossing="verkhny-lars"]')
    assert card.count() == 1
    assert "Верхний Ларс" in card.inner_text() and "ч" in card.locator(".wait").inner_text()
    assert all(u.startswith(server) for u in requests), requests
    page.click("text=English")
    assert page.locator("html").get_attribute("lang") == "en"
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_board_fits_a_phone_screen(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(server + "/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.close()
