"""The CI workflow (it cannot run here): valid YAML whose steps name files, targets and options
that exist."""

from __future__ import annotations

import re

import yaml

from impactapp.app import parse_args

from .conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"


def load() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def all_steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def test_the_bundle_is_built_on_all_three_systems_with_python_311():
    workflow = load()
    bundle = workflow["jobs"]["bundle"]
    systems = bundle["strategy"]["matrix"]["os"]
    assert {os.split("-")[0] for os in systems} == {"ubuntu", "windows", "macos"}
    assert bundle["runs-on"] == "${{ matrix.os }}"
    python = [s for s in bundle["steps"] if s.get("uses", "").startswith("actions/setup-python")]
    assert python[0]["with"]["python-version"] == "3.11"
    assert workflow["permissions"] == {"contents": "read"}


def test_every_path_a_step_names_exists_in_the_repository():
    commands = "\n".join(step.get("run", "") for step in all_steps(load()))
    named = set(re.findall(r"(?<![\w/\\])(?:packaging|impactapp)/[\w./*-]+", commands))
    assert "packaging/impactapp.spec" in named
    for path in named:
        assert list(ROOT.glob(path)), path


def test_the_steps_run_the_makefile_recipes_with_options_the_program_has():
    workflow = load()
    commands = "\n".join(step.get("run", "") for step in all_steps(workflow))
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    build = re.search(r"pyinstaller (.+?)packaging/impactapp.spec", makefile, re.S).group(1)
    build = build.replace("$(DIST)", re.search(r"^DIST\s*:=\s*(\S+)", makefile, re.M).group(1))
    assert " ".join(build.replace("\\", " ").split()) in " ".join(commands.split())
    assert '".[package]"' in commands
    smoke_steps = [s for s in workflow["jobs"]["bundle"]["steps"]
                   if s.get("name", "").startswith("Smoke test")]
    assert {s["if"] for s in smoke_steps} == {"runner.os == 'Linux'", "runner.os == 'macOS'",
                                            "runner.os == 'Windows'"}
    for step in smoke_steps:
        assert step["env"]["QT_QPA_PLATFORM"] == "offscreen"
        assert "--smoke" in step["run"]
    args = parse_args(["--smoke", "--smoke-report", "smoke.txt"])
    assert args.smoke and args.smoke_report == "smoke.txt"


def test_every_job_uploads_what_it_built():
    for name, job in load()["jobs"].items():
        uploads = [s for s in job["steps"] if s.get("uses", "").startswith(
            "actions/upload-artifact")]
        assert uploads, name
