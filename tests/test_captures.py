"""A new web capture read by its structure: one whose "Document Information" heading is
missing, or that is cut short, is never read as an archive translation in silence; each
field the archive is expected to give and does not is warned of where it belongs; the
type is said to be the archive's only where the archive gives it; and a mistaken `new`
is undone as the README says."""

from __future__ import annotations

from pathlib import Path

import yaml

from conftest import Run, Workspace

#: a fictional capture, of the real capture's shape: chrome above and within the heading
CAPTURE = """Skip to content

Search

March 3, 1977

Memorandum on the Annual Count of Office Pencils at the Test Bureau

Citation

Get Citation

To: comrades Pencilkov, Eraserova.

A FICTIONAL TEST DOCUMENT, WRITTEN ONLY TO TRY THE BUILD.

The annual count of office pencils was made on 1 March, and four hundred pencils were found.

Of these, thirty were too short for further use and went to the drawing circle.

Head of the Test Bureau

[Signature]

P. Quillsky

A fictional memorandum on counting pencils.


Document Information

Source

Fictional Archive of Test Documents, Box 1, Folder 2; translation by Test Translator.

Rights

This fictional test document may be reused freely for testing.

Original Uploaded Date

2024-01-15

Type

Memorandum

Language

Russian

Record ID

999001

Subjects Discussed

Office supplies
"""
NAME = "capture.txt"
DOC = "1977-03-03-memorandum"


def line_of(text: str, line: str) -> int:
    """The number of the first line of `text` that is `line`."""
    return text.splitlines().index(line) + 1


def build(ws: Workspace, text: str) -> Run:
    """A build of the real archive with the capture added."""
    ws.copy_real()
    (ws.seeds / NAME).write_text(text, encoding="utf-8")
    return ws.build()


def said(run: Run, severity: str = "warning") -> list[str]:
    """What the build said of the capture, but for unknown names (fictional here)."""
    return [
        line
        for line in run.err.splitlines()
        if line.startswith(f"seeds/{NAME}:")
        and (": warning: " in line) == (severity == "warning")
        and "capitalised name" not in line
    ]


def record(ws: Workspace, doc: str = DOC) -> dict[str, object]:
    data = yaml.safe_load((ws.documents / f"{doc}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def header(ws: Workspace, doc: str = DOC) -> dict[str, str]:
    """The page's metadata lists, label to value."""
    page = ws.page(f"documents/{doc}/index.html")
    return {
        dt.text_content(): dt.getnext().text_content()
        for dt in page.iter("dt")
        if dt.getnext() is not None and dt.getnext().tag == "dd"
    }


def test_the_whole_capture_builds_with_no_warning_of_its_own(workspace: Workspace) -> None:
    run = build(workspace, CAPTURE)
    assert run.code == 0, run.err
    assert said(run) == []
    assert record(workspace)["shape"] == "web-capture"
    fields = header(workspace)
    assert fields["Type, as the archive gives it"] == "Memorandum"
    assert fields["Record ID"] == "999001"


def test_a_capture_with_no_heading_is_read_as_a_capture_and_warned_of(
    workspace: Workspace,
) -> None:
    text = CAPTURE.replace("\nDocument Information\n", "\n")
    run = build(workspace, text)
    assert run.code == 0, run.err
    assert said(run) == [
        f"seeds/{NAME}:{line_of(text, 'Source')}: warning: the web capture's \"Document "
        "Information\" heading is missing: its fields begin here with 'Source', and are read "
        'as its fields all the same; expected the line "Document Information" above them, '
        "under the text"
    ]
    data = record(workspace)
    assert data["shape"] == "web-capture"
    page = workspace.page(f"documents/{DOC}/index.html")
    assert page.findtext(".//h1").strip().startswith("Memorandum on the Annual Count")
    paragraphs = [p.text_content() for p in page.iter("p")]
    for chrome in ("Skip to content", "Search", "Citation", "Get Citation", "Source"):
        assert not [p for p in paragraphs if p.strip() == chrome], chrome
    fields = header(workspace)
    assert "Skip to content" not in fields.get("From", "")
    assert fields["Archival source"].startswith("Fictional Archive of Test Documents")
    assert fields["Translator"] == "Test Translator"


def test_a_capture_cut_short_in_its_text_is_an_error_where_it_ends(
    workspace: Workspace,
) -> None:
    text = CAPTURE[: CAPTURE.index("Of these, thirty were") + len("Of these, thi")]
    run = build(workspace, text)
    assert run.code != 0
    last = len(text.splitlines())
    assert said(run, "error") == [
        f"seeds/{NAME}:{last}: the seed is a web capture (by 'Skip to content' on line 1) "
        "with no \"Document Information\" block: it ends here with 'Of these, thi'; expected "
        'the text, then the line "Document Information" and its fields (Source, Rights, '
        "Original Uploaded Date, Type, Language, Record ID): is the seed cut short? (nothing "
        "of it was published)"
    ]
    assert not (workspace.documents / f"{DOC}.yaml").exists()
    assert not list(workspace.documents.glob("1977-03-03-*.yaml"))


def test_a_capture_cut_short_in_a_field_warns_of_each_field_lost(workspace: Workspace) -> None:
    text = CAPTURE[: CAPTURE.index("This fictional test") + len("This fictional te")]
    run = build(workspace, text)
    assert run.code == 0, run.err
    info = line_of(text, "Document Information")
    missing = [
        ("Type", "type from the archive (the type is inferred from the text)"),
        ("Language", "language as printed"),
        ("Record ID", "record ID"),
    ]
    assert said(run) == [
        *(
            f'seeds/{NAME}:{info}: warning: the "Document Information" block has no '
            f"{label!r} field: the page and the record give no {what}; expected a line "
            f"{label!r} with its value under it"
            for label, what in missing
        ),
        f"seeds/{NAME}:{len(text.splitlines())}: warning: the seed ends in the value of the "
        "field 'Rights', 'This fictional te', before the fields that follow it ('Original "
        "Uploaded Date', 'Type', 'Language', 'Record ID'): is the seed cut short? The value "
        "is published as printed; expected the whole of the archive's page, down to its "
        "last field",
    ]
    # the type read from the title is not said to be the archive's
    fields = header(workspace)
    assert "Type, as the archive gives it" not in fields
    assert fields["Type"] == "memorandum"


def test_a_missing_source_or_type_and_an_empty_record_id_are_warned_of(
    workspace: Workspace,
) -> None:
    text = (
        CAPTURE.replace(
            "Source\n\nFictional Archive of Test Documents, Box 1, Folder 2; "
            "translation by Test Translator.\n\n",
            "",
        )
        .replace("Type\n\nMemorandum\n\n", "")
        .replace("Record ID\n\n999001\n\n", "Record ID\n\n")
    )
    run = build(workspace, text)
    assert run.code == 0, run.err
    info = line_of(text, "Document Information")
    assert said(run) == [
        f"seeds/{NAME}:{info}: warning: the \"Document Information\" block has no 'Source' "
        "field: the page and the record give no archival reference or translator; expected "
        "a line 'Source' with its value under it",
        f"seeds/{NAME}:{info}: warning: the \"Document Information\" block has no 'Type' "
        "field: the page and the record give no type from the archive (the type is inferred "
        "from the text); expected a line 'Type' with its value under it",
        f'seeds/{NAME}:{line_of(text, "Record ID")}: warning: the "Document Information" '
        "field 'Record ID' has no value: the page and the record give no record ID; "
        "expected its value on the line under it",
    ]
    fields = header(workspace)
    assert "Type, as the archive gives it" not in fields
    assert "Archival source" not in fields and "Record ID" not in fields


def test_a_type_read_from_the_title_is_not_said_to_be_the_archives(
    workspace: Workspace,
) -> None:
    run = build(workspace, CAPTURE.replace("Type\n\nMemorandum\n\n", ""))
    assert run.code == 0, run.err
    fields = header(workspace)
    assert fields["Type"] == "memorandum"  # what the title says the document is
    assert "Type, as the archive gives it" not in fields
    assert not [value for value in fields.values() if value == "Memorandum"]


def test_an_addressee_row_says_to_once_and_the_text_keeps_its_words(
    workspace: Workspace,
) -> None:
    ws = workspace.copy_real()
    run = ws.build()
    assert run.code == 0, run.err
    doc = "1976-10-25-memorandum"
    assert header(ws, doc)["To"] == "the CPSU Central Committee; Soviet Ambassador"
    assert header(ws, "1977-05-19-instruction")["To"] == (
        "all Soviet ambassadors and representatives"
    )
    page = ws.page(f"documents/{doc}/index.html")
    text = " ".join(page.find(".//main").text_content().split())
    assert "To the CPSU Central Committee" in text and "To Soviet Ambassador" in text


def test_a_mistaken_new_is_undone_as_the_readme_says(workspace: Workspace, tmp_path: Path) -> None:
    """`new` of the wrong text, then its text put right: the build refuses to drop the
    anchors published; undone as the README says (the seed, the record and the register's
    lines of the document removed), the right text is added as if first."""
    ws = workspace.copy_real()
    wrong = tmp_path / NAME
    wrong.write_text(
        CAPTURE.replace("four hundred pencils", "four hundred pensils").replace(
            "thirty were too short", "thirty were to short"
        ),
        encoding="utf-8",
    )
    run = ws.build("new", str(wrong))
    assert run.code == 0, run.err
    (ws.seeds / NAME).write_text(CAPTURE, encoding="utf-8")
    assert ws.build().code != 0, "the fix alone is refused: the anchors were registered"
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert "To undo a mistaken `new`" in readme
    # the README's steps: remove the seed, the record and the register's lines of its id
    (ws.seeds / NAME).unlink()
    (ws.documents / f"{DOC}.yaml").unlink()
    register = ws.anchors / "register.tsv"
    kept = [
        line
        for line in register.read_text(encoding="utf-8").splitlines(keepends=True)
        if line.startswith("#") or line.split("\t")[1].split("#")[0] != DOC
    ]
    register.write_text("".join(kept), encoding="utf-8")
    right = tmp_path / "right" / NAME
    right.parent.mkdir()
    right.write_text(CAPTURE, encoding="utf-8")
    run = ws.build("new", str(right))
    assert run.code == 0, run.err
    assert "error" not in run.err
    assert "four hundred pencils" in (ws.documents / f"{DOC}.yaml").read_text(encoding="utf-8")
