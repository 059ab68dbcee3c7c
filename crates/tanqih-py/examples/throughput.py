"""Throughput of the batch API on one core: MB of document text per second through Pipeline.process_batch.

    python throughput.py CORPUS.jsonl [--batch-size 256]
"""

import argparse
import time

import pyarrow.json as pj

import tanqih


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("jsonl")
    ap.add_argument("--batch-size", type=int, default=256)
    args = ap.parse_args()
    table = pj.read_json(args.jsonl).select(["id", "text"])
    size = sum(len(t.as_py().encode("utf-8")) for t in table.column("text"))
    pipeline = tanqih.Pipeline()
    start = time.perf_counter()
    rows = 0
    for batch in table.to_batches(max_chunksize=args.batch_size):
        rows += pipeline.process_batch(batch).num_rows
    seconds = time.perf_counter() - start
    print(f"{table.num_rows} documents, {size / 1e6:.1f} MB in {seconds:.2f} s: {size / 1e6 / seconds:.1f} MB/s "
          f"({rows} kept)")


if __name__ == "__main__":
    main()
