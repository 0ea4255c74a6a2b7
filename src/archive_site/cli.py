"""`python build.py`: options, and expected errors turned into `path:line: message`, exit 1."""

from __future__ import annotations

import argparse
import gc
import json
import re
import sys
from pathlib import Path

from .clock import Clock
from .errors import ArchiveError
from .paths import Paths
from .pipeline import build
from .views import SiteConfig

PROJECT = Path(__file__).resolve().parents[2]


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="build.py",
        description="Parse the seeds into records in documents/ and build the static site. "
        "Nothing is written unless every input is valid; the old site stays until the new "
        "one is complete.",
    )
    p.add_argument(
        "--seeds", type=Path, default=Path("seeds"), help="folder of seed texts (default: seeds)"
    )
    p.add_argument(
        "--documents",
        type=Path,
        default=Path("documents"),
        help="folder of records, with editorial/ inside (default: documents)",
    )
    p.add_argument(
        "--out",
        type=Path,
        default=Path("site"),
        help="folder the site is published to (default: site)",
    )
    p.add_argument(
        "--templates",
        type=Path,
        default=PROJECT / "templates",
        help="Jinja templates and assets/ (default: the project's templates)",
    )
    p.add_argument(
        "--content",
        type=Path,
        default=Path("content"),
        help="home and About pages and the chronology (default: content)",
    )
    p.add_argument(
        "--base-url",
        default=None,
        help="the address the site is published at, for citations and printed links "
        "(default: none; the site then works from any folder)",
    )
    p.add_argument(
        "--check",
        action="store_true",
        help="write nothing; fail if the committed records differ from the seeds",
    )
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.add_argument(
        "--fresh",
        action="store_true",
        help="make everything afresh: use nothing the last build made, and keep no cache "
        "(by default the cache beside the site, .site.cache for site/, spares unchanged work)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    p.add_argument(
        "--timings",
        type=Path,
        default=None,
        metavar="FILE",
        help="write the seconds each stage took to FILE, as JSON (for benchmarks)",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    paths = Paths(args.seeds, args.documents, args.out, args.templates, args.content)
    problems = check_options(paths, args.base_url)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(
            f"build failed: {len(problems)} problem{'s' * (len(problems) != 1)}; "
            "nothing was written",
            file=sys.stderr,
        )
        return 1
    # A build holds millions of objects and makes millions more; collecting cycles after
    # every 700 new objects (the default) spent a fifth of a build walking them.
    gc.set_threshold(100_000, 50, 1000)
    clock = Clock(show=None if not args.quiet else False)
    try:
        config = SiteConfig(args.base_url)
        result = build(paths, config, args.check, args.strict, clock, args.fresh)
    except ArchiveError as exc:
        clock.done()
        for diagnostic in exc.diagnostics:
            print(diagnostic, file=sys.stderr)
        count = len(exc.diagnostics)
        print(
            f"build failed: {count} problem{'s' * (count != 1)}; nothing was written",
            file=sys.stderr,
        )
        return 1
    clock.done()
    if args.timings:
        timings = {
            "seconds": round(clock.total(), 4),
            "stages": clock.rounded(),
            "peak_mib": clock.peak_mib,
        }
        args.timings.write_text(json.dumps(timings, indent=2) + "\n", encoding="utf-8")
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    if not args.quiet:
        if args.check:
            print(f"records up to date: {result.documents} documents")
        else:
            changed = ", ".join(result.records_written) or "none changed"
            print(
                f"built {result.pages} pages from {result.documents} documents into "
                f"{args.out}; records: {changed}"
            )
    return 0


def check_options(paths: Paths, base_url: str | None) -> list[str]:
    """Options that would do harm or cannot work, as `option: message` lines."""
    problems = []
    out = paths.site.resolve()
    for name, folder in (
        ("--seeds", paths.seeds),
        ("--documents", paths.documents),
        ("--templates", paths.templates),
        ("--content", paths.content),
    ):
        inside = folder.resolve()
        if out == inside or out in inside.parents or inside in out.parents:
            problems.append(
                f"--out: {str(paths.site)!r} overlaps the {name} folder "
                f"{str(folder)!r}; expected a folder of its own, since the build "
                "replaces it whole"
            )
    for name, folder, what in (
        ("--seeds", paths.seeds, "the folder of seed texts"),
        ("--content", paths.content, "the folder of home.md and about.md"),
    ):
        if not folder.is_dir():
            problems.append(f"{name}: {str(folder)!r} is not a folder; expected {what}")
    if not paths.templates.is_dir():
        problems.append(
            f"--templates: {str(paths.templates)!r} is not a folder; expected the "
            "folder of Jinja templates"
        )
    if base_url is not None and not re.fullmatch(r"https?://[^\s\"'<>]+", base_url):
        problems.append(
            f"--base-url: {base_url!r} is not a web address; expected one such "
            "as https://example.org/archive/"
        )
    return problems
