#!/usr/bin/env python3
"""Builds arabic-words.tsv.gz from its two sources.

usage: build_arabic_words.py WORDFREQ_large_ar.msgpack.gz HUNSPELL_ar.dic OUT.tsv.gz

- wordfreq 3.x `large_ar.msgpack.gz` (CC BY-SA 4.0): word frequencies in centibels (cB), the bucket
  index of a word; words of Arabic letters only, down to -700 cB (a frequency of 1e-7).
- hunspell-ar 3.2 (Ayaspell, GPL 2.0 / LGPL 2.1 / MPL 1.1) `ar.dic`: the stems of its noun, verb and tool
  sections, which mark a form as a word of its own. Its stop-word section lists clitic-attached forms and is
  left out.

Each output line is `word<TAB>cB<TAB>flag`: cB is the frequency bucket (900 when unknown), flag is 1 for a
hunspell stem.
"""
import gzip, re, sys

import msgpack

ARABIC = re.compile(r'^[\u0621-\u064a\u0671]+$')
CAP = 700


def main(freq_path, dic_path, out_path):
    buckets = msgpack.load(gzip.open(freq_path), raw=False)
    cb = {}
    for bucket, words in enumerate(buckets[1:CAP + 1]):
        for w in words:
            if ARABIC.match(w):
                cb.setdefault(w, bucket)
    stems, section = set(), None
    for i, line in enumerate(open(dic_path, encoding='utf-8')):
        line = line.rstrip('\n')
        if i == 0 or line.startswith('::::'):
            continue
        if line.endswith('.dic'):
            section = line
            continue
        if section == 'stopwords.dic':
            continue
        w = line.split('/')[0].split('\t')[0].strip()
        if ARABIC.match(w):
            stems.add(w)
    with gzip.GzipFile(out_path, 'wb', mtime=0) as out:
        for w in sorted(set(cb) | stems):
            out.write(f'{w}\t{cb.get(w, 900)}\t{int(w in stems)}\n'.encode())


if __name__ == '__main__':
    main(*sys.argv[1:])
