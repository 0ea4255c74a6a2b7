"""The build store on its own: real stores in temporary folders, two builds in a row (the
first one's staging folder published as the second one's site, as publishing renames it),
and makers that count their calls. What a build takes again, what it makes afresh, and
what it leaves for the next."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from archive_site.runtime.store import Store, digest_of


class Builds:
    """Builds one after another in a folder: each with a store over the same cache, the
    last one's staged files published as the site."""

    def __init__(self, root: Path, code: str = "code 1") -> None:
        self.root = root
        self.cache = root / "cache"
        self.code = code
        self.count = 0
        self.site = root / "site"

    def next(self, code: str | None = None, fresh: bool = False) -> Store:
        self.count += 1
        store = Store(None) if fresh else Store(self.cache, code or self.code)
        store.site, store.staging = self.site, self.root / f"staging-{self.count}"
        store.staging.mkdir()
        return store

    def publish(self, store: Store) -> None:
        """Put the staged site in place and leave the store for the next build."""
        if self.site.exists():
            os.rename(self.site, self.root / f"old-{self.count}")
        os.rename(store.staging, self.site)
        store.save()


def counting(made: Counter[str], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def make(*args: Any) -> Any:
        made[name] += 1
        return fn(*args)

    return make


@pytest.fixture
def builds(tmp_path: Path) -> Builds:
    return Builds(tmp_path)


def test_a_result_is_made_once_and_taken_again_from_the_same_inputs(builds: Builds) -> None:
    made: Counter[str] = Counter()
    double = counting(made, "double", lambda n: n * 2)
    first = builds.next()
    assert first.results("double", [(21,)], double) == [42]
    builds.publish(first)
    second = builds.next()
    assert second.results("double", [(21,)], double) == [42]
    assert made["double"] == 1
    assert second.results("double", [(5,)], double) == [10]  # other inputs: made
    assert made["double"] == 2


def test_other_code_makes_everything_afresh(builds: Builds) -> None:
    made: Counter[str] = Counter()
    double = counting(made, "double", lambda n: n * 2)
    first = builds.next()
    first.results("double", [(21,)], double)
    builds.publish(first)
    builds.next(code="code 2").results("double", [(21,)], double)
    assert made["double"] == 2


def test_a_store_another_program_wrote_is_neither_read_nor_kept(builds: Builds) -> None:
    """After the program changes, nothing of the store can match a key: none of it is
    read into memory, and the next store holds this program's entries alone; the same
    program then takes its own again."""
    made: Counter[str] = Counter()
    double = counting(made, "double", lambda n: n * 2)
    first = builds.next()
    first.results("double", [(n,) for n in range(5)], double)
    first.results("triple", [(1,)], lambda n: n * 3)
    builds.publish(first)
    second = builds.next(code="code 2")
    assert second.entries("double") == {} and second.published() == {}
    second.results("double", [(1,)], double)
    builds.publish(second)
    assert sorted(p.name for p in builds.cache.glob("*.pickle")) == [
        "double.pickle",
        "files.pickle",
    ]  # the other program's "triple" is gone, though this build did not look it up
    third = builds.next(code="code 2")
    assert list(third.entries("double").values()) == [2]
    third.results("double", [(1,)], double)
    assert made["double"] == 6


def test_results_in_bulk_are_made_only_where_missing_and_in_order(builds: Builds) -> None:
    made: Counter[str] = Counter()
    square = counting(made, "square", lambda n: n * n)
    first = builds.next()
    assert first.results("square", [(n,) for n in range(5)], square) == [0, 1, 4, 9, 16]
    builds.publish(first)
    second = builds.next()
    assert second.results("square", [(n,) for n in (4, 7, 2)], square) == [16, 49, 4]
    assert made["square"] == 6  # only 7 was new


def test_a_kind_looked_up_keeps_only_what_this_build_used(builds: Builds) -> None:
    made: Counter[str] = Counter()
    double = counting(made, "double", lambda n: n * 2)
    first = builds.next()
    first.results("double", [(1,), (2,)], double)
    builds.publish(first)
    second = builds.next()
    second.results("double", [(1,)], double)
    builds.publish(second)
    third = builds.next()
    third.results("double", [(1,), (2,)], double)
    assert made["double"] == 3  # 1 and 2, then 2 again: the second build dropped it


def test_a_published_file_is_linked_into_the_new_site_when_its_inputs_come_back(
    builds: Builds,
) -> None:
    made: Counter[str] = Counter()
    page = counting(made, "page", lambda title: f"<h1>{title}</h1>\n")
    first = builds.next()
    first.file("a/index.html", ("One",), page)
    first.file("b/index.html", ("Two",), page)
    builds.publish(first)
    inode = (builds.site / "a" / "index.html").stat().st_ino
    second = builds.next()
    second.file("a/index.html", ("One",), page)
    second.file("b/index.html", ("Three",), page)
    assert made["page"] == 3
    assert (second.staging / "a" / "index.html").stat().st_ino == inode  # the very file
    assert (second.staging / "b" / "index.html").read_text() == "<h1>Three</h1>\n"
    assert set(second.made) == {"a/index.html", "b/index.html"}


def test_a_published_file_changed_since_is_made_again(builds: Builds) -> None:
    made: Counter[str] = Counter()
    page = counting(made, "page", lambda title: f"<h1>{title}</h1>\n")
    first = builds.next()
    first.file("index.html", ("One",), page)
    builds.publish(first)
    (builds.site / "index.html").write_text("<h1>Edited by hand</h1>\n")
    second = builds.next()
    second.file("index.html", ("One",), page)
    assert made["page"] == 2
    assert (second.staging / "index.html").read_text() == "<h1>One</h1>\n"


def test_files_made_together_are_taken_again_together_or_made_together(
    builds: Builds,
) -> None:
    made: Counter[str] = Counter()
    both = counting(made, "both", lambda n: {"x.txt": f"{n}\n", "y.txt": f"{n * 2}\n"})
    first = builds.next()
    first.files(["x.txt", "y.txt"], (1,), both)
    builds.publish(first)
    (builds.site / "y.txt").unlink()
    second = builds.next()
    second.files(["x.txt", "y.txt"], (1,), both)
    assert made["both"] == 2
    assert (second.staging / "y.txt").read_text() == "2\n"


def test_a_page_whose_view_is_unchanged_is_taken_without_being_made(builds: Builds) -> None:
    """An input the page does not show changes: the view is made again, the file not."""
    made: Counter[str] = Counter()
    view = counting(made, "view", lambda entity, other: (entity.upper(),))
    make = counting(made, "make", lambda shown: f"<h1>{shown}</h1>\n")
    first = builds.next()
    first.page("e/index.html", ("tass", 1), view, make)
    builds.publish(first)
    second = builds.next()
    second.page("e/index.html", ("tass", 1), view, make)  # same inputs: not even the view
    assert made == Counter(view=1, make=1)
    builds.publish(second)
    third = builds.next()
    third.page("e/index.html", ("tass", 2), view, make)  # the view again, the same view
    assert made == Counter(view=2, make=1)
    assert (third.staging / "e" / "index.html").read_text() == "<h1>TASS</h1>\n"


def test_a_store_with_no_folder_reads_nothing_and_keeps_nothing(builds: Builds) -> None:
    made: Counter[str] = Counter()
    double = counting(made, "double", lambda n: n * 2)
    first = builds.next()
    first.results("double", [(1,)], double)
    builds.publish(first)
    fresh = builds.next(fresh=True)
    assert fresh.key("double", 1) == ""
    fresh.results("double", [(1,)], double)
    assert made["double"] == 2
    before = sorted(p.name for p in builds.cache.iterdir())
    fresh.save()
    assert sorted(p.name for p in builds.cache.iterdir()) == before


def test_a_damaged_store_is_read_as_empty(builds: Builds) -> None:
    made: Counter[str] = Counter()
    double = counting(made, "double", lambda n: n * 2)
    first = builds.next()
    first.results("double", [(1,)], double)
    builds.publish(first)
    (builds.cache / "double.pickle").write_bytes(b"\x80\x05not a pickle at all")
    assert builds.next().results("double", [(1,)], double) == [2]
    assert made["double"] == 2


def test_a_planted_pickle_runs_no_code(builds: Builds, tmp_path: Path) -> None:
    import pickle

    builds.publish(builds.next())  # the cache folder, made as a build makes it
    planted = tmp_path / "planted"

    class Payload:
        def __reduce__(self) -> tuple[Any, ...]:
            return (os.mkdir, (str(planted),))

    key = builds.next().key("double", 1)
    (builds.cache / "double.pickle").write_bytes(pickle.dumps((key, Payload())))
    assert builds.next().results("double", [(1,)], lambda n: n * 2) == [2]
    assert not planted.exists()


def test_a_digest_depends_on_the_values_not_how_they_are_shared() -> None:
    part = ["a", "Меморандум"]
    assert digest_of([part, part]) == digest_of([["a", "Меморандум"], ["a", "Меморандум"]])
    assert digest_of("a", "b") != digest_of("ab")
    assert digest_of(1) != digest_of("1")
    assert digest_of(()) == digest_of(()) and len(digest_of(())) == 64  # SHA-256


def test_a_noted_part_of_each_value_is_known_to_later_keys_by_its_inputs(
    builds: Builds,
) -> None:
    """What a survey finds is (mentions, unknown names); later keys (every page that
    shows the mentions) take in the mentions alone: they are known by the key of what
    they were found in, never pickled again for each key. (When the whole pair was
    noted instead, a seed of 1 MB took two minutes to render, its year pages' keys each
    pickling all its mentions.)"""
    from archive_site import making
    from archive_site.runtime.outputs import Values

    store = builds.next()
    inputs = [("a document",), ("another",)]
    wanted = Values(
        "survey", inputs, lambda text: ([text.upper()], ["unknown"]), (), "found", lambda v: v[0]
    )
    found = making.values(store, wanted)
    for args, (mentions, unknown) in zip(inputs, found, strict=True):
        assert store.known(mentions) == store.key("found", *args)
        assert store.known(unknown) is unknown  # not noted: digested as it is


def test_an_entry_added_changes_only_the_runs_of_entries_beside_it() -> None:
    from archive_site.runtime.store import runs

    items = [(digest_of(n), n) for n in range(2000)]
    before = [tuple(key for key, _ in run) for run in runs(items)]
    items.insert(1000, (digest_of("new"), "new"))
    after = [tuple(key for key, _ in run) for run in runs(items)]
    assert len(before) > 10  # some 2000 / 64 runs
    # the run it joined, and the next where that one was cut at the most it may hold
    assert 1 <= len(set(before) - set(after)) <= 2
    assert 1 <= len(set(after) - set(before)) <= 3  # the new key may end a run


def test_a_store_file_replaced_since_it_was_read_lends_none_of_its_pickles(
    builds: Builds,
) -> None:
    """A kind's file is written again by copying the pickles of the entries kept as they
    were read; should the file have been replaced since (another inode), nothing is
    copied from it, and what the store keeps is this build's."""
    from archive_site.runtime.store import read, write

    numbers = [(n,) for n in range(300)]
    first = builds.next()
    first.results("double", numbers, lambda n: n * 2)
    builds.publish(first)
    second = builds.next()
    second.results("double", [*numbers, (300,)], lambda n: n * 2)  # all read, one made
    path = builds.cache / "double.pickle"
    planted = {key: "replaced" for key in read(path)}
    path.unlink()
    write(path, planted)  # the same keys, laid out the same, another value each
    builds.publish(second)
    assert sorted(read(path).values()) == [n * 2 for n in range(301)]


def test_a_store_file_written_again_holds_what_the_build_kept(builds: Builds) -> None:
    numbers = [(n,) for n in range(1000)]
    first = builds.next()
    first.results("double", numbers, lambda n: n * 2)
    builds.publish(first)
    edited = [*numbers[:500], (-1,), *numbers[501:]]
    second = builds.next()
    assert second.results("double", edited, lambda n: n * 2)[500] == -2
    builds.publish(second)

    def unmade(n: int) -> int:
        raise AssertionError(f"{n} made again")

    third = builds.next()  # every entry read back from the file written again
    assert third.results("double", edited, unmade) == [n * 2 for (n,) in edited]


def test_the_parts_of_a_value_made_are_known_by_what_it_was_made_from(builds: Builds) -> None:
    """A parsed seed's document is settled into a new document that shares its parts:
    a key that takes in such a part digests the key of what it was made from, the same
    in the next build from the same input, another from another input."""
    from archive_site.archive.mentions import Mention

    def survey(text: str) -> tuple[Mention, list[str]]:
        return Mention("entity", text, "p1", 1, 0, 0, 4, text, 1), ["unknown"]

    def page_key(store: Store, text: str) -> str:
        [(part, _)] = store.results("survey", [(text,)], survey)
        assert store.known(part) == f"{store.key('survey', text)} 0"
        return store.key("page", (part, "settled"))

    first = builds.next()
    before = page_key(first, "text")
    builds.publish(first)
    again = builds.next()  # read back: another object, known by the same key
    assert page_key(again, "text") == before
    assert page_key(again, "other") != before
    assert again.known(["unknown"]) == ["unknown"]  # a list may change: not named
