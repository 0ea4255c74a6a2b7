"""The golden copy of the real site: every page and export as a build of the committed
inputs publishes it, kept in tests/golden/site/ and compared whole by test_golden.py.
Only `make golden` rewrites it (python tests/golden.py), after a change meant to alter
the site; the diff then shows every page that changed.

Normalised where bytes say less than a listing: each zip is kept as the list of its
entries (name, size, digest), Pagefind's index (the output of its binary) as the list of
its files, and the offline index (some two hundred deflated shards) as one text file of
what it holds, decoded: its files listed with their digests, its meta, every paragraph's
record, every word and every term's postings, so that a change to the index reads as the
words and paragraphs it changed."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from archive_site.search.offline import OFFLINE, unpacked

PROJECT = Path(__file__).resolve().parents[1]
GOLDEN = PROJECT / "tests" / "golden" / "site"
LISTED = ("pagefind",)  # folders kept as a listing of their files
DECODED = f"{OFFLINE}.decoded"  # the offline index, decoded into one text file


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def normalised(site: Path) -> dict[str, bytes]:
    """The site as the golden copy keeps it: relative path -> bytes."""
    out: dict[str, bytes] = {}
    listings: dict[str, list[str]] = {name: [] for name in LISTED}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        rel = path.relative_to(site).as_posix()
        top = rel.split("/", 1)[0]
        if rel.startswith(f"{OFFLINE}/"):
            continue  # decoded below, as a whole
        if top in listings:
            data = path.read_bytes()
            listings[top].append(f"{rel}\t{len(data)}\t{digest(data)}")
        elif rel.endswith(".zip"):
            with zipfile.ZipFile(path) as archive:
                rows = [
                    f"{info.filename}\t{info.file_size}\t{digest(archive.read(info))}"
                    for info in archive.infolist()
                ]
            out[rel + ".entries"] = ("\n".join(rows) + "\n").encode()
        else:
            out[rel] = path.read_bytes()
    for name, rows in listings.items():
        if rows:
            out[f"{name}.listing"] = ("\n".join(rows) + "\n").encode()
    if (site / OFFLINE).is_dir():
        out[DECODED] = decoded_index(site / OFFLINE).encode()
    return dict(sorted(out.items()))


def loaded(path: Path) -> tuple[str, object]:
    """The name and the data an offline-index script hands to archiveSearchLoaded(name,
    data); packed data (records and terms) inflated, as loader.js inflates it."""
    text = path.read_text(encoding="utf-8")
    found = re.search(r'archiveSearchLoaded\(("[^"]+"),(.*)\);\n$', text, re.S)
    assert found is not None, f"{path.name} is not an offline-index script"
    data = json.loads(found.group(2))
    return json.loads(found.group(1)), unpacked(data) if isinstance(data, str) else data


def decoded_index(folder: Path) -> str:
    """The offline index as one text: its files (name, size, digest), then what they
    hold: the meta, each document's records (one a line), each word with the form a
    reader types and how many documents hold it, and each term's postings as written
    (a term cut into parts, its parts joined by " | ")."""
    files = sorted(folder.iterdir(), key=lambda p: p.name)
    lines = ["# files: name, bytes, digest"]
    lines += [f"{p.name}\t{p.stat().st_size}\t{digest(p.read_bytes())}" for p in files]
    words: dict[str, object] = {}
    terms: dict[str, list[str]] = {}
    records: list[str] = []
    meta: object = None
    for path in files:
        name, data = loaded(path)
        assert f"{name}.js" == path.name, (name, path.name)
        if name == "meta":
            meta = data
        elif name.startswith("r-"):
            assert isinstance(data, list), name
            records += [json.dumps(row, ensure_ascii=False) for row in data]
        elif name.startswith("w-"):
            assert isinstance(data, dict), name
            words.update(data)
        elif name.startswith("t-"):
            assert isinstance(data, dict), name
            for term, postings in data.items():
                terms.setdefault(term, []).append(postings)
        else:
            raise AssertionError(f"{path.name}: not a file of the offline index")
    lines += ["", "# meta", json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True)]
    lines += ["", "# records: document, block, label, text, mentions", *records]
    lines += ["", "# words: term, form typed, documents"]
    lines += [f"{t}\t{form}\t{n}" for t, (form, n) in sorted(words.items())]
    lines += ["", "# terms: term, postings"]
    lines += [f"{t}\t{' | '.join(parts)}" for t, parts in sorted(terms.items())]
    return "\n".join(lines) + "\n"


def build_real(into: Path) -> Path:
    """Build the committed inputs (seeds, documents, content) in a copy; the site's path."""
    for name in ("seeds", "documents", "content"):
        shutil.copytree(PROJECT / name, into / name)
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    subprocess.run(
        [sys.executable, str(PROJECT / "build.py"), "--quiet", "--fresh"],
        cwd=into,
        check=True,
        env=env,
        timeout=300,
    )
    return into / "site"


def read_golden() -> dict[str, bytes]:
    return {
        p.relative_to(GOLDEN).as_posix(): p.read_bytes()
        for p in sorted(GOLDEN.rglob("*"))
        if p.is_file()
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        files = normalised(build_real(Path(tmp)))
    shutil.rmtree(GOLDEN, ignore_errors=True)
    for rel, data in files.items():
        target = GOLDEN / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    print(f"golden copy: {len(files)} files in {GOLDEN.relative_to(PROJECT)}")


if __name__ == "__main__":
    main()
