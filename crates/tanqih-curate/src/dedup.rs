//! Near-duplicate clusters, found in input order.
//!
//! Documents arrive in input order. A document whose normalized text equals an earlier one's is an exact
//! duplicate. Otherwise its LSH bands give candidates among the earlier documents, each verified by the
//! estimated Jaccard similarity of the two signatures; a verified candidate puts the document in the
//! candidate's cluster (union-find, with the earliest document as the root). Clusters only grow: a
//! document that bridges two earlier clusters joins the one with the earlier root, and the two stay
//! apart, so that a document's verdict is final when it arrives. That is what lets `process` drop
//! duplicates as it writes, and what makes a replay over the signatures of several shards, in shard
//! order, give exactly the verdicts of one run over the whole corpus.

use std::collections::HashMap;

use crate::minhash::{mix64, similarity, MinHashConfig, Signature};
use crate::CurateError;

/// Candidates verified per document at most (the earliest ones), so that a very large cluster costs a
/// bounded time per document.
const MAX_CANDIDATES: usize = 256;

/// The verdict on one document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Verdict {
    /// The first of its cluster (or alone): kept.
    Kept,
    /// A duplicate of the earlier document `of` (its number in input order, 0-based), the root of its
    /// cluster.
    Duplicate {
        /// The kept document of the cluster.
        of: usize,
        /// Estimated Jaccard similarity with that document (1 for an exact duplicate).
        similarity: f64,
        /// The normalized text equals the kept document's.
        exact: bool,
    },
}

/// Finds near-duplicates among documents pushed in input order. Memory: one signature and one bucket
/// entry per band for each document.
#[derive(Debug, Clone)]
pub struct Deduplicator {
    bands: usize,
    rows: usize,
    threshold: f64,
    hashes: usize,
    /// Signatures of every document so far, one after another.
    signatures: Vec<u32>,
    /// The root (kept document) of each document's cluster.
    roots: Vec<u32>,
    /// Exact text hash → the first document with it.
    exact: HashMap<u64, u32>,
    /// Band key → the last entry (document × bands + band) with it.
    buckets: HashMap<u64, u32>,
    /// For each entry, the previous entry with the same band key (`u32::MAX`: none).
    chain: Vec<u32>,
}

impl Deduplicator {
    /// An empty index for signatures made with `config`.
    pub fn new(config: &MinHashConfig) -> Self {
        Deduplicator {
            bands: config.bands,
            rows: config.rows,
            threshold: config.threshold,
            hashes: config.hashes(),
            signatures: Vec::new(),
            roots: Vec::new(),
            exact: HashMap::new(),
            buckets: HashMap::new(),
            chain: Vec::new(),
        }
    }

    /// Documents pushed so far.
    pub fn len(&self) -> usize {
        self.roots.len()
    }

    /// No document pushed yet.
    pub fn is_empty(&self) -> bool {
        self.roots.is_empty()
    }

    fn signature_of(&self, doc: usize) -> &[u32] {
        &self.signatures[doc * self.hashes..(doc + 1) * self.hashes]
    }

    /// The key of band `band` of `signature`.
    fn band_key(&self, band: usize, signature: &[u32]) -> u64 {
        let rows = &signature[band * self.rows..(band + 1) * self.rows];
        rows.iter().fold(mix64(band as u64 + 1), |h, &v| {
            mix64(h ^ u64::from(v).wrapping_mul(0x9e37_79b9_7f4a_7c15))
        })
    }

    /// Judges the next document from its signature and the hash of its normalized text, and adds it to
    /// the index. A signature of another length than the configuration's is an error.
    pub fn push(&mut self, signature: &Signature, text_hash: u64) -> Result<Verdict, CurateError> {
        let sig = &signature.0;
        if sig.len() != self.hashes {
            return Err(CurateError::SignatureLength {
                got: sig.len(),
                want: self.hashes,
            });
        }
        let doc = self.roots.len();
        if doc >= u32::MAX as usize / self.bands.max(1) - 1 {
            return Err(CurateError::IndexFull);
        }
        let doc32 = doc as u32;
        // Exact duplicates: same text hash and the same signature.
        if let Some(&first) = self.exact.get(&text_hash) {
            let first = first as usize;
            if self.signature_of(first) == sig.as_slice() {
                let root = self.roots[first] as usize;
                let similarity = similarity(self.signature_of(root), sig);
                self.signatures.extend_from_slice(sig);
                self.roots.push(root as u32);
                // Its bands are the first's: adding them would only lengthen the chains.
                self.chain.extend(std::iter::repeat_n(u32::MAX, self.bands));
                return Ok(Verdict::Duplicate {
                    of: root,
                    similarity: if root == first { 1.0 } else { similarity },
                    exact: root == first,
                });
            }
        } else {
            self.exact.insert(text_hash, doc32);
        }
        let keys: Vec<u64> = (0..self.bands).map(|b| self.band_key(b, sig)).collect();
        let mut candidates: Vec<u32> = Vec::new();
        for &key in &keys {
            let mut entry = self.buckets.get(&key).copied().unwrap_or(u32::MAX);
            while entry != u32::MAX {
                candidates.push(entry / self.bands as u32);
                entry = self.chain[entry as usize];
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut best: Option<usize> = None;
        for &candidate in candidates.iter().take(MAX_CANDIDATES) {
            let candidate = candidate as usize;
            let root = self.roots[candidate] as usize;
            if best.is_some_and(|b| b <= root) {
                continue;
            }
            if similarity(self.signature_of(candidate), sig) >= self.threshold {
                best = Some(root);
            }
        }
        self.signatures.extend_from_slice(sig);
        self.roots.push(best.map_or(doc32, |r| r as u32));
        for (band, key) in keys.into_iter().enumerate() {
            let entry = doc32 * self.bands as u32 + band as u32;
            let previous = self.buckets.insert(key, entry).unwrap_or(u32::MAX);
            self.chain.push(previous);
        }
        Ok(match best {
            None => Verdict::Kept,
            Some(root) => Verdict::Duplicate {
                of: root,
                similarity: similarity(self.signature_of(root), sig),
                exact: false,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::minhash::MinHasher;

    fn signature(hasher: &MinHasher, text: &str) -> Signature {
        hasher.signature(text.split_whitespace()).unwrap()
    }

    fn text(seed: usize, len: usize) -> String {
        (0..len)
            .map(|i| format!("w{}", (i * 7919 + seed * 104_729) % 100_003))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn clusters_keep_the_first_document() {
        let config = MinHashConfig::default();
        let hasher = MinHasher::new(&config);
        let a = text(1, 300);
        let mut near_a: Vec<&str> = a.split(' ').collect();
        near_a[150] = "changed";
        let near_a = near_a.join(" ");
        let b = text(2, 300);
        let docs = [a.clone(), b, near_a, a.clone()];
        let mut dedup = Deduplicator::new(&config);
        let verdicts: Vec<Verdict> = docs
            .iter()
            .map(|d| {
                dedup
                    .push(&signature(&hasher, d), crate::stable_hash(d.as_bytes()))
                    .unwrap()
            })
            .collect();
        assert_eq!(verdicts[0], Verdict::Kept);
        assert_eq!(verdicts[1], Verdict::Kept);
        match verdicts[2] {
            Verdict::Duplicate {
                of: 0,
                similarity,
                exact: false,
            } => assert!(similarity > 0.9, "{similarity}"),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            verdicts[3],
            Verdict::Duplicate {
                of: 0,
                similarity: 1.0,
                exact: true
            }
        );
        assert_eq!(dedup.len(), 4);
    }

    #[test]
    fn a_duplicate_of_a_duplicate_joins_the_first_cluster() {
        let config = MinHashConfig::default();
        let hasher = MinHasher::new(&config);
        let a = text(3, 400);
        let mut words: Vec<String> = a.split(' ').map(str::to_string).collect();
        words[100] = "x1".into();
        let b = words.join(" ");
        words[300] = "x2".into();
        let c = words.join(" ");
        let mut dedup = Deduplicator::new(&config);
        for (d, expected) in [(&a, None), (&b, Some(0)), (&c, Some(0))] {
            let v = dedup
                .push(&signature(&hasher, d), crate::stable_hash(d.as_bytes()))
                .unwrap();
            match (v, expected) {
                (Verdict::Kept, None) => {}
                (Verdict::Duplicate { of, .. }, Some(e)) => assert_eq!(of, e),
                other => panic!("{other:?}"),
            }
        }
        let wrong = Signature(vec![0; 3]);
        assert!(matches!(
            dedup.push(&wrong, 0),
            Err(CurateError::SignatureLength { .. })
        ));
    }
}
