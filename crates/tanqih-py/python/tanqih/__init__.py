"""tanqih: clean, normalized, tokenized Arabic corpora from scraped text.

The work is done in Rust (the `_tanqih` extension module), with the GIL released:

- `normalize(text, preset="default", rules="")` -> str
- `tokenize(text, preset="default", clitics=None)` -> list of `Token` (kind, text, start, end, sentence;
  `text[start:end]` is the token's source)
- `Pipeline(config_toml="", line_counts=None).process_batch(batch)`: documents with `id` and `text`
  (a `pyarrow.RecordBatch`, a `pyarrow.Table` or a list of dicts) to the columns of `documents.parquet`.
"""

import pyarrow as pa

from ._tanqih import Pipeline as _Pipeline
from ._tanqih import Token, normalize, normalize_presets, tokenize

__all__ = ["Pipeline", "Token", "normalize", "normalize_presets", "tokenize"]


class Pipeline:
    """The document pipeline (strip, normalize, tokenize) with a TOML configuration, as
    `tanqih process --config` reads it (empty: the defaults). `line_counts` is the path of a
    `line-counts.tsv` of the whole corpus (`tanqih line-counts`): lines found in enough of its documents
    are dropped as repeated boilerplate, exactly as `tanqih process` decides them."""

    def __init__(self, config_toml: str = "", line_counts=None):
        self._pipeline = _Pipeline(config_toml, None if line_counts is None else str(line_counts))

    @property
    def config_toml(self) -> str:
        """The effective configuration."""
        return self._pipeline.config_toml()

    def process_batch(self, batch):
        """Processes documents (`id` and `text` columns or keys, optionally `source`) and returns the
        `documents.parquet` columns for those with text left: a `pyarrow.Table` for a table, else a
        `pyarrow.RecordBatch`."""
        table_in = isinstance(batch, pa.Table)
        if isinstance(batch, list):
            batch = pa.RecordBatch.from_pylist(batch)
        elif not isinstance(batch, (pa.RecordBatch, pa.Table)):
            raise TypeError(
                f"process_batch takes a pyarrow.RecordBatch, a pyarrow.Table or a list of dicts, "
                f"not {type(batch).__name__}"
            )
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, batch.schema) as writer:
            writer.write(batch)
        out = pa.ipc.open_stream(self._pipeline.process_ipc(sink.getvalue().to_pybytes())).read_all()
        if table_in:
            return out
        return out.combine_chunks().to_batches()[0] if out.num_rows else pa.RecordBatch.from_pylist([], schema=out.schema)
