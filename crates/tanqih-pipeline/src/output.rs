//! Running the pipeline over inputs, merging shard outputs, and writing the outputs of a run.

use std::collections::{HashMap, HashSet};

use foldhash::fast::FixedState;
use std::fs::{self, File};
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use parquet::arrow::ArrowWriter;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use tanqih_core::Document;

use crate::parquet_out::{document_batch, parquet_writer};
use tanqih_features::{
    write_features, write_npz_rows, RowSource, RowVisitor, TermCounts, TfidfModel, Vocabulary,
};
use tanqih_strip::{CorpusContext, LineCounts};

use crate::curation::{Curation, CurationFiles, CurationWriter, ShardCuration};
use crate::{
    Corpus, DocumentRow, Input, OutputConfig, Pipeline, PipelineConfig, PipelineError, Stats,
};

/// What a run wrote.
#[derive(Debug, Clone)]
pub struct RunSummary {
    /// Counts of the run.
    pub stats: Stats,
    /// Files written, in the order written.
    pub files: Vec<PathBuf>,
}

#[derive(Serialize, Deserialize)]
struct StatsFile {
    tanqih_version: String,
    config: PipelineConfig,
    stats: Stats,
}

/// A document ready to be written: its row, its JSON line with its newline (made on the worker threads),
/// its terms and what curation found in it.
struct OutputDocument {
    row: DocumentRow,
    json: Vec<u8>,
    /// The document's distinct feature terms, each with how often it occurs.
    terms: Vec<(String, u64)>,
    curation: Curation,
}

/// The row as a line of `documents.jsonl`, newline included.
fn json_line(row: &DocumentRow, annotations: bool) -> Vec<u8> {
    let mut line = Vec::new();
    row.write_json_line(&mut line, annotations);
    line.push(b'\n');
    line
}

/// Processes the documents of `corpus` on `threads` worker threads (0: all cores) and writes the outputs of
/// a run into `out_dir` (see [`DocumentSink`]). Lines repeated across documents are judged by
/// `line_counts` when given (the merged counts of every shard of a corpus), else by counts over `corpus`,
/// which then is read twice. Documents are read, processed and written chunk by chunk, so memory does not
/// grow with the corpus. Output bytes do not depend on the thread count. `progress` is called with the
/// input bytes of each finished document.
pub fn run(
    pipeline: &Pipeline,
    mut corpus: Corpus,
    line_counts: Option<LineCounts>,
    out_dir: &Path,
    threads: usize,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<RunSummary, PipelineError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| PipelineError::Config(format!("thread pool: {e}")))?;
    // The outputs record this run's own line counts (so that shard outputs merge); decisions use the
    // corpus counts when given, else this run's, counted in a first pass when decisions need them.
    let strip = &pipeline.config().strip;
    let first_pass =
        line_counts.is_none() && (strip.repeated_min_docs > 0 || strip.site_repeated_min_docs > 0);
    let corpus_counts = match line_counts {
        Some(counts) => Some(counts),
        None if first_pass => {
            let counts = count_lines(&pool, &mut corpus)?;
            corpus.rewind();
            Some(counts)
        }
        None => None,
    };
    let mut own_counts = LineCounts::new();
    let mut stats = Stats::default();
    let output = &pipeline.config().output;
    let mut sink = DocumentSink::create(out_dir, output)?;
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
        let out = (!doc.text.is_empty()).then(|| {
            let curation = pipeline.curate(&doc);
            let terms = pipeline.document_terms(&doc);
            let row = doc.into_row();
            OutputDocument {
                json: if output.jsonl() {
                    json_line(&row, output.annotations)
                } else {
                    Vec::new()
                },
                row,
                terms,
                curation,
            }
        });
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
                                Some(c) => c.admit(&out.row.id, curated)?,
                                None => true,
                            };
                            if written {
                                docs.push(out);
                            }
                        }
                    }
                    let (written, next) =
                        sink.push_chunk(docs, || corpus.next_chunk(INPUT_CHUNK, CHUNK_BYTES));
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
        sink,
        curation,
        Some(&pool),
        pipeline.config(),
        &own_counts,
        stats,
    )
}

/// Every curation file, as a run or a merge writes them.
const ALL_CURATION_FILES: CurationFiles = CurationFiles {
    attributes: true,
    signatures: true,
};

/// Completes the curation files, then every other output.
fn finish(
    sink: DocumentSink,
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
    let mut summary = sink.finish(pool, config, line_counts, stats)?;
    // The curation files go before the stats and configuration, which are written last.
    let at = summary.files.len().saturating_sub(2);
    summary.files.splice(at..at, curation_files);
    Ok(summary)
}

/// One processed document: its outputs (none when nothing was kept), its counts and, when this run
/// counts lines as it goes, its line hashes.
struct ProcessedInput {
    out: Option<OutputDocument>,
    stats: Stats,
    hashes: Option<HashSet<u64>>,
}

/// Documents processed together before their outputs are written.
const INPUT_CHUNK: usize = 128;
/// Text gathered at most per chunk (a chunk ends at the document that passes it).
const CHUNK_BYTES: usize = 32 << 20;

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
    LineCounts::read_tsv(&text).map_err(|e| merge_error(path, e))
}

/// Counts the lines of `inputs` and writes them to `path` (atomically).
pub fn write_line_counts(counts: &LineCounts, path: &Path) -> Result<(), PipelineError> {
    write_atomically(path, |out| counts.write_tsv(out)).map(|_| ())
}

/// Line counts of the documents of `corpus`, counted on `threads` threads (0: all cores).
pub fn line_counts_of(mut corpus: Corpus, threads: usize) -> Result<LineCounts, PipelineError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| PipelineError::Config(format!("thread pool: {e}")))?;
    count_lines(&pool, &mut corpus)
}

/// Merges the outputs of runs over shards of an input (in shard order) into what one run over the whole
/// input writes: documents concatenated, stats summed, vocabulary and features recomputed, and
/// near-duplicates found again across every shard from their signatures (with `curate.drop_duplicates`,
/// duplicates of documents in earlier shards leave the documents and features).
pub fn merge(shards: &[PathBuf], out_dir: &Path) -> Result<RunSummary, PipelineError> {
    let mut pipeline: Option<Pipeline> = None;
    let mut stats = Stats::default();
    let mut line_counts = LineCounts::new();
    let mut sink: Option<DocumentSink> = None;
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
        let output = &config.output;
        if sink.is_none() {
            sink = Some(DocumentSink::create(out_dir, output)?);
            curation = CurationWriter::create(out_dir, &config.curate, ALL_CURATION_FILES)?;
        }
        let sink = sink.as_mut().expect("created above");
        // The documents are read back from their JSON lines: shards written as Parquet only cannot merge.
        let docs_path = shard.join("documents.jsonl");
        if !output.jsonl() {
            return Err(merge_error(
                &docs_path,
                "merge reads documents.jsonl: write the shards with output.format jsonl or both",
            ));
        }
        let file = File::open(&docs_path).map_err(|e| io_error(&docs_path, e))?;
        let mut lines = BufReader::with_capacity(1 << 20, file).lines().enumerate();
        let mut next_document = || -> Result<Option<OutputDocument>, PipelineError> {
            let Some((n, line)) = lines.next() else {
                return Ok(None);
            };
            let line = line.map_err(|e| io_error(&docs_path, e))?;
            let row: DocumentRow = serde_json::from_str(&line)
                .map_err(|e| merge_error(&docs_path, format!("line {}: {e}", n + 1)))?;
            // Without annotations, the kinds come back from the tokenizer: the tokens were made from
            // the `normalized` text, and tokenizing it again gives them with their kinds.
            let kinds = if output.annotations {
                row.kinds.clone()
            } else {
                pipeline.token_kinds(&row.normalized)
            };
            let terms = pipeline.feature_terms(row.tokens.iter().map(String::as_str).zip(kinds));
            let mut json = line.into_bytes();
            json.push(b'\n');
            Ok(Some(OutputDocument {
                row,
                json,
                terms,
                curation: Curation::default(),
            }))
        };
        match &mut curation {
            None => {
                while let Some(doc) = next_document()? {
                    sink.push(doc)?;
                }
            }
            // Each curated document is judged again after the documents of every earlier shard.
            Some(curation) => {
                let mut shard_curation = ShardCuration::open(shard, &config.curate)?;
                while let Some((id, curated, written_by_shard)) = shard_curation.next()? {
                    let doc = match written_by_shard {
                        true => Some(next_document()?.ok_or_else(|| {
                            merge_error(&docs_path, "fewer documents than attributes.jsonl writes")
                        })?),
                        false => None,
                    };
                    let written = curation.admit(&id, curated)?;
                    match (written, doc) {
                        (true, Some(doc)) => sink.push(doc)?,
                        (true, None) => {
                            return Err(merge_error(
                                &docs_path,
                                format!("`{id}` was dropped by the shard run but is kept across shards: merge shards run without curate.drop_duplicates"),
                            ))
                        }
                        (false, _) => {}
                    }
                }
                if next_document()?.is_some() {
                    return Err(merge_error(
                        &docs_path,
                        "more documents than attributes.jsonl writes",
                    ));
                }
            }
        }
    }
    let (Some(pipeline), Some(sink)) = (pipeline, sink) else {
        return Err(PipelineError::Config(
            "merge needs at least one shard".into(),
        ));
    };
    finish(sink, curation, None, pipeline.config(), &line_counts, stats)
}

/// Encoded bytes at which a Parquet row group is closed before its row limit.
const ROW_GROUP_BYTES: usize = 32 << 20;

/// Documents written per Parquet batch, whatever the input chunks: the file depends only on the documents.
const PARQUET_BATCH: usize = 256;

/// Writes the outputs of a run as documents arrive, in order: `documents.jsonl` and `documents.parquet`
/// stream to temporary files, and so do each document's term counts (as term ids), so that only the
/// vocabulary and the document ids stay in memory. `finish` writes `vocab.tsv`, `line-counts.tsv`,
/// `tfidf.npz`, `features.bin`, `stats.json` and `config.toml` and renames every file into place.
struct DocumentSink {
    dir: PathBuf,
    /// `documents.jsonl`, when written.
    jsonl: Option<BufWriter<File>>,
    /// `documents.parquet`, when written.
    parquet: Option<ParquetSink>,
    features_bin: bool,
    /// Term → id, ids in order of first occurrence.
    term_ids: HashMap<String, u32, FixedState>,
    /// The term and the counts of each id.
    terms: Vec<(String, TermCounts)>,
    term_counts: BufWriter<File>,
    ids: Vec<String>,
}

/// `documents.parquet` as rows arrive, written in batches of [`PARQUET_BATCH`] rows.
#[derive(Default)]
struct ParquetSink {
    path: PathBuf,
    writer: Option<ArrowWriter<BufWriter<File>>>,
    pending: Vec<DocumentRow>,
    annotations: bool,
}

impl ParquetSink {
    fn push(&mut self, row: DocumentRow) -> Result<(), PipelineError> {
        self.pending.push(row);
        if self.pending.len() == PARQUET_BATCH {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes the pending rows (creating the file on the first call, even with none).
    fn flush(&mut self) -> Result<(), PipelineError> {
        let path = &self.path;
        let err = |e: parquet::errors::ParquetError| io_error(path, std::io::Error::other(e));
        let batch =
            document_batch(&std::mem::take(&mut self.pending), self.annotations).map_err(err)?;
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
        Ok(())
    }
}

/// The temporary file of each document's term counts.
const TERM_COUNTS: &str = ".term-counts.partial";

/// Appends `v` to `out` as LEB128.
fn put_varint(mut v: u64, out: &mut Vec<u8>) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads a LEB128 number, from the reader's buffer when it holds the whole number.
fn get_varint(input: &mut impl BufRead) -> std::io::Result<u64> {
    let buffered = input.fill_buf()?;
    if let Some(len) = buffered.iter().take(10).position(|&b| b < 0x80) {
        let v = buffered[..=len]
            .iter()
            .enumerate()
            .fold(0u64, |v, (i, &b)| v | u64::from(b & 0x7F) << (7 * i));
        input.consume(len + 1);
        return Ok(v);
    }
    let mut v = 0u64;
    let mut shift = 0;
    loop {
        let mut byte = [0u8];
        input.read_exact(&mut byte)?;
        v |= u64::from(byte[0] & 0x7F) << shift;
        if byte[0] < 0x80 {
            return Ok(v);
        }
        shift += 7;
        if shift > 63 {
            return Err(std::io::Error::other("bad varint in term counts"));
        }
    }
}

/// The temporary file of the tf-idf rows.
const TFIDF_ROWS: &str = ".tfidf-rows.partial";

/// The tf-idf rows of the documents, computed once from the term counts spilled to disk and kept on disk
/// as `(column: u32, value: f64)` pairs (little-endian), so that each pass of the writers only reads them.
struct ResolvedRows {
    path: PathBuf,
    columns: usize,
    indptr: Vec<u64>,
}

/// Bytes of one resolved `(column, value)` pair.
const PAIR_BYTES: usize = 12;

impl ResolvedRows {
    /// Reads the term counts of `documents` documents from `spill` and writes their rows under `model`
    /// to `path`; `column_of` is the model column of each term id.
    fn compute(
        spill: &Path,
        documents: usize,
        model: &TfidfModel,
        column_of: &[Option<u32>],
        path: PathBuf,
    ) -> std::io::Result<Self> {
        let mut input = BufReader::with_capacity(1 << 20, File::open(spill)?);
        let mut out = BufWriter::with_capacity(1 << 20, File::create(&path)?);
        let mut indptr = Vec::with_capacity(documents + 1);
        indptr.push(0u64);
        let mut counts = Vec::new();
        let mut bytes = Vec::new();
        for _ in 0..documents {
            counts.clear();
            let n = get_varint(&mut input)?;
            for _ in 0..n {
                let id = get_varint(&mut input)? as usize;
                let count = get_varint(&mut input)?;
                if let Some(col) = column_of.get(id).copied().flatten() {
                    counts.push((col, count as f64));
                }
            }
            counts.sort_unstable_by_key(|&(col, _)| col);
            let row = model.transform_counts(std::mem::take(&mut counts));
            bytes.clear();
            for &(col, v) in &row {
                bytes.extend_from_slice(&col.to_le_bytes());
                bytes.extend_from_slice(&v.to_le_bytes());
            }
            out.write_all(&bytes)?;
            indptr.push(indptr.last().expect("starts with 0") + row.len() as u64);
            counts = row;
        }
        out.into_inner().map_err(|e| e.into_error())?;
        Ok(ResolvedRows {
            path,
            columns: model.terms.len(),
            indptr,
        })
    }
}

impl RowSource for ResolvedRows {
    fn columns(&self) -> usize {
        self.columns
    }

    fn for_each_row(&mut self, each: &mut RowVisitor<'_>) -> std::io::Result<()> {
        let mut input = BufReader::with_capacity(1 << 20, File::open(&self.path)?);
        let mut bytes = Vec::new();
        let mut row = Vec::new();
        for w in self.indptr.windows(2) {
            bytes.resize((w[1] - w[0]) as usize * PAIR_BYTES, 0);
            input.read_exact(&mut bytes)?;
            row.clear();
            row.extend(bytes.chunks_exact(PAIR_BYTES).map(|pair| {
                let (col, v) = pair.split_at(4);
                (
                    u32::from_le_bytes(col.try_into().expect("4 bytes")),
                    f64::from_le_bytes(v.try_into().expect("8 bytes")),
                )
            }));
            each(&row)?;
        }
        Ok(())
    }

    fn row_pointers(&mut self) -> std::io::Result<Vec<u64>> {
        Ok(self.indptr.clone())
    }
}

pub(crate) fn partial(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .expect("output path has a file name")
        .to_string_lossy();
    path.with_file_name(format!(".{name}.partial"))
}

impl DocumentSink {
    fn create(dir: &Path, output: &OutputConfig) -> Result<Self, PipelineError> {
        fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
        let jsonl = match output.jsonl() {
            true => {
                let path = partial(&dir.join("documents.jsonl"));
                Some(BufWriter::new(
                    File::create(&path).map_err(|e| io_error(&path, e))?,
                ))
            }
            false => None,
        };
        Ok(DocumentSink {
            dir: dir.to_path_buf(),
            jsonl,
            parquet: output.parquet().then(|| ParquetSink {
                path: dir.join("documents.parquet"),
                annotations: output.annotations,
                ..ParquetSink::default()
            }),
            features_bin: output.features_bin,
            term_ids: HashMap::default(),
            terms: Vec::new(),
            term_counts: {
                let path = dir.join(TERM_COUNTS);
                BufWriter::with_capacity(
                    1 << 20,
                    File::create(&path).map_err(|e| io_error(&path, e))?,
                )
            },
            ids: Vec::new(),
        })
    }

    fn push(&mut self, doc: OutputDocument) -> Result<(), PipelineError> {
        let OutputDocument {
            row, json, terms, ..
        } = doc;
        self.push_text_and_terms(&row.id, &json, terms)?;
        match &mut self.parquet {
            Some(parquet) => parquet.push(row),
            None => Ok(()),
        }
    }

    /// Writes a chunk of documents: their Parquet rows on one side of a `rayon::join`, the rest of their
    /// outputs and then `also` (reading the next chunk) on the other, so that with two threads or more
    /// the Parquet encoding does not wait for the other writes.
    fn push_chunk<R: Send>(
        &mut self,
        docs: Vec<OutputDocument>,
        also: impl FnOnce() -> R + Send,
    ) -> (Result<(), PipelineError>, R) {
        let mut parquet = std::mem::take(&mut self.parquet);
        let mut rows = Vec::with_capacity(docs.len());
        let mut rest = Vec::with_capacity(docs.len());
        for OutputDocument {
            row, json, terms, ..
        } in docs
        {
            rest.push((row.id.clone(), json, terms));
            rows.push(row);
        }
        let (parquet_written, (written, also)) = rayon::join(
            || match &mut parquet {
                Some(parquet) => rows.into_iter().try_for_each(|row| parquet.push(row)),
                None => Ok(()),
            },
            || {
                let written = rest
                    .into_iter()
                    .try_for_each(|(id, json, terms)| self.push_text_and_terms(&id, &json, terms));
                (written, also())
            },
        );
        self.parquet = parquet;
        (parquet_written.and(written), also)
    }

    /// Writes a document's JSON line and term counts.
    fn push_text_and_terms(
        &mut self,
        id: &str,
        json: &[u8],
        terms: Vec<(String, u64)>,
    ) -> Result<(), PipelineError> {
        if let Some(out) = &mut self.jsonl {
            let jsonl = self.dir.join("documents.jsonl");
            out.write_all(json).map_err(|e| io_error(&jsonl, e))?;
        }
        let mut counts: Vec<(u32, u64)> = terms
            .into_iter()
            .map(|(t, n)| {
                let id = match self.term_ids.get(&t) {
                    Some(&id) => id,
                    None => {
                        let id = self.terms.len() as u32;
                        self.terms.push((t.clone(), TermCounts::default()));
                        self.term_ids.insert(t, id);
                        id
                    }
                };
                let counts = &mut self.terms[id as usize].1;
                counts.df += 1;
                counts.tf += n;
                (id, n)
            })
            .collect();
        counts.sort_unstable();
        let mut record = Vec::with_capacity(counts.len() * 3 + 4);
        put_varint(counts.len() as u64, &mut record);
        for (id, n) in counts {
            put_varint(id.into(), &mut record);
            put_varint(n, &mut record);
        }
        let spill = self.dir.join(TERM_COUNTS);
        self.term_counts
            .write_all(&record)
            .map_err(|e| io_error(&spill, e))?;
        self.ids.push(id.to_string());
        Ok(())
    }

    /// Completes every output. With a pool, the documents are synced while the features are written, and
    /// the two feature files are written at the same time.
    fn finish(
        mut self,
        pool: Option<&rayon::ThreadPool>,
        config: &PipelineConfig,
        line_counts: &LineCounts,
        mut stats: Stats,
    ) -> Result<RunSummary, PipelineError> {
        if let Some(parquet) = &mut self.parquet {
            parquet.flush()?;
        }
        let DocumentSink {
            dir,
            jsonl,
            parquet,
            features_bin,
            term_ids,
            terms,
            term_counts,
            ids,
            ..
        } = self;
        drop(term_ids);
        let spill = dir.join(TERM_COUNTS);
        term_counts
            .into_inner()
            .map_err(|e| io_error(&spill, e.into_error()))?;
        let documents = ids.len() as u64;
        let (terms, counts): (Vec<String>, Vec<TermCounts>) = terms.into_iter().unzip();
        let vocabulary = Vocabulary::from_counts(terms.iter().cloned().zip(counts), documents);
        let model = TfidfModel::fit(&vocabulary, &config.features.tfidf);
        let column_of: Vec<Option<u32>> = terms.iter().map(|t| model.column(t)).collect();
        drop(terms);
        let columns = vocabulary.restricted_to(&model.terms);
        stats.vocabulary_terms = columns.len() as u64;
        let documents = || -> Result<Vec<PathBuf>, PipelineError> {
            let mut files = Vec::new();
            if let Some(jsonl) = jsonl {
                let jsonl_path = dir.join("documents.jsonl");
                let file = jsonl
                    .into_inner()
                    .map_err(|e| io_error(&jsonl_path, e.into_error()))?;
                file.sync_all().map_err(|e| io_error(&jsonl_path, e))?;
                fs::rename(partial(&jsonl_path), &jsonl_path)
                    .map_err(|e| io_error(&jsonl_path, e))?;
                files.push(jsonl_path);
            }
            if let Some(parquet) = parquet {
                let parquet_path = dir.join("documents.parquet");
                let writer = parquet.writer.expect("created by the flush above");
                let file = writer
                    .into_inner()
                    .map_err(|e| io_error(&parquet_path, std::io::Error::other(e)))?;
                file.into_inner()
                    .map_err(|e| io_error(&parquet_path, e.into_error()))?
                    .sync_all()
                    .map_err(|e| io_error(&parquet_path, e))?;
                fs::rename(partial(&parquet_path), &parquet_path)
                    .map_err(|e| io_error(&parquet_path, e))?;
                files.push(parquet_path);
            }
            files.push(write_atomically(&dir.join("vocab.tsv"), |out| {
                columns.write_tsv(out)
            })?);
            files.push(write_atomically(&dir.join("line-counts.tsv"), |out| {
                line_counts.write_tsv(out)
            })?);
            Ok(files)
        };
        // The tf-idf rows are computed while the documents are synced; then the two feature files are
        // written from them at the same time.
        let features = || -> Result<Vec<PathBuf>, PipelineError> {
            let rows_path = dir.join(TFIDF_ROWS);
            let resolved =
                ResolvedRows::compute(&spill, ids.len(), &model, &column_of, rows_path.clone())
                    .map_err(|e| io_error(&spill, e))?;
            fs::remove_file(&spill).map_err(|e| io_error(&spill, e))?;
            let rows = || ResolvedRows {
                path: rows_path.clone(),
                columns: resolved.columns,
                indptr: resolved.indptr.clone(),
            };
            let npz = || {
                write_atomically(&dir.join("tfidf.npz"), |out| {
                    write_npz_rows(&mut rows(), out)
                })
            };
            let bin = || {
                features_bin
                    .then(|| {
                        write_atomically(&dir.join("features.bin"), |out| {
                            write_features(&ids, &vocabulary, &model, &mut rows(), out)
                                .map_err(std::io::Error::other)
                        })
                    })
                    .transpose()
            };
            let (npz, bin) = both(pool, npz, bin);
            fs::remove_file(&rows_path).map_err(|e| io_error(&rows_path, e))?;
            Ok([Some(npz?), bin?].into_iter().flatten().collect())
        };
        let (documents, features) = both(pool, documents, features);
        let mut files = documents?;
        files.extend(features?);
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
}

/// Runs `a` and `b`, at the same time in `pool` when there is one.
fn both<A: Send, B: Send>(
    pool: Option<&rayon::ThreadPool>,
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    match pool {
        Some(pool) => pool.install(|| rayon::join(a, b)),
        None => (a(), b()),
    }
}

/// The completion marker of an output directory: written last, so its presence means every output is
/// complete; it names what was processed so that a re-run of the same work can skip it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompletionMarker {
    /// tanqih version.
    pub tanqih_version: String,
    /// The shard (`i/n`), if any.
    pub shard: Option<String>,
    /// The input files.
    pub inputs: Vec<String>,
    /// The configuration (TOML).
    pub config: String,
}

/// File name of the completion marker.
pub const COMPLETION_MARKER: &str = "_COMPLETE";

/// The completion marker of `out_dir`, if it has one.
pub fn read_completion_marker(out_dir: &Path) -> Option<CompletionMarker> {
    let text = fs::read_to_string(out_dir.join(COMPLETION_MARKER)).ok()?;
    serde_json::from_str(&text).ok()
}

/// Removes the marker (before a run starts), then writes it (after every output is complete).
pub fn clear_completion_marker(out_dir: &Path) -> Result<(), PipelineError> {
    let path = out_dir.join(COMPLETION_MARKER);
    match fs::remove_file(&path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io_error(&path, e)),
        _ => Ok(()),
    }
}

/// Writes the completion marker of `out_dir`.
pub fn write_completion_marker(
    out_dir: &Path,
    marker: &CompletionMarker,
) -> Result<(), PipelineError> {
    write_atomically(&out_dir.join(COMPLETION_MARKER), |out| {
        serde_json::to_writer_pretty(&mut *out, marker)?;
        out.write_all(b"\n")
    })
    .map(|_| ())
}

pub(crate) fn io_error(path: &Path, source: std::io::Error) -> PipelineError {
    PipelineError::Io {
        path: path.display().to_string(),
        source,
    }
}

pub(crate) fn merge_error(path: &Path, message: impl ToString) -> PipelineError {
    PipelineError::Merge {
        path: path.display().to_string(),
        message: message.to_string(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_read_back_across_buffer_boundaries() {
        let values: Vec<u64> = (0..64)
            .map(|shift| 1u64 << shift)
            .chain([0, 127, 128, 16_383, 16_384, u64::MAX])
            .collect();
        let mut bytes = Vec::new();
        for &v in &values {
            put_varint(v, &mut bytes);
        }
        for capacity in [1, 2, 3, 7, 10, 64] {
            let mut input = BufReader::with_capacity(capacity, bytes.as_slice());
            for &v in &values {
                assert_eq!(get_varint(&mut input).unwrap(), v, "capacity {capacity}");
            }
            assert!(get_varint(&mut input).is_err());
        }
    }
}
