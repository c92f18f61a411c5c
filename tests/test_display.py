"""newsbrief.display: HTML fragments, everything from the article escaped."""

from __future__ import annotations

import re

import pytest
from _briefing_sample import sample_analysis, sample_dict

from newsbrief import display
from newsbrief.records import Analysis, Quote

FRAGMENTS = [
    ("header_html", "briefing-header"),
    ("key_quotes_html", "key-quotes"),
    ("entities_table_html", "entities"),
    ("themes_html", "themes"),
    ("summary_html", "summary"),
    ("provenance_html", "provenance"),
]


@pytest.fixture
def analysis() -> Analysis:
    return sample_analysis()


@pytest.mark.parametrize(("name", "css_class"), FRAGMENTS)
def test_fragment_is_one_section_with_a_stable_class(analysis, name, css_class):
    html = getattr(display, name)(analysis)
    assert isinstance(html, display.Html)
    assert re.match(rf'<section class="{css_class}"( lang="fr")?>', html)
    assert html.rstrip().endswith("</section>")
    assert html._repr_html_() == str(html)


@pytest.mark.parametrize(("name", "css_class"), FRAGMENTS)
def test_no_markup_from_the_article_gets_through(analysis, name, css_class):
    html = getattr(display, name)(analysis)
    assert "<script" not in html
    assert "<b>" not in html.replace('<b class="speaker">', "")


def test_script_in_a_quote_shows_as_text(analysis):
    html = display.key_quotes_html(analysis)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_speakers_in_bold_and_unattributed_quotes_marked(analysis):
    html = display.key_quotes_html(analysis)
    assert html.count("<blockquote") == 2
    assert '<b class="speaker">Kassym-Jomart Tokaïev</b>' in html
    assert "(le président kazakhstanais)" in html
    assert '<span class="speaker unattributed">unattributed</span>' in html


@pytest.mark.parametrize(
    ("keys", "top", "expected"),
    [
        ((True, False, True), 8, [0, 2]),
        ((False, False, False), 8, [0, 1, 2]),
        ((False, False, False), 2, [0, 1]),
        ((True, True, True), 1, [0]),
    ],
)
def test_select_quotes_prefers_key_quotes(keys, top, expected):
    quotes = [Quote(text=f"q{i}", start=10 * i, end=10 * i + 5, key=k) for i, k in enumerate(keys)]
    assert [q.text for q in display.select_quotes(reversed(quotes), top=top)] == [f"q{i}" for i in expected]


def test_select_quotes_falls_back_on_whole_speech_quotes():
    quotes = [Quote("scare", 0, 5, kind="scare"), Quote("bit", 6, 9, fragment=True), Quote("said", 10, 14)]
    assert [q.text for q in display.select_quotes(quotes)] == ["said"]


def test_no_quote_says_so():
    data = sample_dict()
    data["quotes"] = []
    assert "No quotation found" in display.key_quotes_html(Analysis.from_dict(data))


def test_entity_table_rows_most_named_first(analysis):
    html = display.entities_table_html(analysis)
    names = [n.strip() for n in re.findall(r'<td class="name">([^<]+)', html)]
    assert names == ["Kassym-Jomart Tokaïev", "Kazakhstan", "ONU", "Accords d&#x27;Abraham", "Trump"]
    assert html.count("<tr>") == 1 + 5
    assert "<td>" not in html


@pytest.mark.parametrize("top", [1, 3, 12])
def test_entity_table_top(analysis, top):
    assert display.entities_table_html(analysis, top=top).count("<tr>") == 1 + min(top, 5)


def test_entity_row_shows_type_aliases_and_linked_forms(analysis):
    html = display.entities_table_html(analysis)
    assert '<td class="label label-PER">Person</td>' in html
    assert '<td class="aliases">Tokaïev, Tokayev</td>' in html
    assert '<td class="linked">kazakhstanais\u00a0×3</td>' in html
    assert '<td class="count">9</td>' in html


def test_header_facts(analysis):
    html = display.header_html(analysis)
    assert '<h1 class="title">La vision de Kassym-Jomart Tokaïev &lt;b&gt;</h1>' in html
    for fact in ("2026-02-06", "French", "words", "/data/in/sample &amp; co.txt"):
        assert fact in html


def test_undated_document():
    data = sample_dict()
    data["document"]["date"] = None
    assert "undated" in display.header_html(Analysis.from_dict(data))


def test_themes_show_label_keyphrases_and_sentences(analysis):
    html = display.themes_html(analysis)
    assert html.count('<div class="theme">') == 2
    assert '<li class="keyphrase">routes commerciales</li>' in html
    assert "<li>La voie vers la paix passe par les négociations.</li>" in html
    assert "(La vision de Tokaïev)" in html


@pytest.mark.parametrize(("heading", "shown"), [(None, False), ("Paix", False), ("La guerre", True)])
def test_theme_heading_shown_when_it_differs_from_the_label(heading, shown):
    assert ("(La guerre)" in display.theme_html("paix", ["a"], ["b"], heading)) is shown
    assert "(Paix)" not in display.theme_html("paix", ["a"], ["b"], heading)


def test_summary_is_one_paragraph(analysis):
    html = display.summary_html(analysis)
    assert html.count("<p>") == 1
    assert "équilibre.</p>" not in html and "Il appelle à négocier.</p>" in html


def test_provenance_flattens_nested_items(analysis):
    html = display.provenance_html(analysis)
    assert "<dt>input_sha256</dt><dd>" + "0" * 64 + "</dd>" in html
    assert "<dt>model.name</dt><dd>fr_core_news_sm</dd>" in html
    assert "<dt>parameters.summary_sentences</dt><dd>3</dd>" in html


def test_provenance_shows_the_hash_once(analysis):
    data = sample_dict()
    data["provenance"]["input_sha256"] = "f" * 64
    html = display.provenance_html(Analysis.from_dict(data))
    assert html.count("sha256") == 1 and "f" * 64 in html


def test_html_repr_is_short(analysis):
    html = display.summary_html(analysis)
    assert repr(html) == f"<Html {len(html)} characters>"
