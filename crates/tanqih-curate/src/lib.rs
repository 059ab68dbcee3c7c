//! Corpus curation: near-duplicate documents (MinHash with LSH bands, clusters in input order) and
//! quality signals (Gopher's and FineWeb's, counted the Arabic way or exactly as datatrove does), with
//! threshold presets that say which documents to drop and why.
//!
//! Everything here is a pure function of the documents in order: no threads, no files.
#![deny(missing_docs)]

mod dedup;
mod filter;
mod minhash;
mod quality;
mod signatures;

use serde::{Deserialize, Serialize};

pub use dedup::{Deduplicator, Verdict};
pub use filter::{arabic_rules, FilterPreset, Thresholds, PRESETS};
pub use minhash::{stable_hash, MinHashConfig, MinHasher, Signature};
pub use quality::{LineEndRule, QualitySignals, Rules, StopWords, SymbolRule, Word};
pub use signatures::{write_header, write_record, SignatureReader, SignatureRecord};

/// Errors of curation: settings that do not hold together, and signatures an index cannot take.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum CurateError {
    /// A MinHash shingle, band count or row count is zero.
    #[error("curate: shingle, bands and rows must be at least 1")]
    ZeroMinHashParameter,
    /// Bands × rows is more than a signature holds.
    #[error("curate: bands × rows must be at most {max} (it is {hashes})")]
    TooManyHashes {
        /// Bands × rows.
        hashes: usize,
        /// The most a signature holds.
        max: usize,
    },
    /// The similarity threshold is not between 0 and 1.
    #[error("curate.threshold: {0} is not between 0 and 1")]
    Threshold(f64),
    /// Dropping near-duplicates is asked without marking them.
    #[error("curate.drop_duplicates needs curate.dedup")]
    DropWithoutDedup,
    /// The filter names no preset of [`PRESETS`].
    #[error("curate.filter: unknown preset `{0}` (known: {known})", known = PRESETS.join(", "))]
    UnknownFilter(String),
    /// A signature of another length than the index's configuration makes.
    #[error("a signature of {got} hashes where the configuration makes {want}")]
    SignatureLength {
        /// Its length.
        got: usize,
        /// The configuration's.
        want: usize,
    },
    /// The index holds as many documents as its 32-bit ids can name.
    #[error("too many documents for one index")]
    IndexFull,
}

/// Curation settings (`[curate]` in a run's configuration).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CurateConfig {
    /// Quality signals of every document, written to `attributes.jsonl`.
    pub signals: bool,
    /// Near-duplicate marks (`duplicates.jsonl`, `signatures.bin`).
    pub dedup: bool,
    /// Drop the documents that fail this preset (`""`: none; see [`PRESETS`]).
    pub filter: String,
    /// Drop near-duplicates (all but the first document of each cluster).
    pub drop_duplicates: bool,
    /// MinHash and LSH settings.
    pub minhash: MinHashConfig,
}

impl Default for CurateConfig {
    fn default() -> Self {
        CurateConfig {
            signals: true,
            dedup: true,
            filter: String::new(),
            drop_duplicates: false,
            minhash: MinHashConfig::default(),
        }
    }
}

impl CurateConfig {
    /// Inconsistent settings are an error naming the key.
    pub fn check(&self) -> Result<(), CurateError> {
        self.minhash.check()?;
        if self.drop_duplicates && !self.dedup {
            return Err(CurateError::DropWithoutDedup);
        }
        if !self.filter.is_empty() && !PRESETS.contains(&self.filter.as_str()) {
            return Err(CurateError::UnknownFilter(self.filter.clone()));
        }
        Ok(())
    }
}
