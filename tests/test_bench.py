"""A small run of the build benchmark (the real archive and two generated archives, of 2
and 4 documents), so that `make bench` keeps working. It measures; the test checks only
that it reports: the sizes need only be two generated ones, however small."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PROJECT


@pytest.mark.slow
def test_the_build_benchmark_reports_every_stage(tmp_path: Path) -> None:
    out = tmp_path / "build.json"
    run = subprocess.run(
        [sys.executable, str(PROJECT / "bench" / "build_bench.py"), "--sizes", "real,2,4",
         "--json", str(out)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    rows = [line for line in run.stdout.splitlines() if line.startswith("| ")]
    kinds = ("first", "cold", "unchanged", "warm")
    assert [r.split(" | ")[:3] for r in rows[1 : 1 + 3 * len(kinds)]] == [
        [f"| {size}", count, kind]
        for size, count in (("real", "3"), ("2", "2"), ("4", "4"))
        for kind in kinds
    ]
    results = json.loads(out.read_text())["results"]
    for size in ("real", "2", "4"):
        row = results[size]
        assert row["warm_equals_cold"] is True
        assert row["cache_bytes"] > 0
        for kind in kinds:
            assert set(row[kind]["stages"]) >= {"parse", "render", "search index", "zip"}
            assert row[kind]["wall_s"] > 0 and row[kind]["peak_mib"] > 0
        assert row["page_weight"]["total"] == sum(
            row["page_weight"][k] for k in ("html", "css", "js")
        )
    # the generated sizes' growth, per document, with the largest file published
    growth = run.stdout.split("growth of a cold build")[1].split("\n\n")[1].splitlines()
    assert [line.split(" | ")[0] for line in growth[2:]] == ["| 2", "| 4"]
    for line, size in zip(growth[2:], ("2", "4"), strict=True):
        largest = line.split(" | ")[-1]
        (name, size_bytes), *others = results[size]["largest_files"]
        assert largest == f"{name} {size_bytes / 1e6:.1f} MB |"
        assert all(size_bytes >= other for _, other in others)
    assert "growth 1,000 -> 10,000" not in run.stdout  # that note needs both sizes


def test_the_peers_get_every_word_of_the_same_texts(tmp_path: Path) -> None:
    sys.path.insert(0, str(PROJECT / "bench"))
    from peers import write_trees

    mkdocs, hugo = write_trees(PROJECT / "seeds", tmp_path)
    for seed in sorted((PROJECT / "seeds").glob("*.txt")):
        words = seed.read_text(encoding="utf-8").split()
        for page in (
            mkdocs / "docs" / f"{seed.stem}.md",
            hugo / "content" / "documents" / f"{seed.stem}.md",
        ):
            body = page.read_text(encoding="utf-8").split("\n\n", 1)[1]  # after the title
            assert body.replace("\\", "").split() == words, page
