//! Counts of a run, per stage; mergeable by summing.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use tanqih_core::TokenKind;
use tanqih_strip::Reason;

use crate::{CurationStats, InputStats, Processed};

/// Counts `key` once more in a short list of counts (keys compared as enum values, not as names).
fn count<K: Copy + PartialEq>(counts: &mut Vec<(K, u64)>, key: K) {
    match counts.iter_mut().find(|(k, _)| *k == key) {
        Some((_, c)) => *c += 1,
        None => counts.push((key, 1)),
    }
}

/// Adds counts to a map of counts by name.
fn add_counts<K>(
    map: &mut BTreeMap<String, u64>,
    counts: Vec<(K, u64)>,
    name: impl Fn(K) -> &'static str,
) {
    for (key, c) in counts {
        let name = name(key);
        match map.get_mut(name) {
            Some(total) => *total += c,
            None => {
                map.insert(name.to_string(), c);
            }
        }
    }
}

/// Counts of a run.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Stats {
    /// What reading the inputs met (encodings, replaced or skipped input).
    pub input: InputStats,
    /// Documents read.
    pub documents_read: u64,
    /// Documents with kept text (all written to `documents.jsonl` unless curation drops some).
    pub documents_kept: u64,
    /// Documents with nothing kept.
    pub documents_empty: u64,
    /// Bytes read.
    pub bytes_read: u64,
    /// Lines read (split on `\n`).
    pub lines_read: u64,
    /// Lines kept.
    pub lines_kept: u64,
    /// Lines dropped, per reason (blank lines included).
    pub lines_dropped: BTreeMap<String, u64>,
    /// Bytes of kept text.
    pub bytes_kept: u64,
    /// Bytes changed away by normalization (kept bytes minus normalized bytes, when positive).
    pub bytes_normalized_away: u64,
    /// Tokens, per kind.
    pub tokens: BTreeMap<String, u64>,
    /// Distinct terms in the vocabulary.
    pub vocabulary_terms: u64,
    /// Filtered and duplicate documents.
    pub curation: CurationStats,
}

impl Stats {
    /// Counts one processed document of `bytes_read` input bytes.
    pub fn add(&mut self, doc: &Processed, bytes_read: usize) {
        self.documents_read += 1;
        self.bytes_read += bytes_read as u64;
        if doc.text.is_empty() {
            self.documents_empty += 1;
        } else {
            self.documents_kept += 1;
        }
        // Counted per document by reason and kind first, so that map keys are made once per document.
        let mut dropped = Vec::new();
        for line in &doc.lines {
            self.lines_read += 1;
            if line.keep {
                self.lines_kept += 1;
            } else {
                count(&mut dropped, line.reason);
            }
        }
        add_counts(&mut self.lines_dropped, dropped, |r: Reason| r.code());
        self.bytes_kept += doc.text.len() as u64;
        self.bytes_normalized_away += doc.text.len().saturating_sub(doc.normalized.len()) as u64;
        let mut kinds = Vec::new();
        for &kind in &doc.kinds {
            count(&mut kinds, kind);
        }
        add_counts(&mut self.tokens, kinds, TokenKind::name);
    }

    /// Adds another run's counts (another shard).
    pub fn merge(&mut self, other: &Stats) {
        self.input.merge(&other.input);
        self.documents_read += other.documents_read;
        self.documents_kept += other.documents_kept;
        self.documents_empty += other.documents_empty;
        self.bytes_read += other.bytes_read;
        self.lines_read += other.lines_read;
        self.lines_kept += other.lines_kept;
        self.bytes_kept += other.bytes_kept;
        self.bytes_normalized_away += other.bytes_normalized_away;
        for (k, v) in &other.lines_dropped {
            *self.lines_dropped.entry(k.clone()).or_default() += v;
        }
        for (k, v) in &other.tokens {
            *self.tokens.entry(k.clone()).or_default() += v;
        }
        self.curation.merge(&other.curation);
    }
}
