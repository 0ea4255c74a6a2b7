"""`python build.py`: options, and expected errors turned into `path:line: message`, exit 1."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import ArchiveError
from .pipeline import Paths, build
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
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    paths = Paths(args.seeds, args.documents, args.out, args.templates, args.content)
    try:
        result = build(paths, SiteConfig(args.base_url), check=args.check, strict=args.strict)
    except ArchiveError as exc:
        for diagnostic in exc.diagnostics:
            print(diagnostic, file=sys.stderr)
        count = len(exc.diagnostics)
        print(
            f"build failed: {count} problem{'s' * (count != 1)}; nothing was written",
            file=sys.stderr,
        )
        return 1
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
