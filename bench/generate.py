"""Generate an archive of N seed texts in the three shapes of the real seeds, deterministic
for a given random seed: web captures, translations under a catalogue heading, and
memoranda with an attached telegram. The texts mention the curated entities, carry
editorial brackets, page markers and marginal notes, so every stage of the build works.

    python bench/generate.py OUT_FOLDER --count 1000 [--seed 1]
"""

from __future__ import annotations

import argparse
import calendar
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
MONTHS = list(calendar.month_name)[1:]  # English: Python leaves the C locale as it is
PEOPLE = [
    "Brezhnev",
    "Podgorny",
    "Kosygin",
    "Andropov",
    "Gromyko",
    "Kirilenko",
    "Suslov",
    "Ponomarev",
    "Zamiatin",
]
NAMED = [
    "[Aleksandr] Ginzburg",
    "[Andrei] Sakharov",
    "Bukovsky",
    "Vance",
    "President Carter",
    "A.F. Dobrynin",
    "the PCF",
    "TASS",
    "the International Department",
]
PLACES = [
    "Moscow",
    "Washington",
    "Paris",
    "Rome",
    "London",
    "Tokyo",
    "Madrid",
    "Lisbon",
    "Brussels",
    "Bern",
    "Bonn",
    "Stockholm",
    "Oslo",
]
WORDS = [
    "campaign",
    "human",
    "rights",
    "dissidents",
    "relations",
    "principles",
    "interference",
    "domestic",
    "affairs",
    "socialist",
    "countries",
    "propaganda",
    "counteract",
    "embassy",
    "correspondents",
    "conversation",
    "instructions",
    "ideological",
    "struggle",
    "relaxation",
    "tension",
    "security",
    "cooperation",
    "peoples",
    "statements",
    "assessment",
    "organisations",
    "protests",
    "solidarity",
    "progressive",
    "forces",
    "public",
    "opinion",
    "measures",
    "representatives",
    "administration",
    "commentary",
    "leadership",
    "materials",
    "guidance",
    "information",
    "government",
    "policy",
    "legislation",
    "arbiter",
    "democratic",
]


def sentence(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(7, 14))
    if rng.random() < 0.5:
        words.insert(rng.randint(1, len(words) - 1), rng.choice(NAMED))
    if rng.random() < 0.3:
        words.insert(rng.randint(1, len(words) - 1), "in " + rng.choice(PLACES))
    if rng.random() < 0.08:
        words.insert(rng.randint(1, len(words) - 1), "[sic]")
    text = " ".join(words)
    return text[0].upper() + text[1:] + rng.choice([".", ".", ".", "…."])


def paragraph(rng: random.Random, wrap: bool = False) -> str:
    text = " ".join(sentence(rng) for _ in range(rng.randint(2, 6)))
    if wrap and len(text) > 160:  # a hard-wrapped line, as in the captures
        cut = text.index(" ", 120)
        text = text[:cut] + "\n" + text[cut + 1 :]
    return text


def body(rng: random.Random, n: int, page_markers: bool = True) -> list[str]:
    paras = [paragraph(rng, wrap=True) for _ in range(n)]
    if page_markers and n > 3:
        for k, word in ((n // 3, "two"), (2 * n // 3, "three")):
            paras.insert(k, f"[page {word}]")
    return paras


def long_date(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def capture(rng: random.Random, d: date, n: int) -> str:
    number = rng.randint(10, 99)
    parts = [
        "Skip to content",
        f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        f"CPSU CC Protocol #{number}/{rng.randint(1, 40)}, Instructions on {rng.choice(WORDS)} "
        f"and {rng.choice(WORDS)}",
        "Proletariats of the World unite!",
        "COMMUNIST PARTY OF THE SOVIET UNION\nCENTRAL COMMITTEE",
        "Top secret",
        f"No P{number}/{rng.choice(['I', 'IV', 'X', 'XII'])}",
        "To: comrades " + ", ".join(rng.sample(PEOPLE, 5)) + ".",
        f"Extract from protocol No {number} of the meeting of CC CPSU Politburo on "
        f"{MONTHS[d.month - 1]} {d.day}, {d.year} ______________",
        f"About the instructions to the Soviet Ambassador in {rng.choice(PLACES)}.",
        "The draft of the instructions is to be approved. (The draft is attached.)",
        "SECRETARY OF THE CC",
        "[Along left-hand margin]\nMust be returned within 7 days to the\n"
        "CC CPSU (General Department, 1st sector)",
        f"On the point X of the protocol No {number}",
        "Secret",
        "WASHINGTON",
        "TO THE SOVIET AMBASSADOR",
        *body(rng, n, page_markers=False),
        "Telegraph the fulfillment.",
        paragraph(rng),
        "",
        "Document Information",
        "Source",
        f"Fond 89, Perechen {rng.randint(1, 60)}, Dokument {rng.randint(1, 99)}, Center for "
        "the Storage of Contemporary Documentation (TsKhSD), Moscow; translation by "
        "A. Translator.",
        "Type",
        "Protocol",
        "Language",  # with no value, as the real capture prints it
        "Record ID",
        str(100000 + rng.randint(0, 99999)),
    ]
    return "\n\n".join(parts)


def instruction(rng: random.Random, d: date, n: int) -> str:
    a, b = rng.randint(10, 99), rng.randint(1, 99)
    parts = [
        f"{long_date(d)}* (Pb {a}/{b}) Human rights",
        f"Politburo. Instructions to Soviet ambassadors on {rng.choice(WORDS)} "
        f"({rng.randint(2, 30)} pp). [R {long_date(d)}, Pb {a}-{b}] Excerpt.",
        "To all Soviet ambassadors and representatives",
        *body(rng, n),
        "[There followed several pages of instructions and counter-arguments.]",
        paragraph(rng),
        "1. Notes by translator and editor are bracketed, thus [ ];\n"
        "2. text written by hand is indicated in italic script.",
        "Translation, John Crowfoot",
    ]
    return "\n\n".join(parts)


def memorandum(rng: random.Random, d: date, n: int) -> str:
    cities = rng.sample(PLACES[2:], 6)
    parts = [
        "SECRET",
        "2nd sector",
        "To the CPSU Central Committee",
        f"About information from Soviet ambassadors concerning {rng.choice(WORDS)}",
        *body(rng, max(2, n // 2), page_markers=False),
        "The text of this telegram to Soviet ambassadors is attached.",
        "We request authorisation",
        "Deputy head of the International Department [signature]",
        "(V. Zagladin)",
        f"{long_date(d)} No 25-S-{rng.randint(1000, 9999)}",
        "Secret",
        "Addendum",
        *(" ".join(pair).upper() for pair in zip(cities[::2], cities[1::2], strict=True)),
        "To Soviet Ambassador",
        *body(rng, max(2, n // 2)),
    ]
    return "\n\n".join(parts)


SHAPES = (capture, instruction, memorandum)


def generate(out: Path, count: int, seed: int = 1, paragraphs: tuple[int, int] = (6, 30)) -> None:
    """Write `count` seeds into out/seeds, with the project's content and curated data;
    each document of `paragraphs` paragraphs (at least, at most) in its body."""
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    (out / "seeds").mkdir(parents=True)
    (out / "documents" / "editorial").mkdir(parents=True)
    shutil.copytree(PROJECT / "content", out / "content")
    shutil.copytree(PROJECT / "documents" / "entities", out / "documents" / "entities")
    # the generated texts need not name every curated entity
    for path in (out / "documents" / "entities").glob("*.yaml"):
        entries = path.read_text().split("\n- ")
        path.write_text(
            "\n- ".join(
                entry
                if "context_only:" in entry
                else entry.replace("  aliases:", "  context_only: true\n  aliases:")
                for entry in entries
            )
        )
    (out / "content" / "chronology.yaml").write_text("[]\n")
    (out / "documents" / "entities" / "relations.yaml").write_text("[]\n")
    start = date(1960, 1, 1)
    for i in range(count):
        d = start + timedelta(days=rng.randint(0, 365 * 30))
        shape = SHAPES[i % len(SHAPES)]
        text = shape(rng, d, rng.randint(*paragraphs))
        (out / "seeds" / f"{i:05d}.txt").write_text(text + "\n", encoding="utf-8")


TRANSLATION = PROJECT / "seeds" / "001_4215be4c9e9eb522.txt"  # an archive translation


def dense_seed(size: int) -> str:
    """An archive translation of about `size` bytes in one paragraph, dense with names,
    brackets of every kind and page markers."""
    head = TRANSLATION.read_text(encoding="utf-8").split("[page two]")[0]
    unit = (
        "Comrade Brezhnev and [Andrei] Sakharov [sic] met Ginzburg in Moscow [PCF] on "
        "détente [détente], then Bukovsky wrote to Vance [Handwritten: Agreed. Suslov]. "
    )
    body, n, length = [], 0, 0
    while length < size:
        n += 1
        piece = unit + (f"[page {n % 90 + 2}] " if n % 7 == 0 else "")
        if n % 40 == 0:
            piece += "\n"  # lines of a few thousand characters
        body.append(piece)
        length += len(piece)
    return head + "".join(body) + "\n\nTranslation, John Crowfoot\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.out, args.count, args.seed)


if __name__ == "__main__":
    main()
