"""The catalogue of bad inputs in tests/bad_inputs/, one case per file: each must fail
with exactly its report, exit 1, no traceback, and site/ and documents/ left byte for byte
as they were."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml

from archive_site import cli
from conftest import PROJECT, Run, Workspace, snapshot

CATALOGUE = PROJECT / "tests" / "bad_inputs"
CASES = sorted(CATALOGUE.glob("*.yaml"))


def load(name: str) -> dict:
    return yaml.safe_load((CATALOGUE / f"{name}.yaml").read_text(encoding="utf-8"))


def apply(ws: Workspace, case: dict) -> None:
    """Make a case's bad input in a copy of the real project: files deleted, folders,
    links, named pipes and copies made, then files written or edited."""
    for rel in case.get("delete", []):
        (ws.root / rel).unlink()
    for rel in case.get("mkdir", []):
        (ws.root / rel).mkdir(parents=True)
    for rel, target in case.get("symlink", {}).items():
        (ws.root / rel).symlink_to(target)
    for rel in case.get("fifo", []):
        os.mkfifo(ws.root / rel)
    for rel, source in case.get("copy", {}).items():
        shutil.copy(ws.root / source, ws.root / rel)
    for rel, text in case.get("write", {}).items():
        (ws.root / rel).parent.mkdir(parents=True, exist_ok=True)
        (ws.root / rel).write_text(text, encoding="utf-8")
    for rel, hexed in case.get("write_bytes", {}).items():
        (ws.root / rel).write_bytes(bytes.fromhex(hexed))
    for rel, spec in case.get("repeat", {}).items():
        (ws.root / rel).write_text(spec["head"] + spec["text"] * spec["times"])
    for edit in case.get("replace", []):
        path = ws.root / edit["file"]
        text = path.read_text(encoding="utf-8")
        assert edit["old"] in text, edit["old"]
        path.write_text(text.replace(edit["old"], edit["new"], 1), encoding="utf-8")


def environment(ws: Workspace, case: dict) -> dict[str, str]:
    """The case's environment variables, `{root}` standing for the project folder."""
    return {k: v.replace("{root}", str(ws.root)) for k, v in case.get("env", {}).items()}


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, bytes]]:
    """A successful build's folders, copied into each case before it breaks them."""
    ws = Workspace(tmp_path_factory.mktemp("good") / "project").copy_real()
    assert ws.build().code == 0
    return {
        "documents": snapshot(ws.documents),
        "site": snapshot(ws.site),
        "seeds": snapshot(ws.seeds),
    }


def restore(ws: Workspace, good: dict[str, dict[str, bytes]]) -> None:
    for folder, files in good.items():
        for rel, data in files.items():
            target = ws.root / folder / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)


def test_the_catalogue_has_at_least_ninety_cases() -> None:
    assert len(CASES) >= 90
    for path in CASES:
        case = yaml.safe_load(path.read_text())
        assert case["about"] and case["report"], path.name


def build_here(
    ws: Workspace,
    args: list[str],
    env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Run:
    """The real build (build.py's own entry point) run in this process, in the case's
    folder and environment: the same code as a new process, without starting Python 110
    times. An exception escaping it fails the test as a traceback would."""
    monkeypatch.chdir(ws.root)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    capsys.readouterr()
    code = cli.main(args)
    out, err = capsys.readouterr()
    return Run(code, out, err)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_bad_input_gets_its_exact_report(
    path: Path,
    workspace: Workspace,
    good: dict,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    restore(workspace, good)
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    apply(workspace, case)
    before_site, before_docs = snapshot(workspace.site), snapshot(workspace.documents)
    env = environment(workspace, case)
    run = build_here(workspace, case.get("args", []), env, capsys, monkeypatch)
    assert run.code == 1
    assert "Traceback" not in run.err
    lines = run.err.splitlines()
    assert lines[:-1] == case["report"]
    count = len(case["report"])
    assert lines[-1] == f"build failed: {count} problem{'s' * (count > 1)}; nothing was written"
    assert snapshot(workspace.site) == before_site
    assert snapshot(workspace.documents) == before_docs
    assert not [p for p in workspace.root.iterdir() if p.name.startswith(".site")]


def test_every_problem_of_a_run_is_reported_together(workspace: Workspace, good: dict) -> None:
    restore(workspace, good)
    names = ("empty-seed", "record-bad-date", "editorial-unknown-key")
    cases = [load(name) for name in names]
    for case in cases:
        apply(workspace, case)
    (workspace.seeds / "zy.txt").write_text("SECRET\n\nNo date [at all.\n")
    run = workspace.build(process=True)  # the real command's report and exit code
    assert run.code == 1
    expected = sorted(
        [
            *cases[0]["report"],
            *cases[1]["report"],
            *cases[2]["report"],
            "seeds/zy.txt:1: found no date for the document; expected one such as "
            "'18 February 1977' in a heading line at the top (web capture or "
            "catalogue heading) or in a dateline under the signature",
            "seeds/zy.txt:3: found '[' with no ']' after it: '[at all.'; expected "
            "the bracket to close within its paragraph",
        ]
    )
    assert run.err.splitlines() == [*expected, "build failed: 5 problems; nothing was written"]
