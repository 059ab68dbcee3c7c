"""tanqih as a Ray Data step: JSONL documents in, the columns of documents.parquet out.

    python ray_pipeline.py INPUT.jsonl... -o OUT_DIR [--workers 2] [--config pipeline.toml]
                           [--line-counts line-counts.tsv] [--address ray://... | auto]

Each worker builds the pipeline once; batches go through it as Arrow tables. For the lines repeated across
documents to be judged over the whole corpus, count them first (`tanqih line-counts INPUT... -o FILE`) and
pass the file with --line-counts.
"""

import argparse

import pyarrow as pa
import ray

import tanqih


class TanqihStep:
    """A Ray Data callable class: one tanqih pipeline per worker process."""

    def __init__(self, config_toml: str = "", line_counts=None):
        self.pipeline = tanqih.Pipeline(config_toml, line_counts)

    def __call__(self, batch: pa.Table) -> pa.Table:
        return self.pipeline.process_batch(batch)


def run(inputs, output, workers=2, config_toml="", line_counts=None, batch_size=256):
    """Reads `inputs` (JSONL), runs them through tanqih on `workers` worker processes and writes Parquet
    files into `output`."""
    ds = ray.data.read_json(inputs)
    ds = ds.map_batches(
        TanqihStep,
        fn_constructor_kwargs={"config_toml": config_toml, "line_counts": line_counts},
        batch_format="pyarrow",
        batch_size=batch_size,
        concurrency=workers,
    )
    ds.write_parquet(output)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--config", help="pipeline configuration (TOML)")
    ap.add_argument("--line-counts", help="line-counts.tsv of the whole corpus")
    ap.add_argument("--address", help="Ray cluster address (default: start a local one)")
    args = ap.parse_args()
    config_toml = open(args.config, encoding="utf-8").read() if args.config else ""
    ray.init(address=args.address)
    run(args.inputs, args.output, args.workers, config_toml, args.line_counts)


if __name__ == "__main__":
    main()
