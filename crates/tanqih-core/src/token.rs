use serde::{Deserialize, Serialize};

use crate::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters (any script) with their marks, possibly mixed with digits.
    Word,
    /// Digits in any script, with decimal and thousands separators, percentages, dates and times.
    Number,
    /// One punctuation mark.
    Punct,
    /// A symbol that is neither punctuation nor emoji (currency, math, arrows).
    Symbol,
    /// A `http(s)://` or `www.` address.
    Url,
    /// An e-mail address.
    Email,
    /// An `@mention`.
    Mention,
    /// A `#hashtag`, Arabic or Latin.
    Hashtag,
    /// A whole emoji sequence (modifiers, ZWJ sequences, flags).
    Emoji,
}

impl TokenKind {
    /// The kind's name, as serialized (`word`, `number`, `punct`, …).
    pub fn name(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Mention => "mention",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Emoji => "emoji",
        }
    }

    /// True for kinds that carry lexical content (words and numbers).
    pub fn is_lexical(self) -> bool {
        matches!(self, TokenKind::Word | TokenKind::Number)
    }
}

/// A token: its kind, its (normalized) text, its span in the original document and its sentence number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// The token kind.
    pub kind: TokenKind,
    /// The token text as the tokenizer produced it (after normalization).
    pub text: String,
    /// Byte span in the text the tokenizer saw; mapped to the original by the pipeline.
    pub span: Span,
    /// Zero-based sentence number within the document.
    pub sentence: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_serialized_names() {
        use TokenKind::*;
        for kind in [
            Word, Number, Punct, Symbol, Url, Email, Mention, Hashtag, Emoji,
        ] {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.name()));
        }
    }
}
