"""The real site, page by page and export by export, against its golden copy
(tests/golden/site/, rewritten only by `make golden`)."""

from __future__ import annotations

import difflib
from pathlib import Path

from golden import GOLDEN, build_real, normalised, read_golden


def test_the_real_site_is_its_golden_copy(tmp_path: Path) -> None:
    assert GOLDEN.is_dir(), "no golden copy: run `make golden` and commit tests/golden/"
    now = normalised(build_real(tmp_path))
    golden = read_golden()
    added = sorted(set(now) - set(golden))
    gone = sorted(set(golden) - set(now))
    changed = sorted(rel for rel in set(now) & set(golden) if now[rel] != golden[rel])
    report = [f"new: {rel}" for rel in added] + [f"gone: {rel}" for rel in gone]
    for rel in changed[:5]:
        diff = difflib.unified_diff(
            golden[rel].decode("utf-8", "replace").splitlines(),
            now[rel].decode("utf-8", "replace").splitlines(),
            f"golden/{rel}",
            f"now/{rel}",
            lineterm="",
            n=1,
        )
        report.append("\n".join(list(diff)[:40]))
    report += [f"changed: {rel}" for rel in changed[5:]]
    assert not report, "the site differs from its golden copy (`make golden` if meant):\n" + (
        "\n".join(report)
    )
