//! The normalization rules, each switchable and documented with the code points it touches.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use tanqih_core::letters::{is_alef_form, persian_letter, ALEF_MAKSURA, TATWEEL, TEH_MARBUTA};

use unicode_normalization::UnicodeNormalization;

/// One normalization rule. Rules run in the order of this enum (the canonical order), whatever order a
/// preset or an override lists them in.
///
/// Most rules map single characters; they are fused into one table per run of consecutive char rules.
/// `VisualOrder`, `Nfc`, `Nfkc`, `ComposeHamza` and `CollapseSpaces` look at context and run as passes of
/// their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// `visual-order`: a line a PDF extractor wrote in visual order (its Arabic words backwards, as
    /// their presentation forms tell: final forms first, initial forms last) is put back in logical
    /// order, numbers and Latin words kept as they read; one edit a line.
    VisualOrder,
    /// `word-ligatures`: U+FDFC → ريال and U+FDFD → بسم الله الرحمن الرحيم (what CAMeL Tools fixes before
    /// NFKC, which would spell the rial sign with a Persian yeh).
    WordLigatures,
    /// `nfc`: full Unicode NFC over the whole text.
    Nfc,
    /// `nfkc`: full Unicode NFKC over the whole text (also folds `x²`, fullwidth letters and the like).
    Nfkc,
    /// `compose-hamza`: canonical composition of Arabic letters with U+0653 madda, U+0654 hamza above and
    /// U+0655 hamza below (ا + ٔ → أ, ا + ٕ → إ, ا + ٓ → آ, و + ٔ → ؤ, ي + ٔ → ئ, ە + ٔ → ۀ …), so that the
    /// letter rules see the composed letter before the marks are removed.
    ComposeHamza,
    /// `presentation-forms`: NFKC restricted to the Arabic presentation forms U+FB50–U+FDFF and
    /// U+FE70–U+FEFF; lam-alef ligatures become two letters keeping hamza and madda (ﻷ → لأ);
    /// U+FDF2 → الله, U+FDFC → ريال, U+FDFD → بسم الله الرحمن الرحيم.
    PresentationForms,
    /// `lam-alef-plain`: PyArabic's ligature fold: U+FEF5, U+FEF7, U+FEF9, U+FEFB → لا (hamza and madda lost).
    LamAlefPlain,
    /// `arclean`: CAMeL Tools' `arclean` character map (bundled data): Arabic letters, ASCII and Latin-1
    /// letters kept, Arabic-script variants folded to Arabic letters, marks removed, punctuation to ASCII,
    /// every character not in the map deleted.
    Arclean,
    /// `invisible`: removes U+200B ZWSP, U+200C ZWNJ, U+200D ZWJ, U+200E LRM, U+200F RLM, U+061C ALM,
    /// U+202A–U+202E bidi embeddings and overrides, U+2066–U+2069 isolates, U+2060–U+2064 word joiner and
    /// invisible operators, U+FEFF BOM, U+00AD soft hyphen.
    Invisible,
    /// `spaces`: U+00A0 NBSP, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 → U+0020.
    Spaces,
    /// `harakat`: removes the seven harakat U+064B–U+0650 and U+0652 (tanwin, short vowels, sukun).
    Harakat,
    /// `shadda`: removes U+0651.
    Shadda,
    /// `tashkeel`: removes U+064B–U+0652 and dagger alef U+0670 (harakat, shadda, dagger alef).
    Tashkeel,
    /// `quranic-marks`: removes U+0610–U+061A, U+0653–U+065F (madda, hamza marks after composition,
    /// other Arabic combining marks) and U+06D6–U+06ED (Quranic annotation signs).
    QuranicMarks,
    /// `tatweel`: removes U+0640, including long kashida runs from PDF justification.
    Tatweel,
    /// `persian-letters`: Persian and Urdu letters met in Arabic text, as
    /// `tanqih_core::letters::persian_letter` folds them: ی ې ۍ → ي; ک ڪ → ك; ہ ھ ە ۀ → ه; ۃ → ة. Final ی
    /// becomes ي too: Persian writes both ي and ى as ی, and only a lexicon could tell which was meant;
    /// with `alef-maksura` on (as in `default`) both spellings meet at ي anyway.
    PersianLetters,
    /// `pyarabic-alefat`: PyArabic's hamza normalization, first step: آ أ إ ٱ ى and dagger alef → ا.
    PyarabicAlefat,
    /// `pyarabic-hamzat`: PyArabic's hamza normalization, second step: ؤ ئ أ إ and U+0654, U+0655 → ء.
    PyarabicHamzat,
    /// `alef`: أ U+0623, إ U+0625, آ U+0622, ٱ U+0671 → ا.
    Alef,
    /// `alef-extended`: the rarer alef forms U+0672, U+0673, U+0675 → ا.
    AlefExtended,
    /// `alef-maksura`: ى U+0649 → ي U+064A.
    AlefMaksura,
    /// `teh-marbuta`: ة U+0629 → ه U+0647 (lossy).
    TehMarbuta,
    /// `hamza-seats`: ؤ U+0624 → و, ئ U+0626 → ي (lossy).
    HamzaSeats,
    /// `digits`: Arabic-Indic U+0660–U+0669 and Persian U+06F0–U+06F9 digits → ASCII; ٫ U+066B → `.`,
    /// ٬ U+066C → `,`.
    Digits,
    /// `digits-arabic-indic`: the reverse: ASCII and Persian digits → Arabic-Indic U+0660–U+0669.
    DigitsArabicIndic,
    /// `punctuation`: ، → `,`, ؛ → `;`, ؟ → `?`, ٪ → `%`, ۔ → `.`, « and » → `"` (lossy).
    Punctuation,
    /// `collapse-spaces`: runs of spaces and tabs become one space (newlines are kept).
    CollapseSpaces,
}

/// Every rule in canonical order.
pub const ALL_RULES: &[Rule] = &[
    Rule::VisualOrder,
    Rule::WordLigatures,
    Rule::Nfc,
    Rule::Nfkc,
    Rule::ComposeHamza,
    Rule::PresentationForms,
    Rule::LamAlefPlain,
    Rule::Arclean,
    Rule::Invisible,
    Rule::Spaces,
    Rule::Harakat,
    Rule::Shadda,
    Rule::Tashkeel,
    Rule::QuranicMarks,
    Rule::Tatweel,
    Rule::PersianLetters,
    Rule::PyarabicAlefat,
    Rule::PyarabicHamzat,
    Rule::Alef,
    Rule::AlefExtended,
    Rule::AlefMaksura,
    Rule::TehMarbuta,
    Rule::HamzaSeats,
    Rule::Digits,
    Rule::DigitsArabicIndic,
    Rule::Punctuation,
    Rule::CollapseSpaces,
];

const PRESENTATION_RANGES: &[(u32, u32)] = &[(0xFB50, 0xFDFF), (0xFE70, 0xFEFF)];

impl Rule {
    /// The rule's name as used in presets, configs and `--rules`.
    pub fn name(self) -> &'static str {
        match self {
            Rule::VisualOrder => "visual-order",
            Rule::WordLigatures => "word-ligatures",
            Rule::Nfc => "nfc",
            Rule::Nfkc => "nfkc",
            Rule::ComposeHamza => "compose-hamza",
            Rule::PresentationForms => "presentation-forms",
            Rule::LamAlefPlain => "lam-alef-plain",
            Rule::Arclean => "arclean",
            Rule::Invisible => "invisible",
            Rule::Spaces => "spaces",
            Rule::Harakat => "harakat",
            Rule::Shadda => "shadda",
            Rule::Tashkeel => "tashkeel",
            Rule::QuranicMarks => "quranic-marks",
            Rule::Tatweel => "tatweel",
            Rule::PersianLetters => "persian-letters",
            Rule::PyarabicAlefat => "pyarabic-alefat",
            Rule::PyarabicHamzat => "pyarabic-hamzat",
            Rule::Alef => "alef",
            Rule::AlefExtended => "alef-extended",
            Rule::AlefMaksura => "alef-maksura",
            Rule::TehMarbuta => "teh-marbuta",
            Rule::HamzaSeats => "hamza-seats",
            Rule::Digits => "digits",
            Rule::DigitsArabicIndic => "digits-arabic-indic",
            Rule::Punctuation => "punctuation",
            Rule::CollapseSpaces => "collapse-spaces",
        }
    }

    /// Looks a rule up by name.
    pub fn from_name(name: &str) -> Option<Rule> {
        ALL_RULES.iter().copied().find(|r| r.name() == name)
    }

    /// True for rules that map characters one by one (and can be fused into a table).
    pub fn is_char_rule(self) -> bool {
        !matches!(
            self,
            Rule::VisualOrder | Rule::Nfc | Rule::Nfkc | Rule::ComposeHamza | Rule::CollapseSpaces
        )
    }

    /// Code point ranges above U+07FF that this char rule may change (below U+0800 every code point is
    /// tabulated). `None` means any character may change (a map with a default).
    pub(crate) fn wide_ranges(self) -> Option<&'static [(u32, u32)]> {
        Some(match self {
            Rule::Arclean => return None,
            Rule::WordLigatures => &[(0xFDFC, 0xFDFD)],
            Rule::PresentationForms => PRESENTATION_RANGES,
            Rule::LamAlefPlain => &[(0xFEF5, 0xFEFB)],
            Rule::Invisible => &[
                (0x200B, 0x200F),
                (0x202A, 0x202E),
                (0x2060, 0x2069),
                (0xFEFF, 0xFEFF),
            ],
            Rule::Spaces => &[
                (0x1680, 0x1680),
                (0x2000, 0x200A),
                (0x2028, 0x2029),
                (0x202F, 0x202F),
                (0x205F, 0x205F),
                (0x3000, 0x3000),
            ],
            _ => &[],
        })
    }

    /// What this char rule makes of `c`: `None` keeps it.
    pub(crate) fn map_char(self, c: char) -> Option<Cow<'static, str>> {
        let s = |x: &'static str| Some(Cow::Borrowed(x));
        let u = c as u32;
        match self {
            Rule::WordLigatures => match u {
                0xFDFC => s("ريال"),
                0xFDFD => s("بسم الله الرحمن الرحيم"),
                _ => None,
            },
            Rule::PresentationForms => match u {
                0xFDF2 => s("الله"),
                0xFDFC => s("ريال"),
                0xFDFD => s("بسم الله الرحمن الرحيم"),
                _ if PRESENTATION_RANGES.iter().any(|&(a, b)| (a..=b).contains(&u)) => {
                    let folded: String = std::iter::once(c).nfkc().collect();
                    let mut one = [0u8; 4];
                    (folded != *c.encode_utf8(&mut one)).then_some(Cow::Owned(folded))
                }
                _ => None,
            },
            Rule::LamAlefPlain => matches!(u, 0xFEF5 | 0xFEF7 | 0xFEF9 | 0xFEFB).then(|| Cow::Borrowed("لا")),
            Rule::Arclean => arclean_map(c),
            Rule::Invisible => matches!(u, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x2069 | 0xFEFF | 0x00AD | 0x061C)
                .then_some(Cow::Borrowed("")),
            Rule::Spaces => matches!(u, 0x00A0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000)
                .then_some(Cow::Borrowed(" ")),
            Rule::Harakat => matches!(u, 0x064B..=0x0650 | 0x0652).then_some(Cow::Borrowed("")),
            Rule::Shadda => (u == 0x0651).then_some(Cow::Borrowed("")),
            Rule::Tashkeel => matches!(u, 0x064B..=0x0652 | 0x0670).then_some(Cow::Borrowed("")),
            Rule::QuranicMarks => matches!(u, 0x0610..=0x061A | 0x0653..=0x065F | 0x06D6..=0x06ED).then_some(Cow::Borrowed("")),
            Rule::Tatweel => (u == TATWEEL as u32).then_some(Cow::Borrowed("")),
            Rule::PersianLetters => persian_letter(u).map(|l| match l {
                'ي' => Cow::Borrowed("ي"),
                'ك' => Cow::Borrowed("ك"),
                'ه' => Cow::Borrowed("ه"),
                _ => Cow::Borrowed("ة"),
            }),
            Rule::PyarabicAlefat => (is_alef_form(u) || matches!(u, 0x0649 | 0x0670)).then_some(Cow::Borrowed("ا")),
            Rule::PyarabicHamzat => matches!(u, 0x0624 | 0x0626 | 0x0654 | 0x0655 | 0x0623 | 0x0625).then(|| Cow::Borrowed("ء")),
            Rule::Alef => is_alef_form(u).then_some(Cow::Borrowed("ا")),
            Rule::AlefExtended => matches!(u, 0x0672 | 0x0673 | 0x0675).then(|| Cow::Borrowed("ا")),
            Rule::AlefMaksura => (u == ALEF_MAKSURA as u32).then_some(Cow::Borrowed("ي")),
            Rule::TehMarbuta => (u == TEH_MARBUTA as u32).then_some(Cow::Borrowed("ه")),
            Rule::HamzaSeats => match u {
                0x0624 => s("و"),
                0x0626 => s("ي"),
                _ => None,
            },
            Rule::Digits => match u {
                0x0660..=0x0669 => s(ASCII_DIGITS[(u - 0x0660) as usize]),
                0x06F0..=0x06F9 => s(ASCII_DIGITS[(u - 0x06F0) as usize]),
                0x066B => s("."),
                0x066C => s(","),
                _ => None,
            },
            Rule::DigitsArabicIndic => match u {
                0x0030..=0x0039 => s(ARABIC_INDIC_DIGITS[(u - 0x0030) as usize]),
                0x06F0..=0x06F9 => s(ARABIC_INDIC_DIGITS[(u - 0x06F0) as usize]),
                _ => None,
            },
            Rule::Punctuation => match u {
                0x060C => s(","),
                0x061B => s(";"),
                0x061F => s("?"),
                0x066A => s("%"),
                0x06D4 => s("."),
                0x00AB | 0x00BB => s("\""),
                _ => None,
            },
            Rule::VisualOrder
            | Rule::Nfc
            | Rule::Nfkc
            | Rule::ComposeHamza
            | Rule::CollapseSpaces => None,
        }
    }
}

const ASCII_DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
const ARABIC_INDIC_DIGITS: [&str; 10] = ["٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"];

/// CAMeL Tools' `arclean` map, parsed once from the bundled JSON: `None` keeps a char, `Some(s)` replaces
/// it; chars not in the map are deleted.
fn arclean_map(c: char) -> Option<Cow<'static, str>> {
    static MAP: OnceLock<HashMap<char, Option<String>>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let raw: serde_json::Value =
            serde_json::from_str(include_str!("../data/camel-arclean-map.json"))
                .expect("bundled arclean map is valid JSON");
        let mut map = HashMap::new();
        let entries = raw["charMap"]
            .as_object()
            .expect("bundled arclean map has a charMap");
        for (key, value) in entries {
            let chars: Vec<char> = key.chars().collect();
            let (lo, hi) = match chars.as_slice() {
                [a] => (*a, *a),
                [a, '-', b] => (*a, *b),
                _ => panic!("bundled arclean map has a bad key {key:?}"),
            };
            for u in lo as u32..=hi as u32 {
                if let Some(ch) = char::from_u32(u) {
                    map.insert(ch, value.as_str().map(str::to_owned));
                }
            }
        }
        map
    });
    match map.get(&c) {
        Some(None) => None,
        Some(Some(s)) => Some(Cow::Borrowed(s.as_str())),
        None => Some(Cow::Borrowed("")),
    }
}
