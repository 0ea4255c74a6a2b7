"""The README's "Layout" and its recipe "To add a field to the document page" hold for the
code: the layout names every module there is and none there is not, and the recipe, done
in a copy of the project, builds a site whose document page shows the new field."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from conftest import PROJECT, Workspace
from scratch import Code

README = (PROJECT / "README.md").read_text(encoding="utf-8")
PACKAGE = PROJECT / "src" / "archive_site"
MEMORANDUM = "1976-10-25-memorandum"
ADDRESSEE = "To the CPSU Central Committee"  # the memorandum's first addressee


def section(start: str, end: str | None = None) -> str:
    text = README[README.index(start) :]
    return text[: text.index(end)] if end else text


def test_the_layout_names_every_module_and_no_other() -> None:
    layout = section("## Layout", "To add a field")
    named = set(re.findall(r"\b(\w+\.py)\b", layout))
    folders = set(re.findall(r"\b(\w+)/", layout))
    modules = {p.name for p in PACKAGE.rglob("*.py") if p.name != "__init__.py"}
    packages = {p.parent.name for p in PACKAGE.rglob("__init__.py")} - {PACKAGE.name}
    assert sorted(modules - named) == [], "modules the layout does not name"
    assert sorted(named - modules - {"build.py"}) == [], "named in the layout but not there"
    assert sorted(packages - folders) == [], "packages the layout does not name"


def test_the_recipe_names_the_files_it_edits() -> None:
    recipe = section("To add a field to the document page")
    for path in ("model.py", "load/parse/metadata.py", "schemas/record.schema.json"):
        assert f"`{path}`" in recipe and (PACKAGE / path).is_file(), path
    assert "`site/views.py`" in recipe and (PACKAGE / "site" / "views.py").is_file()


def follow_recipe(code: Code) -> list[str]:
    """The recipe's edits but the schema's, as a developer makes them: the files edited."""
    code.insert_after(
        "src/archive_site/model.py",
        "    archive_fields: tuple[ArchiveField, ...] = ()",
        "    recipient: str | None = None  # whom the document is addressed to first\n",
    )
    code.insert_after(
        "src/archive_site/load/parse/metadata.py",
        "        archive_fields=archive_fields(layout),",
        "        recipient=next(\n"
        "            (joined(b) for b in blocks if b.type is BlockType.ADDRESSEE), None\n"
        "        ),\n",
    )
    code.insert_after(
        "src/archive_site/site/views.py",
        '        rows.append(("Distribution", recipients(dist)))',
        '    if meta.recipient:\n        rows.append(("Recipient", meta.recipient))\n',
    )
    return ["model.py", "load/parse/metadata.py", "site/views.py"]


def add_to_schema(code: Code) -> None:
    path = code.src / "archive_site" / "schemas" / "record.schema.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    record["properties"]["recipient"] = {
        "anyOf": [{"type": "null"}, {"type": "string", "minLength": 1}],
        "description": "whom the document is addressed to first, as printed",
    }
    path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def test_the_recipe_for_a_new_field_builds_and_the_page_shows_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    ws = workspace.copy_real()
    code = Code(tmp_path / "code")
    edited = follow_recipe(code)
    run = code.build(ws)
    assert run.code == 1
    assert re.search(
        r"^seeds/[^:]+:1: the record cannot hold what was read from the seed: recipient is "
        rf"'{ADDRESSEE}', a field the record's schema \(schemas/record\.schema\.json\) does "
        "not describe; expected",
        run.err,
        re.MULTILINE,
    ), run.err
    assert "Traceback" not in run.err and "AssertionError" not in run.err

    add_to_schema(code)
    edited.append("schemas/record.schema.json")
    assert len(edited) == 4  # files edited by hand, as the README's recipe counts them
    run = code.build(ws)
    assert run.code == 0, run.err
    page = ws.page(f"documents/{MEMORANDUM}/index.html")
    rows = {
        dt.text_content().strip(): dt.getnext().text_content().strip()
        for dt in page.xpath("//dt")
        if dt.getnext() is not None
    }
    assert rows.get("Recipient") == ADDRESSEE, rows
    record = yaml.safe_load((ws.documents / f"{MEMORANDUM}.yaml").read_text(encoding="utf-8"))
    assert record["recipient"] == ADDRESSEE
    assert code.build(ws, "--check").code == 0
