"""Templates -> files in a staging folder. Rendering discovers no data: it writes what the
views hand it, plus the static assets."""

from __future__ import annotations

import shutil
from pathlib import Path

import jinja2

from .views import Page


def environment(templates: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_all(pages: list[Page], templates: Path) -> dict[str, str]:
    """Every page's HTML by its path in the site; nothing is written yet."""
    env = environment(templates)
    return {page.path: env.get_template(page.template).render(page.context) for page in pages}


def write(staging: Path, rendered: dict[str, str], templates: Path) -> None:
    for rel, html in sorted(rendered.items()):
        target = staging / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    assets = templates / "assets"
    if assets.is_dir():
        shutil.copytree(assets, staging / "assets")
