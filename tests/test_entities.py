"""Entities: mentions found in the real documents, the pages they make, and the checks on
the curated data, with their exact messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_site.archive.mentions import Matcher, Mention, Snippets, find
from archive_site.errors import Reporter
from archive_site.load.entities import read
from archive_site.model import Block, BlockType, Document, Part, Text
from archive_site.site.entity_pages import in_block
from conftest import DOCUMENTS, NO_ADDRESS, Workspace, page_words, seeds_text
from test_blocks import INSTRUCTION, MEMO, PROTOCOL, parse

REGISTRY = read(DOCUMENTS / "entities", Reporter())
MATCHER = Matcher(REGISTRY)


def mentions_of(seed: str) -> tuple[Mention, ...]:
    return find(parse(seed), MATCHER)


def found(seed: str, entity: str) -> list[tuple[str, str]]:
    return [(m.block, m.text) for m in mentions_of(seed) if m.entity == entity]


def test_a_name_split_by_a_supplied_first_name_is_one_mention() -> None:
    assert found(PROTOCOL, "ginzburg") == [("p3", "[Aleksandr] Ginzburg")]
    assert found(PROTOCOL, "sakharov") == [("p19", "[Andrei] Sakharov")]


def test_possessives_and_printed_errors_are_found() -> None:
    assert ("p19", "Embassy") in found(PROTOCOL, "us-embassy-moscow")  # "the Embassy's"
    assert found(PROTOCOL, "vance") == [
        ("heading-2", "Vance"),
        ("p2", "Vance"),
        ("p21", "S. Vance"),
    ]
    assert ("p7", "PFC") in found(MEMO, "pcf")
    assert found(PROTOCOL, "presel") == [("p17", "Pressel")]
    assert found(MEMO, "masser") == [("p2", "Masser")]


def test_capitals_and_the_longest_alias_win() -> None:
    assert found(MEMO, "rome") == [("cities-1", "ROME")]
    assert found(PROTOCOL, "washington")[-1] == ("addressee-1", "WASHINGTON")
    assert found(PROTOCOL, "politburo") == [("heading-1", "CC CPSU Politburo")]
    assert ("p7", "Central Committee Secretariat of the PCF") in found(MEMO, "pcf")
    assert "cpsu" in {m.entity for m in mentions_of(PROTOCOL)}  # the letterhead, in capitals


def test_events_and_references_to_other_documents_are_found() -> None:
    assert found(PROTOCOL, "sakharov-embassy-meeting") == [("p19", "February 8")]
    assert found(PROTOCOL, "basic-principles-1972") == [
        ("p15", "Fundamentals of mutual relations between the USSR and the USA")
    ]
    assert [b for b, _ in found(MEMO, "cpsu-letter-to-pcf")] == ["p2", "p8"]
    assert found(INSTRUCTION, "detente")[0][1] == "relaxation of tension"


def test_an_insertion_that_is_not_a_name_keeps_words_apart() -> None:
    from archive_site.model import Editorial, SpanKind

    line = (
        Text("the French "),
        Editorial(SpanKind.PAGE, "page two", "page-2"),
        Text(" Communist Party and the French Communist Party"),
    )
    doc = parse(MEMO)
    block = Block(BlockType.PARAGRAPH, "p1", 1, (line,))
    test_doc = Document(doc.id, doc.seed, doc.shape, doc.meta, (Part("main", "main", (block,)),))
    assert [m.text for m in find(test_doc, MATCHER)] == ["French Communist Party"]


def test_mentions_carry_the_paragraph_and_a_snippet() -> None:
    (m,) = [m for m in mentions_of(PROTOCOL) if m.entity == "sakharov"]
    assert m.number == 19
    assert Snippets().of(m, parse(PROTOCOL)) == (
        "… of the American Embassy in Moscow secretly meet with [Andrei] "
        "Sakharov, who knows the state secrets related to the …"
    )


def test_entity_pages_list_every_mention_with_a_paragraph_link(built_site: Workspace) -> None:
    page = built_site.page("people/sakharov/index.html")
    assert page.xpath("//h1")[0].text_content() == "Andrei Sakharov"
    links = page.xpath("//ul[@class='mention-list']//a/@href")
    assert links == ["../../documents/1977-02-18-protocol/index.html#p19"]
    together = {a.text_content() for a in page.xpath("//section[2]//a")}
    assert together == {  # everything else named in ¶ 19, its only paragraph
        "US Embassy in Moscow",
        "Moscow",
        "US Embassy representatives meet Andrei Sakharov",
        "human rights",
        "Soviet Union (USSR)",
        "United States Congress",
    }
    carter = built_site.page("people/carter/index.html")
    assert carter.xpath("//a[@rel='external noopener']/@href") == [
        "https://www.wikidata.org/wiki/Q23685"
    ]
    masser = built_site.page("people/masser/index.html")
    assert "Uncertain:" in masser.find_class("editorial-mark")[0].text_content()


def test_a_paragraph_that_names_an_entity_again_says_which_mention_each_entry_is(
    built_site: Workspace,
) -> None:
    """One entry a mention, each saying which of its paragraph's it is: ¶ 7 of the
    memorandum names the PCF five times, five entries with five excerpts."""
    pcf = built_site.page("organizations/pcf/index.html")
    entries = pcf.xpath("//ul[@class='mention-list']/li")
    labels = [li.xpath("a")[0].text_content() for li in entries]
    assert labels == [
        "¶ 2, mention 1 of 2",
        "¶ 2, mention 2 of 2",
        *(f"¶ 7, mention {n} of 5" for n in range(1, 6)),
        "¶ 8",  # its only mention there: no number
        "¶ 9, mention 1 of 2",
        "¶ 9, mention 2 of 2",
    ]
    hrefs = [li.xpath("a/@href")[0].rpartition("#")[2] for li in entries]
    assert hrefs == ["p2", "p2", "p7", "p7", "p7", "p7", "p7", "p8", "p9", "p9"]
    excerpts = [li.xpath("q")[0].text_content() for li in entries[2:7]]
    assert len(set(excerpts)) == 5
    # the seven entity pages of the real archive with a paragraph listed more than once
    repeated = set()
    for path in built_site.site.glob("*/*/index.html"):
        rel = path.relative_to(built_site.site).as_posix()
        names = built_site.page(rel).xpath("//ul[@class='mention-list']/li/a/text()")
        if any(", mention " in name for name in names):
            repeated.add(rel.removesuffix("/index.html"))
    assert repeated == {
        "glossary/dissidents",
        "glossary/human-rights",
        "organizations/cp-uruguay",
        "organizations/pcf",
        "organizations/us-embassy-moscow",
        "places/usa",
        "places/ussr",
    }


def test_which_mention_of_its_block_each_is_counted_over_all_of_a_year() -> None:
    """A page of mentions shows a slice of a year's, counted over the whole year: a block
    cut by the page's edge reads on from the page before; the same block id in another
    document is another block."""

    def at(document: str, block: str) -> Mention:
        return Mention("pcf", document, block, None, 0, 0, 3, "PCF", 1)

    own = [at("a", "p1"), at("a", "p1"), at("a", "p1"), at("a", "p2"), at("b", "p1")]
    assert in_block(own) == [(1, 3), (2, 3), (3, 3), (1, 1), (1, 1)]
    assert in_block([]) == []


def test_index_pages_are_alphabetical_with_counts(built_site: Workspace) -> None:
    people = built_site.page("people/index.html")
    names = [a.text_content() for a in people.xpath("//ul[@class='entity-index']/li/a")]
    assert names[:4] == [
        "Yuri Andropov",
        "Comrade Bogomolov",
        "Leonid Brezhnev",
        "Vladimir Bukovsky",
    ]
    assert names[-1] == "Leonid Zamyatin"
    (pcf,) = built_site.page("organizations/index.html").xpath(
        "//li[a='French Communist Party (PCF)']"
    )
    assert "(10 mentions in 1 document)" in pcf.text_content()  # 2 in ¶ 2, 5 in ¶ 7, 1, 2
    glossary = built_site.page("glossary/index.html")
    assert "(not named in the documents)" in glossary.xpath("//li[a='TsKhSD']")[0].text_content()
    for kind in ("places", "organizations", "glossary"):
        entries = built_site.page(f"{kind}/index.html").xpath("//ul[@class='entity-index']/li")
        assert entries


def test_the_timeline_lists_events_in_order_with_their_paragraphs(built_site: Workspace) -> None:
    page = built_site.page("timeline/index.html")
    dates = page.xpath("//ol[@class='timeline-full']/li//time/@datetime")
    assert dates == sorted(dates)
    assert dates[0] == "1933-11-16"
    (rally,) = page.xpath("//li[@id='event-paris-rally']")
    assert rally.xpath(".//ul//a/@href") == [
        "../documents/1976-10-25-memorandum/index.html#p2",
        "../documents/1976-10-25-memorandum/index.html#p6",
    ]
    assert page.xpath("//li[@id='document-1977-02-18-protocol']")


def test_document_pages_link_mentions_and_list_what_they_mention(built_site: Workspace) -> None:
    page = built_site.page("documents/1977-02-18-protocol/index.html")
    links = page.xpath("//*[@id='p3']//a[contains(@class, 'mention')]")
    assert [(" ".join(page_words(a)), a.get("href")) for a in links] == [
        ("Moscow", "../../places/moscow/index.html"),
        ("[Aleksandr] Ginzburg", "../../people/ginzburg/index.html"),
    ]
    link = links[1]
    assert [a.get("data-entity") for a in links] == ["moscow", "ginzburg"]
    described = link.get("aria-describedby")
    assert page.xpath(f"//*[@id='{described}']")[0].text_content().startswith("Journalist")
    (event,) = page.xpath("//*[@id='p19']//a[text()='February 8']")
    assert event.get("href") == "../../timeline/index.html#event-sakharov-embassy-meeting"
    panel = page.xpath("//section[@class='in-this-document']")[0].text_content()
    assert "Andrei Gromyko (1)" in panel and "Cyrus Vance (3)" in panel
    related = page.xpath("//section[@class='related']//li")
    assert "both mention" in related[0].text_content()
    externals = [li for li in related if "External:" in li.text_content()]
    assert [li.xpath(".//a/@href")[0] for li in externals] == [
        "https://history.state.gov/historicaldocuments/frus1977-80v06/d10",
        "https://digitalarchive.wilsoncenter.org/document/110034",
    ]
    assert all(li.xpath(".//a/@rel") == ["external noopener"] for li in externals)


def write(ws: Workspace, name: str, text: str) -> None:
    (ws.documents / "entities" / name).write_text(text, encoding="utf-8")


def line_of(ws: Workspace, name: str, text: str) -> int:
    """The line of an entry in a curated file, as an editor would look it up."""
    return (ws.documents / "entities" / name).read_text().splitlines().index(text) + 1


def test_an_alias_naming_two_entities_is_an_error(workspace: Workspace) -> None:
    workspace.copy_real()
    write(
        workspace,
        "terms.yaml",
        "- id: vance-term\n  name: Vance\n  aliases: [VANCE]\n  description: A test.\n",
    )
    run = workspace.build()
    vance = line_of(workspace, "people.yaml", "- id: vance")
    assert run.code == 1
    assert run.err.splitlines()[0] == (
        "documents/entities/terms.yaml:1: alias 'VANCE' of 'vance-term' also names 'vance' "
        f"(people.yaml:{vance}); expected each alias to name one entity"
    )


def test_checks_on_ids_dates_mentions_and_relations(workspace: Workspace) -> None:
    workspace.copy_real()
    write(
        workspace,
        "terms.yaml",
        "- id: sakharov\n  name: A duplicate\n  aliases: [Nothing Like It]\n"
        "  description: A test.\n"
        "- id: unused\n  name: Unused\n  aliases: [Zzyzx]\n  description: A test.\n",
    )
    write(
        workspace,
        "events.yaml",
        "- id: no-date\n  name: No date\n  aliases: []\n  context_only: true\n"
        "  description: A test.\n"
        "- id: bad-date\n  name: Bad\n  date: 1977-02-30\n  aliases: []\n"
        "  context_only: true\n  description: A test.\n",
    )
    write(
        workspace,
        "relations.yaml",
        "- document: 1999-01-01-nothing\n  title: T\n  url: https://example.org/\n  note: N\n",
    )
    run = workspace.build()
    sakharov = line_of(workspace, "people.yaml", "- id: sakharov")
    assert run.code == 1
    assert run.err.splitlines()[:-1] == [
        "documents/entities/events.yaml:1: event 'no-date' has no date; expected a date as "
        "YYYY, YYYY-MM or YYYY-MM-DD",
        "documents/entities/events.yaml:8: date '1977-02-30' is not a day of the calendar; "
        "expected a real date",
        "documents/entities/relations.yaml:1: relation names document '1999-01-01-nothing', "
        "which is not in the collection; expected one of 1976-10-25-memorandum, "
        "1977-02-18-protocol, 1977-05-19-instruction",
        "documents/entities/terms.yaml:1: entity id 'sakharov' is already used at "
        f"people.yaml:{sakharov}; expected each id once",
    ]


def test_an_unmentioned_entity_is_an_error_unless_context_only(workspace: Workspace) -> None:
    workspace.copy_real()
    path = workspace.documents / "entities" / "terms.yaml"
    path.write_text(
        path.read_text() + "- id: unused\n  name: Unused\n  aliases: [Zzyzx]\n"
        "  description: A test.\n"
    )
    line = path.read_text().splitlines().index("- id: unused") + 1
    run = workspace.build()
    assert run.code == 1
    assert run.err.splitlines()[0] == (
        f"documents/entities/terms.yaml:{line}: entity 'unused' is mentioned in no document; "
        "expected an alias the texts use, or context_only: true"
    )
    path.write_text(path.read_text() + "  context_only: true\n")
    assert workspace.build().code == 0


def test_an_entity_marked_context_only_that_a_document_names_is_not_called_unnamed(
    workspace: Workspace,
) -> None:
    """context_only lets an entity stand unmentioned; once a document names it, its pages
    list the mentions and no longer say that none does."""
    workspace.copy_real()
    path = workspace.documents / "entities" / "people.yaml"
    text = path.read_text()
    path.write_text(text.replace("- id: sakharov\n", "- id: sakharov\n  context_only: true\n"))
    assert workspace.build().code == 0
    page = workspace.page("people/sakharov/index.html")
    mentions = page.xpath("//ul[@class='mention-list']/li")
    assert mentions
    assert "Not named in the documents" not in page.text_content()
    (entry,) = workspace.page("people/index.html").xpath("//li[a='Andrei Sakharov']")
    assert f"({len(mentions)} mention" in entry.text_content()
    assert "(not named in the documents)" not in entry.text_content()
    # an entity no document names still says so
    unnamed = workspace.page("glossary/tskhsd/index.html").text_content()
    assert "Not named in the documents" in unnamed


@pytest.mark.parametrize("strict", [False, True])
def test_an_unknown_capitalised_name_is_a_warning_or_with_strict_an_error(
    workspace: Workspace, strict: bool
) -> None:
    workspace.copy_real()
    seed = workspace.seeds / "100_note.txt"
    seed.write_text(
        "SECRET\n\nTo the Central Committee\n\nAbout a report from the ministry\n\n"
        "It reports on Andrei Sakharov and Yelena Bonner.\n\nHead of the department [signature]\n\n"
        "3 March 1975\n"
    )
    run = workspace.build(*(["--strict"] if strict else []))
    message = (
        "seeds/100_note.txt:7: {}capitalised name 'Yelena Bonner' matches no entity; "
        "expected an entity with this alias in documents/entities/, or the word in "
        "documents/entities/ignore.yaml (`python build.py names` lists them all)"
    )
    if strict:
        assert run.code == 1
        assert run.err.splitlines()[0] == message.format("")
    else:
        assert run.code == 0, run.err
        assert run.err.splitlines() == [message.format("warning: "), NO_ADDRESS]


def test_the_real_collection_has_no_unknown_names(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "p").copy_real()
    run = ws.build("--strict")
    assert run.code == 0, run.err
    assert run.err.splitlines() == [NO_ADDRESS]


def test_an_entitys_forms_are_those_the_documents_print(built_site: Workspace) -> None:
    """ "Forms in the documents" gives each form as a document's text prints it: before, it
    gave the names the build looks for, some printed only inside a longer form
    ("Dobrynin", printed only as "A.F. Dobrynin") or without the editors' brackets
    ("Aleksandr Ginzburg", printed "[Aleksandr] Ginzburg")."""
    seeds = seeds_text(built_site)
    assert "Dobrynin" in seeds and seeds.count("Dobrynin") == seeds.count("A.F. Dobrynin")
    forms = {}
    for page in sorted(built_site.site.glob("*/*/index.html")):
        for line in built_site.page(str(page.relative_to(built_site.site))).xpath(
            "//p[@class='aliases']/text()"
        ):
            forms[page.parent.name] = line.removeprefix("Forms in the documents: ").split(", ")
    assert sum(len(f) for f in forms.values()) > 40
    for entity, printed in forms.items():
        assert all(form in seeds for form in printed), (entity, printed)
    assert forms["dobrynin"] == ["A.F. Dobrynin"]
    assert forms["ginzburg"] == ["[Aleksandr] Ginzburg"]
