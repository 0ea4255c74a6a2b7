"""The views on their own: what a document's page is given to show, from real records and
a page's surroundings made by hand, without templates or a build."""

from __future__ import annotations

from archive_site.load.settings import Settings
from archive_site.model import Document
from archive_site.site import cite, views
from archive_site.site.entity_pages import document_path
from archive_site.site.rows import DocumentLink
from records_here import committed

PROTOCOL = "1977-02-18-protocol"
ALONE = views.PageInputs(None, None, (), {}, {}, [], [], [])  # a page with no neighbours
SETTINGS = Settings(title="An edition", short_name="edition", description="The archive.")
PUBLISHED = Settings(title="An edition", short_name="edition", base_url="https://a.example/x/")


def doc(doc_id: str = PROTOCOL) -> Document:
    return next(d for d in committed() if d.id == doc_id)


def test_the_header_lists_the_fields_in_the_order_readers_look_for_them() -> None:
    rows = views.fields(doc())
    assert [label for label, _ in rows] == [
        *("Date", "Type", "Classification", "Reference numbers", "From", "Signed", "To"),
        "Distribution",
    ]
    assert rows[0] == ("Date", "18 February 1977 (printed “February 18, 1977”)")
    assert dict(rows)["Reference numbers"] == "46/10; P46/X; 46"  # each once, in order


def test_a_date_printed_as_shown_is_not_repeated() -> None:
    assert views.fields(doc("1977-05-19-instruction"))[0] == ("Date", "19 May 1977")


def test_the_source_fields_end_with_the_language_and_the_seed() -> None:
    rows = views.source_fields(doc())
    assert rows[-2:] == [("Language", "en, translated from ru"), ("Seed file", doc().seed)]


def test_a_documents_files_lie_beside_its_page_in_the_order_of_the_exports() -> None:
    paths = views.export_paths(doc())
    folder = document_path(doc()).rsplit("/", 1)[0]
    assert paths == [f"{folder}/{PROTOCOL}.{x.ext}" for x in views.EXPORTS]
    assert [x.href for x in views.exports(PROTOCOL)] == [p.rsplit("/")[-1] for p in paths]
    cited = [x.label for x in views.citation_files(PROTOCOL)]
    assert cited == ["RIS", "CSL-JSON", "BibTeX"]


def test_the_offline_copy_links_the_files_it_holds_and_the_dataset() -> None:
    links = views.offline_exports(PROTOCOL)
    assert [x.href for x in links] == [
        *(f"{PROTOCOL}.{ext}" for ext in ("ris", "csl.json", "bib")),
        "../../downloads/dataset.zip",
    ]


def test_a_large_archives_files_are_in_its_dataset_alone_a_zip_for_each_year() -> None:
    at_most, more = views.DATASET_DOCUMENTS, views.DATASET_DOCUMENTS + 1
    assert views.dataset_place(doc(), at_most) == "downloads/dataset.zip"
    assert views.own_dataset(doc(), at_most) is None
    assert views.dataset_place(doc(), more) == "downloads/dataset-1977.zip"
    assert views.own_dataset(doc(), more) == "downloads/dataset-1977.zip"
    paths = views.export_paths(doc(), views.beside(more))
    folder = document_path(doc()).rsplit("/", 1)[0]
    assert paths == [f"{folder}/{PROTOCOL}.{x.ext}" for x in views.EXPORTS if x.offline]
    links = views.exports(PROTOCOL, "downloads/dataset-1977.zip")
    assert [x.href for x in links] == [
        *(["../../downloads/dataset-1977.zip"] * 4),
        *(p.rsplit("/")[-1] for p in paths),
    ]
    assert links[3].label == f"TEI P5 XML (in the dataset: dataset/documents/{PROTOCOL}.xml)"


def test_a_neighbours_link_leads_from_one_document_page_to_the_other() -> None:
    shown = views.nav(doc())
    assert shown == DocumentLink(
        href=f"../../{document_path(doc())}",
        title=doc().meta.title.text,
        date="18 February 1977",
    )
    assert views.nav(None) is None


def test_a_documents_page_shows_its_record() -> None:
    page = views.document_context(doc(), ALONE, SETTINGS, cite.Citer(SETTINGS.title))
    view = page.doc
    assert view.id == PROTOCOL and view.title == doc().meta.title.text
    assert view.date_iso == "1977-02-18" and view.date == "18 February 1977"
    assert len(view.parts) == len(doc().parts)
    assert view.fields == views.fields(doc())
    assert [x.href for x in view.exports] == [f"{PROTOCOL}.{x.ext}" for x in views.EXPORTS]
    assert page.frame.root == "../../" and page.previous is None and page.next is None
    assert page.frame.description == views.first_summary(doc())
    assert view.citations and all(c.pieces for c in view.citations)


def test_without_an_address_a_page_and_its_citations_name_none() -> None:
    page = views.document_context(doc(), ALONE, SETTINGS, cite.Citer(SETTINGS.title))
    assert page.doc.url is None
    assert not [p for c in page.doc.citations for p in c.pieces if "https://" in p.text]


def test_with_an_address_the_page_and_its_citations_carry_it() -> None:
    page = views.document_context(doc(), ALONE, PUBLISHED, cite.Citer(PUBLISHED.title))
    url = f"https://a.example/x/{document_path(doc())}"
    assert page.doc.url == url
    for citation in page.doc.citations:  # each style's full entry; in-text ones are short
        assert url in citation.pieces[0].text, citation


def test_a_summary_row_is_what_the_home_page_lists() -> None:
    row = views.summary_row(doc("1976-10-25-memorandum"))
    assert row.href == "documents/1976-10-25-memorandum/index.html"
    assert row.date == "25 October 1976" and row.classification == "SECRET"
    assert len(row.summary) == 1
