"""Templates -> files in a staging folder. Rendering discovers no data: it writes what the
views hand it, plus the static assets."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import jinja2

from . import views
from .views import Page


@cache
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


def document_chunk(job: tuple[views.Shared, Path, Path], indexes: Sequence[int]) -> list[str]:
    """Render and write some documents' pages: the share of one process."""
    shared, templates, staging = job
    html = render_all(views.document_pages(shared, indexes), templates)
    write_pages(staging, html)
    return list(html)


def write(staging: Path, rendered: dict[str, str], templates: Path) -> None:
    write_pages(staging, rendered)
    assets = templates / "assets"
    if assets.is_dir():
        shutil.copytree(assets, staging / "assets")


def write_pages(staging: Path, rendered: dict[str, str]) -> None:
    for rel, html in sorted(rendered.items()):
        target = staging / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
