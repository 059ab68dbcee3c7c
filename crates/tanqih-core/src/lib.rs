//! The document model shared by every tanqih stage.
//!
//! A [`Document`] keeps its original text untouched and a current text that stages rewrite through one
//! primitive, the [`Rewriter`]. Every rewrite yields an [`OffsetMap`] from the new text back to the text it
//! was made from; [`Document::apply`] composes it with the document's map, so any byte range of the current
//! text maps back to the exact original bytes it came from ([`Document::original_span`]).
#![deny(missing_docs)]

#[cfg(target_arch = "x86_64")]
pub mod bytes16;
mod document;
pub mod json;
pub mod letters;
mod offsets;
mod token;
pub mod visual;

pub use document::{Document, Metadata};
pub use offsets::{OffsetMap, Rewriter, Rewritten, Span};
pub use token::{Token, TokenKind};

/// A line of a tab-separated file tanqih writes (`vocab.tsv`, `line-counts.tsv`) that does not hold what
/// the file's format puts there.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: expected {expected}")]
pub struct TsvError {
    /// 1-based line number.
    pub line: usize,
    /// What the line holds in the format.
    pub expected: &'static str,
}
