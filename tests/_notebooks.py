"""A helper shared by the tests that execute small notebooks (not collected by pytest)."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook


def write_notebook(path: Path, *sources: str) -> Path:
    """A notebook of code cells (the first tagged ``parameters``) with stable cell ids, written to ``path``."""
    cells = [new_code_cell(s) for s in sources]
    for i, cell in enumerate(cells):
        cell["id"] = f"cell-{i}"
    cells[0].metadata["tags"] = ["parameters"]
    nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                            "language": "python"}})
    nbformat.write(nb, path)
    return path
