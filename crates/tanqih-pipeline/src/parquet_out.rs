//! `documents.parquet`: the columns of `documents.jsonl`, readable by pyarrow, pandas and `datasets`.

use std::io::Write;
use std::sync::Arc;

use arrow_array::builder::{ListBuilder, StringBuilder, UInt32Builder, UInt64Builder};
use arrow_array::{ArrayRef, RecordBatch, StringArray, StructArray};
use arrow_schema::{DataType, Field};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::errors::ParquetError;
use parquet::file::properties::{EnabledStatistics, WriterProperties};
use parquet::schema::types::ColumnPath;

use crate::DocumentRow;

fn strings<'a>(values: impl Iterator<Item = Option<&'a str>>) -> ArrayRef {
    Arc::new(values.collect::<StringArray>())
}

fn string_lists<'a>(rows: impl Iterator<Item = &'a [String]>) -> ArrayRef {
    let mut b = ListBuilder::new(StringBuilder::new());
    for row in rows {
        for s in row {
            b.values().append_value(s);
        }
        b.append(true);
    }
    Arc::new(b.finish())
}

/// The rows as one Arrow record batch with the columns `id`, `source`, `meta` (struct of `title`,
/// `authors`, `date`), `text`, `normalized`, `tokens` (list of strings), `spans` (list of `[start, end]`
/// lists), `kinds` (list of strings) and `sentences` (list of uint32).
pub fn document_batch(rows: &[DocumentRow]) -> Result<RecordBatch, ParquetError> {
    let title = strings(rows.iter().map(|r| r.meta.title.as_deref()));
    let authors = string_lists(rows.iter().map(|r| r.meta.authors.as_slice()));
    let date = strings(rows.iter().map(|r| r.meta.date.as_deref()));
    let meta = StructArray::from(vec![
        (Arc::new(Field::new("title", DataType::Utf8, true)), title),
        (
            Arc::new(Field::new("authors", authors.data_type().clone(), true)),
            authors,
        ),
        (Arc::new(Field::new("date", DataType::Utf8, true)), date),
    ]);
    let mut spans = ListBuilder::new(ListBuilder::new(UInt64Builder::new()));
    let mut sentences = ListBuilder::new(UInt32Builder::new());
    for row in rows {
        for span in &row.spans {
            spans.values().values().append_value(span.start as u64);
            spans.values().values().append_value(span.end as u64);
            spans.values().append(true);
        }
        spans.append(true);
        sentences.values().append_slice(&row.sentences);
        sentences.append(true);
    }
    let kinds: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.kinds.iter().map(|k| k.name().to_string()).collect())
        .collect();
    let batch = RecordBatch::try_from_iter([
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
        (
            "tokens",
            string_lists(rows.iter().map(|r| r.tokens.as_slice())),
        ),
        ("spans", Arc::new(spans.finish()) as ArrayRef),
        ("kinds", string_lists(kinds.iter().map(Vec::as_slice))),
        ("sentences", Arc::new(sentences.finish()) as ArrayRef),
    ])?;
    Ok(batch)
}

/// Rows per Parquet row group: a row group is buffered in memory until it is complete.
const ROW_GROUP_ROWS: usize = 16 * 1024;

/// A Parquet writer (Snappy-compressed) for document batches.
pub(crate) fn parquet_writer<W: Write + Send>(
    out: W,
    batch: &RecordBatch,
) -> Result<ArrowWriter<W>, ParquetError> {
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_created_by("tanqih".into())
        .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
        // Statistics (min and max) for the document ids only: on text and token lists they cost a
        // comparison per value and prune nothing.
        .set_statistics_enabled(EnabledStatistics::None)
        .set_column_statistics_enabled(ColumnPath::from("id"), EnabledStatistics::Chunk)
        // Every document's text is its own: a dictionary of them only costs time.
        .set_column_dictionary_enabled(ColumnPath::from("text"), false)
        .set_column_dictionary_enabled(ColumnPath::from("normalized"), false)
        .build();
    ArrowWriter::try_new(out, batch.schema(), Some(props))
}
