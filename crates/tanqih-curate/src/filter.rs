//! Threshold presets over the quality signals: which documents a filter drops, and why.

use crate::quality::{LineEndRule, QualitySignals, Rules, StopWords, SymbolRule};
use crate::CurateError;

/// Thresholds of one preset; `None` leaves a signal unchecked. Checked in datatrove's order (repetition,
/// then FineWeb's line signals, then Gopher quality); the first failure names the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Thresholds {
    /// Most share of repeated paragraphs.
    pub max_dup_para_frac: Option<f64>,
    /// Most characters of repeated paragraphs.
    pub max_dup_para_char_frac: Option<f64>,
    /// Most share of repeated lines.
    pub max_dup_line_frac: Option<f64>,
    /// Most characters of repeated lines.
    pub max_dup_line_char_frac: Option<f64>,
    /// Most characters of the top 2-, 3- and 4-gram.
    pub max_top_ngram_char_frac: [Option<f64>; 3],
    /// Most characters of repeated 5- to 10-grams.
    pub max_dup_ngram_char_frac: [Option<f64>; 6],
    /// Least share of lines ending with punctuation.
    pub min_line_punct_ratio: Option<f64>,
    /// Most share of short lines.
    pub max_short_line_ratio: Option<f64>,
    /// Most characters of repeated lines (FineWeb's count).
    pub max_char_dup_ratio: Option<f64>,
    /// Most newlines per token.
    pub max_newline_ratio: Option<f64>,
    /// Least words.
    pub min_words: Option<u64>,
    /// Most words.
    pub max_words: Option<u64>,
    /// Least mean word length.
    pub min_mean_word_length: Option<f64>,
    /// Most mean word length.
    pub max_mean_word_length: Option<f64>,
    /// Most `#` and most ellipses per token.
    pub max_symbol_ratio: Option<f64>,
    /// Most share of bullet lines.
    pub max_bullet_lines_ratio: Option<f64>,
    /// Most share of lines ending with an ellipsis.
    pub max_ellipsis_lines_ratio: Option<f64>,
    /// Least share of tokens with a letter.
    pub min_alpha_words_ratio: Option<f64>,
    /// Least distinct stop words.
    pub min_stop_words: Option<u64>,
}

/// A named filter: the rules its signals are computed with and its thresholds.
#[derive(Debug, Clone)]
pub struct FilterPreset {
    /// The preset's name.
    pub name: &'static str,
    /// How signals are counted.
    pub rules: Rules,
    /// What a document must meet.
    pub thresholds: Thresholds,
}

/// FineWeb-2's stop words for `arb_Arab` (`configs/arb_Arab.yml`), as written there.
const FINEWEB2_ARB_STOP_WORDS: &[&str] = &[
    "،",
    "في",
    "من",
    "على",
    "إلى",
    "عام",
    "أن",
    "مع",
    "أو",
    "هو",
    "عن",
    "التي",
    "كان",
    "بين",
    "ما",
    "كانت",
    "هي",
    "المتحدة",
    "بعد",
];

/// The names of the presets, for help and errors.
pub const PRESETS: &[&str] = &["fineweb2-arb", "tanqih-arabic"];

/// The thresholds FineWeb-2 used for `arb_Arab`: its pipeline (`fineweb-2-pipeline.py`) with the
/// values of `configs/arb_Arab.yml`; Gopher's defaults where neither sets a value.
fn fineweb2_arb_thresholds() -> Thresholds {
    Thresholds {
        max_dup_para_frac: None,
        max_dup_para_char_frac: None,
        max_dup_line_frac: Some(0.304),
        max_dup_line_char_frac: None,
        max_top_ngram_char_frac: [Some(0.197), Some(0.172), Some(0.146)],
        max_dup_ngram_char_frac: [
            Some(0.165),
            Some(0.153),
            Some(0.142),
            Some(0.131),
            Some(0.12),
            Some(0.109),
        ],
        min_line_punct_ratio: Some(0.143),
        max_short_line_ratio: None,
        max_char_dup_ratio: Some(0.1),
        max_newline_ratio: Some(0.189),
        min_words: Some(50),
        max_words: Some(100_000),
        min_mean_word_length: Some(2.0),
        max_mean_word_length: Some(9.0),
        max_symbol_ratio: Some(0.1),
        max_bullet_lines_ratio: Some(0.9),
        max_ellipsis_lines_ratio: Some(0.3),
        min_alpha_words_ratio: Some(0.787),
        min_stop_words: Some(2),
    }
}

impl FilterPreset {
    /// The preset named `name`, with `normalize` applied to its stop words (the tokens' spelling); an
    /// unknown name is an error listing the known ones.
    ///
    /// - `fineweb2-arb`: FineWeb-2's `arb_Arab` filters exactly as datatrove counts them (its
    ///   punctuation sets, its stop words as written).
    /// - `tanqih-arabic`: the same thresholds, counted the Arabic way: punctuation tokens are symbols,
    ///   a line ends with punctuation when its last character before closing quotes and brackets ends a
    ///   sentence (`.` `!` `؟` `۔` `…`), and the stop words are tanqih's list, normalized like the
    ///   text. Headline-and-paragraph news keeps its lines: the line-punctuation minimum is 0.1 and the
    ///   newline ratio may reach 0.25.
    pub fn named(name: &str, normalize: impl Fn(&str) -> String) -> Result<Self, CurateError> {
        match name {
            "fineweb2-arb" => Ok(FilterPreset {
                name: "fineweb2-arb",
                rules: Rules {
                    symbols: SymbolRule::Datatrove,
                    line_ends: LineEndRule::Datatrove,
                    stop_words: FINEWEB2_ARB_STOP_WORDS
                        .iter()
                        .map(|w| w.to_string())
                        .collect(),
                },
                thresholds: fineweb2_arb_thresholds(),
            }),
            "tanqih-arabic" => Ok(FilterPreset {
                name: "tanqih-arabic",
                rules: arabic_rules(normalize),
                thresholds: Thresholds {
                    min_line_punct_ratio: Some(0.1),
                    max_newline_ratio: Some(0.25),
                    ..fineweb2_arb_thresholds()
                },
            }),
            other => Err(CurateError::UnknownFilter(other.to_string())),
        }
    }

    /// The reason the document fails, or `None` when it passes.
    pub fn check(&self, s: &QualitySignals) -> Option<&'static str> {
        let t = &self.thresholds;
        let above = |v: f64, max: Option<f64>| max.is_some_and(|m| v > m);
        let below = |v: f64, min: Option<f64>| min.is_some_and(|m| v < m);
        if s.tokens == 0 {
            return Some("empty");
        }
        if above(s.dup_para_frac, t.max_dup_para_frac) {
            return Some("dup_para_frac");
        }
        if above(s.dup_para_char_frac, t.max_dup_para_char_frac) {
            return Some("dup_para_char_frac");
        }
        if above(s.dup_line_frac, t.max_dup_line_frac) {
            return Some("dup_line_frac");
        }
        if above(s.dup_line_char_frac, t.max_dup_line_char_frac) {
            return Some("dup_line_char_frac");
        }
        const TOP: [&str; 3] = ["top_2_gram", "top_3_gram", "top_4_gram"];
        for ((v, max), reason) in s
            .top_ngram_char_frac
            .iter()
            .zip(t.max_top_ngram_char_frac)
            .zip(TOP)
        {
            if above(*v, max) {
                return Some(reason);
            }
        }
        const DUP: [&str; 6] = [
            "duplicated_5_n_grams",
            "duplicated_6_n_grams",
            "duplicated_7_n_grams",
            "duplicated_8_n_grams",
            "duplicated_9_n_grams",
            "duplicated_10_n_grams",
        ];
        for ((v, max), reason) in s
            .dup_ngram_char_frac
            .iter()
            .zip(t.max_dup_ngram_char_frac)
            .zip(DUP)
        {
            if above(*v, max) {
                return Some(reason);
            }
        }
        if below(s.line_punct_ratio, t.min_line_punct_ratio) {
            return Some("line_punct_ratio");
        }
        if above(s.short_line_ratio, t.max_short_line_ratio) {
            return Some("short_line_ratio");
        }
        if above(s.char_dup_ratio, t.max_char_dup_ratio) {
            return Some("char_dup_ratio");
        }
        if above(s.newline_ratio, t.max_newline_ratio) {
            return Some("list_ratio");
        }
        if t.min_words.is_some_and(|m| s.words < m) {
            return Some("gopher_short_doc");
        }
        if t.max_words.is_some_and(|m| s.words > m) {
            return Some("gopher_long_doc");
        }
        if below(s.mean_word_length, t.min_mean_word_length) {
            return Some("gopher_below_avg_threshold");
        }
        if above(s.mean_word_length, t.max_mean_word_length) {
            return Some("gopher_above_avg_threshold");
        }
        if above(s.hash_ratio, t.max_symbol_ratio) {
            return Some("gopher_too_many_hashes");
        }
        if above(s.ellipsis_ratio, t.max_symbol_ratio) {
            return Some("gopher_too_many_ellipsis");
        }
        if above(s.bullet_lines_ratio, t.max_bullet_lines_ratio) {
            return Some("gopher_too_many_bullets");
        }
        if above(s.ellipsis_lines_ratio, t.max_ellipsis_lines_ratio) {
            return Some("gopher_too_many_end_ellipsis");
        }
        if below(s.alpha_words_ratio, t.min_alpha_words_ratio) {
            return Some("gopher_below_alpha_threshold");
        }
        if t.min_stop_words.is_some_and(|m| s.stop_words < m) {
            return Some("gopher_enough_stop_words");
        }
        None
    }
}

/// The Arabic way of counting (the signals `process` writes when no preset says otherwise): punctuation
/// tokens are symbols, sentence ends as [`LineEndRule::Sentence`], and tanqih's Arabic stop words
/// normalized by `normalize`.
pub fn arabic_rules(normalize: impl Fn(&str) -> String) -> Rules {
    let stop_words: StopWords = tanqih_features::arabic_stop_words()
        .map(normalize)
        .collect();
    Rules {
        symbols: SymbolRule::NotLexical,
        line_ends: LineEndRule::Sentence,
        stop_words,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_are_named_and_unknown_ones_refused() {
        for name in PRESETS {
            assert_eq!(
                FilterPreset::named(name, str::to_string).unwrap().name,
                *name
            );
        }
        let err = FilterPreset::named("c4", str::to_string).unwrap_err();
        assert_eq!(err, CurateError::UnknownFilter("c4".into()));
        assert!(err.to_string().contains("fineweb2-arb"), "{err}");
    }

    #[test]
    fn the_first_failing_signal_is_the_reason() {
        let preset = FilterPreset::named("fineweb2-arb", str::to_string).unwrap();
        let mut s = QualitySignals {
            tokens: 300,
            words: 250,
            mean_word_length: 5.0,
            alpha_words_ratio: 0.9,
            stop_words: 4,
            line_punct_ratio: 0.5,
            newline_ratio: 0.05,
            ..QualitySignals::default()
        };
        assert_eq!(preset.check(&s), None);
        s.words = 20;
        assert_eq!(preset.check(&s), Some("gopher_short_doc"));
        s.line_punct_ratio = 0.0;
        assert_eq!(preset.check(&s), Some("line_punct_ratio"));
        s.dup_line_frac = 0.5;
        assert_eq!(preset.check(&s), Some("dup_line_frac"));
        assert_eq!(preset.check(&QualitySignals::default()), Some("empty"));
    }
}
