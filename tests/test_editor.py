"""What editors use beside the build: the preview that rebuilds on every save and reloads
the open page (`build.py serve`), and adding a document (`build.py new PATH`)."""

from __future__ import annotations

import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from conftest import PROJECT, Workspace, snapshot

if TYPE_CHECKING:
    from playwright.sync_api import Browser

PROTOCOL_SEED = "000_6ce6988af797deb6.txt"  # the Politburo protocol of 18 February 1977
PROTOCOL_PAGE = "documents/1977-02-18-protocol/index.html"
INSTRUCTION_SEED = "001_4215be4c9e9eb522.txt"
SENTENCE = "FIRST. Meet with Vance and tell him"
ADDED = "A paragraph added in the preview."  # new: a published paragraph's text is kept


def save(path: Path, data: bytes) -> None:
    """Save a file as most editors do: written whole beside it, then put in its place, so
    that a rebuild never reads it half written (a test that wrote it in place would
    depend on finishing the write before the preview looks)."""
    beside = path.with_name(f".{path.name}.saving")
    beside.write_bytes(data)
    os.replace(beside, path)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ctrl_c_as_at_a_terminal() -> None:
    """The server hears Ctrl-C (SIGINT) as it would started from a terminal: tests run
    from a background job ignore SIGINT, and a process inherits that, so the server
    could not be stopped the way these tests stop it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Server:
    """`build.py serve` running in a workspace, its output read line by line."""

    def __init__(self, ws: Workspace, port: int) -> None:
        self.port = port
        self.proc = subprocess.Popen(
            [sys.executable, str(PROJECT / "build.py"), "serve", "--port", str(port)],
            cwd=ws.root,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            preexec_fn=ctrl_c_as_at_a_terminal,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self.read, daemon=True).start()

    def read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, text: str, timeout: float = 90) -> str:
        while True:
            line = self.lines.get(timeout=timeout)
            self.seen.append(line)
            if text in line:
                return line

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{path}") as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()


@contextmanager
def serving(ws: Workspace) -> Iterator[Server]:
    server = Server(ws, free_port())
    try:
        server.wait_for("serving http://127.0.0.1:")
        yield server
        server.proc.send_signal(signal.SIGINT)  # Ctrl-C
        assert server.proc.wait(timeout=30) == 0
        server.wait_for("stopped", timeout=5)
    finally:
        if server.proc.poll() is None:
            server.proc.kill()
            server.proc.wait()


def test_serve_reloads_the_open_page_on_save_and_shows_a_failed_rebuild(
    workspace: Workspace, browser: Browser
) -> None:
    """Passes however the saves and the rebuilds fall in time (run with both cores
    busy): a page reloads only when the site it shows has changed, not whenever a rebuild
    publishes (test_robustness_io tests that alone), and saves are whole files."""
    ws = workspace.copy_real()
    seed = ws.seeds / PROTOCOL_SEED
    original = seed.read_text(encoding="utf-8")
    line_end = original.index("\n", original.index(SENTENCE)) + 1
    edited = f"{original[:line_end]}\n{ADDED}\n{original[line_end:]}".encode()
    with serving(ws) as server:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"http://127.0.0.1:{server.port}/{PROTOCOL_PAGE}")
        assert SENTENCE in page.inner_text("main")
        page.evaluate("window.stillTheSamePage = true")

        # a save: the rebuild publishes, and the open page reloads itself with the change
        save(seed, edited)
        page.wait_for_function(
            "text => !window.stillTheSamePage && document.body.innerText.includes(text)",
            arg=ADDED,
            timeout=90_000,
        )
        # the page made first may come before the rebuild's: wait for the published one
        page.locator("#live-catching-up").wait_for(state="detached", timeout=90_000)
        page.wait_for_function(
            "() => !document.querySelector(\"script[src*='quick=']\")", timeout=30_000
        )
        page.evaluate("window.stillTheSamePage = true")

        # a broken seed: its message in the terminal and in the page, the last good site
        # still served, and the page not reloaded
        save(seed, edited.replace(ADDED.encode(), ADDED.encode() + b" \xff"))
        message = server.wait_for(f"seeds/{PROTOCOL_SEED}:")
        assert "not UTF-8" in message
        alert = page.locator("#live-build-failed[role=alert]")
        alert.wait_for(timeout=90_000)
        shown = alert.inner_text()
        assert "The rebuild failed" in shown and message in shown
        assert page.evaluate("window.stillTheSamePage") is True
        assert ADDED in page.inner_text("main")
        status, body = server.get(PROTOCOL_PAGE)
        assert status == 200 and ADDED in body
        # a page opened now shows the failure too
        other = browser.new_page()
        other.goto(f"http://127.0.0.1:{server.port}/index.html")
        other.locator("#live-build-failed").wait_for(timeout=30_000)
        other.close()

        # mended as it was: the very site the page shows, so no reload, and the message goes
        save(seed, edited)
        alert.wait_for(state="detached", timeout=90_000)
        assert page.evaluate("window.stillTheSamePage") is True
        status, body = server.get("no/such/page.html")
        assert status == 404 and "No page at this address" in body
        assert errors == []
        page.close()
    # the reloading script is the server's: never in the published site
    for path in ws.site.rglob("*.html"):
        assert b"__live" not in path.read_bytes(), path
    assert not list(ws.site.rglob("live.js"))


def test_serve_refuses_a_port_that_is_taken(workspace: Workspace) -> None:
    ws = workspace.copy_real()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = ws.build("serve", "--port", str(port), "-q")
    assert run.code == 1 and "Traceback" not in run.err
    assert f"--port: {port} cannot be served on" in run.err
    run = ws.build("serve", "--port", "http")
    assert run.code == 1 and "'http' is not a port" in run.err


def new_text(ws: Workspace) -> Path:
    """A text of the archive-translation shape that is not yet in the archive: the
    instruction of 19 May 1977 as if of the next day."""
    text = (ws.seeds / INSTRUCTION_SEED).read_text(encoding="utf-8")
    assert "19 May 1977" in text
    path = ws.root / "incoming" / "instruction-20-may.txt"
    path.parent.mkdir()
    path.write_text(text.replace("19 May 1977", "20 May 1977"), encoding="utf-8")
    return path


def test_new_copies_the_text_in_builds_and_names_its_id(workspace: Workspace) -> None:
    ws = workspace.copy_real()
    assert ws.build("-q").code == 0
    path = new_text(ws)
    run = ws.build("new", str(path))
    assert run.code == 0, run.err
    assert (ws.seeds / path.name).read_bytes() == path.read_bytes()
    record = ws.documents / "1977-05-20-instruction.yaml"
    assert f"added {path.name} as 1977-05-20-instruction" in run.out
    assert record.is_file() and f"seed: {path.name}" in record.read_text(encoding="utf-8")
    assert (ws.site / "documents" / "1977-05-20-instruction" / "index.html").is_file()
    editorial = ws.editorial / "1977-05-20-instruction.yaml"
    assert f"create {editorial.relative_to(ws.root)} with" in run.out
    assert f"seed: {path.name}" in run.out
    # the same text again: refused, nothing written
    again = ws.build("new", str(path))
    assert again.code == 1 and "is in 'seeds' already" in again.err


def test_new_takes_a_text_out_again_when_its_build_fails(workspace: Workspace) -> None:
    ws = workspace.copy_real()
    assert ws.build("-q").code == 0
    bad = ws.root / "bad.txt"
    bad.write_bytes(b"A text\n\nwith a byte that is not UTF-8: \xff\n")
    before = snapshot(ws.root)
    run = ws.build("new", str(bad))
    assert run.code == 1 and "Traceback" not in run.err
    assert "seeds/bad.txt:3: found byte 0xff" in run.err
    assert "bad.txt was not added: the seeds are as they were" in run.err
    assert snapshot(ws.root) == before
    for wrong, why in (
        (ws.root, "is a folder"),
        (ws.root / "missing.txt", "missing.txt:1: does not exist; expected a file"),
        (ws.seeds / ".hidden.txt", "is not named as a seed"),
    ):
        if wrong.name == ".hidden.txt":
            wrong.write_text("text\n", encoding="utf-8")
        run = ws.build("new", str(wrong))
        assert run.code == 1 and why in run.err and "Traceback" not in run.err, run.err


@pytest.mark.slow
def test_make_site_needs_only_python(tmp_path: Path) -> None:
    """`make site` on a machine with only make, a shell and Python: it makes its virtual
    environment and builds, and calls nothing else (no apt-get, sudo, npm, Java or
    Chromium, which are not on its PATH)."""
    project = tmp_path / "clone"
    project.mkdir()
    for name in ("Makefile", "pyproject.toml", "README.md", "build.py", "package.json"):
        (project / name).write_bytes((PROJECT / name).read_bytes())
    (project / "package-lock.json").write_bytes((PROJECT / "package-lock.json").read_bytes())
    for name in ("src", "templates", "seeds", "documents", "content"):
        subprocess.run(["cp", "-r", str(PROJECT / name), str(project / name)], check=True)
    for info in project.glob("src/*.egg-info"):
        subprocess.run(["rm", "-r", str(info)], check=True)
    tools = tmp_path / "bin"
    tools.mkdir()
    for tool in ("make", "sh", "touch"):
        found = subprocess.run(["which", tool], capture_output=True, text=True).stdout.strip()
        (tools / tool).symlink_to(found)
    (tools / "python3").symlink_to(Path(sys.base_prefix) / "bin" / "python3")
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["PATH"] = str(tools)
    dry = subprocess.run(
        ["make", "-n", "site"], cwd=project, env=env, capture_output=True, text=True
    )
    assert dry.returncode == 0, dry.stderr
    for tool in ("apt-get", "sudo", "npm", "java", "chromium", "playwright"):
        assert tool not in dry.stdout, tool
    test_plan = subprocess.run(
        ["make", "-n", "test"], cwd=project, env=env, capture_output=True, text=True
    )
    assert "npm ci" in test_plan.stdout  # the tests' tools are where they belong
    run = subprocess.run(
        ["make", "site"], cwd=project, env=env, capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert "built " in run.stdout
    assert (project / "site" / "index.html").is_file()
    assert not (project / "node_modules").exists()


def first_event(port: int) -> dict:
    """The first state the preview's event stream sends."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/__live/events", timeout=30) as r:
        for raw in r:
            line = raw.decode().strip()
            if line.startswith("data: "):
                return dict(json.loads(line.removeprefix("data: ")))
    raise AssertionError("the event stream ended")


def test_serve_before_any_good_build_waits_for_one(workspace: Workspace) -> None:
    """With the very first build failing, there is no site: every address answers with a
    page that waits (and the stream names the failure); the first good build serves it."""
    ws = workspace.copy_real()
    seed = ws.seeds / PROTOCOL_SEED
    original = seed.read_bytes()
    seed.write_bytes(original + b"\xff\n")
    with serving(ws) as server:
        status, body = server.get("index.html")
        assert status == 503 and "No site has been built yet" in body
        assert '<script src="/__live/live.js?site=1" defer></script>' in body
        state = first_event(server.port)
        assert state["failed"] and any(f"seeds/{PROTOCOL_SEED}:" in m for m in state["messages"])
        seed.write_bytes(original)
        server.wait_for("built ")
        deadline = time.monotonic() + 30
        while (state := first_event(server.port))["failed"] and time.monotonic() < deadline:
            time.sleep(0.1)  # the build has printed; the server is about to announce it
        assert state == {
            "site": 2,
            "failed": False,
            "messages": [],
            "notices": [],
            "pending": False,
            "quick": {},
        }
        status, body = server.get("index.html")
        assert status == 200 and "<h1" in body


def test_serve_sees_a_save_made_the_moment_it_starts(workspace: Workspace) -> None:
    """The watch begins before the first build: a save right after the server says it is
    serving (or during that build) is built, not lost."""
    ws = workspace.copy_real()
    seed = ws.seeds / PROTOCOL_SEED
    text = seed.read_text(encoding="utf-8")
    line_end = text.index("\n", text.index(SENTENCE)) + 1
    with serving(ws) as server:
        seed.write_text(f"{text[:line_end]}\n{ADDED}\n{text[line_end:]}", encoding="utf-8")
        server.wait_for("built ", timeout=30)
        deadline = time.monotonic() + 30
        while ADDED not in server.get(PROTOCOL_PAGE)[1] and time.monotonic() < deadline:
            time.sleep(0.1)
        assert ADDED in server.get(PROTOCOL_PAGE)[1]


def test_serve_shows_a_pending_revision_in_the_page_until_it_is_recorded(
    workspace: Workspace, browser: Browser
) -> None:
    """A typo fixed in a published paragraph: the preview publishes it and says, in every
    open page, that the revision is pending; `build.py revise` records it, and the next
    rebuild clears the notice."""
    ws = workspace.copy_real()
    for record in (PROJECT / "documents").glob("*.yaml"):
        (ws.documents / record.name).write_bytes(record.read_bytes())
    seed = ws.seeds / PROTOCOL_SEED
    text = seed.read_text(encoding="utf-8")
    with serving(ws) as server:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"http://127.0.0.1:{server.port}/{PROTOCOL_PAGE}")
        seed.write_text(text.replace("Telegraph the fulfillment.", "Telegraph the fulfilment."))
        message = server.wait_for("pending revision: anchor 1977-02-18-protocol#p24")
        notice = page.locator("#live-build-pending[role=status]")
        notice.wait_for(timeout=90_000)
        shown = notice.inner_text()
        assert "run `python build.py revise`" in shown and message in shown
        assert "“Telegraph the fulfillment.” → “Telegraph the fulfilment.”" in shown
        assert "Telegraph the fulfilment." in page.inner_text("main")
        assert page.locator("#live-build-failed").count() == 0
        assert first_event(server.port)["notices"] == [message]

        revise = ws.build("revise")
        assert revise.code == 0, revise.err
        notice.wait_for(state="detached", timeout=90_000)
        assert first_event(server.port)["notices"] == []
        assert errors == []
        page.close()


CATCHING_UP = "Search and the other pages are catching up with your last edit"


def rebuilds(server: Server) -> set[int]:
    """The ids of the rebuilds the preview is running (each a process of its own)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if parent == server.proc.pid and b"archive_site" in command:
            found.add(int(entry.name))
    return found


def with_records(ws: Workspace) -> Workspace:
    """The workspace with the committed records, so that its first build writes none
    (a rebuild would follow those it wrote)."""
    for record in (PROJECT / "documents").glob("*.yaml"):
        (ws.documents / record.name).write_bytes(record.read_bytes())
    return ws


def idle(server: Server) -> None:
    """Wait until the preview runs no rebuild."""
    wait_until(lambda: not rebuilds(server), timeout=90)


def rebuild_after(server: Server, before: set[int], timeout: float = 30) -> int:
    """The id of the rebuild started after `before` were."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        started = rebuilds(server) - before
        if started:
            return started.pop()
        time.sleep(0.01)
    raise AssertionError("no rebuild started")


@contextmanager
def held(pid: int) -> Iterator[None]:
    """The rebuild stopped where it is, so that it cannot publish until let go."""
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


def wait_until(check: object, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def without_preview(page: str) -> bytes:
    """A served page as the site holds it: without the note and the reloading script."""
    note = page.find('<p id="live-catching-up"')
    if note >= 0:
        page = page[: note - 1] + page[page.index("</p>\n", note) + 5 :]
    script = page.rfind('<script src="/__live/live.js')
    page = page[:script] + page[page.index("</script>\n", script) + 10 :]
    return page.encode()


def test_serve_serves_a_saved_seeds_page_before_the_rebuild_publishes(
    workspace: Workspace,
) -> None:
    """A save: the document's page, made alone, is served while the rebuild is held (it
    cannot have published), with the note that the rest is catching up on it and on the
    search page; the rebuild then publishes the very same page, and the note goes."""
    ws = with_records(workspace.copy_real())
    seed = ws.seeds / PROTOCOL_SEED
    original = seed.read_text(encoding="utf-8")
    line_end = original.index("\n", original.index(SENTENCE)) + 1
    with serving(ws) as server:
        status, before = server.get(PROTOCOL_PAGE)
        assert status == 200 and ADDED not in before and CATCHING_UP not in before
        idle(server)
        save(seed, f"{original[:line_end]}\n{ADDED}\n{original[line_end:]}".encode())
        with held(rebuild_after(server, set())):
            wait_until(lambda: ADDED in server.get(PROTOCOL_PAGE)[1], timeout=30)
            status, quick = server.get(PROTOCOL_PAGE)
            assert status == 200
            assert '<script src="/__live/live.js?site=1&amp;quick=1" defer>' in quick
            assert 'role="status"' in quick and CATCHING_UP in quick
            status, search = server.get("search/index.html")
            assert status == 200 and CATCHING_UP in search and ADDED not in search
            state = first_event(server.port)
            assert state["pending"] and state["quick"] == {PROTOCOL_PAGE: 1}
            assert (ws.site / PROTOCOL_PAGE).read_bytes() == without_preview(before)
        wait_until(lambda: not first_event(server.port)["pending"])
        status, published = server.get(PROTOCOL_PAGE)
        assert status == 200 and ADDED in published and CATCHING_UP not in published
        assert "quick=" not in published
        assert CATCHING_UP not in server.get("search/index.html")[1]
        # the page made first is the page the build published, byte for byte
        assert without_preview(quick) == (ws.site / PROTOCOL_PAGE).read_bytes()
        assert without_preview(published) == (ws.site / PROTOCOL_PAGE).read_bytes()


def test_serve_shows_a_seed_that_does_not_parse_as_before(workspace: Workspace) -> None:
    """A save the parser refuses: no page is made first; the note shows while the
    rebuild runs, then the rebuild's failure, over the last good page, as always."""
    ws = with_records(workspace.copy_real())
    seed = ws.seeds / PROTOCOL_SEED
    original = seed.read_bytes()
    with serving(ws) as server:
        before = server.get(PROTOCOL_PAGE)[1]
        idle(server)
        save(seed, original + b"\xff\n")
        with held(rebuild_after(server, set())):
            wait_until(lambda: CATCHING_UP in server.get(PROTOCOL_PAGE)[1], timeout=30)
            time.sleep(1)  # time enough for a page made first, were one to be made
            status, page = server.get(PROTOCOL_PAGE)
            assert status == 200 and "quick=" not in page
            assert without_preview(page) == without_preview(before)
            assert first_event(server.port)["quick"] == {}
        wait_until(lambda: first_event(server.port)["failed"])
        state = first_event(server.port)
        assert not state["pending"] and state["quick"] == {}
        assert any(f"seeds/{PROTOCOL_SEED}:" in m for m in state["messages"])
        status, page = server.get(PROTOCOL_PAGE)
        assert status == 200 and CATCHING_UP not in page and page == before


def test_serve_reloads_the_open_page_with_the_page_made_first_then_the_published_one(
    workspace: Workspace, browser: Browser
) -> None:
    """In the browser: the open page of the saved seed reloads to the page made first,
    with the note as a status; other open pages gain the note without reloading; once
    the rebuild publishes, the note goes and the page reloads to the published one."""
    ws = with_records(workspace.copy_real())
    seed = ws.seeds / PROTOCOL_SEED
    original = seed.read_text(encoding="utf-8")
    line_end = original.index("\n", original.index(SENTENCE)) + 1
    with serving(ws) as server:
        page, search = browser.new_page(), browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"http://127.0.0.1:{server.port}/{PROTOCOL_PAGE}")
        search.goto(f"http://127.0.0.1:{server.port}/search/")
        search.evaluate("window.stillTheSamePage = true")
        idle(server)
        save(seed, f"{original[:line_end]}\n{ADDED}\n{original[line_end:]}".encode())
        with held(rebuild_after(server, set())):
            page.wait_for_function(
                "text => document.body.innerText.includes(text)", arg=ADDED, timeout=30_000
            )
            note = page.locator("#live-catching-up[role=status]")
            assert note.inner_text() == CATCHING_UP and note.is_visible()
            # set apart from the page (styled by the script: the page forbids inline styles)
            page.wait_for_function(
                "() => getComputedStyle(document.getElementById('live-catching-up'))"
                ".backgroundColor !== 'rgba(0, 0, 0, 0)'",
                timeout=10_000,
            )
            assert "quick=1" in page.locator("script[src^='/__live/']").get_attribute("src")
            search.locator("#live-catching-up[role=status]").wait_for(timeout=10_000)
            assert search.evaluate("window.stillTheSamePage") is True
        page.locator("#live-catching-up").wait_for(state="detached", timeout=90_000)
        page.wait_for_function(
            "() => !document.querySelector(\"script[src*='quick=']\")", timeout=30_000
        )
        assert ADDED in page.inner_text("main")
        search.locator("#live-catching-up").wait_for(state="detached", timeout=30_000)
        assert errors == []
        page.close()
        search.close()
