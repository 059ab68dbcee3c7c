//! Python bindings of tanqih: the `tanqih._tanqih` extension module, wrapped by the `tanqih` package
//! (`python/tanqih/__init__.py`). Every function releases the GIL while Rust works.

use std::sync::Arc;

use arrow_array::{Array, LargeStringArray, RecordBatch, StringArray};
use arrow_ipc::reader::StreamReader;
use arrow_ipc::writer::StreamWriter;
use pyo3::exceptions::{PyKeyError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use tanqih_core::Document;
use tanqih_normalize::Normalizer;
use tanqih_pipeline::{document_batch, PipelineConfig};
use tanqih_strip::{CorpusContext, LineCounts};
use tanqih_tokenize::{CliticScheme, Tokenizer};

/// Normalizes `text` with a preset and optional rule overrides (`"+teh-marbuta,-digits"`).
#[pyfunction]
#[pyo3(signature = (text, preset = "default", rules = ""))]
fn normalize(py: Python<'_>, text: &str, preset: &str, rules: &str) -> PyResult<String> {
    let normalizer = Normalizer::builder(preset)
        .and_then(|b| b.overrides(rules))
        .map_err(|e| PyValueError::new_err(e.to_string()))?
        .build();
    Ok(py.detach(|| normalizer.normalize(text).into_owned()))
}

/// One token: kind, text, span in the tokenized string (Python string indices, so that
/// `text[start:end]` is the token's source) and sentence number.
#[pyclass(frozen, get_all, module = "tanqih")]
struct Token {
    kind: &'static str,
    text: String,
    start: usize,
    end: usize,
    sentence: u32,
}

#[pymethods]
impl Token {
    fn __repr__(&self) -> String {
        format!(
            "Token(kind={:?}, text={:?}, start={}, end={}, sentence={})",
            self.kind, self.text, self.start, self.end, self.sentence
        )
    }
}

/// Tokenizes `text` with a tokenizer preset; `clitics` is `None`, `"atb"` or `"d3"`.
#[pyfunction]
#[pyo3(signature = (text, preset = "default", clitics = None))]
fn tokenize(
    py: Python<'_>,
    text: &str,
    preset: &str,
    clitics: Option<&str>,
) -> PyResult<Vec<Token>> {
    let scheme = clitics
        .map(str::parse::<CliticScheme>)
        .transpose()
        .map_err(PyValueError::new_err)?;
    let tokenizer = Tokenizer::from_preset(preset)
        .map_err(|e| PyValueError::new_err(e.to_string()))?
        .with_clitics(scheme);
    Ok(py.detach(|| {
        let tokens = tokenizer.tokenize(text);
        // Byte offsets to char offsets, in one pass over the text (spans increase).
        let mut chars = 0;
        let mut at = 0;
        let mut to_chars = |byte: usize| {
            chars += text[at..byte].chars().count();
            at = byte;
            chars
        };
        tokens
            .into_iter()
            .map(|t| {
                let start = to_chars(t.span.start);
                let end = to_chars(t.span.end);
                Token {
                    kind: t.kind.name(),
                    text: t.text,
                    start,
                    end,
                    sentence: t.sentence,
                }
            })
            .collect()
    }))
}

/// The document pipeline (strip, normalize, tokenize) for batches of documents.
#[pyclass(frozen, module = "tanqih")]
struct Pipeline {
    pipeline: tanqih_pipeline::Pipeline,
    line_counts: Option<LineCounts>,
}

#[pymethods]
impl Pipeline {
    /// A pipeline from a TOML configuration (as `tanqih process --config` reads; empty: the defaults)
    /// and, optionally, the `line-counts.tsv` of the whole corpus (from `tanqih line-counts`), which
    /// decides the lines repeated across documents.
    #[new]
    #[pyo3(signature = (config_toml = "", line_counts = None))]
    fn new(config_toml: &str, line_counts: Option<std::path::PathBuf>) -> PyResult<Self> {
        let config = PipelineConfig::from_toml(config_toml)
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        let pipeline = tanqih_pipeline::Pipeline::new(config)
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        let line_counts = line_counts
            .map(|path| tanqih_pipeline::read_line_counts(&path))
            .transpose()
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok(Pipeline {
            pipeline,
            line_counts,
        })
    }

    /// The effective configuration, as TOML.
    fn config_toml(&self) -> String {
        self.pipeline.config().to_toml()
    }

    /// Processes an Arrow IPC stream of documents (columns `id` and `text`, optionally `source`) and
    /// returns an IPC stream of the `documents.parquet` columns, one row per document with text left.
    fn process_ipc<'py>(&self, py: Python<'py>, ipc: &[u8]) -> PyResult<Bound<'py, PyBytes>> {
        let out = py.detach(|| self.process(ipc))?;
        Ok(PyBytes::new(py, &out))
    }
}

impl Pipeline {
    fn process(&self, ipc: &[u8]) -> PyResult<Vec<u8>> {
        let arrow = |e: arrow_schema::ArrowError| PyValueError::new_err(format!("arrow: {e}"));
        let reader = StreamReader::try_new(ipc, None).map_err(arrow)?;
        let annotations = self.pipeline.config().output.annotations;
        let mut rows = Vec::new();
        for batch in reader {
            let batch = batch.map_err(arrow)?;
            let ids = string_column(&batch, "id", true)?;
            let texts = string_column(&batch, "text", true)?;
            let sources = string_column(&batch, "source", false)?;
            let urls = string_column(&batch, &self.pipeline.config().input.url_field, false)?;
            for i in 0..batch.num_rows() {
                let (Some(id), Some(text)) = (ids.value(i), texts.value(i)) else {
                    return Err(PyValueError::new_err(format!(
                        "row {i}: `id` and `text` must not be null"
                    )));
                };
                let source = sources.value(i).unwrap_or(id);
                let doc = Document::new(id.to_string(), source.to_string(), text.to_string());
                let site = urls.value(i).and_then(tanqih_pipeline::site_of);
                let corpus = self.line_counts.as_ref().map(|counts| CorpusContext {
                    counts,
                    site: site.as_deref(),
                });
                let processed = self.pipeline.process_in_corpus(doc, corpus);
                if !processed.text.is_empty() {
                    rows.push(processed);
                }
            }
        }
        let batch =
            document_batch(&rows, annotations).map_err(|e| PyValueError::new_err(e.to_string()))?;
        let mut out = Vec::new();
        let mut writer = StreamWriter::try_new(&mut out, &batch.schema()).map_err(arrow)?;
        writer.write(&batch).map_err(arrow)?;
        writer.finish().map_err(arrow)?;
        drop(writer);
        Ok(out)
    }
}

/// A string column of either Arrow string type.
enum Strings<'a> {
    Small(&'a StringArray),
    Large(&'a LargeStringArray),
    Missing,
}

impl Strings<'_> {
    fn value(&self, i: usize) -> Option<&str> {
        match self {
            Strings::Small(a) => (!a.is_null(i)).then(|| a.value(i)),
            Strings::Large(a) => (!a.is_null(i)).then(|| a.value(i)),
            Strings::Missing => None,
        }
    }
}

fn string_column<'a>(batch: &'a RecordBatch, name: &str, required: bool) -> PyResult<Strings<'a>> {
    let Some(column) = batch.column_by_name(name) else {
        if required {
            return Err(PyKeyError::new_err(format!(
                "the batch has no `{name}` column (columns: {})",
                batch
                    .schema()
                    .fields()
                    .iter()
                    .map(|f| f.name().as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        return Ok(Strings::Missing);
    };
    let column: &Arc<dyn Array> = column;
    if let Some(a) = column.as_any().downcast_ref::<StringArray>() {
        Ok(Strings::Small(a))
    } else if let Some(a) = column.as_any().downcast_ref::<LargeStringArray>() {
        Ok(Strings::Large(a))
    } else {
        Err(PyValueError::new_err(format!(
            "column `{name}` must hold strings, not {}",
            column.data_type()
        )))
    }
}

/// The normalizer presets: `(name, description)`.
#[pyfunction]
fn normalize_presets() -> Vec<(&'static str, &'static str)> {
    tanqih_normalize::PRESETS
        .iter()
        .map(|p| (p.name, p.description))
        .collect()
}

/// The extension module.
#[pymodule]
fn _tanqih(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(normalize_presets, m)?)?;
    m.add_function(wrap_pyfunction!(tokenize, m)?)?;
    m.add_class::<Token>()?;
    m.add_class::<Pipeline>()?;
    Ok(())
}
