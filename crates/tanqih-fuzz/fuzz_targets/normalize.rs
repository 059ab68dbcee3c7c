//! Every preset on arbitrary text: no panic, offsets map output char boundaries into the input, and the
//! default preset is idempotent.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tanqih_core::Span;
use tanqih_normalize::{Normalizer, PRESETS};

fuzz_target!(|text: &str| {
    for preset in PRESETS {
        let normalizer = Normalizer::from_preset(preset.name).unwrap();
        let out = normalizer.normalize_with_offsets(text);
        assert_eq!(normalizer.normalize(text), out.text.as_str());
        for (i, c) in out.text.char_indices() {
            let source = out.map.to_source(Span::new(i, i + c.len_utf8()));
            assert!(source.start <= source.end && source.end <= text.len());
            assert!(text.is_char_boundary(source.start) && text.is_char_boundary(source.end));
        }
    }
    let default = Normalizer::from_preset("default").unwrap();
    let once = default.normalize(text).into_owned();
    assert_eq!(default.normalize(&once), once.as_str());
});
