"""`build.py serve`: build, serve the site on this machine over HTTP, rebuild on every
save, and reload the pages open in a browser.

Each rebuild is `python -m archive_site` in a process of its own, with the options the
server was given: the same warm build as any other, whose failure publishes nothing. So a
failed rebuild leaves the last good site served; its `path:line` messages go to the
terminal and to every open page. The script that reloads pages is added to each HTML
page as it is sent, never written to the site."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from ..archive.anchors import PENDING
from ..pickling import pickled_by_fields

LIVE = "/__live/"  # the server's own addresses, beside the site's
SCRIPT = resources.files("archive_site.editor").joinpath("live.js").read_bytes()
QUIET_SECONDS = 15
NO_SITE = (  # what is served before any build has succeeded; it reloads after the first
    b'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    b"<title>No site yet</title>\n</head>\n<body>\n<main>\n<h1>No site has been built yet</h1>\n"
    b"<p>This page reloads itself when a build succeeds.</p>\n</main>\n</body>\n</html>\n"
)  # how often an open page's event stream hears that nothing changed


@dataclass
class State:
    """What the open pages are told: which published site is current, and whether the
    last rebuild failed, with its messages; or, where it succeeded, the revisions of
    published paragraphs it shows that are not yet recorded (`notices`)."""

    site: int = 0
    failed: bool = False
    messages: list[str] = field(default_factory=list)
    changed: threading.Condition = field(default_factory=threading.Condition)
    stopping: bool = False
    notices: list[str] = field(default_factory=list)

    def announce(self, site: int, build: Build) -> None:
        with self.changed:
            self.site, self.failed = site, not build.ok
            self.messages = [] if build.ok else build.problems
            self.notices = build.notices if build.ok else []
            self.changed.notify_all()

    def stop(self) -> None:
        with self.changed:
            self.stopping = True
            self.changed.notify_all()

    def now(self) -> tuple[object, ...]:
        return (self.site, self.failed, tuple(self.messages), tuple(self.notices))

    def as_json(self) -> bytes:
        data = {
            "site": self.site,
            "failed": self.failed,
            "messages": self.messages,
            "notices": self.notices,
        }
        return json.dumps(data).encode()


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Build:
    """One rebuild's outcome: whether it succeeded, what it printed, and whether it
    published a new site (a build that found nothing changed publishes none)."""

    ok: bool
    published: bool
    problems: list[str]
    notices: list[str] = field(default_factory=list)  # revisions shown, not yet recorded


def rebuild(command: Sequence[str], site: Path) -> Build:
    """Run the build once, passing its output through to the terminal."""
    before = identity(site)
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    sys.stdout.write(run.stdout)
    sys.stderr.write(run.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    problems = [line for line in run.stderr.splitlines() if line.strip()]
    notices = [line for line in problems if PENDING in line]
    return Build(run.returncode == 0, identity(site) != before, problems, notices)


def identity(site: Path) -> tuple[int, int] | None:
    """Which folder stands at the site's path: publishing puts a new one there."""
    try:
        status = os.stat(site)
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def handler(site: Path, state: State) -> type[SimpleHTTPRequestHandler]:
    """Requests for the site's files, HTML pages with the reloading script added, and
    the event stream the script listens to."""

    class Handler(SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(site), **kwargs)  # type: ignore[arg-type]

        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            if path == f"{LIVE}live.js":
                self.reply(HTTPStatus.OK, "text/javascript; charset=utf-8", SCRIPT)
            elif path == f"{LIVE}events":
                self.stream()
            else:
                self.page(path)

        def page(self, path: str) -> None:
            file = Path(self.translate_path(path))
            if file.is_dir():
                if not path.endswith("/"):
                    self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                    self.send_header("Location", f"{path}/")
                    self.end_headers()
                    return
                file = file / "index.html"
            status = HTTPStatus.OK
            if not file.is_file():  # as a host does: the site's own page for no page
                status, file = HTTPStatus.NOT_FOUND, site / "404.html"
                if not file.is_file():  # no site yet: a page that waits for the first
                    body = with_script(NO_SITE, state.site)
                    self.reply(HTTPStatus.SERVICE_UNAVAILABLE, "text/html; charset=utf-8", body)
                    return
            if file.suffix != ".html":
                super().do_GET()
                return
            try:
                body = file.read_bytes()
            except OSError:  # replaced by a rebuild between the look and the read
                self.send_error(HTTPStatus.SERVICE_UNAVAILABLE, "rebuilding; reload")
                return
            self.reply(status, "text/html; charset=utf-8", with_script(body, state.site))

        def stream(self) -> None:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            try:
                for message in updates(state):
                    self.wfile.write(message)
                    self.wfile.flush()
            except OSError:  # the page was closed or reloaded
                return

        def reply(self, status: HTTPStatus, kind: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def end_headers(self) -> None:
            self.send_header("Cache-Control", "no-store")  # every request sees the last build
            super().end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass  # the terminal shows the builds, not every request

    return Handler


def with_script(page: bytes, site: int) -> bytes:
    """The page with the reloading script before its closing body tag."""
    tag = f'<script src="{LIVE}live.js?site={site}" defer></script>\n'.encode()
    at = page.rfind(b"</body>")
    return page[:at] + tag + page[at:] if at >= 0 else page + tag


def updates(state: State) -> Iterator[bytes]:
    """The event stream: the state now, then again at each change, and a comment at
    every quiet interval (which also notices a page that has gone)."""
    last: tuple[object, ...] | None = None
    while True:
        with state.changed:
            if state.now() == last:
                state.changed.wait(QUIET_SECONDS)
            if state.stopping:
                return
            now, body = state.now(), state.as_json()
        if now == last:
            yield b": nothing changed\n\n"
        else:
            last = now
            yield b"data: " + body + b"\n\n"


def stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def serve(command: list[str], site: Path, watched: list[Path], port: int) -> int:
    """Build, then serve `site` on port `port` of this machine, rebuilding with `command`
    whenever a file in `watched` changes, until interrupted. The watching starts before
    the first build, so that nothing saved from then on goes unseen."""
    import watchfiles  # only the preview needs it

    state = State()
    try:
        server = ThreadingHTTPServer(("127.0.0.1", port), handler(site, state))
    except OSError as exc:
        print(
            f"--port: {port} cannot be served on ({exc.strerror or exc}); expected a free "
            "port: choose another with --port",
            file=sys.stderr,
        )
        return 1
    server.daemon_threads = True
    signal.signal(signal.SIGTERM, stop)  # as Ctrl-C: stop serving, say so, exit 0
    # an empty set of changes each quiet half second: the first says the watch has begun
    changes = watchfiles.watch(
        *watched, debounce=300, step=100, rust_timeout=500, yield_on_timeout=True
    )
    serving = threading.Thread(target=server.serve_forever, daemon=True)
    try:
        next(changes)
        state.announce(1, rebuild(command, site))
        serving.start()
        shown = ", ".join(f"{p}/" for p in watched)
        print(f"serving http://127.0.0.1:{port}/ (Ctrl-C stops); rebuilding on changes in {shown}")
        sys.stdout.flush()
        for found in changes:
            if found:
                result = rebuild(command, site)
                state.announce(state.site + 1 if result.published else state.site, result)
    except KeyboardInterrupt:
        pass
    finally:
        state.stop()
        if serving.is_alive():
            server.shutdown()
        server.server_close()
    print("stopped")
    return 0
