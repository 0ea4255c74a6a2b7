"""Work spread over processes: each work's results come back whole and in order, however
the items of several works were shared out."""

from __future__ import annotations

import os
import time

from archive_site.runtime import pool


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
