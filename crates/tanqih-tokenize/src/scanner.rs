//! The default tokenizer: one pass over chars, no regex.

use std::sync::OnceLock;

use tanqih_core::{Span, TokenKind};

use crate::arabic_run;
use crate::Attach;
use crate::Lexeme;

/// Scans `text` into lexemes (spans into `text`), numbering sentences.
pub(crate) fn scan(text: &str, split_dates: bool, out: &mut Vec<Lexeme>) {
    let bytes = text.as_bytes();
    let mut sentences = SentenceTracker::default();
    let mut i = 0;
    let table = word_table();
    while i < text.len() {
        // Fast paths: a space, and a word starting with an Arabic letter.
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        if (0xD8..=0xDB).contains(&bytes[i]) {
            let (cp, _) = decode(bytes, i);
            if table[cp as usize] && !is_digit_cp(cp) {
                let end = word_end(text, i);
                let sentence = sentences.before_token(TokenKind::Word, "");
                out.push(Lexeme {
                    kind: TokenKind::Word,
                    span: Span::new(i, end),
                    sentence,
                    attach: Attach::None,
                });
                i = end;
                continue;
            }
        }
        let c = char_at(text, i);
        if c == ' ' || c == '\n' || c.is_whitespace() || is_invisible(c) {
            if c == '\n' {
                sentences.paragraph_break();
            }
            i += c.len_utf8();
            continue;
        }
        let (kind, end) = if let Some(end) = url_end(text, i) {
            (TokenKind::Url, end)
        } else if let Some(end) = email_end(text, i) {
            (TokenKind::Email, end)
        } else if (c == '@' || c == '#')
            && i + 1 < bytes.len()
            && is_word_char(char_at(text, i + 1))
        {
            let end = word_end(text, i + 1);
            (
                if c == '@' {
                    TokenKind::Mention
                } else {
                    TokenKind::Hashtag
                },
                end,
            )
        } else if is_digit(c) {
            number_end(text, i, split_dates)
        } else if is_word_char(c) {
            (TokenKind::Word, word_end(text, i))
        } else if let Some(end) = emoji_end(text, i) {
            (TokenKind::Emoji, end)
        } else if is_punct(c) {
            (TokenKind::Punct, i + c.len_utf8())
        } else {
            (TokenKind::Symbol, i + c.len_utf8())
        };
        let sentence = sentences.before_token(kind, &text[i..end]);
        if kind == TokenKind::Punct {
            let prev = out
                .last()
                .filter(|t| t.sentence == sentence)
                .map(|t| &text[t.span.start..t.span.end]);
            sentences.after_punct(c, prev, text[end..].chars().next());
        }
        out.push(Lexeme {
            kind,
            span: Span::new(i, end),
            sentence,
            attach: Attach::None,
        });
        i = end;
    }
}

/// Tracks sentence numbers: a terminator ends a sentence after any closing quotes that follow it.
#[derive(Default)]
struct SentenceTracker {
    current: u32,
    has_tokens: bool,
    pending: bool,
}

impl SentenceTracker {
    fn paragraph_break(&mut self) {
        if self.has_tokens {
            self.pending = true;
        }
    }

    #[inline]
    fn before_token(&mut self, kind: TokenKind, text: &str) -> u32 {
        if !self.pending {
            self.has_tokens = true;
            return self.current;
        }
        let closer = kind == TokenKind::Punct && text.chars().all(is_closing);
        if self.pending && !closer {
            self.current += 1;
            self.pending = false;
            self.has_tokens = false;
        }
        self.has_tokens = true;
        self.current
    }

    fn after_punct(&mut self, c: char, prev: Option<&str>, next: Option<char>) {
        if !matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔') {
            return;
        }
        // Not after an abbreviation or an initial ("U.S.", "د."), and not before a lowercase Latin letter.
        let abbreviation = c == '.' && prev.is_some_and(is_abbreviation);
        let continues = next.is_some_and(|n| n.is_lowercase());
        if !abbreviation && !continues {
            self.pending = true;
        }
    }
}

fn is_abbreviation(word: &str) -> bool {
    const ABBREVIATIONS: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "etc", "e.g", "i.e", "No", "Co",
        "Inc", "Ltd", "د", "م", "ه", "هـ", "ق", "ص", "ج", "أ", "ا", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    word.chars().count() == 1 && word.chars().all(char::is_alphabetic)
        || ABBREVIATIONS.contains(&word)
}

fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().expect("in bounds")
}

/// Chars that may sit inside a word without ending it.
fn is_word_char(c: char) -> bool {
    is_word_cp(c as u32, word_table())
}

/// `is_word_char` for every code point below U+0800 (all one- and two-byte UTF-8 sequences).
fn word_table() -> &'static [bool; 0x800] {
    static TABLE: OnceLock<[bool; 0x800]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [false; 0x800];
        for (cp, slot) in t.iter_mut().enumerate() {
            let c = char::from_u32(cp as u32).expect("below the surrogates");
            *slot = c.is_alphanumeric() || c == '_' || is_mark(c);
        }
        t
    })
}

#[inline(always)]
fn is_word_cp(cp: u32, table: &[bool; 0x800]) -> bool {
    if cp < 0x800 {
        table[cp as usize]
    } else {
        char::from_u32(cp).is_some_and(|c| c.is_alphanumeric() || is_mark(c))
    }
}

#[inline(always)]
fn is_digit_cp(cp: u32) -> bool {
    matches!(cp, 0x30..=0x39 | 0x0660..=0x0669 | 0x06F0..=0x06F9)
}

/// Decodes the char at byte `j` of valid UTF-8: its code point and width.
#[inline(always)]
fn decode(b: &[u8], j: usize) -> (u32, usize) {
    let x = b[j];
    let cont = |k: usize| (b[j + k] & 0x3F) as u32;
    if x < 0x80 {
        (x as u32, 1)
    } else if x < 0xE0 {
        ((((x & 0x1F) as u32) << 6) | cont(1), 2)
    } else if x < 0xF0 {
        ((((x & 0x0F) as u32) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        (
            (((x & 0x07) as u32) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
            4,
        )
    }
}

/// Combining marks common in Arabic and Latin text (also when normalization kept them).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0640)
}

fn is_invisible(c: char) -> bool {
    matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFEFF | 0x00AD | 0x061C)
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c as u32, 0x0660..=0x0669 | 0x06F0..=0x06F9)
}

fn is_closing(c: char) -> bool {
    matches!(c, '»' | '”' | '’' | '"' | '\'' | ')' | ']' | '}' | '›')
}

fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation()
            && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    matches!(c as u32,
        0x00A1 | 0x00A7 | 0x00AB | 0x00B6 | 0x00B7 | 0x00BB | 0x00BF
        | 0x060C | 0x060D | 0x061B | 0x061E | 0x061F | 0x066A..=0x066D | 0x06D4
        | 0x2010..=0x2027 | 0x2030..=0x205E | 0x3001..=0x3003 | 0x300C..=0x300F | 0xFD3E | 0xFD3F)
}

/// Where the word starting at `i` ends. Separators between digits stay inside ("و1,000.5"); ZWNJ and
/// ZWJ inside a word do not end it.
#[inline]
fn word_end(text: &str, i: usize) -> usize {
    word_end_with(text, i, true)
}

/// [`word_end`], with runs of Arabic letters read sixteen bytes at a time (`runs`) or char by char.
#[inline(always)]
fn word_end_with(text: &str, i: usize, runs: bool) -> usize {
    let b = text.as_bytes();
    let table = word_table();
    let mut j = i;
    let mut prev_digit = false;
    while j < b.len() {
        // Arabic letters (two bytes, lead 0xD8..=0xDB) first: a run of them at once, else one.
        if (0xD8..=0xDB).contains(&b[j]) && j + 1 < b.len() {
            let run = if runs {
                arabic_run::word_bytes(b, j)
            } else {
                0
            };
            if run > 0 {
                prev_digit = false;
                j += run;
                continue;
            }
            let cp = (((b[j] & 0x1F) as usize) << 6) | (b[j + 1] & 0x3F) as usize;
            if table[cp] {
                prev_digit = is_digit_cp(cp as u32);
                j += 2;
                continue;
            }
        }
        let (cp, w) = decode(b, j);
        if is_word_cp(cp, table) || (j > i && (cp == 0x200C || cp == 0x200D)) {
            prev_digit = is_digit_cp(cp);
            j += w;
            continue;
        }
        let separator = prev_digit
            && matches!(cp, 0x2E | 0x2C | 0x066B | 0x066C)
            && j + w < b.len()
            && is_digit_cp(decode(b, j + w).0);
        if !separator {
            break;
        }
        prev_digit = false;
        j += w;
    }
    j
}

/// A number: digits with inner decimal or thousands separators, an optional percent sign; dates
/// (`18/10/2025`) and times (`01:43`) stay one token unless `split_dates`.
fn number_end(text: &str, i: usize, split_dates: bool) -> (TokenKind, usize) {
    let mut end = i;
    let mut chars = text[i..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let pos = i + off;
        if is_digit(c) {
            end = pos + c.len_utf8();
            continue;
        }
        let joins =
            matches!(c, '.' | ',' | '٫' | '٬') || !split_dates && matches!(c, '/' | ':' | '-');
        let digit_follows = chars.peek().is_some_and(|&(_, n)| is_digit(n));
        if joins && digit_follows {
            continue;
        }
        if matches!(c, '%' | '٪') {
            end = pos + c.len_utf8();
        } else if is_word_char(c) {
            // Digits glued to letters ("COVID19", "2x") make a word.
            return (TokenKind::Word, word_end(text, i));
        }
        break;
    }
    (TokenKind::Number, end)
}

fn url_end(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let prefixed = ["http://", "https://", "www."].iter().any(|p| {
        rest.len() >= p.len() && rest.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    });
    if !prefixed {
        return None;
    }
    let len = rest
        .find(|c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '«' | '»'))
        .unwrap_or(rest.len());
    let trimmed = rest[..len].trim_end_matches(|c: char| {
        matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '،' | '؟')
    });
    Some(i + trimmed.len())
}

fn email_end(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let local = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(b))
        .count();
    if local == 0
        || !rest.as_bytes()[0].is_ascii_alphanumeric()
        || rest.as_bytes().get(local) != Some(&b'@')
    {
        return None;
    }
    let domain = &rest[local + 1..];
    let len = domain
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'.' || *b == b'-')
        .count();
    let domain = domain[..len].trim_end_matches(['.', '-']);
    let dot = domain.rfind('.')?;
    (dot > 0 && domain.len() - dot > 2).then_some(i + local + 1 + domain.len())
}

fn is_emoji_base(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2300..=0x23FF | 0x00A9 | 0x00AE | 0x203C | 0x2049 | 0x2122 | 0x2139 | 0x3030 | 0x303D | 0x3297 | 0x3299)
}

fn is_regional(c: char) -> bool {
    matches!(c as u32, 0x1F1E6..=0x1F1FF)
}

/// A whole emoji sequence: flags, modifiers, variation selectors, keycaps, tags and ZWJ joins.
fn emoji_end(text: &str, i: usize) -> Option<usize> {
    let mut chars = text[i..].char_indices().peekable();
    let (_, first) = chars.next()?;
    if is_regional(first) {
        return Some(match chars.peek() {
            Some(&(off, c)) if is_regional(c) => i + off + c.len_utf8(),
            _ => i + first.len_utf8(),
        });
    }
    if !is_emoji_base(first) {
        return None;
    }
    let mut end = i + first.len_utf8();
    let mut after_zwj = false;
    while let Some(&(off, c)) = chars.peek() {
        let u = c as u32;
        let continues = matches!(u, 0x1F3FB..=0x1F3FF | 0xFE0F | 0x20E3 | 0xE0020..=0xE007F)
            || after_zwj && (is_emoji_base(c) || is_regional(c));
        if c == '\u{200D}' {
            after_zwj = true;
            chars.next();
            continue;
        }
        if !continues {
            break;
        }
        after_zwj = false;
        end = i + off + c.len_utf8();
        chars.next();
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The chars that Arabic runs are made of, as the scanner reads them one by one.
    const RUN_CHARS: [std::ops::RangeInclusive<u32>; 2] = [0x0620..=0x065F, 0x066E..=0x06BF];

    #[test]
    fn arabic_runs_hold_exactly_their_chars_all_word_chars_and_no_digit() {
        let table = word_table();
        for cp in 0x0080..0x0800u32 {
            let c = char::from_u32(cp).unwrap();
            let block: String = std::iter::repeat_n(c, 16).collect();
            let in_run = RUN_CHARS.iter().any(|r| r.contains(&cp));
            let read = arabic_run::word_bytes(block.as_bytes(), 0);
            if cfg!(target_arch = "x86_64") {
                assert_eq!(read == block.len(), in_run, "U+{cp:04X}");
            }
            if in_run {
                assert!(table[cp as usize] && !is_digit_cp(cp), "U+{cp:04X}");
            } else {
                assert_eq!(read, 0, "U+{cp:04X}");
            }
        }
    }

    fn mixed_text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                8 => proptest::char::range('\u{0620}', '\u{064A}'),
                2 => proptest::char::range('\u{0600}', '\u{06FF}'),
                2 => Just(' '),
                1 => proptest::char::range('0', '9'),
                1 => proptest::sample::select(vec!['.', ',', '٫', '\u{200C}', 'a', 'é', '،', '\n']),
                1 => any::<char>(),
            ],
            0..80,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        #[test]
        fn words_end_where_they_end_char_by_char(text in mixed_text()) {
            for (i, _) in text.char_indices() {
                prop_assert_eq!(word_end_with(&text, i, true), word_end_with(&text, i, false), "at {}", i);
            }
        }
    }
}
