"""`build.py serve`: build, serve the site on this machine over HTTP, rebuild on every
save, and reload the pages open in a browser.

Each rebuild is `python -m archive_site` in a process of its own, with the options the
server was given: the same warm build as any other, whose failure publishes nothing. So a
failed rebuild leaves the last good site served; its `path:line` messages go to the
terminal and to every open page. The script that reloads pages is added to each HTML
page as it is sent, never written to the site.

A saved seed's own page comes first: while the rebuild runs, the preview makes that page
alone (`quick`) and serves it in place of the published one, and every page it serves
says that the rest of the site is catching up; both go when the rebuild is done."""

from __future__ import annotations

import functools
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .. import digests
from ..archive.anchors import PENDING
from ..errors import display
from ..pickling import pickled_by_fields
from ..runtime.paths import Paths
from . import quick

LIVE = "/__live/"  # the server's own addresses, beside the site's
SCRIPT = resources.files("archive_site.editor").joinpath("live.js").read_bytes()
QUIET_SECONDS = 15
NO_SITE = (  # what is served before any build has succeeded; it reloads after the first
    b'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    b"<title>No site yet</title>\n</head>\n<body>\n<main>\n<h1>No site has been built yet</h1>\n"
    b"<p>This page reloads itself when a build succeeds.</p>\n</main>\n</body>\n</html>\n"
)  # how often an open page's event stream hears that nothing changed
CATCHING_UP = "Search and the other pages are catching up with your last edit"
NOTE = (  # added at the top of each page served while a rebuild is under way
    '<p id="live-catching-up" role="status" style="margin:0;padding:.5rem 1rem;'
    "background:#eef4ff;color:#0b2a5a;border-bottom:3px solid #2f5da8;"
    f'font:14px/1.4 system-ui,sans-serif">{CATCHING_UP}</p>\n'
).encode()
MOST_QUICK = 3  # seeds saved at once whose pages are made first; more wait for the build
WAIT_FOR_BASE = 1.0  # seconds a page made first waits for the last publish to be read


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
    pending: bool = False  # a rebuild after a save is under way
    quick: dict[str, bytes] = field(default_factory=dict)  # pages made first, by path
    made: int = 0  # how many times quick pages were put in place

    def announce(self, site: int, build: Build) -> None:
        with self.changed:
            self.site, self.failed = site, not build.ok
            self.messages = [] if build.ok else build.problems
            self.notices = build.notices if build.ok else []
            self.pending, self.quick = False, {}
            self.changed.notify_all()

    def catching_up(self, pages: dict[str, bytes]) -> None:
        """A rebuild has begun: say so, and serve these pages until it is done."""
        with self.changed:
            self.pending = True
            if pages:
                self.quick, self.made = pages, self.made + 1
            self.changed.notify_all()

    def served(self, path: str) -> tuple[bytes | None, bool, str]:
        """The quick page at this path (if any), whether a rebuild is under way, and the
        query the reloading script is given, all as of one moment."""
        with self.changed:
            page = self.quick.get(path)
            query = f"site={self.site}" + (f"&amp;quick={self.made}" if page is not None else "")
            return page, self.pending, query

    def stop(self) -> None:
        with self.changed:
            self.stopping = True
            self.changed.notify_all()

    def now(self) -> tuple[object, ...]:
        quick = (self.pending, tuple(sorted(self.quick)), self.made)
        return (self.site, self.failed, tuple(self.messages), tuple(self.notices), quick)

    def as_json(self) -> bytes:
        data = {
            "site": self.site,
            "failed": self.failed,
            "messages": self.messages,
            "notices": self.notices,
            "pending": self.pending,
            "quick": {path: self.made for path in sorted(self.quick)},
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


def rebuild(
    command: Sequence[str], site: Path, meanwhile: Callable[[Running], None] | None = None
) -> Build:
    """Run the build once, passing its output through to the terminal; `meanwhile` is
    called as it runs, in this thread."""
    before = identity(site)
    proc = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        encoding="utf-8",
        errors="replace",
    )
    output: list[str] = []  # read as it comes, so that a full pipe never stops the build
    reading = threading.Thread(target=lambda: output.extend(proc.communicate()), daemon=True)
    try:
        reading.start()
        if meanwhile is not None:
            meanwhile(Running(proc))
        reading.join()
    except BaseException:  # Ctrl-C, or stopped: the build goes too, as with subprocess.run
        proc.kill()
        proc.wait()
        raise
    out, err = output if len(output) == 2 else ("", "")
    sys.stdout.write(out)
    sys.stderr.write(err)
    sys.stdout.flush()
    sys.stderr.flush()
    problems = [line for line in err.splitlines() if line.strip()]
    notices = [line for line in problems if PENDING in line]
    return Build(proc.returncode == 0, identity(site) != before, problems, notices)


@dataclass(frozen=True)
class Running:
    """A rebuild under way."""

    proc: subprocess.Popen[str]

    def done(self) -> bool:
        return self.proc.poll() is not None


class Quick:
    """The quick pages of saved seeds, made from the archive as the last published build
    left it (worked out again, in a thread of its own, after each publish)."""

    def __init__(self, paths: Paths, base_url: str | None) -> None:
        self.paths, self.base_url = paths, base_url
        self.base: quick.Base | None = None
        self.lock = threading.Lock()
        self.wanted = 0  # publishes to read: the last read is of the latest
        self.read = 0  # of those, read (or begun)
        self.reading = threading.Event()  # set while a thread reads
        self.seen = quick.stamps(paths.seeds)  # the seeds as of the last change
        self.others = quick.edits(paths)  # and the rest an editor changes

    def refresh(self) -> None:
        """Read the published archive again, in the background; a publish that comes as
        it is read is read once that reading is done (never two at once)."""
        with self.lock:
            self.wanted += 1
            if self.reading.is_set():
                return
            self.reading.set()
        threading.Thread(target=self.load, daemon=True).start()

    def load(self) -> None:
        while True:
            with self.lock:
                if self.read == self.wanted:
                    self.reading.clear()
                    return
                self.read = self.wanted
            try:
                base = quick.load(self.paths, self.base_url)
                if base is not None:  # a page made now: the templates compiled, styles read
                    quick.page(base, min(base.seeds))
                self.base = base
            except Exception:  # the pages made first are a courtesy: the build alone
                self.base = None

    def saved(self) -> tuple[list[str], bool]:
        """The seeds saved since last asked, and whether anything an editor changes was
        (a rebuild may follow only the records an earlier one wrote)."""
        now, others = quick.stamps(self.paths.seeds), quick.edits(self.paths)
        names = quick.changed(self.seen, now)
        edited = bool(names) or now.keys() != self.seen.keys() or others != self.others
        self.seen, self.others = now, others
        return names, edited

    def pages(self, names: list[str], running: Running) -> dict[str, bytes]:
        """The pages of these seeds, made while the rebuild runs (none once it is done)."""
        if not names or len(names) > MOST_QUICK:
            return {}
        # the archive as last published may still be being read: waited for a moment,
        # or for as long as the rebuild runs where no earlier one was read
        deadline = time.monotonic() + WAIT_FOR_BASE
        while self.reading.is_set() and not running.done():
            if self.base is not None and time.monotonic() > deadline:
                break  # the archive as published before: most often the same page
            time.sleep(0.05)
        made: dict[str, bytes] = {}
        base = self.base
        for name in names:
            if base is None or running.done():
                return {}
            try:
                page = quick.page(base, name)
            except Exception:  # anything unforeseen: the build's page, when it comes
                page = None
            if page is None:
                return {}  # all of them or none: the pages of one save agree
            if page[1] != published(self.paths.site / page[0]):  # else nothing to show
                made[page[0]] = page[1]
        return made


def published(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


class Served:
    """What the served site holds, by content: a digest of every file's path and bytes.
    A rebuild may publish a new folder that holds the very site the pages show (a build
    made again from the same inputs, when the last left no note that nothing changed):
    the open pages are reloaded only when what they would show has changed. A file is
    read again only where its size, time or inode changed: a rebuild takes most files
    again as they were (the same inode)."""

    def __init__(self) -> None:
        self.files: dict[str, tuple[tuple[int, int, int], bytes]] = {}
        self.digest = b""

    def changed(self, site: Path) -> bool:
        """Whether the site now differs from when last asked (the first time: True)."""
        files: dict[str, tuple[tuple[int, int, int], bytes]] = {}
        total = digests.digest()
        for root, folders, names in os.walk(site):
            folders.sort()
            for name in sorted(names):
                path = os.path.join(root, name)
                rel = os.path.relpath(path, site)
                try:
                    status = os.stat(path)
                    now = (status.st_size, status.st_mtime_ns, status.st_ino)
                    held = self.files.get(rel)
                    digest = held[1] if held and held[0] == now else file_digest(path)
                except OSError:  # gone as it was looked at: a rebuild will follow
                    now, digest = (0, 0, 0), b""
                files[rel] = (now, digest)
                total.update(os.fsencode(rel) + b"\0" + digest)
        before, self.files, self.digest = self.digest, files, total.digest()
        return self.digest != before


def file_digest(path: str) -> bytes:
    return digests.file_digest(path)


def watching(folders: list[Path]) -> Iterator[bool]:
    """Whether something changed in the folders: at each change, and False at every
    quiet half second (the first says the watch has begun). A folder removed and made
    again, as a checkout does, is watched afresh (a watch follows the folder it began
    on, not its name), and its return counts as a change, told once the new watch has
    begun, so that nothing saved meanwhile goes unseen."""
    import watchfiles  # only the preview needs it

    again = False  # the folders changed under the last watch: tell once this one begins
    while True:
        seen = {folder: identity(folder) for folder in folders}
        present = [folder for folder in folders if seen[folder] is not None]
        if not present:  # every folder gone: look again in a while
            time.sleep(0.5)
            again = True
            yield False
            continue
        for found in watchfiles.watch(
            *present, debounce=300, step=100, rust_timeout=500, yield_on_timeout=True
        ):
            if any(identity(folder) != seen[folder] for folder in folders):
                again = True
                break
            yield bool(found) or again
            again = False


def identity(site: Path) -> tuple[int, int] | None:
    """Which folder stands at the site's path: publishing puts a new one there."""
    try:
        status = os.stat(site)
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def handler(site: Path, state: State, port: int) -> type[SimpleHTTPRequestHandler]:
    """Requests for the site's files, HTML pages with the reloading script added, and
    the event stream the script listens to; a HEAD request is answered as a GET, without
    the body. Only requests addressed to this machine by name are answered: a page of
    another site that had its name point here (DNS rebinding) is refused."""
    hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}
    if port == 80:  # a browser leaves out the port it takes for granted
        hosts |= {"127.0.0.1", "localhost"}

    class Handler(SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(site), **kwargs)  # type: ignore[arg-type]

        def do_GET(self) -> None:
            self.respond(body=True)

        def do_HEAD(self) -> None:
            self.respond(body=False)

        def respond(self, body: bool) -> None:
            given = self.headers.get_all("Host") or []
            if len(given) != 1 or given[0].lower() not in hosts:
                # a name: 421, as for a request sent to the wrong server; else no one name
                named = len(given) == 1 and given[0]
                status = HTTPStatus.MISDIRECTED_REQUEST if named else HTTPStatus.BAD_REQUEST
                where = f"http://127.0.0.1:{port}/ or http://localhost:{port}/"
                text = f"This preview answers only at {where}\n".encode()
                self.reply(status, "text/plain; charset=utf-8", text, body)
                return
            path = urlsplit(self.path).path
            if path == f"{LIVE}live.js":
                self.reply(HTTPStatus.OK, "text/javascript; charset=utf-8", SCRIPT, body)
            elif path == f"{LIVE}events":
                self.stream(body)
            else:
                self.page(path, body)

        def page(self, path: str, body: bool) -> None:
            file = Path(self.translate_path(path))
            folder = file.is_dir()
            if folder:
                if not path.endswith("/"):
                    self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                    self.send_header("Location", f"{path}/")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                file = file / "index.html"
            status = HTTPStatus.OK
            # as a host does: the site's own page for no page, and for a file's address
            # with a slash after it (whose relative links would land one folder off)
            slash = unquote(path).endswith("/")  # %2F too: the file is looked up decoded
            if not file.is_file() or (slash and not folder):
                status, file = HTTPStatus.NOT_FOUND, site / "404.html"
                if not file.is_file():  # no site yet: a page that waits for the first
                    page = with_script(NO_SITE, f"site={state.site}")
                    kind = "text/html; charset=utf-8"
                    self.reply(HTTPStatus.SERVICE_UNAVAILABLE, kind, page, body)
                    return
            if file.suffix != ".html":
                super().do_GET() if body else super().do_HEAD()
                return
            rel = Path(os.path.relpath(file, site)).as_posix()
            made, pending, query = state.served(rel)
            if made is not None:
                page = made
            else:
                try:
                    page = file.read_bytes()
                except OSError:  # replaced by a rebuild between the look and the read
                    self.send_error(HTTPStatus.SERVICE_UNAVAILABLE, "rebuilding; reload")
                    return
            html = with_script(with_note(page) if pending else page, query)
            self.reply(status, "text/html; charset=utf-8", html, body)

        def stream(self, body: bool) -> None:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            if not body:
                return
            try:
                for message in updates(state):
                    self.wfile.write(message)
                    self.wfile.flush()
            except OSError:  # the page was closed or reloaded
                return

        def reply(self, status: HTTPStatus, kind: str, data: bytes, body: bool = True) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if body:
                self.wfile.write(data)

        def end_headers(self) -> None:
            self.send_header("Cache-Control", "no-store")  # every request sees the last build
            super().end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass  # the terminal shows the builds, not every request

    return Handler


def with_script(page: bytes, query: str) -> bytes:
    """The page with the reloading script before its closing body tag; `query` tells it
    which site (and which quick page) it shows."""
    tag = f'<script src="{LIVE}live.js?{query}" defer></script>\n'.encode()
    at = page.rfind(b"</body>")
    return page[:at] + tag + page[at:] if at >= 0 else page + tag


def with_note(page: bytes) -> bytes:
    """The page with the note that a rebuild is catching up, first in its body."""
    start = page.find(b"<body")
    at = page.find(b">", start) + 1 if start >= 0 else 0
    return page[:at] + b"\n" + NOTE + page[at:] if at > 0 else NOTE + page


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


def first_pages(state: State, pages: Quick | None, running: Running) -> None:
    """As a rebuild starts: the note that it is catching up, and the saved seeds' pages
    first where they can be made before it is done."""
    names, edited = pages.saved() if pages is not None else ([], True)
    if edited:
        state.catching_up({})
    made = pages.pages(names, running) if pages is not None else {}
    if made and not running.done():
        state.catching_up(made)


def stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def serve(
    command: list[str],
    site: Path,
    watched: list[Path],
    port: int,
    pages: Quick | None = None,
) -> int:
    """Build, then serve `site` on port `port` of this machine, rebuilding with `command`
    whenever a file in `watched` changes, until interrupted. The watching starts before
    the first build, so that nothing saved from then on goes unseen. With `pages`, a
    saved seed's page is made first and served while the rebuild runs."""
    state = State()
    try:
        server = ThreadingHTTPServer(("127.0.0.1", port), handler(site, state, port))
    except OSError as exc:
        print(
            f"--port: {port} cannot be served on ({exc.strerror or exc}); expected a free "
            "port: choose another with --port",
            file=sys.stderr,
        )
        return 1
    server.daemon_threads = True
    signal.signal(signal.SIGTERM, stop)  # as Ctrl-C: stop serving, say so, exit 0
    changes = watching(watched)
    served = Served()
    serving = threading.Thread(target=server.serve_forever, daemon=True)
    try:
        next(changes)
        first = rebuild(command, site)
        state.announce(1, first)
        served.changed(site)
        if pages is not None and first.ok:
            pages.refresh()
        serving.start()
        shown = ", ".join(f"{display(p)}/" for p in watched)
        print(f"serving http://127.0.0.1:{port}/ (Ctrl-C stops); rebuilding on changes in {shown}")
        sys.stdout.flush()
        for found in changes:
            if found:
                result = rebuild(command, site, functools.partial(first_pages, state, pages))
                changed = result.published and served.changed(site)
                dropped = bool(state.quick)  # the pages showing them reload, whatever came
                state.announce(state.site + 1 if changed or dropped else state.site, result)
                if pages is not None and result.published:
                    pages.refresh()
    except KeyboardInterrupt:
        pass
    finally:
        state.stop()
        if serving.is_alive():
            server.shutdown()
        server.server_close()
    print("stopped")
    return 0
