"""Preview benchmark: in an archive already built (`build.py -q` in its folder), run the
preview (`build.py serve`), save one seed with a new paragraph, and time, from the save,
until a GET of that document's page returns the new words (the page made first), and
until the full rebuild has published (the page served without the note that the site is
catching up). Measures only; asserts nothing; the edit is left in the archive.

    python bench/generate.py /tmp/p10k --count 10000 && (cd /tmp/p10k && python build.py -q)
    python bench/preview_bench.py /tmp/p10k [--seed 00000.txt] [--port 8765] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
NOTE = "catching up with your last edit"


def get(port: int, path: str) -> str:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=30) as r:
            return str(r.read().decode())
    except urllib.error.HTTPError as e:
        return str(e.read().decode())
    except OSError:
        return ""


def state(port: int) -> dict[str, object]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/__live/events", timeout=30) as r:
        for raw in r:
            line = raw.decode().strip()
            if line.startswith("data: "):
                return dict(json.loads(line.removeprefix("data: ")))
    return {}


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def settled(pid: int, quiet: float = 3.0, most: float = 600.0) -> float:
    """Wait until the preview has been idle for `quiet` seconds (its first build done and
    the published archive read for the pages made first); the seconds waited."""
    start = time.monotonic()
    last, since = cpu_seconds(pid), time.monotonic()
    while time.monotonic() - start < most:
        time.sleep(0.25)
        now = cpu_seconds(pid)
        if now - last > 0.05:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            break
    return time.monotonic() - start


def as_published(page: str) -> str:
    """A served page without what the preview adds: its note and its reloading script."""
    note = page.find('<p id="live-catching-up"')
    if note >= 0:
        page = page[: note - 1] + page[page.index("</p>\n", note) + 5 :]
    script = page.rfind('<script src="/__live/live.js')
    return page[:script] + page[page.index("</script>\n", script) + 10 :]


def edited(text: str, words: str) -> str:
    """The seed with a new paragraph after its first sentence of eight words or more."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i > 3 and len(line.split()) >= 8 and line.rstrip().endswith("."):
            return "\n".join([*lines[: i + 1], "", words, *lines[i + 1 :]])
    raise SystemExit("no sentence to add a paragraph after")


def page_of(root: Path, seed: str) -> str:
    """The site path of the document made from this seed, from its record."""
    for record in sorted((root / "documents").glob("*.yaml")):
        with record.open(encoding="utf-8") as f:
            head = f.read(4000)
        if f"seed: {seed}\n" in head:
            return f"documents/{record.stem}/index.html"
    raise SystemExit(f"no record names seed {seed}")


def measure(root: Path, seed: str, port: int) -> dict[str, object]:
    page = page_of(root, seed)
    path = root / "seeds" / seed
    original = path.read_text(encoding="utf-8")
    server = subprocess.Popen(
        [sys.executable, str(PROJECT / "build.py"), "serve", "--port", str(port)],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []

    def read() -> None:
        assert server.stdout is not None
        for line in server.stdout:
            lines.append(line)

    threading.Thread(target=read, daemon=True).start()
    row: dict[str, object] = {"page": page}
    try:
        start = time.monotonic()
        while not any("serving http" in line for line in lines):
            if server.poll() is not None:
                raise SystemExit("".join(lines))
            time.sleep(0.1)
        row["first build"] = round(time.monotonic() - start, 2)
        row["ready"] = round(settled(server.pid), 2)
        words = f"A paragraph the preview benchmark added at {time.time_ns()}."
        beside = path.with_name(f".{seed}.saving")
        beside.write_text(edited(original, words), encoding="utf-8")
        saved = time.monotonic()
        os.replace(beside, path)  # saved as most editors do
        quick = published = None
        first = ""
        while published is None and time.monotonic() - saved < 900:
            body = get(port, page)
            now = time.monotonic() - saved
            if words in body and quick is None:
                quick, first = now, body
                row["made first"] = "quick=" in body
            if words in body and NOTE not in body and not state(port).get("pending"):
                published = now
                row["same as published"] = as_published(first) == as_published(body)
            time.sleep(0.02)
        row["save -> edited page"] = round(quick, 2) if quick is not None else None
        row["save -> published"] = round(published, 2) if published is not None else None
        status = Path(f"/proc/{server.pid}/status").read_text()
        peak = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
        row["preview peak memory (MB)"] = int(peak.split()[1]) // 1024
    finally:  # the edit is left in place: undoing it would withdraw a published anchor
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=600)
        except subprocess.TimeoutExpired:
            server.kill()
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help="an archive's folder, built once")
    parser.add_argument("--seed", default=None, help="the seed to edit (default: the first)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    seed = args.seed or min(p.name for p in (args.root / "seeds").glob("*.txt"))
    row = measure(args.root.resolve(), seed, args.port)
    print(json.dumps(row, indent=2))
    if args.json:
        args.json.write_text(json.dumps(row, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
