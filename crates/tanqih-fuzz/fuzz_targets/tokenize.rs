//! Every tokenizer preset, with and without clitics, on arbitrary text: no panic; spans increase, do not
//! overlap and fall on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tanqih_tokenize::{CliticScheme, Tokenizer, PRESETS};

fuzz_target!(|text: &str| {
    for (name, _) in PRESETS {
        for clitics in [None, Some(CliticScheme::Atb), Some(CliticScheme::D3)] {
            let tokenizer = Tokenizer::from_preset(name).unwrap().with_clitics(clitics);
            let mut last = 0;
            for token in tokenizer.tokenize(text) {
                let (s, e) = (token.span.start, token.span.end);
                assert!(last <= s && s < e && e <= text.len());
                assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
                last = e;
            }
        }
    }
});
