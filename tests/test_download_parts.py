"""Downloads within the size a host takes: a real build of a generated archive with the
part size set small, whose offline copy comes in parts, each under the size and each a
folder that opens alone, and whose dataset is a zip for each year that each page links."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import lxml.html
import pytest

from archive_site.exports import bundle
from archive_site.runtime.outdir import MARKER
from archive_site.site import views
from conftest import PROJECT, run_here
from test_html_valid import nu_errors

sys.path.insert(0, str(PROJECT / "bench"))
from generate import generate

DOCUMENTS = 16  # enough for a copy in three parts and a dataset by year; a build is quick
BUNDLE = "soviet-human-rights-documents"


def entries(path: Path) -> dict[str, int]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: i.compress_size for i in zf.infolist()}


@pytest.fixture(scope="module")
def parted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The archive built once whole, to size its copy, then again with a part size that
    the documents' pages overflow about three times."""
    root = tmp_path_factory.mktemp("parts") / "archive"
    generate(root, DOCUMENTS)
    run = run_here(root, ["-q"])
    assert run.code == 0, run.err
    whole = entries(root / "site" / "downloads" / f"{BUNDLE}.zip")
    shared = sum(size for name, size in whole.items() if "/documents/" not in name)
    limit = shared + (sum(whole.values()) - shared) // 3
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bundle, "PART_BYTES", limit)
        patch.setattr(views, "DATASET_DOCUMENTS", DOCUMENTS // 2)
        run = run_here(root, ["-q", "--fresh"])
    assert run.code == 0, run.err
    return root / "site", limit


def test_no_download_is_over_the_part_size_and_the_home_page_lists_every_part(
    parted: tuple[Path, int],
) -> None:
    site, limit = parted
    downloads = sorted((site / "downloads").iterdir())
    assert not (site / "downloads" / f"{BUNDLE}.zip").exists()
    parts = [p for p in downloads if p.name.startswith(f"{BUNDLE}-part-")]
    assert len(parts) >= 3
    assert all(p.stat().st_size <= limit for p in downloads)
    for rel, root in (("index.html", ""), ("about/index.html", "../")):
        page = lxml.html.fromstring((site / rel).read_bytes())
        listed = page.xpath("//ul[@class='download-parts']//a/@href")
        assert listed == [f"{root}downloads/{p.name}" for p in parts]
    assert nu_errors([str(site / "index.html"), str(site / "about" / "index.html")]) == []


def test_each_part_opens_alone_and_all_together_make_the_whole_copy(
    parted: tuple[Path, int], tmp_path: Path
) -> None:
    site, _ = parted
    parts = sorted((site / "downloads").glob(f"{BUNDLE}-part-*.zip"))
    together: set[str] = set()
    seen_documents: list[str] = []
    for number, part in enumerate(parts, 1):
        target = tmp_path / part.stem
        with zipfile.ZipFile(part) as zf:
            zf.extractall(target)
            together |= set(zf.namelist())
        (folder,) = target.iterdir()
        home = (folder / "index.html").read_text(encoding="utf-8")
        assert f"This is part {number} of {len(parts)} of the offline copy" in home
        for rel in ("search/index.html", "search/offline/meta.js", "assets/search.js"):
            assert (folder / rel).is_file()
        mine = sorted(p.parent.name for p in folder.glob("documents/*/index.html"))
        assert mine
        seen_documents += mine
        for doc_id in mine:  # each page's dataset is in the part
            page = lxml.html.fromstring((folder / "documents" / doc_id / "index.html").read_bytes())
            for href in page.xpath("//details[@class='downloads']//a/@href"):
                assert (folder / "documents" / doc_id / href).resolve().is_file(), href
    assert seen_documents == sorted(p.name for p in (site / "documents").iterdir())
    published = {
        f"site/{rel}"
        for rel in (p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
        if not rel.startswith(("pagefind/", f"downloads/{BUNDLE}-part-")) and rel != MARKER
    }
    assert published - together == set()


def test_a_large_archives_dataset_is_a_zip_for_each_year_linked_from_its_pages(
    parted: tuple[Path, int],
) -> None:
    site, _ = parted
    years = sorted(p.name for p in (site / "downloads").glob("dataset-*.zip"))
    assert len(years) > 1 and not (site / "downloads" / "dataset.zip").exists()
    for folder in sorted((site / "documents").iterdir()):
        own = [f"{folder.name}.{ext}" for ext in ("bib", "csl.json", "ris")]
        assert sorted(p.name for p in folder.iterdir()) == [*own, "index.html"]
        page = lxml.html.fromstring((folder / "index.html").read_bytes())
        (tei,) = page.xpath("//details[@class='downloads']//a[contains(., 'TEI')]")
        zipped = (folder / tei.get("href")).resolve()
        assert zipped.name in years
        with zipfile.ZipFile(zipped) as zf:
            assert f"dataset/documents/{folder.name}.xml" in zf.namelist()
            register = zf.read("dataset/anchors/register.tsv").decode()
        documents = [
            line.split("\t")[1] for line in register.splitlines() if line[:9] == "document\t"
        ]
        assert folder.name in documents
        assert all(d[:4] == zipped.stem[-4:] for d in documents)
    about = lxml.html.fromstring((site / "about" / "index.html").read_bytes())
    (where,) = about.xpath("//h2[.='Where each format is']/following-sibling::ul[1]")
    assert "In the dataset, a zip for each year" in where.text_content()
    assert "Beside each page on the published site" not in where.text_content()
    assert sorted(Path(h).name for h in about.xpath("//a[starts-with(., '19')]/@href")) == years


def test_a_copy_that_cannot_come_in_parts_that_small_stays_whole_and_is_warned_of(
    tmp_path: Path,
) -> None:
    root = tmp_path / "archive"
    generate(root, 4)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bundle, "PART_BYTES", 20_000)
        run = run_here(root, ["-q"])
    assert run.code == 0, run.err
    downloads = sorted(p.name for p in (root / "site" / "downloads").iterdir())
    assert downloads == ["dataset.zip", f"{BUNDLE}.zip"]
    size = bundle.human((root / "site" / "downloads" / f"{BUNDLE}.zip").stat().st_size)
    (warning,) = [line for line in run.err.splitlines() if f"{BUNDLE}.zip" in line]
    assert warning.startswith(
        f"site/downloads/{BUNDLE}.zip:1: warning: the offline copy is {size}, over the part "
        "size of 20 KB, and cannot come in parts that small: a part of one document takes "
    )
    assert warning.endswith(
        "most of it the pages every part holds (the entities' pages, the offline search "
        "index); expected parts under 20 KB, so the copy is one zip"
    )
