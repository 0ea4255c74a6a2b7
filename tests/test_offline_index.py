"""The offline index's term shards: split by size, a frequent word's list cut into parts,
and nothing lost or added on the way (each term's paragraphs and counts read back as the
script reads them); its record files, deflated. The browser tests check that the script
finds the same paragraphs."""

from __future__ import annotations

import base64
import json
import random
import re
import zlib
from collections import Counter

from pytest import MonkeyPatch

from archive_site.search import offline
from archive_site.search.paragraphs import DocFacets, Paragraph
from archive_site.search.words import split, words
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
    docs = [DocFacets(f"d{d}", f"D {d}", "1977", "1977", "memo", "", (), f"d/{d}.html")
            for d in range(documents)]  # fmt: skip
    return recs, docs


def decode(text: str) -> list[tuple[int, int]]:
    out, last = [], 0
    for token in text.split(","):
        delta, _, count = token.partition("*")
        last += int(delta, 36)
        out.append((last, int(count, 36) if count else 1))
    return out


def read_back(files: dict[str, str]) -> tuple[dict[str, object], dict[str, list]]:
    meta = script_data(files["meta.js"])
    assert isinstance(meta, dict)
    postings: dict[str, list] = {}
    for key, parts in meta["shards"].items():
        for part in range(parts):
            table = script_data(files[offline.term_file(key, part) + ".js"])
            assert isinstance(table, dict)
            for term, text in table.items():
                assert term.startswith(key) and text
                postings.setdefault(term, []).extend(decode(text))
    return meta, postings


def test_shards_are_split_by_size_and_read_back_whole(monkeypatch: MonkeyPatch) -> None:
    monkeypatch.setattr(offline, "SHARD_BYTES", 3000)  # an archive's worth, in small
    recs, docs = archive(60, 40)
    files = dict(offline.offline_index(recs, docs))
    meta, postings = read_back(files)
    expected: dict[str, list] = {}
    for n, rec in enumerate(recs):
        for term, count in Counter(words(rec.text)).items():
            expected.setdefault(term, []).append((n, count))
    assert postings == expected  # every paragraph of every term, in order, with its count
    keys = list(meta["shards"])
    assert "co" not in keys and any(len(k) == 3 for k in keys)  # "co..." split by a letter
    assert meta["shards"]["the"] > 1  # "the", in every paragraph: its own shard, in parts
    for name, text in files.items():
        if name.startswith("t-"):
            assert len(text) < offline.SHARD_BYTES + 200, name
    # each paragraph's document, from the first paragraph of each document
    starts = meta["starts"]
    assert len(starts) == len(docs) and starts[3] == starts[4]
    for n, rec in enumerate(recs):
        place = max(i for i, start in enumerate(starts) if start <= n)
        assert place == rec.document


def test_a_small_archive_keeps_two_letter_shards_in_one_part() -> None:
    recs, docs = archive(3, 2)
    meta, _ = read_back(dict(offline.offline_index(recs, docs)))
    assert all(len(k) <= 2 and parts == 1 for k, parts in meta["shards"].items())


def test_each_texts_words_come_back_whole_from_their_counted_form() -> None:
    """The build keeps a text's words counted, as strings; read back, they are words()
    again (each as often, in the order of first coming), with a word that holds a
    character str.split() would cut at, a word that comes twice, and a text of none."""
    texts = (
        "Sakharov’s anti-Soviet\x1fcampaign 1970s",
        "",
        "— ¶",
        "a\x1cb\x1fc d",
        "the campaign and the campaign's end",
    )
    for text in texts:
        found = words(text)
        terms, counts, _ = offline.counted(text)
        back = [term for term, n in offline.each_count(terms, counts) for _ in range(n)]
        assert sorted(back) == sorted(found)
        assert list(dict.fromkeys(back)) == list(dict.fromkeys(found))
        assert offline.counted(text)[2] == len(split(text))
    assert offline.counted("— ¶")[:2] == ("", "")
    assert offline.counted("the cat and the hat")[1] != ""


def test_record_files_hold_the_records_deflated() -> None:
    """Each record file holds its hundred paragraphs, in order, as deflated JSON in
    base64 (a standard raw deflate stream, which the browser inflates), smaller than
    the JSON it stands for."""
    recs, docs = archive(30, 40)
    files = dict(offline.offline_index(recs, docs))
    names = sorted((n for n in files if n.startswith("r-")), key=lambda n: int(n[2:-3]))
    assert len(names) == -(-len(recs) // offline.RECORDS_PER_SHARD)
    rows = []
    for name in names:
        found = re.search(r'archiveSearchLoaded\("[^"]+","([A-Za-z0-9+/=]+)"\);\n$', files[name])
        assert found is not None, files[name][:200]
        inflated = zlib.decompress(base64.b64decode(found.group(1)), -15).decode("utf-8")
        chunk = json.loads(inflated)
        assert len(found.group(1)) < len(inflated) / 2
        rows += chunk
    assert rows == [[r.document, r.block, r.label, r.text] for r in recs]
