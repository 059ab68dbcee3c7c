//! JSON strings written as serde_json writes them, faster on long text: the runs between the bytes that
//! need an escape (a quote, a backslash, a control character) are found eight bytes at a time and copied
//! whole.

/// A byte JSON escapes inside a string.
#[inline]
fn escapes(b: u8) -> bool {
    b == b'"' || b == b'\\' || b < 0x20
}

/// Where the first byte of `bytes` that JSON escapes stands, if any. Reads eight bytes at a time as one
/// word: a byte below 0x20, or equal to a quote or a backslash, sets the high bit of a test word.
fn next_escape(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // A byte of `v` is below `n` (n ≤ 0x80): exact for whether any is.
    let below = |v: u64, n: u8| v.wrapping_sub(ONES * n as u64) & !v & HIGHS;
    let mut words = bytes.chunks_exact(8);
    let mut offset = 0;
    for word in &mut words {
        let v = u64::from_le_bytes(word.try_into().expect("eight bytes"));
        if below(v, 0x20) | below(v ^ (ONES * b'"' as u64), 1) | below(v ^ (ONES * b'\\' as u64), 1)
            != 0
        {
            return word.iter().position(|&b| escapes(b)).map(|i| offset + i);
        }
        offset += 8;
    }
    words
        .remainder()
        .iter()
        .position(|&b| escapes(b))
        .map(|i| offset + i)
}

/// Appends `text` escaped as inside a JSON string, without the quotes, byte for byte as serde_json
/// escapes it: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, other control characters as `\u00XX`; every
/// other char as it is.
pub fn push_str_contents(text: &str, out: &mut Vec<u8>) {
    let mut rest = text.as_bytes();
    while let Some(at) = next_escape(rest) {
        out.extend_from_slice(&rest[..at]);
        let b = rest[at];
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0C => out.extend_from_slice(b"\\f"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[(b >> 4) as usize]);
                out.push(HEX[(b & 0xF) as usize]);
            }
        }
        rest = &rest[at + 1..];
    }
    out.extend_from_slice(rest);
}

/// Appends `text` as a JSON string, quotes included.
pub fn push_str(text: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    push_str_contents(text, out);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn written(text: &str) -> String {
        let mut out = Vec::new();
        push_str(text, &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them() {
        let every_control: String = (0u8..0x20).map(char::from).collect();
        let long = "قال المتحدث \"نعم\"\n".repeat(40);
        for text in [
            "",
            "plain",
            "\"",
            "\\",
            every_control.as_str(),
            "\u{7f}\u{2028}\u{2029}é",
            long.as_str(),
            "سطر أول\nسطر ثان\tمع\r\n",
        ] {
            assert_eq!(
                written(text),
                serde_json::to_string(text).unwrap(),
                "{text:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn any_string_is_written_as_serde_json_writes_it(text in any::<String>()) {
            prop_assert_eq!(written(&text), serde_json::to_string(&text).unwrap());
        }

        #[test]
        fn long_text_with_few_escapes_is_written_as_serde_json_writes_it(
            parts in prop::collection::vec(("[ا-ي ]{0,70}", prop::sample::select(vec!["\n", "\"", "\\", "\t", "\u{1}", ""])), 0..20)
        ) {
            let text: String = parts.iter().map(|(a, b)| format!("{a}{b}")).collect();
            prop_assert_eq!(written(&text), serde_json::to_string(&text).unwrap());
        }
    }
}
