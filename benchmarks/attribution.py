"""Time quote attribution against the spaCy parse it runs on (issue 3: attribution adds at most 20%).

    .venv/bin/python benchmarks/attribution.py [FILES...]    (default: the French and English dev corpora)

Parses every document once with ``nlp.pipe`` (timed), builds the entity table (timed apart: it is the entity
stage, not attribution), then times ``extract_quotes`` alone. Prints seconds and the ratio per language.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from newsbrief.cues import speech_subject_tokens
from newsbrief.entities import extract_entities
from newsbrief.lang import get_language_data
from newsbrief.loading import load_document
from newsbrief.nlp import load_pipeline, normalise_text
from newsbrief.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [*sorted((ROOT / "benchmarks/corpus/fr-press").glob("*.txt")),
           *sorted((ROOT / "benchmarks/corpus/en").glob("*.txt")),
           *sorted(Path(ROOT / "../shared/corpus/wikinews-fr").glob("*.html")),
           ROOT / "data/samples/000_59a7decd111426f4.txt"]


def main(paths: list[Path], repeat: int = 3) -> None:
    documents = [load_document(p) for p in paths]
    for language in sorted({d.language for d in documents}):
        group = [d for d in documents if d.language == language]
        nlp, lang = load_pipeline(language), get_language_data(language)
        parse = attribution = entities = 0.0
        for _ in range(repeat):
            start = time.perf_counter()
            docs = list(nlp.pipe(normalise_text(d.text, d.language) for d in group))
            parse += time.perf_counter() - start
            for doc, document in zip(docs, group):
                start = time.perf_counter()
                heads = tuple(speech_subject_tokens(doc, lang=lang))
                table = extract_entities(doc, lang=lang, speech_heads=heads)
                entities += time.perf_counter() - start
                start = time.perf_counter()
                extract_quotes(doc, document, table, lang=lang, speech_heads=heads)
                attribution += time.perf_counter() - start
        words = sum(d.n_words for d in group) * repeat
        print(f"{language}: {len(group)} documents, {words // repeat} words; parse {parse / repeat:.3f} s, "
              f"entities {entities / repeat:.3f} s, attribution {attribution / repeat:.3f} s "
              f"= {attribution / parse:.1%} of the parse")


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]] or DEFAULT)
