//! Document × term matrices computed exactly as scikit-learn's `CountVectorizer`, `TfidfVectorizer` and
//! `HashingVectorizer` compute them from the same token lists.

use std::collections::HashMap;

use foldhash::fast::FixedState;
use serde::{Deserialize, Serialize};

use crate::Vocabulary;

/// A document-frequency bound: a document count, or a fraction of the documents (in TOML,
/// `{ count = 2 }` or `{ fraction = 0.9 }`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DfBound {
    /// At least / at most this many documents.
    Count(u64),
    /// At least / at most this fraction of the documents.
    Fraction(f64),
}

impl DfBound {
    fn documents(self, n_docs: u64) -> f64 {
        match self {
            DfBound::Count(c) => c as f64,
            DfBound::Fraction(f) => f * n_docs as f64,
        }
    }
}

/// Row normalization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Norm {
    /// Rows scaled to unit Euclidean length.
    L2,
    /// Rows scaled to unit sum of absolute values.
    L1,
    /// Rows left as they are.
    None,
}

/// Vectorizer settings; the defaults are scikit-learn's `TfidfVectorizer` defaults.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct VectorizerConfig {
    /// Smallest and largest word n-gram length.
    pub ngram_range: (usize, usize),
    /// Terms in fewer documents are dropped.
    pub min_df: DfBound,
    /// Terms in more documents are dropped.
    pub max_df: DfBound,
    /// Keep only this many terms, the most frequent over the corpus.
    pub max_features: Option<usize>,
    /// Add one to document frequencies, as if one document held every term.
    pub smooth_idf: bool,
    /// Use `1 + ln(tf)` instead of `tf`.
    pub sublinear_tf: bool,
    /// Row normalization.
    pub norm: Norm,
    /// Multiply by idf (`false` gives raw counts).
    pub use_idf: bool,
}

impl Default for VectorizerConfig {
    fn default() -> Self {
        VectorizerConfig {
            ngram_range: (1, 1),
            min_df: DfBound::Count(1),
            max_df: DfBound::Fraction(1.0),
            max_features: None,
            smooth_idf: true,
            sublinear_tf: false,
            norm: Norm::L2,
            use_idf: true,
        }
    }
}

/// The terms of a token list: every n-gram in `range`, words joined by a space (scikit-learn's order).
pub fn ngrams(tokens: &[&str], (min_n, max_n): (usize, usize)) -> Vec<String> {
    let mut out = Vec::new();
    for n in min_n.max(1)..=max_n {
        if n == 1 {
            out.extend(tokens.iter().map(|t| t.to_string()));
            continue;
        }
        out.extend(tokens.windows(n).map(|w| w.join(" ")));
    }
    out
}

/// The distinct terms of a token list with how often each occurs, in order of first occurrence: the word
/// n-grams of [`ngrams`], then the character n-grams of [`char_wb_ngrams`] of every token when `chars`
/// gives their range. The same counts as counting [`ngrams`]' output, with one allocation per distinct
/// term rather than one per occurrence.
pub fn term_counts(
    tokens: &[&str],
    (min_n, max_n): (usize, usize),
    chars: Option<(usize, usize)>,
) -> Vec<(String, u64)> {
    // Room for every word n-gram distinct: the table never grows while counting them.
    let word_grams = tokens.len() * (max_n + 1).saturating_sub(min_n.max(1));
    let mut counter = TermCounter::with_capacity(word_grams);
    let mut joined = String::new();
    for n in min_n.max(1)..=max_n {
        if n == 1 {
            tokens.iter().for_each(|t| counter.add(t));
            continue;
        }
        for w in tokens.windows(n) {
            joined.clear();
            for (i, t) in w.iter().enumerate() {
                if i > 0 {
                    joined.push(' ');
                }
                joined.push_str(t);
            }
            counter.add(&joined);
        }
    }
    if let Some(range) = chars {
        let mut grams = Vec::new();
        for word in tokens {
            grams.clear();
            char_wb_ngrams(word, range, &mut grams);
            grams.iter().for_each(|g| counter.add(g));
        }
    }
    counter.into_counts()
}

/// Counts terms in order of first occurrence.
struct TermCounter {
    slots: hashbrown::HashMap<String, usize, FixedState>,
    counts: Vec<u64>,
}

impl TermCounter {
    /// A counter with room for `terms` distinct terms.
    fn with_capacity(terms: usize) -> TermCounter {
        TermCounter {
            slots: hashbrown::HashMap::with_capacity_and_hasher(terms, FixedState::default()),
            counts: Vec::with_capacity(terms),
        }
    }

    /// Counts `term` once more: one hash and one probe, a `String` made only for a new term.
    fn add(&mut self, term: &str) {
        match self.slots.entry_ref(term) {
            hashbrown::hash_map::EntryRef::Occupied(slot) => self.counts[*slot.get()] += 1,
            hashbrown::hash_map::EntryRef::Vacant(slot) => {
                slot.insert(self.counts.len());
                self.counts.push(1);
            }
        }
    }

    fn into_counts(self) -> Vec<(String, u64)> {
        let mut out: Vec<(String, u64)> = vec![(String::new(), 0); self.counts.len()];
        for (term, slot) in self.slots {
            out[slot] = (term, self.counts[slot]);
        }
        out
    }
}

/// Character n-grams of one word padded with a space on each side, as scikit-learn's `char_wb` analyzer
/// makes them (a padded word shorter than `n` gives itself once).
pub fn char_wb_ngrams(word: &str, (min_n, max_n): (usize, usize), out: &mut Vec<String>) {
    let padded: Vec<char> = std::iter::once(' ')
        .chain(word.chars())
        .chain(std::iter::once(' '))
        .collect();
    for n in min_n.max(1)..=max_n {
        let mut offset = 0;
        out.push(
            padded[offset..(offset + n).min(padded.len())]
                .iter()
                .collect(),
        );
        while offset + n < padded.len() {
            offset += 1;
            out.push(padded[offset..offset + n].iter().collect());
        }
        if offset == 0 {
            // The whole padded word was one n-gram: longer ones would repeat it.
            break;
        }
    }
}

/// Bundled Arabic stop words (particles, prepositions, pronouns, demonstratives, relatives), as written.
pub fn arabic_stop_words() -> impl Iterator<Item = &'static str> {
    include_str!("../data/stopwords-ar.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A sparse matrix in CSR form with sorted column indices per row.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CsrMatrix {
    /// Rows and columns.
    pub shape: (usize, usize),
    /// Row `i` holds entries `indptr[i]..indptr[i + 1]`.
    pub indptr: Vec<u64>,
    /// Column of each entry.
    pub indices: Vec<u32>,
    /// Value of each entry.
    pub data: Vec<f64>,
}

impl CsrMatrix {
    /// An empty matrix with `columns` columns.
    pub fn new(columns: usize) -> Self {
        CsrMatrix {
            shape: (0, columns),
            indptr: vec![0],
            indices: Vec::new(),
            data: Vec::new(),
        }
    }

    /// Appends a row given as (column, value) pairs in column order.
    pub fn push_row(&mut self, row: &[(u32, f64)]) {
        for &(c, v) in row {
            self.indices.push(c);
            self.data.push(v);
        }
        self.indptr.push(self.indices.len() as u64);
        self.shape.0 += 1;
    }
}

fn normalize_row(row: &mut [(u32, f64)], norm: Norm) {
    let total = match norm {
        Norm::None => return,
        Norm::L2 => row.iter().map(|(_, v)| v * v).sum::<f64>().sqrt(),
        Norm::L1 => row.iter().map(|(_, v)| v.abs()).sum::<f64>(),
    };
    if total > 0.0 {
        row.iter_mut().for_each(|(_, v)| *v /= total);
    }
}

/// Sorts columns and sums repeated ones into (column, count) pairs.
fn count_columns(mut columns: Vec<u32>) -> Vec<(u32, f64)> {
    columns.sort_unstable();
    let mut row: Vec<(u32, f64)> = Vec::new();
    for c in columns {
        match row.last_mut() {
            Some((last, v)) if *last == c => *v += 1.0,
            _ => row.push((c, 1.0)),
        }
    }
    row
}

/// A fitted tf-idf (or count) model: the kept terms in column order and their idf.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "ModelData")]
pub struct TfidfModel {
    /// The configuration it was fitted with.
    pub config: VectorizerConfig,
    /// Terms in column order (code point order).
    pub terms: Vec<String>,
    /// Inverse document frequency of each term (all 1 when `use_idf` is off).
    pub idf: Vec<f64>,
    /// Term → column.
    #[serde(skip)]
    index: HashMap<String, u32, FixedState>,
}

/// The serialized fields of a model; the index is rebuilt on load.
#[derive(Deserialize)]
struct ModelData {
    config: VectorizerConfig,
    terms: Vec<String>,
    idf: Vec<f64>,
}

impl From<ModelData> for TfidfModel {
    fn from(d: ModelData) -> Self {
        TfidfModel::new(d.config, d.terms, d.idf)
    }
}

impl TfidfModel {
    /// Fits the model on document frequencies gathered over `vocabulary.documents()` documents (the
    /// vocabulary must have been counted on the n-grams of `config.ngram_range`).
    pub fn fit(vocabulary: &Vocabulary, config: &VectorizerConfig) -> Self {
        let n = vocabulary.documents();
        let (lo, hi) = (config.min_df.documents(n), config.max_df.documents(n));
        let mut kept: Vec<(&str, u64, u64)> = vocabulary
            .iter()
            .filter(|(_, c)| c.df as f64 >= lo && c.df as f64 <= hi)
            .map(|(t, c)| (t, c.df, c.tf))
            .collect();
        if let Some(limit) = config.max_features {
            if kept.len() > limit {
                // The most frequent terms; ties keep column order (a stable sort, as scikit-learn).
                let mut order: Vec<usize> = (0..kept.len()).collect();
                order.sort_by(|&a, &b| kept[b].2.cmp(&kept[a].2));
                let mut keep: Vec<usize> = order[..limit].to_vec();
                keep.sort_unstable();
                kept = keep.into_iter().map(|i| kept[i]).collect();
            }
        }
        let idf = kept
            .iter()
            .map(|&(_, df, _)| {
                if !config.use_idf {
                    1.0
                } else if config.smooth_idf {
                    ((1.0 + n as f64) / (1.0 + df as f64)).ln() + 1.0
                } else {
                    (n as f64 / df as f64).ln() + 1.0
                }
            })
            .collect();
        TfidfModel::new(
            config.clone(),
            kept.iter().map(|k| k.0.to_string()).collect(),
            idf,
        )
    }

    fn new(config: VectorizerConfig, terms: Vec<String>, idf: Vec<f64>) -> Self {
        let index = terms
            .iter()
            .enumerate()
            .map(|(i, t)| (t.clone(), i as u32))
            .collect();
        TfidfModel {
            config,
            terms,
            idf,
            index,
        }
    }

    /// The column of a term, if the model kept it.
    pub fn column(&self, term: &str) -> Option<u32> {
        self.index.get(term).copied()
    }

    /// The row of one document's terms: (column, weight) pairs in column order.
    pub fn transform(&self, terms: &[String]) -> Vec<(u32, f64)> {
        self.transform_columns(terms.iter().filter_map(|t| self.column(t)).collect())
    }

    /// The row of one document given the columns of its terms (one entry per occurrence, any order).
    pub fn transform_columns(&self, columns: Vec<u32>) -> Vec<(u32, f64)> {
        self.transform_counts(count_columns(columns))
    }

    /// The row of one document given `(column, count)` pairs, columns distinct and increasing.
    pub fn transform_counts(&self, mut row: Vec<(u32, f64)>) -> Vec<(u32, f64)> {
        for (col, v) in row.iter_mut() {
            let tf = if self.config.sublinear_tf {
                v.ln() + 1.0
            } else {
                *v
            };
            *v = tf * self.idf[*col as usize];
        }
        normalize_row(&mut row, self.config.norm);
        row
    }
}

/// MurmurHash3 x86_32 of `data` with `seed`.
pub fn murmur3_32(data: &[u8], seed: u32) -> u32 {
    const C1: u32 = 0xcc9e_2d51;
    const C2: u32 = 0x1b87_3593;
    let mut h = seed;
    let mut blocks = data.chunks_exact(4);
    for block in &mut blocks {
        let mut k = u32::from_le_bytes(block.try_into().expect("four bytes"));
        k = k.wrapping_mul(C1).rotate_left(15).wrapping_mul(C2);
        h ^= k;
        h = h.rotate_left(13).wrapping_mul(5).wrapping_add(0xe654_6b64);
    }
    let tail = blocks.remainder();
    if !tail.is_empty() {
        let mut k = 0u32;
        for (i, &b) in tail.iter().enumerate() {
            k |= (b as u32) << (8 * i);
        }
        h ^= k.wrapping_mul(C1).rotate_left(15).wrapping_mul(C2);
    }
    h ^= data.len() as u32;
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

/// Settings of the hashing trick; the defaults are scikit-learn's `HashingVectorizer` defaults.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HashingConfig {
    /// Number of columns.
    pub n_features: u32,
    /// Sign each term by its hash, so that collisions tend to cancel.
    pub alternate_sign: bool,
    /// Row normalization.
    pub norm: Norm,
}

impl Default for HashingConfig {
    fn default() -> Self {
        HashingConfig {
            n_features: 1 << 20,
            alternate_sign: true,
            norm: Norm::L2,
        }
    }
}

impl HashingConfig {
    /// The hashed row of one document's terms (MurmurHash3 x86_32, seed 0, over UTF-8 bytes).
    pub fn transform(&self, terms: &[String]) -> Vec<(u32, f64)> {
        let n = self.n_features as i64;
        let mut signed: Vec<(u32, f64)> = terms
            .iter()
            .map(|term| {
                let h = murmur3_32(term.as_bytes(), 0) as i32;
                let col = if h == i32::MIN {
                    (i32::MAX as i64 - (n - 1)) % n
                } else {
                    (h as i64).abs() % n
                };
                (
                    col as u32,
                    if self.alternate_sign && h < 0 {
                        -1.0
                    } else {
                        1.0
                    },
                )
            })
            .collect();
        signed.sort_by_key(|&(c, _)| c);
        let mut row: Vec<(u32, f64)> = Vec::new();
        for (c, v) in signed {
            match row.last_mut() {
                Some((last, sum)) if *last == c => *sum += v,
                _ => row.push((c, v)),
            }
        }
        normalize_row(&mut row, self.norm);
        row
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn term_counts_count_what_ngrams_make_in_first_occurrence_order() {
        let tokens = ["في", "البيت", "في", "البيت", "كتاب", "في"];
        for (range, chars) in [((1, 1), None), ((1, 3), None), ((2, 2), Some((2, 3)))] {
            let mut made = ngrams(&tokens, range);
            if let Some(chars) = chars {
                tokens
                    .iter()
                    .for_each(|w| char_wb_ngrams(w, chars, &mut made));
            }
            let mut expected: Vec<(String, u64)> = Vec::new();
            for term in made {
                match expected.iter_mut().find(|(t, _)| *t == term) {
                    Some((_, n)) => *n += 1,
                    None => expected.push((term, 1)),
                }
            }
            assert_eq!(
                term_counts(&tokens, range, chars),
                expected,
                "{range:?} {chars:?}"
            );
        }
        assert!(term_counts(&[], (1, 2), None).is_empty());
    }

    #[test]
    fn char_wb_ngrams_pad_words_like_scikit_learn() {
        let mut out = Vec::new();
        char_wb_ngrams("ab", (2, 3), &mut out);
        assert_eq!(out, [" a", "ab", "b ", " ab", "ab "]);
        out.clear();
        char_wb_ngrams("a", (3, 5), &mut out);
        assert_eq!(out, [" a "]);
    }

    #[test]
    fn pruning_by_document_fraction_and_max_features() {
        let docs: [&[&str]; 4] = [
            &["a", "b", "c", "c"],
            &["a", "b"],
            &["a", "d"],
            &["a", "e", "e", "e"],
        ];
        let mut v = Vocabulary::new();
        docs.iter().for_each(|d| v.add_document(d.iter().copied()));
        let config = VectorizerConfig {
            max_df: DfBound::Fraction(0.5),
            ..VectorizerConfig::default()
        };
        // "a" is in all four documents (more than half): dropped.
        assert_eq!(TfidfModel::fit(&v, &config).terms, ["b", "c", "d", "e"]);
        let config = VectorizerConfig {
            min_df: DfBound::Fraction(0.5),
            ..VectorizerConfig::default()
        };
        assert_eq!(TfidfModel::fit(&v, &config).terms, ["a", "b"]);
        // Most frequent over the corpus: a (4), e (3), then b and c tie at 2 and column order decides.
        let config = VectorizerConfig {
            max_features: Some(3),
            ..VectorizerConfig::default()
        };
        assert_eq!(TfidfModel::fit(&v, &config).terms, ["a", "b", "e"]);
    }

    #[test]
    fn bundled_stop_words_hold_common_particles() {
        let words: Vec<&str> = arabic_stop_words().collect();
        assert!(words.contains(&"في") && words.contains(&"الذي") && words.len() > 100);
        assert!(words.iter().all(|w| !w.contains(' ')));
    }
}
