//! Curation in a run: each document's quality signals, filter verdict and MinHash signature (computed
//! with the other stages, in parallel), then, in input order, its near-duplicate verdict and the files
//! beside the documents: `attributes.jsonl`, `signatures.bin` and `duplicates.jsonl`.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tanqih_curate::{
    stable_hash, CurateConfig, Deduplicator, FilterPreset, MinHasher, QualitySignals, Rules,
    Signature, SignatureReader, SignatureRecord, Verdict, Word,
};
use tanqih_normalize::Normalizer;

use crate::{PipelineError, Processed};

/// Computes what curation needs of each document.
#[derive(Debug, Clone)]
pub(crate) struct Curator {
    config: CurateConfig,
    hasher: MinHasher,
    rules: Rules,
    preset: Option<FilterPreset>,
}

/// What curation found in one document, before its near-duplicate verdict.
#[derive(Debug, Clone, Default)]
pub struct Curation {
    /// Its quality signals (with `curate.signals` or a filter).
    pub signals: Option<QualitySignals>,
    /// The reason the filter preset drops it.
    pub filter: Option<String>,
    /// Its signature and the hash of its normalized text (with `curate.dedup`, when it has words and
    /// passes the filter).
    pub signature: Option<(Signature, u64)>,
}

impl Curator {
    /// The curation of `config`; a preset's stop words are spelled the way `normalizer` spells the text.
    pub(crate) fn new(
        config: &CurateConfig,
        normalizer: &Normalizer,
    ) -> Result<Self, PipelineError> {
        config.check()?;
        let normalize = |w: &str| normalizer.normalize(w).into_owned();
        let preset = match config.filter.as_str() {
            "" => None,
            name => Some(FilterPreset::named(name, normalize)?),
        };
        let rules = match &preset {
            Some(p) => p.rules.clone(),
            None => tanqih_curate::arabic_rules(normalize),
        };
        Ok(Curator {
            config: config.clone(),
            hasher: MinHasher::new(&config.minhash),
            rules,
            preset,
        })
    }

    /// Signals, filter verdict and signature of a processed document.
    pub(crate) fn curate(&self, doc: &Processed) -> Curation {
        let mut curation = Curation::default();
        // Each word is hashed once, for the signals and the signature.
        let ids: Vec<u64> = doc
            .tokens
            .iter()
            .map(|t| stable_hash(t.as_bytes()))
            .collect();
        if self.config.signals || self.preset.is_some() {
            let words: Vec<Word> = doc
                .tokens_with_kinds()
                .map(|(text, kind)| Word {
                    text,
                    lexical: kind.is_lexical(),
                })
                .collect();
            let signals =
                QualitySignals::compute_hashed(&doc.normalized, &words, &ids, &self.rules);
            curation.filter = self
                .preset
                .as_ref()
                .and_then(|p| p.check(&signals))
                .map(str::to_string);
            curation.signals = self.config.signals.then_some(signals);
        }
        if self.config.dedup && curation.filter.is_none() {
            let lexical: Vec<u64> = doc
                .kinds
                .iter()
                .zip(&ids)
                .filter(|(kind, _)| kind.is_lexical())
                .map(|(_, &id)| id)
                .collect();
            curation.signature = self
                .hasher
                .signature_of_hashes(&lexical)
                .map(|s| (s, stable_hash(doc.normalized.as_bytes())));
        }
        curation
    }
}

/// Counts of curation in a run.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CurationStats {
    /// Documents the filter preset drops, per reason.
    pub filtered: BTreeMap<String, u64>,
    /// Documents marked as near-duplicates of an earlier one (exact ones included).
    pub duplicates: u64,
    /// Of those, documents whose normalized text equals the kept one's.
    pub exact_duplicates: u64,
    /// Duplicates left out of the documents and features (`curate.drop_duplicates`).
    pub duplicates_dropped: u64,
    /// Documents in the documents file and the features.
    pub documents_written: u64,
}

impl CurationStats {
    /// Adds another run's counts.
    pub fn merge(&mut self, other: &CurationStats) {
        for (k, v) in &other.filtered {
            *self.filtered.entry(k.clone()).or_default() += v;
        }
        self.duplicates += other.duplicates;
        self.exact_duplicates += other.exact_duplicates;
        self.duplicates_dropped += other.duplicates_dropped;
        self.documents_written += other.documents_written;
    }
}

/// One line of `attributes.jsonl`: a document with kept text, in input order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttributeRecord {
    /// Document id.
    pub id: String,
    /// Quality signals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality: Option<QualitySignals>,
    /// Why the filter preset drops it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
    /// The id of the kept document of its near-duplicate cluster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<String>,
    /// Estimated Jaccard similarity with that document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// It is in the documents file and the features.
    pub written: bool,
}

/// One line of `duplicates.jsonl`: a document marked as a near-duplicate, in input order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DuplicateRecord {
    /// Document id.
    pub id: String,
    /// The id of the kept document of its cluster.
    pub duplicate_of: String,
    /// Estimated Jaccard similarity with that document.
    pub similarity: f64,
    /// Its normalized text equals that document's.
    pub exact: bool,
}

/// A file written under a temporary name, renamed into place by `finish`.
struct PartialFile {
    path: PathBuf,
    out: BufWriter<File>,
}

impl PartialFile {
    fn create(path: PathBuf) -> Result<Self, PipelineError> {
        let tmp = crate::files::partial(&path);
        let file = File::create(&tmp).map_err(|e| crate::files::io_error(&tmp, e))?;
        Ok(PartialFile {
            path,
            out: BufWriter::with_capacity(1 << 16, file),
        })
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), PipelineError> {
        self.out
            .write_all(bytes)
            .map_err(|e| crate::files::io_error(&self.path, e))
    }

    fn finish(self) -> Result<PathBuf, PipelineError> {
        let err = |e| crate::files::io_error(&self.path, e);
        let file = self.out.into_inner().map_err(|e| err(e.into_error()))?;
        file.sync_all().map_err(err)?;
        fs::rename(crate::files::partial(&self.path), &self.path).map_err(err)?;
        Ok(self.path)
    }
}

/// Judges documents in input order and writes the curation files of a run (or of a merge, or of
/// `dedup` over shards).
pub(crate) struct CurationWriter {
    attributes: Option<PartialFile>,
    signatures: Option<PartialFile>,
    duplicates: Option<PartialFile>,
    dedup: Option<Deduplicator>,
    /// Ids of the documents given to the deduplicator, by its numbering.
    deduplicated_ids: Vec<String>,
    drop_duplicates: bool,
    /// Documents judged so far.
    judged: u64,
    stats: CurationStats,
}

/// Which curation files a writer writes.
pub(crate) struct CurationFiles {
    /// `attributes.jsonl`.
    pub attributes: bool,
    /// `signatures.bin`.
    pub signatures: bool,
}

impl CurationWriter {
    /// A writer into `dir` for `config`; `None` when curation is off.
    pub(crate) fn create(
        dir: &Path,
        config: &CurateConfig,
        files: CurationFiles,
    ) -> Result<Option<Self>, PipelineError> {
        let any = config.signals || config.dedup || !config.filter.is_empty();
        if !any {
            return Ok(None);
        }
        let attributes = match files.attributes {
            true => Some(PartialFile::create(dir.join("attributes.jsonl"))?),
            false => None,
        };
        let (signatures, duplicates) = match config.dedup {
            true => {
                let mut signatures = match files.signatures {
                    true => Some(PartialFile::create(dir.join("signatures.bin"))?),
                    false => None,
                };
                if let Some(s) = &mut signatures {
                    let mut header = Vec::new();
                    tanqih_curate::write_header(&mut header, &config.minhash)
                        .expect("writes to memory");
                    s.write(&header)?;
                }
                (
                    signatures,
                    Some(PartialFile::create(dir.join("duplicates.jsonl"))?),
                )
            }
            false => (None, None),
        };
        Ok(Some(CurationWriter {
            attributes,
            signatures,
            duplicates,
            dedup: config.dedup.then(|| Deduplicator::new(&config.minhash)),
            deduplicated_ids: Vec::new(),
            drop_duplicates: config.drop_duplicates,
            judged: 0,
            stats: CurationStats::default(),
        }))
    }

    /// Judges the next document (in input order), writes its curation records, and says whether it goes
    /// to the documents and features.
    pub(crate) fn admit(&mut self, id: &str, curation: Curation) -> Result<bool, PipelineError> {
        let doc = self.judged;
        self.judged += 1;
        let Curation {
            signals,
            filter,
            signature,
        } = curation;
        let mut record = AttributeRecord {
            id: id.to_string(),
            quality: signals,
            filter,
            duplicate_of: None,
            similarity: None,
            written: true,
        };
        if let Some(reason) = &record.filter {
            *self.stats.filtered.entry(reason.clone()).or_default() += 1;
            record.written = false;
        }
        if let (Some(dedup), Some((signature, text_hash))) = (&mut self.dedup, signature) {
            let verdict = dedup.push(&signature, text_hash)?;
            self.deduplicated_ids.push(id.to_string());
            if let Some(out) = &mut self.signatures {
                let mut bytes = Vec::with_capacity(signature.0.len() * 4 + id.len() + 24);
                tanqih_curate::write_record(
                    &mut bytes,
                    &SignatureRecord {
                        doc,
                        id: id.to_string(),
                        text_hash,
                        signature,
                    },
                )
                .expect("writes to memory");
                out.write(&bytes)?;
            }
            if let Verdict::Duplicate {
                of,
                similarity,
                exact,
            } = verdict
            {
                let duplicate = DuplicateRecord {
                    id: id.to_string(),
                    duplicate_of: self.deduplicated_ids[of].clone(),
                    similarity,
                    exact,
                };
                let mut line = serde_json::to_vec(&duplicate).expect("a record serializes");
                line.push(b'\n');
                if let Some(out) = &mut self.duplicates {
                    out.write(&line)?;
                }
                self.stats.duplicates += 1;
                self.stats.exact_duplicates += u64::from(exact);
                if self.drop_duplicates && record.written {
                    self.stats.duplicates_dropped += 1;
                    record.written = false;
                }
                record.duplicate_of = Some(duplicate.duplicate_of);
                record.similarity = Some(similarity);
            }
        }
        if let Some(out) = &mut self.attributes {
            let mut line = serde_json::to_vec(&record).expect("a record serializes");
            line.push(b'\n');
            out.write(&line)?;
        }
        self.stats.documents_written += u64::from(record.written);
        Ok(record.written)
    }

    /// Renames every file into place; returns them with the counts.
    pub(crate) fn finish(self) -> Result<(Vec<PathBuf>, CurationStats), PipelineError> {
        let mut files = Vec::new();
        for file in [self.attributes, self.signatures, self.duplicates]
            .into_iter()
            .flatten()
        {
            files.push(file.finish()?);
        }
        Ok((files, self.stats))
    }
}

/// Reads a shard's `attributes.jsonl` and `signatures.bin` together: each document's curation as the
/// shard run found it (its signature from the signature file, its signals and filter verdict from its
/// attributes), and whether the shard wrote it.
pub(crate) struct ShardCuration {
    attributes: Option<(PathBuf, std::io::Lines<BufReader<File>>)>,
    signatures: Option<(PathBuf, SignatureReader<BufReader<File>>)>,
    next_signature: Option<SignatureRecord>,
    doc: u64,
}

impl ShardCuration {
    /// Opens the curation files of `shard` that `config` makes.
    pub(crate) fn open(shard: &Path, config: &CurateConfig) -> Result<Self, PipelineError> {
        let open = |name: &str| -> Result<(PathBuf, BufReader<File>), PipelineError> {
            let path = shard.join(name);
            let file = File::open(&path).map_err(|e| crate::files::io_error(&path, e))?;
            Ok((path, BufReader::with_capacity(1 << 20, file)))
        };
        let attributes = match config.signals || config.dedup || !config.filter.is_empty() {
            true => {
                let (path, reader) = open("attributes.jsonl")?;
                Some((path, reader.lines()))
            }
            false => None,
        };
        let signatures = match config.dedup {
            true => {
                let (path, reader) = open("signatures.bin")?;
                let reader = SignatureReader::new(reader)
                    .map_err(|e| crate::files::merge_error(&path, e))?;
                if reader.config() != &config.minhash {
                    return Err(crate::files::merge_error(
                        &path,
                        "signatures made with other MinHash settings than the configuration's",
                    ));
                }
                Some((path, reader))
            }
            false => None,
        };
        let mut shard = ShardCuration {
            attributes,
            signatures,
            next_signature: None,
            doc: 0,
        };
        shard.next_signature = shard.read_signature()?;
        Ok(shard)
    }

    fn read_signature(&mut self) -> Result<Option<SignatureRecord>, PipelineError> {
        match &mut self.signatures {
            Some((path, reader)) => reader
                .next_record()
                .map_err(|e| crate::files::merge_error(path, e)),
            None => Ok(None),
        }
    }

    /// The next document's id, curation and whether the shard wrote it; `None` after the last.
    pub(crate) fn next(&mut self) -> Result<Option<(String, Curation, bool)>, PipelineError> {
        let Some((path, lines)) = &mut self.attributes else {
            return Ok(None);
        };
        let Some(line) = lines.next() else {
            return match &self.next_signature {
                None => Ok(None),
                Some(_) => Err(crate::files::merge_error(
                    path,
                    "signatures.bin holds documents that attributes.jsonl does not",
                )),
            };
        };
        let line = line.map_err(|e| crate::files::io_error(path, e))?;
        let n = self.doc;
        let record: AttributeRecord = serde_json::from_str(&line)
            .map_err(|e| crate::files::merge_error(path, format!("line {}: {e}", n + 1)))?;
        let mut curation = Curation {
            signals: record.quality,
            filter: record.filter,
            signature: None,
        };
        if self.next_signature.as_ref().is_some_and(|s| s.doc == n) {
            let s = self.next_signature.take().expect("checked above");
            curation.signature = Some((s.signature, s.text_hash));
            self.next_signature = self.read_signature()?;
        }
        self.doc += 1;
        Ok(Some((record.id, curation, record.written)))
    }
}

/// Finds the near-duplicates of the documents of `shards` (output directories of runs, in input order)
/// from their signature files, and writes `duplicates.jsonl` into `out_dir`: what one run over the whole
/// input writes. Returns the file and the counts.
pub fn dedup_shards(
    shards: &[PathBuf],
    out_dir: &Path,
) -> Result<(PathBuf, CurationStats), PipelineError> {
    fs::create_dir_all(out_dir).map_err(|e| crate::files::io_error(out_dir, e))?;
    let mut writer: Option<(CurationWriter, tanqih_curate::MinHashConfig)> = None;
    for shard in shards {
        let path = shard.join("signatures.bin");
        let file = File::open(&path).map_err(|e| crate::files::io_error(&path, e))?;
        let mut reader = SignatureReader::new(BufReader::with_capacity(1 << 20, file))
            .map_err(|e| crate::files::merge_error(&path, e))?;
        if writer.is_none() {
            let config = CurateConfig {
                signals: false,
                dedup: true,
                filter: String::new(),
                drop_duplicates: false,
                minhash: reader.config().clone(),
            };
            let files = CurationFiles {
                attributes: false,
                signatures: false,
            };
            let created = CurationWriter::create(out_dir, &config, files)?.expect("dedup is on");
            writer = Some((created, config.minhash));
        }
        let (writer, first) = writer.as_mut().expect("created above");
        if reader.config() != first {
            return Err(crate::files::merge_error(
                &path,
                "signatures made with other MinHash settings than the first shard's",
            ));
        }
        while let Some(record) = reader
            .next_record()
            .map_err(|e| crate::files::merge_error(&path, e))?
        {
            let curation = Curation {
                signature: Some((record.signature, record.text_hash)),
                ..Curation::default()
            };
            writer.admit(&record.id, curation)?;
        }
    }
    let Some((writer, _)) = writer else {
        return Err(PipelineError::NoShards("dedup"));
    };
    let (files, stats) = writer.finish()?;
    Ok((files.into_iter().next().expect("duplicates.jsonl"), stats))
}
