"""Typed records that every stage of newsbrief passes around.

Each record is a frozen dataclass with ``as_dict`` (JSON-ready, the shape of ``newsbrief analyse --format jsonl``)
and, where a record is read back from a cache, ``from_dict``. Offsets (``start``, ``end``) are character offsets
into :attr:`Document.text`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

BlockKind = Literal["title", "heading", "paragraph"]
QuoteKind = Literal["speech", "scare", "title"]
Resolution = Literal["explicit", "pronoun", "nominal", "previous", "unknown"]


@dataclass(frozen=True)
class Block:
    """A title, heading or paragraph of a document, with its offsets into the document's text."""

    kind: BlockKind
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Document:
    """One article, decoded and split into blocks.

    ``text`` is the blocks joined by blank lines; when the source gives a title it is the first block (kind
    ``"title"``), so quotes and names in a headline are found like any others.
    """

    id: str
    path: str
    title: str
    date: str | None
    language: str
    text: str
    blocks: tuple[Block, ...]
    sha256: str

    @property
    def paragraphs(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "paragraph"]

    @property
    def headings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "heading"]

    @property
    def n_words(self) -> int:
        return len(self.text.split())

    def as_dict(self) -> dict[str, Any]:
        """The ``document`` object of the JSONL contract (text and blocks left out)."""
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "date": self.date,
            "language": self.language,
            "n_words": self.n_words,
            "sha256": self.sha256,
        }

    def full_dict(self) -> dict[str, Any]:
        """Everything, text and blocks included (what the analysis cache stores)."""
        return {**self.as_dict(), "text": self.text, "blocks": [asdict(b) for b in self.blocks]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            id=data["id"],
            path=data["path"],
            title=data["title"],
            date=data["date"],
            language=data["language"],
            text=data["text"],
            blocks=tuple(Block(**b) for b in data["blocks"]),
            sha256=data["sha256"],
        )


@dataclass(frozen=True)
class Quote:
    """A span between quotation marks, with who said it when that can be told.

    ``speaker`` is the canonical name of an entity of the same analysis (or a description the article gives,
    such as "un diplomate européen"); ``None`` when nothing resolves. ``speaker_mention`` is the words that point
    to the speaker ("il", "le président kazakhstanais"), ``resolution`` how they were resolved, ``cue`` the
    speech verb or preposition that attributes the quote.
    """

    text: str
    start: int
    end: int
    kind: QuoteKind = "speech"
    speaker: str | None = None
    speaker_mention: str | None = None
    resolution: Resolution = "unknown"
    cue: str | None = None
    key: bool = False
    fragment: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(**data)


@dataclass(frozen=True)
class Entity:
    """A person, organisation, place or other named thing, its variants merged.

    ``count`` is the number of times it is named (full name, surname, variants; not pronouns or descriptions);
    ``resolved_mentions`` the pronouns and descriptions that quote attribution resolved to it; ``linked_forms``
    the demonyms and adjectives that point to a place ("kazakhstanais" for Kazakhstan), shown beside the count
    and not added to it.
    """

    name: str
    label: str
    count: int
    aliases: tuple[str, ...] = ()
    first_start: int = 0
    resolved_mentions: int = 0
    linked_forms: dict[str, int] = field(default_factory=dict)
    ambiguous: bool = False

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["aliases"] = list(self.aliases)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(**{**data, "aliases": tuple(data.get("aliases", ()))})


@dataclass(frozen=True)
class Theme:
    """A subject of the article: a short label, its keyphrases and one or two supporting sentences."""

    label: str
    keyphrases: tuple[str, ...]
    sentences: tuple[str, ...]
    heading: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "keyphrases": list(self.keyphrases),
            "sentences": list(self.sentences),
            "heading": self.heading,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Theme:
        return cls(
            label=data["label"],
            keyphrases=tuple(data["keyphrases"]),
            sentences=tuple(data["sentences"]),
            heading=data.get("heading"),
        )


@dataclass(frozen=True)
class Analysis:
    """Everything a briefing shows about one document."""

    document: Document
    quotes: tuple[Quote, ...]
    entities: tuple[Entity, ...]
    themes: tuple[Theme, ...]
    keyphrases: tuple[str, ...]
    summary: tuple[str, ...]
    provenance: dict[str, Any]

    @property
    def key_quotes(self) -> list[Quote]:
        return [q for q in self.quotes if q.key]

    def as_dict(self) -> dict[str, Any]:
        """One line of ``newsbrief analyse --format jsonl``."""
        return {
            "document": self.document.as_dict(),
            "quotes": [q.as_dict() for q in self.quotes],
            "entities": [e.as_dict() for e in self.entities],
            "themes": [t.as_dict() for t in self.themes],
            "keyphrases": list(self.keyphrases),
            "summary": list(self.summary),
            "provenance": self.provenance,
        }

    def cache_dict(self) -> dict[str, Any]:
        """``as_dict`` with the document's text and blocks, enough to rebuild the record."""
        return {**self.as_dict(), "document": self.document.full_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            document=Document.from_dict(data["document"]),
            quotes=tuple(Quote.from_dict(q) for q in data["quotes"]),
            entities=tuple(Entity.from_dict(e) for e in data["entities"]),
            themes=tuple(Theme.from_dict(t) for t in data["themes"]),
            keyphrases=tuple(data["keyphrases"]),
            summary=tuple(data["summary"]),
            provenance=data["provenance"],
        )
