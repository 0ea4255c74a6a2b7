"""Search benchmark: index sizes, and for three first searches (one word, a phrase, a filter
with no words), each on a page of its own, the time to the first results and the bytes
loaded; then a next query, and words of 1,000 to 100,000 letters. Pagefind over loopback
HTTP and the offline index from files, on the real archive and on a generated one.
Measures only; asserts nothing.

    python bench/search_bench.py [--count 1000] [--json bench/results/search.json]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from string import ascii_lowercase
from urllib.parse import unquote

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "tests"))
sys.path.insert(0, str(PROJECT / "bench"))

from generate import generate  # noqa: E402
from playwright.sync_api import Page, sync_playwright  # noqa: E402

from browser import ARGS, CHROMIUM, serve, wait_for_answer, wait_for_filters  # noqa: E402

QUERIES = ("Sakharov", "embassy")  # the first search loads the index; the next reuses it
# each the first search of a page: (name, words, filter, what the status then says)
FIRST = (
    ("one word", "Sakharov", None, "“Sakharov”"),
    ("phrase", '"human rights"', None, "the phrase “human rights”"),
    ("filter only", "", ("mention", "sakharov"), "Andrei Sakharov"),  # "1 paragraph mentions"
)
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


def noting(page: Page) -> dict[str, int]:
    """The search files a page loads, with their sizes, as it loads them."""
    loaded: dict[str, int] = {}

    def note(response: object) -> None:
        resp = response  # playwright Response
        name = resp.url  # type: ignore[attr-defined]
        if "/pagefind/" in name or "/search/" in name:
            if name.startswith("file:"):
                local = Path(unquote(name.removeprefix("file://").split("?")[0]))
                loaded[name] = local.stat().st_size
            else:
                # a body that comes after the page is closed is none of the search's
                with contextlib.suppress(Exception):
                    loaded[name] = len(resp.body())  # type: ignore[attr-defined]

    page.on("response", note)
    return loaded


# A search asked in the page, timed there: from the asking (the form sent, or a filter
# chosen) to the first results shown, and to the start of the frame that paints them, in
# milliseconds.
TIMED = """async ([words, chosen, said]) => {
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const done = () => status.textContent.includes(said) && list.querySelector("li");
  const start = performance.now();
  const shown = new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (done()) { watch.disconnect(); resolve(performance.now()); }
    });
    const all = {childList: true, characterData: true, subtree: true};
    watch.observe(document.querySelector("main"), all);
  });
  if (chosen) {
    const select = document.getElementById("filter-" + chosen[0]);
    select.value = chosen[1];
    select.dispatchEvent(new Event("change", {bubbles: true}));
  } else {
    document.getElementById("search-q").value = words;
    document.getElementById("search-form").requestSubmit();
  }
  // never waits for ever: a page that does not answer in a minute is a failed measure
  const late = new Promise((_, reject) => {
    setTimeout(() => reject(new Error("no answer: " + said)), 60000);
  });
  const answered = await Promise.race([shown, late]);
  // the frame that paints them begins
  const painted = await new Promise((resolve) => requestAnimationFrame(resolve));
  return [answered - start, painted - start];
}"""


def first_search(
    page: Page, url: str, words: str, chosen: tuple[str, str] | None, said: str
) -> dict[str, float]:
    """One search on a page just opened (once its filters are read): the milliseconds to
    the first results shown (and painted), and the bytes and files the search loaded."""
    loaded = noting(page)
    page.goto(url)
    wait_for_filters(page)
    page.wait_for_timeout(200)  # the page's own first run over
    before = dict(loaded)
    answered, painted = page.evaluate(TIMED, [words, list(chosen) if chosen else None, said])
    new = {k: v for k, v in loaded.items() if k not in before}
    return {
        "ms": round(painted, 1),
        "answered_ms": round(answered, 1),
        "bytes": sum(new.values()),
        "files": len(new),
        "results": page.locator("#search-results li").count(),
    }


def measure(page: Page, url: str, site: Path) -> dict[str, object]:
    loaded = noting(page)
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
            measured = measure(page, url, site)
            page.close()
            for name, words, chosen, said in FIRST:
                context = browser.new_context()  # nothing kept from another search
                measured[name] = first_search(context.new_page(), url, words, chosen, said)
                context.close()
            row[mode] = measured
        browser.close()
    results[label] = row


def firsts(results: dict[str, dict[str, object]]) -> str:
    lines = [
        "| archive | docs | mode | "
        + " | ".join(f"{name}: ms, KB (files)" for name, *_ in FIRST)
        + " |",
        "|---|---|---|" + "---|" * len(FIRST),
    ]
    for label, row in results.items():
        for mode in ("pagefind", "offline"):
            m = row[mode]
            assert isinstance(m, dict)
            cells = [
                f"{m[name]['ms']}, {m[name]['bytes'] / 1e3:.0f} KB ({m[name]['files']})"
                for name, *_ in FIRST
            ]
            lines.append(f"| {label} | {row['documents']} | {mode} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


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
    print()
    print(firsts(results))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n")
    where = args.json.resolve()
    shown = where.relative_to(PROJECT) if where.is_relative_to(PROJECT) else where
    print(f"\nwritten to {shown}")


if __name__ == "__main__":
    main()
