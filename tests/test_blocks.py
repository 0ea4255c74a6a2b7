"""Block types and document structure on the real seeds, each block found by its words."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_site.errors import Reporter
from archive_site.load.parse import parse_seed
from archive_site.model import Block, BlockType, Document, Editorial, SpanKind, block_text
from conftest import SEEDS

PROTOCOL, INSTRUCTION, MEMO = sorted(p.name for p in SEEDS.glob("*.txt"))


def parse(name: str) -> Document:
    report = Reporter()
    doc = parse_seed(SEEDS / name, (SEEDS / name).read_bytes(), report)
    assert doc is not None, report.diagnostics
    assert report.diagnostics == []
    return doc


def find(doc: Document, words: str) -> Block:
    """The innermost block whose text contains `words`."""
    matches = [b for b in doc.blocks() if words in " ".join(block_text(b).split())]
    assert matches, words
    return matches[-1]


@pytest.mark.parametrize(
    ("seed", "words", "kind"),
    [
        (PROTOCOL, "Proletariats of the World unite!", BlockType.SLOGAN),
        (PROTOCOL, "COMMUNIST PARTY OF THE SOVIET UNION", BlockType.LETTERHEAD),
        (PROTOCOL, "Top secret", BlockType.CLASSIFICATION),
        (PROTOCOL, "No P46/X", BlockType.REFERENCE),
        (PROTOCOL, "To: comrades Brezhnev", BlockType.DISTRIBUTION),
        (PROTOCOL, "Extract from protocol No 46", BlockType.HEADING),
        (PROTOCOL, "About the instructions to the Soviet Ambassador", BlockType.HEADING),
        (PROTOCOL, "SECRETARY OF THE CC", BlockType.SIGNATURE),
        (PROTOCOL, "Must be returned within 7 days", BlockType.MARGINAL_NOTE),
        (PROTOCOL, "On the point X of the protocol No 46", BlockType.HEADING),
        (PROTOCOL, "TO THE SOVIET AMBASSADOR", BlockType.ADDRESSEE),
        (PROTOCOL, "(For the Soviet Ambassador:", BlockType.ASIDE),
        (PROTOCOL, "Telegraph the fulfillment.", BlockType.PARAGRAPH),
        (INSTRUCTION, "19 May 1977* (Pb 56/68)", BlockType.CATALOGUE),
        (INSTRUCTION, "To all Soviet ambassadors and representatives", BlockType.ADDRESSEE),
        (INSTRUCTION, "[page two]", BlockType.PAGE_MARKER),
        (INSTRUCTION, "[There followed 20 pages", BlockType.EDITORIAL_SUMMARY),
        (INSTRUCTION, "1. Notes by translator and editor are bracketed", BlockType.CONVENTIONS),
        (INSTRUCTION, "Translation, John Crowfoot", BlockType.CREDIT),
        (MEMO, "SECRET", BlockType.CLASSIFICATION),
        (MEMO, "2nd sector", BlockType.LETTERHEAD),
        (MEMO, "To the CPSU Central Committee", BlockType.ADDRESSEE),
        (MEMO, "(V. Zagladin)", BlockType.SIGNATURE),
        (MEMO, "25 October 1976 No 25-S-2025", BlockType.DATELINE),
        (MEMO, "Addendum", BlockType.HEADING),
        (MEMO, "ROME LISBON", BlockType.CITY_LIST),
        (MEMO, "We request authorisation", BlockType.PARAGRAPH),
    ],
)
def test_block_types(seed: str, words: str, kind: BlockType) -> None:
    assert find(parse(seed), words).type is kind


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    block = find(parse(PROTOCOL), 'human rights" does not change the essence')
    assert block.type is BlockType.PARAGRAPH
    assert len(block.lines) == 1
    assert block_text(block).endswith('"human rights" does not change the essence of the matter.')


def test_the_tass_announcement_is_one_quotation_of_three_paragraphs() -> None:
    quote = find(parse(PROTOCOL), "the USSR Ambassador in the USA A.F. Dobrynin")
    assert quote.type is BlockType.PARAGRAPH
    outer = next(b for b in parse(PROTOCOL).blocks() if quote in b.children)
    assert outer.type is BlockType.QUOTATION
    assert [c.id for c in outer.children] == ["p21", "p22", "p23"]
    assert block_text(outer.children[0]).startswith('"On February" " the USSR Ambassador')
    assert block_text(outer.children[-1]).endswith('basic Soviet-American documents."')


def test_marginal_note_keeps_its_position_and_lines() -> None:
    note = find(parse(PROTOCOL), "Must be returned within 7 days")
    first = note.lines[0]
    assert first == (Editorial(SpanKind.MARGIN, "Along left-hand margin"),)
    assert block_text(note).split("\n")[1:] == [
        "Must be returned within 7 days to the",
        "CC CPSU (General Department, 1st sector)",
    ]


def test_city_list_keeps_each_printed_row() -> None:
    cities = find(parse(MEMO), "ROME LISBON")
    assert block_text(cities).split("\n") == [
        "ROME LISBON",
        "LONDON BRUSSELS",
        "WASHINGTON BERN",
        "BONN STOCKHOLM",
        "TOKYO OSLO",
        "MADRID (Trade mission, for Comrade Bogomolov, encrypted Ministry Foreign Affairs)",
    ]


def test_signature_block_holds_role_signature_and_name() -> None:
    signature = find(parse(MEMO), "(V. Zagladin)")
    assert block_text(signature) == (
        "Deputy head of the International Department [signature]\n(V. Zagladin)"
    )


def test_conventions_list_has_three_items_with_the_wrapped_third_joined() -> None:
    conventions = find(parse(INSTRUCTION), "Notes by translator")
    items = block_text(conventions).split("\n")
    assert len(items) == 3
    assert items[2] == (
        "3. when a handwritten phrase, figure or word has been inserted in a "
        "previously typed document this is indicated by underlined italic script."
    )


@pytest.mark.parametrize(
    ("seed", "parts"),
    [
        (PROTOCOL, [("main", None, "Proletariats"), ("attachment", "instruction", "On the point")]),
        (MEMO, [("main", None, "SECRET"), ("attachment", "telegram", "Secret")]),
        (INSTRUCTION, [("main", None, "19 May 1977")]),
    ],
)
def test_attachments_are_set_apart_from_the_covering_document(seed: str, parts: list) -> None:
    doc = parse(seed)
    found = [(p.kind, p.type, block_text(p.blocks[0])) for p in doc.parts]
    assert [(k, t) for k, t, _ in found] == [(k, t) for k, t, _ in parts]
    for (_, _, text), (_, _, start) in zip(found, parts, strict=True):
        assert text.startswith(start)


def test_paragraph_ids_run_in_reading_order_and_page_markers_have_ids() -> None:
    for seed in (PROTOCOL, INSTRUCTION, MEMO):
        doc = parse(seed)
        numbered = [b.id for b in doc.blocks() if b.id.startswith("p") and b.id[1:].isdigit()]
        assert numbered == [f"p{n}" for n in range(1, len(numbered) + 1)]
        ids = [b.id for b in doc.blocks()]
        assert len(ids) == len(set(ids))
    instruction = parse(INSTRUCTION)
    assert [b.id for b in instruction.blocks() if b.type is BlockType.PAGE_MARKER] == [
        "page-2",
        "page-3",
    ]


def test_a_new_seed_of_a_known_shape_builds_by_structure(tmp_path: Path) -> None:
    """A translation written for this test, not taken from the seeds."""
    seed = tmp_path / "new.txt"
    seed.write_text(
        "TOP SECRET\n\nTo the Politburo\n\nOn the grain purchases\n\n"
        "The Ministry reports [sic] that the harvest\nwas poor. [page two] Purchases abroad "
        "are needed.\n\nWe ask for approval\n\nHead of the Department [signature]\n\n"
        "(I. Petrov)\n\n3 March 1975 No 12-S-77\n\nSecret\n\nTo the Soviet Ambassador\n\n"
        "Tell the minister that we agree.\n",
        encoding="utf-8",
    )
    report = Reporter()
    doc = parse_seed(seed, seed.read_bytes(), report)
    assert doc is not None and report.diagnostics == []
    assert doc.meta.date.iso == "1975-03-03"
    assert doc.meta.classification and doc.meta.classification.value == "top-secret"
    assert [s.name for s in doc.meta.signatories] == ["I. Petrov"]
    assert [p.kind for p in doc.parts] == ["main", "attachment"]
    assert [b.type for b in doc.parts[1].blocks] == [
        BlockType.CLASSIFICATION,
        BlockType.ADDRESSEE,
        BlockType.PARAGRAPH,
    ]
    assert doc.meta.title.text == "On the grain purchases"
