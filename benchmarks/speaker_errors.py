"""Where the wrong speakers of the dev press articles lie (issue 3), to choose the next lever.

    .venv/bin/python benchmarks/speaker_errors.py

For every speech quote matched to the gold (overlap 0.3, as ``newsbrief evaluate quotes``) whose speaker is wrong,
counts the gold's resolution (explicit, nominal, pronoun, previous) and whether the gold speaker is an entity of
the table named in the quote's paragraph or the one before: the most a ranking over nearby named candidates could
set right. Held-out and not-yet-scored articles (see ``benchmarks/corpus/README.md``) are left out.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from newsbrief import evaluate as ev
from newsbrief.analysis import analyse_documents
from newsbrief.loading import load_document

BENCHMARKS = Path(__file__).resolve().parent
HELD_OUT = {"fr-03", "fr-06", "en-03", "en-06", "en-08", "en-10",
            *(f"fr-{n}" for n in range(211, 215)), *(f"en-{n}" for n in range(175, 179)),  # fresh test 27
            *(f"fr-{n}" for n in range(215, 219)), *(f"en-{n}" for n in range(179, 183))}  # fresh test 28


def dev_files() -> list[Path]:
    return [f for f in sorted((BENCHMARKS / "corpus").glob("*/*.txt")) if f.stem not in HELD_OUT]


def wrong_speakers(path: Path, quotes: list[dict]) -> list[tuple[dict, str]]:
    """(gold quote, its window of text) for each matched speech quote whose speaker is wrong."""
    gold_path = BENCHMARKS / "gold" / path.parent.name / f"{path.stem}.json"
    unique: dict = {}
    for quote in json.loads(gold_path.read_text())["quotes"]:
        if quote["kind"] == "speech":
            unique.setdefault(ev.word_tokens(quote["text"]), quote)
    gold = list(unique.values())
    found = [q for q in quotes if q.get("kind", "speech") not in ev.NOT_SPEECH]
    system, reference = ev._unique_spans(found), ev._unique_spans(gold)
    text = path.read_text(encoding="utf-8")
    wrong = []
    for i, j in ev._pair(system, reference, 0.3):
        if not ev.speakers_match(system[i].speaker, reference[j].speaker):
            start = text.find(gold[j]["text"])
            opening = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, start)))
            wrong.append((gold[j], text[max(0, opening): start + len(gold[j]["text"]) + 300]))
    return wrong


def main() -> None:
    files = dev_files()
    resolutions: Counter[tuple[str, bool]] = Counter()
    matched = 0
    for path, analysis in zip(files, analyse_documents([load_document(f) for f in files])):
        result = analysis.as_dict()
        matched += sum(1 for q in result["quotes"] if q.get("kind", "speech") not in ev.NOT_SPEECH)
        names = [e["name"] for e in result["entities"]]
        for quote, window in wrong_speakers(path, result["quotes"]):
            near = any(name in window and ev.speakers_match(name, quote["speaker"]) for name in names)
            resolutions[(quote["speaker_resolution"], near)] += 1
    print(f"{len(files)} dev articles, {matched} speech quotes found, {sum(resolutions.values())} wrong speakers")
    print("gold resolution   speaker named nearby   not named nearby")
    for kind in ("explicit", "nominal", "pronoun", "previous", "unknown"):
        print(f"{kind:<17} {resolutions[(kind, True)]:>20} {resolutions[(kind, False)]:>18}")


if __name__ == "__main__":
    main()
