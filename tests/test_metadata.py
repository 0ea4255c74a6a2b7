"""Metadata read from the real seeds: printed and normalized, each with where it came from."""

from __future__ import annotations

from archive_site.model import Source
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
