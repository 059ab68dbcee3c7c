//! The driver of a run: it reads the corpus chunk by chunk, has each chunk processed on its thread pool,
//! hands the documents to the sinks in input order, and writes the run's own files at the end.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use tanqih_core::Document;
use tanqih_strip::{CorpusContext, LineCounts};

use crate::curation::{CurationFiles, CurationWriter};
use crate::files::{io_error, write_atomically};
use crate::sink::{OutputDocument, Outputs};
use crate::{Corpus, Input, Pipeline, PipelineConfig, PipelineError, Processed, Stats};

/// What a run wrote.
#[derive(Debug, Clone)]
pub struct RunSummary {
    /// Counts of the run.
    pub stats: Stats,
    /// Files written, in the order written.
    pub files: Vec<PathBuf>,
}

/// `stats.json`: the counts of a run with the version and configuration that made them.
#[derive(Serialize, Deserialize)]
pub(crate) struct StatsFile {
    pub tanqih_version: String,
    pub config: PipelineConfig,
    pub stats: Stats,
}

/// Documents processed together before their outputs are written.
const INPUT_CHUNK: usize = 128;
/// Text gathered at most per chunk (a chunk ends at the document that passes it).
const CHUNK_BYTES: usize = 32 << 20;

/// Every curation file, as a run or a merge writes them.
pub(crate) const ALL_CURATION_FILES: CurationFiles = CurationFiles {
    attributes: true,
    signatures: true,
};

/// One processed document: its outputs (none when nothing was kept), its counts and, when this run
/// counts lines as it goes, its line hashes.
struct ProcessedInput {
    out: Option<OutputDocument>,
    stats: Stats,
    hashes: Option<Vec<u64>>,
}

/// A processed document as the sinks take it: with its JSON line when `documents.jsonl` is written, its
/// feature terms and its curation.
fn output_document(pipeline: &Pipeline, mut doc: Processed) -> OutputDocument {
    let output = &pipeline.config().output;
    let curation = pipeline.curate(&doc);
    let terms = pipeline.document_terms(&doc);
    // The line decisions were counted; no sink writes them.
    doc.lines = Vec::new();
    let mut json = Vec::new();
    if output.jsonl() {
        doc.write_json_line(&mut json, output.annotations);
        json.push(b'\n');
    }
    OutputDocument {
        doc,
        json,
        terms,
        curation,
    }
}

/// Processes the documents of `corpus` on `threads` worker threads (0: all cores) and writes the outputs of
/// a run into `out_dir`: the documents file(s), the features, the curation files, `line-counts.tsv`,
/// `stats.json` and `config.toml`. Lines repeated across documents are judged by `line_counts` when given
/// (the merged counts of every shard of a corpus), else by counts over `corpus`, which then is read twice.
/// Documents are read, processed and written chunk by chunk, so memory does not grow with the corpus.
/// Output bytes do not depend on the thread count. `progress` is called with the input bytes of each
/// finished document.
pub fn run(
    pipeline: &Pipeline,
    corpus: Corpus,
    line_counts: Option<LineCounts>,
    out_dir: &Path,
    threads: usize,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<RunSummary, PipelineError> {
    let pool = thread_pool(threads)?;
    run_in_pool(pipeline, corpus, line_counts, out_dir, &pool, progress)
}

/// A pool of `threads` threads (0: one per core).
fn thread_pool(threads: usize) -> Result<rayon::ThreadPool, PipelineError> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(PipelineError::from)
}

/// [`run`] on the caller's own thread pool, which an application shares between its work and tanqih's.
/// The outputs do not depend on the pool's size.
pub fn run_in_pool(
    pipeline: &Pipeline,
    mut corpus: Corpus,
    line_counts: Option<LineCounts>,
    out_dir: &Path,
    pool: &rayon::ThreadPool,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<RunSummary, PipelineError> {
    // The outputs record this run's own line counts (so that shard outputs merge); decisions use the
    // corpus counts when given, else this run's, counted in a first pass when decisions need them.
    let strip = &pipeline.config().strip;
    let first_pass =
        line_counts.is_none() && (strip.repeated_min_docs > 0 || strip.site_repeated_min_docs > 0);
    let corpus_counts = match line_counts {
        Some(counts) => Some(counts),
        None if first_pass => {
            let counts = count_lines(pool, &mut corpus)?;
            corpus.rewind();
            Some(counts)
        }
        None => None,
    };
    let mut own_counts = LineCounts::new();
    let mut stats = Stats::default();
    let mut outputs = Outputs::create(out_dir, pipeline.config())?;
    let mut curation =
        CurationWriter::create(out_dir, &pipeline.config().curate, ALL_CURATION_FILES)?;
    let process = |input: Input| {
        let Input {
            id,
            source,
            text,
            site,
        } = input;
        let bytes = text.len();
        let site = site.as_deref();
        let hashes = (!first_pass).then(|| LineCounts::document_hashes(&text, site));
        let corpus = corpus_counts
            .as_ref()
            .map(|counts| CorpusContext { counts, site });
        let doc = pipeline.process_in_corpus(Document::new(id, source, text), corpus);
        let mut stats = Stats::default();
        stats.add(&doc, bytes);
        progress(bytes as u64);
        let out = (!doc.text.is_empty()).then(|| output_document(pipeline, doc));
        ProcessedInput { out, stats, hashes }
    };
    // Chunks go through the pool in turn; while one chunk is processed, the one before it is written and
    // the one after it is read, so that reading and writing overlap the work and processed documents do
    // not pile up in memory.
    let mut chunk = corpus.next_chunk(INPUT_CHUNK, CHUNK_BYTES)?;
    let mut done: Vec<ProcessedInput> = Vec::new();
    while !chunk.is_empty() || !done.is_empty() {
        let (processed, next) = pool.install(|| {
            rayon::join(
                || chunk.into_par_iter().map(process).collect::<Vec<_>>(),
                || -> Result<Vec<Input>, PipelineError> {
                    let mut docs = Vec::with_capacity(done.len());
                    for p in done.drain(..) {
                        stats.merge(&p.stats);
                        if let Some(hashes) = p.hashes {
                            own_counts.add_hashes(hashes);
                        }
                        if let Some(mut out) = p.out {
                            let curated = std::mem::take(&mut out.curation);
                            let written = match &mut curation {
                                Some(c) => c.admit(&out.doc.id, curated)?,
                                None => true,
                            };
                            if written {
                                docs.push(out);
                            }
                        }
                    }
                    let (written, next) = rayon::join(
                        || outputs.push(docs, Some(pool)),
                        || corpus.next_chunk(INPUT_CHUNK, CHUNK_BYTES),
                    );
                    written?;
                    next
                },
            )
        });
        chunk = next?;
        done = processed;
    }
    stats.input = corpus.stats().clone();
    let own_counts = match (first_pass, corpus_counts) {
        (true, Some(counts)) => counts,
        _ => own_counts,
    };
    finish(
        out_dir,
        outputs,
        curation,
        Some(pool),
        pipeline.config(),
        &own_counts,
        stats,
    )
}

/// Completes the sinks and the curation files, then writes `line-counts.tsv`, and `stats.json` and
/// `config.toml` last.
pub(crate) fn finish(
    dir: &Path,
    outputs: Outputs,
    curation: Option<CurationWriter>,
    pool: Option<&rayon::ThreadPool>,
    config: &PipelineConfig,
    line_counts: &LineCounts,
    mut stats: Stats,
) -> Result<RunSummary, PipelineError> {
    let mut curation_files = Vec::new();
    if let Some(curation) = curation {
        let (files, curation_stats) = curation.finish()?;
        curation_files = files;
        stats.curation = curation_stats;
    } else {
        stats.curation.documents_written = stats.documents_kept;
    }
    let finished = outputs.finish(pool)?;
    stats.vocabulary_terms = finished.vocabulary_terms.unwrap_or(0);
    let mut files = finished.files;
    files.push(write_line_counts(
        line_counts,
        &dir.join("line-counts.tsv"),
    )?);
    files.extend(curation_files);
    let stats_file = StatsFile {
        tanqih_version: env!("CARGO_PKG_VERSION").to_string(),
        config: config.clone(),
        stats,
    };
    files.push(write_atomically(&dir.join("stats.json"), |out| {
        serde_json::to_writer_pretty(&mut *out, &stats_file)?;
        out.write_all(b"\n")
    })?);
    files.push(write_atomically(&dir.join("config.toml"), |out| {
        out.write_all(config.to_toml().as_bytes())
    })?);
    Ok(RunSummary {
        stats: stats_file.stats,
        files,
    })
}

/// Line counts over `corpus`, counted in parallel chunk by chunk (sums, so the result does not depend on
/// the order).
fn count_lines(pool: &rayon::ThreadPool, corpus: &mut Corpus) -> Result<LineCounts, PipelineError> {
    let mut counts = LineCounts::new();
    // While one chunk is hashed, the next is read.
    let mut chunk = corpus.next_chunk(INPUT_CHUNK, CHUNK_BYTES)?;
    while !chunk.is_empty() {
        let (per_document, next) = pool.install(|| {
            rayon::join(
                || {
                    chunk
                        .par_iter()
                        .map(|i| LineCounts::document_hashes(&i.text, i.site.as_deref()))
                        .collect::<Vec<_>>()
                },
                || corpus.next_chunk(INPUT_CHUNK, CHUNK_BYTES),
            )
        });
        per_document.into_iter().for_each(|h| counts.add_hashes(h));
        chunk = next?;
    }
    Ok(counts)
}

/// Reads a `line-counts.tsv` file.
pub fn read_line_counts(path: &Path) -> Result<LineCounts, PipelineError> {
    let text = fs::read_to_string(path).map_err(|e| io_error(path, e))?;
    LineCounts::read_tsv(&text).map_err(|source| PipelineError::Tsv {
        path: path.display().to_string(),
        source,
    })
}

/// Writes line counts to `path` (atomically).
pub fn write_line_counts(counts: &LineCounts, path: &Path) -> Result<PathBuf, PipelineError> {
    write_atomically(path, |out| counts.write_tsv(out))
}

/// Line counts of the documents of `corpus`, counted on `threads` threads (0: all cores).
pub fn line_counts_of(mut corpus: Corpus, threads: usize) -> Result<LineCounts, PipelineError> {
    count_lines(&thread_pool(threads)?, &mut corpus)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::sync::Mutex;

    fn seeds() -> Corpus {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
        let mut paths: Vec<PathBuf> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        Corpus::from_inputs(
            paths
                .iter()
                .map(|p| {
                    Input::new(
                        p.display().to_string(),
                        "seeds",
                        fs::read_to_string(p).unwrap(),
                    )
                })
                .collect(),
        )
    }

    #[test]
    fn a_run_works_on_the_callers_pool_and_writes_the_same_for_any_size() {
        let pipeline = Pipeline::new(PipelineConfig::default()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut written = Vec::new();
        for threads in [1, 3] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .thread_name(|i| format!("caller-{i}"))
                .build()
                .unwrap();
            let names = Mutex::new(HashSet::new());
            let progress = |_| {
                let name = std::thread::current().name().map(str::to_string);
                names.lock().unwrap().insert(name);
            };
            let out = dir.path().join(threads.to_string());
            let summary = run_in_pool(&pipeline, seeds(), None, &out, &pool, &progress).unwrap();
            assert_eq!(summary.stats.documents_read, 5);
            // Every document was processed on one of the caller's threads.
            for name in names.into_inner().unwrap() {
                assert!(name.is_some_and(|n| n.starts_with("caller-")));
            }
            written.push(
                summary
                    .files
                    .iter()
                    .map(|f| (f.file_name().unwrap().to_owned(), fs::read(f).unwrap()))
                    .collect::<Vec<_>>(),
            );
        }
        assert_eq!(written[0], written[1]);
    }
}
