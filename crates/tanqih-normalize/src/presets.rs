//! Named rule sets.

use crate::Rule::{self, *};

/// A named set of rules.
#[derive(Debug, Clone, Copy)]
pub struct Preset {
    /// The preset's name.
    pub name: &'static str,
    /// What it is for.
    pub description: &'static str,
    /// Its rules (run in canonical order).
    pub rules: &'static [Rule],
}

const DEFAULT_RULES: &[Rule] = &[
    ComposeHamza,
    PresentationForms,
    Invisible,
    Spaces,
    Tashkeel,
    QuranicMarks,
    Tatweel,
    PersianLetters,
    Alef,
    AlefMaksura,
    Digits,
];

/// `default` with the lines a PDF extractor drew in visual order put back in logical order first.
const PDF_RULES: [Rule; DEFAULT_RULES.len() + 1] = {
    let mut rules = [VisualOrder; DEFAULT_RULES.len() + 1];
    let mut i = 0;
    while i < DEFAULT_RULES.len() {
        rules[i + 1] = DEFAULT_RULES[i];
        i += 1;
    }
    rules
};

const SEARCH_RULES: &[Rule] = &[
    ComposeHamza,
    PresentationForms,
    Invisible,
    Spaces,
    Tashkeel,
    QuranicMarks,
    Tatweel,
    PersianLetters,
    Alef,
    AlefExtended,
    AlefMaksura,
    TehMarbuta,
    HamzaSeats,
    Digits,
    Punctuation,
    CollapseSpaces,
];

/// Every preset.
pub const PRESETS: &[Preset] = &[
    Preset {
        name: "default",
        description: "corpus preparation: lossless-in-meaning folds of script variants, marks and invisibles; \
                      keeps teh marbuta, hamza seats and punctuation",
        rules: DEFAULT_RULES,
    },
    Preset {
        name: "search",
        description: "retrieval and matching: default plus the lossy folds (teh marbuta, hamza seats, \
                      punctuation, rare alef forms) and collapsed spaces",
        rules: SEARCH_RULES,
    },
    Preset {
        name: "pdf",
        description: "text extracted from PDFs: default, after putting the lines an extractor drew in visual \
                      order (Arabic words backwards) back in logical order",
        rules: &PDF_RULES,
    },
    Preset { name: "none", description: "no change", rules: &[] },
    Preset {
        name: "camel-normalize-unicode",
        description: "CAMeL Tools normalize_unicode: rial and bismillah ligatures spelled out, then NFKC",
        rules: &[WordLigatures, Nfkc],
    },
    Preset { name: "camel-dediac-ar", description: "CAMeL Tools dediac_ar", rules: &[Tashkeel] },
    Preset { name: "camel-normalize-alef-ar", description: "CAMeL Tools normalize_alef_ar", rules: &[Alef] },
    Preset {
        name: "camel-normalize-alef-maksura-ar",
        description: "CAMeL Tools normalize_alef_maksura_ar",
        rules: &[AlefMaksura],
    },
    Preset {
        name: "camel-normalize-teh-marbuta-ar",
        description: "CAMeL Tools normalize_teh_marbuta_ar",
        rules: &[TehMarbuta],
    },
    Preset {
        name: "camel-chain",
        description: "CAMeL Tools normalize_unicode, dediac_ar, normalize_alef_ar, normalize_alef_maksura_ar",
        rules: &[WordLigatures, Nfkc, Tashkeel, Alef, AlefMaksura],
    },
    Preset { name: "camel-arclean", description: "CAMeL Tools arclean character map", rules: &[Arclean] },
    Preset {
        name: "pyarabic-strip-tashkeel",
        description: "PyArabic strip_tashkeel",
        rules: &[Harakat, Shadda],
    },
    Preset { name: "pyarabic-strip-tatweel", description: "PyArabic strip_tatweel", rules: &[Tatweel] },
    Preset { name: "pyarabic-strip-harakat", description: "PyArabic strip_harakat", rules: &[Harakat] },
    Preset {
        name: "pyarabic-normalize-ligature",
        description: "PyArabic normalize_ligature",
        rules: &[LamAlefPlain],
    },
    Preset {
        name: "pyarabic-normalize-searchtext",
        description: "PyArabic normalize_searchtext: strip tashkeel and tatweel, lam-alef, hamza, teh marbuta \
                      and alef maksura",
        rules: &[Harakat, Shadda, Tatweel, LamAlefPlain, PyarabicAlefat, PyarabicHamzat, TehMarbuta, AlefMaksura],
    },
];

/// Looks a preset up by name.
pub fn preset(name: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.name == name)
}
