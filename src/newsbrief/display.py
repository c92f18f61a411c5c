"""HTML fragments of a briefing, one ``<section>`` per part, built from an :class:`~newsbrief.records.Analysis`.

Every function is pure and returns :class:`Html`, a ``str`` that Jupyter displays as HTML, so the briefing
notebook only calls them. Everything that comes from the article is escaped: a ``<script>`` in a quote shows as
text. The class names (``briefing-header``, ``key-quotes``, ``entities``, ``themes``, ``summary``,
``provenance``) are stable; the nbconvert template's CSS styles them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from newsbrief.records import Analysis, Entity, Quote

LABEL_NAMES = {"PER": "Person", "ORG": "Organisation", "LOC": "Place", "MISC": "Other"}
LANGUAGE_NAMES = {"fr": "French", "en": "English"}


class Html(str):
    """A string of HTML that Jupyter renders as HTML (``_repr_html_``) and prints briefly elsewhere."""

    def _repr_html_(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return f"<Html {len(self)} characters>"


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def _section(css_class: str, title: str | None, body: str, *, lang: str | None = None) -> Html:
    heading = f"<h2>{_e(title)}</h2>\n" if title else ""
    lang_attr = f' lang="{_e(lang)}"' if lang else ""
    return Html(f'<section class="{css_class}"{lang_attr}>\n{heading}{body}\n</section>')


def _join(parts: Iterable[str]) -> str:
    return "\n".join(parts)


def shorten(text: str, *, width: int = 90) -> str:
    """``text`` cut at a word boundary to at most ``width`` characters, with an ellipsis when cut."""
    if len(text) <= width:
        return text
    return text[: width - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "\u2026"


def header_html(analysis: Analysis) -> Html:
    """Title, then date, language, word count and source path on one line (and the running title of a PDF)."""
    doc = analysis.document
    facts = [
        ("date", doc.date or "undated"),
        ("language", LANGUAGE_NAMES.get(doc.language, doc.language)),
        ("words", f"{doc.n_words:,} words".replace(",", "\u202f")),
        ("source", doc.path),
    ]
    meta = _join(f'<span class="{key}">{_e(value)}</span>' for key, value in facts)
    size = " long" if len(doc.title) > 90 else ""
    body = (
        f'<div class="running-title">{_e(shorten(doc.title))}</div>\n<p class="kicker">Briefing</p>\n'
        f'<h1 class="title{size}">{_e(doc.title)}</h1>\n<p class="meta">\n{meta}\n</p>'
    )
    return _section("briefing-header", None, body, lang=doc.language)


def select_quotes(quotes: Iterable[Quote], *, top: int = 8) -> list[Quote]:
    """The key quotes when any are marked, else the first whole speech quotes; at most ``top``, in text order,
    each text once."""
    ordered = sorted(quotes, key=lambda q: q.start)
    chosen = [q for q in ordered if q.key] or [q for q in ordered if q.kind == "speech" and not q.fragment]
    return _unique_texts(chosen)[:top]


def _unique_texts(quotes: Iterable[Quote]) -> list[Quote]:
    """The first of quotes that say the same words (a headline often repeats a quote of the text)."""
    seen: set[str] = set()
    unique = []
    for quote in quotes:
        words = " ".join(quote.text.casefold().strip(" .,;:!?\u2026").split())
        if words not in seen:
            seen.add(words)
            unique.append(quote)
    return unique


def _speaker_html(quote: Quote) -> str:
    if not quote.speaker:
        return '<span class="speaker unattributed">unattributed</span>'
    via = ""
    if quote.speaker_mention and quote.speaker_mention != quote.speaker and quote.resolution != "explicit":
        via = f' <span class="via">({_e(quote.speaker_mention)})</span>'
    return f'<b class="speaker">{_e(quote.speaker)}</b>{via}'


def quote_html(quote: Quote) -> str:
    """One quote as a blockquote, the speaker in bold below it."""
    return (
        f'<blockquote class="quote">\n<p>{_e(quote.text)}</p>\n'
        f"<footer>\u2014 {_speaker_html(quote)}</footer>\n</blockquote>"
    )


def key_quotes_html(analysis: Analysis, *, top: int = 8) -> Html:
    """The key quotes (see :func:`select_quotes`), each set apart with who said it."""
    quotes = select_quotes(analysis.quotes, top=top)
    body = f'<div class="quotes">\n{_join(quote_html(q) for q in quotes)}\n</div>'
    body = body if quotes else '<p class="empty">No quotation found.</p>'
    return _section("key-quotes", "Key quotes", body, lang=analysis.document.language)


def top_entities(entities: Iterable[Entity], *, top: int = 12) -> list[Entity]:
    """The ``top`` most-named entities, most named first, ties in order of first mention."""
    return sorted(entities, key=lambda e: (-e.count, e.first_start, e.name))[:top]


def _linked_html(entity: Entity) -> str:
    forms = sorted(entity.linked_forms.items(), key=lambda item: (-item[1], item[0]))
    return ", ".join(f"{_e(form)}\u00a0×{n}" for form, n in forms)


def entity_row_html(entity: Entity) -> str:
    """One table row: name, type, mentions, aliases, linked forms."""
    flag = ' <span class="ambiguous" title="ambiguous">?</span>' if entity.ambiguous else ""
    cells = [
        f'<td class="name">{_e(entity.name)}{flag}</td>',
        f'<td class="label label-{_e(entity.label)}">{_e(LABEL_NAMES.get(entity.label, entity.label))}</td>',
        f'<td class="count">{entity.count}</td>',
        f'<td class="aliases">{", ".join(_e(a) for a in entity.aliases)}</td>',
        f'<td class="linked">{_linked_html(entity)}</td>',
    ]
    return "<tr>" + "".join(cells) + "</tr>"


def entities_table_html(analysis: Analysis, *, top: int = 12) -> Html:
    """The most-named people, organisations and places as a table."""
    rows = [entity_row_html(e) for e in top_entities(analysis.entities, top=top)]
    if not rows:
        return _section("entities", "People, organisations, places", '<p class="empty">No names found.</p>')
    head = "<tr><th>Name</th><th>Type</th><th>Mentions</th><th>Also named</th><th>Linked forms</th></tr>"
    table = f'<table class="entity-table">\n<thead>{head}</thead>\n<tbody>\n{_join(rows)}\n</tbody>\n</table>'
    return _section("entities", "People, organisations, places", table)


def theme_html(label: str, keyphrases: Iterable[str], sentences: Iterable[str], heading: str | None) -> str:
    """One theme: its label, keyphrases and supporting sentences."""
    shown = heading and heading.strip().casefold() != label.strip().casefold()
    where = f' <span class="heading">({_e(heading)})</span>' if shown else ""
    tags = _join(f'<li class="keyphrase">{_e(k)}</li>' for k in keyphrases)
    support = _join(f"<li>{_e(s)}</li>" for s in sentences)
    return (
        f'<div class="theme">\n<h3>{_e(label)}{where}</h3>\n<ul class="keyphrases">\n{tags}\n</ul>\n'
        f'<ul class="support">\n{support}\n</ul>\n</div>'
    )


def themes_html(analysis: Analysis) -> Html:
    """Each theme with its keyphrases and the sentences that support it."""
    themes = _join(theme_html(t.label, t.keyphrases, t.sentences, t.heading) for t in analysis.themes)
    body = f'<div class="theme-list">\n{themes}\n</div>' if themes else '<p class="empty">No theme found.</p>'
    return _section("themes", "Themes", body, lang=analysis.document.language)


def summary_html(analysis: Analysis) -> Html:
    """The extractive summary as one paragraph."""
    body = " ".join(_e(s) for s in analysis.summary)
    body = f"<p>{body}</p>" if body else '<p class="empty">No summary.</p>'
    return _section("summary", "Summary", body, lang=analysis.document.language)


def _flatten(data: Mapping[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    items: list[tuple[str, Any]] = []
    for key in sorted(data):
        value = data[key]
        if isinstance(value, Mapping):
            items.extend(_flatten(value, f"{prefix}{key}."))
        else:
            items.append((f"{prefix}{key}", value))
    return items


def provenance_html(analysis: Analysis) -> Html:
    """Input hash, versions and parameters: how this briefing was made."""
    items = _flatten(analysis.provenance)
    if not any("sha256" in key for key, _ in items):
        items.insert(0, ("input_sha256", analysis.document.sha256))
    rows = _join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in items)
    return _section("provenance", "Provenance", f"<dl>\n{rows}\n</dl>")
