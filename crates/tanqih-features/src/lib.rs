//! Features for tanqih: a vocabulary of terms with document and term frequencies, mergeable across
//! shards, written in the column order that scikit-learn uses (terms sorted by code point).
#![deny(missing_docs)]

mod export;
mod spill;
mod vectorize;

use std::collections::HashMap;
use std::io::{self, Write};

use foldhash::fast::FixedState;

use serde::{Deserialize, Serialize};
pub use tanqih_core::TsvError;

pub use export::{
    write_features, write_npz, write_npz_rows, FeaturesError, FeaturesFile, RowSource, RowVisitor,
    FEATURES_MAGIC, FEATURES_VERSION,
};
pub use spill::{SpilledCounts, SpilledRows, TermSpill};
pub use vectorize::{
    arabic_stop_words, char_wb_ngrams, murmur3_32, ngrams, term_counts, CsrMatrix, DfBound,
    HashingConfig, Norm, TfidfModel, VectorizerConfig,
};

/// Counts of one term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TermCounts {
    /// Number of documents the term occurs in.
    pub df: u64,
    /// Number of occurrences over all documents.
    pub tf: u64,
}

/// Term → counts. Counting uses a hash map; everything that leaves the vocabulary (iteration, files,
/// serialization) is ordered by term, in code point order as scikit-learn orders its vocabulary.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    terms: HashMap<String, Entry, FixedState>,
    documents: u64,
}

/// Counts of a term and the last document (1-based) that counted it towards `df`.
#[derive(Debug, Clone, Copy, Default)]
struct Entry {
    counts: TermCounts,
    last_document: u64,
}

impl PartialEq for Vocabulary {
    fn eq(&self, other: &Self) -> bool {
        self.documents == other.documents && self.sorted() == other.sorted()
    }
}

/// How a vocabulary is serialized: sorted, so that the bytes are deterministic.
#[derive(Serialize, Deserialize)]
struct SortedVocabulary {
    terms: Vec<(String, TermCounts)>,
    documents: u64,
}

impl Serialize for Vocabulary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let terms = self
            .sorted()
            .into_iter()
            .map(|(t, c)| (t.to_string(), c))
            .collect();
        SortedVocabulary {
            terms,
            documents: self.documents,
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Vocabulary {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let sorted = SortedVocabulary::deserialize(deserializer)?;
        let terms = sorted
            .terms
            .into_iter()
            .map(|(t, counts)| {
                (
                    t,
                    Entry {
                        counts,
                        last_document: 0,
                    },
                )
            })
            .collect();
        Ok(Vocabulary {
            terms,
            documents: sorted.documents,
        })
    }
}

impl Vocabulary {
    /// An empty vocabulary.
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts the terms of one document.
    pub fn add_document<'a>(&mut self, terms: impl IntoIterator<Item = &'a str>) {
        self.documents += 1;
        let document = self.documents;
        for term in terms {
            let entry = match self.terms.get_mut(term) {
                Some(e) => e,
                None => self.terms.entry(term.to_string()).or_default(),
            };
            entry.counts.tf += 1;
            if entry.last_document != document {
                entry.last_document = document;
                entry.counts.df += 1;
            }
        }
    }

    /// Counts one document given as its distinct terms, each with how often it occurs (what
    /// [`Vocabulary::add_document`] counts from the terms one by one).
    pub fn add_document_counts<'a>(&mut self, counts: impl IntoIterator<Item = (&'a str, u64)>) {
        self.documents += 1;
        let document = self.documents;
        for (term, n) in counts {
            let entry = match self.terms.get_mut(term) {
                Some(e) => e,
                None => self.terms.entry(term.to_string()).or_default(),
            };
            entry.counts.tf += n;
            if entry.last_document != document {
                entry.last_document = document;
                entry.counts.df += 1;
            }
        }
    }

    /// The vocabulary of `documents` documents whose distinct terms were counted elsewhere: each term
    /// once, with its counts.
    pub fn from_counts(
        terms: impl IntoIterator<Item = (String, TermCounts)>,
        documents: u64,
    ) -> Self {
        let terms = terms
            .into_iter()
            .map(|(t, counts)| {
                let entry = Entry {
                    counts,
                    last_document: 0,
                };
                (t, entry)
            })
            .collect();
        Vocabulary { terms, documents }
    }

    /// Adds the counts of another vocabulary (another shard): the result is what one pass over both
    /// shards' documents gives.
    pub fn merge(&mut self, other: &Vocabulary) {
        for (term, e) in &other.terms {
            let mine = self.terms.entry(term.clone()).or_default();
            mine.counts.df += e.counts.df;
            mine.counts.tf += e.counts.tf;
            mine.last_document = 0;
        }
        self.documents += other.documents;
    }

    /// Number of documents counted.
    pub fn documents(&self) -> u64 {
        self.documents
    }

    /// Number of distinct terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// True when no term was counted.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The counts of a term.
    pub fn get(&self, term: &str) -> Option<TermCounts> {
        self.terms.get(term).map(|e| e.counts)
    }

    /// Terms and counts in column order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, TermCounts)> {
        self.sorted().into_iter()
    }

    fn sorted(&self) -> Vec<(&str, TermCounts)> {
        let mut all: Vec<(&str, TermCounts)> = self
            .terms
            .iter()
            .map(|(t, e)| (t.as_str(), e.counts))
            .collect();
        all.sort_unstable_by(|a, b| a.0.cmp(b.0));
        all
    }

    /// The counts of `terms` only (the columns a model kept), same document count.
    pub fn restricted_to(&self, terms: &[String]) -> Vocabulary {
        let terms = terms
            .iter()
            .filter_map(|t| {
                self.terms.get(t).map(|e| {
                    (
                        t.clone(),
                        Entry {
                            counts: e.counts,
                            last_document: 0,
                        },
                    )
                })
            })
            .collect();
        Vocabulary {
            terms,
            documents: self.documents,
        }
    }

    /// Writes `term<TAB>df<TAB>tf` lines after a header. Tabs and newlines inside terms (which the
    /// tokenizer never produces) are written as spaces.
    pub fn write_tsv(&self, mut out: impl Write) -> io::Result<()> {
        writeln!(out, "term\tdf\ttf")?;
        for (term, c) in self.iter() {
            let term = term.replace(['\t', '\n', '\r'], " ");
            writeln!(out, "{term}\t{}\t{}", c.df, c.tf)?;
        }
        Ok(())
    }

    /// Reads what [`Vocabulary::write_tsv`] wrote; `documents` is not in the file and is given.
    pub fn read_tsv(text: &str, documents: u64) -> Result<Self, TsvError> {
        let mut lines = text.lines().enumerate();
        match lines.next() {
            Some((_, "term\tdf\ttf")) => {}
            _ => {
                return Err(TsvError {
                    line: 1,
                    expected: "the header `term<TAB>df<TAB>tf`",
                })
            }
        }
        let mut terms = HashMap::default();
        for (i, line) in lines {
            let mut fields = line.rsplitn(3, '\t');
            let (tf, df, term) = (fields.next(), fields.next(), fields.next());
            let parse = |f: Option<&str>| f.and_then(|v| v.parse::<u64>().ok());
            match (term, parse(df), parse(tf)) {
                (Some(term), Some(df), Some(tf)) => {
                    terms.insert(
                        term.to_string(),
                        Entry {
                            counts: TermCounts { df, tf },
                            last_document: 0,
                        },
                    );
                }
                _ => {
                    return Err(TsvError {
                        line: i + 1,
                        expected: "term<TAB>df<TAB>tf",
                    })
                }
            }
        }
        Ok(Vocabulary { terms, documents })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_documents_and_occurrences() {
        let mut v = Vocabulary::new();
        v.add_document(["ب", "ا", "ب"]);
        v.add_document(["ب"]);
        assert_eq!(v.get("ب"), Some(TermCounts { df: 2, tf: 3 }));
        assert_eq!(v.get("ا"), Some(TermCounts { df: 1, tf: 1 }));
        assert_eq!(v.iter().map(|(t, _)| t).collect::<Vec<_>>(), ["ا", "ب"]);
        let mut counted = Vocabulary::new();
        counted.add_document_counts([("ا", 1), ("ب", 2)]);
        counted.add_document_counts([("ب", 1)]);
        assert_eq!(counted, v);
    }

    #[test]
    fn merged_shards_equal_one_pass_and_tsv_round_trips() {
        let docs: [&[&str]; 3] = [&["a", "b"], &["b", "c", "c"], &["a"]];
        let mut all = Vocabulary::new();
        docs.iter()
            .for_each(|d| all.add_document(d.iter().copied()));
        let (mut one, mut two) = (Vocabulary::new(), Vocabulary::new());
        one.add_document(docs[0].iter().copied());
        two.add_document(docs[1].iter().copied());
        two.add_document(docs[2].iter().copied());
        one.merge(&two);
        assert_eq!(one, all);
        let mut tsv = Vec::new();
        all.write_tsv(&mut tsv).unwrap();
        let text = String::from_utf8(tsv).unwrap();
        assert!(text.starts_with("term\tdf\ttf\na\t2\t2\n"));
        assert_eq!(Vocabulary::read_tsv(&text, 3).unwrap(), all);
        let err = Vocabulary::read_tsv("nope", 0).unwrap_err();
        assert_eq!(err.line, 1);
        assert!(
            err.to_string().starts_with("line 1: expected the header"),
            "{err}"
        );
        let err = Vocabulary::read_tsv("term\tdf\ttf\na\t1\n", 0).unwrap_err();
        assert_eq!((err.line, err.expected), (2, "term<TAB>df<TAB>tf"));
    }
}
