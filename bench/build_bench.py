"""Build benchmark: the real archive and generated ones of 1,000 to 20,000 documents,
built cold (records committed, no site, no cache), again unchanged, and warm (one seed
edited, site and cache in place), with wall and CPU seconds, peak memory, output size,
seconds per stage, and the bytes of a document page. Measures only; asserts nothing.

    python bench/build_bench.py [--sizes real,1000,5000] [--json bench/results/build.json]
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "bench"))

from generate import dense_seed, generate  # noqa: E402
from peers import OUTPUT, clean, commands, write_trees  # noqa: E402

STAGES = ("parse", "records", "check", "render", "exports", "offline index", "search index", "zip")
KINDS = ("first", "cold", "unchanged", "warm")
CACHE = ".site.cache"  # what a build keeps for the next, beside site/
ADDED = "The benchmark adds this paragraph to see what a warm build redoes."
BUILD = [sys.executable, str(PROJECT / "build.py"), "-q"]  # the build, in an archive's folder


DENSE = 4_900_000  # bytes: a seed just under the 5 MB limit


def prepare(size: str, root: Path) -> None:
    """`real`: the real archive; `dense`: the real archive and a seed of almost 5 MB
    dense with names and brackets; a number: that many generated documents."""
    if size in ("real", "dense"):
        root.mkdir(parents=True)
        for folder in ("seeds", "documents", "content"):
            shutil.copytree(PROJECT / folder, root / folder)
        if size == "dense":
            (root / "seeds" / "zz_dense.txt").write_text(dense_seed(DENSE), encoding="utf-8")
    else:
        generate(root, int(size))


def run(command: list[str], folder: Path) -> dict[str, float]:
    """Wall and CPU seconds and peak memory of one command, measured by a process of its
    own (so the peak is this command's largest process, not the largest so far)."""
    measure = [sys.executable, str(PROJECT / "bench" / "measure.py"), str(folder), *command]
    done = subprocess.run(measure, capture_output=True, text=True)
    if done.returncode != 0:  # what the command said, then stop: a failed build measures nothing
        sys.stderr.write(done.stderr[-20_000:])
        sys.exit(f"{folder.name}: {' '.join(command[1:])} failed (exit {done.returncode})")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def build(root: Path) -> dict[str, object]:
    """One build in its own process: wall and CPU seconds, peak memory, stage seconds."""
    timings = root / "timings.json"
    row: dict[str, object] = dict(run([*BUILD, "--timings", str(timings)], root))
    stages = json.loads(timings.read_text())["stages"]
    row["stages"] = {name: round(stages.get(name, 0.0), 2) for name in STAGES}
    return row


def compare_peers(root: Path, tmp: Path, rounds: int) -> dict[str, object]:
    """This build, cold, and each installed peer on the same texts, taken in turn
    `rounds` times: the median of each, and this build's wall time over each peer's."""
    mkdocs, hugo = write_trees(root / "seeds", tmp / "peers")
    peers = commands(mkdocs, hugo)
    walls: dict[str, list[dict[str, float]]] = {"this project": [], **{p: [] for p in peers}}
    for _ in range(rounds):
        shutil.rmtree(root / "site", ignore_errors=True)
        shutil.rmtree(root / CACHE, ignore_errors=True)
        walls["this project"].append(run(BUILD, root) | output(root / "site"))
        for name, (command, folder) in peers.items():
            clean(folder)
            walls[name].append(run(command, folder) | output(folder / OUTPUT[name]))
    medians = {name: median_row(rows) for name, rows in walls.items()}
    ours = medians["this project"]["wall_s"]
    shutil.rmtree(tmp / "peers")
    return {
        "rounds": rounds,
        "builds": medians,
        "ratios": {name: round(ours / m["wall_s"], 2) for name, m in medians.items()},
        "missing": [p for p in ("MkDocs", "Hugo + Pagefind") if p not in peers],
    }


def output(site: Path) -> dict[str, float]:
    """What a build wrote: megabytes and files (a peer's search index included)."""
    size, count = folder_bytes(site)
    return {"output_mb": round(size / 1e6, 1), "files": count}


def median_row(rows: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in rows) for key in rows[0]}


def edit_one_seed(root: Path) -> str:
    """Add a paragraph after the longest line of the middle seed; returns its name."""
    seeds = sorted((root / "seeds").glob("*.txt"))
    seed = seeds[len(seeds) // 2]
    lines = seed.read_text(encoding="utf-8").split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest + 1 : longest + 1] = ["", ADDED]
    seed.write_text("\n".join(lines), encoding="utf-8")
    return seed.name


def folder_bytes(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def largest_files(site: Path, count: int = 3) -> list[tuple[str, int]]:
    """The largest published files, with their bytes: what a host's limit per file meets
    first."""
    files = sorted((p for p in site.rglob("*") if p.is_file()), key=lambda p: -p.stat().st_size)
    return [(str(p.relative_to(site)), p.stat().st_size) for p in files[:count]]


def page_weight(site: Path) -> dict[str, int]:
    """The largest document page with what it loads before any search: HTML, CSS, JS."""
    pages = list((site / "documents").glob("*/index.html"))
    largest = max(pages, key=lambda p: p.stat().st_size)
    css = (site / "assets" / "style.css").stat().st_size
    js = (site / "assets" / "reader.js").stat().st_size
    html = largest.stat().st_size
    return {"html": html, "css": css, "js": js, "total": html + css + js}


def same_tree(a: Path, b: Path) -> bool:
    compared = filecmp.dircmp(a, b)
    if compared.left_only or compared.right_only or compared.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, compared.common_files, shallow=False)
    return (
        not mismatch and not errors and all(same_tree(a / d, b / d) for d in compared.common_dirs)
    )


def measure(size: str, tmp: Path, compare: bool, peers: int) -> dict[str, object]:
    root = tmp / f"archive-{size}"
    prepare(size, root)
    first = build(root)  # writes the records and the anchor register, as a new archive does
    shutil.rmtree(root / "site")
    shutil.rmtree(root / CACHE)
    cold = build(root)  # records committed; no site, no cache
    unchanged = build(root)  # the same again: what the cache spares
    edited = edit_one_seed(root)
    warm = build(root)
    site_bytes, site_files = folder_bytes(root / "site")
    row: dict[str, object] = {
        "largest_files": largest_files(root / "site"),
        "documents": len(list((root / "seeds").glob("*.txt"))),
        "first": first,
        "cold": cold,
        "unchanged": unchanged,
        "warm": warm,
        "edited_seed": edited,
        "site_bytes": site_bytes,
        "site_files": site_files,
        "cache_bytes": folder_bytes(root / CACHE)[0],
        "page_weight": page_weight(root / "site"),
    }
    if compare:  # the warm build's site against a cold build of the same inputs
        twin = tmp / f"twin-{size}"
        shutil.copytree(root, twin, ignore=shutil.ignore_patterns("site", CACHE))
        build(twin)
        row["warm_equals_cold"] = same_tree(root / "site", twin / "site")
        shutil.rmtree(twin)
    if peers:  # on the edited texts, as a cold build of each
        row["peers"] = compare_peers(root, tmp, peers)
    shutil.rmtree(root)
    return row


def table(results: dict[str, dict[str, object]]) -> str:
    head = ["archive", "docs", "build", "wall s", "CPU s", "peak MiB", *STAGES, "site MB"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for size, row in results.items():
        for kind in KINDS:
            b = row[kind]
            assert isinstance(b, dict)
            stages = [f"{b['stages'][s]:.2f}" for s in STAGES]
            lines.append(
                f"| {size} | {row['documents']} | {kind} | {b['wall_s']} | {b['cpu_s']} | "
                f"{b['peak_mib']} | " + " | ".join(stages) + f" | {row['site_bytes'] / 1e6:.1f} |"
            )
    return "\n".join(lines)


def peer_table(size: str, peers: object) -> str:
    """This build and the peers on the same texts, cold, medians of the rounds."""
    assert isinstance(peers, dict)
    head = f"cold builds of the {size} texts, medians of {peers['rounds']}"
    columns = "| build | wall s | CPU s | peak MiB | output MB | files |"
    lines = [head, "", f"{columns} this build's wall over it |", "|---|---|---|---|---|---|---|"]
    for name, m in peers["builds"].items():
        ratio = "" if name == "this project" else f"{peers['ratios'][name]:.2f}"
        measured = f"{m['wall_s']} | {m['cpu_s']} | {m['peak_mib']}"
        lines.append(f"| {name} | {measured} | {m['output_mb']} | {m['files']:.0f} | {ratio} |")
    lines += [f"{name}: not installed (make bench installs it)" for name in peers["missing"]]
    return "\n".join(lines)


def growth(results: dict[str, dict[str, object]]) -> str:
    """Each generated size's cold build per document, and what a size of ten times as
    many would take if the curve went on as from the last step (a line, where the last
    two sizes show a straight one)."""
    sizes = [(int(s), r) for s, r in results.items() if s.isdigit()]
    head = "| docs | cold wall s | ms / doc | peak MiB | site MB | KB / doc | largest file |"
    lines = ["growth of a cold build", "", head, "|---|---|---|---|---|---|---|"]
    for n, row in sizes:
        cold = row["cold"]
        largest = row["largest_files"]
        assert isinstance(cold, dict) and isinstance(largest, list)
        name, size = largest[0]
        site_mb = int(str(row["site_bytes"])) / 1e6
        lines.append(
            f"| {n:,} | {cold['wall_s']} | {1000 * cold['wall_s'] / n:.1f} | "
            f"{cold['peak_mib']} | {site_mb:.0f} | {1000 * site_mb / n:.0f} | "
            f"{name} {size / 1e6:.1f} MB |"
        )
    return "\n".join(lines)


def notes(results: dict[str, dict[str, object]]) -> list[str]:
    out = []
    for size, row in results.items():
        w = row["page_weight"]
        assert isinstance(w, dict)
        out.append(
            f"{size}: largest document page {w['total'] / 1000:.1f} KB "
            f"(HTML {w['html'] / 1000:.1f} + CSS {w['css'] / 1000:.1f} + JS {w['js'] / 1000:.1f})"
            + (
                f"; warm build equals a cold one: {row['warm_equals_cold']}"
                if "warm_equals_cold" in row
                else ""
            )
        )
    if "1000" in results and "10000" in results:
        one, ten = results["1000"]["cold"], results["10000"]["cold"]
        assert isinstance(one, dict) and isinstance(ten, dict)
        ratio = ten["wall_s"] / one["wall_s"]
        out.append(f"growth 1,000 -> 10,000 documents, cold wall time: x{ratio:.1f}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="real,dense,1000,5000,10000,20000")
    parser.add_argument("--json", type=Path, default=PROJECT / "bench" / "results" / "build.json")
    parser.add_argument(
        "--compare-up-to", type=int, default=1000,
        help="check warm == cold for archives up to this many documents (another build each)",
    )  # fmt: skip
    parser.add_argument(
        "--peers-at", default="1000",
        help="sizes at which MkDocs and Hugo + Pagefind build the same texts ('' for none)",
    )  # fmt: skip
    parser.add_argument("--rounds", type=int, default=3, help="builds of each, for the medians")
    args = parser.parse_args()
    peer_sizes = set(filter(None, args.peers_at.split(",")))
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="archive-bench-") as tmp:
        for size in args.sizes.split(","):
            compare = size == "real" or (size.isdigit() and int(size) <= args.compare_up_to)
            peers = args.rounds if size in peer_sizes else 0
            results[size] = measure(size, Path(tmp), compare, peers)
            print(f"measured {size}", file=sys.stderr)
    print(table(results))
    print()
    for size, row in results.items():
        if "peers" in row:
            print(peer_table(size, row["peers"]))
            print()
    if sum(size.isdigit() for size in results) > 1:
        print(growth(results))
        print()
    print("\n".join(notes(results)))
    machine = {"cpus": os.cpu_count(), "python": platform.python_version()}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"machine": machine, "results": results}, indent=2) + "\n")
    print(f"\nwritten to {args.json}")


if __name__ == "__main__":
    main()
