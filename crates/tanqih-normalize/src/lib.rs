//! Arabic normalization for tanqih: configurable rules, presets, and offsets back to the original.
//!
//! ```
//! use tanqih_normalize::Normalizer;
//! let n = Normalizer::from_preset("default").unwrap();
//! assert_eq!(n.normalize("إِلَى الــمَدْرَسَةِ ٢٠٢٤"), "الي المدرسة 2024");
//! ```
//!
//! Rules ([`Rule`]) map characters one by one and are compiled into a table over UTF-8 bytes; unchanged
//! text is copied, so text with nothing to change comes back borrowed. Every edit can be traced back to the
//! input bytes with [`Normalizer::normalize_with_offsets`].
#![deny(missing_docs)]

mod filter;
mod passes;
mod presets;
mod rules;

use std::borrow::Cow;
use std::collections::BTreeSet;

use tanqih_core::{OffsetMap, Rewritten};

use passes::Pass;
pub use presets::{preset, Preset, PRESETS};
pub use rules::{Rule, ALL_RULES};

/// Errors from building a normalizer.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum NormalizeError {
    /// No preset has this name.
    #[error("unknown normalization preset `{name}` (known: {known})")]
    UnknownPreset {
        /// The name asked for.
        name: String,
        /// The known preset names.
        known: String,
    },
    /// No rule has this name.
    #[error("unknown normalization rule `{name}` (known: {known})")]
    UnknownRule {
        /// The name asked for.
        name: String,
        /// The known rule names.
        known: String,
    },
    /// A rule override is not `+rule` or `-rule`.
    #[error("bad rule override `{item}`: write +rule to add a rule or -rule to remove one")]
    BadOverride {
        /// The offending item.
        item: String,
    },
}

/// A compiled set of normalization rules.
#[derive(Debug, Clone)]
pub struct Normalizer {
    rules: Vec<Rule>,
    passes: Vec<Pass>,
}

impl Normalizer {
    /// The normalizer of a named preset.
    pub fn from_preset(name: &str) -> Result<Self, NormalizeError> {
        Ok(Self::builder(name)?.build())
    }

    /// A builder starting from a named preset.
    pub fn builder(preset_name: &str) -> Result<NormalizerBuilder, NormalizeError> {
        let preset = preset(preset_name).ok_or_else(|| NormalizeError::UnknownPreset {
            name: preset_name.to_string(),
            known: PRESETS
                .iter()
                .map(|p| p.name)
                .collect::<Vec<_>>()
                .join(", "),
        })?;
        Ok(NormalizerBuilder {
            rules: preset.rules.iter().copied().collect(),
        })
    }

    /// A normalizer with exactly these rules (run in canonical order).
    pub fn from_rules(rules: impl IntoIterator<Item = Rule>) -> Self {
        NormalizerBuilder {
            rules: rules.into_iter().collect(),
        }
        .build()
    }

    /// The rules, in the order they run.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Normalizes `text`; borrowed when nothing changes.
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.passes
            .iter()
            .fold(Cow::Borrowed(text), |acc, pass| pass.apply_cow(acc))
    }

    /// Appends `text` normalized to `out` (UTF-8 bytes), as [`Normalizer::normalize`] gives it; the last
    /// pass, the table of char rules in most presets, writes there directly, with no string between.
    pub fn normalize_into(&self, text: &str, out: &mut Vec<u8>) {
        match self.passes.split_last() {
            None => out.extend_from_slice(text.as_bytes()),
            Some((last, before)) => {
                let text = before
                    .iter()
                    .fold(Cow::Borrowed(text), |acc, pass| pass.apply_cow(acc));
                last.apply_into(&text, out);
            }
        }
    }

    /// Normalizes `text` and returns the result with its map back to `text`.
    pub fn normalize_with_offsets(&self, text: &str) -> Rewritten {
        let mut current: Option<Rewritten> = None;
        for pass in &self.passes {
            let src = current.as_ref().map_or(text, |r| r.text.as_str());
            if let Some(next) = pass.apply(src, true) {
                current = Some(match current {
                    Some(prev) => Rewritten {
                        map: next.map.through(&prev.map),
                        text: next.text,
                    },
                    None => next,
                });
            }
        }
        current.unwrap_or_else(|| Rewritten {
            text: text.to_string(),
            map: OffsetMap::identity(text.len()),
        })
    }
}

/// Switches rules on and off before compiling a [`Normalizer`].
#[derive(Debug, Clone)]
pub struct NormalizerBuilder {
    rules: BTreeSet<Rule>,
}

impl NormalizerBuilder {
    /// Switches a rule on.
    pub fn enable(mut self, rule: Rule) -> Self {
        self.rules.insert(rule);
        self
    }

    /// Switches a rule off.
    pub fn disable(mut self, rule: Rule) -> Self {
        self.rules.remove(&rule);
        self
    }

    /// Applies overrides written as `+rule,-rule,...` (whitespace and empty items are ignored).
    pub fn overrides(mut self, spec: &str) -> Result<Self, NormalizeError> {
        for item in spec.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let (on, name) = match item.as_bytes()[0] {
                b'+' => (true, &item[1..]),
                b'-' => (false, &item[1..]),
                _ => {
                    return Err(NormalizeError::BadOverride {
                        item: item.to_string(),
                    })
                }
            };
            let rule = Rule::from_name(name).ok_or_else(|| NormalizeError::UnknownRule {
                name: name.to_string(),
                known: ALL_RULES
                    .iter()
                    .map(|r| r.name())
                    .collect::<Vec<_>>()
                    .join(", "),
            })?;
            self = if on {
                self.enable(rule)
            } else {
                self.disable(rule)
            };
        }
        Ok(self)
    }

    /// Compiles the rules.
    pub fn build(self) -> Normalizer {
        let rules: Vec<Rule> = self.rules.into_iter().collect();
        Normalizer {
            passes: Pass::compile(&rules),
            rules,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tanqih_core::Span;

    fn norm(preset: &str, s: &str) -> String {
        Normalizer::from_preset(preset)
            .unwrap()
            .normalize(s)
            .into_owned()
    }

    #[test]
    fn default_folds_letters_marks_and_digits() {
        assert_eq!(norm("default", "أَحْمَد إلى آخر"), "احمد الي اخر");
        assert_eq!(norm("default", "الــــخــلافــة"), "الخلافة");
        assert_eq!(norm("default", "١٢٫٥٪ و۱۲۳"), "12.5٪ و123");
        assert_eq!(norm("default", "ﻷن ﷲ"), "لان الله");
        assert_eq!(norm("default", "یک کتاب ۃ"), "يك كتاب ة");
        assert_eq!(norm("default", "a\u{200c}b\u{a0}c x² ｆ"), "ab c x² ｆ");
    }

    #[test]
    fn decomposed_hamza_composes_before_marks_are_removed() {
        assert_eq!(norm("default", "ا\u{654}حمد"), "احمد");
        assert_eq!(norm("search", "و\u{654}"), "و");
        assert_eq!(norm("none", "ا\u{654}"), "ا\u{654}");
        assert_eq!(
            Normalizer::from_rules([Rule::ComposeHamza]).normalize("ا\u{64e}\u{654}"),
            "أ\u{64e}"
        );
    }

    #[test]
    fn search_adds_lossy_folds() {
        assert_eq!(norm("search", "مدرسة  مؤسسة، هل؟"), "مدرسه موسسه, هل?");
        assert_eq!(norm("default", "مدرسة مؤسسة، هل؟"), "مدرسة مؤسسة، هل؟");
    }

    #[test]
    fn unchanged_text_is_borrowed() {
        let n = Normalizer::from_preset("default").unwrap();
        assert!(matches!(n.normalize("سوريا and Syria"), Cow::Borrowed(_)));
        assert!(matches!(n.normalize("سوريّا"), Cow::Owned(_)));
    }

    #[test]
    fn overrides_switch_rules() {
        let n = Normalizer::builder("default")
            .unwrap()
            .overrides("+teh-marbuta, -digits")
            .unwrap()
            .build();
        assert_eq!(n.normalize("مدرسة ١"), "مدرسه ١");
        let err = Normalizer::builder("default")
            .unwrap()
            .overrides("+nope")
            .unwrap_err();
        assert!(err.to_string().contains("`nope`"));
        assert!(matches!(
            Normalizer::from_preset("nope"),
            Err(NormalizeError::UnknownPreset { .. })
        ));
    }

    #[test]
    fn long_texts_normalize_as_their_offset_variant_for_every_preset() {
        // Long enough for the SIMD filter's blocks, with every char below U+0800, Arabic text with
        // marks and tatweel, presentation forms and invisible marks.
        let mut text = String::new();
        for cp in 0..0x800u32 {
            text.extend(char::from_u32(cp));
            if cp % 7 == 0 {
                text.push_str("وَقـــالَ ﻷ\u{200c}ي ");
            }
        }
        let text = text.repeat(3);
        for preset in PRESETS {
            let n = Normalizer::from_preset(preset.name).unwrap();
            assert_eq!(
                n.normalize(&text),
                n.normalize_with_offsets(&text).text,
                "{}",
                preset.name
            );
        }
    }

    #[test]
    fn offsets_point_at_the_original_word() {
        let n = Normalizer::from_preset("default").unwrap();
        let src = "قال: «الخلافـــةُ» ﻷن";
        let out = n.normalize_with_offsets(src);
        assert_eq!(out.text, "قال: «الخلافة» لان");
        let at = out.text.find("الخلافة").unwrap();
        let span = out.map.to_source(Span::new(at, at + "الخلافة".len()));
        assert_eq!(
            &src[span.start..span.end],
            "الخلافـــةُ".trim_end_matches('\u{64f}')
        );
        let at = out.text.find("لان").unwrap();
        let span = out.map.to_source(Span::new(at, out.text.len()));
        assert_eq!(&src[span.start..span.end], "ﻷن");
    }
}
