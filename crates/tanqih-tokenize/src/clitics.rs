//! Clitic segmentation of Arabic words, as the Penn Arabic Treebank (ATB) segments them: conjunctions
//! و ف, prepositions ب ل ك, the future particle س and pronoun suffixes split off; the article ال stays
//! attached (`atb`) or is split too (`d3`).
//!
//! Every candidate segmentation of a word is scored with word frequencies (centibels, from wordfreq's
//! Arabic list) and a lexicon of stems (hunspell-ar), and the cheapest wins: a clitic is split off when the
//! stem it leaves is a frequent word and the whole is not itself a more likely word. Segments are always
//! substrings of the word (للسلطة → ل + لسلطة, عليه → علي + ه), as in the treebank.

use std::ops::Range;
use std::str::FromStr;

use foldhash::HashMap;
use tanqih_lexicon::{Lexicon, UNKNOWN_CB};

/// A clitic segmentation scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CliticScheme {
    /// Penn Arabic Treebank: conjunctions, prepositions, future س and pronoun suffixes; ال stays attached.
    Atb,
    /// As `atb`, and the article ال is split off too.
    D3,
}

impl FromStr for CliticScheme {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "atb" => Ok(CliticScheme::Atb),
            "d3" => Ok(CliticScheme::D3),
            _ => Err(format!("unknown clitic scheme `{s}` (known: atb, d3)")),
        }
    }
}

/// Which side of a segment a clitic attaches to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Attach {
    /// Not a clitic: a whole word or a stem.
    None,
    /// A proclitic, written `و+`.
    Prefix,
    /// An enclitic, written `+ها`.
    Suffix,
}

/// Cost of splitting off each kind of clitic, and the bonus of being a lexicon stem, in centibels.
const CONJ_COST: i32 = 25;
const PREP_COST: i32 = 75;
const FUTURE_COST: i32 = 150;
const SUFFIX_COST: i32 = 30;
const SUFFIX_YEH_COST: i32 = 325;
const LEXICON_BONUS: i32 = 125;
const ARTICLE_BONUS: i32 = 175;

/// Pronoun suffixes, longest first.
const SUFFIXES: &[&str] = &[
    "هما", "هم", "هن", "ها", "ه", "كما", "كم", "كن", "ك", "نا", "ني", "ي",
];

/// Function words that are never split although they start or end like a clitic.
const LEXICALISED: &[&str] = &[
    "كما",
    "كلما",
    "كذلك",
    "فقط",
    "فحسب",
    "لكن",
    "لكنه",
    "لكي",
    "كي",
    "لقد",
    "لدى",
    "بينما",
    "ربما",
    "عندما",
    "حيثما",
    "طالما",
    "فيما",
    "مما",
    "بعد",
    "بين",
    "إنما",
    "لعل",
    "كأن",
    "كيف",
    "كيفما",
    "لما",
    "ولكن",
    "لكم",
    "كم",
];

/// Words remembered per thread (word frequencies are Zipfian: most words repeat).
const CACHE_WORDS: usize = 1 << 16;

thread_local! {
    static CUTS: std::cell::RefCell<HashMap<Box<str>, Cut>> = std::cell::RefCell::new(HashMap::default());
}

/// Cost of `word` as a word of its own: its frequency, less the bonus of a lexicon stem.
fn word_cost(lex: &Lexicon, word: &str) -> i32 {
    lex.cb(word) - if lex.is_stem(word) { LEXICON_BONUS } else { 0 }
}

/// Cost of `stem` left by splitting; before a suffix, ت may stand for ة, ي for ى, ؤ ئ for ء.
fn stem_cost(lex: &Lexicon, stem: &str, before_suffix: bool) -> i32 {
    let mut cost = word_cost(lex, stem);
    if before_suffix {
        let (head, last) = split_last(stem);
        let alternatives: &[&str] = match last {
            "ت" => &["ة"],
            "ي" => &["ى"],
            "ؤ" | "ئ" => &["ء"],
            _ => &[],
        };
        for alt in alternatives {
            cost = cost.min(word_cost(lex, &format!("{head}{alt}")));
        }
    }
    cost
}

fn split_last(s: &str) -> (&str, &str) {
    match s.char_indices().next_back() {
        Some((i, _)) => (&s[..i], &s[i..]),
        None => (s, ""),
    }
}

/// A segmentation of a word's letters: byte lengths of the prefixes, of the stem's split-off article
/// (d3 only), and of the suffix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cut {
    conj: usize,
    prep: usize,
    suffix: usize,
    /// The stem starts with ال (or with the ل left of it after the preposition ل).
    article: usize,
}

/// Splits Arabic words into clitics and stems.
#[derive(Debug, Clone, Copy)]
pub struct Segmenter {
    scheme: CliticScheme,
}

impl Segmenter {
    /// A segmenter for `scheme`. The lexicon is loaded once per process, on first use.
    pub fn new(scheme: CliticScheme) -> Self {
        Segmenter { scheme }
    }

    /// The segments of `word` as byte ranges of `word`, in order, each with its attachment. Words that
    /// are not made only of Arabic letters (tashkeel and tatweel allowed) come back whole.
    pub fn segment(&self, word: &str, out: &mut Vec<(Range<usize>, Attach)>) {
        // Letters only, with each letter's byte offset in `word`.
        let mut letters = String::with_capacity(word.len());
        let mut offsets = Vec::with_capacity(word.len() / 2 + 1);
        for (i, c) in word.char_indices() {
            match c {
                '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}' => {
                    offsets.extend(std::iter::repeat_n(i, c.len_utf8()));
                    letters.push(c);
                }
                '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => {}
                _ => {
                    out.push((0..word.len(), Attach::None));
                    return;
                }
            }
        }
        offsets.push(word.len());
        let cut = CUTS.with_borrow_mut(|cache| {
            if let Some(cut) = cache.get(letters.as_str()) {
                return *cut;
            }
            let cut = self.best_cut(&letters);
            if cache.len() >= CACHE_WORDS {
                cache.clear();
            }
            cache.insert(letters.clone().into_boxed_str(), cut);
            cut
        });
        // Cut points in `letters`, each with the attachment of the segment it ends.
        let mut cuts = Vec::with_capacity(4);
        let mut at = 0;
        for len in [cut.conj, cut.prep] {
            if len > 0 {
                at += len;
                cuts.push((at, Attach::Prefix));
            }
        }
        if self.scheme == CliticScheme::D3 && cut.article > 0 {
            at += cut.article;
            cuts.push((at, Attach::Prefix));
        }
        let stem_end = letters.len() - cut.suffix;
        let last = if cut.suffix > 0 {
            // A pronoun on a one-letter preposition (لها) leaves the preposition as a proclitic.
            let stem = if stem_end - at == 'ل'.len_utf8() {
                Attach::Prefix
            } else {
                Attach::None
            };
            cuts.push((stem_end, stem));
            Attach::Suffix
        } else {
            Attach::None
        };
        // Marks before a cut go with the letter they follow.
        let mut start = 0;
        for (letter_byte, attach) in cuts {
            let end = offsets[letter_byte];
            out.push((start..end, attach));
            start = end;
        }
        out.push((start..word.len(), last));
    }

    fn best_cut(&self, w: &str) -> Cut {
        let whole = Cut {
            conj: 0,
            prep: 0,
            suffix: 0,
            article: if w.starts_with("ال") && w.len() >= 4 * 'ا'.len_utf8() {
                "ال".len()
            } else {
                0
            },
        };
        if LEXICALISED.contains(&w) {
            return whole;
        }
        let lex = Lexicon::get();
        let mut best = (word_cost(lex, w), 1, whole);
        for conj in ["", "و", "ف"] {
            let Some(r1) = w.strip_prefix(conj) else {
                continue;
            };
            for prep in ["", "ب", "ل", "ك", "س"] {
                let Some(r2) = r1.strip_prefix(prep) else {
                    continue;
                };
                if prep == "س" && !r2.starts_with(['ي', 'ت', 'ن', 'أ']) {
                    continue;
                }
                for suffix in std::iter::once("").chain(SUFFIXES.iter().copied()) {
                    if conj.is_empty() && prep.is_empty() && suffix.is_empty() {
                        continue;
                    }
                    let Some(stem) = r2.strip_suffix(suffix) else {
                        continue;
                    };
                    let segments = 1
                        + usize::from(!conj.is_empty())
                        + usize::from(!prep.is_empty())
                        + usize::from(!suffix.is_empty());
                    let cut = |article| Cut {
                        conj: conj.len(),
                        prep: prep.len(),
                        suffix: suffix.len(),
                        article,
                    };
                    if stem.chars().count() < 2 {
                        // Pronouns on the one-letter prepositions: له، بها، لي (but not بي).
                        let host = stem == "ل" || stem == "ب" && suffix != "ي";
                        if host && prep.is_empty() && !suffix.is_empty() && suffix != "كما" {
                            let cost = 0;
                            if (cost, segments) < (best.0, best.1) {
                                best = (cost, segments, cut(0));
                            }
                        }
                        continue;
                    }
                    let has_article = stem.starts_with("ال");
                    if !suffix.is_empty() && has_article {
                        continue;
                    }
                    let before_suffix = !suffix.is_empty();
                    let mut article = if has_article { "ال".len() } else { 0 };
                    let mut cost = stem_cost(lex, stem, before_suffix);
                    if prep == "ل" && stem.starts_with('ل') && !has_article {
                        // ل + ال: the article's alef is not written (للسلطة).
                        let restored =
                            stem_cost(lex, &format!("ا{stem}"), before_suffix) - ARTICLE_BONUS;
                        if restored < cost {
                            cost = restored;
                            article = 'ل'.len_utf8();
                        }
                    }
                    if (!conj.is_empty() || !prep.is_empty())
                        && has_article
                        && lex.cb(stem) < UNKNOWN_CB
                    {
                        cost -= ARTICLE_BONUS;
                    }
                    if !conj.is_empty() {
                        cost += CONJ_COST;
                    }
                    if !prep.is_empty() {
                        cost += if prep == "س" { FUTURE_COST } else { PREP_COST };
                    }
                    if !suffix.is_empty() {
                        cost += if suffix == "ي" {
                            SUFFIX_YEH_COST
                        } else {
                            SUFFIX_COST
                        };
                    }
                    if stem.len() - article < 2 * 'ا'.len_utf8() {
                        article = 0;
                    }
                    if (cost, segments) < (best.0, best.1) {
                        best = (cost, segments, cut(article));
                    }
                }
            }
        }
        best.2
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(scheme: CliticScheme, word: &str) -> Vec<String> {
        let mut out = Vec::new();
        Segmenter::new(scheme).segment(word, &mut out);
        out.into_iter()
            .map(|(r, attach)| match attach {
                Attach::None => word[r].to_string(),
                Attach::Prefix => format!("{}+", &word[r]),
                Attach::Suffix => format!("+{}", &word[r]),
            })
            .collect()
    }

    #[test]
    fn treebank_spelling_of_the_pieces() {
        use CliticScheme::Atb;
        assert_eq!(marked(Atb, "للسلطة"), ["ل+", "لسلطة"]);
        assert_eq!(marked(Atb, "أنه"), ["أن", "+ه"]);
        assert_eq!(marked(Atb, "وبالتالي"), ["و+", "ب+", "التالي"]);
        assert_eq!(marked(Atb, "سيكون"), ["س+", "يكون"]);
        assert_eq!(marked(Atb, "كتابها"), ["كتاب", "+ها"]);
        assert_eq!(marked(Atb, "عليهم"), ["علي", "+هم"]);
        assert_eq!(marked(Atb, "حكومته"), ["حكومت", "+ه"]);
        assert_eq!(marked(Atb, "لها"), ["ل+", "+ها"]);
    }

    #[test]
    fn names_and_lexicalised_words_stay_whole() {
        for word in [
            "الله",
            "البانيا",
            "ولاية",
            "بلال",
            "وزير",
            "بين",
            "كما",
            "فقط",
            "لكن",
        ] {
            assert_eq!(marked(CliticScheme::Atb, word), [word], "{word}");
        }
    }

    #[test]
    fn d3_also_splits_the_article() {
        assert_eq!(
            marked(CliticScheme::D3, "وبالتالي"),
            ["و+", "ب+", "ال+", "تالي"]
        );
        assert_eq!(marked(CliticScheme::D3, "للسلطة"), ["ل+", "ل+", "سلطة"]);
        assert_eq!(marked(CliticScheme::D3, "الكتاب"), ["ال+", "كتاب"]);
    }

    #[test]
    fn marks_stay_inside_their_segment_and_other_words_stay_whole() {
        assert_eq!(marked(CliticScheme::Atb, "وَالسُّلطة"), ["وَ+", "السُّلطة"]);
        assert_eq!(marked(CliticScheme::Atb, "وـالسلطة"), ["وـ+", "السلطة"]);
        assert_eq!(marked(CliticScheme::Atb, "و2"), ["و2"]);
        assert_eq!(marked(CliticScheme::Atb, "wordه"), ["wordه"]);
    }

    #[test]
    fn normalized_text_is_segmented_too() {
        assert_eq!(marked(CliticScheme::Atb, "بالاضافة"), ["ب+", "الاضافة"]);
        assert_eq!(marked(CliticScheme::Atb, "والامم"), ["و+", "الامم"]);
    }

    #[test]
    fn unknown_scheme_is_an_error() {
        assert!("xyz".parse::<CliticScheme>().unwrap_err().contains("xyz"));
    }
}
