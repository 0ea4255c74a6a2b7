"""The offline index's term shards: split by size, a frequent word's list cut into parts,
and nothing lost or added on the way (each term's paragraphs and positions read back as the
script reads them); its words, with the forms a reader types; its record files, deflated.
The browser tests check that the script finds the same paragraphs."""

from __future__ import annotations

import base64
import json
import random
import re
import zlib

from pytest import MonkeyPatch

from archive_site.search import offline
from archive_site.search.paragraphs import DocFacets, Paragraph
from archive_site.search.words import split, word_forms, words
from conftest import script_data

VOCABULARY = [f"co{a}{b}" for a in "abcdefghij" for b in "klmnopqrst"] + ["sakharov", "on"]


def archive(documents: int, per_document: int) -> tuple[list[Paragraph], list[DocFacets]]:
    rng = random.Random(7)
    recs = []
    for d in range(documents):
        if d == 3:
            continue  # a document with no paragraph at all
        for b in range(per_document):
            text = " ".join(["the", *rng.choices(VOCABULARY, k=12)])  # "the" everywhere
            recs.append(Paragraph(d, f"p{b + 1}", f"¶ {b + 1}", text))
    held = [sum(rec.document == d for rec in recs) for d in range(documents)]
    docs = [DocFacets(f"d{d}", f"D {d}", "1977", ("1977", "memo", ""), f"d/{d}.html", held[d])
            for d in range(documents)]  # fmt: skip
    return recs, docs


def decode(text: str, starts: list[int]) -> list[tuple[int, list[int]]]:
    """Each paragraph's number and the term's positions in it, as search.js reads them:
    a step within a document, or documents on ":" a paragraph's place in its document,
    numbered from each document's first (`starts`)."""
    out, doc, paragraph = [], 0, 0
    for token in text.split(","):
        head, *steps = token.split(".")
        documents, colon, place = head.partition(":")
        if colon:
            doc, paragraph = doc + int(documents, 36), int(place, 36)
        else:
            paragraph += int(documents, 36)
        last = starts[doc] + paragraph
        at, positions = 0, []
        for step in steps:
            at += int(step, 36)
            positions.append(at)
        out.append((last, positions))
    return out


def read_back(
    files: dict[str, str], docs: list[DocFacets]
) -> tuple[dict[str, object], dict[str, list]]:
    starts = [sum(d.paragraphs for d in docs[:n]) for n in range(len(docs))]
    meta = script_data(files["meta.js"])
    assert isinstance(meta, dict)
    postings: dict[str, list] = {}
    for key, parts in meta["shards"].items():
        for part in range(parts):
            table = script_data(files[offline.term_file(key, part) + ".js"])
            assert isinstance(table, dict)
            for term, text in table.items():
                assert term.startswith(key) and text
                postings.setdefault(term, []).extend(decode(text, starts))
    return meta, postings


def test_shards_are_split_by_size_and_read_back_whole(monkeypatch: MonkeyPatch) -> None:
    monkeypatch.setattr(offline, "SHARD_BYTES", 3000)  # an archive's worth, in small
    recs, docs = archive(60, 40)
    files = dict(offline.offline_index(recs, docs))
    meta, postings = read_back(files, docs)
    expected: dict[str, list] = {}
    for n, rec in enumerate(recs):
        where: dict[str, list[int]] = {}
        for at, found in enumerate(word_forms(rec.text)):
            for form in found:
                where.setdefault(form, []).append(at)
        for term, positions in where.items():
            expected.setdefault(term, []).append((n, positions))
    assert postings == expected  # every paragraph of every term, in order, with its positions
    keys = list(meta["shards"])
    assert "co" not in keys and any(len(k) == 3 for k in keys)  # "co..." split by a letter
    assert meta["shards"]["the"] > 1  # "the", in every paragraph: its own shard, in parts
    for name, text in files.items():
        if name.startswith("t-"):
            assert len(text) < offline.SHARD_BYTES + 200, name
    assert meta["records"] == len(recs)


def test_a_small_archive_keeps_two_letter_shards_in_one_part() -> None:
    recs, docs = archive(3, 2)
    meta, _ = read_back(dict(offline.offline_index(recs, docs)), docs)
    assert all(len(k) <= 2 and parts == 1 for k, parts in meta["shards"].items())


def test_each_texts_words_come_back_whole_from_their_counted_form() -> None:
    """The build keeps a text's words counted, as strings; read back, they are words()
    again, each at its positions (its place among the words split at white space), with
    a word that holds a character str.split() would cut at, a word that comes twice, a
    word with no form, and a text of none."""
    texts = (
        "Sakharov’s anti-Soviet\x1fcampaign 1970s",
        "",
        "— ¶",
        "a\x1cb\x1fc d",
        "the campaign and the campaign's end",
    )
    for text in texts:
        terms, positions, _ = offline.counted(text)
        back: dict[int, list[str]] = {}
        for term, where in offline.each_position(terms, positions):
            for at in where.split(","):
                back.setdefault(int(at), []).append(term)
        found = word_forms(text)
        assert len(found) == len(split(text))
        for at, forms in enumerate(found):
            assert sorted(back.get(at, [])) == sorted(forms), (text, at)
        assert back or not words(text)
    assert offline.counted("— ¶") == ("", "", "")
    assert offline.counted("the cat and the hat")[1] == "0,3 1 2 4"


def test_the_index_words_carry_the_form_a_reader_types() -> None:
    """Each term of the index is listed in a shard of words under its first letter (or
    more), with the form most often written plainly (as written, capitals kept; not one
    with an apostrophe or a dash) and the number of documents that hold it."""
    recs = [
        Paragraph(0, "p1", "¶ 1", "Sakharov’s friend, Sakharov; anti-Soviet rallies."),
        Paragraph(0, "p2", "¶ 2", "rallies of Sakharov"),
        Paragraph(1, "p1", "¶ 1", "SAKHAROV spoke."),
        Paragraph(2, "p1", "¶ 1", "The Organisation's rally"),
    ]
    docs = [
        DocFacets(f"d{d}", "D", "1977", ("1977", "memo", ""), "d.html", n)
        for d, n in enumerate([2, 1, 1])
    ]
    files = dict(offline.offline_index(recs, docs))
    meta = script_data(files["meta.js"])
    assert isinstance(meta, dict)
    found: dict[str, object] = {}
    for key in meta["words"]:
        table = script_data(files[offline.word_file(key) + ".js"])
        assert isinstance(table, dict) and all(term.startswith(key) for term in table)
        found.update(table)
    assert found["sakharov"] == ["Sakharov", 2]
    assert found["ralli"] == ["rallies", 2]
    assert found["organis"] == ["", 1]  # written only with an apostrophe
    assert found["antisoviet"] == ["", 1] and found["soviet"] == ["", 1]


def test_record_files_hold_each_documents_records_deflated() -> None:
    """Each document's paragraphs are in a file of its own, in order, as deflated JSON
    in base64 (a standard raw deflate stream, which the browser inflates), smaller than
    the JSON it stands for; a document with none has no file."""
    recs, docs = archive(30, 40)
    files = dict(offline.offline_index(recs, docs))
    names = sorted((n for n in files if n.startswith("r-")), key=lambda n: int(n[2:-3]))
    assert names == [f"r-{d}.js" for d in range(30) if d != 3]
    rows = []
    for name in names:
        found = re.search(r'archiveSearchLoaded\("[^"]+","([A-Za-z0-9+/=]+)"\);\n$', files[name])
        assert found is not None, files[name][:200]
        inflated = zlib.decompress(base64.b64decode(found.group(1)), -15).decode("utf-8")
        chunk = json.loads(inflated)
        assert len(found.group(1)) < len(inflated) / 2
        assert {row[0] for row in chunk} == {int(name[2:-3])}
        rows += chunk
    assert rows == [[r.document, r.block, r.label, r.text, list(r.mentions)] for r in recs]
