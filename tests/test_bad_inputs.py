"""Bad seeds, records and editorial files: the exact `path:line: message`, exit 1, no
traceback, every problem of the run together, and site/ and documents/ left as they were."""

from __future__ import annotations

import pytest

from conftest import SEED_NAMES, Workspace, snapshot

PROTOCOL_RECORD = "documents/1977-02-18-protocol.yaml"
MEMO_EDITORIAL = "documents/editorial/1976-10-25-memorandum.yaml"


def edit(ws: Workspace, rel: str, old: str, new: str) -> None:
    path = ws.root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


CASES = {
    "empty seed": (
        lambda ws: (ws.seeds / "zz.txt").write_text(" \n\n"),
        ["seeds/zz.txt:1: the file is empty; expected the text of a document"],
    ),
    "seed not UTF-8": (
        lambda ws: (ws.seeds / "zz.txt").write_bytes(
            "Secret\n\nCaf\xe9 au lait\n".encode("cp1252")
        ),
        [
            "seeds/zz.txt:3: found byte 0xe9, which is not UTF-8; expected UTF-8 text (re-save the "
            "file as UTF-8)"
        ],
    ),
    "binary seed": (
        lambda ws: (ws.seeds / "zz.txt").write_bytes(b"Secret\n\x00\x01\x02"),
        ["seeds/zz.txt:2: found a NUL byte: this is not a text file; expected UTF-8 text"],
    ),
    "seed with no date": (
        lambda ws: (ws.seeds / "zz.txt").write_text("SECRET\n\nTo the CC\n\nA report.\n"),
        [
            "seeds/zz.txt:1: found no date for the document; expected one such as '18 February "
            "1977' in a heading line at the top (web capture or catalogue heading) or in a "
            "dateline under the signature"
        ],
    ),
    "30 February": (
        lambda ws: (ws.seeds / "zz.txt").write_text(
            "30 February 1977* (Pb 1/2) X\n\nPolitburo. A note.\n\nText.\n"
        ),
        [
            "seeds/zz.txt:1: found the date '30 February 1977', which is not a day of the "
            "calendar; expected a real date such as '18 February 1977'"
        ],
    ),
    "unbalanced bracket on a wrapped line": (
        lambda ws: edit(ws, f"seeds/{SEED_NAMES[0]}", "does\nnot change", "does\nnot [change"),
        [
            f"seeds/{SEED_NAMES[0]}:44: found '[' with no ']' after it: '[change the essence of "
            "the matter.'; expected the bracket to close within its paragraph"
        ],
    ),
    "record: unknown key": (
        lambda ws: edit(
            ws, PROTOCOL_RECORD, "shape: web-capture\n", "shape: web-capture\nshap: x\n"
        ),
        [
            f"{PROTOCOL_RECORD}:6: unknown key 'shap' in the record; expected one of addressees, "
            "archival_source, author, classification, date, distribution, editorial_fields, "
            "editorial_notes, id, issuing_body, language, parts, provenance, references, removed, "
            "rights, seed, shape, signatories, summary, title, translator, type; did you mean "
            "'shape'?"
        ],
    ),
    "record: wrong type": (
        lambda ws: edit(ws, PROTOCOL_RECORD, "  line: 12\n", "  line: twelve\n"),
        [
            f"{PROTOCOL_RECORD}:171: parts.0.blocks.2.line is 'twelve'; expected a seed line "
            "number (1 or more)"
        ],
    ),
    "record: bad date": (
        lambda ws: edit(ws, PROTOCOL_RECORD, "iso: '1977-02-18'", "iso: 18 Feb 1977"),
        [f"{PROTOCOL_RECORD}:15: date.iso is '18 Feb 1977'; expected a date as YYYY-MM-DD"],
    ),
    "record: YAML syntax": (
        lambda ws: edit(ws, PROTOCOL_RECORD, "parts:\n", "parts: [\n"),
        [f"{PROTOCOL_RECORD}:155: expected the node content, but found '-'; expected valid YAML"],
    ),
    "record: id differs from file name": (
        lambda ws: edit(ws, PROTOCOL_RECORD, "id: 1977-02-18-protocol", "id: 1977-02-18-other"),
        [
            f"{PROTOCOL_RECORD}:1: record id '1977-02-18-other' differs from its file name; "
            "expected '1977-02-18-protocol' (or rename the file to 1977-02-18-other.yaml)"
        ],
    ),
    "record whose seed is gone": (
        lambda ws: (ws.seeds / SEED_NAMES[1]).unlink(),
        [
            f"documents/1977-05-19-instruction.yaml:1: record '1977-05-19-instruction' was made "
            f"from seed '{SEED_NAMES[1]}', which is not in seeds/; expected the seed, or delete "
            "this record to withdraw the document",
            f"documents/editorial/1977-05-19-instruction.yaml:2: seed '{SEED_NAMES[1]}' is not in "
            "seeds/; expected the file name of a seed",
        ],
    ),
    "editorial: python tag": (
        lambda ws: edit(
            ws, MEMO_EDITORIAL, "type: memorandum", "type: !!python/object:os.system x"
        ),
        [
            f"{MEMO_EDITORIAL}:6: found the tag '!!python/object:os.system', which is not "
            "accepted; expected plain YAML values with no tags"
        ],
    ),
    "editorial: alias": (
        lambda ws: edit(ws, MEMO_EDITORIAL, "type: memorandum", "type: &t memorandum\nx: *t"),
        [
            f"{MEMO_EDITORIAL}:7: found a YAML alias or anchor reused here; expected each value "
            "written out (aliases are not accepted)"
        ],
    ),
    "editorial: unknown key": (
        lambda ws: edit(ws, MEMO_EDITORIAL, "summary:", "sumary:"),
        [
            f"{MEMO_EDITORIAL}:13: unknown key 'sumary' in the editorial file; expected one of "
            "author, collection, notes, original_language, provenance_note, seed, summary, "
            "title, type; did you mean 'summary'?"
        ],
    ),
    "editorial: note on a missing paragraph": (
        lambda ws: edit(ws, MEMO_EDITORIAL, "at: p7", "at: p77"),
        [
            f"{MEMO_EDITORIAL}:27: note is at 'p77', which is not a block of "
            "1976-10-25-memorandum; expected the id of one of its blocks; did you mean 'p7'?"
        ],
    ),
    "editorial: two files for one seed": (
        lambda ws: (ws.editorial / "1976-10-25-copy.yaml").write_text(f"seed: {SEED_NAMES[2]}\n"),
        [
            f"{MEMO_EDITORIAL}:2: seed '{SEED_NAMES[2]}' already has editorial file "
            "1976-10-25-copy.yaml; expected one file per document"
        ],
    ),
    "editorial: file name not an id": (
        lambda ws: (ws.editorial / "Bad Name.yaml").write_text(f"seed: {SEED_NAMES[2]}\n"),
        [
            "documents/editorial/Bad Name.yaml:1: file name 'Bad Name.yaml' is not a document "
            "id; expected lower-case letters, digits and single hyphens, e.g. "
            "1976-10-25-memo.yaml"
        ],
    ),
}


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, bytes]]:
    """A successful build's folders, copied into each case before it breaks them."""
    ws = Workspace(tmp_path_factory.mktemp("good") / "project").copy_real()
    assert ws.build().code == 0
    return {
        "documents": snapshot(ws.documents),
        "site": snapshot(ws.site),
        "seeds": snapshot(ws.seeds),
    }


def restore(ws: Workspace, good: dict[str, dict[str, bytes]]) -> None:
    for folder, files in good.items():
        for rel, data in files.items():
            target = ws.root / folder / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_gets_its_exact_message(case: str, workspace: Workspace, good: dict) -> None:
    restore(workspace, good)
    damage, expected = CASES[case]
    damage(workspace)
    before_site, before_docs = snapshot(workspace.site), snapshot(workspace.documents)
    run = workspace.build()
    assert run.code == 1
    assert "Traceback" not in run.err
    lines = run.err.splitlines()
    assert lines[:-1] == expected
    assert (
        lines[-1] == f"build failed: {len(expected)} problem{'s' * (len(expected) > 1)}; "
        "nothing was written"
    )
    assert snapshot(workspace.site) == before_site
    assert snapshot(workspace.documents) == before_docs


def test_every_problem_of_a_run_is_reported_together(workspace: Workspace, good: dict) -> None:
    restore(workspace, good)
    for case in ("empty seed", "record: bad date", "editorial: unknown key"):
        CASES[case][0](workspace)
    (workspace.seeds / "zy.txt").write_text("SECRET\n\nNo date [at all.\n")
    run = workspace.build()
    assert run.code == 1
    assert run.err.splitlines() == [
        *CASES["record: bad date"][1],
        *CASES["editorial: unknown key"][1],
        "seeds/zy.txt:1: found no date for the document; expected one such as '18 February "
        "1977' in a heading line at the top (web capture or catalogue heading) or in a "
        "dateline under the signature",
        "seeds/zy.txt:3: found '[' with no ']' after it: '[at all.'; expected the bracket to "
        "close within its paragraph",
        *CASES["empty seed"][1],
        "build failed: 5 problems; nothing was written",
    ]
