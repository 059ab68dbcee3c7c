//! Property tests of the tokenizers: never panic; spans in bounds, increasing, non-overlapping, on char
//! boundaries; what lies between spans is only whitespace or invisible marks.

use proptest::prelude::*;
use tanqih_tokenize::{Tokenizer, PRESETS};

fn messy() -> impl Strategy<Value = String> {
    "[ا-ي\u{64b}-\u{652}ـ٠-٩0-9a-zA-Z.,:/%@#_\\-،؛؟«»\"'()😀👍🏽\u{1f1f8}\u{1f1fe}\u{200d}\u{fe0f}\u{200c}\u{200f}\u{a0} \n\t$+]{0,80}"
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

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
}
