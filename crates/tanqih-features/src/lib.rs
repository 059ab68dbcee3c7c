//! Features for tanqih: a vocabulary of terms with document and term frequencies, mergeable across
//! shards, written in the column order that scikit-learn uses (terms sorted by code point).
#![deny(missing_docs)]

mod export;
mod vectorize;

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::{Deserialize, Serialize};

pub use export::{write_npz, FeaturesError, FeaturesFile, FEATURES_MAGIC, FEATURES_VERSION};
pub use vectorize::{
    murmur3_32, ngrams, CsrMatrix, DfBound, HashingConfig, Norm, TfidfModel, VectorizerConfig,
};

/// Counts of one term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TermCounts {
    /// Number of documents the term occurs in.
    pub df: u64,
    /// Number of occurrences over all documents.
    pub tf: u64,
}

/// Term → counts, ordered by term (code point order, as scikit-learn orders its vocabulary).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Vocabulary {
    terms: BTreeMap<String, TermCounts>,
    documents: u64,
}

impl Vocabulary {
    /// An empty vocabulary.
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts the terms of one document.
    pub fn add_document<'a>(&mut self, terms: impl IntoIterator<Item = &'a str>) {
        let mut local: BTreeMap<&str, u64> = BTreeMap::new();
        for term in terms {
            *local.entry(term).or_default() += 1;
        }
        for (term, n) in local {
            let counts = match self.terms.get_mut(term) {
                Some(c) => c,
                None => self.terms.entry(term.to_string()).or_default(),
            };
            counts.df += 1;
            counts.tf += n;
        }
        self.documents += 1;
    }

    /// Adds the counts of another vocabulary (another shard): the result is what one pass over both
    /// shards' documents gives.
    pub fn merge(&mut self, other: &Vocabulary) {
        for (term, c) in &other.terms {
            let mine = self.terms.entry(term.clone()).or_default();
            mine.df += c.df;
            mine.tf += c.tf;
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
        self.terms.get(term).copied()
    }

    /// Terms and counts in column order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, TermCounts)> {
        self.terms.iter().map(|(t, c)| (t.as_str(), *c))
    }

    /// The counts of `terms` only (the columns a model kept), same document count.
    pub fn restricted_to(&self, terms: &[String]) -> Vocabulary {
        let terms = terms
            .iter()
            .filter_map(|t| self.terms.get(t).map(|c| (t.clone(), *c)))
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
    pub fn read_tsv(text: &str, documents: u64) -> Result<Self, String> {
        let mut lines = text.lines().enumerate();
        match lines.next() {
            Some((_, "term\tdf\ttf")) => {}
            _ => return Err("line 1: expected the header `term\\tdf\\ttf`".into()),
        }
        let mut terms = BTreeMap::new();
        for (i, line) in lines {
            let mut fields = line.rsplitn(3, '\t');
            let (tf, df, term) = (fields.next(), fields.next(), fields.next());
            let parse = |f: Option<&str>| f.and_then(|v| v.parse::<u64>().ok());
            match (term, parse(df), parse(tf)) {
                (Some(term), Some(df), Some(tf)) => {
                    terms.insert(term.to_string(), TermCounts { df, tf });
                }
                _ => return Err(format!("line {}: expected term<TAB>df<TAB>tf", i + 1)),
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
        assert!(Vocabulary::read_tsv("nope", 0)
            .unwrap_err()
            .contains("line 1"));
    }
}
