"""Notebooks are committed clean: no outputs, no execution counts (papermill fills them in reports/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(ROOT.glob("notebooks/*.ipynb")) + sorted(ROOT.glob("src/newsbrief/notebooks/*.ipynb"))

PARAMS = [pytest.param(p, id=str(p.relative_to(ROOT))) for p in NOTEBOOKS] or [
    pytest.param(None, id="none", marks=pytest.mark.skip(reason="no notebooks/*.ipynb yet"))
]


@pytest.mark.parametrize("path", PARAMS)
def test_notebook_has_no_outputs(path: Path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    dirty = []
    for i, cell in enumerate(nb.get("cells", [])):
        if cell.get("cell_type") != "code":
            continue
        if cell.get("outputs"):
            dirty.append(f"cell {i}: {len(cell['outputs'])} output(s)")
        if cell.get("execution_count") is not None:
            dirty.append(f"cell {i}: execution_count={cell['execution_count']}")
    assert not dirty, (
        f"{path.relative_to(ROOT)} is not clean ({'; '.join(dirty)}); clear it with: "
        f".venv/bin/jupyter nbconvert --clear-output --inplace {path.relative_to(ROOT)}"
    )
