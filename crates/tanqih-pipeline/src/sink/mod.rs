//! The writers of a run's outputs, one per format: each is fed the documents in input order, a chunk at a
//! time, and completes its files when the run ends. A run and a merge use the same sinks.

mod features;
mod jsonl;
#[cfg(feature = "parquet")]
mod parquet;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

#[cfg(feature = "parquet")]
pub use parquet::{document_batch, parquet_writer};

use crate::curation::Curation;
use crate::files::io_error;
use crate::{PipelineConfig, PipelineError, Processed};

/// A document ready for the sinks: the document, its line of `documents.jsonl` (made on a worker thread,
/// empty when that file is not written), its feature terms and what curation found in it.
pub(crate) struct OutputDocument {
    pub doc: Processed,
    pub json: Vec<u8>,
    /// The document's distinct feature terms, each with how often it occurs.
    pub terms: Vec<(String, u64)>,
    pub curation: Curation,
}

/// Documents handed to every sink at once, in input order.
pub(crate) type Chunk = Arc<[OutputDocument]>;

/// What a sink wrote when it finished.
#[derive(Debug, Default)]
pub(crate) struct Finished {
    /// The files, in the order written.
    pub files: Vec<PathBuf>,
    /// Columns of the features, when the sink wrote them.
    pub vocabulary_terms: Option<u64>,
}

/// The writer of one output of a run.
pub(crate) trait Sink: Send {
    /// Writes a chunk of documents after those of the chunks before it.
    fn push(&mut self, docs: &Chunk) -> Result<(), PipelineError>;
    /// Completes the output: its files renamed into place, synced. With a pool, its work may run there.
    fn finish(self: Box<Self>, pool: Option<&rayon::ThreadPool>)
        -> Result<Finished, PipelineError>;
}

/// Every sink an output configuration asks for: the documents file (or files), and the features.
pub(crate) struct Outputs {
    sinks: Vec<Box<dyn Sink>>,
}

impl Outputs {
    /// The sinks of `config` writing into `dir` (created if needed).
    pub(crate) fn create(dir: &Path, config: &PipelineConfig) -> Result<Self, PipelineError> {
        std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
        let output = &config.output;
        let mut sinks: Vec<Box<dyn Sink>> = Vec::new();
        if output.jsonl() {
            sinks.push(Box::new(jsonl::JsonlSink::create(dir)?));
        }
        #[cfg(feature = "parquet")]
        if output.parquet() {
            sinks.push(Box::new(parquet::ParquetSink::new(dir, output.annotations)));
        }
        sinks.push(Box::new(features::FeaturesSink::create(
            dir,
            &config.features.tfidf,
            output.features_bin,
        )?));
        Ok(Outputs { sinks })
    }

    /// Writes `docs` to every sink; with a pool, the sinks write side by side there.
    pub(crate) fn push(
        &mut self,
        docs: Vec<OutputDocument>,
        pool: Option<&rayon::ThreadPool>,
    ) -> Result<(), PipelineError> {
        if docs.is_empty() {
            return Ok(());
        }
        let docs: Chunk = docs.into();
        match pool {
            Some(pool) => pool.install(|| {
                self.sinks
                    .par_iter_mut()
                    .map(|sink| sink.push(&docs))
                    .collect::<Vec<_>>()
                    .into_iter()
                    .collect()
            }),
            None => self.sinks.iter_mut().try_for_each(|sink| sink.push(&docs)),
        }
    }

    /// Completes every sink (side by side with a pool); the files in sink order.
    pub(crate) fn finish(
        self,
        pool: Option<&rayon::ThreadPool>,
    ) -> Result<Finished, PipelineError> {
        let finished: Vec<Result<Finished, PipelineError>> = match pool {
            Some(pool) => pool.install(|| {
                self.sinks
                    .into_par_iter()
                    .map(|sink| sink.finish(Some(pool)))
                    .collect()
            }),
            None => self
                .sinks
                .into_iter()
                .map(|sink| sink.finish(None))
                .collect(),
        };
        let mut all = Finished::default();
        for f in finished {
            let f = f?;
            all.files.extend(f.files);
            all.vocabulary_terms = all.vocabulary_terms.or(f.vocabulary_terms);
        }
        Ok(all)
    }
}
