"""Quoted spans found from the text alone, on realistic French and English sentences."""

from __future__ import annotations

import pytest

from newsbrief.quotespans import OPENING_MARKS, PAIRS, QuoteSpan, find_quote_spans
from newsbrief.records import Block


def blocks_of(paragraphs: tuple[str, ...]) -> tuple[str, list[Block]]:
    """The document text and blocks of ``paragraphs``, joined by blank lines as loading does."""
    blocks, offset = [], 0
    for paragraph in paragraphs:
        blocks.append(Block(kind="paragraph", start=offset, end=offset + len(paragraph), text=paragraph))
        offset += len(paragraph) + 2
    return "\n\n".join(paragraphs), blocks


def spans_of(*paragraphs: str) -> list[QuoteSpan]:
    text, blocks = blocks_of(paragraphs)
    return find_quote_spans(text, blocks)


def quoted(*paragraphs: str) -> list[str]:
    text, _ = blocks_of(paragraphs)
    return [text[s.start:s.end] for s in spans_of(*paragraphs)]


CASES = [
    # (paragraphs, the quoted texts)
    (("« Nous irons jusqu’au bout », a déclaré le ministre.",), ["Nous irons jusqu’au bout"]),
    (("«\u00a0Nous irons jusqu’au bout\u00a0», a déclaré le ministre.",), ["Nous irons jusqu’au bout"]),
    (("«\u202fNous irons jusqu’au bout\u202f», a déclaré le ministre.",), ["Nous irons jusqu’au bout"]),
    (("«Nous irons jusqu’au bout», a déclaré le ministre.",), ["Nous irons jusqu’au bout"]),
    (("Le maire dénonce « l’attitude irresponsable » de l’opposition et « un budget insincère ».",),
     ["l’attitude irresponsable", "un budget insincère"]),
    (("“We will not back down,” the minister said on Tuesday.",), ["We will not back down,"]),
    (("„Wir schaffen das“, sagte die Kanzlerin.",), ["Wir schaffen das"]),
    (("„Wir schaffen das”, sagte die Kanzlerin.",), ["Wir schaffen das"]),
    (('"We will not back down," the minister said.',), ["We will not back down,"]),
    (("Il a répondu ‹ non › sans attendre.",), ["non"]),
    (("« Il m’a dit “jamais” et il est parti », raconte-t-elle.",), ["Il m’a dit “jamais” et il est parti"]),
    (("« Le mot « crise » est galvaudé », estime-t-il.",), ["Le mot « crise » est galvaudé"]),
    (('She said: "The word "crisis" is overused," and left.',), ['The word "crisis" is overused,']),
    (("« C’est l’heure d’agir, aujourd’hui », lance-t-il.",), ["C’est l’heure d’agir, aujourd’hui"]),
    (('She said "it\'s over" and left.',), ["it's over"]),
    (('He is 5\'11" tall and said "fine" later.',), ["fine"]),
    (('Mr O"Brien said "yes" to the offer.',), ["yes"]),
    (('The 12" vinyl and the 7" single were "great", he said.',), ["great"]),
    (('The word ("crisis") and the slogan —"never again"— were everywhere.',), ["crisis", "never again"]),
    (("Il a lancé « nous verrons bien", "Le lendemain, rien. « Oui », a-t-il dit."), ["nous verrons bien", "Oui"]),
    (("« Premier paragraphe de la déclaration.", "« Second paragraphe », a conclu le ministre."),
     ["Premier paragraphe de la déclaration.", "Second paragraphe"]),
    (("Aucune citation ici, seulement l’apostrophe d’un texte.",), []),
    (("Des guillemets vides « » et «\u00a0» ne comptent pas.",), []),
    (('Un " isolé ne compte pas.',), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES, ids=range(len(CASES)))
def test_find_quote_spans(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quoted(*paragraphs) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), CASES, ids=range(len(CASES)))
def test_spans_are_trimmed_and_inside_their_block(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    text, blocks = blocks_of(paragraphs)
    for span in find_quote_spans(text, blocks):
        block = blocks[span.block]
        assert block.start <= span.open_at < span.start < span.end <= block.end
        assert text[span.start] not in " \u00a0\u202f" and text[span.end - 1] not in " \u00a0\u202f"
        assert span.close_at is None or span.end <= span.close_at < block.end


def test_marks_are_reported() -> None:
    sentence = "Il a dit « oui » puis « non"
    (first, second) = spans_of(sentence)
    assert (sentence[first.open_at], sentence[first.close_at or 0]) == ("«", "»")
    assert second.close_at is None and second.end == len(sentence)


def test_unclosed_mark_stops_at_the_end_of_its_paragraph() -> None:
    spans = spans_of("Il a lancé « nous verrons bien", "Le lendemain, rien ne s’est passé.")
    assert len(spans) == 1 and spans[0].block == 0 and spans[0].close_at is None


def test_continuation_gives_one_span_per_paragraph() -> None:
    spans = spans_of("« Premier paragraphe.", "« Deuxième paragraphe.", "« Fin », a-t-il conclu.")
    assert [s.block for s in spans] == [0, 1, 2]
    assert [s.close_at is None for s in spans] == [True, True, False]


@pytest.mark.parametrize(("mark", "opens"), [
    # every mark the spans pair opens, and the single one of a quote inside a quote, which they do not pair;
    # no closing mark does, but the straight one, which does both
    *((mark, True) for mark in "«“„‹\"‘"), *((mark, False) for mark in "»”›’"),
])
def test_the_one_set_of_opening_marks(mark: str, opens: bool) -> None:
    assert (mark in OPENING_MARKS) is opens
    assert set(PAIRS) <= OPENING_MARKS
