//! Tokenization for tanqih: words, numbers, punctuation, URLs, e-mails, mentions, hashtags, emoji and
//! symbols, each with its kind, its span and its sentence number.
//!
//! ```
//! use tanqih_tokenize::Tokenizer;
//! let t = Tokenizer::from_preset("default").unwrap();
//! let texts: Vec<String> = t.tokenize("قال: «نعم» 12.5%").into_iter().map(|t| t.text).collect();
//! assert_eq!(texts, ["قال", ":", "«", "نعم", "»", "12.5%"]);
//! ```
#![deny(missing_docs)]

mod arabic_run;
mod camel;
mod clitics;
mod scanner;

pub use clitics::{Attach, CliticScheme, Segmenter};

use tanqih_core::{Span, Token, TokenKind};

/// A token without its text: kind, span in the tokenized text, sentence number. The text is
/// `&text[span.start..span.end]`; producing lexemes allocates nothing per token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lexeme {
    /// The token kind.
    pub kind: TokenKind,
    /// Byte span in the tokenized text.
    pub span: Span,
    /// Zero-based sentence number.
    pub sentence: u32,
    /// For a clitic segment, the side it attaches to.
    pub attach: Attach,
}

impl Lexeme {
    /// The token text within `text` (the text that was tokenized).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span.start..self.span.end]
    }

    /// The token text with a clitic's `+` on its attached side (`و+`, `+ها`).
    pub fn marked_text(&self, text: &str) -> String {
        let mut out = String::new();
        self.push_marked_text(text, &mut out);
        out
    }

    /// Appends [`Lexeme::marked_text`] to `out`.
    pub fn push_marked_text(&self, text: &str, out: &mut String) {
        let bare = self.text(text);
        match self.attach {
            Attach::None => out.push_str(bare),
            Attach::Prefix => {
                out.push_str(bare);
                out.push('+');
            }
            Attach::Suffix => {
                out.push('+');
                out.push_str(bare);
            }
        }
    }
}

/// Errors from building a tokenizer.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum TokenizeError {
    /// No preset has this name.
    #[error("unknown tokenizer preset `{name}` (known: {known})")]
    UnknownPreset {
        /// The name asked for.
        name: String,
        /// The known names.
        known: String,
    },
}

/// Tokenizer presets: `(name, description)`.
pub const PRESETS: &[(&str, &str)] = &[
    (
        "default",
        "tanqih's tokenizer: kinds, sentences, numbers with separators, dates and times kept whole",
    ),
    (
        "split-dates",
        "as default, but dates and times are split at / : -",
    ),
    (
        "camel-simple-word-tokenize",
        "CAMeL Tools simple_word_tokenize",
    ),
    (
        "camel-simple-word-tokenize-split-digits",
        "CAMeL Tools simple_word_tokenize(split_digits=True)",
    ),
];

#[derive(Debug, Clone)]
enum Engine {
    Scanner { split_dates: bool },
    Camel(camel::CamelSimple),
}

/// A tokenizer. Spans are byte ranges of the text it is given.
#[derive(Debug, Clone)]
pub struct Tokenizer {
    engine: Engine,
    clitics: Option<Segmenter>,
}

impl Tokenizer {
    /// The tokenizer of a named preset (see [`PRESETS`]).
    pub fn from_preset(name: &str) -> Result<Self, TokenizeError> {
        let engine = match name {
            "default" => Engine::Scanner { split_dates: false },
            "split-dates" => Engine::Scanner { split_dates: true },
            "camel-simple-word-tokenize" => Engine::Camel(camel::CamelSimple::new(false)),
            "camel-simple-word-tokenize-split-digits" => {
                Engine::Camel(camel::CamelSimple::new(true))
            }
            _ => {
                return Err(TokenizeError::UnknownPreset {
                    name: name.to_string(),
                    known: PRESETS.iter().map(|p| p.0).collect::<Vec<_>>().join(", "),
                })
            }
        };
        Ok(Tokenizer {
            engine,
            clitics: None,
        })
    }

    /// This tokenizer, splitting Arabic words into clitics and stems by `scheme` (`None`: words stay
    /// whole).
    pub fn with_clitics(mut self, scheme: Option<CliticScheme>) -> Self {
        self.clitics = scheme.map(Segmenter::new);
        self
    }

    /// Tokenizes `text`.
    pub fn tokenize(&self, text: &str) -> Vec<Token> {
        let mut lexemes = Vec::new();
        self.lexemes_into(text, &mut lexemes);
        lexemes
            .into_iter()
            .map(|l| Token {
                kind: l.kind,
                text: l.marked_text(text),
                span: l.span,
                sentence: l.sentence,
            })
            .collect()
    }

    /// Appends the tokens of `text` to `out` as a JSON array of strings, clitics marked with `+` (as
    /// [`Token::text`] holds them), without allocating a string per token.
    pub fn write_json_array(&self, text: &str, out: &mut Vec<u8>) {
        thread_local! {
            /// The lexemes of the line being written, reused from line to line.
            static LEXEMES: std::cell::RefCell<Vec<Lexeme>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        LEXEMES.with_borrow_mut(|lexemes| {
            lexemes.clear();
            self.lexemes_into(text, lexemes);
            // The tokens' bytes at most, and quotes, a comma and a clitic mark for each.
            out.reserve(text.len() + 4 * lexemes.len() + 2);
            out.push(b'[');
            for (i, lexeme) in lexemes.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                out.push(b'"');
                if lexeme.attach == Attach::Suffix {
                    out.push(b'+');
                }
                // Words, numbers, mentions and hashtags are made of chars JSON never escapes; the
                // other tokens are short, and checked one by one.
                let escaped = !matches!(
                    lexeme.kind,
                    TokenKind::Word | TokenKind::Number | TokenKind::Mention | TokenKind::Hashtag
                );
                match escaped {
                    false => out.extend_from_slice(lexeme.text(text).as_bytes()),
                    true => tanqih_core::json::push_str_contents(lexeme.text(text), out),
                }
                if lexeme.attach == Attach::Prefix {
                    out.push(b'+');
                }
                out.push(b'"');
            }
            out.push(b']');
        });
    }

    /// Appends the lexemes of `text` to `out` (reuse `out` across calls to avoid allocating).
    pub fn lexemes_into(&self, text: &str, out: &mut Vec<Lexeme>) {
        let first = out.len();
        match &self.engine {
            Engine::Scanner { split_dates } => scanner::scan(text, *split_dates, out),
            Engine::Camel(camel) => camel.tokenize(text, out),
        }
        if let Some(segmenter) = &self.clitics {
            split_clitics(segmenter, text, out, first);
        }
    }
}

/// Replaces each word lexeme of `out[first..]` by its clitic segments.
fn split_clitics(segmenter: &Segmenter, text: &str, out: &mut Vec<Lexeme>, first: usize) {
    let words = out.split_off(first);
    let mut segments = Vec::new();
    for lexeme in words {
        if lexeme.kind != TokenKind::Word {
            out.push(lexeme);
            continue;
        }
        segments.clear();
        segmenter.segment(lexeme.text(text), &mut segments);
        let base = lexeme.span.start;
        out.extend(segments.iter().map(|(range, attach)| Lexeme {
            span: Span::new(base + range.start, base + range.end),
            attach: *attach,
            ..lexeme
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tanqih_core::TokenKind::{self, *};

    fn kinds(text: &str) -> Vec<(String, TokenKind)> {
        Tokenizer::from_preset("default")
            .unwrap()
            .tokenize(text)
            .into_iter()
            .map(|t| (t.text, t.kind))
            .collect()
    }

    fn pair(s: &str, k: TokenKind) -> (String, TokenKind) {
        (s.to_string(), k)
    }

    #[test]
    fn kinds_of_scraped_text() {
        assert_eq!(
            kinds("راجع http://example.com/a?b=1. #وسم @user_1 name@mail.com 😀👍🏽 🇸🇾 $5"),
            vec![
                pair("راجع", Word),
                pair("http://example.com/a?b=1", Url),
                pair(".", Punct),
                pair("#وسم", Hashtag),
                pair("@user_1", Mention),
                pair("name@mail.com", Email),
                pair("😀", Emoji),
                pair("👍🏽", Emoji),
                pair("🇸🇾", Emoji),
                pair("$", Symbol),
                pair("5", Number),
            ]
        );
    }

    #[test]
    fn numbers_dates_and_times() {
        assert_eq!(
            kinds("١٢٫٥٪ في 18/10/2025 الساعة 01:43، و1,000.5 COVID19"),
            vec![
                pair("١٢٫٥٪", Number),
                pair("في", Word),
                pair("18/10/2025", Number),
                pair("الساعة", Word),
                pair("01:43", Number),
                pair("،", Punct),
                pair("و1,000.5", Word),
                pair("COVID19", Word),
            ]
        );
        let split = Tokenizer::from_preset("split-dates")
            .unwrap()
            .tokenize("18/10/2025");
        assert_eq!(
            split.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(),
            ["18", "/", "10", "/", "2025"]
        );
    }

    #[test]
    fn sentences_end_after_closing_quotes_and_not_after_initials() {
        let t = Tokenizer::from_preset("default").unwrap();
        let toks = t.tokenize("قال «انتهى.» ثم ذهب؟ وصل د. أحمد إلى U.S. أمس\nسطر جديد");
        let sentence_of = |w: &str| toks.iter().find(|t| t.text == w).unwrap().sentence;
        assert_eq!(sentence_of("»"), 0);
        assert_eq!(sentence_of("ثم"), 1);
        assert_eq!(sentence_of("وصل"), 2);
        assert_eq!(sentence_of("أحمد"), 2);
        assert_eq!(sentence_of("أمس"), 2);
        assert_eq!(sentence_of("سطر"), 3);
    }

    #[test]
    fn unknown_preset_is_an_error() {
        assert!(Tokenizer::from_preset("nope")
            .unwrap_err()
            .to_string()
            .contains("`nope`"));
    }
}
