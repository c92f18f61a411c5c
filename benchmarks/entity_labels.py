"""How often the entity table's label (PER, ORG, LOC, MISC) is the gold's type, over the dev press articles.

    .venv/bin/python benchmarks/entity_labels.py

For each gold entity that a row of the table matches (as ``newsbrief evaluate entities`` matches them; the row
with the most mentions when several do), compares the row's label with the gold's type. Prints the accuracy, the
confusion counts (gold, table) and every disagreement. No score of the entities issue counts labels, but the
briefing shows them and colours its chart by them. Held-out and not-yet-scored articles are left out (the list of
``speaker_errors.py``).
"""

from __future__ import annotations

import json
from collections import Counter

from newsbrief import evaluate as ev
from newsbrief.analysis import analyse_documents
from newsbrief.loading import load_document

from speaker_errors import BENCHMARKS, dev_files


def main() -> None:
    files = dev_files()
    confusion: Counter[tuple[str, str]] = Counter()
    wrong = []
    for path, analysis in zip(files, analyse_documents([load_document(f) for f in files])):
        rows = analysis.as_dict()["entities"]
        gold = json.loads((BENCHMARKS / "gold" / path.parent.name / f"{path.stem}.json").read_text())
        for entity in gold["entities"]:
            matched = [r for r in rows if ev.row_matches_entity(r, entity)]
            if matched:
                label = max(matched, key=lambda r: r["count"])["label"]
                confusion[(entity["type"], label)] += 1
                if label != entity["type"]:
                    wrong.append((path.stem, entity["name"], entity["type"], label))
    total, right = sum(confusion.values()), sum(n for (g, t), n in confusion.items() if g == t)
    print(f"label accuracy {right}/{total} = {right / total:.3f}")
    for (gold_type, label), n in confusion.most_common():
        print(f"  gold {gold_type:4} table {label:4} {n}")
    for row in wrong:
        print("  ", *row)


if __name__ == "__main__":
    main()
