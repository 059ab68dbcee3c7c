//! The tanqih pipeline: strip, normalize, tokenize and count features for each document, in parallel and
//! deterministically, and write the outputs of a run.
//!
//! Every stage is a pure function of the document and the configuration; reading, writing and threads
//! live here, at the edge, and only when the caller asks for them ([`run`]).
#![deny(missing_docs)]

mod config;
mod curation;
mod driver;
mod files;
mod input;
mod lines;
mod merge;
mod sink;
mod stats;
mod tokens;

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use tanqih_core::{json, Document, Metadata, Span, TokenKind};
use tanqih_normalize::Normalizer;
pub use tanqih_strip::CorpusContext;
use tanqih_strip::LineDecision;
use tanqih_tokenize::Tokenizer;

pub use config::{
    Clitics, ConfigError, FeaturesConfig, NormalizeConfig, OutputConfig, PipelineConfig, StopWords,
    TokenizeConfig,
};
pub use curation::{dedup_shards, AttributeRecord, Curation, CurationStats, DuplicateRecord};
pub use driver::{
    line_counts_of, read_line_counts, run, run_in_pool, write_line_counts, RunSummary,
};
pub use files::{
    clear_completion_marker, read_completion_marker, write_completion_marker, CompletionMarker,
    COMPLETION_MARKER,
};
pub use input::{
    decode_text, list_inputs, read_inputs, repaired_mojibake, site_of, Corpus, Input, InputConfig,
    InputStats, Shard,
};
pub use lines::map_lines;
pub use merge::merge;
#[cfg(feature = "parquet")]
pub use sink::{document_batch, parquet_writer};
pub use stats::Stats;
pub use tanqih_curate::{CurateConfig, CurateError};
pub use tokens::{Iter as TokenTextsIter, TokenTexts};

/// Errors of the pipeline.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PipelineError {
    /// The configuration is invalid.
    #[error("configuration: {0}")]
    Config(#[from] ConfigError),
    /// The curation settings do not hold together, or a signature does not fit the index.
    #[error("{0}")]
    Curate(#[from] tanqih_curate::CurateError),
    /// The worker threads could not be started.
    #[error("thread pool: {0}")]
    ThreadPool(#[from] rayon::ThreadPoolBuildError),
    /// A run over shards was given none.
    #[error("{0} needs at least one shard")]
    NoShards(&'static str),
    /// A tab-separated file (`line-counts.tsv`) does not hold its format.
    #[error("{path}: {source}")]
    Tsv {
        /// The file.
        path: String,
        /// The line and what it lacks.
        source: tanqih_core::TsvError,
    },
    /// The configuration names an unknown normalization preset or rule.
    #[error("configuration: {0}")]
    Normalize(#[from] tanqih_normalize::NormalizeError),
    /// The configuration names an unknown tokenizer preset.
    #[error("configuration: {0}")]
    Tokenize(#[from] tanqih_tokenize::TokenizeError),
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
    /// A line of a JSONL file is not a document.
    #[error("{path}: line {line}: {message}")]
    Input {
        /// The file.
        path: String,
        /// 1-based line number.
        line: usize,
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
    stop_words: HashSet<String>,
    curator: curation::Curator,
}

/// One processed document, from the stages to the writers: the row `documents.jsonl` and
/// `documents.parquet` hold (read back from them by `merge`), and the decision on each line of its
/// original, which the run's stats count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// Token strings (normalized).
    pub tokens: TokenTexts,
    /// Byte span of each token in the original document, made and written with `output.annotations`
    /// only (empty without: mapping every edit back to the original costs time).
    #[serde(default)]
    pub spans: Vec<Span>,
    /// Kind of each token (written with `output.annotations`).
    #[serde(default)]
    pub kinds: Vec<TokenKind>,
    /// Sentence number of each token (written with `output.annotations`).
    #[serde(default)]
    pub sentences: Vec<u32>,
    /// One decision per line of the original (empty for a document read back from a run's outputs).
    #[serde(skip)]
    pub lines: Vec<LineDecision>,
}

impl Processed {
    /// Appends the document as one line of `documents.jsonl` (without the newline), with its per-token
    /// annotations when `annotations`.
    pub fn write_json_line(&self, out: &mut Vec<u8>, annotations: bool) {
        let token_bytes = self.tokens.bytes();
        // Room for the text, its escapes (a newline a line at least), the tokens and about 32 bytes of
        // span, kind and sentence per token.
        let per_token = if annotations { 32 } else { 3 };
        let texts = self.text.len() + self.normalized.len();
        out.reserve(texts + texts / 16 + token_bytes + per_token * self.tokens.len() + 256);
        if annotations {
            serde_json::to_writer(out, self).expect("a document serializes");
            return;
        }
        // The lean row, as serde_json writes it, with the long strings escaped run by run.
        out.extend_from_slice(b"{\"id\":");
        json::push_str(&self.id, out);
        out.extend_from_slice(b",\"source\":");
        json::push_str(&self.source, out);
        out.extend_from_slice(b",\"meta\":");
        serde_json::to_writer(&mut *out, &self.meta).expect("metadata serializes");
        out.extend_from_slice(b",\"text\":");
        json::push_str(&self.text, out);
        out.extend_from_slice(b",\"normalized\":");
        json::push_str(&self.normalized, out);
        out.extend_from_slice(b",\"tokens\":[");
        for (i, token) in self.tokens.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            json::push_str(token, out);
        }
        out.extend_from_slice(b"]}");
    }

    /// Each token's text with its kind.
    pub fn tokens_with_kinds(&self) -> impl Iterator<Item = (&str, TokenKind)> + '_ {
        self.tokens.iter().zip(self.kinds.iter().copied())
    }
}

impl Pipeline {
    /// Builds the stages from a configuration; a bad preset or rule is an error.
    pub fn new(config: PipelineConfig) -> Result<Self, PipelineError> {
        config.output.check()?;
        let normalizer = Normalizer::builder(&config.normalize.preset)
            .and_then(|b| b.overrides(&config.normalize.rules))?
            .build();
        let tokenizer = Tokenizer::from_preset(&config.tokenize.preset)?
            .with_clitics(config.tokenize.clitics.scheme());
        let raw: Vec<String> = match &config.features.stop_words {
            StopWords::None => Vec::new(),
            StopWords::Arabic => tanqih_features::arabic_stop_words()
                .map(str::to_string)
                .collect(),
            StopWords::File(path) => std::fs::read_to_string(path)
                .map_err(|source| PipelineError::Io {
                    path: path.display().to_string(),
                    source,
                })?
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_string)
                .collect(),
        };
        let stop_words = raw
            .iter()
            .map(|w| normalizer.normalize(w).into_owned())
            .collect();
        let curator = curation::Curator::new(&config.curate, &normalizer)?;
        Ok(Pipeline {
            config,
            normalizer,
            tokenizer,
            stop_words,
            curator,
        })
    }

    /// The feature terms of a document's tokens (text and kind): word n-grams of the selected tokens
    /// (lexical kinds unless configured otherwise, stop words removed), then character n-grams; each
    /// distinct term once, with how often it occurs, in order of first occurrence.
    pub fn feature_terms<'a>(
        &self,
        tokens: impl Iterator<Item = (&'a str, TokenKind)>,
    ) -> Vec<(String, u64)> {
        let config = &self.config.features;
        let selected: Vec<&str> = tokens
            .filter(|(text, kind)| {
                (!config.lexical_only || kind.is_lexical()) && !self.stop_words.contains(*text)
            })
            .map(|(text, _)| text)
            .collect();
        tanqih_features::term_counts(&selected, config.tfidf.ngram_range, config.char_ngrams)
    }

    /// The feature terms of a processed document (see [`Pipeline::feature_terms`]).
    pub fn document_terms(&self, doc: &Processed) -> Vec<(String, u64)> {
        self.feature_terms(doc.tokens_with_kinds())
    }

    /// Quality signals, filter verdict and MinHash signature of a processed document (its
    /// near-duplicate verdict needs the documents before it: see [`run`] and [`dedup_shards`]).
    pub fn curate(&self, doc: &Processed) -> Curation {
        self.curator.curate(doc)
    }

    /// The configuration.
    pub fn config(&self) -> &PipelineConfig {
        &self.config
    }

    /// The kinds of the tokens of `normalized` (a document's normalized text), as processing made them.
    pub fn token_kinds(&self, normalized: &str) -> Vec<TokenKind> {
        let mut lexemes = Vec::new();
        self.tokenizer.lexemes_into(normalized, &mut lexemes);
        lexemes.into_iter().map(|l| l.kind).collect()
    }

    /// Runs every stage on one document on its own.
    pub fn process(&self, doc: Document) -> Processed {
        self.process_in_corpus(doc, None)
    }

    /// Runs every stage on one document of a corpus (lines found in many documents of the corpus, or of
    /// the document's site, are boilerplate).
    pub fn process_in_corpus(&self, mut doc: Document, corpus: Option<CorpusContext>) -> Processed {
        let stripped = tanqih_strip::strip_in_corpus(doc.text(), &self.config.strip, corpus);
        let rewritten = stripped.rewrite(doc.text());
        let annotations = self.config.output.annotations;
        // Token spans need every edit mapped back to the original; without them the texts are enough.
        let (text, normalized) = if annotations {
            doc.apply(rewritten);
            let text = doc.text().to_string();
            doc.apply(self.normalizer.normalize_with_offsets(doc.text()));
            (text, doc.text().to_string())
        } else {
            let text = rewritten.text;
            let normalized = self.normalizer.normalize(&text).into_owned();
            (text, normalized)
        };
        // A token and the space after it take four bytes or more of UTF-8 text, Arabic words far more.
        let mut lexemes = Vec::with_capacity(normalized.len() / 4 + 1);
        self.tokenizer.lexemes_into(&normalized, &mut lexemes);
        let mut processed = Processed {
            id: std::mem::take(&mut doc.id),
            source: std::mem::take(&mut doc.source),
            meta: stripped.meta,
            tokens: TokenTexts::with_capacity(lexemes.len(), normalized.len()),
            spans: Vec::new(),
            kinds: lexemes.iter().map(|l| l.kind).collect(),
            sentences: lexemes.iter().map(|l| l.sentence).collect(),
            lines: stripped.lines,
            text,
            normalized,
        };
        for lexeme in &lexemes {
            processed.tokens.push_lexeme(lexeme, &processed.normalized);
        }
        if annotations {
            processed.spans = lexemes.iter().map(|l| l.span).collect();
            doc.original_spans(processed.spans.iter_mut());
        }
        processed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pipeline() -> Pipeline {
        Pipeline::new(PipelineConfig::default()).unwrap()
    }

    /// A pipeline that makes token spans (`output.annotations`).
    fn annotating_pipeline() -> Pipeline {
        let mut config = PipelineConfig::default();
        config.output.annotations = true;
        Pipeline::new(config).unwrap()
    }

    #[test]
    fn annotations_add_spans_and_change_nothing_else() {
        let (plain, annotating) = (pipeline(), annotating_pipeline());
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
        for seed in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(seed.unwrap().path()).unwrap();
            let doc = || Document::new("d", "mem", text.clone());
            let (without, with) = (plain.process(doc()), annotating.process(doc()));
            assert!(without.spans.is_empty() && !with.tokens.is_empty());
            assert_eq!(with.spans.len(), with.tokens.len());
            assert_eq!(
                Processed {
                    spans: Vec::new(),
                    ..with
                },
                without
            );
        }
    }

    #[test]
    fn a_fragment_and_its_punctuation_map_to_the_word_they_complete() {
        let line = "ات، وقال المتحدث باسم الوزارة إن المفاوضـ";
        let text = format!("{line}\n");
        let p = annotating_pipeline().process(Document::new("d", "mem", text.clone()));
        let word = text.find("المفاوضـ").unwrap();
        let span = Span {
            start: word,
            end: word + "المفاوضـ".len(),
        };
        let at = p.tokens.iter().position(|t| t == "المفاوضات").unwrap();
        assert_eq!(&p.tokens[at + 1], "،");
        assert_eq!((p.spans[at], p.spans[at + 1]), (span, span));
        assert!(p.spans[..at].iter().all(|s| s.end <= span.start));
    }

    #[test]
    fn token_spans_point_at_their_original_bytes() {
        let body = "وقال المتحدث باسم الوزارة إن المفاوضـــات ستُستأنف الأسبوع المقبل في ﻷجل ٢٠٢٤.";
        let text = format!("الرئيسية\n\n{body}\n");
        let p = annotating_pipeline().process(Document::new("d", "mem", text.clone()));
        assert_eq!(p.text, body);
        let original = |token: &str| {
            let i = p.tokens.iter().position(|t| t == token).unwrap();
            &text[p.spans[i].start..p.spans[i].end]
        };
        assert_eq!(original("المفاوضات"), "المفاوضـــات");
        assert_eq!(original("ستستانف"), "ستُستأنف");
        assert_eq!(original("2024"), "٢٠٢٤");
        assert_eq!(original("لاجل"), "ﻷجل");
        // One annotation of each kind per token.
        assert_eq!(p.spans.len(), p.tokens.len());
        assert_eq!(p.kinds.len(), p.tokens.len());
        assert_eq!(p.sentences.len(), p.tokens.len());
    }

    #[test]
    fn stop_words_are_normalized_and_removed_before_ngrams() {
        let mut config = PipelineConfig::default();
        config.features.stop_words = StopWords::Arabic;
        config.features.tfidf.ngram_range = (1, 2);
        let p = Pipeline::new(config).unwrap();
        let tokens = [
            ("ذهب", TokenKind::Word),
            ("الي", TokenKind::Word),
            ("السوق", TokenKind::Word),
            (".", TokenKind::Punct),
        ];
        // "إلى" in the list is normalized to "الي" by the default preset, so it is removed.
        let terms = |p: &Pipeline, tokens: &[(&str, TokenKind)]| -> Vec<String> {
            p.feature_terms(tokens.iter().copied())
                .into_iter()
                .map(|(term, _)| term)
                .collect()
        };
        assert_eq!(terms(&p, &tokens), ["ذهب", "السوق", "ذهب السوق"]);

        let mut config = PipelineConfig::default();
        config.features.char_ngrams = Some((3, 3));
        let p = Pipeline::new(config).unwrap();
        assert_eq!(terms(&p, &[("من", TokenKind::Word)]), ["من", " من", "من "]);

        let mut config = PipelineConfig::default();
        config.features.stop_words = StopWords::File("/no/such/list.txt".into());
        assert!(Pipeline::new(config)
            .unwrap_err()
            .to_string()
            .contains("/no/such/list.txt"));
    }

    /// The lean row as serde_json writes it, field by field: what `write_json_line` must give.
    #[derive(Serialize)]
    struct LeanRow<'a> {
        id: &'a str,
        source: &'a str,
        meta: &'a Metadata,
        text: &'a str,
        normalized: &'a str,
        tokens: Vec<&'a str>,
    }

    fn lean_line(doc: &Processed) -> Vec<u8> {
        let mut out = Vec::new();
        doc.write_json_line(&mut out, false);
        out
    }

    fn serde_line(doc: &Processed) -> Vec<u8> {
        serde_json::to_vec(&LeanRow {
            id: &doc.id,
            source: &doc.source,
            meta: &doc.meta,
            text: &doc.text,
            normalized: &doc.normalized,
            tokens: doc.tokens.iter().collect(),
        })
        .unwrap()
    }

    #[test]
    fn a_lean_row_is_written_as_serde_json_writes_it() {
        let p = pipeline();
        for seed in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds")).unwrap()
        {
            let path = seed.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let doc = p.process(Document::new("id \"1\"", "dir\\file\n", text));
            assert_eq!(lean_line(&doc), serde_line(&doc), "{}", path.display());
        }
    }

    proptest! {
        #[test]
        fn any_lean_row_is_written_as_serde_json_writes_it(
            id in any::<String>(),
            lines in proptest::collection::vec("[ا-ي \"\\\t\u{1}a-z،.]{0,60}", 0..6),
        ) {
            let p = pipeline();
            let doc = p.process(Document::new(id, "mem", lines.join("\n")));
            prop_assert_eq!(lean_line(&doc), serde_line(&doc));
        }

        /// Spans are in bounds, on char boundaries, increasing, and the original bytes at a span
        /// normalize to the token text (a word a line-opening fragment completes: to its start).
        #[test]
        fn spans_map_back_to_the_original(
            lines in proptest::collection::vec("[ا-ي ـًٌٍَُِّْٰ٠-٩0-9a-z.،؟ \u{200c}\u{a0}ﻷﷲ]{0,60}", 0..8)
        ) {
            let text = lines.join("\n");
            let p = annotating_pipeline();
            let out = p.process(Document::new("d", "mem", text.clone()));
            // Tokens of one word share its span: a word and the punctuation a fragment brought with it.
            let pairs: Vec<_> = out.tokens.iter().zip(&out.spans).collect();
            let mut last = 0;
            for group in pairs.chunk_by(|a, b| a.1 == b.1) {
                let span = group[0].1;
                let token: String = group.iter().map(|(t, _)| *t).collect();
                prop_assert!(span.start >= last && span.start < span.end && span.end <= text.len());
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                let original = &text[span.start..span.end];
                let normalized = p.normalizer.normalize(original);
                // A word completed by the fragment a PDF extractor put at the start of its line maps to
                // the word it completes: the tokens are that word and the fragment that opens a line.
                let rest = token.strip_prefix(normalized.trim());
                prop_assert!(rest.is_some(), "{token:?} at {original:?}");
                let rest = rest.unwrap_or_default();
                prop_assert!(
                    rest.is_empty()
                        || text
                            .lines()
                            .any(|l| p.normalizer.normalize(l.trim_start()).starts_with(rest)),
                    "{token:?} at {original:?}"
                );
                last = span.end;
            }
        }
    }
}
