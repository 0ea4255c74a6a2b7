"""A build killed at any stage loses nothing: site/ is then the complete old site, or the
complete new one, and the next build succeeds."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from archive_site.runtime.publish import PAUSE_VARIABLE
from conftest import PROJECT, Workspace, snapshot

POINTS = ["parsing", "rendering", "indexing", "zipping", "published"]


def change(ws: Workspace) -> None:
    """An edit that changes every page: the chronology's first entry."""
    path = ws.root / "content" / "chronology.yaml"
    path.write_text(path.read_text().replace("A rally in Paris", "A meeting in Paris"))


@pytest.fixture(scope="module")
def new_site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """What a complete build of the changed inputs publishes."""
    ws = Workspace(tmp_path_factory.mktemp("new") / "project").copy_real()
    change(ws)
    assert ws.build().code == 0
    return snapshot(ws.site)


@pytest.fixture(scope="module")
def old_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real archive built once, its site the old one each test starts from."""
    ws = Workspace(tmp_path_factory.mktemp("old") / "project").copy_real()
    assert ws.build().code == 0
    return ws.root


def staged(ws: Workspace) -> list[str]:
    """What a build left beside the site, but the cache a successful build keeps there."""
    return [p.name for p in ws.root.iterdir() if p.name.startswith(".site") and p != ws.cache]


@pytest.mark.parametrize("point", POINTS)
def test_a_killed_build_leaves_the_old_or_the_new_site(
    workspace: Workspace, old_built: Path, new_site: dict[str, bytes], point: str
) -> None:
    shutil.copytree(old_built, workspace.root, symlinks=True, dirs_exist_ok=True)
    old_site = snapshot(workspace.site)
    change(workspace)
    build = subprocess.Popen(
        [sys.executable, str(PROJECT / "build.py")],
        cwd=workspace.root,
        env={**os.environ, PAUSE_VARIABLE: point},
        stderr=subprocess.PIPE,
        text=True,
    )
    assert build.stderr is not None
    assert build.stderr.readline().strip() == f"paused at {point}"
    build.send_signal(signal.SIGKILL)
    build.wait(timeout=30)
    after = snapshot(workspace.site)
    expected = new_site if point == "published" else old_site
    assert after == expected
    leftovers = staged(workspace)
    assert workspace.build().code == 0  # with what the killed build found in the cache
    assert snapshot(workspace.site) == new_site
    assert not staged(workspace)
    if point in ("indexing", "zipping", "published"):
        assert leftovers  # the killed build had a staging folder, cleared by the next one
    assert Path(workspace.site / "index.html").exists()
