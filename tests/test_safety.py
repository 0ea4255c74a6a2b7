"""Pages are safe whatever the data says: markup in any text shows as text, no script
comes from data, no link from data can run code, and every page carries a strict policy."""

from __future__ import annotations

from conftest import Workspace, page_words

MARKUP = '<script>alert("x")</script> &amp; <b onclick="x()">bold</b>'


def test_markup_in_every_text_field_shows_as_text(workspace: Workspace) -> None:
    workspace.copy_real()
    (workspace.seeds / "100_markup.txt").write_text(
        f"SECRET\n\nTo the Central Committee {MARKUP}\n\nAbout {MARKUP}\n\n"
        f"The text says {MARKUP} and more.\n\nHead of the department [signature]\n\n"
        "3 March 1975\n",
        encoding="utf-8",
    )
    (workspace.editorial / "1975-03-03-markup.yaml").write_text(
        "seed: 100_markup.txt\n"
        f"title: 'A title {MARKUP}'\n"
        f"author: 'An author {MARKUP}'\n"
        f"collection: 'A collection {MARKUP}'\n"
        f"provenance_note: 'A note {MARKUP}'\n"
        f"summary:\n  - 'A summary {MARKUP}'\n"
        f"notes:\n  - at: p1\n    text: 'A note {MARKUP}'\n",
        encoding="utf-8",
    )
    run = workspace.build()
    assert run.code == 0, run.err
    html = (workspace.site / "documents/1975-03-03-markup/index.html").read_text()
    assert "<b onclick" not in html and 'alert("x")</script>' not in html
    page = workspace.page("documents/1975-03-03-markup/index.html")
    scripts = page.xpath("//script/@src")
    assert scripts == [
        "../../assets/citing.js",
        "../../assets/list-format.js",
        "../../assets/document.js",
        "../../assets/reader.js",
    ]
    assert not page.xpath("//*[@onclick]")
    shown = " ".join(page_words(page))
    expected = " ".join(MARKUP.split())
    for field in ("A title", "A summary", "A note", "The text says", "About"):
        assert f"{field} {expected}" in shown, field
    home = workspace.page("index.html")
    assert f"A title {expected}" in " ".join(page_words(home))


def test_no_link_from_data_can_run_code(workspace: Workspace) -> None:
    workspace.copy_real()
    (workspace.documents / "entities" / "relations.yaml").write_text(
        "- document: 1977-02-18-protocol\n  title: T\n  url: javascript:alert(1)\n  note: N\n"
    )
    run = workspace.build()
    assert run.code == 1
    assert run.err.splitlines()[0] == (
        "documents/entities/relations.yaml:3: 0.url is 'javascript:alert(1)'; expected an "
        "https:// address"
    )


def test_every_page_has_a_strict_content_security_policy(built_site: Workspace) -> None:
    for path in sorted(built_site.site.rglob("*.html")):
        rel = str(path.relative_to(built_site.site))
        page = built_site.page(rel)
        (policy,) = page.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
        rules = dict(rule.strip().split(" ", 1) for rule in policy.split(";"))
        assert rules["default-src"] == "'self'"
        assert rules["object-src"] == "'none'" and rules["base-uri"] == "'none'"
        assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
        assert "http" not in policy  # no external origin
        assert not page.xpath("//script[not(@src) and not(@type='application/ld+json')]"), rel
        assert not page.xpath("//*[@style]"), rel  # no inline style
        if rel != "search/index.html":
            assert "wasm" not in policy


def test_odd_but_valid_inputs_build(workspace: Workspace) -> None:
    """CRLF line ends, a byte-order mark, tabs and Cyrillic text are all fine."""
    workspace.copy_real()
    text = (
        "\ufeffSECRET\r\n\r\nTo the Central Committee\r\n\r\nThe\tMinistry of Culture "
        "quotes «Правда» and Сахаров’s letter\r\nof 5 March.\r\n\r\n"
        "Head of the department [signature]\r\n\r\n3 March 1975\r\n"
    )
    (workspace.seeds / "100_odd.txt").write_bytes(text.encode("utf-8"))
    run = workspace.build()
    assert run.code == 0, run.err
    page = workspace.page("documents/1975-03-03-document/index.html")
    shown = " ".join(page_words(page.xpath("//*[@id='p1']")[0]))
    assert shown == "The Ministry of Culture quotes «Правда» and Сахаров’s letter of 5 March."


def test_search_results_show_markup_from_data_as_text(workspace: Workspace, browser) -> None:  # type: ignore[no-untyped-def]
    from browser import serve, wait_for_answer, watched_page

    workspace.copy_real()
    (workspace.seeds / "100_markup.txt").write_text(
        'SECRET\n\nTo the Central Committee\n\nThe zebrafish said <b id="injected">loud'
        '</b> <img src=x id="img"> things.\n\nHead of the department [signature]\n\n'
        "3 March 1975\n",
        encoding="utf-8",
    )
    assert workspace.build().code == 0
    with serve(workspace.site) as base:
        for url in (
            base + "search/index.html?q=zebrafish",
            (workspace.site / "search" / "index.html").as_uri() + "?q=zebrafish",
        ):
            page, watch = watched_page(browser)
            page.goto(url)
            wait_for_answer(page)
            results = page.locator("#search-results")
            assert '<b id="injected">loud</b>' in results.inner_text()
            assert page.locator("#injected").count() == 0
            assert page.locator("#search-results img").count() == 0
            assert watch.errors == []
            page.context.close()
