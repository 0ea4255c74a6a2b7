"""Search benchmark: index sizes, bytes a first search loads, and first and next query
latency, with Pagefind over loopback HTTP and with the offline index from files, on the
real archive and on a generated one. Measures only; asserts nothing.

    python bench/search_bench.py [--count 1000] [--json bench/results/search.json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from string import ascii_lowercase

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "tests"))
sys.path.insert(0, str(PROJECT / "bench"))

from generate import generate  # noqa: E402
from playwright.sync_api import Page, sync_playwright  # noqa: E402

from browser import ARGS, CHROMIUM, serve, wait_for_answer, wait_for_filters  # noqa: E402

QUERIES = ("Sakharov", "embassy")  # the first search loads the index; the next reuses it
LONG_WORDS = (1_000, 20_000, 100_000)  # letters of one word (the page searches the first 1,000)


def folder_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def build(root: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, str(PROJECT / "build.py"), "-q"], cwd=root, check=True)
    return time.perf_counter() - start


def search(page: Page, query: str) -> float:
    """Seconds from pressing Enter to the results being shown."""
    page.fill("#search-q", query)
    start = time.perf_counter()
    page.keyboard.press("Enter")
    wait_for_answer(page, query[:1000])
    return time.perf_counter() - start


def measure(page: Page, url: str, site: Path) -> dict[str, float]:
    loaded: dict[str, int] = {}

    def note(response: object) -> None:
        resp = response  # playwright Response
        name = resp.url  # type: ignore[attr-defined]
        if "/pagefind/" in name or "/search/" in name:
            if name.startswith("file:"):
                local = Path(name.removeprefix("file://").split("?")[0])
                loaded[name] = local.stat().st_size
            else:
                loaded[name] = len(resp.body())  # type: ignore[attr-defined]

    page.on("response", note)
    page.goto(url)
    wait_for_filters(page)
    before = dict(loaded)
    first = search(page, QUERIES[0])
    first_bytes = sum(v for k, v in loaded.items() if k not in before)
    following = search(page, QUERIES[1])
    long_word = {
        str(n): round(
            search(page, "".join(ascii_lowercase[i * 7 % 26] for i in range(n))) * 1000, 1
        )
        for n in LONG_WORDS
    }
    return {
        "first_ms": round(first * 1000, 1),
        "next_ms": round(following * 1000, 1),
        "long_word_ms": long_word,
        "first_search_bytes": first_bytes,
        "files_loaded": len(loaded),
    }


def run(label: str, root: Path, results: dict[str, object]) -> None:
    seconds = build(root)
    site = root / "site"
    pagefind = folder_size(site / "pagefind")
    offline = folder_size(site / "search" / "offline")
    row: dict[str, object] = {
        "build_s": round(seconds, 2),
        "documents": len(list((root / "seeds").glob("*.txt"))),
        "pagefind_bytes": pagefind[0],
        "pagefind_files": pagefind[1],
        "offline_bytes": offline[0],
        "offline_files": offline[1],
    }
    with sync_playwright() as p, serve(site) as base:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for mode, url in (
            ("pagefind", base + "search/index.html"),
            ("offline", (site / "search" / "index.html").as_uri()),
        ):
            page = browser.new_page()
            row[mode] = measure(page, url, site)
            page.close()
        browser.close()
    results[label] = row


def table(results: dict[str, dict[str, object]]) -> str:
    lines = [
        "| archive | docs | build s | Pagefind index | offline index | mode | first search "
        "loads | first query ms | next query ms | a word of 1,000 / 20,000 / 100,000 "
        "letters, ms |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for label, row in results.items():
        for mode in ("pagefind", "offline"):
            m = row[mode]
            assert isinstance(m, dict)
            lines.append(
                f"| {label} | {row['documents']} | {row['build_s']} | "
                f"{row['pagefind_bytes'] / 1e6:.2f} MB in {row['pagefind_files']} files | "
                f"{row['offline_bytes'] / 1e6:.2f} MB in {row['offline_files']} files | {mode} "
                f"| {m['first_search_bytes'] / 1e3:.0f} KB | {m['first_ms']} | {m['next_ms']} | "
                f"{' / '.join(str(v) for v in m['long_word_ms'].values())} |"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--json", type=Path, default=PROJECT / "bench" / "results" / "search.json")
    args = parser.parse_args()
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        real = Path(tmp) / "real"
        real.mkdir()
        for folder in ("seeds", "content"):
            subprocess.run(["cp", "-r", str(PROJECT / folder), str(real)], check=True)
        subprocess.run(["cp", "-r", str(PROJECT / "documents"), str(real)], check=True)
        run("real", real, results)  # type: ignore[arg-type]
        generated = Path(tmp) / "generated"
        generate(generated, args.count)
        run(f"generated-{args.count}", generated, results)  # type: ignore[arg-type]
    print(table(results))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwritten to {args.json.relative_to(PROJECT)}")


if __name__ == "__main__":
    main()
