"""The golden copy of the real site: every page and export as a build of the committed
inputs publishes it, kept in tests/golden/site/ and compared whole by test_golden.py.
Only `make golden` rewrites it (python tests/golden.py), after a change meant to alter
the site; the diff then shows every page that changed.

Normalised where bytes say less than a listing: each zip is kept as the list of its
entries (name, size, digest), and Pagefind's index (the output of its binary) as the list
of its files."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
GOLDEN = PROJECT / "tests" / "golden" / "site"
LISTED = ("pagefind",)  # folders kept as a listing of their files


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def normalised(site: Path) -> dict[str, bytes]:
    """The site as the golden copy keeps it: relative path -> bytes."""
    out: dict[str, bytes] = {}
    listings: dict[str, list[str]] = {name: [] for name in LISTED}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        rel = path.relative_to(site).as_posix()
        top = rel.split("/", 1)[0]
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
    return out


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
