//! Merging the outputs of runs over shards of an input into what one run over the whole input writes,
//! through the same sinks as a run.

use std::fs::{self, File};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use tanqih_strip::LineCounts;

use crate::curation::{Curation, CurationWriter, ShardCuration};
use crate::driver::{finish, read_line_counts, RunSummary, StatsFile, ALL_CURATION_FILES};
use crate::files::{io_error, merge_error};
use crate::sink::{OutputDocument, Outputs};
use crate::{Pipeline, PipelineError, Processed, Stats};

/// Documents handed to the sinks at once.
const MERGE_CHUNK: usize = 128;

/// Merges the outputs of runs over shards of an input (in shard order) into what one run over the whole
/// input writes: documents concatenated, stats summed, vocabulary and features recomputed, and
/// near-duplicates found again across every shard from their signatures (with `curate.drop_duplicates`,
/// duplicates of documents in earlier shards leave the documents and features).
pub fn merge(shards: &[PathBuf], out_dir: &Path) -> Result<RunSummary, PipelineError> {
    let mut pipeline: Option<Pipeline> = None;
    let mut stats = Stats::default();
    let mut line_counts = LineCounts::new();
    let mut outputs: Option<Outputs> = None;
    let mut curation: Option<CurationWriter> = None;
    for shard in shards {
        let stats_path = shard.join("stats.json");
        let text = fs::read_to_string(&stats_path).map_err(|e| io_error(&stats_path, e))?;
        let shard_stats: StatsFile =
            serde_json::from_str(&text).map_err(|e| merge_error(&stats_path, e))?;
        match &pipeline {
            None => pipeline = Some(Pipeline::new(shard_stats.config)?),
            Some(p) if *p.config() != shard_stats.config => {
                return Err(merge_error(
                    &stats_path,
                    "made with another configuration than the first shard",
                ))
            }
            Some(_) => {}
        }
        stats.merge(&shard_stats.stats);
        line_counts.merge(&read_line_counts(&shard.join("line-counts.tsv"))?);
        let pipeline = pipeline.as_ref().expect("set above");
        let config = pipeline.config();
        if outputs.is_none() {
            outputs = Some(Outputs::create(out_dir, config)?);
            curation = CurationWriter::create(out_dir, &config.curate, ALL_CURATION_FILES)?;
        }
        let outputs = outputs.as_mut().expect("created above");
        let mut documents = ShardDocuments::open(shard, pipeline)?;
        let mut chunk = Vec::with_capacity(MERGE_CHUNK);
        match &mut curation {
            None => {
                while let Some(doc) = documents.next()? {
                    write_chunked(&mut chunk, doc, outputs)?;
                }
            }
            // Each curated document is judged again after the documents of every earlier shard.
            Some(curation) => {
                let mut shard_curation = ShardCuration::open(shard, &config.curate)?;
                while let Some((id, curated, written_by_shard)) = shard_curation.next()? {
                    let doc = match written_by_shard {
                        true => Some(documents.next()?.ok_or_else(|| {
                            documents.error("fewer documents than attributes.jsonl writes")
                        })?),
                        false => None,
                    };
                    let written = curation.admit(&id, curated)?;
                    match (written, doc) {
                        (true, Some(doc)) => write_chunked(&mut chunk, doc, outputs)?,
                        (true, None) => {
                            return Err(documents.error(format!("`{id}` was dropped by the shard run but is kept across shards: merge shards run without curate.drop_duplicates")))
                        }
                        (false, _) => {}
                    }
                }
                if documents.next()?.is_some() {
                    return Err(documents.error("more documents than attributes.jsonl writes"));
                }
            }
        }
        outputs.push(chunk, None)?;
    }
    let (Some(pipeline), Some(outputs)) = (pipeline, outputs) else {
        return Err(PipelineError::NoShards("merge"));
    };
    finish(
        out_dir,
        outputs,
        curation,
        None,
        pipeline.config(),
        &line_counts,
        stats,
    )
}

/// Adds `doc` to `chunk`, handing the chunk to the sinks when it is full.
fn write_chunked(
    chunk: &mut Vec<OutputDocument>,
    doc: OutputDocument,
    outputs: &mut Outputs,
) -> Result<(), PipelineError> {
    chunk.push(doc);
    match chunk.len() == MERGE_CHUNK {
        true => outputs.push(std::mem::take(chunk), None),
        false => Ok(()),
    }
}

/// The documents of a shard, read back from its `documents.jsonl` with their feature terms.
struct ShardDocuments<'a> {
    path: PathBuf,
    lines: std::iter::Enumerate<std::io::Lines<BufReader<File>>>,
    pipeline: &'a Pipeline,
}

impl<'a> ShardDocuments<'a> {
    /// The documents of `shard` (written as Parquet only, a shard cannot merge).
    fn open(shard: &Path, pipeline: &'a Pipeline) -> Result<Self, PipelineError> {
        let path = shard.join("documents.jsonl");
        if !pipeline.config().output.jsonl() {
            return Err(merge_error(
                &path,
                "merge reads documents.jsonl: write the shards with output.format jsonl or both",
            ));
        }
        let file = File::open(&path).map_err(|e| io_error(&path, e))?;
        Ok(ShardDocuments {
            lines: BufReader::with_capacity(1 << 20, file).lines().enumerate(),
            path,
            pipeline,
        })
    }

    /// An error about the shard's documents.
    fn error(&self, message: impl ToString) -> PipelineError {
        merge_error(&self.path, message)
    }

    /// The next document, or `None` at the end.
    fn next(&mut self) -> Result<Option<OutputDocument>, PipelineError> {
        let Some((n, line)) = self.lines.next() else {
            return Ok(None);
        };
        let line = line.map_err(|e| io_error(&self.path, e))?;
        let mut doc: Processed =
            serde_json::from_str(&line).map_err(|e| self.error(format!("line {}: {e}", n + 1)))?;
        // Without annotations, the kinds come back from the tokenizer: the tokens were made from the
        // `normalized` text, and tokenizing it again gives them with their kinds.
        if !self.pipeline.config().output.annotations {
            doc.kinds = self.pipeline.token_kinds(&doc.normalized);
        }
        let terms = self.pipeline.document_terms(&doc);
        let mut json = line.into_bytes();
        json.push(b'\n');
        Ok(Some(OutputDocument {
            doc,
            json,
            terms,
            curation: Curation::default(),
        }))
    }
}
