//! The tanqih pipeline: strip, normalize, tokenize and count features for each document, in parallel and
//! deterministically, and write the outputs of a run.
//!
//! Every stage is a pure function of the document and the configuration; reading, writing and threads
//! live here, at the edge, and only when the caller asks for them ([`run`]).
#![deny(missing_docs)]

mod config;
mod input;
mod output;
mod stats;

use serde::Serialize;
use tanqih_core::{Document, Metadata, Span, Token, TokenKind};
use tanqih_normalize::Normalizer;
use tanqih_strip::{LineDecision, StripConfig};
use tanqih_tokenize::Tokenizer;

pub use config::{FeaturesConfig, NormalizeConfig, PipelineConfig, TokenizeConfig};
pub use input::{read_inputs, Input};
pub use output::{merge, run, RunSummary};
pub use stats::Stats;

/// Errors of the pipeline.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PipelineError {
    /// The configuration is invalid.
    #[error("configuration: {0}")]
    Config(String),
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A shard directory cannot be merged.
    #[error("{path}: {message}")]
    Merge {
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A file is not valid UTF-8.
    #[error("{path}: invalid UTF-8 at byte {offset}")]
    Utf8 {
        /// The file.
        path: String,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
}

/// A configured pipeline.
#[derive(Debug, Clone)]
pub struct Pipeline {
    config: PipelineConfig,
    normalizer: Normalizer,
    tokenizer: Tokenizer,
}

/// One processed document.
#[derive(Debug, Clone, Serialize)]
pub struct Processed {
    /// Document id.
    pub id: String,
    /// Where it came from.
    pub source: String,
    /// Recovered metadata.
    pub meta: Metadata,
    /// The kept text, in original characters.
    pub text: String,
    /// The kept text after normalization.
    pub normalized: String,
    /// Tokens, with spans in the original document.
    #[serde(skip)]
    pub tokens: Vec<Token>,
    /// One decision per line of the original.
    #[serde(skip)]
    pub lines: Vec<LineDecision>,
}

impl Processed {
    /// Terms counted as features under `config`: the n-grams of the selected tokens.
    pub fn terms(&self, config: &FeaturesConfig) -> Vec<String> {
        feature_terms(
            self.tokens.iter().map(|t| (t.text.as_str(), t.kind)),
            config,
        )
    }
}

/// The feature terms of a token sequence: n-grams of the tokens the configuration selects.
pub fn feature_terms<'a>(
    tokens: impl Iterator<Item = (&'a str, TokenKind)>,
    config: &FeaturesConfig,
) -> Vec<String> {
    let selected: Vec<&str> = tokens
        .filter(|(_, kind)| !config.lexical_only || kind.is_lexical())
        .map(|(text, _)| text)
        .collect();
    tanqih_features::ngrams(&selected, config.tfidf.ngram_range)
}

/// The JSON line written for a document.
#[derive(Serialize)]
struct DocumentRecord<'a> {
    id: &'a str,
    source: &'a str,
    meta: &'a Metadata,
    text: &'a str,
    normalized: &'a str,
    tokens: Vec<&'a str>,
    spans: Vec<Span>,
    kinds: Vec<TokenKind>,
    sentences: Vec<u32>,
}

impl Processed {
    /// The document as one line of `documents.jsonl` (without the newline).
    pub fn to_json_line(&self) -> String {
        let record = DocumentRecord {
            id: &self.id,
            source: &self.source,
            meta: &self.meta,
            text: &self.text,
            normalized: &self.normalized,
            tokens: self.tokens.iter().map(|t| t.text.as_str()).collect(),
            spans: self.tokens.iter().map(|t| t.span).collect(),
            kinds: self.tokens.iter().map(|t| t.kind).collect(),
            sentences: self.tokens.iter().map(|t| t.sentence).collect(),
        };
        serde_json::to_string(&record).expect("record serializes")
    }
}

impl Pipeline {
    /// Builds the stages from a configuration; a bad preset or rule is an error.
    pub fn new(config: PipelineConfig) -> Result<Self, PipelineError> {
        let normalizer = Normalizer::builder(&config.normalize.preset)
            .and_then(|b| b.overrides(&config.normalize.rules))
            .map_err(|e| PipelineError::Config(e.to_string()))?
            .build();
        let tokenizer = Tokenizer::from_preset(&config.tokenize.preset)
            .map_err(|e| PipelineError::Config(e.to_string()))?;
        Ok(Pipeline {
            config,
            normalizer,
            tokenizer,
        })
    }

    /// The configuration.
    pub fn config(&self) -> &PipelineConfig {
        &self.config
    }

    /// The strip settings.
    pub fn strip_config(&self) -> &StripConfig {
        &self.config.strip
    }

    /// Runs every stage on one document.
    pub fn process(&self, mut doc: Document) -> Processed {
        let stripped = tanqih_strip::strip(doc.text(), &self.config.strip);
        doc.apply(stripped.rewrite(doc.text()));
        doc.meta = stripped.meta;
        let text = doc.text().to_string();
        doc.apply(self.normalizer.normalize_with_offsets(doc.text()));
        let mut tokens = self.tokenizer.tokenize(doc.text());
        for token in &mut tokens {
            token.span = doc.original_span(token.span);
        }
        Processed {
            id: doc.id.clone(),
            source: doc.source.clone(),
            meta: doc.meta.clone(),
            text,
            normalized: doc.text().to_string(),
            tokens,
            lines: stripped.lines,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pipeline() -> Pipeline {
        Pipeline::new(PipelineConfig::default()).unwrap()
    }

    #[test]
    fn token_spans_point_at_their_original_bytes() {
        let body = "وقال المتحدث باسم الوزارة إن المفاوضـــات ستُستأنف الأسبوع المقبل في ﻷجل ٢٠٢٤.";
        let text = format!("الرئيسية\n\n{body}\nشارك\n");
        let p = pipeline().process(Document::new("d", "mem", text.clone()));
        assert_eq!(p.text, body);
        let word = p.tokens.iter().find(|t| t.text == "المفاوضات").unwrap();
        assert_eq!(&text[word.span.start..word.span.end], "المفاوضـــات");
        let word = p.tokens.iter().find(|t| t.text == "ستستانف").unwrap();
        assert_eq!(&text[word.span.start..word.span.end], "ستُستأنف");
        let year = p.tokens.iter().find(|t| t.text == "2024").unwrap();
        assert_eq!(&text[year.span.start..year.span.end], "٢٠٢٤");
        let lam_alef = p.tokens.iter().find(|t| t.text == "لاجل").unwrap();
        assert_eq!(&text[lam_alef.span.start..lam_alef.span.end], "ﻷجل");
    }

    proptest! {
        /// Spans are in bounds, on char boundaries, increasing, and the original bytes at a span
        /// normalize to the token text.
        #[test]
        fn spans_map_back_to_the_original(
            lines in proptest::collection::vec("[ا-ي ـًٌٍَُِّْٰ٠-٩0-9a-z.،؟ \u{200c}\u{a0}ﻷﷲ]{0,60}", 0..8)
        ) {
            let text = lines.join("\n");
            let p = pipeline();
            let out = p.process(Document::new("d", "mem", text.clone()));
            let mut last = 0;
            for t in &out.tokens {
                prop_assert!(t.span.start >= last && t.span.start < t.span.end && t.span.end <= text.len());
                prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
                let original = &text[t.span.start..t.span.end];
                let normalized = p.normalizer.normalize(original);
                prop_assert_eq!(normalized.trim(), t.text.as_str());
                last = t.span.end;
            }
        }
    }
}
