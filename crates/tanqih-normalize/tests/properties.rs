//! Property tests: never panics, `default`, `search` and `pdf` are idempotent, output ranges map to original
//! char boundaries.

use proptest::prelude::*;
use tanqih_core::Span;
use tanqih_normalize::{Normalizer, PRESETS};

/// Arabic letters, marks, tatweel, presentation forms, Persian letters, digits, invisibles, spaces,
/// lone combining marks, Latin, emoji.
fn messy() -> impl Strategy<Value = String> {
    "[ا-يآأإؤئىة\u{64b}-\u{65f}\u{670}\u{610}-\u{61a}\u{6d6}-\u{6ed}ـ\u{fb50}-\u{fdff}\u{fe70}-\u{fefc}یکۀۃ٠-٩۰-۹٫٬\u{200b}-\u{200f}\u{202a}-\u{202e}\u{a0}\u{3000} \t\r\na-zé\u{301}x²😀]{0,80}"
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn every_preset_writes_into_a_buffer_what_it_returns(text in messy(), before in messy()) {
        for preset in PRESETS {
            let n = Normalizer::from_preset(preset.name).unwrap();
            let mut out = before.clone().into_bytes();
            n.normalize_into(&text, &mut out);
            let expected = format!("{before}{}", n.normalize(&text));
            prop_assert_eq!(out, expected.into_bytes(), "preset {}", preset.name);
        }
    }

    #[test]
    fn every_preset_agrees_with_its_offset_variant(text in messy()) {
        for preset in PRESETS {
            let n = Normalizer::from_preset(preset.name).unwrap();
            let plain = n.normalize(&text);
            let tracked = n.normalize_with_offsets(&text);
            prop_assert_eq!(plain.as_ref(), tracked.text.as_str(), "preset {}", preset.name);
            prop_assert_eq!(tracked.map.current_len(), tracked.text.len());
            prop_assert_eq!(tracked.map.source_len(), text.len());
        }
    }

    #[test]
    fn default_search_and_pdf_are_idempotent(text in messy()) {
        for preset in ["default", "search", "pdf"] {
            let n = Normalizer::from_preset(preset).unwrap();
            let once = n.normalize(&text).into_owned();
            let twice = n.normalize(&once);
            prop_assert_eq!(twice.as_ref(), once.as_str(), "preset {}", preset);
        }
    }

    #[test]
    fn output_chars_map_to_original_char_boundaries(text in messy()) {
        for preset in ["default", "pdf"] {
        let n = Normalizer::from_preset(preset).unwrap();
        let out = n.normalize_with_offsets(&text);
        let mut last_start = 0;
        for (at, c) in out.text.char_indices() {
            let span = out.map.to_source(Span::new(at, at + c.len_utf8()));
            prop_assert!(span.start <= span.end && span.end <= text.len());
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            prop_assert!(span.start >= last_start, "spans do not go backwards");
            // The original bytes of a char normalize to text containing that char.
            let back = n.normalize(&text[span.start..span.end]);
            prop_assert!(back.contains(c), "{:?} from {:?} gives {:?}", c, &text[span.start..span.end], back);
            last_start = span.start;
        }
        }
    }
}
