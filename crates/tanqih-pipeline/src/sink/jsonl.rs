//! `documents.jsonl`: one JSON object a line, the lines made on the worker threads.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::{Chunk, Finished, Sink};
use crate::files::{complete, io_error, partial};
use crate::PipelineError;

/// Writes each document's JSON line to the partial file of `documents.jsonl`.
pub(crate) struct JsonlSink {
    path: PathBuf,
    out: BufWriter<File>,
}

impl JsonlSink {
    /// The sink of `dir/documents.jsonl`.
    pub(crate) fn create(dir: &Path) -> Result<Self, PipelineError> {
        let path = dir.join("documents.jsonl");
        let tmp = partial(&path);
        let file = File::create(&tmp).map_err(|e| io_error(&tmp, e))?;
        Ok(JsonlSink {
            path,
            out: BufWriter::with_capacity(1 << 20, file),
        })
    }
}

impl Sink for JsonlSink {
    fn push(&mut self, docs: &Chunk) -> Result<(), PipelineError> {
        for doc in docs.iter() {
            self.out
                .write_all(&doc.json)
                .map_err(|e| io_error(&self.path, e))?;
        }
        Ok(())
    }

    fn finish(self: Box<Self>, _: Option<&rayon::ThreadPool>) -> Result<Finished, PipelineError> {
        let file = self
            .out
            .into_inner()
            .map_err(|e| io_error(&self.path, e.into_error()))?;
        Ok(Finished {
            files: vec![complete(file, &self.path)?],
            vocabulary_terms: None,
        })
    }
}
