"""The peers the build benchmark compares with: the same seed texts as Markdown, built
by MkDocs (default theme, its own search) and by Hugo followed by Pagefind. Both come
from the benchmark's own environment (`make bench` installs them there), never the
site's; a peer that is not installed is left out of the table, with a line saying so.

    python bench/peers.py SEEDS_FOLDER OUT_FOLDER   # writes both trees and builds them once
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

BENCH_BIN = Path(__file__).resolve().parents[1] / ".venv-bench" / "bin"
OUTPUT = {"MkDocs": "site", "Hugo + Pagefind": "public"}  # where each peer writes its site
SPECIAL = re.compile(r"([\\`*_#<>|])")

MKDOCS_CONFIG = "site_name: Archive benchmark\nuse_directory_urls: true\n"
HUGO_CONFIG = 'baseURL = "/"\ntitle = "Archive benchmark"\ndisableKinds = ["taxonomy", "term"]\n'
HUGO_BASE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main data-pagefind-body><h1>{{ .Title }}</h1>{{ block "main" . }}{{ end }}</main></body>
</html>
"""
HUGO_SINGLE = '{{ define "main" }}{{ .Content }}{{ end }}\n'
HUGO_LIST = '{{ define "main" }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">'
HUGO_LIST += "{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n"


def markdown(text: str) -> tuple[str, str]:
    """A seed as (title, Markdown body): its paragraphs, with Markdown's own signs escaped
    so the words come out as written."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    title = next((p for p in paragraphs if len(p) > 20), paragraphs[0] if paragraphs else "")
    body = "\n\n".join(SPECIAL.sub(r"\\\1", p) for p in paragraphs)
    return title[:120], body + "\n"


def write_trees(seeds: Path, out: Path) -> tuple[Path, Path]:
    """The seeds as a MkDocs project and a Hugo project under `out`."""
    mkdocs, hugo = out / "mkdocs", out / "hugo"
    (mkdocs / "docs").mkdir(parents=True)
    (hugo / "content" / "documents").mkdir(parents=True)
    (mkdocs / "mkdocs.yml").write_text(MKDOCS_CONFIG)
    (hugo / "hugo.toml").write_text(HUGO_CONFIG)
    layouts = hugo / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (layouts / "baseof.html").write_text(HUGO_BASE)
    (layouts / "single.html").write_text(HUGO_SINGLE)
    (layouts / "list.html").write_text(HUGO_LIST)
    pages = []
    for seed in sorted(seeds.glob("*.txt")):
        title, body = markdown(seed.read_text(encoding="utf-8"))
        pages.append(f"- [{SPECIAL.sub(r'', title)}]({seed.stem}.md)")
        (mkdocs / "docs" / f"{seed.stem}.md").write_text(f"# {title}\n\n{body}")
        quoted = title.replace("\\", "\\\\").replace('"', '\\"')
        front = f'---\ntitle: "{quoted}"\n---\n\n'
        (hugo / "content" / "documents" / f"{seed.stem}.md").write_text(front + body)
    (mkdocs / "docs" / "index.md").write_text("# Documents\n\n" + "\n".join(pages) + "\n")
    return mkdocs, hugo


def commands(mkdocs: Path, hugo: Path) -> dict[str, tuple[list[str], Path]]:
    """Each installed peer's build, as a shell command and the folder it runs in."""
    found: dict[str, tuple[list[str], Path]] = {}
    if (BENCH_BIN / "mkdocs").exists():
        found["MkDocs"] = ([str(BENCH_BIN / "mkdocs"), "build", "--quiet"], mkdocs)
    hugo_binary = next(BENCH_BIN.parent.glob("lib/python*/site-packages/hugo/binaries/hugo"), None)
    if hugo_binary:  # the binary itself, not its Python launcher; the site's Pagefind
        script = (
            f"{hugo_binary} --quiet && "
            f"{sys.executable} -m pagefind --site public --output-subdir pagefind >/dev/null"
        )
        found["Hugo + Pagefind"] = (["sh", "-c", script], hugo)
    return found


def clean(folder: Path) -> None:
    """What a peer's build made, so that the next one is cold."""
    for made in ("site", "public", "resources", ".hugo_build.lock"):
        target = folder / made
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()


def main() -> None:
    import subprocess

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("seeds", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    mkdocs, hugo = write_trees(args.seeds, args.out)
    for name, (command, folder) in commands(mkdocs, hugo).items():
        subprocess.run(command, cwd=folder, check=True)
        print(f"built with {name} in {folder}")


if __name__ == "__main__":
    main()
