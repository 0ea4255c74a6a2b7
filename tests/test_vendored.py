"""The vendored Snowball JavaScript is the Snowball project's own, unchanged: each file's
bytes against the checksum recorded beside it (templates/assets/snowball/README.txt), and
the Python stemmer the build uses is the same release."""

from __future__ import annotations

import hashlib
import re
from importlib.metadata import version

from conftest import PROJECT

SNOWBALL = PROJECT / "templates" / "assets" / "snowball"


def recorded() -> dict[str, str]:
    """The checksums README.txt records: file name -> sha256, after its `sha256` line."""
    text = (SNOWBALL / "README.txt").read_text(encoding="utf-8")
    _, _, listed = text.partition("\nsha256\n")
    sums = dict(
        (name, digest)
        for digest, name in re.findall(r"^([0-9a-f]{64})  (\S+)$", listed, re.MULTILINE)
    )
    assert sums, "README.txt records no sha256 checksums"
    return sums


def test_every_vendored_script_has_a_recorded_checksum() -> None:
    scripts = sorted(p.name for p in SNOWBALL.glob("*.js"))
    assert scripts == sorted(recorded())


def test_the_vendored_snowball_files_match_their_recorded_checksums() -> None:
    for name, digest in recorded().items():
        data = (SNOWBALL / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, f"{name} differs from Snowball's"


def test_the_build_stems_with_the_same_snowball_release() -> None:
    said = (SNOWBALL / "README.txt").read_text(encoding="utf-8")
    release = re.search(r"Snowball (\d+\.\d+\.\d+)", said)
    assert release is not None
    assert version("snowballstemmer") == release.group(1)
