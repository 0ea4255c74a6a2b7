"""Names and text that once crashed the build or reached its output unchecked: ids made
from metadata, Unicode forms, bidirectional and C1 controls, file names shown in messages,
the environment a build runs in, the anchor register and a disk that fills while records
are written. Real builds of the real build.py; the catalogue in bad_inputs/ holds the
cases that end in one exact report."""

from __future__ import annotations

import os
import re
import resource
import select
import shutil
import signal
import subprocess
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from archive_site import ids
from archive_site.errors import Reporter
from archive_site.load.parse import parse_seed
from archive_site.load.record_files import Unheld, record_text
from archive_site.model import Printed, Source, Text, Title
from archive_site.runtime.publish import PAUSE_VARIABLE
from conftest import NO_ADDRESS, PROJECT, Workspace, dataset_file, snapshot

SCHEMAS = PROJECT / "src" / "archive_site" / "schemas"


def capture(date: str, title: str, kind: str, body: str = "", record: str = "120001") -> str:
    """A web capture of the digital archive's shape, with a "Type" of our choosing."""
    text = body or f"The ambassador reported on the {kind} of {date}."
    return (
        f"Skip to content\n\n{date}\n\n{title}\n\n{text}\n\nA summary of the {date} text.\n\n\n"
        "Document Information\n\nSource\n\nArchive of Foreign Policy; translation by "
        f"Mark H. Doctoroff.\n\nType\n\n{kind}\n\nLanguage\n\nRussian\n\nRecord ID\n\n{record}\n"
    )


# -- 1. ids from one checked function --------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "made"),
    [
        (("Memorandum of Conversation",), "memorandum-of-conversation"),
        (("1977-03-03", "Меморандум беседы"), "1977-03-03-memorandum-besedy"),
        (("Mémorandum",), "memorandum"),
        (("Memo/Note",), "memo-note"),
        (("../../Note",), "note"),
        (("Norwegian Writers’ Union",), "norwegian-writers-union"),
        (("Łódź Straße",), "lodz-strasse"),
        (("Объявление Щёлково",), "obyavlenie-shchelkovo"),
        ((" ".join(["Conversation"] * 12),), "-".join(["conversation"] * 4)),
        (("..",), None),
        (("備忘錄",), None),
        (("",), None),
    ],
)
def test_ids_are_made_by_one_function_to_one_pattern(
    texts: tuple[str, ...], made: str | None
) -> None:
    assert ids.make_id(*texts) == made
    if made is not None:
        assert ids.is_id(made) and len(made) <= ids.MADE


def test_every_id_a_schema_checks_is_held_to_the_same_pattern_and_length() -> None:
    found = 0
    for path in SCHEMAS.glob("*.json"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r'"pattern": "\^\[a-z0-9\]\+\(\?:-\[a-z0-9\]\+\)\*\$"', text):
            found += 1
            after = text[match.end() : match.end() + 40]
            assert f'"maxLength": {ids.LONGEST}' in after, (path.name, after)
    assert found >= 10
    assert ids.PATTERN.pattern == "[a-z0-9]+(?:-[a-z0-9]+)*"
    assert not ids.is_id("a" * (ids.LONGEST + 1)) and ids.is_id("a" * ids.LONGEST)
    for bad in ("memorandum of conversation", "a/b", "..", "a.b", "A", "a--b", "-a", "a\n"):
        assert not ids.is_id(bad), bad


def test_captures_of_any_type_build_with_no_code_change(workspace: Workspace) -> None:
    """Types of several words, in Cyrillic, with accents, slashes and dots: each document
    gets an id of the one pattern, its type as words, and builds; --check then holds."""
    workspace.copy_real()
    kinds = {
        "010_memcon.txt": ("March 3, 1977", "Memorandum of Conversation"),
        "011_cyrillic.txt": ("March 4, 1977", "Меморандум беседы"),
        "012_accents.txt": ("March 5, 1977", "Mémorandum"),
        "013_slashes.txt": ("March 6, 1977", "Note/Report ../.."),
        "014_long.txt": ("March 7, 1977", " ".join(["Conversation"] * 12)),
    }
    for i, (name, (date, kind)) in enumerate(kinds.items()):
        title = f"A conversation in Moscow, number {i}"
        (workspace.seeds / name).write_text(capture(date, title, kind, record=f"1200{i}"))
    run = workspace.build()
    assert run.code == 0, run.err
    assert "Traceback" not in run.err
    made = {
        "1977-03-03-memorandum-of-conversation": "memorandum of conversation",
        "1977-03-04-memorandum-besedy": "меморандум беседы",
        "1977-03-05-memorandum": "mémorandum",
        "1977-03-06-note-report": "note report",
        "1977-03-07-" + "-".join(["conversation"] * 3): " ".join(["conversation"] * 12),
    }
    for doc_id, value in made.items():
        assert ids.is_id(doc_id)
        record = yaml.safe_load((workspace.documents / f"{doc_id}.yaml").read_text())
        assert record["id"] == doc_id
        assert record["type"]["value"] == value
        assert (workspace.site / "documents" / doc_id / "index.html").is_file()
    assert workspace.build("--check").code == 0


def test_a_type_that_gives_no_id_is_named_by_the_editors_file(workspace: Workspace) -> None:
    """The error says what to write; written, the document builds under that id."""
    workspace.copy_real()
    (workspace.seeds / "#010.txt").write_text(capture("March 3, 1977", "A memo", "備忘錄"))
    run = workspace.build()
    assert run.code == 1
    assert run.err.splitlines() == [
        "seeds/#010.txt:20: the document's id is made from its date and type, and its type "
        "'備忘錄' gives none (an id is written with a-z, 0-9 and hyphens, and the type has "
        "no letter or digit that can be written so); expected an editorial file naming the "
        "document, such as documents/editorial/1977-03-03-document.yaml holding "
        "`seed: '#010.txt'` (its name is the id)",
        "build failed: 1 problem; nothing was written",
    ]
    (workspace.editorial / "1977-03-03-document.yaml").write_text("seed: '#010.txt'\n")
    run = workspace.build()
    assert run.code == 0, run.err
    record = yaml.safe_load((workspace.documents / "1977-03-03-document.yaml").read_text())
    assert record["seed"] == "#010.txt"
    assert record["type"] == {"printed": "備忘錄", "value": "備忘錄", "line": 20}


def real_document() -> object:
    seed = PROJECT / "seeds" / "000_6ce6988af797deb6.txt"
    doc = parse_seed(Path(seed.name), seed.read_bytes(), Reporter())
    assert doc is not None
    return doc


def test_a_record_that_cannot_hold_its_document_names_the_field() -> None:
    """The round-trip check is a located message naming the field, never an assertion."""
    doc = real_document()
    assert isinstance(record_text(doc), str)  # type: ignore[arg-type]
    untitled = replace(doc, meta=replace(doc.meta, title=Title("", False)))  # type: ignore
    problem = record_text(untitled)
    assert isinstance(problem, Unheld)
    assert (problem.field, problem.line) == ("title.text", 1)
    assert problem.message() == (
        "the record cannot hold what was read from the seed: title.text is '', not "
        "non-empty text; expected every value to be written and read back as it is (this "
        "is a fault of the build: report it with this seed)"
    )
    typed = replace(doc.meta, type=Printed("Memo", "memo", Source(line=7)))  # type: ignore
    spaced = replace(doc, id="1977 02 18", meta=typed)  # type: ignore
    problem = record_text(spaced)
    assert isinstance(problem, Unheld)
    assert (problem.field, problem.line, problem.why) == (
        "id",
        1,
        "is '1977 02 18', not an id of at most 80 lower-case letters, digits and single "
        "hyphens, e.g. 1977-02-18-protocol",
    )
    part = doc.parts[0]  # type: ignore[attr-defined]
    heading = part.blocks[5]
    two_lines = replace(heading, lines=(*heading.lines, (Text("a second line"),)))
    blocks = (*part.blocks[:5], two_lines, *part.blocks[6:])
    problem = record_text(replace(doc, parts=(replace(part, blocks=blocks),)))  # type: ignore
    assert isinstance(problem, Unheld)
    assert (problem.field, problem.line) == ("parts[0].blocks[5].lines", heading.line)
    assert problem.why.endswith("(tuple)") and " but reads back as " in problem.why


# -- 2. text in one Unicode form ---------------------------------------------------------------

NFC_NAME = "Corvalán"  # "á" one character
NFD_NAME = unicodedata.normalize("NFD", NFC_NAME)  # "a" and a combining accent


def test_a_name_matches_its_alias_in_either_unicode_form(workspace: Workspace) -> None:
    """Seeds and curated data are read in NFC: a seed typed with combining accents
    matches an alias typed without, and the other way round, and its record holds every
    word, composed."""
    workspace.copy_real()
    assert NFC_NAME != NFD_NAME and len(NFD_NAME) == len(NFC_NAME) + 1
    people = workspace.documents / "entities" / "people.yaml"
    entry = (
        f"- id: luis-corvalan\n  name: Luis {NFC_NAME}\n  aliases: [{NFD_NAME}, Luis Corvalan]\n"
        "  description: A Chilean communist.\n"
        f'- id: corvalan-party\n  name: The Party\n  aliases: ["Partido de Corvala\\u0301n"]\n'
        "  description: A party named for him.\n"
    )
    people.write_text(people.read_text(encoding="utf-8") + entry, encoding="utf-8")
    for name, date, form in (
        ("010_nfc.txt", "March 3, 1977", NFC_NAME),
        ("011_nfd.txt", "March 4, 1977", NFD_NAME),
    ):
        body = f"The ambassador spoke of {form} and of the Partido de {form}."
        text = capture(date, f"On {form}", "Memorandum", body)
        (workspace.seeds / name).write_text(text, encoding="utf-8")
    run = workspace.build()
    assert run.code == 0, run.err
    assert "Corval" not in run.err  # no name left unmatched
    for doc_id in ("1977-03-03-memorandum", "1977-03-04-memorandum"):
        record = (workspace.documents / f"{doc_id}.yaml").read_text(encoding="utf-8")
        assert NFD_NAME not in record
        assert f"The ambassador spoke of {NFC_NAME} and of the Partido de {NFC_NAME}." in record
        assert f"title:\n  text: On {NFC_NAME}\n" in record
    for entity in ("people/luis-corvalan", "people/corvalan-party"):
        page = (workspace.site / entity / "index.html").read_text(encoding="utf-8")
        assert "1977-03-03-memorandum" in page and "1977-03-04-memorandum" in page, entity
    assert workspace.build("--check").code == 0


# -- 3. bidirectional and C1 controls ------------------------------------------------------------


def test_closed_bidirectional_controls_and_marks_are_kept(workspace: Workspace) -> None:
    """Bidirectional controls closed on their line, and the marks, which hold nothing,
    are text like any other: the page's <title> gets them as they are, still closed.
    (An unclosed one, or a C1 control, is refused: see the catalogue's cases.)"""
    workspace.copy_real()
    title = "On \u2067\u0645\u0635\u0631\u2069 and \u202bIsrael\u202c\u200f in Moscow"
    (workspace.seeds / "010.txt").write_text(capture("March 3, 1977", title, "Memorandum"))
    run = workspace.build()
    assert run.code == 0, run.err
    page = workspace.page("documents/1977-03-03-memorandum/index.html")
    assert page.findtext(".//title").startswith(title)
    tei = dataset_file(workspace.site, "1977-03-03-memorandum", "xml").decode("utf-8")
    assert title in tei


# -- 4. names reach the terminal escaped ------------------------------------------------------

SEED = PROJECT / "seeds" / "001_4215be4c9e9eb522.txt"  # the instruction of 19 May 1977


def new_text(folder: Path, name: str, day: int = 20) -> Path:
    """A text for `new`: the real instruction, dated otherwise."""
    text = SEED.read_text(encoding="utf-8")
    assert "19 May 1977" in text
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text.replace("19 May 1977", f"{day} May 1977"), encoding="utf-8")
    return path


NOT_UTF8 = (
    "the file name is not UTF-8 (byte 0xff), so no record or message could name it as it "
    "is; expected a name in UTF-8 (rename the file)"
)


def test_a_name_that_is_not_utf8_is_refused_by_the_build_and_by_new(
    workspace: Workspace,
) -> None:
    workspace.copy_real()
    assert workspace.build("-q").code == 0
    name = os.fsdecode(b"memo-\xff.txt")
    new_text(workspace.seeds, name)
    run = workspace.build()
    assert run.code == 1 and "Traceback" not in run.err
    assert run.err.splitlines() == [
        f"'seeds/memo-\\udcff.txt':1: {NOT_UTF8}",
        "build failed: 1 problem; nothing was written",
    ]
    (workspace.seeds / name).unlink()
    given = new_text(workspace.root / "incoming", name)
    before = snapshot(workspace.root)
    run = workspace.build("new", str(given))
    assert run.code == 1 and "Traceback" not in run.err
    assert run.err.splitlines() == [
        f"'incoming/memo-\\udcff.txt':1: {NOT_UTF8}",
        "build failed: 1 problem; nothing was written",
    ]
    assert snapshot(workspace.root) == before


def test_new_refuses_a_name_the_build_refuses_with_the_same_words(workspace: Workspace) -> None:
    workspace.copy_real()
    assert workspace.build("-q").code == 0
    for name, shown, char in (
        ("a\nb.txt", "'incoming/a\\nb.txt'", "U+000A"),
        ("\x1b[31mred.txt", "'incoming/\\x1b[31mred.txt'", "U+001B"),
    ):
        run = workspace.build("new", str(new_text(workspace.root / "incoming", name)))
        assert run.code == 1 and "\x1b" not in run.err and "Traceback" not in run.err
        assert run.err.splitlines() == [
            f"{shown}:1: the file name holds the character {char}, which would break a "
            "message or a record that names it; expected a name of printable characters "
            "(rename the file)",
            "build failed: 1 problem; nothing was written",
        ]
        assert not (workspace.seeds / name).exists()


def test_new_takes_a_name_of_255_bytes_as_the_build_does(workspace: Workspace) -> None:
    """The longest name a file may have: `new` copies it in (its temporary file has a
    short name of its own), and the build publishes it and builds again."""
    workspace.copy_real()
    assert workspace.build("-q").code == 0
    name = "м" * 125 + "a.txt"
    assert len(name.encode("utf-8")) == 255
    run = workspace.build("new", str(new_text(workspace.root / "incoming", name)))
    assert run.code == 0, run.err
    assert f"added {name} as 1977-05-20-instruction:" in run.out
    record = yaml.safe_load((workspace.documents / "1977-05-20-instruction.yaml").read_text())
    assert record["seed"] == name
    assert workspace.build("--check").code == 0
    assert workspace.build().code == 0


def test_new_hints_an_editorial_file_that_means_what_it_says(workspace: Workspace) -> None:
    """A name YAML would read otherwise (`#` opens a comment) is quoted in the hint: the
    hint, pasted as it is, is an editorial file that names the seed and builds."""
    workspace.copy_real()
    assert workspace.build("-q").code == 0
    run = workspace.build("new", str(new_text(workspace.root / "incoming", "#memo: 1.txt")))
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("to give it a title"))
    hint = "\n".join(line.removeprefix("  ") for line in lines[start + 1 : start + 5])
    assert hint == "seed: '#memo: 1.txt'\ntitle: ...\nsummary:\n  - ..."
    assert yaml.safe_load(hint) == {"seed": "#memo: 1.txt", "title": "...", "summary": ["..."]}
    editorial = workspace.editorial / "1977-05-20-instruction.yaml"
    editorial.write_text(hint.replace("...", "A title") + "\n", encoding="utf-8")
    assert workspace.build().code == 0
    record = yaml.safe_load((workspace.documents / "1977-05-20-instruction.yaml").read_text())
    assert record["title"]["text"] == "A title" and record["seed"] == "#memo: 1.txt"


# -- 5. the environment ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("abc", "'abc' is not a whole number"),
        ("2.5", "'2.5' is not a whole number"),
        ("0", "0 is not from 1 to 8"),
        ("-1", "'-1' is not a whole number"),
        ("99999", "99999 is not from 1 to 8"),
    ],
)
def test_a_wrong_number_of_workers_is_a_message_in_every_command(
    workspace: Workspace, value: str, said: str
) -> None:
    """Read as a new process reads it, on import: a message, never a traceback."""
    workspace.copy_real()
    message = (
        f"ARCHIVE_SITE_WORKERS: {said}; expected the number of processes to build with, "
        "from 1 to 8 (or the variable unset or empty: one for each core, at most 8)"
    )
    env = {"ARCHIVE_SITE_WORKERS": value}
    for command, failed in (([], "build"), (["names"], "names"), (["new", "x.txt"], "build")):
        run = workspace.build(*command, env=env)
        assert run.code == 1 and "Traceback" not in run.err, run.err
        assert run.err.splitlines() == [message, f"{failed} failed: 1 problem; nothing was written"]
    assert not workspace.site.exists()


def test_an_empty_number_of_workers_means_one_for_each_core(workspace: Workspace) -> None:
    workspace.copy_real()
    run = workspace.build("-q", env={"ARCHIVE_SITE_WORKERS": ""})
    assert run.code == 0, run.err
    assert (workspace.site / "index.html").is_file()


def build_writing_to(ws: Workspace, stdout: object, stderr: object, *args: str) -> int:
    proc = subprocess.Popen(
        [sys.executable, str(PROJECT / "build.py"), *args],
        cwd=ws.root,
        stdout=stdout,
        stderr=stderr,
    )
    if stdout is subprocess.PIPE:
        assert proc.stdout is not None
        proc.stdout.close()  # the reader has gone before the build says a word
    return proc.wait(timeout=300)


LOST = (
    "standard output could not be written ({}); the build is done and its site and "
    "records are in place, but what it had to say there is lost"
)


@pytest.mark.parametrize("where", ["full disk", "closed pipe", "both full"])
def test_output_that_cannot_be_written_leaves_the_site_published(
    workspace: Workspace, tmp_path: Path, where: str
) -> None:
    """`> /dev/full`, `| head -0`, and both streams full: no traceback, exit code 1, and
    the site, published, stays so; standard error says why where it can."""
    workspace.copy_real()
    err_path = tmp_path / "stderr"
    with open("/dev/full", "wb") as full, open(err_path, "wb") as err:
        out = subprocess.PIPE if where == "closed pipe" else full
        code = build_writing_to(workspace, out, full if where == "both full" else err)
    assert code == 1
    said = err_path.read_text(encoding="utf-8").splitlines()
    if where == "both full":
        assert said == []
    else:
        why = "a closed pipe" if where == "closed pipe" else "no space left on device"
        assert said == [NO_ADDRESS, LOST.format(why)]
    assert (workspace.site / "index.html").is_file()
    assert (workspace.documents / "1977-02-18-protocol.yaml").is_file()
    assert workspace.build("--check").code == 0
    again = workspace.build()
    assert again.code == 0 and again.out.startswith("nothing changed:")


def test_a_command_whose_output_is_lost_exits_with_1_and_no_traceback(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.copy_real()
    for args in (["names"], ["explain", "seeds/000_6ce6988af797deb6.txt"], ["--help"]):
        with open("/dev/full", "wb") as full, open(tmp_path / "err", "wb") as err:
            code = build_writing_to(workspace, full, err, *args)
        assert code == 1, args
        said = (tmp_path / "err").read_text(encoding="utf-8")
        assert "Traceback" not in said and "standard output could not be written" in said


ASCII_LOCALE = {"LC_ALL": "C", "LANG": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"}


def test_an_ascii_locale_builds_the_same_site_and_prints_names_escaped(
    tmp_path: Path,
) -> None:
    """No coercion to UTF-8: files are read and written as UTF-8 all the same, a seed
    named in Cyrillic is named so in its record, and the terminal gets escapes."""
    sites = []
    for locale in ("ascii", "utf-8"):
        ws = Workspace(tmp_path / locale / "project").copy_real()
        new_text(ws.seeds, "Меморандум.txt")
        env = ASCII_LOCALE if locale == "ascii" else {}
        if locale == "ascii":
            (ws.seeds / "Ошибка.txt").write_text("A text with no date.\n", encoding="utf-8")
            run = ws.build(env=env)
            assert run.code == 1 and "Traceback" not in run.err
            assert run.err.splitlines() == [
                "seeds/\\u041e\\u0448\\u0438\\u0431\\u043a\\u0430.txt:1: found no date for "
                "the document; expected one such as '18 February 1977' in a heading line at "
                "the top (web capture or catalogue heading) or in a dateline under the "
                "signature",
                "build failed: 1 problem; nothing was written",
            ]
            (ws.seeds / "Ошибка.txt").unlink()
        run = ws.build(env=env)
        assert run.code == 0 and "Traceback" not in run.err, run.err
        record = (ws.documents / "1977-05-20-instruction.yaml").read_text(encoding="utf-8")
        assert "\nseed: Меморандум.txt\n" in record
        run = ws.build("explain", "seeds/Меморандум.txt", env=env)
        assert run.code == 0, run.err
        if locale == "ascii":
            assert run.out.startswith(
                "seeds/\\u041c\\u0435\\u043c\\u043e\\u0440\\u0430\\u043d\\u0434\\u0443\\u043c"
                ".txt: an archive translation; its id is 1977-05-20-instruction"
            )
            assert run.out.isascii()
        sites.append(snapshot(ws.site))
    assert sites[0] == sites[1]


# -- 6. the register held to the committed records -----------------------------------------------


def test_a_deleted_register_line_is_restored_from_the_message(workspace: Workspace) -> None:
    """The message names the line and where it goes: put back, the paragraph keeps its
    id and the build succeeds with nothing to change."""
    workspace.copy_real()
    for path in (PROJECT / "documents").glob("*.yaml"):  # the committed records
        shutil.copy(path, workspace.documents / path.name)
    register = workspace.anchors / "register.tsv"
    lines = register.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if "\t1977-02-18-protocol#p5\t" in line)
    removed = lines.pop(at)
    register.write_text("".join(lines), encoding="utf-8")
    for args in ((), ("--check",)):
        run = workspace.build(*args)
        assert run.code == 1 and "Traceback" not in run.err
        problem, last = run.err.splitlines()
        assert last == "build failed: 1 problem; nothing was written"
        where, _, rest = problem.partition(": ")
        assert where == f"documents/anchors/register.tsv:{at + 1}"
        restore = rest.rpartition("(tab-separated): ")[2]
        assert restore + "\n" == removed
    lines.insert(at, restore + "\n")
    register.write_text("".join(lines), encoding="utf-8")
    assert workspace.build("--check").code == 0
    run = workspace.build()
    assert run.code == 0 and "records: none changed" in run.out, run.out


# -- 7. a disk that fills while the records are written --------------------------------------


def go_on(build: subprocess.Popen[str]) -> str:
    """Resume a paused build, and what it then says on standard error: SIGUSR1 until it
    says it goes on (one sent before it began to wait is lost)."""
    assert build.stderr is not None
    while True:
        build.send_signal(signal.SIGUSR1)
        if select.select([build.stderr], [], [], 1.0)[0]:
            break
    assert build.stderr.readline() == "going on from records\n"
    return build.communicate(timeout=120)[1]


def paused_at_records(ws: Workspace) -> subprocess.Popen[str]:
    """A build stopped just before it writes the records (the site made, not published)."""
    build = subprocess.Popen(
        [sys.executable, str(PROJECT / "build.py")],
        cwd=ws.root,
        env={**os.environ, PAUSE_VARIABLE: "records"},
        stderr=subprocess.PIPE,
        text=True,
    )
    assert build.stderr is not None
    assert build.stderr.readline().strip() == "paused at records"
    return build


def test_a_disk_full_while_records_are_written_writes_none(workspace: Workspace) -> None:
    """Every record (and the register) is written whole beside its place before any is
    put in place: a file that cannot be written leaves them all as they were, as the
    message says, with no temporary file left."""
    workspace.copy_real()
    register = (workspace.anchors / "register.tsv").read_bytes()
    build = paused_at_records(workspace)
    # files past 15 KB now fail, as on a full disk: the first record (8 KB) is written
    # beside its place, the second (17 KB) is not
    resource.prlimit(build.pid, resource.RLIMIT_FSIZE, (15_000, 15_000))
    err = go_on(build)
    assert build.returncode == 1
    assert err.splitlines() == [
        "documents/1977-02-18-protocol.yaml:1: could not be written (file too large); "
        "expected room and permission to write the site and the records",
        "build failed: 1 problem; nothing was written",
    ]
    assert sorted(p.name for p in workspace.documents.iterdir() if p.is_file()) == []
    assert (workspace.anchors / "register.tsv").read_bytes() == register
    assert sorted(p.name for p in workspace.anchors.iterdir()) == ["register.tsv"]
    assert not workspace.site.exists()
    assert workspace.build().code == 0


def test_records_put_in_place_before_one_failed_are_named(workspace: Workspace) -> None:
    """Should putting one in place fail (a folder stands at its name), the message names
    those already in place."""
    workspace.copy_real()
    build = paused_at_records(workspace)
    (workspace.documents / "1977-05-19-instruction.yaml" / "in-the-way").mkdir(parents=True)
    err = go_on(build)
    assert build.returncode == 1
    assert err.splitlines() == [
        "documents/1977-05-19-instruction.yaml:1: could not be written (is a directory); "
        "expected room and permission to write the site and the records",
        "build failed: 1 problem; documents/1976-10-25-memorandum.yaml, "
        "documents/1977-02-18-protocol.yaml written, the rest and the site not",
    ]
    written = sorted(p.name for p in workspace.documents.iterdir() if p.is_file())
    assert written == ["1976-10-25-memorandum.yaml", "1977-02-18-protocol.yaml"]
    assert not workspace.site.exists()
    assert not [p for p in workspace.documents.rglob(".*")]
    (workspace.documents / "1977-05-19-instruction.yaml" / "in-the-way").rmdir()
    (workspace.documents / "1977-05-19-instruction.yaml").rmdir()
    assert workspace.build().code == 0
    assert workspace.build("--check").code == 0
