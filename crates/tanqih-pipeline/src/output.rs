//! Running the pipeline over inputs and writing the outputs of a run.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;
use tanqih_core::Document;
use tanqih_features::Vocabulary;

use crate::{Input, Pipeline, PipelineError, Processed, Stats};

/// What a run wrote.
#[derive(Debug, Clone)]
pub struct RunSummary {
    /// Counts of the run.
    pub stats: Stats,
    /// Files written, in the order written.
    pub files: Vec<PathBuf>,
}

#[derive(Serialize)]
struct StatsFile<'a> {
    tanqih_version: &'a str,
    config: &'a crate::PipelineConfig,
    stats: &'a Stats,
}

/// Processes `inputs` on `threads` worker threads (0: all cores) and writes `documents.jsonl`,
/// `vocab.tsv`, `stats.json` and `config.toml` into `out_dir`. Output bytes do not depend on the thread
/// count. `progress` is called with the input bytes of each finished document.
pub fn run(
    pipeline: &Pipeline,
    inputs: Vec<Input>,
    out_dir: &Path,
    threads: usize,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<RunSummary, PipelineError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| PipelineError::Config(format!("thread pool: {e}")))?;
    let processed: Vec<(Processed, usize)> = pool.install(|| {
        inputs
            .into_par_iter()
            .map(|input| {
                let bytes = input.text.len();
                let doc = pipeline.process(Document::new(input.id, input.source, input.text));
                progress(bytes as u64);
                (doc, bytes)
            })
            .collect()
    });

    let mut stats = Stats::default();
    let mut vocabulary = Vocabulary::new();
    for (doc, bytes) in &processed {
        stats.add(doc, *bytes);
        if !doc.text.is_empty() {
            vocabulary.add_document(doc.terms(&pipeline.config().features));
        }
    }
    stats.vocabulary_terms = vocabulary.len() as u64;

    fs::create_dir_all(out_dir).map_err(|e| io_error(out_dir, e))?;
    let mut files = Vec::new();
    files.push(write_atomically(&out_dir.join("documents.jsonl"), |out| {
        for (doc, _) in processed.iter().filter(|(d, _)| !d.text.is_empty()) {
            out.write_all(doc.to_json_line().as_bytes())?;
            out.write_all(b"\n")?;
        }
        Ok(())
    })?);
    files.push(write_atomically(&out_dir.join("vocab.tsv"), |out| {
        vocabulary.write_tsv(out)
    })?);
    let stats_file = StatsFile {
        tanqih_version: env!("CARGO_PKG_VERSION"),
        config: pipeline.config(),
        stats: &stats,
    };
    files.push(write_atomically(&out_dir.join("stats.json"), |out| {
        serde_json::to_writer_pretty(&mut *out, &stats_file)?;
        out.write_all(b"\n")
    })?);
    files.push(write_atomically(&out_dir.join("config.toml"), |out| {
        out.write_all(pipeline.config().to_toml().as_bytes())
    })?);
    Ok(RunSummary { stats, files })
}

fn io_error(path: &Path, source: std::io::Error) -> PipelineError {
    PipelineError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Writes `path` through a temporary file in the same directory, renamed into place only when complete.
fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> std::io::Result<()>,
) -> Result<PathBuf, PipelineError> {
    let name = path
        .file_name()
        .expect("output path has a file name")
        .to_string_lossy();
    let tmp = path.with_file_name(format!(".{name}.partial"));
    let result = (|| {
        let mut out = BufWriter::new(File::create(&tmp)?);
        write(&mut out)?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(io_error(path, e));
    }
    Ok(path.to_path_buf())
}
