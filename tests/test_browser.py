"""The pages in a real headless Chromium (Debian's package), driven by Playwright: they render,
the language switch keeps the page, the board works with JavaScript off, nothing comes from
another host, each page weighs at most 100 KB as transferred, and the board on a 390×844 phone is
saved as a screenshot (artifacts/board-390x844.png)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
import uvicorn
from test_pages import city_chat

from exports import lars_chat, write
from molva.api import Molva
from molva.publish.web import create_app
from molva.records import parse_time
from molva.sample import generate

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
PAGES = ["/", "/map/", "/incidents/", "/rumours/", "/crossings/verkhny-lars/"]
LIMIT = 100_000
CHROMIUM = os.environ.get("MOLVA_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(molva: Molva, at: datetime | None) -> Iterator[str]:
    app = create_app(molva, default_at=at)
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


@pytest.fixture
def server(molva: Molva, tmp_path: Path) -> Iterator[str]:
    (tmp_path / "lars").mkdir(), (tmp_path / "city").mkdir()
    molva.ingest([write(tmp_path / "lars" / "result.json", lars_chat()),
                  write(tmp_path / "city" / "result.json", city_chat())])
    with serving(molva, parse_time("2022-09-26T15:00:00Z")) as url:
        yield url


@pytest.fixture
def sample_server(molva: Molva, tmp_path: Path) -> Iterator[str]:
    """The board over the bundled sample (what `make demo` serves), as of its last message."""
    molva.ingest(generate(tmp_path / "sample", days=8, scale=0.5))
    with serving(molva, molva.store.latest_time()) as url:
        yield url


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM} (install Debian's chromium package)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()




def browse(browser, server: str, path: str, **options):  # type: ignore[no-untyped-def]
    """Open a page; returns (page, context, the URLs it requested, the bytes they transferred)."""
    context = browser.new_context(**options)
    page = context.new_page()
    seen: list = []
    page.on("requestfinished", lambda r: seen.append(r))
    page.goto(server + path)
    page.wait_for_load_state("load")
    urls = [r.url for r in seen]
    weight = sum(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"] for r in seen)
    return page, context, urls, weight


@pytest.mark.browser
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_board_on_a_phone_without_javascript(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page, context, urls, _ = browse(browser, server, "/", java_script_enabled=False,
                                    viewport={"width": 360, "height": 740}, locale="ru-RU")
    assert page.locator("html").get_attribute("lang") == "ru"
    card = page.locator('[data-crossing="verkhny-lars"][data-direction="exit"]')
    assert card.count() == 1
    assert "Верхний Ларс" in card.inner_text() and " ч" in card.locator(".wait").inner_text()
    assert page.locator("section[data-country=GE] h2").inner_text() == "Грузия"
    assert all(u.startswith(server) for u in urls), urls
    page.click("header >> text=English")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.url == server + "/en/"
    assert "leaving Russia" in page.locator('[data-crossing="verkhny-lars"]').first.inner_text()
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("path", PAGES)
def test_each_page_renders_light_and_local(browser, server: str, path: str) -> None:  # type: ignore[no-untyped-def]
    page, context, urls, weight = browse(browser, server, path, viewport={"width": 390, "height": 844})
    assert page.locator("h1").count() == 1 and page.locator("h1").inner_text()
    assert all(u.startswith(server) for u in urls), urls
    assert 0 < weight <= LIMIT, f"{path}: {weight} bytes transferred"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.click("header a.lang")  # the switch keeps the page
    assert page.url == server + "/en" + path and page.locator("html").get_attribute("lang") == "en"
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_board_screenshot_on_a_phone(browser, sample_server: str) -> None:  # type: ignore[no-untyped-def]
    page, context, _, weight = browse(browser, sample_server, "/", viewport={"width": 390, "height": 844},
                                      device_scale_factor=1)
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "board-390x844.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 5000
    assert page.locator(".wait").first.bounding_box()["y"] < 844  # a wait on the first screen
    assert page.locator("section.country").count() >= 3
    assert weight <= LIMIT
    (ARTIFACTS / "board-390x844.txt").write_text(f"{weight} bytes transferred\n", encoding="utf-8")
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_map_links_to_crossings_without_javascript(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page, context, _, _ = browse(browser, server, "/map/", java_script_enabled=False)
    assert page.locator("svg.map path.land").count() > 10
    page.locator('circle[data-crossing="verkhny-lars"]').click()
    assert page.url == server + "/crossings/verkhny-lars/"
    assert page.locator("#chart svg").count() == 1
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_incident_filters_work_without_javascript(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page, context, _, _ = browse(browser, server, "/incidents/", java_script_enabled=False)
    assert page.locator(".incident").count() >= 2
    page.select_option("select[name=type]", "detention")
    page.click("form.filters button")
    assert "type=detention" in page.url
    assert page.locator(".incident").count() >= 1
    assert page.locator('.incident[data-type="draft_notice"]').count() == 0
    context.close()
