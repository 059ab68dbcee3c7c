//! `documents.parquet`: the columns of `documents.jsonl`, readable by pyarrow, pandas and `datasets`.

use std::borrow::Borrow;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow_array::builder::{ListBuilder, StringBuilder};
use arrow_array::{Array, ArrayRef, ListArray, RecordBatch, StructArray, UInt32Array, UInt64Array};
use arrow_buffer::OffsetBuffer;
use arrow_schema::{DataType, Field};
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, Encoding};
use parquet::errors::ParquetError;
use parquet::file::properties::{EnabledStatistics, WriterProperties};
use parquet::schema::types::ColumnPath;

use super::{Chunk, Finished, Sink};
use crate::files::{complete, io_error, partial};
use crate::{PipelineError, Processed};

/// A string column, its buffers sized once.
fn strings<'a>(values: impl Iterator<Item = Option<&'a str>> + Clone) -> ArrayRef {
    let bytes = values.clone().map(|v| v.map_or(0, str::len)).sum();
    let mut b = StringBuilder::with_capacity(values.size_hint().0, bytes);
    for v in values {
        b.append_option(v);
    }
    Arc::new(b.finish())
}

/// A column of string lists, its buffers sized once.
fn string_lists<'a, I>(rows: impl Iterator<Item = I> + Clone) -> ArrayRef
where
    I: Iterator<Item = &'a str>,
{
    let (lists, items, bytes) = rows.clone().fold((0, 0, 0), |(l, n, b), row| {
        row.fold((l + 1, n, b), |(l, n, b), s| (l, n + 1, b + s.len()))
    });
    let mut b = ListBuilder::with_capacity(StringBuilder::with_capacity(items, bytes), lists);
    for row in rows {
        for s in row {
            b.values().append_value(s);
        }
        b.append(true);
    }
    Arc::new(b.finish())
}

/// A list column from the end offset of each list (the first starts at 0) and the values.
fn lists(ends: impl Iterator<Item = usize>, values: ArrayRef) -> ArrayRef {
    let field = Arc::new(Field::new_list_field(values.data_type().clone(), true));
    let offsets = OffsetBuffer::from_lengths(ends.scan(0, |last, end| {
        let len = end - *last;
        *last = end;
        Some(len)
    }));
    Arc::new(ListArray::new(field, offsets, values, None))
}

/// The rows as one Arrow record batch with the columns `id`, `source`, `meta` (struct of `title`,
/// `authors`, `date`), `text`, `normalized`, `tokens` (list of strings), and with `annotations` also
/// `spans` (list of `[start, end]` lists), `kinds` (list of strings) and `sentences` (list of uint32).
pub fn document_batch<R: Borrow<Processed>>(
    rows: &[R],
    annotations: bool,
) -> Result<RecordBatch, ParquetError> {
    let rows: Vec<&Processed> = rows.iter().map(Borrow::borrow).collect();
    let title = strings(rows.iter().map(|r| r.meta.title.as_deref()));
    let authors = string_lists(
        rows.iter()
            .map(|r| r.meta.authors.iter().map(String::as_str)),
    );
    let date = strings(rows.iter().map(|r| r.meta.date.as_deref()));
    let meta = StructArray::from(vec![
        (Arc::new(Field::new("title", DataType::Utf8, true)), title),
        (
            Arc::new(Field::new("authors", authors.data_type().clone(), true)),
            authors,
        ),
        (Arc::new(Field::new("date", DataType::Utf8, true)), date),
    ]);
    let mut columns: Vec<(&str, ArrayRef)> = vec![
        ("id", strings(rows.iter().map(|r| Some(r.id.as_str())))),
        (
            "source",
            strings(rows.iter().map(|r| Some(r.source.as_str()))),
        ),
        ("meta", Arc::new(meta) as ArrayRef),
        ("text", strings(rows.iter().map(|r| Some(r.text.as_str())))),
        (
            "normalized",
            strings(rows.iter().map(|r| Some(r.normalized.as_str()))),
        ),
        ("tokens", string_lists(rows.iter().map(|r| r.tokens.iter()))),
    ];
    if !annotations {
        return Ok(RecordBatch::try_from_iter(columns)?);
    }
    let tokens: usize = rows.iter().map(|r| r.spans.len()).sum();
    let mut bounds = Vec::with_capacity(2 * tokens);
    let mut sentences = Vec::with_capacity(tokens);
    for row in &rows {
        bounds.extend(
            row.spans
                .iter()
                .flat_map(|s| [s.start as u64, s.end as u64]),
        );
        sentences.extend_from_slice(&row.sentences);
    }
    let row_ends = rows.iter().scan(0, |end, r| {
        *end += r.spans.len();
        Some(*end)
    });
    let pairs = lists(
        (1..=tokens).map(|i| 2 * i),
        Arc::new(UInt64Array::from(bounds)),
    );
    let spans = lists(row_ends.clone(), pairs);
    let sentences = lists(row_ends, Arc::new(UInt32Array::from(sentences)));
    columns.extend([
        ("spans", spans),
        (
            "kinds",
            string_lists(rows.iter().map(|r| r.kinds.iter().map(|k| k.name()))),
        ),
        ("sentences", sentences),
    ]);
    Ok(RecordBatch::try_from_iter(columns)?)
}

/// Rows per Parquet row group: a row group is buffered in memory until it is complete.
const ROW_GROUP_ROWS: usize = 16 * 1024;

/// The Parquet writer of `documents.parquet` (Snappy-compressed) for batches made by [`document_batch`];
/// `batch` gives the schema.
pub fn parquet_writer<W: Write + Send>(
    out: W,
    batch: &RecordBatch,
) -> Result<ArrowWriter<W>, ParquetError> {
    let spans = ColumnPath::from(vec![
        "spans".into(),
        "list".into(),
        "item".into(),
        "list".into(),
        "item".into(),
    ]);
    let sentences = ColumnPath::from(vec!["sentences".into(), "list".into(), "item".into()]);
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_created_by("tanqih".into())
        .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
        // Statistics (min and max) for the document ids only: on text and token lists they cost a
        // comparison per value and prune nothing.
        .set_statistics_enabled(EnabledStatistics::None)
        .set_column_statistics_enabled(ColumnPath::from("id"), EnabledStatistics::Chunk)
        // Every document's text is its own, and spans are offsets: a dictionary of them only costs time.
        // Spans and sentence numbers increase within a document: delta encoding makes them small.
        .set_column_dictionary_enabled(ColumnPath::from("text"), false)
        .set_column_dictionary_enabled(ColumnPath::from("normalized"), false)
        .set_column_dictionary_enabled(spans.clone(), false)
        .set_column_encoding(spans, Encoding::DELTA_BINARY_PACKED)
        .set_column_dictionary_enabled(sentences.clone(), false)
        .set_column_encoding(sentences, Encoding::DELTA_BINARY_PACKED)
        .build();
    ArrowWriter::try_new(out, batch.schema(), Some(props))
}

/// Encoded bytes at which a row group is closed before its row limit.
const ROW_GROUP_BYTES: usize = 32 << 20;

/// Documents written per batch, whatever the chunks: the file depends only on the documents.
const PARQUET_BATCH: usize = 256;

/// Writes `documents.parquet` in batches of [`PARQUET_BATCH`] rows; the rows of a batch stay in the
/// chunks they came in until it is written.
pub(crate) struct ParquetSink {
    path: PathBuf,
    writer: Option<ArrowWriter<BufWriter<File>>>,
    /// The rows not written yet: a chunk and the row's place in it.
    pending: Vec<(Chunk, usize)>,
    annotations: bool,
}

impl ParquetSink {
    /// The sink of `dir/documents.parquet`, with per-token annotations when `annotations`.
    pub(crate) fn new(dir: &Path, annotations: bool) -> Self {
        ParquetSink {
            path: dir.join("documents.parquet"),
            writer: None,
            pending: Vec::new(),
            annotations,
        }
    }

    /// Writes the pending rows (creating the file on the first call, even with none).
    fn flush(&mut self) -> Result<(), PipelineError> {
        let path = &self.path;
        let err = |e: ParquetError| io_error(path, std::io::Error::other(e));
        let rows: Vec<&Processed> = self
            .pending
            .iter()
            .map(|(chunk, i)| &chunk[*i].doc)
            .collect();
        let batch = document_batch(&rows, self.annotations).map_err(err)?;
        if self.writer.is_none() {
            let tmp = partial(path);
            let file = File::create(&tmp).map_err(|e| io_error(&tmp, e))?;
            self.writer = Some(parquet_writer(BufWriter::new(file), &batch).map_err(err)?);
        }
        if batch.num_rows() > 0 {
            let writer = self.writer.as_mut().expect("created above");
            writer.write(&batch).map_err(err)?;
            // Row groups end at a size too, so that large documents do not pile up in memory.
            if writer.in_progress_size() >= ROW_GROUP_BYTES {
                writer.flush().map_err(err)?;
            }
        }
        self.pending.clear();
        Ok(())
    }
}

impl Sink for ParquetSink {
    fn push(&mut self, docs: &Chunk) -> Result<(), PipelineError> {
        for i in 0..docs.len() {
            self.pending.push((Arc::clone(docs), i));
            if self.pending.len() == PARQUET_BATCH {
                self.flush()?;
            }
        }
        Ok(())
    }

    fn finish(
        mut self: Box<Self>,
        _: Option<&rayon::ThreadPool>,
    ) -> Result<Finished, PipelineError> {
        self.flush()?;
        let path = &self.path;
        let writer = self.writer.take().expect("created by the flush above");
        let file = writer
            .into_inner()
            .map_err(|e| io_error(path, std::io::Error::other(e)))?
            .into_inner()
            .map_err(|e| io_error(path, e.into_error()))?;
        Ok(Finished {
            files: vec![complete(file, path)?],
            vocabulary_terms: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Pipeline, PipelineConfig};
    use arrow_array::cast::AsArray;
    use arrow_array::types::{UInt32Type, UInt64Type};
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
    use tanqih_core::Document;

    #[test]
    fn rows_read_back_from_parquet_with_their_spans_kinds_and_sentences() {
        let mut config = PipelineConfig::default();
        config.output.annotations = true;
        let pipeline = Pipeline::new(config).unwrap();
        let seeds = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds")).unwrap();
        let mut texts: Vec<String> = seeds
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        texts.sort();
        texts.insert(1, String::new());
        let rows: Vec<Processed> = texts
            .into_iter()
            .enumerate()
            .map(|(i, t)| pipeline.process(Document::new(i.to_string(), "seeds", t)))
            .collect();
        let batch = document_batch(&rows, true).unwrap();
        let mut file = tempfile::tempfile().unwrap();
        let mut writer = parquet_writer(&mut file, &batch).unwrap();
        writer.write(&batch).unwrap();
        writer.close().unwrap();
        let read: Vec<RecordBatch> = ParquetRecordBatchReaderBuilder::try_new(file)
            .unwrap()
            .build()
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(read, std::slice::from_ref(&batch));

        let spans = batch.column_by_name("spans").unwrap().as_list::<i32>();
        let kinds = batch.column_by_name("kinds").unwrap().as_list::<i32>();
        let sentences = batch.column_by_name("sentences").unwrap().as_list::<i32>();
        for (i, row) in rows.iter().enumerate() {
            let doc_spans = spans.value(i);
            let doc_spans = doc_spans.as_list::<i32>();
            assert_eq!(doc_spans.len(), row.spans.len());
            for (j, span) in row.spans.iter().enumerate() {
                let pair = doc_spans.value(j);
                let pair = pair.as_primitive::<UInt64Type>();
                assert_eq!(pair.values(), &[span.start as u64, span.end as u64]);
            }
            let doc_kinds = kinds.value(i);
            let names: Vec<&str> = doc_kinds.as_string::<i32>().iter().flatten().collect();
            let expected: Vec<&str> = row.kinds.iter().map(|k| k.name()).collect();
            assert_eq!(names, expected);
            let doc_sentences = sentences.value(i);
            assert_eq!(
                doc_sentences.as_primitive::<UInt32Type>().values(),
                row.sentences.as_slice()
            );
        }
        assert!(rows[1].spans.is_empty() && !rows[0].spans.is_empty());
    }
}
