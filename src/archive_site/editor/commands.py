"""The editor's commands beside the build: `explain SEED`, `names` and `revise`. Each
reads the archive as a build's checks do (editor/archive.py) and writes nothing but,
for `revise`, the aliases file."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from .. import pipeline
from ..archive.anchors import differing
from ..archive.catalog import surveyed
from ..archive.mentions import Matcher
from ..errors import Reporter, display, quoted
from ..load.inputs import read_text
from ..load.register import ALIASES
from ..runtime import pool
from ..runtime.paths import Paths
from . import explain, names, revise
from .archive import load, only

DESCRIPTIONS = {
    "explain": "Print a seed line by line with what each line became: a metadata field and "
    "its value, a block (its type and id), the kind of each bracket, or a line not shown and "
    "why; then the names in it that match no entity. Nothing is written.",
    "names": "List the capitalised names in the seeds that match no entity, the most "
    "frequent first, with where each stands, as entries ready to paste into "
    "documents/entities/ (or words for documents/entities/ignore.yaml). Nothing is written.",
    "revise": "Record each revised published paragraph in documents/anchors/aliases.yaml "
    "(`p12: revised <fingerprint>`), as the build's message names it, so that its anchor "
    "lands on the new text. A withdrawn or split paragraph still needs your decision: "
    "those are listed, with what to write.",
}


def main(
    name: str,
    argv: list[str],
    make_parser: Callable[..., argparse.ArgumentParser],
    add_inputs: Callable[[argparse.ArgumentParser], None],
) -> int:
    p = make_parser(prog=f"build.py {name}", description=DESCRIPTIONS[name])
    if name == "explain":
        p.add_argument("seed", type=Path, metavar="SEED", help="the seed to explain, a .txt file")
    add_inputs(p)
    args = p.parse_args(argv)
    paths = Paths(args.seeds, args.documents, args.out, args.templates, args.content)
    if not paths.seeds.is_dir():
        return failed(
            name,
            [f"--seeds: {quoted(paths.seeds)} is not a folder; expected the folder of seed texts"],
        )
    workers = pool.workers_problem(os.environ.get(pool.VARIABLE))
    if workers:
        return failed(name, [workers])
    report = Reporter()  # a reader who stops reading (`| head`): see build/streams.py
    if name == "explain":
        return explain_seed(args.seed, paths, report)
    if name == "names":
        return list_names(paths, report)
    return record_revisions(paths, report)


def failed(name: str, problems: list[str]) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    count = len(problems)
    print(
        f"{name} failed: {count} problem{'s' * (count != 1)}; nothing was written", file=sys.stderr
    )
    return 1


def explain_seed(seed: Path, paths: Paths, report: Reporter) -> int:
    loaded = load(paths, report, seed)
    doc = only(loaded)
    if doc is None or report.errors:
        return failed("explain", [str(d) for d in report.errors])
    text = read_text(seed, "seed", report)
    assert text is not None  # read once already, as bytes
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    for line in explain.explain(doc, text, display(seed), Matcher(loaded.catalog.curated)):
        print(line)
    if report.warnings:
        print("\nWarnings, as a build gives them:")
        for warning in report.warnings:
            print(f"  {warning}")
    return 0


def list_names(paths: Paths, report: Reporter) -> int:
    loaded = load(paths, report)
    if report.errors:
        return failed("names", [str(d) for d in report.errors])
    curated = loaded.catalog.curated
    _, unnamed = surveyed(curated, loaded.catalog.documents, paths.seeds)
    for line in names.entries(unnamed, {e.id for e in curated.entities}):
        print(line)
    return 0


def record_revisions(paths: Paths, report: Reporter) -> int:
    loaded = load(paths, report)
    if report.errors:
        return failed("revise", [str(d) for d in report.errors])
    _, _, pending = pipeline.keep_anchors(
        loaded.catalog,
        loaded.register,
        loaded.aliases,
        report,
        pipeline.committed_texts(loaded.committed),
        pending_ok=True,
    )
    aliases = paths.anchors / ALIASES
    if pending:
        problems = revise.record(aliases, pending)
        if problems:
            return failed("revise", problems)
        print(f"recorded in {display(aliases)}:")
        for r in pending:
            print(f"  {r.document}: {r.record}")
            print(f"    {differing(r.old, r.new)}")
    decisions = [str(d) for d in report.errors]
    if decisions:
        many = len(decisions) != 1
        print(
            f"{len(decisions)} problem{'s' * many} left for you to decide (a build fails "
            "until then):",
            file=sys.stderr,
        )
        for line in decisions:
            print(line, file=sys.stderr)
        return 1
    if not pending:
        print("no revised paragraph to record: every published anchor holds its text")
    else:
        print("build again to publish them (`make site`)")
    return 0
