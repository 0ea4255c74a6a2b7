"""The collection pages and citations, on real builds."""

from __future__ import annotations

from conftest import BASE, NO_ADDRESS, Workspace, page_words

MEMO = "documents/1976-10-25-memorandum/index.html"
PROTOCOL = "documents/1977-02-18-protocol/index.html"


def test_home_page_has_intro_chronology_and_documents(built_site: Workspace) -> None:
    home = built_site.page("index.html")
    assert "Carter administration" in home.find_class("prose")[0].text_content()
    entries = home.xpath("//ol[@class='timeline']/li")
    dates = [li.xpath(".//time/@datetime")[0] for li in entries]
    assert dates == sorted(dates) and len(dates) == 7
    linked = home.xpath("//ol[@class='timeline']//a/@href")
    assert linked == [
        "documents/1976-10-25-memorandum/index.html",
        "documents/1977-02-18-protocol/index.html",
        "documents/1977-05-19-instruction/index.html",
    ]
    unlinked = [li for li in entries if not li.xpath(".//a")]
    assert all(li.find_class("event-source") for li in unlinked)


def test_about_page_is_rendered_from_markdown(built_site: Workspace) -> None:
    about = built_site.page("about/index.html")
    headings = [h.text_content() for h in about.xpath("//article//h2")]
    assert headings == [
        "Sources and rights",
        "Translators",
        "Editorial method",
        "How to cite",
        "For instructors and students",
        "Reading offline",
        "Where each format is",  # the archive's own, after the editor's text
    ]
    (where,) = about.xpath("//h2[.='Where each format is']/following-sibling::ul[1]")
    assert "Beside each page on the published site" in where.text_content()  # 3 documents
    rows = about.xpath("//article//table//tr")
    assert len(rows) == 9  # the header and the eight kinds of bracket
    assert "<" not in about.xpath("//article//h1")[0].text_content()


def test_document_citations_in_each_style_with_reference_and_in_text_apart(
    built_site: Workspace,
) -> None:
    page = built_site.page(PROTOCOL)
    (section,) = page.xpath("//section[@id='cite']")
    labels = [h.text_content() for h in section.xpath(".//h3")]
    assert labels == ["Chicago note", "Chicago bibliography", "MLA 9", "APA 7", "BibTeX"]

    def text(key: str) -> str:
        return str(section.xpath(f".//*[@id='cite-{key}']")[0].text_content())

    note, entry = text("chicago-note-note"), text("chicago-bibliography-entry")
    assert note.startswith("Politburo of the CPSU Central Committee, “CPSU CC Protocol #46/10")
    assert "trans. Mark H. Doctoroff" in note and "Translated by" not in note
    assert entry.startswith("Politburo of the CPSU Central Committee. “CPSU CC Protocol #46/10")
    assert "translated by Mark H. Doctoroff" in entry
    # nested curly quotation marks, the full stop inside them
    assert "on the Question of ‘Human Rights.’” In Soviet Documents" in entry
    # the source as read: the original's reference, the translation's publisher and record
    assert "Fond 89, Perechen 25, Dokument 44" in entry
    assert "Wilson Center Digital Archive, record 110034" in entry
    assert (
        text("mla-in-text")
        == "(Politburo of the CPSU Central Committee, “CPSU CC Protocol #46/10”)"
    )
    apa = text("apa-entry")
    assert apa.startswith(
        "Politburo of the CPSU Central Committee. (1977, February 18). CPSU CC protocol"
    )
    assert "(M. H. Doctoroff, Trans.)" in apa
    assert text("apa-in-text") == "(Politburo of the CPSU Central Committee, 1977)"
    buttons = section.xpath(".//button[@data-copy]/text()")
    assert "Copy MLA 9 works-cited entry" in buttons and "Copy MLA 9 in-text citation" in buttons
    bibtex = text("bibtex-entry")
    assert bibtex.startswith("@misc{1977_02_18_protocol,")
    assert "  month = feb,\n" in bibtex and "date =" not in bibtex
    # the inferred attributions are bracketed; the codes kept
    memo = built_site.page(MEMO)
    memo_entry = memo.xpath("//*[@id='cite-chicago-bibliography-entry']")[0].text_content()
    assert "25-S-2025. [Bukovsky Archive]." in memo_entry
    instruction = built_site.page("documents/1977-05-19-instruction/index.html")
    words = instruction.xpath("//*[@id='cite-chicago-note-note']")[0].text_content()
    assert "Pb 56/68, [Bukovsky Archive]" in words
    shown = " ".join(page_words(page.xpath("//main")[0]))
    assert "PARANUMBER" not in shown  # the placeholders live only in the templates
    # without a public address, the page says its citations carry none
    assert "This copy has no public address" in section.text_content()
    assert "http" not in note


def test_a_base_url_makes_citations_and_printed_addresses_absolute(
    based_site: Workspace,
) -> None:
    assert based_site.last is not None
    assert based_site.last.err == ""  # no advice to set an address
    page = based_site.page(PROTOCOL)
    url = f"{BASE}documents/1977-02-18-protocol/index.html"
    assert page.xpath("//article/@data-url") == [url]
    # printed once, at the head of the text, not under every paragraph
    assert page.xpath("//p[@class='print-only']/text()") == [f"This document: {url}"]
    assert page.xpath("//p[@data-para]/@data-url") == []
    assert url in page.xpath("//*[@id='cite-apa-entry']")[0].text_content()
    assert "no public address" not in page.xpath("//section[@id='cite']")[0].text_content()


def test_without_a_base_url_a_build_warns_once(workspace: Workspace) -> None:
    workspace.copy_real()
    run = workspace.build()
    assert run.code == 0, run.err
    assert run.err.splitlines() == [NO_ADDRESS]
    assert workspace.build("--strict").code == 0  # advice, never an error


def test_chronology_errors_are_reported_with_their_line(workspace: Workspace) -> None:
    workspace.copy_real()
    chronology = workspace.root / "content" / "chronology.yaml"
    chronology.write_text(
        "- date: 1977-02-30\n  text: A day that never was.\n  source: a test\n"
        "- date: 1977-03-01\n  text: A link to nothing.\n  document: 1977-03-01-nothing\n"
    )
    run = workspace.build()
    assert run.code == 1
    assert run.err.splitlines()[:2] == [
        "content/chronology.yaml:1: date '1977-02-30' is not a day of the calendar; expected "
        "a real date as YYYY-MM-DD",
        "content/chronology.yaml:4: entry names document '1977-03-01-nothing', which is not in "
        "the collection; expected one of 1976-10-25-memorandum, 1977-02-18-protocol, "
        "1977-05-19-instruction",
    ]
