"""Write src/newsbrief/data/freq-<stemmer>.tsv: background word frequencies per Snowball stem, from wordfreq.

    pip install wordfreq==3.1.1   # only to regenerate; newsbrief itself reads the shipped tables
    .venv/bin/python benchmarks/background_frequencies.py

wordfreq's "large" French and English lists (frequencies of words in Wikipedia, subtitles, news, books, web text
and more) are summed per Snowball stem of the lowercased word; stems at or above Zipf 2.0 (twice in a hundred
million words) are kept, written as Zipf values (log10 of the frequency per billion words, two decimals).
The data are CC BY-SA 4.0 (see src/newsbrief/data/README.md), the script is the project's.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

import snowballstemmer
import wordfreq

DATA = Path(__file__).resolve().parents[1] / "src" / "newsbrief" / "data"
LANGUAGES = {"fr": "french", "en": "english"}
MIN_ZIPF = 2.0
WORD = re.compile(r"[^\W_]+")
HEADER = ("# Background word frequencies per Snowball ({stemmer}) stem: Zipf = log10(frequency per billion\n"
          "# words), summed over the words of wordfreq {version}'s 'large' {language} list that have the stem;\n"
          "# stems at Zipf >= {min_zipf}. Data: wordfreq by Robyn Speer (https://github.com/rspeer/wordfreq),\n"
          "# CC BY-SA 4.0, derived from Wikipedia, OpenSubtitles, SUBTLEX, Google Books Ngrams, the Leeds Internet\n"
          "# Corpus, ParaCrawl and others (see data/README.md). This table is licensed CC BY-SA 4.0.\n"
          "# Regenerate: python benchmarks/background_frequencies.py\n")


def stem_frequencies(language: str, stemmer: str) -> dict[str, float]:
    """Frequency per stem: the sum of the frequencies of the single-word entries that have it."""
    stem = snowballstemmer.stemmer(stemmer)
    totals: dict[str, float] = defaultdict(float)
    for word, frequency in wordfreq.get_frequency_dict(language, wordlist="large").items():
        parts = WORD.findall(word.lower())
        if len(parts) == 1:
            totals[stem.stemWord(parts[0])] += frequency
    return totals


def table(frequencies: dict[str, float]) -> list[str]:
    zipf = {s: math.log10(f) + 9 for s, f in frequencies.items()}
    return [f"{s}\t{z:.2f}" for s, z in sorted(zipf.items()) if z >= MIN_ZIPF]


def main() -> None:
    for language, stemmer in LANGUAGES.items():
        header = HEADER.format(stemmer=stemmer, version=version("wordfreq"), min_zipf=MIN_ZIPF,
                               language={"fr": "French", "en": "English"}[language])
        rows = table(stem_frequencies(language, stemmer))
        (DATA / f"freq-{stemmer}.tsv").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
