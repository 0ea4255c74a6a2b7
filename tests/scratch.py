"""A copy of the program (build.py, src/, templates/) in a folder of its own, to change its
code as a developer would and build a workspace with it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import PROJECT, Run, Workspace

IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


class Code:
    """The program's code, copied: `edit` changes it, `build` runs its build.py."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.src = root / "src"
        root.mkdir(parents=True)
        shutil.copy(PROJECT / "build.py", root / "build.py")
        shutil.copytree(PROJECT / "src", self.src, ignore=IGNORED)
        shutil.copytree(PROJECT / "templates", root / "templates", ignore=IGNORED)

    def edit(self, rel: str, old: str, new: str) -> None:
        """Replace the one `old` of the file at `rel` (from the copy's root) with `new`."""
        path = self.root / rel
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, (rel, old, text.count(old))
        path.write_text(text.replace(old, new), encoding="utf-8")

    def insert_after(self, rel: str, line: str, text: str) -> None:
        """Insert `text` after the one line of the file at `rel` that begins with `line`."""
        path = self.root / rel
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        found = [n for n, have in enumerate(lines) if have.startswith(line)]
        assert len(found) == 1, (rel, line, len(found))
        lines.insert(found[0] + 1, text)
        path.write_text("".join(lines), encoding="utf-8")

    def holding(self, old: str) -> str:
        """The one source file of the package that holds `old`, from the copy's root."""
        found = [p for p in sorted(self.src.rglob("*.py")) if old in p.read_text(encoding="utf-8")]
        assert len(found) == 1, (old, found)
        return found[0].relative_to(self.root).as_posix()

    def build(self, ws: Workspace, *args: str, timeout: int = 120) -> Run:
        """This code's build.py run in the workspace, as `python build.py` runs there."""
        env = {**os.environ, "PYTHONPATH": str(self.src)}
        proc = subprocess.run(
            [sys.executable, str(self.root / "build.py"), *args],
            cwd=ws.root,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
        )
        return Run(proc.returncode, proc.stdout, proc.stderr)
