"""Work spread over processes: each work's results come back whole and in order, however
the items of several works were shared out."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from archive_site.runtime import pool
from archive_site.runtime.publish import PAUSE_VARIABLE
from conftest import PROJECT, Workspace, snapshot

sys.path.insert(0, str(PROJECT / "bench"))
from generate import generate


def tagged(tag: str, item: int) -> tuple[str, int, int]:
    return tag, item * item, os.getpid()


def slow_then_tagged(tag: str, item: int) -> tuple[str, int, int]:
    time.sleep(0.5 if item == 0 else 0.001)  # one long item, as a very large document
    return tagged(tag, item)


def test_the_results_of_several_works_come_back_each_whole_and_in_order() -> None:
    works: list[pool.Work] = [
        (slow_then_tagged, "pages", range(5)),
        (tagged, "files", range(7)),
        (tagged, "entities", []),
        (tagged, "more", range(3)),
    ]
    done = pool.run_all(works)
    assert [[(tag, square) for tag, square, _ in part] for part in done] == [
        [("pages", i * i) for i in range(5)],
        [("files", i * i) for i in range(7)],
        [],
        [("more", i * i) for i in range(3)],
    ]
    if pool.WORKERS >= 2:  # made in other processes, the long item beside the rest
        pids = {pid for part in done for _, _, pid in part}
        assert os.getpid() not in pids
        assert done[0][0][2] not in {pid for _, _, pid in done[1]}


def test_a_little_work_is_done_in_this_process() -> None:
    done = pool.run_all([(tagged, "pages", [1]), (tagged, "files", [2, 3])])
    assert [[square for _, square, _ in part] for part in done] == [[1], [4, 9]]
    assert {pid for part in done for _, _, pid in part} == {os.getpid()}


def paused_in_a_worker(root: Path, workers: str | None) -> bool:
    """Whether a build in `root` forks a process for its pages and files: a forked one
    stops at the checkpoint "working" and says so (then the build is killed); a build
    that forks none goes on to the end."""
    env = {**os.environ, PAUSE_VARIABLE: "working"}
    env.pop(pool.VARIABLE, None)
    if workers is not None:
        env[pool.VARIABLE] = workers
    build = subprocess.Popen(
        [sys.executable, str(PROJECT / "build.py"), "-q", "--fresh"],
        cwd=root, env=env, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip
    try:
        assert build.stderr is not None
        for line in build.stderr:
            if line == "paused at working\n":
                return True
        assert build.wait(timeout=120) == 0
        return False
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(build.pid, signal.SIGKILL)
        build.wait(timeout=30)


def test_a_small_archive_is_made_in_one_process_unless_more_are_asked_for(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Forked processes cost the real three documents (17,000 characters of text) more
    than they save: their pages and files are made in the build's own process, and the
    site is byte for byte what two processes make where ARCHIVE_SITE_WORKERS asks for
    them. Twenty generated documents (about 190,000 characters) are shared out."""
    workspace.copy_real()
    assert not paused_in_a_worker(workspace.root, None)
    alone = snapshot(workspace.site)
    assert paused_in_a_worker(workspace.root, "2")
    assert workspace.build("-q", "--fresh", env={pool.VARIABLE: "2"}).code == 0
    assert snapshot(workspace.site) == alone
    if pool.WORKERS >= 2:  # where there is more than one core
        larger = tmp_path / "larger"
        generate(larger, 20)
        assert paused_in_a_worker(larger, None)
