"""The command line: a thin shell over `molva.api.Molva`.

Each command parses its arguments, builds a `Molva`, calls one method and turns a
`MolvaError` into a one-line message and exit status 2.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from sqlalchemy.exc import SQLAlchemyError

from molva.api import Molva, history_dict
from molva.errors import InputError, MolvaError
from molva.records import parse_time
from molva.settings import SETTINGS, load_settings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Molva: word of mouth about the border and the draft, turned into a board.",
)
err = Console(stderr=True)
DB_HELP = next(s.help for s in SETTINGS if s.name == "db") + " [env: MOLVA_DB]"
DbOption = Annotated[str | None, typer.Option("--db", help=DB_HELP, show_default=False)]


def fail(message: str) -> None:
    typer.echo(f"molva: error: {message}", err=True)
    raise typer.Exit(2)


@contextmanager
def molva(db: str | None, **overrides: str | None) -> Iterator[Molva]:
    m = Molva(load_settings(db=db, **overrides))
    try:
        yield m
    except MolvaError as e:
        fail(str(e))
    except SQLAlchemyError as e:
        fail(f"database error: {str(getattr(e, 'orig', e) or e).splitlines()[0]}")
    finally:
        m.close()


def parse_at(value: str | None, latest: Callable[[], datetime | None]) -> datetime | None:
    if value is None:
        return None
    if value == "latest":
        return latest()
    try:
        return parse_time(value)
    except ValueError:
        raise InputError(f"not an ISO time: {value!r}", where="--at") from None


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Telegram export result.json (or its folder), or *.jsonl")
    ],
    db: DbOption = None,
    facts_only: Annotated[
        bool, typer.Option("--facts-only", help="Store the extracted facts, not the message text.")
    ] = False,
) -> None:
    """Read Telegram exports or JSON Lines, scrub, understand and store them."""
    with molva(db, store_text="0" if facts_only else None) as m:
        if sys.stderr.isatty():
            with Progress(
                TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
                TimeRemainingColumn(), console=err, transient=True,
            ) as bar:
                tasks: dict[Path, Any] = {}

                def progress(path: Path, done: int, total: int) -> None:
                    if path not in tasks:
                        tasks[path] = bar.add_task(path.name, total=total)
                    bar.update(tasks[path], completed=done)

                summary = m.ingest(paths, progress)
        else:
            summary = m.ingest(paths)
        typer.echo(summary.line())


@app.command()
def extract() -> None:
    """Read JSON Lines messages on stdin; write one JSON fact object per line; store nothing."""
    m = Molva(load_settings())
    try:
        out = sys.stdout
        for obj in m.extract(sys.stdin):
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        out.flush()
    except MolvaError as e:
        fail(str(e))


@app.command()
def board(
    at: Annotated[
        str | None, typer.Option(help="ISO time (default: now), or 'latest' for the newest message")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (the API's shape).")] = False,
    series: Annotated[
        str | None, typer.Option(help="A crossing id: its estimate every hour up to --at instead.")
    ] = None,
    direction: Annotated[str, typer.Option(help="With --series: exit or entry.")] = "exit",
    start: Annotated[
        str | None, typer.Option("--from", help="With --series: ISO start (default: 14 days before --at).")
    ] = None,
    db: DbOption = None,
) -> None:
    """The state of the border crossings as known at a time (or one crossing's history)."""
    with molva(db) as m:
        if series is not None:
            end = parse_at(at, m.store.latest_time) or datetime.now(UTC)
            begin = parse_at(start, m.store.latest_time)
            doc = history_dict(series, direction, m.history(series, direction, begin, end))
            if as_json:
                typer.echo(json.dumps(doc, ensure_ascii=False, indent=2))
                return
            table = Table(title=f"{series} ({direction}), hourly")
            for col in ("at", "wait h", "80% interval", "reports"):
                table.add_column(col, no_wrap=True)
            for p in doc["points"]:
                table.add_row(p["at"][:16], "—" if p["wait_hours"] is None else f"{p['wait_hours']:g}",
                              "" if p["low"] is None else f"{p['low']:g}–{p['high']:g}", str(p["reports"]))
            Console(width=None if sys.stdout.isatty() else 120).print(table)
            return
        result = m.board(parse_at(at, m.store.latest_time))
        if as_json:
            typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
            return
        table = Table(title=f"Border crossings at {result.at.isoformat(timespec='minutes')}")
        for col in ("crossing", "direction", "wait h", "80% interval", "trend", "as of", "reports"):
            table.add_column(col, no_wrap=True)
        for e in result.crossings:
            table.add_row(
                e.name, e.direction,
                "—" if e.wait_hours is None else f"{e.wait_hours:g}",
                "" if e.low is None else f"{e.low:g}–{e.high:g}",
                e.trend or "", e.as_of.strftime("%m-%d %H:%M") if e.as_of else "", str(e.reports),
            )
        Console(width=None if sys.stdout.isatty() else 120).print(table)


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", help="csv, geojson or hxl (CSV with an HXL hashtag row).")
    ] = "csv",
    kind: Annotated[str, typer.Option(help="reports, incidents or board.")] = "reports",
    out: Annotated[Path | None, typer.Option(help="File to write (default: standard output).")] = None,
    at: Annotated[
        str | None, typer.Option(help="ISO time: only what was known then ('latest' allowed)")
    ] = None,
    db: DbOption = None,
) -> None:
    """Write published data: facts only, never message text or authors."""
    with molva(db) as m:
        when = parse_at(at, m.store.latest_time) if at or kind == "board" else None
        text = m.export(kind, fmt, when)
        if out is None:
            sys.stdout.write(text)
        else:
            try:
                out.write_text(text, encoding="utf-8")
            except OSError as e:
                fail(f"{out}: cannot write: {e.strerror}")
            typer.echo(f"wrote {out}", err=True)


@app.command()
def claims(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (the API's shape).")] = False,
    at: Annotated[
        str | None, typer.Option(help="ISO time: only what was said by then ('latest' allowed)")
    ] = None,
    db: DbOption = None,
) -> None:
    """Rumours: claims gathered from the messages that state or ask about them, with status."""
    with molva(db) as m:
        found = m.claims(parse_at(at, m.store.latest_time))
        if as_json:
            typer.echo(json.dumps({"claims": [c.to_dict() for c in found]}, ensure_ascii=False, indent=2))
            return
        table = Table(title="Claims")
        for col in ("id", "claim", "status", "first seen", "messages", "sources"):
            table.add_column(col, overflow="fold")
        for c in found:
            d = c.to_dict()
            table.add_row(d["id"], d["statement"], d["status"], d["first_seen"][:16], str(d["messages"]),
                          str(d["sources"]))
        Console(width=None if sys.stdout.isatty() else 140).print(table)


claim_app = typer.Typer(help="An operator's verdicts on claims.", no_args_is_help=True)
app.add_typer(claim_app, name="claim")


@claim_app.command("set")
def claim_set(
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="A claim's id (see molva claims).")],
    status: Annotated[str, typer.Option(help="unverified, confirmed or denied.")],
    evidence: Annotated[str | None, typer.Option(help="An http(s) link to the evidence.")] = None,
    db: DbOption = None,
) -> None:
    """Set a claim's status, with an evidence link; earlier verdicts stay in its history."""
    with molva(db) as m:
        c = m.set_claim(claim_id, status, evidence)
        typer.echo(f"{c.id}: {c.status} ({len(c.history)} verdicts)")


@app.command("eval")
def evaluate(
    corpus: Annotated[list[Path], typer.Argument(help="Corpus files or folders of *.jsonl.")],
    split: Annotated[str, typer.Option(help="Which part to score: test, dev or all.")] = "test",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    errors: Annotated[int, typer.Option(help="Show up to N disagreements.")] = 0,
) -> None:
    """Score `molva extract` on a labelled corpus: precision, recall, F1 per field."""
    if split not in ("test", "dev", "all"):
        fail(f"--split: expected test, dev or all, not {split!r}")
    m = Molva(load_settings())
    try:
        result = m.evaluate(corpus, split, keep_errors=errors > 0)
    except MolvaError as e:
        fail(str(e))
    if as_json:
        typer.echo(json.dumps(result.to_dict(), indent=2))
        return
    table = Table(title=f"{result.n} messages ({split}); kind accuracy {result.kind_accuracy:.3f}")
    for col in ("field", "precision", "recall", "F1", "support"):
        table.add_column(col, no_wrap=True)
    for name, t in result.fields.items():
        table.add_row(name, f"{t.precision:.3f}", f"{t.recall:.3f}", f"{t.f1:.3f}", str(t.tp + t.fn))
    console = Console(width=None if sys.stdout.isatty() else 120)
    console.print(table)
    for ex_id, name, gold, pred in result.errors[:errors]:
        console.print(f"{ex_id}\t{name}\tgold={gold!r}\tgot={pred!r}", markup=False)


@app.command()
def publish(
    static: Annotated[Path, typer.Option("--static", help="Folder to write the static mirror into.",
                                         show_default=False)],
    at: Annotated[str | None, typer.Option(help="Pin the time the mirror shows (ISO, or 'latest').")] = None,
    db: DbOption = None,
) -> None:
    """Write the public pages and the JSON API as files that any static host can serve."""
    from molva.publish.static import mirror
    from molva.publish.web import create_app

    with molva(db) as m:
        pinned = parse_at(at, m.store.latest_time)
        application = create_app(m, default_at=pinned, cache=False)
        crossings = sorted(m.gazetteer.crossings)
        with Progress(TextColumn("mirror"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                      console=err, transient=True) as bar:
            task = bar.add_task("mirror", total=None)
            try:
                done = mirror(application, static, crossings,
                              lambda n, total: bar.update(task, completed=n, total=total))
            except OSError as e:
                fail(f"{static}: cannot write: {e.strerror}")
        typer.echo(f"wrote {done.files} files ({done.bytes / 1e6:.1f} MB) into {static}", err=True)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    at: Annotated[str | None, typer.Option(help="Pin the board's default time (ISO, or 'latest').")] = None,
    db: DbOption = None,
) -> None:
    """Serve the web pages and the JSON API."""
    import uvicorn

    from molva.publish.web import create_app

    with molva(db) as m:
        pinned = parse_at(at, m.store.latest_time)
        application = create_app(m, default_at=pinned)
        typer.echo(f"Molva is serving the board at http://{host}:{port}/", err=True)
        uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command()
def sample(
    out: Annotated[Path, typer.Argument(help="Folder to write the synthetic exports into.")],
    seed: Annotated[int, typer.Option(help="Random seed.")] = 2022,
    days: Annotated[int, typer.Option(help="Days covered.")] = 12,
    scale: Annotated[float, typer.Option(help="Multiplies the number of messages.")] = 1.0,
    account: Annotated[bool, typer.Option(help="Write one full-account export.")] = False,
    style: Annotated[str, typer.Option(help="Phrasing of the messages: default, alt, p3 or p4.")] = "default",
) -> None:
    """Write SYNTHETIC Telegram exports (seeded) for demos, tests and benchmarks: chats about
    simulated border queues (a fluid FIFO queue per crossing) with the true wait of every vehicle
    in truth.json and what each message states in labels.jsonl."""
    from molva.sample import generate
    from molva.sample.generate import STYLES

    if style not in STYLES:
        fail(f"--style: expected one of {', '.join(STYLES)}, got {style!r}")
    try:
        paths = generate(out, seed=seed, days=days, scale=scale, account=account, style=style)
    except OSError as e:
        fail(f"{out}: {e.strerror}")
    for p in paths:
        typer.echo(str(p))


app.command("simulate", help="The same as `molva sample`: simulated border queues and the chats about them.")(
    sample)


def main() -> None:
    app(prog_name="molva")


if __name__ == "__main__":
    main()
