//! A document's token strings, stored end to end in one string: one allocation a document, not one a
//! token.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use tanqih_tokenize::Lexeme;

/// Token strings, in order, in one buffer; serialized as a list of strings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TokenTexts {
    text: String,
    /// Where each token ends in `text`.
    ends: Vec<u32>,
}

impl TokenTexts {
    /// No tokens, with room for `tokens` tokens of `bytes` bytes in all.
    pub fn with_capacity(tokens: usize, bytes: usize) -> Self {
        TokenTexts {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(tokens),
        }
    }

    /// Appends a token.
    pub fn push(&mut self, token: &str) {
        self.text.push_str(token);
        self.close();
    }

    /// Appends the token of `lexeme` in `text` (the text it was found in), a clitic marked with `+`.
    pub fn push_lexeme(&mut self, lexeme: &Lexeme, text: &str) {
        lexeme.push_marked_text(text, &mut self.text);
        self.close();
    }

    fn close(&mut self) {
        let end = u32::try_from(self.text.len()).expect("a document's tokens under 4 GiB");
        self.ends.push(end);
    }

    /// How many tokens.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// No tokens.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Token `i`.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = i.checked_sub(1).map_or(0, |j| self.ends[j] as usize);
        Some(&self.text[start..end])
    }

    /// The tokens in order.
    pub fn iter(&self) -> Iter<'_> {
        Iter {
            text: &self.text,
            ends: self.ends.iter(),
            start: 0,
        }
    }

    /// The bytes of all tokens together.
    pub fn bytes(&self) -> usize {
        self.text.len()
    }
}

/// The tokens of a [`TokenTexts`], in order.
#[derive(Debug, Clone)]
pub struct Iter<'a> {
    text: &'a str,
    ends: std::slice::Iter<'a, u32>,
    start: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let end = *self.ends.next()? as usize;
        // SAFETY: every end was the length of the buffer right after a whole `&str` was pushed, so
        // `start..end` lies within it, on char boundaries.
        let token = unsafe { self.text.get_unchecked(self.start..end) };
        self.start = end;
        Some(token)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.ends.size_hint()
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl std::ops::Index<usize> for TokenTexts {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        self.get(i).expect("a token index within the tokens")
    }
}

impl<'a> FromIterator<&'a str> for TokenTexts {
    fn from_iter<I: IntoIterator<Item = &'a str>>(tokens: I) -> Self {
        let mut texts = TokenTexts::default();
        for token in tokens {
            texts.push(token);
        }
        texts
    }
}

impl<S: AsRef<str>> PartialEq<[S]> for TokenTexts {
    fn eq(&self, other: &[S]) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(a, b)| a == b.as_ref())
    }
}

impl Serialize for TokenTexts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for TokenTexts {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tokens = Vec::<String>::deserialize(deserializer)?;
        Ok(tokens.iter().map(String::as_str).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_come_back_as_pushed_and_serialize_as_a_list_of_strings() {
        let tokens = ["قال", "", "و+", "12.5%", "\"q\""];
        let texts: TokenTexts = tokens.iter().copied().collect();
        assert_eq!(texts.len(), tokens.len());
        assert!(texts.iter().eq(tokens.iter().copied()));
        assert_eq!(texts.iter().len(), tokens.len());
        assert_eq!(&texts[2], "و+");
        assert_eq!(texts.get(5), None);
        assert_eq!(texts.bytes(), tokens.iter().map(|t| t.len()).sum::<usize>());
        let json = serde_json::to_string(&texts).unwrap();
        assert_eq!(json, serde_json::to_string(&tokens).unwrap());
        assert_eq!(serde_json::from_str::<TokenTexts>(&json).unwrap(), texts);
        assert!(TokenTexts::default().is_empty());
        assert!(texts == tokens[..]);
    }
}
