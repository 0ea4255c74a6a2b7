"""Revision benchmark: a document of 2,000 and of 4,000 paragraphs is published, then
built again with every paragraph revised (the build stops, naming each revised anchor
and the line that records its revision), and with as many paragraphs inserted (each gets
a new id). Prints the seconds of each such build, and of settling the ids alone.
Measures only; asserts nothing.

    python bench/revision_bench.py [--sizes 2000,4000] [--json bench/results/revision.json]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "bench"))

from generate import TRANSLATION, generate, paragraph  # noqa: E402

from archive_site.archive.anchors import settled_ids  # noqa: E402
from archive_site.load.register import fingerprint  # noqa: E402

BUILD = [sys.executable, str(PROJECT / "build.py"), "-q"]


def seed(paragraphs: list[str]) -> str:
    """An archive translation (the real one's heading) with these paragraphs."""
    head = TRANSLATION.read_text(encoding="utf-8").split("[page two]")[0]
    return head + "\n\n".join(paragraphs) + "\n\nTranslation, John Crowfoot\n"


def build(root: Path) -> tuple[float, int, str]:
    """Seconds, exit code and standard error of one build."""
    start = time.perf_counter()
    run = subprocess.run(BUILD, cwd=root, capture_output=True, text=True)
    return time.perf_counter() - start, run.returncode, run.stderr


def measure(size: int, tmp: Path) -> dict[str, object]:
    rng = random.Random(size)
    paragraphs = [paragraph(rng) for _ in range(size)]
    row: dict[str, object] = {}
    for change in ("revised", "inserted"):
        root = tmp / f"{change}-{size}"
        generate(root, 0)  # the content and curated data, no seed
        path = root / "seeds" / "long.txt"
        path.write_text(seed(paragraphs), encoding="utf-8")
        first, code, err = build(root)
        assert code == 0, err
        if change == "revised":  # each paragraph gains a sentence
            now = [f"{p} The benchmark revised this." for p in paragraphs]
        else:  # a new paragraph after each
            now = [q for p in paragraphs for q in (p, paragraph(rng))]
        path.write_text(seed(now), encoding="utf-8")
        again, code, err = build(root)
        anchors = err.count("would land on changed text")
        row[change] = {"publish_s": round(first, 2), "build_s": round(again, 2), "exit": code}
        if change == "revised":
            row[change]["anchors_reported"] = anchors  # type: ignore[index]
    ids = [f"p{i + 1}" for i in range(size)]
    known = [(anchor, fingerprint(text)) for anchor, text in zip(ids, paragraphs, strict=True)]
    texts = dict(zip(ids, paragraphs, strict=True))
    blocks = [(anchor, f"{text} The benchmark revised this.") for anchor, text in texts.items()]
    start = time.perf_counter()
    settled = settled_ids(blocks, known, lambda: texts)
    row["settle_s"] = round(time.perf_counter() - start, 3)
    row["settled_to_own_id"] = sum(1 for block, anchor in settled.items() if block == anchor)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="2000,4000")
    parser.add_argument(
        "--json", type=Path, default=PROJECT / "bench" / "results" / "revision.json"
    )
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes.split(","):
            results[size] = measure(int(size), Path(tmp))
            print(f"{size} paragraphs: {json.dumps(results[size])}", flush=True)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n")
    print(f"written to {args.json}")


if __name__ == "__main__":
    main()
