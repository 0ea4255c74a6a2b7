"""`python build.py`: options, and expected errors turned into `path:line: message`, exit 1."""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import sys
from collections.abc import Mapping
from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NoReturn

from .errors import ArchiveError, display, quoted, relative, shown
from .load import inputs
from .load.settings import base_url_problems
from .pickling import pickled_by_fields
from .runtime import interrupt, outdir, outfile, pool, private, streams, unchanged
from .runtime.clock import Clock
from .runtime.paths import Paths
from .runtime.publish import PartlyWritten, checkpoint, clear_leftovers, write_atomic
from .runtime.store import code_version

PROJECT = Path(__file__).resolve().parents[2]


COMMANDS = """commands:
  build.py [options]             build the site (the default)
  build.py serve [options]       build, serve on http://127.0.0.1:8000/, rebuild on every
                                 save and reload the open pages (--port to choose)
  build.py new PATH [options]    copy a text into the seeds folder and build, printing the
                                 id it got and where its editorial file goes
  build.py explain SEED          print the seed line by line with what each line became
  build.py names                 list the capitalised names no entity covers, most frequent
                                 first, as entries to paste into documents/entities/
  build.py revise                record each revised published paragraph in
                                 documents/anchors/aliases.yaml"""


class Parser(argparse.ArgumentParser):
    """argparse, but a wrong option is bad input like any other: its message, then exit 1
    (argparse's own convention is 2)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(failed([f"{self.prog}: {message}"]))


def inputs_options(p: argparse.ArgumentParser) -> None:
    """The options every command takes: where the inputs are, where the site goes."""
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
        help="home and About pages, the chronology and the settings, site.yaml (default: content)",
    )
    p.add_argument(
        "--base-url",
        default=None,
        help="the address the site is published at, for citations and printed links "
        "(default: the settings' base_url; without one the site works from any folder)",
    )
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")


def parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="build.py",
        description="Parse the seeds into records in documents/ and build the static site. "
        "Nothing is written unless every input is valid; the old site stays until the new "
        "one is complete.",
        epilog=COMMANDS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    inputs_options(p)
    p.add_argument(
        "--check",
        action="store_true",
        help="write nothing; fail if the committed records differ from the seeds",
    )
    p.add_argument(
        "--fresh",
        action="store_true",
        help="make everything afresh: use nothing the last build made, and keep no cache "
        "(by default the cache beside the site, .site.cache for site/, spares unchanged work)",
    )
    p.add_argument(
        "--timings",
        type=Path,
        default=None,
        metavar="FILE",
        help="write the seconds each stage took to FILE, as JSON (for benchmarks): a new "
        "file outside the inputs and the site, or one an earlier build wrote",
    )
    p.add_argument(
        "--preview",
        action="store_true",
        help="a preview (as `serve` builds): a revised published paragraph whose revision "
        "is not yet recorded is shown, with a warning, instead of failing the build; "
        "records and register are then left as they are",
    )
    return p


def serve_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="build.py serve",
        description="Build, serve the site on this machine over HTTP, rebuild whenever a "
        "file in the seeds, documents, content or templates folder changes, and reload the "
        "pages open in a browser. A failed rebuild shows its messages in the terminal and "
        "in the page, and the last good site stays served.",
    )
    inputs_options(p)
    p.add_argument(
        "--port",
        type=port_number,
        default=8000,
        help="the port on 127.0.0.1 to serve on (default: 8000)",
    )
    return p


def new_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="build.py new",
        description="Copy a text into the seeds folder (keeping its name) and build; print "
        "the id the document got and where to write its title and summary. If the build "
        "fails, the copy is taken out again.",
    )
    p.add_argument("path", type=Path, metavar="PATH", help="the text to add, a .txt file")
    inputs_options(p)
    return p


def port_number(value: str) -> int:
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= 65535:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a port; expected a whole number from 1 to 65535, such as 8000"
        )
    return int(value)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    with streams.guarded() as guards:
        try:
            code = command(argv)
        except SystemExit as exit:  # argparse, after --help or a wrong option
            code = exit.code if isinstance(exit.code, int) else int(exit.code is not None)
        for guard in guards:
            guard.flush()
        return streams.unwritten(guards, code, what_is_done(argv))


def what_is_done(argv: list[str]) -> str:
    """What a command that succeeded has done, for when its output could not be written."""
    if {"-h", "--help"} & set(argv):
        return "nothing else was asked"
    if argv[:1] in (["explain"], ["names"], ["revise"]):
        return f"`{argv[0]}` ran to its end"
    if "--check" in argv:
        return "the check ran to its end"
    return "the build is done and its site and records are in place"


def command(argv: list[str]) -> int:
    if argv[:1] == ["serve"]:
        return serve_command(serve_parser().parse_args(argv[1:]))
    with interrupt.caught():
        try:
            if argv[:1] == ["new"]:
                return new_command(new_parser().parse_args(argv[1:]))
            if argv[:1] in (["explain"], ["names"], ["revise"]):
                try:
                    from .editor import commands
                except ArchiveError as exc:  # the program's own tables disagree
                    return failed([str(d) for d in exc.diagnostics], verb=argv[0])
                return commands.main(argv[0], argv[1:], Parser, inputs_options)
            args = parser().parse_args(argv)
            code, _ = run(args)
            return code
        except interrupt.Interrupted as stop:
            return interrupt.said(stop)


def paths_of(args: argparse.Namespace) -> Paths:
    return Paths(args.seeds, args.documents, args.out, args.templates, args.content)


def run(args: argparse.Namespace) -> tuple[int, Outcome | None]:
    """One build with these options, its outcome printed: (exit code, outcome)."""
    paths = paths_of(args)
    problems = check_options(paths, args.base_url, args.timings, args.check)
    if problems:
        return failed(problems), None
    if os.path.islink(paths.site):  # published through the link, beside what it names
        paths = replace(paths, site=paths.site.resolve())
    # A build holds millions of objects and makes millions more; collecting cycles after
    # every 700 new objects (the default) spent a fifth of a build walking them.
    gc.set_threshold(100_000, 50, 1000)
    clock = Clock(show=None if not args.quiet else False)
    unwritten: str | None = None  # why the timings, asked for, could not be written
    try:
        with nullcontext() if args.check else outdir.locked(paths.site):
            result = build_site(paths, args, clock)
            if args.timings:
                unwritten = write_timings(args.timings, clock)
    except interrupt.Interrupted:
        clock.done()
        raise
    except ArchiveError as exc:
        clock.done()
        return failed([str(d) for d in exc.diagnostics]), None
    except outdir.Busy as exc:
        clock.done()
        return failed(
            [
                f"--out: {quoted(args.out)} is being built by another build (process "
                f"{exc.args[0]}); expected one build at a time: wait for it to finish, then "
                "build again"
            ]
        ), None
    except outdir.Refused as exc:
        clock.done()
        return failed(
            [
                f"--out: the lock beside it, {quoted(relative(exc.path))}, {exc.why}; expected a "
                "file of this user's that a build made, or none (a build never writes "
                "through a link, nor over anything else): remove it"
            ]
        ), None
    except OSError as exc:  # a full disk, a folder that cannot be written
        clock.done()
        where = display(exc.filename) if exc.filename else shown(args.out)
        problem = (
            f"{where}:1: could not be written ({inputs.reason(exc)}); expected room and "
            "permission to write the site and the records"
        )
        if isinstance(exc, PartlyWritten):  # records put in place before one failed
            names = ", ".join(display(path) for path in exc.written)
            return failed([problem], f"{names} written, the rest and the site not"), None
        return failed([problem]), None
    clock.done()
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    if not args.quiet:
        if args.check:
            print(f"records up to date: {result.documents} documents")
        elif result.unchanged:
            print(
                f"nothing changed: {result.pages} pages from {result.documents} documents "
                f"in {shown(args.out)}"
            )
        else:
            changed = ", ".join(result.records) or "none changed"
            print(
                f"built {result.pages} pages from {result.documents} documents into "
                f"{shown(args.out)}; records: {changed}"
            )
    if unwritten:  # after the site: what was written is said first, then what was not
        print(unwritten, file=sys.stderr)
        done = "the records were checked" if args.check else "the site was published"
        print(f"{done}; the timings could not be written: 1 problem", file=sys.stderr)
        return TIMINGS_UNWRITTEN, result
    return 0, result


#: the exit code of a build that did all but write the timings asked for
TIMINGS_UNWRITTEN = 3


def write_timings(path: Path, clock: Clock) -> str | None:
    """Write the timings (the site is published by then); why they could not be, if so."""
    checkpoint("timings")
    try:
        write_atomic(path, json.dumps(clock.report(), indent=2) + "\n")
    except OSError as exc:
        return (
            f"--timings: {str(path)!r} could not be written ({inputs.reason(exc)}); "
            "expected room and permission to write the timings"
        )
    return None


def forwarded(args: argparse.Namespace) -> list[str]:
    """The options of a build with the same inputs, output and settings."""
    out = [
        *("--seeds", str(args.seeds), "--documents", str(args.documents)),
        *("--out", str(args.out), "--templates", str(args.templates)),
        *("--content", str(args.content)),
    ]
    if args.base_url is not None:
        out += ["--base-url", args.base_url]
    return out + ["--strict"] * args.strict + ["-q"] * args.quiet


def serve_command(args: argparse.Namespace) -> int:
    """The preview: each rebuild is a build with these options, in a process of its own."""
    problems = check_options(paths_of(args), args.base_url)
    if problems:
        return failed(problems)
    from .editor import serve

    command = [sys.executable, "-m", "archive_site", *forwarded(args), "--preview"]
    watched = [args.seeds, args.documents, args.content, args.templates]
    args.documents.mkdir(parents=True, exist_ok=True)  # watched before a first record
    first = serve.Quick(paths_of(args), args.base_url)  # a saved seed's page, made first
    return serve.serve(command, args.out, watched, args.port, first)


def new_command(args: argparse.Namespace) -> int:
    """Add a text to the seeds, build, and say what became of it."""
    from .editor import new

    problems = check_options(paths_of(args), args.base_url)  # before a seed is copied in
    if problems:
        return failed(problems)
    copy: Path | None = None
    try:
        with interrupt.held():  # a copy made is known to be made
            copy, problems = new.add(args.path, args.seeds)
        if copy is None:
            return failed(problems)
        build_args = parser().parse_args(forwarded(args))
        code, result = run(build_args)
    except interrupt.Interrupted as stop:
        if copy is not None and not stop.published:
            new.take_out(copy)
        return interrupt.said(stop, new.seed_name(copy) if copy else None)
    seed = new.seed_name(copy)
    if code or result is None:
        new.take_out(copy)
        print(f"{shown(seed)} was not added: the seeds are as they were", file=sys.stderr)
        return code or 1
    doc_id = new.record_of(args.documents, result.records, seed)
    if doc_id is None:  # the build took it in, yet wrote no record for it
        new.take_out(copy)
        return failed(
            [
                f"{display(copy)}:1: the build made no document of this text; expected a "
                "text in one of the seed shapes the README describes"
            ]
        )
    for line in new.added(doc_id, seed, args.documents, args.out):
        print(line)
    return 0


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Outcome:
    documents: int
    pages: int
    records: tuple[str, ...]  # the records written
    warnings: tuple[str, ...]
    unchanged: bool = False


def options(args: argparse.Namespace) -> tuple[object, ...]:
    """What besides the files decides the site: the options and the zip's date."""
    where = (args.seeds, args.documents, args.out, args.templates, args.content)
    given = (args.base_url, args.strict, args.preview, os.environ.get("SOURCE_DATE_EPOCH"))
    return (*(str(p.resolve()) for p in where), *given)


def build_site(paths: Paths, args: argparse.Namespace, clock: Clock) -> Outcome:
    """The last build's outcome again if nothing it was made from or made has changed
    (checked before the stages are even imported: the build after no edit); else the
    build, which then leaves its own snapshot. --check and --fresh keep none; nor does a
    build whose store someone else may have written: it reads none of it, and says so."""
    untrusted = None if args.fresh else private.problem(paths.cache)
    warned = (store_warning(*untrusted),) if untrusted else ()
    keeps = not (args.check or args.fresh or untrusted)
    if keeps:
        clear_leftovers(paths.site)  # what a killed build left, whatever this one finds
        with clock.stage("unchanged"):
            code = code_version(paths.templates)
            before = unchanged.inputs(paths, code, options(args))
            found = unchanged.same(paths.cache, paths.site, before)
        if found is not None:
            return Outcome(found.documents, found.pages, (), found.warnings, unchanged=True)
    from .pipeline import build, unsaved  # the stages: only when there is something to build

    result = build(
        paths,
        args.base_url,
        args.check,
        args.strict,
        clock,
        args.fresh,
        args.preview,
        stored=untrusted is None,
    )
    warnings = warned + tuple(str(w) for w in result.warnings)
    if keeps and result.stored:
        after = unchanged.inputs(paths, code, options(args))
        summary = unchanged.Summary(result.documents, result.pages, warnings)
        try:
            unchanged.leave(paths.cache, paths.site, before, after, summary)
        except OSError as exc:  # the site is published: the snapshot only spares a build
            unchanged.forget(paths.cache)
            warnings += (f"{display(paths.cache)}:1: warning: {unsaved(exc)}",)
    return Outcome(result.documents, result.pages, result.records_written, warnings)


def store_warning(path: Path, why: str) -> str:
    return (
        f"{display(path)}: warning: {why}; expected the build store to be this user's "
        "alone (a folder of mode 0700, no file in it writable by others, no links): it "
        "was not read, and this build started afresh and kept none; remove it to have a "
        "new one made"
    )


def failed(problems: list[str], written: str = "nothing was written", verb: str = "build") -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    count = len(problems)
    print(f"{verb} failed: {count} problem{'s' * (count != 1)}; {written}", file=sys.stderr)
    return 1


def check_options(
    paths: Paths, base_url: str | None, timings: Path | None = None, check: bool = False
) -> list[str]:
    """Options and settings that would do harm or cannot work, as `option: message` lines."""
    folders = {
        "--seeds": paths.seeds,
        "--documents": paths.documents,
        "--templates": paths.templates,
        "--content": paths.content,
    }
    problems = [] if check else outdir.problems(paths.site, folders)
    for name, folder, what in (
        ("--seeds", paths.seeds, "the folder of seed texts"),
        ("--content", paths.content, "the folder of home.md and about.md"),
    ):
        if not folder.is_dir():
            problems.append(f"{name}: {quoted(folder)} is not a folder; expected {what}")
    if not paths.templates.is_dir():
        problems.append(
            f"--templates: {quoted(paths.templates)} is not a folder; expected the "
            "folder of Jinja templates"
        )
    if base_url is not None:
        problems += [f"--base-url: {problem}" for problem in base_url_problems(base_url)]
    if timings is not None:  # written by --check too
        problems += outfile.problems("--timings", timings, folders, paths.site, outfile.timings)
    problems += epoch_problems(os.environ)
    workers = pool.workers_problem(os.environ.get(pool.VARIABLE))
    return problems + ([workers] if workers else [])


#: the last second a zip can date a file (31 December 2107, 23:59:58)
LAST_ZIP_SECOND = 4354819198


def epoch_problems(environ: Mapping[str, str]) -> list[str]:
    """SOURCE_DATE_EPOCH, which dates the zips' entries, where it is set."""
    value = environ.get("SOURCE_DATE_EPOCH")
    if value is None:
        return []
    if not re.fullmatch(r"[0-9]{1,12}", value):
        return [
            f"SOURCE_DATE_EPOCH: {value!r} is not a number of seconds; expected a whole "
            "number such as 315532800 (or the variable unset)"
        ]
    if int(value) > LAST_ZIP_SECOND:
        return [
            f"SOURCE_DATE_EPOCH: {value} is after 2107, the last year a zip can record; "
            f"expected at most {LAST_ZIP_SECOND}"
        ]
    return []
