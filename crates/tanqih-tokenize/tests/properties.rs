//! Property tests of the tokenizers: never panic; spans in bounds, increasing, non-overlapping, on char
//! boundaries; what lies between spans is only whitespace or invisible marks.

use proptest::prelude::*;
use tanqih_tokenize::{CliticScheme, Tokenizer, PRESETS};

fn messy() -> impl Strategy<Value = String> {
    "[ا-ي\u{64b}-\u{652}ـ٠-٩0-9a-zA-Z.,:/%@#_\\-،؛؟«»\"'()😀👍🏽\u{1f1f8}\u{1f1fe}\u{200d}\u{fe0f}\u{200c}\u{200f}\u{a0} \n\t$+]{0,80}"
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// The JSON array written without strings per token is the token texts, as serde_json reads it.
    #[test]
    fn json_arrays_hold_the_token_texts(text in messy(), atb in any::<bool>()) {
        let tokenizer = Tokenizer::from_preset("default")
            .unwrap()
            .with_clitics(atb.then_some(CliticScheme::Atb));
        let mut out = Vec::new();
        tokenizer.write_json_array(&text, &mut out);
        let read: Vec<String> = serde_json::from_slice(&out).unwrap();
        let want: Vec<String> = tokenizer.tokenize(&text).into_iter().map(|t| t.text).collect();
        prop_assert_eq!(read, want);
    }

    #[test]
    fn spans_are_ordered_and_gaps_are_blank(text in messy()) {
        for (name, _) in PRESETS {
            let tokenizer = Tokenizer::from_preset(name).unwrap();
            let mut last = 0;
            let mut sentence = 0;
            for token in tokenizer.tokenize(&text) {
                let (s, e) = (token.span.start, token.span.end);
                prop_assert!(last <= s && s < e && e <= text.len(), "{} span {:?}", name, token.span);
                prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
                prop_assert_eq!(&text[s..e], token.text.as_str());
                let gap = &text[last..s];
                prop_assert!(
                    gap.chars().all(|c| c.is_whitespace() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{1c}'..='\u{1f}')),
                    "{}: non-blank gap {:?}", name, gap
                );
                prop_assert!(token.sentence >= sentence, "sentence numbers never decrease");
                sentence = token.sentence;
                last = e;
            }
            let tail = &text[last..];
            prop_assert!(tail.chars().all(|c| c.is_whitespace() || matches!(c, '\u{200b}'..='\u{200f}')), "{}: tail {:?}", name, tail);
        }
    }

    #[test]
    fn clitic_segments_tile_their_word(text in messy(), d3 in any::<bool>()) {
        let plain = Tokenizer::from_preset("default").unwrap().tokenize(&text);
        let scheme = if d3 { CliticScheme::D3 } else { CliticScheme::Atb };
        let split = Tokenizer::from_preset("default").unwrap().with_clitics(Some(scheme)).tokenize(&text);
        let mut segments = split.iter().peekable();
        for token in &plain {
            // The segments of each token start at its start, follow each other without gaps and end at its end.
            let mut at = token.span.start;
            while at < token.span.end {
                let seg = segments.next().unwrap();
                prop_assert_eq!(seg.span.start, at);
                prop_assert!(seg.span.end > at && text.is_char_boundary(seg.span.end));
                let bare = &text[seg.span.start..seg.span.end];
                prop_assert!(
                    [bare.to_string(), format!("{bare}+"), format!("+{bare}")].contains(&seg.text),
                    "{:?} at {:?}", seg.text, seg.span
                );
                prop_assert_eq!(seg.sentence, token.sentence);
                at = seg.span.end;
            }
            prop_assert_eq!(at, token.span.end);
        }
        prop_assert!(segments.next().is_none());
    }
}
