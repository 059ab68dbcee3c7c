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
    pub fn check(&self) -> Result<(), String> {
        self.minhash.check()?;
        if self.drop_duplicates && !self.dedup {
            return Err("curate.drop_duplicates needs curate.dedup".into());
        }
        if !self.filter.is_empty() && !PRESETS.contains(&self.filter.as_str()) {
            return Err(format!(
                "curate.filter: unknown preset `{}` (known: {})",
                self.filter,
                PRESETS.join(", ")
            ));
        }
        Ok(())
    }
}
