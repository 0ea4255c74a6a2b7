"""The search page's filters as one table (archive/facets.py): a new filter of documents
is a row, and the page's form, the table the page reads and its choices follow."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from browser import wait_for_answer, watched_page
from conftest import Workspace, named_rows, script_data
from scratch import Code

ROW = (
    '    Facet("recipient", "Recipient", "document", '
    'lambda doc: "ambassadors" if "mbassador" in doc.meta.title.text else "others"),\n'
)


@pytest.mark.browser
def test_a_filter_of_documents_is_a_row(
    workspace: Workspace, tmp_path: Path, browser: Browser
) -> None:
    ws = workspace.copy_real()
    code = Code(tmp_path / "code")
    code.insert_after("src/archive_site/archive/facets.py", "FACETS = (", ROW)
    run = code.build(ws)
    assert run.code == 0, run.err
    page = ws.page("search/index.html")
    select = page.xpath("//select[@name='recipient']")[0]
    assert select.get("data-by") == "document"
    assert page.xpath("//label[@for='filter-recipient']/text()") == ["Recipient"]
    table = script_data((ws.site / "search" / "filters.js").read_text(encoding="utf-8"))
    assert isinstance(table, dict)
    docs = named_rows(table["documents"])
    values = {d["id"]: d["recipient"] for d in docs}
    assert values["1977-02-18-protocol"] == "ambassadors"
    (facet,) = [f for f in table["facets"] if f["name"] == "recipient"]
    assert facet["choices"] == [[v, v] for v in sorted(set(values.values()))]
    wanted = sum(int(str(d["paragraphs"])) for d in docs if d["recipient"] == "ambassadors")
    page_, _ = watched_page(browser)
    page_.goto((ws.site / "search" / "index.html").as_uri() + "?recipient=ambassadors")
    wait_for_answer(page_)
    assert page_.inner_text("#search-status").startswith(f"{wanted} paragraphs")
    assert "recipient ambassadors" in page_.inner_text("#search-how")
    page_.context.close()


def test_a_filter_the_page_cannot_make_stops_the_program_as_it_starts(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A second row of one name, or a filter by paragraph of something the page does not
    filter paragraphs by, is an error at the table's line before anything is read."""
    ws = workspace.copy_real()
    facets = "src/archive_site/archive/facets.py"
    code = Code(tmp_path / "code")
    code.insert_after(facets, "FACETS = (", '    Facet("year", "Year", "document", str),\n')
    code.insert_after(facets, "FACETS = (", '    Facet("recipient", "Recipient", "paragraph"),\n')
    table = (code.root / facets).read_text(encoding="utf-8").splitlines().index("FACETS = (") + 1
    run = code.build(ws)
    where = f"archive_site/archive/facets.py:{table}: "
    assert run.err == (
        f"{where}the filter 'recipient' is by 'paragraph'; expected 'document' (the page "
        "filters by paragraph only the entities mentioned)\n"
        f"{where}the filter 'year' is named twice, or as the address's q; expected a name "
        "of its own\n"
        "build failed: 2 problems; nothing was written\n"
    )
    assert run.code == 1 and not ws.site.exists()
