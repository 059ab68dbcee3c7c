use serde::{Deserialize, Serialize};

use crate::{OffsetMap, Rewritten, Span};

/// Metadata recovered from a document.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// The headline.
    pub title: Option<String>,
    /// Author names, in the order found.
    pub authors: Vec<String>,
    /// Publication date (and time when known) as ISO 8601.
    pub date: Option<String>,
}

/// A document travelling through the pipeline.
///
/// The original text never changes. Stages rewrite the current text through [`Rewriter`](crate::Rewriter)
/// and [`Document::apply`], which keeps the map from the current text to the original.
#[derive(Debug, Clone)]
pub struct Document {
    /// Identifier (file stem or the id field of a JSONL record).
    pub id: String,
    /// Where the document came from (a path, or path and line).
    pub source: String,
    /// Recovered metadata.
    pub meta: Metadata,
    original: String,
    text: String,
    map: OffsetMap,
}

impl Document {
    /// A document whose current text is its original text.
    pub fn new(id: impl Into<String>, source: impl Into<String>, original: String) -> Self {
        let map = OffsetMap::identity(original.len());
        Document {
            id: id.into(),
            source: source.into(),
            meta: Metadata::default(),
            text: original.clone(),
            original,
            map,
        }
    }

    /// The original text, exactly as read.
    pub fn original(&self) -> &str {
        &self.original
    }

    /// The current text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The map from the current text to the original.
    pub fn map(&self) -> &OffsetMap {
        &self.map
    }

    /// Replaces the current text with a rewrite of it, composing the offset maps.
    ///
    /// `rewritten` must have been made by a tracking [`Rewriter`](crate::Rewriter) over [`Document::text`].
    pub fn apply(&mut self, rewritten: Rewritten) {
        assert_eq!(
            rewritten.map.source_len(),
            self.text.len(),
            "rewrite was made from another text"
        );
        self.map = rewritten.map.through(&self.map);
        self.text = rewritten.text;
    }

    /// Maps a span of the current text to the original bytes it came from.
    pub fn original_span(&self, span: Span) -> Span {
        self.map.to_source(span)
    }

    /// Maps spans of the current text to the original text in place (faster in increasing order).
    pub fn original_spans<'a>(&self, spans: impl IntoIterator<Item = &'a mut Span>) {
        self.map.spans_to_source(spans)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Rewriter;

    #[test]
    fn spans_survive_two_stages() {
        let mut doc = Document::new("d", "mem", "قـــال: سوريا".to_string());
        let mut rw = Rewriter::new(doc.text());
        let tatweel = doc.text().find('ـ').unwrap();
        rw.delete(tatweel, tatweel + "ـــ".len());
        doc.apply(rw.finish());
        assert_eq!(doc.text(), "قال: سوريا");
        let mut rw = Rewriter::new(doc.text());
        rw.replace(0, "قال".len(), "قول");
        doc.apply(rw.finish());
        let word = doc.original_span(Span::new(0, "قول".len()));
        assert_eq!(&doc.original()[word.start..word.end], "قـــال");
        let at = doc.text().find("سوريا").unwrap();
        let span = doc.original_span(Span::new(at, at + "سوريا".len()));
        assert_eq!(&doc.original()[span.start..span.end], "سوريا");
    }
}
