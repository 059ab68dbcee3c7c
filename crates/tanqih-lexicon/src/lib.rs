//! Arabic word frequencies and stems, for clitic segmentation and for repairing words split by PDF
//! extraction.
//!
//! The list (`data/arabic-words.tsv.gz`, built by `data/build_arabic_words.py`) joins wordfreq's Arabic
//! frequencies (CC BY-SA 4.0), in centibels, with the noun, verb and tool stems of hunspell-ar 3.2
//! (Ayaspell; GPL 2.0 / LGPL 2.1 / MPL 1.1). The build script indexes it into the binary.
#![deny(missing_docs)]

mod table;

use std::sync::OnceLock;

use table::Table;

pub use table::UNKNOWN_CB;

/// What the list knows of one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Word frequency in centibels below 1 (0 is the most frequent; 100 cB is a factor of 10).
    pub cb: i32,
    /// A hunspell-ar stem: a word of its own.
    pub stem: bool,
}

/// The word list: exact forms, and forms with أ إ آ ٱ folded to ا for text that was normalized.
///
/// Both are indexed when the crate is built and read in place, so the first lookup costs nothing more.
pub struct Lexicon {
    exact: Table,
    folded: Table,
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();
static EXACT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/exact.table"));
static FOLDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/folded.table"));

impl Lexicon {
    /// The bundled list.
    pub fn get() -> &'static Lexicon {
        LEXICON.get_or_init(|| Lexicon {
            exact: Table::new(EXACT),
            folded: Table::new(FOLDED),
        })
    }

    /// The entry of `word`; a spelling without hamza also takes the stem mark of its hamza spellings.
    pub fn entry(&self, word: &str) -> Option<Entry> {
        let entry = |(cb, stem)| Entry { cb, stem };
        match (self.exact.get(word), self.folded.get(word)) {
            (Some(exact), Some(folded)) => Some(Entry {
                cb: exact.0,
                stem: exact.1 || folded.1,
            }),
            (exact, folded) => exact.or(folded).map(entry),
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

    #[test]
    fn the_built_tables_hold_every_word_of_the_list() {
        use std::io::Read;
        let mut tsv = String::new();
        let gz = include_bytes!("../data/arabic-words.tsv.gz");
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_string(&mut tsv)
            .unwrap();
        let lex = Lexicon::get();
        let mut words = 0;
        for line in tsv.lines() {
            let fields: Vec<&str> = line.split('\t').collect();
            let cb: i32 = fields[1].parse().unwrap();
            assert_eq!(
                lex.exact.get(fields[0]),
                Some((cb, fields[2] == "1")),
                "{line}"
            );
            if let Some(folded) = tanqih_core::letters::fold_alef(fields[0]) {
                let (folded_cb, _) = lex.folded.get(&folded).expect("folded forms are indexed");
                assert!(folded_cb <= cb, "{line}");
            }
            words += 1;
        }
        assert!(words > 200_000);
        assert_eq!(lex.exact.get("كتابxyz"), None);
    }
}
