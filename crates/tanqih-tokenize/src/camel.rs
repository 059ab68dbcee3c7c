//! CAMeL Tools' `simple_word_tokenize`, reproduced: split on whitespace, then split off every
//! punctuation, symbol or emoji sequence (and, optionally, every digit run).

use regex::Regex;
use tanqih_core::{Span, TokenKind};

use crate::Attach;
use crate::Lexeme;

/// The compiled patterns of CAMeL's tokenizer.
#[derive(Debug, Clone)]
pub(crate) struct CamelSimple {
    symbols: Regex,
    digits: Regex,
    split_digits: bool,
}

impl CamelSimple {
    pub(crate) fn new(split_digits: bool) -> Self {
        // The emoji-sequence pattern of UTS #51, as CAMeL Tools writes it, anchored at the slice start.
        let emoji = r"(?:\p{Regional_Indicator}\p{Regional_Indicator}|\p{Emoji}(?:\p{Emoji_Modifier}|\x{FE0F}\x{20E3}?|[\x{E0020}-\x{E007E}]+\x{E007F})?(?:\x{200D}(?:\p{Regional_Indicator}\p{Regional_Indicator}|\p{Emoji}(?:\p{Emoji_Modifier}|\x{FE0F}\x{20E3}?|[\x{E0020}-\x{E007E}]+\x{E007F})?))*)";
        let symbols = format!(r"\A(?:{emoji}|(?:[0-9*#]\x{{20E3}})|\p{{S}}|\p{{P}})");
        CamelSimple {
            symbols: Regex::new(&symbols).expect("valid symbol pattern"),
            digits: Regex::new(r"\A\d+").expect("valid digit pattern"),
            split_digits,
        }
    }

    /// True when a symbol match is one that CAMeL splits off: one punctuation or symbol character, or an
    /// emoji sequence (a single digit, `#` or `*` matched as `\p{Emoji}` is not one).
    fn splits(&self, matched: &str) -> bool {
        let mut chars = matched.chars();
        let first = chars.next().expect("non-empty match");
        match chars.next() {
            None => !first.is_alphanumeric(),
            Some(second) => {
                !(first.is_ascii_digit() || matches!(first, '#' | '*'))
                    || second == '\u{20E3}'
                    || matched.ends_with('\u{20E3}')
            }
        }
    }

    pub(crate) fn tokenize(&self, text: &str, out: &mut Vec<Lexeme>) {
        let mut push = |start: usize, end: usize, kind: TokenKind| {
            out.push(Lexeme {
                kind,
                span: Span::new(start, end),
                sentence: 0,
                attach: Attach::None,
            });
        };
        for (word_start, word) in python_split(text) {
            let mut start = 0;
            let mut idx = 0;
            while idx < word.len() {
                if let Some(m) = self.symbols.find(&word[idx..]) {
                    if self.splits(m.as_str()) {
                        if idx != start {
                            push(word_start + start, word_start + idx, TokenKind::Word);
                        }
                        let end = idx + m.end();
                        let kind = if m.as_str().chars().count() > 1 {
                            TokenKind::Emoji
                        } else {
                            TokenKind::Punct
                        };
                        push(word_start + idx, word_start + end, kind);
                        idx = end;
                        start = end;
                        continue;
                    }
                }
                if self.split_digits {
                    if let Some(m) = self.digits.find(&word[idx..]) {
                        if idx != start {
                            push(word_start + start, word_start + idx, TokenKind::Word);
                        }
                        let end = idx + m.end();
                        push(word_start + idx, word_start + end, TokenKind::Number);
                        idx = end;
                        start = end;
                        continue;
                    }
                }
                idx += word[idx..].chars().next().expect("in bounds").len_utf8();
            }
            if start < word.len() {
                push(word_start + start, word_start + word.len(), TokenKind::Word);
            }
        }
    }
}

/// Python's `str.split()` with no argument: runs of whitespace as `str.isspace` defines it.
fn python_split(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let is_space = |c: char| c.is_whitespace() || matches!(c, '\u{1C}'..='\u{1F}');
    let mut rest = 0;
    std::iter::from_fn(move || {
        let tail = &text[rest..];
        let start = rest + tail.find(|c: char| !is_space(c))?;
        let len = text[start..].find(is_space).unwrap_or(text.len() - start);
        rest = start + len;
        Some((start, &text[start..start + len]))
    })
}
