//! Stripping arbitrary text: no panic, one decision per line, and the rewrite maps into the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tanqih_core::Span;
use tanqih_strip::{strip, StripConfig};

fuzz_target!(|text: &str| {
    let stripped = strip(text, &StripConfig::default());
    assert_eq!(stripped.lines.len(), text.split('\n').count());
    let rewritten = stripped.rewrite(text);
    for (i, c) in rewritten.text.char_indices() {
        let source = rewritten.map.to_source(Span::new(i, i + c.len_utf8()));
        assert!(source.start <= source.end && source.end <= text.len());
        assert!(text.is_char_boundary(source.start) && text.is_char_boundary(source.end));
    }
});
