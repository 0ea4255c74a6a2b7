"""The collection pages and citations, on real builds."""

from __future__ import annotations

from conftest import Workspace, page_words

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
    ]
    rows = about.xpath("//article//table//tr")
    assert len(rows) == 9  # the header and the eight kinds of bracket
    assert "<" not in about.xpath("//article//h1")[0].text_content()


def test_document_citations_in_four_formats(built_site: Workspace) -> None:
    page = built_site.page(PROTOCOL)
    (section,) = page.xpath("//section[@id='cite']")
    labels = [h.text_content() for h in section.xpath(".//h3")]
    assert labels == ["Chicago (notes and bibliography)", "MLA", "APA", "BibTeX"]
    chicago = section.xpath(".//*[@id='cite-chicago']")[0].text_content()
    assert chicago.startswith("CPSU Central Committee, Politburo. “CPSU CC Protocol #46/10")
    assert "Translated by Mark H. Doctoroff" in chicago
    assert "February 18, 1977" in chicago
    bibtex = section.xpath(".//*[@id='cite-bibtex']")[0].text_content()
    assert bibtex.startswith("@misc{1977_02_18_protocol,")
    assert "date = {1977-02-18}" in bibtex
    shown = " ".join(page_words(page.xpath("//main")[0]))
    assert "PARANUMBER" not in shown  # the placeholders live only in the template


def test_a_base_url_makes_citations_and_printed_addresses_absolute(
    workspace: Workspace,
) -> None:
    workspace.copy_real()
    run = workspace.build("--base-url", "https://archive.example/edition/")
    assert run.code == 0, run.err
    page = workspace.page(PROTOCOL)
    url = "https://archive.example/edition/documents/1977-02-18-protocol/index.html"
    assert page.xpath("//article/@data-url") == [url]
    assert page.xpath("//*[@id='p12']/@data-url") == [url + "#p12"]
    assert url in page.xpath("//*[@id='cite-apa']")[0].text_content()


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
