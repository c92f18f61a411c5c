"""Read articles from disk into :class:`~newsbrief.records.Document` records.

Formats: ``.txt`` (the seed's convention: an optional first line ``date YYYY-MM-DD``, an optional title line,
paragraphs separated by blank lines, short unpunctuated lines as headings, one a line in a block of them: a byline
over its writer's role), ``.md``, ``.html``/``.htm`` (main text and metadata by trafilatura), ``.json`` (one object
with ``text``, ``title``, ``date``) and ``.jsonl`` (one such object per line). Bytes are decoded as UTF-8 when
they are valid UTF-8 (BOM or not), else as cp1252 when that reads as Western European text (it covers latin-1
too), else with the encoding charset-normalizer finds; an HTML ``<meta charset>`` is ignored, so a page that lies
about its encoding is still read right. Only French and
English are accepted (py3langid, offline; see :func:`detect_language`).

This module and :mod:`newsbrief.batch` / :mod:`newsbrief.rendering` are the only ones that touch files.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsbrief.errors import InputError, LanguageError
from newsbrief.quotespans import OPENING_MARKS, PAIRS
from newsbrief.records import Analysis, Block, BlockKind, Document

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
SUPPORTED_LANGUAGES = ("fr", "en")
#: Inputs larger than this are refused (``newsbrief run --max-bytes`` changes it). 5 MB is ~100 long articles.
DEFAULT_MAX_BYTES = 5_000_000

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”’)]*\s+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])")
_FINAL_PUNCT = ".!?…:;,"
#: What opens a quotation at a chunk's start in the raw text: any opening mark, and the straight apostrophe that
#: opens a quotation in single marks ('We will not give up.'), which normalisation later makes an apostrophe and
#: spans never pair.
_CHUNK_OPENINGS = OPENING_MARKS | {"'"}
#: The first opening mark spans pair, before which a heading's label ends.
_PAIRED_OPENING = re.compile("[" + re.escape("".join(sorted(PAIRS))) + "]")
_SENTENCE_STOPS = ".…"
_HEADING_MAX_CHARS = 160
#: A heading ending on a quotation closed after a full stop is a label of at most this many words, a colon and
#: the quotation ("Conflits internationaux : « … »").
_HEADING_MAX_LABEL_WORDS = 6
_SHORT_TEXT_WORDS = 50
#: The languages a short text is classified among (regional languages close to French or English left out).
_MAJOR_LANGUAGES = ("fr", "en", "de", "es", "it", "pt", "nl", "ca", "pl", "ro", "sv", "da", "no", "fi", "cs", "hu",
                    "tr", "ru", "uk", "ar", "zh", "ja", "ko", "el", "he", "hi", "id", "vi", "la", "eu", "gl", "oc")
_NAME = re.compile(r"(?<!^)(?<![.!?:]\s)\b[A-ZÀ-ÖØ-Þ][\w’'-]*")


@dataclass(frozen=True)
class _Parts:
    """What a format parser extracts before the document is assembled."""

    title: str | None
    date: str | None
    blocks: list[tuple[BlockKind, str]]
    language: str | None = None


def load_documents(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """All documents in one file (a ``.jsonl`` file may hold several); raises :class:`InputError` on the first
    record that cannot be read."""
    documents = []
    for item in iter_documents(path, max_bytes=max_bytes):
        if isinstance(item, InputError):
            raise item
        documents.append(item)
    return documents


def load_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """The single document in a file (the first record of a ``.jsonl`` file)."""
    return load_documents(path, max_bytes=max_bytes)[0]


def iter_documents(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """Each document of a file, or the :class:`InputError` that stopped it, so a batch can account for both.

    A file-level problem (missing, empty, too large, binary) yields one error; a ``.jsonl`` file yields one item
    per non-blank line.
    """
    label = str(path)
    try:
        data = _read_bytes(Path(path), label, max_bytes)
        text = decode_bytes(data, label)
        if not text.strip(" \t\n\ufeff\u00a0\u202f"):
            raise InputError(label, "empty file")
    except InputError as error:
        yield error
        return
    digest = hashlib.sha256(data).hexdigest()
    suffix = Path(path).suffix.lower()
    if suffix == ".jsonl":
        yield from _iter_jsonl(text, label)
        return
    try:
        yield _assemble(_parse(text, suffix, label), path=label, stem=Path(path).stem, sha256=digest)
    except InputError as error:
        yield error


def read_analysis(path: str | Path) -> Analysis:
    """An analysis cached as JSON by :func:`newsbrief.batch.write_analysis`."""
    return Analysis.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


def decode_bytes(data: bytes, label: str) -> str:
    """Text of ``data``, CRLF -> LF: UTF-16 when it has a UTF-16 BOM, UTF-8 (BOM dropped) when valid, else
    cp1252 when that reads as Western European text, else charset-normalizer's best guess.

    cp1252 comes before charset-normalizer because on short French texts the latter picks cp1250 or Shift-JIS
    ("élčve", "ｫ oui ｻ"); cp1252 decodes every latin-1 letter and punctuation mark the same way and adds ’ œ €.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_or_refuse(data, "utf-16", label)
    elif b"\x00" in data[:4096]:
        raise InputError(label, "binary file (NUL bytes), not text")
    else:
        text = _decode_8bit(data, label)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _control_share(text) > 0.01:
        raise InputError(label, "binary file (control characters), not text")
    return text


def detect_language(text: str) -> str:
    """``"fr"``, ``"en"`` or another ISO 639-1 code, by py3langid (offline, deterministic).

    Long texts (50 words or more) get py3langid's first choice. On short texts py3langid misfires, mostly on
    proper names ("Lula da Silva à São Paulo" reads as Portuguese, "Fire in Lloret de Mar" as Latin) and on
    regional languages close to French (wa, oc, gcf). So a short text is classified with its capitalised words
    after the first removed, among widely used languages only (:data:`_MAJOR_LANGUAGES`), and French or English
    is accepted when ranked first or second. Measured on 36 two-sentence fr/en news snippets full of foreign
    names and 10 de/es/it/pt/nl/ca ones: 33/36 recognised (py3langid alone: 22), 9/10 refused (alone: 10).
    """
    words = text.split()
    if len(words) >= _SHORT_TEXT_WORDS:
        return _ranked_languages(text[:20_000], restricted=False)[0]
    without_names = _without_names(" ".join(words))
    sample = without_names if len(re.findall(r"\w{2,}", without_names)) >= 2 else text
    ranked = _ranked_languages(sample, restricted=True)
    return next((lang for lang in ranked[:2] if lang in SUPPORTED_LANGUAGES), ranked[0])


def make_id(stem: str) -> str:
    """A stable, file-name-safe id: ASCII letters, digits, ``-`` and ``_`` only, at most 80 characters."""
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", ascii_stem).strip("-_")[:80]
    return slug or "document"


@lru_cache(maxsize=2)
def _identifier(*, restricted: bool) -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    if restricted:
        identifier.set_languages(list(_MAJOR_LANGUAGES))
    return identifier


def _ranked_languages(text: str, *, restricted: bool) -> list[str]:
    return [str(lang) for lang, _ in _identifier(restricted=restricted).rank(text)]


def _without_names(text: str) -> str:
    """``text`` without its capitalised words, except the first and those starting a sentence."""
    return _NAME.sub(" ", text)


# --- reading ---------------------------------------------------------------------------------------------------


def _read_bytes(path: Path, label: str, max_bytes: int) -> bytes:
    if path.is_dir():
        raise InputError(label, "is a directory, not a file")
    if not path.exists():
        raise InputError(label, "file not found")
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise InputError(label, f"unsupported format {path.suffix or '(none)'!r}; use one of {SUPPORTED_SUFFIXES}")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(label, f"file too large ({size} bytes > limit of {max_bytes})")
        data = path.read_bytes()
    except OSError as error:
        raise InputError(label, f"cannot read file ({error.strerror or error})") from None
    if not data.strip():
        raise InputError(label, "empty file")
    return data


def _decode_8bit(data: bytes, label: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if text and _reads_western(text):
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(label, "undecodable bytes: not text in any known encoding")
    return str(best)


def _decode_or_refuse(data: bytes, encoding: str, label: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(label, f"undecodable bytes: invalid {encoding}") from None


def _reads_western(text: str) -> bool:
    """Most letters are ASCII: French has 2-5 % accented letters (30 % in a short exclamation), Cyrillic or
    Greek bytes read as cp1252 nearly 100 %."""
    letters = [c for c in text[:20_000] if c.isalpha()]
    return bool(letters) and sum(not c.isascii() for c in letters) / len(letters) < 0.5


def _control_share(text: str) -> float:
    sample = text[:20_000]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\n\t")
    return controls / max(1, len(sample))


def _iter_jsonl(text: str, label: str) -> Iterator[Document | InputError]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{label}:{number}"
        try:
            record = json.loads(line)
            parts = _parts_from_record(record, where)
            stem = str(record.get("id") or f"{Path(label).stem}-{number}")
            record_digest = hashlib.sha256(line.encode("utf-8")).hexdigest()
            yield _assemble(parts, path=label, stem=stem, sha256=record_digest)
        except json.JSONDecodeError as error:
            yield InputError(where, f"invalid JSON ({error.msg})")
        except InputError as error:
            yield error


# --- format parsers ----------------------------------------------------------------------------------------------


def _parse(text: str, suffix: str, label: str) -> _Parts:
    if suffix in (".html", ".htm"):
        return _parse_html(text, label)
    if suffix == ".json":
        try:
            return _parts_from_record(json.loads(text), label)
        except json.JSONDecodeError as error:
            raise InputError(label, f"invalid JSON ({error.msg})") from None
    if suffix == ".md":
        return _parse_markdown(text)
    return _parse_plain(text)


def _parse_plain(text: str) -> _Parts:
    """The seed's convention: date line, optional title line, blank-line paragraphs, short unpunctuated headings."""
    date, text = _split_date_line(text)
    chunks = _chunks(text)
    title = None
    if len(chunks) > 1 and _looks_like_heading(chunks[0]):
        title = chunks.pop(0)
    return _Parts(title=title, date=date, blocks=_classify_chunks(chunks))


def _parse_markdown(text: str) -> _Parts:
    date, text = _split_date_line(text)
    front, text = _split_front_matter(text)
    date = front.get("date", date)
    title = front.get("title")
    blocks: list[tuple[BlockKind, str]] = []
    for chunk in _chunks(text):
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", chunk)
        if heading and len(heading.group(1)) == 1 and title is None and not blocks:
            title = _strip_markdown(heading.group(2))
        elif heading:
            blocks.append(("heading", _strip_markdown(heading.group(2))))
        else:
            blocks.append(("paragraph", _strip_markdown(re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", chunk))))
    return _Parts(title=title, date=date, blocks=blocks)


def _parse_html(text: str, label: str) -> _Parts:
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(text, output_format="xml", with_metadata=True, include_comments=False,
                              favor_recall=True, deduplicate=False)
    if not xml:
        raise InputError(label, "no article text found in the HTML")
    root = etree.fromstring(xml.encode("utf-8"))
    title = _squash(root.get("title") or "") or None
    blocks: list[tuple[BlockKind, str]] = []
    for element in root.iter("head", "p", "item", "quote"):
        content = _squash(" ".join(element.itertext()))
        if content and not (element.tag == "head" and not blocks and content == title):
            blocks.append(("heading" if element.tag == "head" else "paragraph", content))
    if not any(kind == "paragraph" for kind, _ in blocks):
        raise InputError(label, "no article text found in the HTML")
    return _Parts(title=title, date=_iso_date(root.get("date")), blocks=blocks)


def _parts_from_record(record: Any, label: str) -> _Parts:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(label, "a JSON document must be an object with a string field 'text'")
    parsed = _parse_plain(record["text"])
    title = record.get("title") or parsed.title
    return _Parts(title=title, date=_iso_date(record.get("date")) or parsed.date, blocks=parsed.blocks,
                  language=record.get("language"))


# --- helpers ------------------------------------------------------------------------------------------------------


def _split_date_line(text: str) -> tuple[str | None, str]:
    match = _DATE_LINE.match(text)
    if not match:
        return None, text
    return match.group(1), text[match.end():]


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    match = re.match(r"^---\n(.*?)\n---\n", text, flags=re.S)
    if not match:
        return {}, text
    fields = dict(re.findall(r"^(\w+)\s*:\s*\"?(.*?)\"?\s*$", match.group(1), flags=re.M))
    return fields, text[match.end():]


def _chunks(text: str) -> list[str]:
    """Blank-line separated chunks, each with its line breaks folded into spaces, a block of credit lines split
    into its lines (:func:`_credit_lines`)."""
    return [c for chunk in re.split(r"\n\s*\n", text) for c in map(_squash, _credit_lines(chunk)) if c]


def _credit_lines(chunk: str) -> list[str]:
    """The lines of a chunk of several lines that each look like a heading, else the chunk: a byline over the
    writer's role or paper ("By Jane Doe" / "Political Correspondent", "Jane Doe" / "Le Droit"), whose line
    break parts names the model would otherwise run together ("Jane Doe Political"); a paragraph wrapped over
    lines ends on a sentence's punctuation, so it stays whole."""
    lines = [line for line in chunk.split("\n") if line.strip()]
    return lines if len(lines) > 1 and all(_looks_like_heading(line.strip()) for line in lines) else [chunk]


def _squash(text: str) -> str:
    return re.sub(r"[ \t\n]+", " ", text).strip()


def _looks_like_heading(chunk: str) -> bool:
    """Short, without final punctuation, and neither a quotation standing as its own paragraph ("“Today the
    truth was heard.”" is speech; "Conflits internationaux : « … »" is a heading), nor sentences ending on a
    quotation, bracketed or not ("She said. “We will not give up.”", "… she said in Tagalog. (“We will not give
    up.”)"), nor a sentence ending on one that is not a headline's
    "label: quotation" ("He answered that he wanted “a relationship, with honesty in it.”")."""
    if len(chunk) > _HEADING_MAX_CHARS or chunk[-1] in _FINAL_PUNCT:
        return False
    quotation_ends = chunk.rstrip("»”’\"' )")[-1:] in _FINAL_PUNCT  # also in brackets: "(“We will …”)"
    sentences = re.search(r"[.!?][»”’\"]?\s+(?![»”’\"]\s*$)\S", chunk) is not None
    # with a no-break space inside French guillemets, a quotation of several sentences is speech ("« C’était une
    # façon de parler. Kévin savait … »"); one question alone may be a quoted intertitle ("« Que fais-je ? »")
    last = chunk.rstrip("»”’\"' )\u00a0\u202f")[-1:]
    quotation_ends = quotation_ends or sentences and last in _FINAL_PUNCT
    # a full stop inside the marks ends a sentence (« Qu’ils viennent, ils comprendront. »): speech, whatever
    # space comes before »; no intertitle ends on one
    quotation_ends = quotation_ends or last in _SENTENCE_STOPS
    before = _PAIRED_OPENING.split(chunk, maxsplit=1)[0].strip()
    reported = not before.endswith(":") or len(before.split()) > _HEADING_MAX_LABEL_WORDS
    return not (quotation_ends and (chunk[0] in _CHUNK_OPENINGS or sentences or reported))


def _classify_chunks(chunks: list[str]) -> list[tuple[BlockKind, str]]:
    """Short unpunctuated chunks followed by more text are headings; everything else is a paragraph."""
    last = len(chunks) - 1
    return [("heading" if i < last and _looks_like_heading(c) else "paragraph", c) for i, c in enumerate(chunks)]


def _strip_markdown(text: str) -> str:
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|\*|_|`)(.+?)\1", r"\2", text)
    return text.strip()


def _iso_date(value: Any) -> str | None:
    match = re.match(r"^(\d{4}-\d{2}-\d{2})", str(value or ""))
    return match.group(1) if match else None


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (up to the first . ! ? … followed by a capitalised word)."""
    match = _SENTENCE_END.search(text)
    return text[: match.start()].strip() if match else text.strip()


def _assemble(parts: _Parts, *, path: str, stem: str, sha256: str) -> Document:
    chunks = ([("title", parts.title)] if parts.title else []) + parts.blocks
    blocks, offset = [], 0
    for kind, content in chunks:
        blocks.append(Block(kind=kind, start=offset, end=offset + len(content), text=content))
        offset += len(content) + 2
    text = "\n\n".join(b.text for b in blocks)
    if not any(b.kind == "paragraph" for b in blocks) or not text.strip():
        raise InputError(path, "no text after extraction")
    language = (parts.language or detect_language(text)).lower()[:2]
    if language not in SUPPORTED_LANGUAGES:
        raise LanguageError(path, f"language {language!r} is not supported (only French and English)")
    title = parts.title or first_sentence(blocks[0].text)
    return Document(id=make_id(stem), path=path, title=title, date=parts.date, language=language, text=text,
                    blocks=tuple(blocks), sha256=sha256)
