"""Shared helpers: real builds of the real build.py in temporary folders, and page parsing."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urldefrag

import lxml.etree
import lxml.html
import pytest
import yaml

if TYPE_CHECKING:  # Playwright is imported only by the tests that drive the browser
    from playwright.sync_api import Browser

PROJECT = Path(__file__).resolve().parents[1]
SEEDS = PROJECT / "seeds"
DOCUMENTS = PROJECT / "documents"
SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


#: the advice every build of the real settings (which name no public address) gives
NO_ADDRESS = (
    "content/site.yaml:20: warning: base_url is not set, so citations and copied links will "
    "carry no address; expected the address the site is published at, e.g. base_url: "
    "https://example.org/archive/ (or build with --base-url)"
)


@dataclass
class Run:
    code: int
    out: str
    err: str


class Workspace:
    """A project folder of its own: seeds/, documents/ (with editorial/) and site/."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.seeds = root / "seeds"
        self.documents = root / "documents"
        self.editorial = self.documents / "editorial"
        self.anchors = self.documents / "anchors"
        self.site = root / "site"
        self.last: Run | None = None  # what the last build here said
        self.cache = root / ".site.cache"  # what the last successful build made
        self.seeds.mkdir(parents=True)
        self.editorial.mkdir(parents=True)
        shutil.copytree(PROJECT / "content", root / "content")

    def copy_real(self, editorial: bool = True) -> Workspace:
        """The real seeds and curated data; with the editors' files, the committed
        anchor register too (it names documents by the editors' ids)."""
        for name in SEED_NAMES:
            shutil.copy(SEEDS / name, self.seeds / name)
        if editorial:
            for path in (DOCUMENTS / "editorial").glob("*.yaml"):
                shutil.copy(path, self.editorial / path.name)
            shutil.copytree(DOCUMENTS / "anchors", self.anchors)
        shutil.copytree(DOCUMENTS / "entities", self.documents / "entities")
        return self

    def build(
        self,
        *args: str,
        env: dict[str, str] | None = None,
        timeout: int = 120,
        process: bool = False,
    ) -> Run:
        """A build (or another command of build.py) in this folder. Run in this process
        through build.py's own entry point, as the same code runs in a new process, unless
        the test is about the process (`process`) or sets its environment (`env`: the
        locale, the hash seed and the number of workers are read as Python starts)."""
        if process or env:
            self.last = self.build_process(*args, env=env, timeout=timeout)
        else:
            self.last = run_here(self.root, list(args))
        return self.last

    def build_process(
        self, *args: str, env: dict[str, str] | None = None, timeout: int = 120
    ) -> Run:
        """build.py run as its own process, as a user runs it."""
        proc = subprocess.run(
            [sys.executable, str(PROJECT / "build.py"), *args],
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, **(env or {})},
        )
        return Run(proc.returncode, proc.stdout, proc.stderr)

    def page(self, rel: str) -> lxml.html.HtmlElement:
        return lxml.html.fromstring((self.site / rel).read_bytes())


def run_here(root: Path, argv: list[str]) -> Run:
    """build.py's entry point (`cli.main`) run in this process, in `root`, its standard
    output and error caught. The stages' caches of one process are cleared first, as a new
    process starts without them (the templates are read once per process). An exception
    escaping it fails the test as a traceback would."""
    from archive_site import cli
    from archive_site.site import render

    render.environment.cache_clear()
    out, err = io.StringIO(), io.StringIO()
    before = os.getcwd()
    os.chdir(root)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(argv)
    finally:
        os.chdir(before)
    return Run(code, out.getvalue(), err.getvalue())


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that takes the browser is marked `browser`, so `-m "not browser"` leaves it.
    The tests marked `slow` run first: processes that share the tests out take them in
    order, so the long ones start early and the last to finish are short."""
    for item in items:
        if {"browser", "http_base"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)  # stable


#: modules whose tests share a costly fixture of their own (a large generated archive, the
#: compiled TEI schema, a search of every engine): in a run shared among processes, each is
#: handed whole to one process, so that fixture is made once, not once in each process
TOGETHER = frozenset(
    {
        "tests/test_download_parts.py",
        "tests/test_large_pages.py",
        "tests/test_search_parity.py",
        "tests/test_tei.py",
        "tests/test_texts.py",
    }
)


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """pytest-xdist's default sharing (`--dist load`, test by test), but for the modules in
    TOGETHER, each shared as one piece. (Its own `--dist loadgroup` marks a test's group in
    a field pytest 9 no longer reads, so it groups nothing.)"""
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class Together(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return module if module in TOGETHER else nodeid

    return Together(config, log)  # type: ignore[arg-type]


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """One build of the real seeds, shared by the tests that only read the result."""
    ws = Workspace(tmp_path_factory.mktemp("built") / "project").copy_real()
    run = ws.build(process=True)  # build.py as a user runs it
    assert run.code == 0, run.err
    return ws


#: the public address of `based_site`
BASE = "https://archive.example/edition/"


@pytest.fixture(scope="session")
def based_site(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """The real archive built for publishing at an address, as the published site is."""
    ws = Workspace(tmp_path_factory.mktemp("based") / "project").copy_real()
    run = ws.build("--base-url", BASE)
    assert run.code == 0, run.err
    return ws


#: the offline zip of the whole site, named by the collection's settings
BUNDLE = yaml.safe_load((PROJECT / "content" / "site.yaml").read_text())["short_name"] + ".zip"


@pytest.fixture(scope="session")
def unzipped(built_site: Workspace, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline bundle, unzipped somewhere else, as a reader would."""
    return unzip(built_site, tmp_path_factory.mktemp("unzipped"))


@pytest.fixture(scope="session")
def based_unzipped(based_site: Workspace, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline bundle of the site built for its public address, unzipped elsewhere."""
    return unzip(based_site, tmp_path_factory.mktemp("based-unzipped"))


def unzip(ws: Workspace, target: Path) -> Path:
    bundle = ws.site / "downloads" / BUNDLE
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(target)
    (folder,) = target.iterdir()
    return folder


def dataset_file(site: Path, doc_id: str, ext: str, dataset: str = "dataset.zip") -> bytes:
    """A document's file as the site's dataset holds it (its JSON, text, TEI, record)."""
    with zipfile.ZipFile(site / "downloads" / dataset) as zf:
        return zf.read(f"dataset/documents/{doc_id}.{ext}")


def tei_tree(site: Path, doc_id: str) -> lxml.etree._ElementTree:
    """A document's TEI, as the site's dataset holds it, parsed."""
    return lxml.etree.ElementTree(lxml.etree.fromstring(dataset_file(site, doc_id, "xml")))


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, driven by Playwright, for the whole run."""
    from playwright.sync_api import sync_playwright

    from browser import ARGS, CHROMIUM

    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: run `make test`"
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def http_base(built_site: Workspace) -> Iterator[str]:
    """The shared build served over HTTP on the loopback address."""
    from browser import serve

    with serve(built_site.site) as base:
        yield base


SITE_FILES = (  # what a link of a page may lead to
    *(".html", ".css", ".js", ".svg", ".zip", ".yaml", ".json", ".txt", ".xml"),
    *(".ris", ".bib"),
)


def assert_links_resolve(site: Path) -> None:
    """Every link and source of every page of a site is relative, with no scheme, and
    lands on a file of the site (and on an element, where it names one); only links out
    to https: are absolute, and they are marked external."""
    ids: dict[Path, set[str]] = {}  # of each page a fragment names, each page read once
    for page_path in sorted(site.rglob("*.html")):
        page = lxml.html.fromstring(page_path.read_bytes())
        for link in page.xpath("//a[starts-with(@href, 'https:')]"):
            assert link.get("rel") == "external noopener", link.get("href")
        for attr in ("href", "src"):
            for url in page.xpath(f"//@{attr}[not(starts-with(., 'https:'))]"):
                assert not re.match(r"[a-z]+:|/", url), (page_path, url)  # no scheme, no root
                target, fragment = urldefrag(url)
                resolved = (page_path.parent / target).resolve() if target else page_path
                assert resolved.is_file(), (page_path, url)
                if target:
                    assert target.endswith(SITE_FILES), url
                if fragment:
                    if resolved not in ids:
                        other = lxml.html.fromstring(resolved.read_bytes())
                        ids[resolved] = set(other.xpath("//@id"))
                    assert fragment in ids[resolved], (page_path, url)


def script_data(text: str) -> object:
    """The data an offline-index script hands to archiveSearchLoaded(name, data); a record
    file's rows inflated, as loader.js inflates them."""
    from archive_site.search.offline import unpacked

    found = re.search(r"archiveSearchLoaded\(\"[^\"]+\",(.*)\);\n$", text, re.S)
    assert found is not None, text[:200]
    data = json.loads(found.group(1))
    return unpacked(data) if isinstance(data, str) else data


def named_rows(table: object) -> list[dict[str, object]]:
    """A table of search/filters.js ({"fields": [...], "rows": [...]}) as one mapping a row."""
    assert isinstance(table, dict)
    return [dict(zip(table["fields"], row, strict=True)) for row in table["rows"]]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below a folder with its bytes, to prove a folder unchanged."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def squash(text: str) -> str:
    """A text with each run of white space (line breaks, no-break spaces) one space."""
    return " ".join(text.split())


def seeds_text(ws: Workspace) -> str:
    """Every seed of a workspace, one after another, squashed: to find printed words in."""
    return squash(" ".join(p.read_text(encoding="utf-8") for p in sorted(ws.seeds.glob("*.txt"))))


def page_words(element: lxml.html.HtmlElement) -> list[str]:
    """The words a reader sees in an element, leaving out the page's own controls and labels
    (marked data-ui), text meant only for screen readers, and templates, which browsers
    never show."""
    clone = lxml.html.fromstring(lxml.html.tostring(element, with_tail=False))
    hidden_xpath = ".//*[@data-ui or contains(@class, 'visually-hidden')] | .//template"
    for hidden in clone.xpath(hidden_xpath):
        hidden.drop_tree()  # keeps the text that follows the element
    for block in clone.iter(*BLOCK_TAGS):
        block.tail = " " + (block.tail or "")  # as a browser lays them out: apart
        block.text = " " + (block.text or "")
    return clone.text_content().split()


BLOCK_TAGS = (
    "p",
    "div",
    "li",
    "td",
    "th",
    "tr",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "section",
    "article",
    "aside",
    "blockquote",
    "br",
    "table",
    "nav",
    "header",
    "footer",
    "main",
    "ul",
    "ol",
    "dl",
)
