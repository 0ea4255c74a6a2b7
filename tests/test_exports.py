"""Open data and the metadata tools read: every export parses and says what the record
says; a reference manager's view of the meta tags gives author, date, title and address."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import jsonschema
import yaml

from archive_site.errors import Reporter
from archive_site.load import records
from archive_site.site.views import EXPORTS
from conftest import BASE, PROJECT, Workspace, dataset_file, squash

PROTOCOL = "documents/1977-02-18-protocol"
SCHEMAS = PROJECT / "src" / "archive_site" / "schemas"


def reference_manager(page_html: bytes) -> dict[str, list[str]]:
    """The meta tags as Zotero's embedded-metadata translator reads them: by name."""
    import lxml.html

    tree = lxml.html.fromstring(page_html)
    found: dict[str, list[str]] = {}
    for meta in tree.xpath("//meta[@name or @property]"):
        key = meta.get("name") or meta.get("property")
        found.setdefault(key, []).append(meta.get("content"))
    return found


def test_each_document_exports_its_record_json_and_text(built_site: Workspace) -> None:
    for record in sorted(built_site.documents.glob("*.yaml")):
        folder = built_site.site / "documents" / record.stem
        assert sorted(p.name for p in folder.iterdir()) == sorted(
            ["index.html", *(f"{record.stem}.{x.ext}" for x in EXPORTS)]
        )
        yaml_text = (folder / f"{record.stem}.yaml").read_text(encoding="utf-8")
        assert yaml_text == record.read_text(encoding="utf-8")
        doc = records.load(record, yaml_text, Reporter())
        assert doc is not None
        as_json = json.loads((folder / f"{record.stem}.json").read_text(encoding="utf-8"))
        assert as_json == yaml.safe_load(yaml_text)
        text = (folder / f"{record.stem}.txt").read_text(encoding="utf-8")
        assert text.startswith(doc.meta.title.text + "\n")
        numbered = [line for line in text.splitlines() if line.startswith("¶ ")]
        paragraphs = [b for b in doc.blocks() if b.id[0] == "p" and b.id[1:].isdigit()]
        assert len(numbered) == len(paragraphs)
        from archive_site.model import block_text

        for line, block in zip(numbered, paragraphs, strict=True):
            assert line == f"¶ {block.id[1:]}  {block_text(block)}"


def test_a_document_page_offers_every_format_beside_it_and_the_dataset_holds_them(
    built_site: Workspace,
) -> None:
    """An archive of at most DATASET_DOCUMENTS documents publishes each format beside
    its page, at the address it always had, which the page links; the dataset holds the
    record, its JSON, the text and the TEI too, the same bytes."""
    for record in sorted(built_site.documents.glob("*.yaml")):
        folder = built_site.site / "documents" / record.stem
        links = built_site.page(f"documents/{record.stem}/index.html").xpath(
            "//details[@class='downloads']//a"
        )
        assert [(a.text_content(), a.get("href")) for a in links] == [
            (x.label, f"{record.stem}.{x.ext}") for x in EXPORTS
        ]
        for x in EXPORTS:
            beside = (folder / f"{record.stem}.{x.ext}").read_bytes()
            if not x.offline:
                assert dataset_file(built_site.site, record.stem, x.ext) == beside


def test_the_dataset_holds_records_entities_schemas_and_rights(built_site: Workspace) -> None:
    data = (built_site.site / "downloads" / "dataset.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        schema = json.loads(zf.read("dataset/schemas/record.schema.json"))
        for name in (
            n for n in names if n.startswith("dataset/documents/") and n.endswith(".yaml")
        ):
            jsonschema.validate(
                yaml.safe_load(zf.read(name)), schema, cls=jsonschema.Draft202012Validator
            )
        readme = zf.read("dataset/README.txt").decode()
        rights = zf.read("dataset/RIGHTS.txt").decode()
    assert sorted(n for n in names if n.endswith(".yaml") and "/documents/" in n) == [
        f"dataset/documents/{p.name}" for p in sorted(built_site.documents.glob("*.yaml"))
    ]
    assert "dataset/entities/people.yaml" in names
    register = zf_register(data)
    assert register == (built_site.anchors / "register.tsv").read_text(encoding="utf-8")
    assert "dataset/schemas/entities.schema.json" in names
    assert "1977-02-18-protocol" in readme
    # every file the README names is in the zip (the real archive retires no anchor, so
    # it names no list of aliases)
    named = re.findall(r"[\w.-]+\.(?:yaml|tsv|json|txt)\b", readme.split("Documents:")[0])
    assert "register.tsv" in named
    assert [n for n in named if not any(z.endswith("/" + n) for z in names)] == []
    assert "History and Public Policy Program welcomes reuse" in rights
    about = built_site.page("about/index.html")
    assert about.xpath("//a[@href='../downloads/dataset.zip']")


def test_a_reference_manager_reads_author_date_title_and_address(workspace: Workspace) -> None:
    workspace.copy_real()
    base = "https://archive.example/edition/"
    assert workspace.build("--base-url", base).code == 0
    tags = reference_manager((workspace.site / PROTOCOL / "index.html").read_bytes())
    assert tags["citation_title"] == [
        "CPSU CC Protocol #46/10, Instructions to the Soviet Ambassador in Washington for his "
        "Conversation with Vance on the Question of 'Human Rights'"
    ]
    assert tags["citation_author"] == ["Politburo of the CPSU Central Committee"]
    assert tags["citation_publication_date"] == ["1977/02/18"]
    assert tags["citation_public_url"] == [f"{base}{PROTOCOL}/index.html"]
    assert tags["DC.date"] == ["1977-02-18"]
    assert tags["DC.contributor"] == ["Mark H. Doctoroff"]
    assert tags["og:url"] == [f"{base}{PROTOCOL}/index.html"]
    assert tags["og:title"] == tags["citation_title"]


def test_a_sitemap_and_robots_txt_list_every_page_when_a_base_url_is_set(
    based_site: Workspace, built_site: Workspace
) -> None:
    """Every page but the one for missing addresses; robots.txt names the sitemap."""
    import lxml.etree

    for name in ("sitemap.xml", "robots.txt"):  # no address, no sitemap
        assert not (built_site.site / name).exists()
    tree = lxml.etree.parse(str(based_site.site / "sitemap.xml"))
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = tree.xpath("//s:loc/text()", namespaces=ns)
    pages = sorted(str(p.relative_to(based_site.site)) for p in based_site.site.rglob("*.html"))
    assert "404.html" in pages
    assert locs == [f"{BASE}{p}" for p in pages if p != "404.html"]
    robots = (based_site.site / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert "User-agent: *" in robots and "Disallow: /" not in robots
    assert f"Sitemap: {BASE}sitemap.xml" in robots


def test_without_a_base_url_the_tags_name_no_address(built_site: Workspace) -> None:
    tags = reference_manager((built_site.site / PROTOCOL / "index.html").read_bytes())
    assert "citation_public_url" not in tags and "og:url" not in tags
    assert tags["DC.identifier"] == ["1977-02-18-protocol"]


def test_json_ld_describes_an_archive_component(built_site: Workspace) -> None:
    import lxml.html

    page = lxml.html.fromstring((built_site.site / PROTOCOL / "index.html").read_bytes())
    (block,) = page.xpath("//script[@type='application/ld+json']/text()")
    data = json.loads(block)
    assert data["@type"] == "ArchiveComponent"
    assert data["isPartOf"]["@type"] == "Collection"
    assert data["dateCreated"] == "1977-02-18"
    assert data["translator"] == {"@type": "Person", "name": "Mark H. Doctoroff"}
    assert data["holdingArchive"]["@type"] == "ArchiveOrganization"
    carter = next(a for a in data["about"] if a["name"] == "Jimmy Carter")
    assert carter == {
        "@type": "Person",
        "name": "Jimmy Carter",
        "sameAs": "https://www.wikidata.org/wiki/Q23685",
    }
    assert Path(built_site.site / PROTOCOL / "index.html").exists()


def zf_register(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read("dataset/anchors/register.tsv").decode("utf-8")


def test_a_zip_of_more_entries_than_its_end_record_counts_opens_whole() -> None:
    """An offline copy of some 20,000 documents holds more than 65,535 files: the zip
    ends with ZIP64's records, and a reader finds every entry (a plain end record
    cannot count them: the build failed there)."""
    import zlib

    from archive_site.exports.bundle import ZipWriter

    for count in (3, 70_000):
        out = io.BytesIO()
        writer = ZipWriter(out)
        for n in range(count):
            data = f"page {n}\n".encode()
            packer = zlib.compressobj(6, zlib.DEFLATED, -15)
            writer.add(
                f"copy/{n}.html",
                zlib.crc32(data),
                len(data),
                packer.compress(data) + packer.flush(),
            )
        writer.close()
        with zipfile.ZipFile(io.BytesIO(out.getvalue())) as z:
            assert len(z.infolist()) == count
            assert z.testzip() is None
            assert z.read(f"copy/{count - 1}.html") == f"page {count - 1}\n".encode()
        assert (b"PK\x06\x06" in out.getvalue()[-200:]) == (count > 0xFFFF)


def test_a_page_says_of_its_rights_what_the_datasets_rights_file_says(
    built_site: Workspace,
) -> None:
    """Every document page has its Rights, as the dataset's RIGHTS.txt gives them: the
    source's statement where one is printed, else the edition's word that none is."""
    with zipfile.ZipFile(built_site.site / "downloads" / "dataset.zip") as zf:
        rights = zf.read("dataset/RIGHTS.txt").decode()
    for folder in sorted((built_site.site / "documents").iterdir()):
        page = built_site.page(f"documents/{folder.name}/index.html")
        (box,) = page.xpath("//section[@class='source-box']")
        headings = [h.text_content() for h in box.xpath(".//h3")]
        assert "Rights" in headings, folder.name
        said = box.xpath(".//h3[.='Rights']/following-sibling::p")
        assert said, folder.name
        first = squash(said[0].text_content())
        entry = rights.split(f"{folder.name} (")[1].split("\n", 1)[1]
        assert squash(entry).startswith(first), (folder.name, first)
