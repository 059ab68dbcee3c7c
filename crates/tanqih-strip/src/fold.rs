//! Folding: the form in which lines and word lists compare. Alef forms, teh marbuta, alef maksura and
//! the Persian and Urdu letters of `tanqih_core::letters::persian_letter` are folded, tashkeel, tatweel
//! and zero-width marks dropped, Eastern digits made ASCII, letters lowercased. [`fold_line`] also makes
//! every run of spaces one space and measures the line in the same pass.

use std::ops::Range;

use tanqih_core::letters::{is_alef_form, persian_letter};

use crate::plain;

/// An edit of the folding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fold {
    Drop,
    To(char),
    Lower(char),
}

/// Flag of [`ARABIC_FLAGS`]: an Arabic letter (counted as such).
const LETTER: u8 = 1;
/// Flag of [`ARABIC_FLAGS`]: alphanumeric in Unicode.
const ALNUM: u8 = 2;

/// What each code point of U+0600–U+06FF is.
const ARABIC_FLAGS: [u8; 256] = {
    let mut table = [0; 256];
    let mut i = 0;
    while i < 256 {
        let cp = 0x0600 + i as u32;
        // Alphabetic or numeric in Unicode (a test checks this against `char::is_alphanumeric`).
        let alnum = matches!(
            cp,
            0x0610..=0x061A
                | 0x0620..=0x0657
                | 0x0659..=0x0669
                | 0x066E..=0x06D3
                | 0x06D5..=0x06DC
                | 0x06E1..=0x06E8
                | 0x06ED..=0x06FC
                | 0x06FF
        );
        let letter = matches!(cp, 0x0620..=0x064A | 0x066E..=0x06D3);
        table[i] = (letter as u8 * LETTER) | (alnum as u8 * ALNUM);
        i += 1;
    }
    table
};

/// The folding of each code point of U+0600–U+06FF (`None`: unchanged; `Some("")`: dropped).
const ARABIC_FOLD: [Option<&str>; 256] = {
    const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    let mut table = [None; 256];
    let mut i = 0;
    while i < 256 {
        let cp = 0x0600 + i as u32;
        // The Persian and Urdu letters that text typed on an Arabic keyboard spells with Arabic ones
        // fold as those do: to yeh, kaf or heh (teh marbuta goes to heh too).
        let persian = match persian_letter(cp) {
            Some('ي') => Some("ي"),
            Some('ك') => Some("ك"),
            Some(_) => Some("ه"),
            None => None,
        };
        table[i] = match cp {
            cp if is_alef_form(cp) => Some("ا"),
            _ if persian.is_some() => persian,
            0x0649 => Some("ي"),
            0x0629 => Some("ه"),
            0x061C | 0x0640 | 0x064B..=0x065F | 0x0670 => Some(""),
            0x0660..=0x0669 => Some(DIGITS[(cp - 0x0660) as usize]),
            0x06F0..=0x06F9 => Some(DIGITS[(cp - 0x06F0) as usize]),
            _ => None,
        };
        i += 1;
    }
    table
};

/// The index in the Arabic tables of the two-byte sequence `lead, next` (lead byte D8–DB).
fn arabic(lead: u8, next: u8) -> usize {
    ((lead as usize & 0x03) << 6) | (next as usize & 0x3F)
}

/// `char::is_alphanumeric`, with fast paths for ASCII and the Arabic block.
pub(crate) fn is_alnum(c: char) -> bool {
    match c as u32 {
        0..0x80 => c.is_ascii_alphanumeric(),
        0x0600..0x0700 => {
            let mut utf8 = [0; 2];
            c.encode_utf8(&mut utf8);
            ARABIC_FLAGS[arabic(utf8[0], utf8[1])] & ALNUM != 0
        }
        _ => c.is_alphanumeric(),
    }
}

/// `char::is_alphabetic`, with fast paths for ASCII and the Arabic block (whose alphabetic chars are its
/// alphanumeric ones but the digits).
pub(crate) fn is_alpha(c: char) -> bool {
    match c as u32 {
        0..0x80 => c.is_ascii_alphabetic(),
        0x0660..=0x0669 | 0x06F0..=0x06F9 => false,
        0x0600..0x0700 => is_alnum(c),
        _ => c.is_alphabetic(),
    }
}

/// `word` without the chars that are not alphanumeric at either edge: `word.trim_matches(|c|
/// !is_alnum(c))`, without decoding a char when the edge is an ASCII or Arabic letter or digit.
#[inline]
pub(crate) fn alnum_core(word: &str) -> &str {
    let b = word.as_bytes();
    let alnum_at_start = match b {
        [] => return word,
        [first, ..] if first.is_ascii() => first.is_ascii_alphanumeric(),
        [lead @ 0xD8..=0xDB, next, ..] => ARABIC_FLAGS[arabic(*lead, *next)] & ALNUM != 0,
        _ => false,
    };
    let alnum_at_end = match b {
        [.., last] if last.is_ascii() => last.is_ascii_alphanumeric(),
        [.., lead @ 0xD8..=0xDB, next] => ARABIC_FLAGS[arabic(*lead, *next)] & ALNUM != 0,
        _ => false,
    };
    match (alnum_at_start, alnum_at_end) {
        (true, true) => word,
        (true, false) => word.trim_end_matches(|c: char| !is_alnum(c)),
        (false, true) => word.trim_start_matches(|c: char| !is_alnum(c)),
        (false, false) => word.trim_matches(|c: char| !is_alnum(c)),
    }
}

/// An invisible mark: a direction mark or embedding, a byte-order mark, a zero-width space or joiner, a
/// soft hyphen. Right-to-left pages set them around and inside lines; a line reads the same without them.
pub(crate) fn is_invisible_mark(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{061C}'
            | '\u{FEFF}'
            | '\u{00AD}'
    )
}

/// The folding of a char outside ASCII and the Arabic block.
fn fold_other(c: char) -> Option<Fold> {
    match c {
        c if is_invisible_mark(c) => Some(Fold::Drop),
        _ => {
            let mut lower = c.to_lowercase();
            (lower.len() != 1 || lower.next() != Some(c)).then_some(Fold::Lower(c))
        }
    }
}

fn push_edit(out: &mut String, edit: Fold) {
    match edit {
        Fold::Drop => {}
        Fold::To(c) => out.push(c),
        Fold::Lower(c) => out.extend(c.to_lowercase()),
    }
}

/// Folds `text`.
pub(crate) fn fold(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    // Unchanged runs are copied whole; only edits are pushed one by one.
    let mut unchanged_from = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (len, edit) = if b < 0x80 {
            (
                1,
                b.is_ascii_uppercase()
                    .then(|| Fold::To(b.to_ascii_lowercase() as char)),
            )
        } else if (0xD8..=0xDB).contains(&b) {
            let index = arabic(b, bytes[i + 1]);
            if let Some(replacement) = ARABIC_FOLD[index] {
                out.push_str(&text[unchanged_from..i]);
                out.push_str(replacement);
                unchanged_from = i + 2;
            }
            i += 2;
            continue;
        } else {
            let c = text[i..].chars().next().expect("a char starts here");
            (c.len_utf8(), fold_other(c))
        };
        if let Some(edit) = edit {
            out.push_str(&text[unchanged_from..i]);
            push_edit(&mut out, edit);
            unchanged_from = i + len;
        }
        i += len;
    }
    out.push_str(&text[unchanged_from..]);
    out
}

/// Letters that folding swaps for other two-byte letters (أ -> ا, ة -> ه, ى -> ي), patched in place
/// once the unchanged run that holds them is copied, so that they do not break the run.
struct Swaps {
    /// Where each letter lands in the output.
    at: [usize; 32],
    len: usize,
}

impl Swaps {
    /// Copies `run` to `out`, then swaps the letters waiting in it.
    fn copy_run(&mut self, out: &mut String, run: &str) {
        out.push_str(run);
        for &at in &self.at[..self.len] {
            let replacement = ARABIC_FOLD[arabic(out.as_bytes()[at], out.as_bytes()[at + 1])]
                .expect("a letter that folding changes");
            assert_eq!(replacement.len(), 2, "a two-byte letter");
            // SAFETY: the two bytes at `at` are an Arabic letter and become another two-byte letter,
            // so `out` stays UTF-8.
            unsafe { out.as_mut_vec()[at..at + 2].copy_from_slice(replacement.as_bytes()) };
        }
        self.len = 0;
    }
}

/// What [`fold_line`] measured.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct LineShape {
    /// Whitespace-separated runs of the original that hold a letter or digit.
    pub words: usize,
    /// Arabic letters.
    pub arabic: usize,
    /// ASCII letters.
    pub latin: usize,
    /// The folded line holds a digit (Eastern digits are folded to ASCII).
    pub digits: bool,
    /// The line's key within the folded text: from its first letter or digit to its last.
    pub key: Range<usize>,
}

/// Appends the folding of `line` to `out`, with every run of whitespace (and whitespace at either edge)
/// made one space (none at the edges), and measures the line in the same pass.
pub(crate) fn fold_line(line: &str, out: &mut String) -> LineShape {
    let base = out.len();
    let bytes = line.as_bytes();
    let (mut words, mut letters, mut latin, mut digits) = (0, 0, 0, false);
    // The current whitespace-separated run has been counted as a word.
    let mut counted = false;
    // The last char written was a space, or nothing was written yet.
    let mut after_space = true;
    // Unchanged bytes from `unchanged_from` on are copied when the next edit comes that changes the
    // length; letters swapped for others of the same length wait in `swaps`.
    let mut unchanged_from = 0;
    let mut swaps = Swaps {
        at: [0; 32],
        len: 0,
    };
    let mut i = 0;
    while i < bytes.len() {
        // Plain Arabic sixteen bytes at a time (or the plain chars before what is not); char by char
        // up to and through what is not plain.
        let plain_from = match plain::block_at(bytes, i) {
            Some(
                Ok(block)
                | Err(plain::Cut {
                    prefix: Some(block),
                    ..
                }),
            ) if !(after_space && block.starts_with_space) => {
                letters += block.letters;
                words += block.word_starts + (block.starts_with_letter && !counted) as usize;
                after_space = block.ends_with_space;
                counted = !block.ends_with_space;
                let mut changed = block.changed;
                while changed != 0 {
                    // The two bytes of a letter that folding swaps end at bit `k`.
                    let at = i + changed.trailing_zeros() as usize - 1;
                    swaps.at[swaps.len] = out.len() + (at - unchanged_from);
                    swaps.len += 1;
                    if swaps.len == swaps.at.len() {
                        swaps.copy_run(out, &line[unchanged_from..at + 2]);
                        unchanged_from = at + 2;
                    }
                    changed &= changed - 1;
                }
                i += block.len;
                continue;
            }
            // A space after a space: read it alone, then blocks again.
            Some(
                Ok(_)
                | Err(plain::Cut {
                    prefix: Some(_), ..
                }),
            ) => i + 1,
            Some(Err(cut)) => plain::resume_at(bytes, i, cut.at),
            None => bytes.len(),
        };
        while i < plain_from {
            let b = bytes[i];
            // The common cases first, in as few steps as can be: an unchanged Arabic char, a single space,
            // unchanged ASCII.
            if b & 0xFC == 0xD8 {
                let index = arabic(b, bytes[i + 1]);
                let flags = ARABIC_FLAGS[index];
                letters += (flags & LETTER) as usize;
                let alnum = flags & ALNUM != 0;
                words += (alnum & !counted) as usize;
                counted |= alnum;
                match ARABIC_FOLD[index] {
                    None => after_space = false,
                    Some(replacement) if replacement.len() == 2 => {
                        after_space = false;
                        swaps.at[swaps.len] = out.len() + (i - unchanged_from);
                        swaps.len += 1;
                        if swaps.len == swaps.at.len() {
                            swaps.copy_run(out, &line[unchanged_from..i + 2]);
                            unchanged_from = i + 2;
                        }
                    }
                    Some(replacement) => {
                        swaps.copy_run(out, &line[unchanged_from..i]);
                        out.push_str(replacement);
                        unchanged_from = i + 2;
                        // A dropped mark leaves the last written char as it was.
                        after_space &= replacement.is_empty();
                        digits |= replacement.len() == 1;
                    }
                }
                i += 2;
                continue;
            } else if b == b' ' {
                if !after_space {
                    counted = false;
                    after_space = true;
                    i += 1;
                    continue;
                }
            } else if b < 0x80 && !b.is_ascii_uppercase() && !b.is_ascii_whitespace() && b != 0x0B {
                latin += b.is_ascii_alphabetic() as usize;
                digits |= b.is_ascii_digit();
                let alnum = b.is_ascii_alphanumeric();
                words += (alnum & !counted) as usize;
                counted |= alnum;
                after_space = false;
                i += 1;
                continue;
            }
            // The rest (ASCII that changes, other scripts): the char's length, its folding, and whether it is whitespace or alphanumeric.
            let (len, edit, space, alnum) = if b < 0x80 {
                latin += b.is_ascii_alphabetic() as usize;
                let edit = b
                    .is_ascii_uppercase()
                    .then(|| Fold::To(b.to_ascii_lowercase() as char));
                (1, edit, !b.is_ascii_uppercase(), b.is_ascii_uppercase())
            } else {
                let c = line[i..].chars().next().expect("a char starts here");
                (c.len_utf8(), fold_other(c), c.is_whitespace(), is_alnum(c))
            };
            if space {
                counted = false;
                // Whitespace other than a single ' ' after a written char becomes one space, or goes.
                swaps.copy_run(out, &line[unchanged_from..i]);
                if !after_space {
                    out.push(' ');
                }
                after_space = true;
            } else {
                words += (alnum & !counted) as usize;
                counted |= alnum;
                let Some(edit) = edit else {
                    // Unchanged: it stays in the run.
                    after_space = false;
                    i += len;
                    continue;
                };
                swaps.copy_run(out, &line[unchanged_from..i]);
                let at = out.len();
                push_edit(out, edit);
                // A dropped char leaves the last written one as it was.
                after_space &= out.len() == at;
            }
            i += len;
            unchanged_from = i;
        }
    }
    swaps.copy_run(out, &line[unchanged_from..]);
    if after_space && out.len() > base && out.ends_with(' ') {
        out.pop();
    }
    let folded = &out[base..];
    let key_start = folded.len() - folded.trim_start_matches(|c| !is_alnum(c)).len();
    let key_end = folded.trim_end_matches(|c| !is_alnum(c)).len();
    LineShape {
        words,
        arabic: letters,
        latin,
        digits,
        key: if key_start < key_end {
            key_start..key_end
        } else {
            0..0
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tanqih_core::letters::ALEF_FORMS;

    /// The folding, char by char, as [`fold`] must compute it.
    fn fold_chars(text: &str) -> String {
        let mut out = String::new();
        for c in text.chars() {
            match c {
                'A'..='Z' => out.push(c.to_ascii_lowercase()),
                c if ALEF_FORMS.contains(&c) => out.push('ا'),
                'ى' | 'ی' | 'ې' | 'ۍ' => out.push('ي'),
                'ک' | 'ڪ' => out.push('ك'),
                'ة' | 'ہ' | 'ھ' | 'ە' | 'ۀ' | 'ۃ' => out.push('ه'),
                '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => {}
                '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{061C}'
                | '\u{FEFF}'
                | '\u{00AD}' => {}
                '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
                '۰'..='۹' => out.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
                _ => out.extend(c.to_lowercase()),
            }
        }
        out
    }

    /// What [`fold_line`] must give, computed step by step.
    fn fold_line_steps(line: &str) -> (String, LineShape) {
        let folded = fold_chars(line)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let core = folded.trim_matches(|c: char| !c.is_alphanumeric());
        let start = folded.len()
            - folded
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        let words = line
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        let shape = LineShape {
            words,
            arabic: line
                .chars()
                .filter(|&c| matches!(c as u32, 0x0620..=0x064A | 0x066E..=0x06D3))
                .count(),
            latin: line.chars().filter(char::is_ascii_alphabetic).count(),
            digits: folded.contains(|c: char| c.is_ascii_digit()),
            key: if core.is_empty() {
                0..0
            } else {
                start..start + core.len()
            },
        };
        (folded, shape)
    }

    fn every_char() -> String {
        (0x09..0x250)
            .chain(0x0600..0x0700)
            .chain(0x2000..0x2070)
            .chain(0xFB50..0xFF00)
            .filter_map(char::from_u32)
            .collect()
    }

    #[test]
    fn the_arabic_table_is_unicode_alphanumeric() {
        for c in (0..0x80).chain(0x0600..0x0700).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "U+{:04X}", c as u32);
            assert_eq!(is_alpha(c), c.is_alphabetic(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn alnum_core_is_the_trim_of_what_is_not_alphanumeric() {
        let every = every_char();
        let chars: Vec<char> = every.chars().chain(['ـ', '،', '\u{200c}']).collect();
        let mut words = vec![
            String::new(),
            "ا".into(),
            "a".into(),
            "1".into(),
            "،".into(),
        ];
        for (i, &c) in chars.iter().enumerate() {
            let d = chars[(i * 7 + 3) % chars.len()];
            words.extend([
                format!("{c}"),
                format!("{c}ب{d}"),
                format!("{d}x{c}"),
                format!("{c}{d}"),
            ]);
        }
        for word in &words {
            let expected = word.trim_matches(|c: char| !is_alnum(c));
            assert_eq!(alnum_core(word), expected, "{word:?}");
        }
    }

    #[test]
    fn fold_is_the_char_by_char_folding() {
        let every = every_char();
        for text in [
            every.as_str(),
            "ÀÉ İstanbul ΣΑΣ",
            "الإثنين ١٢ أكتوبر ۲۰۲۵ ــ مُحمّد\u{200c}ة",
        ] {
            assert_eq!(fold(text), fold_chars(text), "{text}");
        }
    }

    use proptest::prelude::*;

    proptest! {
        /// Mostly Arabic letters and single spaces, as blocks read them, cut by what they do not read.
        #[test]
        fn fold_line_reads_blocks_and_their_cuts_as_chars(
            line in proptest::collection::vec(
                prop_oneof![
                    8 => proptest::char::range('\u{0620}', '\u{064A}'),
                    3 => Just(' '),
                    1 => prop::sample::select(vec![
                        '.', '؟', ':', '،', '١', '7', 'A', 'b', 'ـ', '|', '\u{064E}', '\t', '«', 'ی', 'ک',
                        '\u{200C}', 'أ', 'ة', 'ى',
                    ]),
                ],
                0..80,
            ).prop_map(|chars| chars.into_iter().collect::<String>())
        ) {
            let mut out = String::from("earlier text");
            let shape = fold_line(&line, &mut out);
            let (folded, expected) = fold_line_steps(&line);
            prop_assert_eq!(&out["earlier text".len()..], folded.as_str());
            prop_assert_eq!(shape, expected);
        }
    }

    #[test]
    fn fold_line_is_fold_with_spaces_made_one_and_measures_the_line() {
        let every = every_char();
        let seeds: Vec<String> =
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds"))
                .unwrap()
                .map(|entry| std::fs::read_to_string(entry.unwrap().path()).unwrap())
                .collect();
        let seed_lines = seeds.iter().flat_map(|seed| seed.split('\n'));
        for line in seed_lines.chain([
            every.as_str(),
            "",
            "   ",
            "\u{200b} x",
            "x \u{200b}",
            "«  الإثنين\t١٢ أكتوبر ۲۰۲۵ ــ » ",
            "a \u{064B} b\u{00A0}\u{00A0}c",
            "— مُحمّد\u{200c}ة ÀÉ İstanbul —",
            "... !!",
            // Latin read char by char up to the Arabic after it, then blocks again.
            "Breaking news from Riyadh today: وزير الخارجية يلتقي نظيره الأمريكي في الرياض and more",
        ]) {
            let mut out = String::from("earlier text");
            let shape = fold_line(line, &mut out);
            let (folded, expected) = fold_line_steps(line);
            assert_eq!(&out["earlier text".len()..], folded, "{line:?}");
            assert_eq!(shape, expected, "{line:?}");
        }
    }
}
