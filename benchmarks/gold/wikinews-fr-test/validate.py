"""Check the wikinews-fr-test gold files: JSON loads, required fields, quote texts occur in the raw article.

Usage: python validate.py [CORPUS_DIR]   (default ../../../../shared/corpus/wikinews-fr relative to the repo root,
i.e. /work/shared/corpus/wikinews-fr)."""
import collections, glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(HERE, '../../../../shared/corpus/wikinews-fr'))
KINDS = {'speech', 'scare', 'title'}
RES = {'explicit', 'pronoun', 'nominal', 'previous', 'unknown', None}
TYPES = {'PER', 'ORG', 'LOC', 'MISC'}

def main():
    errors, kinds, n_ent, files = [], collections.Counter(), 0, sorted(glob.glob(os.path.join(HERE, '*.json')))
    for path in files:
        name = os.path.basename(path)
        try:
            d = json.load(open(path, encoding='utf-8'))
        except Exception as e:  # noqa: BLE001
            errors.append(f'{name}: bad JSON: {e}'); continue
        if d.get('file') != name[:-5] + '.html':
            errors.append(f'{name}: file field {d.get("file")!r}')
        raw = open(os.path.join(CORPUS, d['file']), encoding='utf-8').read()
        for q in d['quotes']:
            kinds[q['kind']] += 1
            if q['kind'] not in KINDS: errors.append(f'{name}: kind {q["kind"]!r}')
            if q['speaker_resolution'] not in RES: errors.append(f'{name}: resolution {q["speaker_resolution"]!r}')
            if q['kind'] != 'speech' and q['speaker'] is not None: errors.append(f'{name}: non-speech with speaker')
            if raw.count(q['text']) < q['occurrence']:
                errors.append(f'{name}: {q["text"][:40]!r} occurs {raw.count(q["text"])} < {q["occurrence"]}')
        if len(d['entities']) > 8: errors.append(f'{name}: more than 8 entities')
        for e in d['entities']:
            n_ent += 1
            if e['type'] not in TYPES: errors.append(f'{name}: entity type {e["type"]!r}')
            if not isinstance(e['named_mentions'], int) or e['named_mentions'] < 1: errors.append(f'{name}: bad count')
    print(f'{len(files)} files, {sum(kinds.values())} quotes {dict(kinds)}, {n_ent} entities')
    for e in errors: print('ERROR', e)
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
