//! Corpus-wide repeated lines, as C4 and CCNet find them: how many documents hold each line, in the
//! whole corpus and, for documents whose site is known, in their site (a site's menus and footers repeat
//! on its pages even when the corpus holds few of them).
//!
//! Lines are compared after folding (letter variants, marks, digits, case) with edge punctuation and inner
//! runs of spaces removed, and counted once per document by a 64-bit FNV-1a hash of that key, which is
//! stable across machines and versions so that count files of shards can be merged.

use std::collections::HashMap;
use std::io::{self, Write};

use foldhash::fast::FixedState;
use tanqih_core::TsvError;

use crate::fold::fold_line;

/// The comparison key of a line: folded (letter variants, marks, digits, case), edge punctuation and
/// symbols dropped, inner runs of spaces made one; `None` for lines with no letter or digit.
pub fn line_key(line: &str) -> Option<String> {
    let mut folded = String::with_capacity(line.len());
    let key = fold_line(line, &mut folded).key;
    (!key.is_empty()).then(|| folded[key].to_string())
}

/// 64-bit FNV-1a.
fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_from(0xcbf2_9ce4_8422_2325, bytes)
}

/// 64-bit FNV-1a going on from `state`.
fn fnv1a_from(state: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(state, |h, &b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

/// The state from which the keys of a site's lines are hashed: the site's name and a separator no line
/// key holds, so that site-scoped hashes and corpus-wide ones live apart in one table.
fn site_state(site: &str) -> u64 {
    fnv1a_from(fnv1a(site.as_bytes()), b"\x1f")
}

/// The hash under which a line is counted; `None` for lines with no letter or digit.
pub fn line_hash(line: &str) -> Option<u64> {
    hash_with(line, &mut String::with_capacity(line.len()))
}

/// [`line_hash`], folding into `buffer`.
fn hash_with(line: &str, buffer: &mut String) -> Option<u64> {
    buffer.clear();
    let key = fold_line(line, buffer).key;
    (!key.is_empty()).then(|| key_hash(&buffer[key]))
}

/// The hash of a line key (see [`line_key`]).
pub(crate) fn key_hash(key: &str) -> u64 {
    fnv1a(key.as_bytes())
}

/// Line hash → number of documents holding the line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LineCounts {
    /// Keyed by hashes already: a fast hasher is enough.
    counts: HashMap<u64, u64, FixedState>,
    documents: u64,
}

impl LineCounts {
    /// No counts.
    pub fn new() -> Self {
        Self::default()
    }

    /// The distinct line hashes of one document, sorted: corpus-wide, and scoped to `site` when it is
    /// known.
    pub fn document_hashes(text: &str, site: Option<&str>) -> Vec<u64> {
        // The lines as the stripper reads them, whose keys it looks up.
        let read = crate::view::as_read(text);
        let text = read.as_ref();
        let mut buffer = String::new();
        let state = site.map(site_state);
        let mut hashes = Vec::new();
        for line in crate::split_lines(text) {
            buffer.clear();
            let key = fold_line(line, &mut buffer).key;
            if key.is_empty() {
                continue;
            }
            let key = &buffer[key];
            hashes.push(key_hash(key));
            if let Some(state) = state {
                hashes.push(fnv1a_from(state, key.as_bytes()));
            }
        }
        hashes.sort_unstable();
        hashes.dedup();
        hashes
    }

    /// Counts one document's lines (each distinct line once), in its site too when `site` is given.
    pub fn add_document(&mut self, text: &str, site: Option<&str>) {
        self.add_hashes(Self::document_hashes(text, site));
    }

    /// Counts the distinct line hashes of one document (as [`LineCounts::document_hashes`] gives them).
    pub fn add_hashes(&mut self, hashes: Vec<u64>) {
        for h in hashes {
            *self.counts.entry(h).or_default() += 1;
        }
        self.documents += 1;
    }

    /// Adds another shard's counts.
    pub fn merge(&mut self, other: &LineCounts) {
        for (h, n) in &other.counts {
            *self.counts.entry(*h).or_default() += n;
        }
        self.documents += other.documents;
    }

    /// In how many documents `line` occurs.
    pub fn documents_with(&self, line: &str) -> u64 {
        line_key(line).map_or(0, |k| self.documents_with_key(&k))
    }

    /// In how many documents a line of this key occurs.
    pub(crate) fn documents_with_key(&self, key: &str) -> u64 {
        self.counts.get(&key_hash(key)).copied().unwrap_or(0)
    }

    /// In how many documents of `site` a line of this key occurs.
    pub(crate) fn site_documents_with_key(&self, key: &str, site: &str) -> u64 {
        let hash = fnv1a_from(site_state(site), key.as_bytes());
        self.counts.get(&hash).copied().unwrap_or(0)
    }

    /// In how many documents of `site` `line` occurs.
    pub fn site_documents_with(&self, line: &str, site: &str) -> u64 {
        line_key(line).map_or(0, |k| self.site_documents_with_key(&k, site))
    }

    /// Number of documents counted.
    pub fn documents(&self) -> u64 {
        self.documents
    }

    /// Writes a header line `documents<TAB>N`, then `hash<TAB>count` lines (hash in hex) in hash order.
    pub fn write_tsv(&self, mut out: impl Write) -> io::Result<()> {
        writeln!(out, "documents\t{}", self.documents)?;
        let mut all: Vec<(&u64, &u64)> = self.counts.iter().collect();
        all.sort_unstable();
        for (h, n) in all {
            writeln!(out, "{h:016x}\t{n}")?;
        }
        Ok(())
    }

    /// Reads what [`LineCounts::write_tsv`] wrote; errors name the line.
    pub fn read_tsv(text: &str) -> Result<Self, TsvError> {
        let mut lines = text.lines();
        let documents = lines
            .next()
            .and_then(|l| l.strip_prefix("documents\t"))
            .and_then(|n| n.parse().ok())
            .ok_or(TsvError {
                line: 1,
                expected: "`documents<TAB>N`",
            })?;
        let mut counts = HashMap::default();
        for (i, line) in lines.enumerate() {
            let parsed = line.split_once('\t').and_then(|(h, n)| {
                Some((u64::from_str_radix(h, 16).ok()?, n.parse::<u64>().ok()?))
            });
            let (h, n) = parsed.ok_or(TsvError {
                line: i + 2,
                expected: "hash<TAB>count",
            })?;
            counts.insert(h, n);
        }
        Ok(LineCounts { counts, documents })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_count_once_per_document_and_fold_variants() {
        let mut all = LineCounts::new();
        all.add_document("اشترك في النشرة\nاشترك في النشرة\nنص", None);
        all.add_document("  إشترك في النشرة!\nنص آخر", None);
        assert_eq!(all.documents_with("اشترك في النشرة"), 2);
        assert_eq!(all.documents_with("نص"), 1);
        assert_eq!(all.documents_with("---"), 0);
        let (mut a, mut b) = (LineCounts::new(), LineCounts::new());
        a.add_document("اشترك في النشرة\nاشترك في النشرة\nنص", None);
        b.add_document("  إشترك في النشرة!\nنص آخر", None);
        a.merge(&b);
        assert_eq!(a, all);
        let mut tsv = Vec::new();
        all.write_tsv(&mut tsv).unwrap();
        assert_eq!(
            LineCounts::read_tsv(std::str::from_utf8(&tsv).unwrap()).unwrap(),
            all
        );
        let err = LineCounts::read_tsv("documents\t2\nzz\t1").unwrap_err();
        assert_eq!((err.line, err.expected), (2, "hash<TAB>count"));
        assert_eq!(LineCounts::read_tsv("docs 2").unwrap_err().line, 1);
    }

    #[test]
    fn lines_count_per_site_apart_from_the_corpus() {
        let mut counts = LineCounts::new();
        counts.add_document("Home | News\nA story", Some("example.com"));
        counts.add_document("Home | News\nAnother story", Some("example.com"));
        counts.add_document("Home | News\nA third story", Some("other.org"));
        counts.add_document("Home | News", None);
        assert_eq!(counts.documents_with("Home | News"), 4);
        assert_eq!(counts.site_documents_with("home | news!", "example.com"), 2);
        assert_eq!(counts.site_documents_with("Home | News", "other.org"), 1);
        assert_eq!(counts.site_documents_with("A story", "other.org"), 0);
        // Site-scoped counts merge as the corpus-wide ones do.
        let mut tsv = Vec::new();
        counts.write_tsv(&mut tsv).unwrap();
        let read = LineCounts::read_tsv(std::str::from_utf8(&tsv).unwrap()).unwrap();
        assert_eq!(read.site_documents_with("Home | News", "example.com"), 2);
    }
}
