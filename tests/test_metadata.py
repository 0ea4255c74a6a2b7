"""Metadata read from the real seeds: printed and normalized, each with where it came from."""

from __future__ import annotations

import shutil

from archive_site.model import Source
from conftest import SEEDS, Workspace
from test_blocks import INSTRUCTION, MEMO, PROTOCOL, parse


def test_web_capture_metadata() -> None:
    meta = parse(PROTOCOL).meta
    assert (meta.date.iso, meta.date.printed) == ("1977-02-18", "February 18, 1977")
    assert meta.title.text.startswith("CPSU CC Protocol #46/10, Instructions to the Soviet")
    assert not meta.title.editorial
    assert (meta.type.printed, meta.type.value) == ("Protocol", "protocol")
    assert meta.classification and meta.classification.value == "top-secret"
    assert meta.classification.printed == "Top secret"
    assert {(r.kind, r.printed) for r in meta.references} >= {
        ("protocol", "46/10"),
        ("registry", "P46/X"),
        ("protocol", "46"),
    }
    assert meta.distribution[0].names == (
        "Brezhnev",
        "Podgorny",
        "Kosygin",
        "Andropov",
        "Gromyko",
        "Kirilenko",
        "Suslov",
        "Ponomarev",
        "Zamiatin",
    )
    source = meta.archival_source
    assert source is not None
    assert (source.fond, source.opis, source.dokument) == ("89", "25", "44")
    assert source.repository == (
        "Center for the Storage of Contemporary Documentation (TsKhSD), Moscow"
    )
    assert meta.translator and meta.translator.printed == "Mark H. Doctoroff"
    assert meta.provenance.record_id and meta.provenance.record_id.printed == "110034"
    assert meta.provenance.uploaded and meta.provenance.uploaded.value == "2011-11-20"
    assert meta.provenance.publisher == "History and Public Policy Program"
    assert meta.rights and len(meta.rights.paragraphs) == 2
    assert [s.by for s in meta.summary] == ["archive"]
    assert meta.summary[0].paragraphs[0].startswith("Response to the US State Department")
    assert meta.language.printed and meta.language.printed.printed == ""
    assert [s.role for s in meta.signatories] == ["SECRETARY OF THE CC"]
    assert meta.issuing_body and meta.issuing_body.value == (
        "Communist Party of the Soviet Union Central Committee"
    )


def test_translation_with_catalogue_heading() -> None:
    meta = parse(INSTRUCTION).meta
    assert (meta.date.iso, meta.date.printed) == ("1977-05-19", "19 May 1977")
    assert meta.date.at == Source(block="catalogue-1")
    assert meta.type.value == "instruction"
    assert meta.classification is None
    assert [(r.kind, r.printed) for r in meta.references] == [
        ("politburo", "56/68"),
        ("politburo", "56-68"),
    ]
    assert meta.issuing_body and meta.issuing_body.printed == "Politburo"
    assert meta.translator and meta.translator.printed == "John Crowfoot"
    assert [a.printed for a in meta.addressees] == ["To all Soviet ambassadors and representatives"]
    # the catalogue's count of pages is no part of the title, but is kept as printed
    heading = "Politburo. Instructions to Soviet ambassadors on human rights issues"
    assert meta.title.text == heading and not meta.title.editorial
    assert meta.title.printed and meta.title.printed.printed == f"{heading} (21 pp)."


def test_translation_dated_under_its_signature() -> None:
    meta = parse(MEMO).meta
    assert (meta.date.iso, meta.date.printed) == ("1976-10-25", "25 October 1976")
    assert meta.date.at == Source(block="dateline-1")
    assert [(r.kind, r.printed) for r in meta.references] == [("registry", "25-S-2025")]
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Deputy head of the International Department", "V. Zagladin")
    ]
    assert meta.classification and meta.classification.value == "secret"
    assert [a.printed for a in meta.addressees] == [
        "To the CPSU Central Committee",
        "To Soviet Ambassador",
    ]
    assert meta.issuing_body and meta.issuing_body.printed == "International Department"
    assert meta.translator is None
    assert meta.title.text.startswith("About information from Soviet ambassadors")


def test_a_document_with_no_title_is_built_with_a_warning_until_the_editor_gives_one(
    workspace: Workspace,
) -> None:
    """An archive translation without the entry under its catalogue line: the page says
    "Untitled document", marked as the editor's, and the build says so at the seed,
    with what to write; once the editor's file gives a title, no warning (before, the
    build said nothing)."""
    workspace.copy_real()
    shutil.rmtree(workspace.anchors)  # a document not yet published
    text = (SEEDS / INSTRUCTION).read_text(encoding="utf-8")
    entry = next(line for line in text.splitlines() if line.endswith("Excerpt."))
    (workspace.seeds / INSTRUCTION).write_text(text.replace(f"{entry}\n", ""), encoding="utf-8")
    editorial = workspace.editorial / "1977-05-19-instruction.yaml"
    given = editorial.read_text(encoding="utf-8")
    title = next(line for line in given.splitlines() if line.startswith("title: "))
    editorial.write_text(given.replace(f"{title}\n", ""), encoding="utf-8")
    run = workspace.build()
    assert run.code == 0, run.err
    said = f"seeds/{INSTRUCTION}:1: warning: found no title for the document; it is shown as "
    assert f"{said}'Untitled document', marked as the editor's; expected a title" in run.err
    assert "`title:` in documents/editorial/1977-05-19-instruction.yaml" in run.err
    page = workspace.page("documents/1977-05-19-instruction/index.html")
    assert page.findtext(".//h1").strip() == "Untitled document"
    editorial.write_text(given, encoding="utf-8")
    run = workspace.build()
    assert run.code == 0 and "found no title" not in run.err, run.err
    page = workspace.page("documents/1977-05-19-instruction/index.html")
    assert page.findtext(".//h1").strip() == title.removeprefix("title: ")
