"""newsbrief.charts: the entity bar chart."""

from __future__ import annotations

import pytest
from _briefing_sample import sample_analysis
from matplotlib.colors import to_hex

from newsbrief.charts import FIGSIZE, LABEL_COLOURS, OTHER_COLOUR, entity_bar_chart, label_colour
from newsbrief.records import Entity


@pytest.fixture
def entities() -> tuple[Entity, ...]:
    return sample_analysis().entities


def _bars(fig):
    (ax,) = fig.axes
    return ax, list(ax.patches)


def test_bars_coloured_by_label_most_named_on_top(entities):
    ax, bars = _bars(entity_bar_chart(entities))
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names[-1] == "Kassym-Jomart Tokaïev"  # barh draws the first at the bottom
    by_name = dict(zip(names, bars, strict=True))
    assert to_hex(by_name["Kassym-Jomart Tokaïev"].get_facecolor()) == LABEL_COLOURS["PER"]
    assert to_hex(by_name["Kazakhstan"].get_facecolor()) == LABEL_COLOURS["LOC"]
    assert to_hex(by_name["ONU"].get_facecolor()) == LABEL_COLOURS["ORG"]
    assert [b.get_width() for b in bars] == sorted(b.get_width() for b in bars)


def test_legend_names_the_labels_present(entities):
    ax, _ = _bars(entity_bar_chart(entities))
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Person", "Organisation", "Place", "Other"]


@pytest.mark.parametrize(("top", "n"), [(1, 1), (3, 3), (10, 5)])
def test_top(entities, top, n):
    _, bars = _bars(entity_bar_chart(entities, top=top))
    assert len(bars) == n


def test_sized_for_print(entities):
    width, height = entity_bar_chart(entities).get_size_inches()
    assert (round(width * 2.54), round(height * 2.54)) == (16, 6)
    assert FIGSIZE == pytest.approx((16 / 2.54, 6 / 2.54))


def test_no_entities_gives_an_empty_chart():
    ax, bars = _bars(entity_bar_chart([]))
    assert bars == [] and ax.get_legend() is None


@pytest.mark.parametrize(("label", "colour"), [("PER", LABEL_COLOURS["PER"]), ("GPE", OTHER_COLOUR)])
def test_label_colour(label, colour):
    assert label_colour(label) == colour


def test_figure_renders_to_png(entities):
    import io

    buffer = io.BytesIO()
    entity_bar_chart(entities).savefig(buffer, format="png")
    assert buffer.getvalue().startswith(b"\x89PNG")
