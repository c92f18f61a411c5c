"""Find the spans between quotation marks, from the text alone (no parse).

Marks: « », “ ”, „ “ (or „ ”), ‹ ›, and straight " paired in order (a straight quote glued to the end of a
word, as in 5'11" or O"Brien, opens nothing). Spans never cross a block (paragraph or heading): a mark left open
at the end of a block closes there, which is also how the French continuation convention (« reopened at the
start of the next paragraph) gives one piece per paragraph. Marks inside an open span are nested quotes and stay
inside it. Spaces just inside the marks (space, NBSP, narrow NBSP) are trimmed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from newsbrief.records import Block

#: Opening mark -> the closing marks that end it.
PAIRS: dict[str, str] = {"«": "»", "“": "”", "„": "“”", "‹": "›", '"': '"'}
#: Every mark that opens a quotation: those of :data:`PAIRS`, and the turned comma that opens a quote inside a
#: quote ("‘", which spans do not pair: it is also an apostrophe's shape; the parse never meets it, as
#: :func:`newsbrief.nlp.normalise_text` makes it a straight apostrophe). The straight mark (") closes too: a test
#: for a mark that only opens leaves it out.
OPENING_MARKS: frozenset[str] = frozenset(PAIRS) | {"‘"}
#: The opening marks that only open: all but the straight mark, which closes too (a test for a quotation surely
#: opened, or for marks counted one per quotation).
SIDED_OPENING_MARKS: frozenset[str] = OPENING_MARKS - {'"'}
#: Every mark that closes a quotation: those of :data:`PAIRS` ("“" closes „ as well as opening in English).
CLOSING_MARKS: frozenset[str] = frozenset("".join(PAIRS.values()))
#: The closing marks that only close (» ” ›): a test for a quotation surely closed.
SIDED_CLOSING_MARKS: frozenset[str] = CLOSING_MARKS - OPENING_MARKS
#: Every mark that opens or closes a quotation spans pair, as the tokenizer leaves them (no turned comma: the parse
#: never meets it).
QUOTE_MARKS: frozenset[str] = frozenset(PAIRS) | CLOSING_MARKS
_SPACES = " \u00a0\u202f\u2009\t\n"
_BEFORE_OPENING = "([{/—–-«“‘„‹"


@dataclass(frozen=True)
class QuoteSpan:
    """The quoted words (``start``/``end``, trimmed) and the marks around them.

    ``open_at`` is the offset of the opening mark; ``close_at`` that of the closing mark, or ``None`` when the
    block ended first. ``block`` is the index of the block the span lies in.
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    block: int


def find_quote_spans(text: str, blocks: Iterable[Block]) -> list[QuoteSpan]:
    """Every quoted span of ``text``, in order, block by block (empty spans skipped)."""
    spans: list[QuoteSpan] = []
    for index, block in enumerate(blocks):
        spans.extend(_spans_in_block(text, block.start, block.end, index))
    return spans


def _spans_in_block(text: str, start: int, end: int, index: int) -> Iterator[QuoteSpan]:
    position = start
    while position < end:
        opening = _next_opening(text, position, end)
        if opening is None:
            return
        close = _matching_close(text, opening, end)
        span = _trimmed(text, opening + 1, close if close is not None else end, opening, close, index)
        if span is not None:
            yield span
        position = (close if close is not None else end) + 1


def _next_opening(text: str, position: int, end: int) -> int | None:
    for i in range(position, end):
        char = text[i]
        if char in PAIRS and (char != '"' or _straight_opens(text, i, end)):
            return i
    return None


def _straight_opens(text: str, i: int, end: int) -> bool:
    """A straight quote opens when it starts a word: after a space, an opening bracket or dash (or at the start of
    a block) and before a non-space. Glued to the end of a word it is an inch mark or a typo (5'11", O"Brien)."""
    before_ok = i == 0 or text[i - 1] in _SPACES or text[i - 1] in _BEFORE_OPENING
    return before_ok and i + 1 < end and text[i + 1] not in _SPACES


def _matching_close(text: str, opening: int, end: int) -> int | None:
    """Offset of the mark closing the one at ``opening`` within ``[opening, end)``, counting nested pairs of the
    same kind (« « » », "a "b" c": inside straight quotes, one that starts a word opens a nested pair)."""
    opener, closers = text[opening], PAIRS[text[opening]]
    depth = 0
    for i in range(opening + 1, end):
        char = text[i]
        if char == '"' and opener == '"' and _between_letters(text, i, end):
            continue
        if char == opener and (opener != '"' or _straight_opens(text, i, end)):
            depth += 1
        elif char in closers:
            if depth == 0:
                return i
            depth -= 1
    return None


def _between_letters(text: str, i: int, end: int) -> bool:
    """A straight quote glued to letters or digits on both sides (O"Brien) neither opens nor closes."""
    return i > 0 and i + 1 < end and text[i - 1].isalnum() and text[i + 1].isalnum()


def _trimmed(text: str, start: int, end: int, open_at: int, close_at: int | None, index: int) -> QuoteSpan | None:
    while start < end and text[start] in _SPACES:
        start += 1
    while end > start and text[end - 1] in _SPACES:
        end -= 1
    if start >= end:
        return None
    return QuoteSpan(start=start, end=end, open_at=open_at, close_at=close_at, block=index)
