"""Settling block ids against the register: the indexed search for revised blocks gives
the ids the earlier search, which weighed every withdrawn text against every block, gave.
That search is kept here, as it was, to hold the new one to it."""

from __future__ import annotations

import difflib
import random
import re
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive_site.archive.anchors import SIMILAR, prefix, settled_ids
from archive_site.load.register import fingerprint
from conftest import SEED_NAMES, SEEDS

# -- the earlier search, as it was (on ids and texts instead of blocks) -------------------


def old_settled_ids(
    blocks: list[tuple[str, str]],
    known: list[tuple[str, str]],
    previous: Callable[[], dict[str, str]],
) -> dict[str, str]:
    by_print: dict[str, list[str]] = {}
    for anchor, printed in known:
        by_print.setdefault(printed, []).append(anchor)
    mapping: dict[str, str] = {}
    for block_id, text in blocks:
        candidates = by_print.get(fingerprint(text), [])
        if candidates:
            chosen = block_id if block_id in candidates else candidates[0]
            candidates.remove(chosen)
            mapping[block_id] = chosen
    claimed = set(mapping.values())
    unclaimed = [anchor for anchor, _ in known if anchor not in claimed]
    texts: dict[str, str] = {}
    if unclaimed and len(mapping) < len(blocks):
        texts = previous()
    unclaimed = [anchor for anchor in unclaimed if anchor in texts]
    for block_id, text in blocks:
        if block_id not in mapping and unclaimed:
            match = old_revision_of(block_id, " ".join(text.split()), unclaimed, texts)
            if match:
                unclaimed.remove(match)
                mapping[block_id] = match
    used = {anchor for anchor, _ in known} | set(mapping.values())
    for block_id, _ in blocks:
        if block_id not in mapping:
            mapping[block_id] = old_fresh(block_id, used)
            used.add(mapping[block_id])
    return mapping


def old_revision_of(
    block_id: str, text: str, unclaimed: list[str], previous: dict[str, str]
) -> str | None:
    best, score = None, SIMILAR
    for anchor in unclaimed:
        if prefix(anchor) != prefix(block_id):
            continue
        matcher = difflib.SequenceMatcher(None, previous[anchor], text, autojunk=False)
        if matcher.real_quick_ratio() >= score and matcher.ratio() >= score:
            best, score = anchor, matcher.ratio()
    return best


def old_fresh(block_id: str, used: set[str]) -> str:
    kind = prefix(block_id)
    numbers = [int(m.group(1)) for a in used if (m := re.fullmatch(rf"{kind}-?(\d+)", a))]
    sep = "" if kind == "p" else "-"
    return f"{kind}{sep}{max(numbers, default=0) + 1}"


# -- generated revisions ----------------------------------------------------------------

WORDS = sorted({w for name in SEED_NAMES for w in (SEEDS / name).read_text().split()})
KINDS = ["p", "p", "p", "p", "heading", "quote"]


def paragraph(rng: random.Random) -> str:
    size = rng.choice([1, 2, 3, 5, 12, 40, 90])
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, size)))


def revised(rng: random.Random, text: str) -> str:
    """The text with a few words, or letters, changed, added or taken out."""
    words = text.split()
    for _ in range(rng.choice([1, 1, 2, 3, max(1, len(words) // 8)])):
        how, at = rng.randrange(5), rng.randrange(len(words))
        if how == 0:
            words[at] = rng.choice(WORDS)
        elif how == 1:
            words.insert(at, rng.choice(WORDS))
        elif how == 2 and len(words) > 1:
            del words[at]
        elif how == 3 and words[at]:
            letter = rng.randrange(len(words[at]))
            words[at] = words[at][:letter] + rng.choice("aeiost.,") + words[at][letter + 1 :]
        else:
            words[at] = words[at] + rng.choice(["s", ".", ",", "'s"])
    return " ".join(words)


def numbered(kinds: list[str]) -> list[str]:
    """Ids as the parser gives them: each kind numbered in reading order."""
    seen: dict[str, int] = {}
    ids = []
    for kind in kinds:
        seen[kind] = seen.get(kind, 0) + 1
        ids.append(f"p{seen[kind]}" if kind == "p" else f"{kind}-{seen[kind]}")
    return ids


def scenario(
    rng: random.Random,
) -> tuple[list[tuple[str, str]], list[tuple[str, str]], dict[str, str]]:
    """A published document (its register lines, its record's texts) and its blocks after
    a revision: blocks kept, moved, revised, withdrawn, added, some texts given twice."""
    count = rng.randint(1, 40)
    kinds = [rng.choice(KINDS) for _ in range(count)]
    texts = [paragraph(rng) for _ in range(count)]
    for i in range(count):  # the same text more than once
        if rng.random() < 0.1:
            texts[i] = texts[rng.randrange(count)]
    ids = numbered(kinds)
    if rng.random() < 0.3:  # a register that has grown before: ids not in reading order
        rng.shuffle(ids)
    known = [(anchor, fingerprint(text)) for anchor, text in zip(ids, texts, strict=True)]
    previous = {anchor: " ".join(text.split()) for anchor, text in zip(ids, texts, strict=True)}
    now: list[tuple[str, str]] = []
    for kind, text in zip(kinds, texts, strict=True):
        fate = rng.random()
        if fate < 0.1:
            continue  # withdrawn
        if fate < 0.6:
            text = revised(rng, text)
        now.append((kind, text))
        if rng.random() < 0.1:
            now.append((rng.choice(KINDS), paragraph(rng)))  # added
        if rng.random() < 0.05:
            now.append((kind, revised(rng, text)))  # a near copy
    if rng.random() < 0.2:
        rng.shuffle(now)
    blocks = list(zip(numbered([k for k, _ in now]), [t for _, t in now], strict=True))
    return blocks, known, previous


def test_revised_blocks_get_the_ids_the_earlier_search_gave() -> None:
    rng = random.Random(34)
    revisions_found = 0
    for _ in range(400):
        blocks, known, previous = scenario(rng)
        new = settled_ids(blocks, known, lambda p=previous: p)
        old = old_settled_ids(blocks, known, lambda p=previous: p)
        assert new == old, (blocks, known, previous)
        revisions_found += sum(
            1
            for b, a in new.items()
            if a in previous and fingerprint(dict(blocks)[b]) != dict(known)[a]
        )
    assert revisions_found > 1000  # the scenarios revise, and revisions are recognised


SHORT_TEXT = st.text(alphabet="ab .", max_size=12)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.sampled_from(["p", "heading"]), SHORT_TEXT), max_size=8),
    st.lists(st.tuples(st.sampled_from(["p", "heading"]), SHORT_TEXT), max_size=8),
)
def test_short_blocks_are_weighed_against_every_text_they_may_revise(
    before: list[tuple[str, str]], after: list[tuple[str, str]]
) -> None:
    """Short texts of few letters, where any two may be alike: the same ids as before."""
    ids = numbered([k for k, _ in before])
    known = [(a, fingerprint(t)) for a, (_, t) in zip(ids, before, strict=True)]
    previous = {a: " ".join(t.split()) for a, (_, t) in zip(ids, before, strict=True)}
    blocks = list(zip(numbered([k for k, _ in after]), [t for _, t in after], strict=True))
    new = settled_ids(blocks, known, lambda: previous)
    assert new == old_settled_ids(blocks, known, lambda: previous)
