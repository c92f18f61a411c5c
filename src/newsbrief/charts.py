"""Charts of a briefing, as matplotlib figures (object-oriented API, no pyplot state).

A :class:`matplotlib.figure.Figure` built here is not registered with pyplot: the notebook shows it as the
value of a cell once ``%matplotlib inline`` has registered the inline backend's PNG formatter.
matplotlib is imported inside the functions so that importing this module costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsbrief.display import LABEL_NAMES, top_entities
from newsbrief.records import Entity

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

LABEL_COLOURS = {"PER": "#1f4e79", "ORG": "#c55a11", "LOC": "#548235", "MISC": "#7f7f7f"}
OTHER_COLOUR = "#a5a5a5"
CM = 1 / 2.54
FIGSIZE = (16 * CM, 6 * CM)


def label_colour(label: str) -> str:
    """The bar colour of an entity label (grey for labels outside PER/ORG/LOC/MISC)."""
    return LABEL_COLOURS.get(label, OTHER_COLOUR)


TITLE = "Most-named people, organisations and places"


def entity_bar_chart(entities: Iterable[Entity], *, top: int = 10, dpi: int = 150, title: str = TITLE) -> Figure:
    """Horizontal bars of the ``top`` most-named entities, most named at the top, coloured by label."""
    from matplotlib.figure import Figure

    chosen = top_entities(entities, top=top)[::-1]
    fig = Figure(figsize=FIGSIZE, dpi=dpi, layout="constrained")
    ax = fig.subplots()
    ax.barh([e.name for e in chosen], [e.count for e in chosen], color=[label_colour(e.label) for e in chosen])
    _style_axes(ax, max((e.count for e in chosen), default=0))
    _add_legend(ax, [e.label for e in chosen])
    ax.set_title(title, fontsize=9, loc="left", fontweight="bold", color="#1b1b1b")
    return fig


def _style_axes(ax: Axes, max_count: int) -> None:
    from matplotlib.ticker import MaxNLocator

    ax.set_xlabel("mentions", fontsize=8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(0, max(max_count, 1) * 1.05)
    ax.tick_params(labelsize=8)
    ax.grid(axis="x", linewidth=0.4, alpha=0.5)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _add_legend(ax: Axes, labels: list[str]) -> None:
    from matplotlib.patches import Patch

    present = [label for label in LABEL_COLOURS if label in labels]
    present += sorted({label for label in labels if label not in LABEL_COLOURS})
    handles = [Patch(color=label_colour(lb), label=LABEL_NAMES.get(lb, lb)) for lb in present]
    if handles:
        ax.legend(handles=handles, fontsize=7, frameon=False, loc="lower right")
