//! Arabic word frequencies and stems, for clitic segmentation and for repairing words split by PDF
//! extraction.
//!
//! The list (`data/arabic-words.tsv.gz`, built by `data/build_arabic_words.py`) joins wordfreq's Arabic
//! frequencies (CC BY-SA 4.0), in centibels, with the noun, verb and tool stems of hunspell-ar 3.2
//! (Ayaspell; GPL 2.0 / LGPL 2.1 / MPL 1.1). It is loaded once per process, on first use.
#![deny(missing_docs)]

use std::io::Read;
use std::sync::OnceLock;

use foldhash::HashMap;
use tanqih_core::letters::fold_alef;

/// Frequency in centibels of a word that is not in the list (a frequency of 1e-9).
pub const UNKNOWN_CB: i32 = 900;

/// What the list knows of one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Word frequency in centibels below 1 (0 is the most frequent; 100 cB is a factor of 10).
    pub cb: i32,
    /// A hunspell-ar stem: a word of its own.
    pub stem: bool,
}

/// The word list: exact forms, and forms with أ إ آ ٱ folded to ا for text that was normalized.
pub struct Lexicon {
    exact: HashMap<Box<str>, Entry>,
    folded: HashMap<Box<str>, Entry>,
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();
static WORDS_GZ: &[u8] = include_bytes!("../data/arabic-words.tsv.gz");

impl Lexicon {
    /// The bundled list (decompressed and indexed on first use).
    pub fn get() -> &'static Lexicon {
        LEXICON.get_or_init(|| {
            let mut tsv = String::new();
            flate2::read::GzDecoder::new(WORDS_GZ)
                .read_to_string(&mut tsv)
                .expect("the bundled word list is valid gzip and UTF-8");
            let mut exact = HashMap::default();
            let mut folded: HashMap<Box<str>, Entry> = HashMap::default();
            for line in tsv.lines() {
                let mut fields = line.split('\t');
                let (Some(word), Some(cb), Some(stem)) =
                    (fields.next(), fields.next(), fields.next())
                else {
                    continue;
                };
                let entry = Entry {
                    cb: cb.parse().unwrap_or(UNKNOWN_CB),
                    stem: stem == "1",
                };
                if let Some(key) = fold_alef(word) {
                    let slot = folded.entry(key.into()).or_insert(Entry {
                        cb: UNKNOWN_CB,
                        stem: false,
                    });
                    slot.cb = slot.cb.min(entry.cb);
                    slot.stem |= entry.stem;
                }
                exact.insert(word.into(), entry);
            }
            Lexicon { exact, folded }
        })
    }

    /// The entry of `word`; a spelling without hamza also takes the stem mark of its hamza spellings.
    pub fn entry(&self, word: &str) -> Option<Entry> {
        match (self.exact.get(word), self.folded.get(word)) {
            (Some(exact), Some(folded)) => Some(Entry {
                cb: exact.cb,
                stem: exact.stem || folded.stem,
            }),
            (exact, folded) => exact.or(folded).copied(),
        }
    }

    /// The frequency of `word` in centibels ([`UNKNOWN_CB`] when unknown).
    pub fn cb(&self, word: &str) -> i32 {
        self.entry(word).map_or(UNKNOWN_CB, |e| e.cb)
    }

    /// Whether `word`, or `word` without the article ال, is a stem of the lexicon.
    pub fn is_stem(&self, word: &str) -> bool {
        self.entry(word).is_some_and(|e| e.stem)
            || word
                .strip_prefix("ال")
                .is_some_and(|rest| self.entry(rest).is_some_and(|e| e.stem))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequent_words_stems_and_folded_spellings() {
        let lex = Lexicon::get();
        assert!(lex.cb("في") < 200 && lex.cb("سوريا") < lex.cb("سور"));
        assert!(lex.is_stem("ولاية") && lex.is_stem("الكتاب"));
        assert_eq!(lex.cb("xyz"), UNKNOWN_CB);
        // Normalized text (no hamza) finds the hamza spellings.
        assert!(lex.cb("اضافة") < UNKNOWN_CB && lex.is_stem("اضافة"));
    }
}
