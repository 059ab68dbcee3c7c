#!/usr/bin/env python3
"""Checks a `tanqih process` output directory with the tools users load it with: documents.parquet through
pyarrow against documents.jsonl (every column, every row); the tf-idf matrix through scipy.sparse.load_npz
against documents.jsonl and vocab.tsv (shapes), and against a tf-idf recomputed with numpy from the token
lists in documents.jsonl (values, scikit-learn's formula)."""
import json, sys

import numpy as np
import pyarrow.parquet as pq
import scipy.sparse

out = sys.argv[1]
docs = [json.loads(l) for l in open(f'{out}/documents.jsonl', encoding='utf-8')]
table = pq.read_table(f'{out}/documents.parquet')
assert table.num_rows == len(docs), (table.num_rows, len(docs))
assert table.to_pylist() == docs, 'documents.parquet differs from documents.jsonl'
vocab_lines = open(f'{out}/vocab.tsv', encoding='utf-8').read().splitlines()
assert vocab_lines[0] == 'term\tdf\ttf', vocab_lines[0]
terms = [l.rsplit('\t', 2)[0] for l in vocab_lines[1:]]
column = {t: i for i, t in enumerate(terms)}

m = scipy.sparse.load_npz(f'{out}/tfidf.npz')
assert m.format == 'csr' and m.shape == (len(docs), len(terms)), (m.format, m.shape, len(docs), len(terms))

lexical = {'word', 'number'}
rows = [[t for t, k in zip(d['tokens'], d['kinds']) if k in lexical] for d in docs]
df = np.zeros(len(terms))
for r in rows:
    for t in set(r):
        df[column[t]] += 1
idf = np.log((1 + len(docs)) / (1 + df)) + 1
expected = np.zeros(m.shape)
for i, r in enumerate(rows):
    for t in r:
        expected[i, column[t]] += 1
expected *= idf
expected /= np.linalg.norm(expected, axis=1, keepdims=True)
worst = np.max(np.abs(m.toarray() - expected))
assert worst < 1e-12, worst
print(f'outputs ok: parquet {table.num_rows} rows x {table.num_columns} columns equal to the JSONL; tfidf.npz {m.shape[0]} documents x {m.shape[1]} terms, {m.nnz} entries, max difference {worst:.1e}')
