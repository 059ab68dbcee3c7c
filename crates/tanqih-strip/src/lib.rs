//! Boilerplate stripping of scraped plain text: a keep/drop decision with a reason for every line, and
//! the title, authors and date recovered into metadata.
//!
//! Decisions are made in three steps: each line on its own (structured data, Latin blocks, datelines,
//! bylines, UI strings, prompts, copyright, captions, related-article headings); then the document as a
//! whole (authors found anywhere mark their name lines, duplicates, teasers before a "read more" link,
//! related-article blocks); then the [line model](LineModel) scores every line no rule decided, first on
//! its own (length, sentence punctuation, function words, separators, headline shape, ...) and then in
//! its context (its neighbours' scores, the distance from the densest run of content), and names the
//! features that weighed most.
//!
//! The rules live beside this file by what they read: `line_rules` (each line on its own), `lexicon` (the
//! word lists of prompts, UI strings and policies), `byline` and `date` (a line's names and dates), `related` (lists of other articles and
//! teasers), `sections` (the article's end, comments, boxes, policies, polls), `paragraphs` (running
//! text and hard wraps), `title` and `metadata` (the headline, the authors, the date), `model` (the line
//! model), `repeated` (corpus line counts), and `fold`, `plain` and `view` (the forms lines compare in).
#![deny(missing_docs)]

mod byline;
mod date;
mod fold;
mod lexicon;
mod line_rules;
mod metadata;
mod model;
mod paragraphs;
mod plain;
mod related;
mod repeated;
mod sections;
mod title;
mod view;

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashSet;

use foldhash::fast::FixedState;
use serde::{Deserialize, Serialize};
use tanqih_core::{Metadata, Rewriter, Rewritten};
use tanqih_lexicon::Lexicon;

use date::find_date;
use fold::{fold, fold_line, is_alpha, LineShape};
use line_rules::{classify_alone, headline_row, MAX_COPYRIGHT_WORDS};
use metadata::{
    agency_byline, article_bylines, article_date, author_box_writer, closing_signature,
    lowercase_words, name_line_author, plain_text, MAX_YEARLESS_DATELINE_WORDS,
};
pub use model::{
    Evidence, LineModel, Logistic, ModelError, Node, Trees, CONTEXT_FEATURES, LOCAL_FEATURES,
    MODEL_VERSION,
};
use paragraphs::{
    hard_wrapped, in_paragraph, is_arabic_letter, is_paragraph, leading_fragment, sentence_tails,
    stacked_headlines, wrapped_paragraphs, Stacked,
};
use related::{
    cut_summaries, headline_lists, numbered_sections, opens_with_conjunction, related_blocks,
    run_together_headlines, sponsored_links, teaser_cards, teaser_pairs, teasers,
    trailing_teaser_pairs, worded, MIN_CUT_SUMMARY_WORDS,
};
pub use repeated::{line_hash, line_key, LineCounts};
use sections::{
    author_boxes, bio_under_byline, cell_runs, closing_author_note, closing_paragraphs,
    comment_sections, comment_threads, duplicates, empty_article, ingredient_lists,
    interview_answers, lead_paragraph, polls, sandwiched_subheadings, site_policies, ticker_items,
    whole_lists, writers_note, MAX_STAMP_WORDS,
};
use title::{heading_like, site_name, title, title_parts};

/// A set hashed with a fixed, fast hasher (the word lists' sets, looked up on every line).
type FastSet<T> = HashSet<T, FixedState>;
/// A map hashed with a fixed, fast hasher.
type FastMap<K, V> = std::collections::HashMap<K, V, FixedState>;

/// Why a line was kept or dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Reason {
    /// Content: a paragraph of the article.
    Content,
    /// Content: the headline.
    Title,
    /// Content: a short line the line model keeps (subheading, fragment between paragraphs).
    ShortBetweenContent,
    /// Content: a short line that ends a sentence.
    SentenceFragment,
    /// Content: a line of a hard-wrapped paragraph (a PDF or e-mail extraction broke it mid-sentence).
    WrappedParagraph,
    /// An empty or whitespace-only line.
    Blank,
    /// Part of embedded structured data (JSON, script).
    StructuredData,
    /// A Latin-script line inside an Arabic document.
    LatinBlock,
    /// A dateline (its date went into the metadata).
    Dateline,
    /// A byline or signature (its author went into the metadata).
    Byline,
    /// A UI string, menu or navigation item.
    Ui,
    /// The label of an ad ("إعلان", "Advertisement"), also between the article's paragraphs.
    Ad,
    /// A subscribe, newsletter, share, comment or follow prompt.
    Prompt,
    /// Copyright, an institutional disclaimer, or the publication's imprint ("رئيس التحرير: Name").
    Copyright,
    /// Image caption or credit.
    Caption,
    /// A related / more-articles heading or an item of its block.
    RelatedBlock,
    /// A "read also" pointer between the article's paragraphs, or one of its links; or a block of links
    /// inside the article that an end line closes ("نهاية", "End of list").
    ReadAlso,
    /// Readers' comments after the article, from their heading on.
    Comments,
    /// The writer's box after the article: an "about the author" heading and the note under it.
    AuthorBox,
    /// A run of headline-shaped lines, or headlines flattened onto one line between separators: a list
    /// of links to other articles.
    HeadlineList,
    /// A teaser or blurb followed by a "learn more" link.
    Teaser,
    /// A repeat of an earlier line of the same document.
    Duplicate,
    /// A line the line model scores as boilerplate.
    LowScore,
    /// A line found in many documents of the corpus.
    RepeatedAcrossDocuments,
}

impl Reason {
    /// True for reasons that keep the line.
    pub fn keeps(self) -> bool {
        matches!(
            self,
            Reason::Content
                | Reason::Title
                | Reason::ShortBetweenContent
                | Reason::SentenceFragment
                | Reason::WrappedParagraph
        )
    }

    /// The reason's code as written in JSON.
    pub fn code(self) -> &'static str {
        match self {
            Reason::Content => "content",
            Reason::Title => "title",
            Reason::ShortBetweenContent => "short-between-content",
            Reason::SentenceFragment => "sentence-fragment",
            Reason::WrappedParagraph => "wrapped-paragraph",
            Reason::Blank => "blank",
            Reason::StructuredData => "structured-data",
            Reason::LatinBlock => "latin-block",
            Reason::Dateline => "dateline",
            Reason::Byline => "byline",
            Reason::Ui => "ui",
            Reason::Ad => "ad",
            Reason::Prompt => "prompt",
            Reason::Copyright => "copyright",
            Reason::Caption => "caption",
            Reason::RelatedBlock => "related-block",
            Reason::ReadAlso => "read-also",
            Reason::Comments => "comments",
            Reason::AuthorBox => "author-box",
            Reason::HeadlineList => "headline-list",
            Reason::Teaser => "teaser",
            Reason::Duplicate => "duplicate",
            Reason::LowScore => "low-score",
            Reason::RepeatedAcrossDocuments => "repeated-across-documents",
        }
    }

    /// A sentence for a person reading `--explain`.
    pub fn describe(self) -> &'static str {
        match self {
            Reason::Content => "article paragraph",
            Reason::Title => "headline",
            Reason::ShortBetweenContent => "short line between article paragraphs",
            Reason::SentenceFragment => "short line that ends a sentence",
            Reason::WrappedParagraph => "line of a hard-wrapped paragraph (broken mid-sentence)",
            Reason::Blank => "blank line",
            Reason::StructuredData => "embedded structured data (JSON or script)",
            Reason::LatinBlock => "Latin-script block in an Arabic document",
            Reason::Dateline => "dateline (its date, when it gives one, moved into metadata)",
            Reason::Byline => "byline or signature, moved into metadata",
            Reason::Ui => "UI string, menu or navigation",
            Reason::Ad => "an ad's label",
            Reason::Prompt => "subscribe, share, comment or follow prompt",
            Reason::Copyright => "copyright, disclaimer or imprint",
            Reason::Caption => "image caption or credit",
            Reason::RelatedBlock => "related-articles block",
            Reason::ReadAlso => {
                "\"read also\" pointer inside the article, or its link, or links closed by an end line"
            }
            Reason::Comments => "readers' comments after the article",
            Reason::AuthorBox => "the writer's box: an \"about the author\" heading and its note",
            Reason::HeadlineList => "run of headline-shaped lines, or a row of them (a list of links)",
            Reason::Teaser => "teaser followed by a read-more link",
            Reason::Duplicate => "repeats text printed elsewhere on the page",
            Reason::LowScore => "scored as boilerplate by the line model",
            Reason::RepeatedAcrossDocuments => "line found in many documents of the corpus",
        }
    }
}

/// The decision for one line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineDecision {
    /// 1-based line number in the raw text.
    pub line: usize,
    /// Whether the line is kept.
    pub keep: bool,
    /// Why.
    pub reason: Reason,
    /// The line is hard-wrapped: it goes on in the next line (PDF extraction), so the two are joined by
    /// a space into one paragraph.
    pub continues: bool,
    /// A word fragment that opens the line but belongs to its end (PDF extraction).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fragment: Option<Fragment>,
    /// For a line the line model decided: its score and the features that weighed most.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

/// The tail of a word that a PDF extractor put at the start of the line whose last word it ends
/// (right-to-left wrap misorder: "يا … في سور" for "… في سوريا").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fragment {
    /// The fragment as it opens the line, with any punctuation after it.
    pub text: String,
    /// The word list confirms the join with the line's last word, and the rewrite makes it; when false,
    /// the fragment is only marked.
    pub joined: bool,
}

/// Tuning knobs of the stripper.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StripConfig {
    /// Lines with at least this many words are content on their own.
    pub min_content_words: usize,
    /// Lines with at most this many words may be UI strings or prompts.
    pub max_prompt_words: usize,
    /// A line found in at least this many documents of the corpus is boilerplate (0: never), unless it
    /// is a full sentence of `min_content_words` words or more: text repeated that way is syndicated
    /// content, whose documents are near-duplicates (see curation).
    pub repeated_min_docs: u64,
    /// A line found in at least this many documents of the same site is boilerplate (0: never); counted
    /// only for documents whose site is known.
    pub site_repeated_min_docs: u64,
    /// Name the features behind each of the line model's decisions (`evidence.signals`); off, only the
    /// score is given, which is faster.
    pub evidence: bool,
}

impl Default for StripConfig {
    fn default() -> Self {
        StripConfig {
            min_content_words: 8,
            max_prompt_words: 12,
            repeated_min_docs: 3,
            site_repeated_min_docs: 2,
            evidence: false,
        }
    }
}

/// The outcome of stripping one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stripped {
    /// One decision per line of the raw text (lines split on `\n`).
    pub lines: Vec<LineDecision>,
    /// Recovered metadata.
    pub meta: Metadata,
}

impl Stripped {
    /// Rewrites `text` (the text that was stripped) to its kept lines joined by `\n`, with joined word
    /// fragments moved onto the words they end and the lines a PDF extractor drew in visual order put in
    /// logical order; the map points every kept byte, and every separator, at an original byte (a word
    /// completed by a fragment at the source word it completes, a line put in order at the whole line).
    pub fn rewrite(&self, text: &str) -> Rewritten {
        let mut rw = Rewriter::new(text);
        // Lines a PDF extractor drew in visual order, in logical order (one edit a line).
        let mut in_order: Vec<(usize, usize, String)> = Vec::new();
        tanqih_core::visual::visual_order(text, &mut |from, to, with| {
            in_order.push((from, to, with.to_string()))
        });
        let mut in_order = in_order.into_iter().peekable();
        let mut start = 0;
        // The end of the previous kept line, and whether it continues into this one.
        let mut prev: Option<(usize, bool)> = None;
        for (decision, line) in self.lines.iter().zip(split_lines(text)) {
            let end = start + line.len();
            if decision.keep {
                match prev {
                    // Keep the newline that ended the previous kept line (a space when it was hard-wrapped);
                    // drop what lies between.
                    Some((p, continues)) => {
                        if continues {
                            rw.replace(p, p + 1, " ");
                        } else {
                            rw.copy_to(p + 1);
                        }
                        rw.delete(p + 1, start);
                    }
                    None => rw.delete(0, start),
                }
                // The fragment as the line spells it: after nothing but spaces and marks (the page
                // was read without them), before a last word of letters alone.
                let body = line.trim_end();
                let last_word_at = body
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(i, c)| i + c.len_utf8());
                let placed = decision.fragment.as_ref().and_then(|fragment| {
                    let at = line.find(fragment.text.as_str())?;
                    let last_word = &body[last_word_at..];
                    let letters_only = !last_word.is_empty()
                        && last_word
                            .chars()
                            .all(|c| is_arabic_letter(c) || c == '\u{0640}');
                    (fragment.joined
                        && at < last_word_at
                        && !line[..at].chars().any(char::is_alphanumeric)
                        && letters_only)
                        .then_some((fragment, at))
                });
                if let Some((fragment, at)) = placed {
                    // Move the fragment (and the space after it) onto the line's last word.
                    let at = start + at;
                    let rest = at + fragment.text.len();
                    let rest = rest
                        + (line[rest - start..].len() - line[rest - start..].trim_start().len());
                    let word_start = start + last_word_at;
                    let word_end = start + body.len();
                    rw.delete(at, rest);
                    // The joined word maps to the source word it completes.
                    let joined = format!("{}{}", &text[word_start..word_end], fragment.text);
                    rw.replace(word_start, word_end, &joined);
                }
                while in_order.next_if(|&(from, _, _)| from < start).is_some() {}
                if let Some((from, to, with)) = in_order.next_if(|&(from, _, _)| from == start) {
                    if placed.is_none() {
                        rw.replace(from, to, &with);
                    }
                }
                rw.copy_to(end);
                prev = Some((end, decision.continues));
            }
            start = (end + 1).min(text.len());
        }
        rw.delete(prev.map_or(0, |(p, _)| p), text.len());
        rw.finish()
    }

    /// The kept lines of `text` in their original order and characters, joined by `\n` (by a space after
    /// a hard-wrapped line); fragments are not moved.
    pub fn kept_text(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut continues = None;
        for (decision, line) in self
            .lines
            .iter()
            .zip(split_lines(text))
            .filter(|(d, _)| d.keep)
        {
            match continues {
                Some(true) => out.push(' '),
                Some(false) => out.push('\n'),
                None => {}
            }
            out.push_str(line);
            continues = Some(decision.continues);
        }
        out
    }
}

/// The lines of `text` as `str::split('\n')` gives them (an empty last line after a final newline),
/// found with SIMD.
pub(crate) fn split_lines(text: &str) -> SplitLines<'_> {
    SplitLines {
        text,
        newlines: memchr::memchr_iter(b'\n', text.as_bytes()),
        start: Some(0),
    }
}

/// The iterator of [`split_lines`].
pub(crate) struct SplitLines<'a> {
    text: &'a str,
    newlines: memchr::Memchr<'a>,
    /// Where the next line starts; `None` once the last line is given.
    start: Option<usize>,
}

impl<'a> Iterator for SplitLines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let start = self.start?;
        match self.newlines.next() {
            Some(end) => {
                self.start = Some(end + 1);
                Some(&self.text[start..end])
            }
            None => {
                self.start = None;
                Some(&self.text[start..])
            }
        }
    }
}

/// A line with the facts the classifier looks at.
struct Line<'a> {
    raw: &'a str,
    /// The folded line (see [`fold()`]), runs of spaces made one, no spaces at the edges.
    folded: &'a str,
    /// The folded line from its first letter or digit to its last: what lines compare by.
    key: &'a str,
    words: usize,
    arabic: usize,
    latin: usize,
    /// The folded line holds a digit.
    digits: bool,
    ends_sentence: bool,
    blank: bool,
    /// The date the folded line prints ([`find_date`]), read the first time a rule asks.
    date: OnceCell<Option<date::FoundDate>>,
}

/// A citation mark holds at most this many characters between its brackets.
const MAX_CITATION_CHARS: usize = 4;

/// `text` without the citation marks that end it ("... أولا.\[٣\]", "... in 2019.\[12\]\[13\]").
fn without_citations(text: &str) -> &str {
    let mut text = text;
    while let Some(open) = text.strip_suffix(']').and_then(|t| t.rfind('[')) {
        let inside = &text[open + 1..text.len() - 1];
        if inside.is_empty()
            || inside.chars().count() > MAX_CITATION_CHARS
            || !inside.chars().all(char::is_alphanumeric)
        {
            break;
        }
        text = text[..open].trim_end();
    }
    text
}

impl<'a> Line<'a> {
    /// The lines of `text`, folded into `folded` (cleared first) in one pass each.
    fn split(text: &'a str, folded: &'a mut String) -> Vec<Line<'a>> {
        folded.clear();
        let shapes: Vec<(&str, usize, LineShape)> = split_lines(text)
            .map(|raw| {
                let raw = view::without_edge_marks(raw);
                (raw, folded.len(), fold_line(raw, folded))
            })
            .collect();
        let folded: &'a str = folded;
        let mut lines = shapes
            .iter()
            .enumerate()
            .map(|(i, (raw, start, shape))| {
                let end = shapes.get(i + 1).map_or(folded.len(), |next| next.1);
                Line::with_shape(raw, &folded[*start..end], shape)
            })
            .collect::<Vec<_>>();
        stop_unstopped_paragraphs(&mut lines);
        lines
    }

    /// The line `raw`, folded into `folded` with `shape` by [`fold_line`].
    fn with_shape(raw: &'a str, folded: &'a str, shape: &LineShape) -> Line<'a> {
        let trimmed = raw.trim();
        Line {
            raw,
            folded,
            key: &folded[shape.key.clone()],
            words: shape.words,
            arabic: shape.arabic,
            latin: shape.latin,
            digits: shape.digits,
            ends_sentence: prints_stop(trimmed),
            blank: trimmed.is_empty(),
            date: OnceCell::new(),
        }
    }

    fn is_blank(&self) -> bool {
        self.blank
    }

    /// The date the folded line prints ([`find_date`]), read once a page.
    fn date(&self) -> Option<&date::FoundDate> {
        self.date.get_or_init(|| find_date(self.folded)).as_ref()
    }
}

/// A line of running text this long or longer ends a paragraph on a page that sets no stops.
const MIN_UNSTOPPED_PARAGRAPH_WORDS: usize = 12;

/// A line that a conjunction opens ([`opens_with_conjunction`]) this long or longer is a sentence of
/// running text, however short.
const MIN_CONJOINED_SENTENCE_WORDS: usize = 5;

/// A page whose long lines break mid-sentence once in this many or more is wrapped text, not paragraphs.
const MAX_MID_SENTENCE_SHARE: usize = 5;

/// The trimmed line ends with a sentence's stop, before a citation's number and closing quotes or
/// brackets ("... في بيان.»", "... said.\[3\]").
fn prints_stop(trimmed: &str) -> bool {
    without_citations(trimmed)
        .trim_end_matches(['"', '\'', '»', '”', ')', '’'])
        .ends_with(['.', '!', '?', '؟', '…', '۔', '。', '！', '？'])
}

/// The line ends with an ellipsis ("...", "…", a blog's "[…]"): a summary cut short, or a sentence that
/// trails off.
fn ends_with_ellipsis(raw: &str) -> bool {
    let t = raw.trim_end();
    // An excerpt's mark in brackets, as blogs cut a post's summary: "[…]", "[...]".
    let t = t.strip_suffix(']').map_or(t, str::trim_end);
    t.ends_with("...") || t.ends_with('…')
}

/// Many Arabic sites end their paragraphs with no full stop, and set none inside them either. On a page
/// in Arabic script where most lines of running text (lines of [`MIN_UNSTOPPED_PARAGRAPH_WORDS`] words or
/// more, or of [`MIN_CONJOINED_SENTENCE_WORDS`] that a conjunction opens) hold no stop at all (three at
/// least, or two, a short story's, when none sets one), each such line (with two function words or more, or the conjunction; no colon or comma at its
/// end) ends its sentence, as a stopped paragraph does elsewhere. Text whose stops fall inside its lines,
/// or whose lines break mid-sentence (see [`MAX_MID_SENTENCE_SHARE`]), is wrapped, not unstopped.
fn stop_unstopped_paragraphs(lines: &mut [Line]) {
    // Pages in Latin script that end their long lines with no stop are lists of teasers far more often.
    let arabic: usize = lines.iter().map(|l| l.arabic).sum();
    let latin: usize = lines.iter().map(|l| l.latin).sum();
    if arabic <= latin {
        return;
    }
    let conjoined =
        |l: &Line| l.words >= MIN_CONJOINED_SENTENCE_WORDS && opens_with_conjunction(l.raw.trim());
    let running = |l: &Line| l.words >= MIN_UNSTOPPED_PARAGRAPH_WORDS || conjoined(l);
    // Stops inside the line: a space right after one.
    let stops_inside = |l: &Line| {
        let bytes = l.raw.as_bytes();
        memchr::memchr_iter(b' ', bytes).any(|at| {
            let before = &bytes[..at];
            before.ends_with(b".")
                || before.ends_with(b"?")
                || before.ends_with(b"!")
                || before.ends_with("۔".as_bytes())
                || before.ends_with("؟".as_bytes())
        })
    };
    let (mut stopped, mut unstopped) = (0, 0);
    for l in lines.iter().filter(|l| running(l)) {
        if l.ends_sentence {
            stopped += 1;
        } else {
            unstopped += 1;
        }
    }
    // Lines with stops inside count as stopped: read only where the page may still be unstopped. A
    // short story of two such lines sets no stops when no line of running text sets one.
    let too_few = |stopped: usize, unstopped: usize| {
        unstopped < 2 || unstopped < 3 && stopped > 0 || unstopped < 2 * stopped
    };
    if too_few(stopped, unstopped) {
        return;
    }
    let inside = lines
        .iter()
        .filter(|l| running(l) && !l.ends_sentence && stops_inside(l))
        .count();
    if too_few(stopped + inside, unstopped - inside) {
        return;
    }
    // A PDF extractor's wrapped lines break mid-sentence (on a comma, a function word): a paragraph
    // never ends there.
    let mid_sentence = lines
        .windows(2)
        .filter(|w| {
            running(&w[0]) && !w[0].ends_sentence && model::breaks_mid_sentence(&w[0], &w[1])
        })
        .count();
    if mid_sentence * MAX_MID_SENTENCE_SHARE >= unstopped - inside {
        return;
    }
    for line in lines.iter_mut().filter(|l| running(l)) {
        if !line.ends_sentence
            && !line
                .raw
                .trim_end()
                .ends_with([':', '：', '،', ',', '؛', ';'])
            && (conjoined(line) || model::function_words_in(line.folded) >= 2)
        {
            line.ends_sentence = true;
        }
    }
}

/// Why a line the model or a rule over runs of lines keeps is kept: running text, a short sentence, or
/// a short line between paragraphs.
fn kept_reason(line: &Line, config: &StripConfig) -> Reason {
    if line.words >= config.min_content_words {
        Reason::Content
    } else if line.ends_sentence {
        Reason::SentenceFragment
    } else {
        Reason::ShortBetweenContent
    }
}

/// Strips one document on its own (no corpus counts).
pub fn strip(text: &str, config: &StripConfig) -> Stripped {
    strip_in_corpus(text, config, None)
}

/// Where a document stands in its corpus: the corpus's line counts, and the document's site (as the
/// counts were made: see [`LineCounts::document_hashes`]) when it is known.
#[derive(Debug, Clone, Copy)]
pub struct CorpusContext<'a> {
    /// Line counts of the corpus.
    pub counts: &'a LineCounts,
    /// The document's site, for example `example.com`.
    pub site: Option<&'a str>,
}

/// Strips one document of a corpus: lines found in at least `repeated_min_docs` documents of the
/// corpus, or `site_repeated_min_docs` of its site, are boilerplate.
pub fn strip_in_corpus(
    text: &str,
    config: &StripConfig,
    corpus: Option<CorpusContext>,
) -> Stripped {
    strip_with_model(text, config, corpus, LineModel::bundled())
}

/// [`strip_in_corpus`] with another line model than the bundled one.
///
/// A double-spaced page (many extractors set a blank line between every two lines: four lines in five
/// or more stand between blank lines) is read without its blank lines: there they mark no paragraph, and the
/// lines around them decide as they would next to each other; a paragraph does not go on across them.
/// Elsewhere a blank line ends a paragraph, and the rules read it as such (a hard-wrapped paragraph's
/// lines run together between two of them).
pub fn strip_with_model(
    text: &str,
    config: &StripConfig,
    corpus: Option<CorpusContext>,
    model: &LineModel,
) -> Stripped {
    // The rules read words apart by one plain space, as most pages set them; the decisions are the
    // same lines' either way.
    let read = view::as_read(text);
    let text = read.as_ref();
    if !view::double_spaced(text) {
        return strip_lines(text, config, corpus, model);
    }
    let mut shown = Vec::new();
    let mut compact = String::with_capacity(text.len());
    for (i, line) in split_lines(text).enumerate() {
        if !view::is_blank(line) {
            if !shown.is_empty() {
                compact.push('\n');
            }
            compact.push_str(line);
            shown.push(i);
        }
    }
    let inner = strip_lines(&compact, config, corpus, model);
    let mut lines: Vec<LineDecision> = split_lines(text)
        .enumerate()
        .map(|(i, _)| LineDecision {
            line: i + 1,
            keep: false,
            reason: Reason::Blank,
            continues: false,
            fragment: None,
            evidence: None,
        })
        .collect();
    for (decision, &i) in inner.lines.into_iter().zip(&shown) {
        let next_shown = shown.get(decision.line).is_some_and(|&next| next == i + 1);
        lines[i] = LineDecision {
            line: i + 1,
            continues: decision.continues && next_shown,
            ..decision
        };
    }
    Stripped {
        lines,
        meta: inner.meta,
    }
}

/// [`strip_with_model`] on a page (the rules and the model read its blank lines too).
fn strip_lines(
    text: &str,
    config: &StripConfig,
    corpus: Option<CorpusContext>,
    model: &LineModel,
) -> Stripped {
    let mut folded = String::with_capacity(text.len());
    let lines = Line::split(text, &mut folded);
    let mut meta = Metadata::default();
    let mut found = Vec::new();
    let mut headings = Vec::new();
    let mut reasons = rule_reasons(&lines, config, corpus, &mut meta, &mut found, &mut headings);
    let open: Vec<bool> = reasons.iter().map(Option::is_none).collect();
    let listed = introduced_lists(&lines, &reasons, config);
    let aside = set_aside(&lines, &reasons, config);
    let mut evidence: Vec<Option<Evidence>> = vec![None; lines.len()];
    for (i, scored) in model::score_lines(&lines, &open, &aside, model, config.evidence)
        .into_iter()
        .enumerate()
    {
        if let Some((keep, why)) = scored {
            reasons[i] = Some(if keep {
                kept_reason(&lines[i], config)
            } else {
                Reason::LowScore
            });
            evidence[i] = Some(why);
        }
    }
    for heading in headings {
        if reasons[heading] == Some(Reason::LowScore) {
            reasons[heading] = Some(if lines[heading].ends_sentence {
                Reason::SentenceFragment
            } else {
                Reason::ShortBetweenContent
            });
        }
    }
    comment_threads(&lines, &mut reasons, config);
    teaser_cards(&lines, &mut reasons, config);
    teaser_pairs(&lines, &mut reasons, config);
    trailing_teaser_pairs(&lines, &mut reasons, config);
    cut_summaries(&lines, &mut reasons, &open);
    site_policies(&lines, &mut reasons, &open);
    wrapped_paragraphs(&lines, &mut reasons, &mut evidence);
    sentence_tails(&lines, &mut reasons, &mut evidence);
    closing_paragraphs(&lines, &mut reasons, &evidence, config);
    numbered_sections(&lines, &mut reasons, &mut evidence, config);
    sandwiched_subheadings(&lines, &mut reasons, &mut evidence, config);
    whole_lists(&lines, &mut reasons, &listed, config);
    cell_runs(&lines, &mut reasons, config);
    ingredient_lists(&lines, &mut reasons, &mut evidence);
    interview_answers(&lines, &mut reasons);
    writers_note(&lines, &mut reasons, &mut evidence);
    run_together_headlines(&lines, &mut reasons, &mut evidence);
    duplicates(&lines, &mut reasons, &mut evidence);
    empty_article(&lines, &mut reasons, &mut evidence, config);
    let headline = title(&lines, &mut reasons, &mut meta);
    ticker_items(&lines, &mut reasons, &mut evidence);
    header_above(&lines, &mut reasons, &mut evidence, headline, config);
    if let Some(headline) = headline {
        if lead_paragraph(&lines, &mut reasons, headline, config) {
            // The lead may introduce a list or stand over a table that waited for it.
            whole_lists(&lines, &mut reasons, &listed, config);
            cell_runs(&lines, &mut reasons, config);
        }
    }
    meta.date = article_date(&lines, &reasons, headline);
    article_bylines(&lines, &reasons, headline, &found, &mut meta);
    if meta.authors.is_empty() {
        name_line_author(&lines, &mut reasons, &mut evidence, headline, &mut meta);
    }
    if meta.authors.is_empty() {
        agency_byline(&lines, &mut reasons, headline, &mut meta);
    }
    // A column's headline may name its writer ("فلان يكتب: ...") where no byline does.
    if let Some(name) = headline
        .filter(|_| meta.authors.is_empty())
        .and_then(|h| byline::writer_of_headline(lines[h].raw))
    {
        push_author(&mut meta, name);
    }
    closing_signature(&lines, &mut reasons, &mut evidence, headline, &mut meta);
    author_box_writer(&lines, headline, &mut meta);
    closing_author_note(&lines, &mut reasons, &mut evidence, &meta.authors);
    bio_under_byline(&lines, &mut reasons, &mut evidence);
    meta.title = meta.title.map(|t| plain_text(&t)).filter(|t| !t.is_empty());
    for author in &mut meta.authors {
        *author = plain_text(author);
    }
    // A city or a country is where a writer reports from, never the writer, whichever rule read it
    // for a name ("نامہ نگار، اسلام آباد": اسلام is a given name too).
    meta.authors
        .retain(|a| !a.is_empty() && !byline::is_place(a) && !byline::is_country(a));

    let keeps: Vec<bool> = reasons
        .iter()
        .map(|r| r.unwrap_or(Reason::Blank).keeps())
        .collect();
    let decisions = reasons
        .into_iter()
        .zip(evidence)
        .enumerate()
        .map(|(i, (r, evidence))| {
            let reason = r.unwrap_or(Reason::Blank);
            let continues = keeps[i]
                && keeps.get(i + 1) == Some(&true)
                && hard_wrapped(&lines[i], &lines[i + 1]);
            LineDecision {
                line: i + 1,
                keep: reason.keeps(),
                reason,
                continues,
                fragment: reason
                    .keeps()
                    .then(|| leading_fragment(&lines[i]))
                    .flatten(),
                evidence,
            }
        })
        .collect();
    Stripped {
        lines: decisions,
        meta,
    }
}

/// A line of the page's header holds at most this many words...
const MAX_HEADER_LINE_WORDS: usize = 20;
/// ...a summary cut short in it at most this many.
const MAX_HEADER_SUMMARY_WORDS: usize = 60;

/// The page's header above the headline: the lines kept above it that end no sentence (a menu's items, a
/// counter, a list of other stories' headlines, a section's label) are the page's, not the article's,
/// which starts at its headline, or at its last copy before the first paragraph. When a paragraph is kept
/// above the headline (a lead printed first, or the headline found far down), the lines above it stay, as
/// does a line that introduces what follows with a colon.
fn header_above(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
    headline: Option<usize>,
    config: &StripConfig,
) {
    let Some(headline) = headline.filter(|&h| reasons[h] == Some(Reason::Title)) else {
        return;
    };
    let kept = |r: Option<Reason>| r.is_some_and(Reason::keeps);
    // Another story's summary cut short, its ellipsis glued to its last word ("... صدیقی امام…"), is a
    // teaser, however long.
    let cut = |k: usize| {
        lines[k].words <= MAX_HEADER_SUMMARY_WORDS
            && ends_with_ellipsis(lines[k].raw)
            && !lines[k]
                .raw
                .trim_end()
                .trim_end_matches(['.', '…'])
                .ends_with(char::is_whitespace)
    };
    let paragraph = |k: usize| {
        kept(reasons[k])
            && lines[k].ends_sentence
            && lines[k].words >= config.min_content_words
            && !cut(k)
    };
    if (0..headline).any(paragraph) {
        return;
    }
    // The headline printed again further down, before any paragraph, ends the header there.
    let end = (headline + 1..lines.len())
        .take_while(|&k| !paragraph(k))
        .filter(|&k| reasons[k] == Some(Reason::Duplicate) && lines[k].key == lines[headline].key)
        .last()
        .unwrap_or(headline);
    for k in (0..end).filter(|&k| k != headline) {
        if kept(reasons[k]) && cut(k) {
            reasons[k] = Some(Reason::Teaser);
            evidence[k] = None;
        } else if kept(reasons[k])
            && !lines[k].ends_sentence
            && lines[k].words <= MAX_HEADER_LINE_WORDS
            && !lines[k].raw.trim_end().ends_with([':', '：'])
        {
            reasons[k] = Some(Reason::Ui);
            evidence[k] = None;
        }
    }
}

/// The decisions of the rules: each line alone, corpus counts, then the page as a whole; `None` for the
/// lines left to the line model.
/// The authors of the bylines and signatures met go to `found` with their line; embedded metadata goes to
/// `meta`; the headings a table of contents names go to `headings`.
fn rule_reasons(
    lines: &[Line],
    config: &StripConfig,
    corpus: Option<CorpusContext>,
    meta: &mut Metadata,
    found: &mut Vec<(usize, String)>,
    headings: &mut Vec<usize>,
) -> Vec<Option<Reason>> {
    let arabic_doc = lines.iter().map(|l| l.arabic).sum::<usize>()
        > lines.iter().map(|l| l.latin).sum::<usize>();
    let mut reasons: Vec<Option<Reason>> = vec![None; lines.len()];
    structured_blocks(lines, &mut reasons, meta);
    for (i, line) in lines.iter().enumerate() {
        if reasons[i].is_some() {
            continue;
        }
        if follows_caption_label(lines, &reasons, i) && line.words <= MAX_CAPTION_WORDS {
            reasons[i] = Some(Reason::Caption);
            continue;
        }
        let mut byline = Vec::new();
        reasons[i] = classify_alone(line, arabic_doc, config, &mut byline);
        found.extend(byline.into_iter().map(|author| (i, author)));
        // A photo agency's credit alone on its line closes the picture's caption right above it (its
        // alt text: "یمن، سعودی" / "EPA"), short and no sentence, and not the page's `<title>` on its
        // first line (over an agency's own name, its logo); with a date under it, it is the article's
        // source under its headline ("رويترز" / "الخميس 5 ديسمبر 2024").
        let dated_below = || {
            (i + 1..lines.len())
                .find(|&j| !lines[j].is_blank())
                .is_some_and(|j| lines[j].digits)
        };
        if line.words <= MAX_AGENCY_CREDIT_WORDS
            && lexicon::is_photo_agency_credit(line.key)
            && !dated_below()
        {
            reasons[i] = Some(Reason::Caption);
            if let Some(j) = (0..i).rev().find(|&j| !lines[j].is_blank()).filter(|&j| {
                j > 0
                    && reasons[j].is_none()
                    && lines[j].words <= MAX_CREDITED_ALT_WORDS
                    && !lines[j].ends_sentence
            }) {
                reasons[j] = Some(Reason::Caption);
            }
        }
    }
    keyword_rows(lines, &mut reasons);
    alt_texts(lines, &mut reasons);
    masthead_names(lines, &mut reasons);
    ticker_under_label(lines, &mut reasons, config);
    embedded_posts(lines, &mut reasons);
    labelled_bylines(lines, &mut reasons, found);
    ad_credits(lines, &mut reasons, found);
    byline_roles(lines, &mut reasons);
    place_and_source(lines, &mut reasons, config);
    date_badges(lines, &mut reasons);
    byline_continuations(lines, &mut reasons, found);
    if let Some(corpus) = corpus {
        let in_corpus = |key| {
            config.repeated_min_docs > 0
                && corpus.counts.documents_with_key(key) >= config.repeated_min_docs
        };
        let in_site = |key| {
            corpus.site.is_some_and(|site| {
                config.site_repeated_min_docs > 0
                    && corpus.counts.site_documents_with_key(key, site)
                        >= config.site_repeated_min_docs
            })
        };
        for (i, line) in lines.iter().enumerate() {
            // A paragraph repeated across documents is syndicated text, not site furniture: the
            // documents repeating it are near-duplicates, for curation to judge.
            if reasons[i].is_none()
                && !in_paragraph(lines, i, config)
                && (in_corpus(line.key) || in_site(line.key))
            {
                reasons[i] = Some(Reason::RepeatedAcrossDocuments);
            }
        }
    }
    bylines(lines, &mut reasons, meta, found);
    related_blocks(lines, &mut reasons, config);
    sponsored_links(lines, &mut reasons);
    comment_sections(lines, &mut reasons, config);
    author_boxes(lines, &mut reasons);
    teasers(lines, &mut reasons, config);
    polls(lines, &mut reasons);
    contents_lists(lines, &mut reasons, config, headings);
    let listed = introduced_lists(lines, &reasons, config);
    headline_lists(lines, &mut reasons, &listed, config);
    reasons
}

/// Line `i` is the heading of a table of contents ("محتويات المقال", "فهرست مطالب") or one of the short
/// lines under it that end no sentence: no writer's name, however it reads.
fn in_contents(lines: &[Line], i: usize) -> bool {
    let entry = |l: &Line| {
        !l.is_blank() && (1..=MAX_CONTENTS_ENTRY_WORDS).contains(&l.words) && !l.ends_sentence
    };
    (i.saturating_sub(MAX_CONTENTS_RUN)..=i)
        .rev()
        .take_while(|&j| entry(&lines[j]))
        .any(|j| lines[j].words <= 4 && lexicon::is_contents_heading(lines[j].key))
}

/// A table of contents holds at least this many entries...
const MIN_CONTENTS_ENTRIES: usize = 3;
/// ...of at most this many words each...
const MAX_CONTENTS_ENTRY_WORDS: usize = 15;
/// ...and is read in a run of at most this many short lines.
const MAX_CONTENTS_RUN: usize = 40;

/// A table of contents' entry without the number before it ("1 فوايد الزنجبيل", "2. Uses", "3) ..."), as
/// the heading it points to prints it; the key as it is when no number opens it, or nothing follows.
fn without_entry_number(key: &str) -> &str {
    let rest = key.trim_start_matches(|c: char| c.is_ascii_digit());
    if rest.len() == key.len() || !rest.starts_with(['.', '-', ')', ' ']) {
        return key;
    }
    let rest = rest.trim_start_matches(['.', '-', ')', ' ']);
    if rest.is_empty() {
        key
    } else {
        rest
    }
}

/// Tables of contents: [`MIN_CONTENTS_ENTRIES`] or more consecutive short lines that the page repeats
/// further down, in the same order, each repeat a heading over a paragraph, with a paragraph between it
/// and the next. The entries are navigation within the page (`ui`); the headings they point to go to
/// `headings`, the article's own headings whatever the line model makes of them.
/// A menu that a footer repeats is no table of contents: nothing stands between its repeats. An entry
/// may number its heading ("١ فوائد الزنجبيل" over "فوائد الزنجبيل").
fn contents_lists(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    config: &StripConfig,
    headings: &mut Vec<usize>,
) {
    let short = |l: &Line| (1..=MAX_CONTENTS_ENTRY_WORDS).contains(&l.words);
    // The headings an entry may point to: open short lines right over a paragraph, and the references'
    // heading over its list. Most pages have too few for a table of contents, and are done here.
    let over_paragraph = |p: usize| {
        (p + 1..lines.len())
            .find(|&q| !lines[q].is_blank())
            .is_some_and(|q| {
                lines[q].words >= config.min_content_words && is_paragraph(lines, q, config)
            })
    };
    let targets: Vec<usize> = (0..lines.len())
        .filter(|&p| {
            reasons[p].is_none()
                && short(&lines[p])
                && (over_paragraph(p) || lexicon::is_references_heading(lines[p].key))
        })
        .collect();
    if targets.len() < MIN_CONTENTS_ENTRIES {
        return;
    }
    // The targets of each key, in page order: an entry's repeats are looked up, not searched for (a
    // long page holds thousands of short lines).
    let mut targets_of: FastMap<&str, Vec<usize>> = FastMap::default();
    for &p in &targets {
        targets_of.entry(lines[p].key).or_default().push(p);
    }
    let mut i = 0;
    while i < lines.len() {
        let mut run = Vec::new();
        let mut end = i;
        while end < lines.len() && run.len() < MAX_CONTENTS_RUN {
            if lines[end].is_blank() {
                end += 1;
            } else if reasons[end].is_none() && short(&lines[end]) {
                run.push(end);
                end += 1;
            } else {
                break;
            }
        }
        if run.len() >= MIN_CONTENTS_ENTRIES {
            // Where each entry is repeated after `from` as a heading, if it is.
            let repeat = |entry: usize, from: usize| {
                let same = targets_of.get(without_entry_number(lines[entry].key))?;
                same[same.partition_point(|&p| p < from)..]
                    .iter()
                    .copied()
                    .find(|&p| reasons[p].is_none())
            };
            let prose_between = |a: usize, b: usize| {
                lines[a + 1..b]
                    .iter()
                    .any(|l| l.words >= config.min_content_words)
            };
            let mut entries = Vec::new();
            let mut k = 0;
            while k < run.len() {
                // The longest chain of entries from `k` whose repeats follow one another, prose between.
                let mut chain: Vec<(usize, usize)> = Vec::new();
                let mut from = run[k] + 1;
                for &entry in &run[k..] {
                    // The entries all stand before the first heading they point to.
                    if chain.first().is_some_and(|&(_, first)| entry >= first) {
                        break;
                    }
                    match repeat(entry, from) {
                        Some(p) if chain.last().is_none_or(|&(_, q)| prose_between(q, p)) => {
                            chain.push((entry, p));
                            from = p + 1;
                        }
                        _ => break,
                    }
                }
                if chain.len() >= MIN_CONTENTS_ENTRIES {
                    entries.extend(chain.iter().copied());
                }
                k += chain.len().max(1);
            }
            for (entry, heading) in entries {
                reasons[entry] = Some(Reason::Ui);
                // The references' heading is no heading of the article's text ("٤ المراجع").
                if !lexicon::is_references_heading(lines[heading].key) {
                    headings.push(heading);
                }
            }
        }
        i = end.max(i + 1);
    }
}

/// A name before its date holds at most this many words.
const MAX_NAME_WORDS: usize = 5;

/// A correspondent's line with its place holds at most this many words.
const MAX_ROLE_AND_PLACE_WORDS: usize = 6;

/// A line stating the reading time ("زمان مطالعه: ۳ دقیقه") is at most this long.
const MAX_READING_TIME_WORDS: usize = 8;

/// A prompt written as a sentence ([`lexicon::is_prompt_sentence`]) is at most this long.
const MAX_PROMPT_SENTENCE_WORDS: usize = 40;

/// A prompt to follow the site's channel on a messaging app is at most this long.
const MAX_CHANNEL_PROMPT_WORDS: usize = 25;

/// A list's items are at most this long.
const MAX_LIST_ITEM_WORDS: usize = 25;

/// The items of lists a sentence of the article introduces with a colon ("وفيما يلي أبرز بنود
/// الاتفاق:", "The plan has three parts:"): the short lines right after it, when a paragraph follows
/// them (the article goes on after its list; a sidebar's list does not lead back into prose). They are no
/// list of links, however much they look like one: the line model judges them with their neighbours.
fn introduced_lists(lines: &[Line], reasons: &[Option<Reason>], config: &StripConfig) -> Vec<bool> {
    let mut listed = vec![false; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let introduces = reasons[i].is_none()
            && lines[i].words >= MIN_LIST_INTRO_WORDS
            && lines[i].raw.trim_end().ends_with([':', '：'])
            && !lexicon::is_related_heading(lines[i].key);
        i += 1;
        if !introduces {
            continue;
        }
        let mut items = Vec::new();
        let mut goes_on = false;
        while i < lines.len() && (lines[i].is_blank() || reasons[i].is_none()) {
            let l = &lines[i];
            if !l.is_blank() {
                // A paragraph (a sentence as long as content) ends the list, as a longer line does.
                goes_on = l.words >= config.min_content_words && l.ends_sentence;
                if goes_on || l.words > MAX_LIST_ITEM_WORDS || l.raw.trim_end().ends_with(':') {
                    break;
                }
                items.push(i);
            }
            i += 1;
        }
        // A table's cells, a few words each, may be many more than a list's items.
        let cells = items
            .iter()
            .all(|&j| lines[j].words <= MAX_TABLE_CELL_WORDS);
        let most = if cells {
            MAX_TABLE_CELLS
        } else {
            MAX_LIST_ITEMS
        };
        if goes_on && (1..=most).contains(&items.len()) {
            for item in items {
                listed[item] = true;
            }
        }
    }
    listed
}

/// A list the article introduces holds at most this many items...
const MAX_LIST_ITEMS: usize = 15;
/// ...and a table at most this many cells, of at most this many words each.
const MAX_TABLE_CELLS: usize = 60;
const MAX_TABLE_CELL_WORDS: usize = 3;

/// A sentence that introduces a list holds at least this many words (a label such as "Tags:" does not).
const MIN_LIST_INTRO_WORDS: usize = 3;

/// A caption under its label ("Image caption" alone on the line before) is at most this long.
const MAX_CAPTION_WORDS: usize = 40;

/// A photo agency's credit alone on its line holds at most this many words ("AFP via Getty Images")...
const MAX_AGENCY_CREDIT_WORDS: usize = 4;
/// ...and the picture's alt text over it at most this many.
const MAX_CREDITED_ALT_WORDS: usize = 15;

/// The last non-blank line before line `i` is only a caption label.
fn follows_caption_label(lines: &[Line], reasons: &[Option<Reason>], i: usize) -> bool {
    let Some(before) = (0..i).rev().find(|&j| !lines[j].is_blank()) else {
        return false;
    };
    reasons[before] == Some(Reason::Caption)
        && (lexicon::is_caption_label(lines[before].key) || gallery_counter(lines[before].key))
}

/// A photo gallery's counter over a picture's caption ("2 / 6", "۳ از ۱۰", "4 of 12"): the picture's
/// number and the gallery's count.
fn gallery_counter(key: &str) -> bool {
    let mut parts = key.split([' ', '/']).filter(|p| !p.is_empty());
    let (number, word, count) = match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), None, None) if key.contains('/') => (a, None, b),
        (Some(a), Some(w), Some(b), None) => (a, Some(w), b),
        _ => return false,
    };
    let value = |p: &str| {
        (p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    word.is_none_or(|w| matches!(w, "من" | "از" | "of"))
        && matches!((value(number), value(count)), (Some(n), Some(c)) if 1 <= n && n <= c)
}

/// An embedded Instagram post's credit line: its author's name and handle in parentheses, the post's date
/// after it or nothing ("A post shared by وزارة الخارجية (@mfa_example)", as Arabic pages show it too:
/// "تمت المشاركة بواسطة ..."). (A tweet's credit, "— Name (@handle) date", is left to the model: the
/// tweet above it is often the article's quote.)
fn embed_credit(line: &Line) -> bool {
    const OPENERS: [&str; 2] = ["a post shared by", "تمت المشاركه بواسطه"];
    if line.words > MAX_EMBED_CREDIT_WORDS || !OPENERS.iter().any(|o| line.folded.starts_with(o)) {
        return false;
    }
    let raw = line.raw.trim_end();
    let Some(at) = raw.find("(@") else {
        return false;
    };
    let Some(close) = raw[at..].find(')') else {
        return false;
    };
    let handle = &raw[at + 2..at + close];
    let after = raw[at + close + 1..].trim();
    !handle.is_empty()
        && handle
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        && (after.is_empty()
            || find_date(&fold(after))
                .is_some_and(|d| d.words_used + 1 >= after.split_whitespace().count()))
}

/// A picture's alt text over its caption: a line that the caption or the credit right under it opens
/// with, the caption going on past it ("نوسان نرخ دلار" / "نوسان نرخ دلار Copyright CANVA"), or that a
/// line in Arabic script closing with its source after a comma opens (both the caption's).
fn alt_texts(lines: &[Line], reasons: &mut [Option<Reason>]) {
    for i in 0..lines.len() {
        if reasons[i].is_some() || lines[i].is_blank() {
            continue;
        }
        let Some(j) = (i + 1..lines.len()).find(|&j| !lines[j].is_blank()) else {
            break;
        };
        let opens = lines[j]
            .key
            .strip_prefix(lines[i].key)
            .is_some_and(|rest| rest.starts_with(' '));
        if !opens {
            continue;
        }
        if matches!(reasons[j], Some(Reason::Caption | Reason::Copyright)) {
            reasons[i] = Some(Reason::Caption);
        } else if reasons[j].is_none()
            // As Arabic papers credit their pictures.
            && lines[j].arabic > lines[j].latin
            && !lines[i].ends_sentence
            && !lines[j].ends_sentence
            && lines[j].words <= MAX_CREDITED_ALT_CAPTION_WORDS
            && ends_with_credit_after_comma(lines[j].raw)
        {
            // The caption, the alt text cut short over it, closes with its source after a comma
            // ("برلمان مصر خلال عصر" / "برلمان مصر خلال عصر الملكية، فيتو").
            reasons[i] = Some(Reason::Caption);
            reasons[j] = Some(Reason::Caption);
        }
    }
}

/// A caption under its alt text holds at most this many words.
const MAX_CREDITED_ALT_CAPTION_WORDS: usize = 25;

/// `raw` closes with a source of a word or two after a comma or a dash ("…، فيتو", "… - أرشيفية").
fn ends_with_credit_after_comma(raw: &str) -> bool {
    let raw = raw.trim_end();
    [", ", "، ", "،", " - ", " – "]
        .iter()
        .filter_map(|sep| raw.rsplit_once(sep))
        .any(|(head, credit)| {
            !head.trim().is_empty()
                && (1..=2).contains(&credit.split_whitespace().count())
                && credit
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '.')
        })
}

/// A masthead names the site's staff under their roles ("رئيس التحرير" / "د. وجدى زين الدين"): the name
/// right under a masthead's label, a few words and no sentence, is the imprint's, neither the headline
/// nor the writer.
///
/// The pairs right above a known label's that hold a role of the same kind ("رئيس حزب الوفد" over "د.
/// عبد السند يمامة", above "رئيس مجلس الإدارة") are the masthead's too.
fn masthead_names(lines: &[Line], reasons: &mut [Option<Reason>]) {
    let a_name = |j: usize, reasons: &[Option<Reason>]| {
        reasons[j].is_none()
            && lines[j].words <= MAX_MASTHEAD_NAME_WORDS
            && !lines[j].ends_sentence
            && !lines[j].digits
    };
    let previous = |j: usize| (0..j).rev().find(|&k| !lines[k].is_blank());
    for i in 0..lines.len() {
        if lines[i].words > MAX_MASTHEAD_LABEL_WORDS || !lexicon::is_masthead_label(lines[i].key) {
            continue;
        }
        if let Some(j) = (i + 1..lines.len())
            .find(|&j| !lines[j].is_blank())
            .filter(|&j| a_name(j, reasons))
        {
            reasons[j] = Some(Reason::Copyright);
        }
        let mut label = i;
        while let Some((name, role)) = previous(label).and_then(|n| previous(n).map(|r| (n, r))) {
            let a_role = reasons[role].is_none_or(|r| r == Reason::Ui)
                && lines[role].words <= MAX_MASTHEAD_LABEL_WORDS
                && !lines[role].digits
                && lexicon::opens_as_masthead_label(lines[role].key);
            if !a_role || !a_name(name, reasons) {
                break;
            }
            reasons[role] = Some(Reason::Ui);
            reasons[name] = Some(Reason::Copyright);
            label = role;
        }
    }
}

/// The line right under a breaking-news label ("أخبار عاجلة" / "أزمة في الزمالك بسبب ... -") is the
/// ticker's item, a link to another story, when it is as short as a link and no paragraph: neither the
/// headline nor the article's text. Not when the article's byline or dateline follows it: the label is
/// then the menu's last item over the headline.
fn ticker_under_label(lines: &[Line], reasons: &mut [Option<Reason>], config: &StripConfig) {
    let next = |j: usize| (j + 1..lines.len()).find(|&k| !lines[k].is_blank());
    for i in 0..lines.len() {
        if lines[i].words > MAX_MASTHEAD_LABEL_WORDS || !lexicon::is_breaking_label(lines[i].key) {
            continue;
        }
        if let Some(j) = next(i).filter(|&j| {
            reasons[j].is_none()
                && lines[j].words <= MAX_TICKER_ITEM_WORDS
                && !is_paragraph(lines, j, config)
                && !next(j)
                    .is_some_and(|k| matches!(reasons[k], Some(Reason::Byline | Reason::Dateline)))
        }) {
            reasons[j] = Some(Reason::Ui);
        }
    }
}

/// A ticker's item holds at most this many words.
const MAX_TICKER_ITEM_WORDS: usize = 16;

/// A masthead's label holds at most this many words ("نائب رئيس التحرير")...
const MAX_MASTHEAD_LABEL_WORDS: usize = 4;
/// ...and the name under it at most this many ("د. وجدى زين الدين").
const MAX_MASTHEAD_NAME_WORDS: usize = 5;

/// An embedded post between its markers, the link that skips it and the line that ends it, both naming
/// the same post ("تخطى منشورات X" … "نهاية منشورات X", "Skip twitter post" … "End of twitter post"):
/// the markers and every line between them (the post, or the notice asking consent to load it) are the
/// embed's, a caption's run that the line model sees through.
fn embedded_posts(lines: &[Line], reasons: &mut [Option<Reason>]) {
    for i in 0..lines.len() {
        if lines[i].words > MAX_EMBED_MARKER_WORDS {
            continue;
        }
        let Some((lexicon::EmbedMarker::Skip, named)) = lexicon::embed_marker(lines[i].key) else {
            continue;
        };
        let end = (i + 1..lines.len().min(i + 1 + MAX_EMBED_LINES)).find(|&j| {
            lines[j].words <= MAX_EMBED_MARKER_WORDS
                && lexicon::embed_marker(lines[j].key) == Some((lexicon::EmbedMarker::End, named))
        });
        if let Some(end) = end {
            for j in i..=end {
                if !lines[j].is_blank() {
                    reasons[j] = Some(Reason::Caption);
                }
            }
        }
    }
}

/// A marker around an embedded post holds at most this many words...
const MAX_EMBED_MARKER_WORDS: usize = 8;
/// ...and the post and its notice between the markers at most this many lines.
const MAX_EMBED_LINES: usize = 20;

/// An embedded post's credit line holds at most this many words.
const MAX_EMBED_CREDIT_WORDS: usize = 20;

/// A link to a video with its duration glued after its title, as an extractor joins a card's spans
/// ("ملخص وأهداف مباراة الهلال والنصر04:32", "Highlights of the final03:15"): a letter right before a
/// duration of minutes and seconds that ends the line, on a line of a few words.
fn video_card(line: &Line) -> bool {
    if !line.digits || line.ends_sentence || !(2..=MAX_VIDEO_CARD_WORDS).contains(&line.words) {
        return false;
    }
    let Some((head, seconds)) = line.key.rsplit_once(':') else {
        return false;
    };
    let minutes = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    let before = head[..head.len() - minutes].chars().next_back();
    seconds.len() == 2
        && seconds.bytes().all(|b| b.is_ascii_digit())
        && seconds < "60"
        && (1..=2).contains(&minutes)
        && before.is_some_and(char::is_alphabetic)
}

/// A pager's or a gallery's numbered buttons, apart or glued as an extractor joins them ("1 2 3 4 5",
/// "12345"): the numbers from 1 up, three of them at least.
fn pager(key: &str) -> bool {
    if !key.starts_with('1')
        || !key
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b' ' || b == b'|')
    {
        return false;
    }
    let digits: String = key.chars().filter(|c| !matches!(c, ' ' | '|')).collect();
    if digits.len() < 3 {
        return false;
    }
    let mut expected = String::new();
    (1..=MAX_PAGER_NUMBERS).any(|n| {
        expected.push_str(&n.to_string());
        expected == digits
    })
}

/// A pager shows at most this many numbers.
const MAX_PAGER_NUMBERS: usize = 20;

/// A video's card holds at most this many words.
const MAX_VIDEO_CARD_WORDS: usize = 14;

/// Lines and features for fitting a line model, from one page: for every line no rule decided, its
/// local features ([`LOCAL_FEATURES`]) and its context features ([`CONTEXT_FEATURES`]) as `model`'s
/// local part scores the neighbours; `None` for the other lines. Line `i` is line `i + 1` of the text.
pub fn training_features(
    text: &str,
    config: &StripConfig,
    model: &LineModel,
) -> Vec<Option<(Vec<f32>, Vec<f32>)>> {
    let mut folded = String::with_capacity(text.len());
    let lines = Line::split(text, &mut folded);
    let mut meta = Metadata::default();
    let reasons = rule_reasons(
        &lines,
        config,
        None,
        &mut meta,
        &mut Vec::new(),
        &mut Vec::new(),
    );
    let open: Vec<bool> = reasons.iter().map(Option::is_none).collect();
    model::training_rows(&lines, &open, &set_aside(&lines, &reasons, config), model)
}

/// The lines the line model sees through, as through blank lines: those a "read also" pointer or an ad
/// set between two paragraphs of the article, a list of other articles set between two paragraphs the
/// rules left open ("ٹاپ اسٹوریز" and its headlines, mid-article, with their dates and buttons), an
/// embedded post in another script set there too (after a paragraph or a sentence that introduces it
/// with a colon), a caption (with a list of other articles beside it) or a widget's row of buttons
/// (on one line or a line each: "شارك" / "فيسبوك" / "واتساب") or a prompt to follow the site on an app
/// set there, and the clock times that
/// stamp a live coverage's entries, which stay neighbours.
fn set_aside(lines: &[Line], reasons: &[Option<Reason>], config: &StripConfig) -> Vec<bool> {
    let mut aside: Vec<bool> = reasons
        .iter()
        .zip(lines)
        .map(|(&r, line)| {
            matches!(r, Some(Reason::ReadAlso | Reason::Ad))
                || r == Some(Reason::Dateline) && date::is_clock_time(line.folded)
        })
        .collect();
    let paragraph =
        |j: usize| reasons[j].is_none() && lines[j].ends_sentence && is_paragraph(lines, j, config);
    // A paragraph hard-wrapped over lines: its last line ends the sentence the line above runs on into,
    // its first runs on into the lines under it.
    let wrapped_end = |j: usize| {
        reasons[j].is_none()
            && lines[j].ends_sentence
            && j > 0
            && reasons[j - 1].is_none()
            && !lines[j - 1].is_blank()
            && !lines[j - 1].ends_sentence
            && lines[j - 1].words >= config.min_content_words
    };
    let wrapped_start = |j: usize| {
        reasons[j].is_none() && !lines[j].ends_sentence && is_paragraph(lines, j, config)
    };
    // A sentence that introduces what it embeds ends with a colon.
    let introduces = |j: usize| {
        reasons[j].is_none()
            && lines[j].words >= MIN_LIST_INTRO_WORDS
            && lines[j].raw.trim_end().ends_with([':', '：'])
    };
    let embedded = |r: Option<Reason>| r == Some(Reason::LatinBlock);
    let mut i = 0;
    while i < lines.len() {
        let start = i;
        if reasons[i] == Some(Reason::RelatedBlock) {
            // The block's own dates and buttons (a video's duration, "share") stand inside it, and a
            // picture's caption under it.
            while i < lines.len()
                && (lines[i].is_blank()
                    || matches!(
                        reasons[i],
                        Some(
                            Reason::RelatedBlock | Reason::Dateline | Reason::Ui | Reason::Caption
                        )
                    ))
            {
                i += 1;
            }
        } else if reasons[i] == Some(Reason::Caption) {
            // A picture's caption, or a gallery's captions under their counters, and a list of other
            // articles under them; an embedded post's credit with the post's lines.
            while i < lines.len()
                && (lines[i].is_blank()
                    || matches!(
                        reasons[i],
                        Some(Reason::Caption | Reason::RelatedBlock | Reason::LatinBlock)
                    ))
            {
                i += 1;
            }
        } else if reasons[i] == Some(Reason::Ui) {
            // A widget's row of buttons: a gallery's pager, share buttons on a line or a line each.
            while i < lines.len() && (lines[i].is_blank() || reasons[i] == Some(Reason::Ui)) {
                i += 1;
            }
        } else if reasons[i] == Some(Reason::Prompt)
            && lexicon::names_follow_app(lines[i].folded)
            && (i + 1..lines.len())
                .filter(|&j| !lines[j].is_blank())
                .take(2)
                .filter(|&j| paragraph(j))
                .count()
                == 2
        {
            // A prompt to follow the site on an app, on a line of its own, with the article's text
            // going on for two paragraphs under it ("تابعونا على تطبيق تلغرام"); a newsletter's sign-up
            // widget is no such line, nor is the prompt over the site's blurb after the article.
            i += 1;
        } else if embedded(reasons[i]) {
            // An embedded post in another script ("— Liverpool FC (@LFC) December 4, 2024"), its credit
            // in the page's script or not.
            while i < lines.len()
                && (lines[i].is_blank()
                    || embedded(reasons[i])
                    || reasons[i] == Some(Reason::Caption))
            {
                i += 1;
            }
        } else {
            i += 1;
            continue;
        }
        let before = (0..start).rev().find(|&j| !lines[j].is_blank());
        let after = (i < lines.len()).then_some(i);
        let inside = i - start <= MAX_INLINE_LIST_LINES
            && before.is_some_and(|j| {
                paragraph(j) || wrapped_end(j) || embedded(reasons[start]) && introduces(j)
            })
            && after.is_some_and(|j| paragraph(j) || wrapped_start(j));
        if inside {
            aside[start..i].iter_mut().for_each(|a| *a = true);
        }
    }
    aside
}

/// A list of other articles set between two paragraphs holds at most this many lines.
const MAX_INLINE_LIST_LINES: usize = 12;

/// JSON blobs and script remnants: from a line opening `{` or `[` to the line that balances it.
fn structured_blocks(lines: &[Line], reasons: &mut [Option<Reason>], meta: &mut Metadata) {
    let mut i = 0;
    while i < lines.len() {
        // The folded line: trimmed, and lowercased as these marks are.
        let t = lines[i].folded;
        let opens =
            t.starts_with('{') || t == "[" || t.starts_with("<script") || t.starts_with("window.");
        if !opens {
            i += 1;
            continue;
        }
        let mut depth: i64 = 0;
        let mut end = i;
        for (j, line) in lines.iter().enumerate().skip(i) {
            depth += line.raw.matches(['{', '[']).count() as i64
                - line.raw.matches(['}', ']']).count() as i64;
            end = j;
            if depth <= 0 {
                break;
            }
        }
        let blob: Vec<&str> = lines[i..=end].iter().map(|l| l.raw).collect();
        let blob = blob.join("\n");
        if let Ok(found) = serde_json::from_str::<BlobMetadata>(&blob) {
            if let Some(authors) = found.authors.as_ref().and_then(|a| a.as_array()) {
                for a in authors.iter().filter_map(|a| a.as_str()) {
                    push_author(meta, a);
                }
            }
            if let Some(t) = found
                .title
                .or(found.headline)
                .as_ref()
                .and_then(|t| t.as_str())
            {
                meta.title.get_or_insert_with(|| t.trim().to_string());
            }
        }
        if end > i || t.ends_with('}') || t.ends_with(";") {
            reasons[i..=end]
                .iter_mut()
                .for_each(|r| *r = Some(Reason::StructuredData));
        }
        i = end + 1;
    }
    // Lines that look like `"key": value,` outside a detected blob, and lines of identifiers.
    for (i, line) in lines.iter().enumerate() {
        let t = line.folded;
        if reasons[i].is_none()
            && (t.starts_with('"') && t.contains("\":")
                || line.digits && line.arabic == 0 && identifiers(line.raw))
        {
            reasons[i] = Some(Reason::StructuredData);
        }
    }
}

/// The folded line opens with a web address.
pub(crate) fn opens_with_link(folded: &str) -> bool {
    ["http://", "https://", "www."]
        .iter()
        .any(|scheme| folded.starts_with(scheme))
}

/// `raw` before a dash or a bar that an engagement counter follows ("... - 5 Comments on ...").
pub(crate) fn before_counter(raw: &str) -> Option<&str> {
    let bytes = raw.as_bytes();
    // A separator between spaces with a digit after it: '-', '|' or '–' (E2 80 93, found by its last
    // byte).
    memchr::memchr3_iter(b'-', b'|', 0x93, bytes).find_map(|at| {
        let start = if bytes[at] == 0x93 {
            at.checked_sub(2)
                .filter(|&s| bytes[s..at] == [0xE2, 0x80])?
        } else {
            at
        };
        let spaced = start > 0 && bytes[start - 1] == b' ' && bytes.get(at + 1) == Some(&b' ');
        let rest = raw.get(at + 2..)?;
        (spaced
            && rest.starts_with(|c: char| c.is_ascii_digit())
            && lexicon::opens_with_counter(&fold(rest)))
        .then(|| &raw[..start - 1])
    })
}

/// An identifier is a run of at least this many letters and digits (and `-`, `_`), of both kinds.
const MIN_IDENTIFIER_CHARS: usize = 24;

/// The line is made of identifiers (UUIDs, hashes, tokens a page's script left in its text:
/// "9303097ac-d3e5-41e1-baf5-303640756ebfX2bf8403c-..."): they hold four in five of its characters.
fn identifiers(raw: &str) -> bool {
    if raw.len() < MIN_IDENTIFIER_CHARS {
        return false;
    }
    let (mut all, mut ids) = (0, 0);
    for token in raw.split_whitespace() {
        all += token.len();
        let id = token.len() >= MIN_IDENTIFIER_CHARS
            && token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            && token.bytes().any(|b| b.is_ascii_digit())
            && token.bytes().any(|b| b.is_ascii_alphabetic());
        ids += id as usize * token.len();
    }
    ids * 5 >= all * 4
}

/// The fields of an embedded JSON object that hold metadata; the others are skipped unread.
#[derive(Deserialize)]
struct BlobMetadata {
    authors: Option<serde_json::Value>,
    title: Option<serde_json::Value>,
    headline: Option<serde_json::Value>,
}

fn push_author(meta: &mut Metadata, name: &str) {
    for name in byline::author_names(name) {
        let name = name
            .trim()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .trim();
        if !name.is_empty() && !meta.authors.iter().any(|a| fold(a) == fold(name)) {
            meta.authors.push(name.to_string());
        }
    }
}

/// A byline ("By A, B and C, Reporter") holds at most this many words.
const MAX_BYLINE_WORDS: usize = 12;

/// A dateline that carries the byline after its date is at most this long.
const MAX_DATELINE_WORDS: usize = 20;

/// A note of a post's last edit holds at most this many words: its label, a name, a date and a time (a
/// wiki's "اس صفحہ میں آخری بار مورخہ 5 دسمبر 2026ء کو 12:30 بجے ترمیم کی گئی۔").
const MAX_EDIT_STAMP_WORDS: usize = 16;

/// A desk's line, a city before it or not, holds at most this many words.
const MAX_DESK_LINE_WORDS: usize = 4;

/// A byline's label alone on its line ("By", "Von", "Author:") and the names on the next non-blank line:
/// both lines are the byline.
fn labelled_bylines(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    found: &mut Vec<(usize, String)>,
) {
    for i in 0..lines.len() {
        if reasons[i].is_some() || lines[i].words > 3 || !byline::is_lone_byline_label(lines[i].raw)
        {
            continue;
        }
        let Some(next) = (i + 1..lines.len().min(i + 3)).find(|&j| !lines[j].blank) else {
            continue;
        };
        if reasons[next].is_some() || lines[next].words > MAX_BYLINE_WORDS {
            continue;
        }
        if let Some(names) = byline::names_under_label(lines[next].raw) {
            reasons[i] = Some(Reason::Byline);
            reasons[next] = Some(Reason::Byline);
            found.extend(names.into_iter().map(|name| (next, name)));
        }
    }
}

/// A byline right under an ad's label ("Sponsored Links" / "by Example Network", "روابط ممولة" /
/// "بواسطة شبكة ...") credits the ad network that placed the links, not a writer: the line is the ad's,
/// and its names are no authors. (A byline over the label is the article's or a teaser's: pages set an
/// ad slot right after either.)
fn ad_credits(lines: &[Line], reasons: &mut [Option<Reason>], found: &mut Vec<(usize, String)>) {
    for i in 0..lines.len() {
        if reasons[i] != Some(Reason::Byline) {
            continue;
        }
        let before = (0..i).rev().find(|&j| !lines[j].is_blank());
        if before.is_some_and(|j| reasons[j] == Some(Reason::Ad)) {
            reasons[i] = Some(Reason::Ad);
            found.retain(|&(line, _)| line != i);
        }
    }
}

/// A date printed as a badge, the day and the month's name each on its own line ("22" / "سپتامبر",
/// "Sep" / "22"): both lines are a dateline.
fn date_badges(lines: &[Line], reasons: &mut [Option<Reason>]) {
    // The day alone, no count's brackets around it (an archive's "January" / "(11)").
    let day = |j: usize| {
        lines[j].key.len() <= 2
            && lines[j].raw.trim().chars().all(char::is_numeric)
            && lines[j]
                .key
                .parse::<u32>()
                .is_ok_and(|d| (1..=31).contains(&d))
    };
    for i in 0..lines.len() {
        if reasons[i].is_some() || lines[i].words > 2 || !date::is_month_alone(lines[i].key) {
            continue;
        }
        let before = (0..i).rev().find(|&j| !lines[j].is_blank());
        let after = (i + 1..lines.len()).find(|&j| !lines[j].is_blank());
        if let Some(j) = before.filter(|&j| day(j)).or(after.filter(|&j| day(j))) {
            reasons[i] = Some(Reason::Dateline);
            reasons[j] = Some(Reason::Dateline);
        }
    }
}

/// A place and its quoted source is at most this long.
const MAX_PLACE_AND_SOURCE_WORDS: usize = 6;

/// A place and its quoted source ("أبوظبي: «الخليج اليوم»"), or a source the page named above and a
/// place ("اردو نیوز، ریاض"), over or under a dateline or a byline is a dateline too; elsewhere the same
/// shape is a headline that quotes someone ("ترامب: «لن نتراجع»"). One of the region's cities and a
/// source ("سكاي نيوز عربية - أبوظبي", "بی بی سی اردو، اسلام آباد") is one right over the article's
/// first paragraph too, where no headline that short stands.
fn place_and_source(lines: &[Line], reasons: &mut [Option<Reason>], config: &StripConfig) {
    let first_lines = OnceCell::new();
    for i in 0..lines.len() {
        if reasons[i].is_some() || lines[i].words > MAX_PLACE_AND_SOURCE_WORDS {
            continue;
        }
        // Over the text, the source says it is one ("سكاي نيوز عربية", "رويترز"): a headline's place
        // and a few words have the same shape ("باريس - من المقرر أن يجتمع").
        let city_and_outlet = || {
            city_and_source(lines[i].key, MAX_SOURCE_WORDS)
                && source_parts(lines[i].key).is_some_and(|(a, b)| {
                    let source = if byline::is_place(a) { b } else { a };
                    lexicon::names_news_source(source)
                })
        };
        if !(byline::is_place_and_source(lines[i].raw)
            || city_and_source(lines[i].key, MAX_STAMPED_SOURCE_WORDS)
            || city_and_outlet()
            || named_source(lines, i, &first_lines))
        {
            continue;
        }
        let stamped = |j: Option<usize>| {
            j.is_some_and(|j| matches!(reasons[j], Some(Reason::Dateline | Reason::Byline)))
        };
        let before = (0..i).rev().find(|&j| !lines[j].is_blank());
        let after = (i + 1..lines.len()).find(|&j| !lines[j].is_blank());
        let over_text = || {
            after.is_some_and(|j| {
                reasons[j].is_none()
                    && lines[j].ends_sentence
                    && lines[j].words >= config.min_content_words
            })
        };
        if stamped(before) || stamped(after) || city_and_outlet() && over_text() {
            reasons[i] = Some(Reason::Dateline);
        }
    }
}

/// The key is one of the region's cities and a source of up to `most` words, in either order, apart by a
/// comma or a dash ("شبكة الأفق الإخبارية - أبوظبي", "دبي - الخليج.نت", "بی بی سی اردو، اسلام آباد"); the
/// source may be a web address's name ("الخليج.نت").
fn city_and_source(key: &str, most: usize) -> bool {
    let Some((a, b)) = source_parts(key) else {
        return false;
    };
    let source = |p: &str| {
        let p = p.replace('.', " ");
        (1..=most).contains(&p.split_whitespace().count())
            && p.chars().all(|c| c.is_alphabetic() || c.is_whitespace())
    };
    byline::is_place(a) && source(b) || byline::is_place(b) && source(a)
}

/// A source beside a place, over the article's first paragraph, holds at most this many words ("بی بی سی
/// اردو")...
const MAX_SOURCE_WORDS: usize = 4;

/// ...and beside a dateline or a byline at most this many.
const MAX_STAMPED_SOURCE_WORDS: usize = 3;

/// The two parts of a key apart by a comma or a dash between words ("اردو نیوز، ریاض"), trimmed; `None`
/// for a key with neither, or with a dash inside a word ("Top-Themen").
fn source_parts(key: &str) -> Option<(&str, &str)> {
    let (a, b) = key.split_once([',', '،', '-', '–'])?;
    if key[a.len()..].starts_with(['-', '–']) && !(a.ends_with(' ') && b.starts_with(' ')) {
        return None;
    }
    Some((a.trim(), b.trim()))
}

/// Line `i` is a source the page named above and a place ("اردو نیوز، ریاض", "Site Name - Cairo"): two
/// parts of one or two words each, one of them a line of its own higher on the page (the site's name
/// at its top, a menu's item), the other no writer's name. `first_lines` holds (or is given, the first time it is needed) the first line of each key.
fn named_source<'a>(
    lines: &[Line<'a>],
    i: usize,
    first_lines: &OnceCell<FastMap<&'a str, usize>>,
) -> bool {
    let Some((a, b)) = source_parts(lines[i].key) else {
        return false;
    };
    let short = |p: &str, most: usize| {
        (1..=most).contains(&p.split_whitespace().count())
            && p.chars().all(|c| c.is_alphabetic() || c.is_whitespace())
    };
    let named_above = |part: &str| {
        first_lines
            .get_or_init(|| {
                let mut first = FastMap::default();
                for (j, line) in lines.iter().enumerate() {
                    first.entry(line.key).or_insert(j);
                }
                first
            })
            .get(part)
            .is_some_and(|&j| j < i)
    };
    // The other part is a place, not a writer's name: "هسبريس - محمد الراجي" under the site's name is
    // a byline.
    short(a, 2)
        && short(b, 2)
        && (named_above(a) || named_above(b))
        && byline::signature_author(lines[i].raw).is_none()
}

/// The writer's role under a byline, after its label ("عہدہ, بی بی سی اردو، اسلام آباد", "Role, BBC
/// News"): part of the byline, no author.
fn byline_roles(lines: &[Line], reasons: &mut [Option<Reason>]) {
    for i in 0..lines.len() {
        if reasons[i] != Some(Reason::Byline) {
            continue;
        }
        let Some(next) = (i + 1..lines.len()).find(|&j| !lines[j].is_blank()) else {
            continue;
        };
        if reasons[next].is_none()
            && lines[next].words <= MAX_BYLINE_WORDS
            && byline::opens_with_role_label(lines[next].raw)
        {
            reasons[next] = Some(Reason::Byline);
        }
    }
}

/// A byline's list of names goes on over at most this many lines.
const MAX_BYLINE_LINES: usize = 12;

/// The lines right after a byline that go on with its names, one a line (", Max Bernhard", "und Anna
/// Weber", see [`byline::continued_name`]): each reads as a person's name and is no phrase of the page;
/// they join the byline, their names counted with the byline's line. Under a byline's label alone on its
/// line ("By", "Von"), the page lists its writers one a line and a name needs no joiner
/// ([`byline::listed_name`]) until a line with a date ends the list; such a name is on no other line of
/// the page (a section's name is, over each of its stories).
fn byline_continuations(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    found: &mut Vec<(usize, String)>,
) {
    let mut starts: Vec<usize> = found.iter().map(|(i, _)| *i).collect();
    starts.dedup();
    let mut lowercase = None;
    for i in starts {
        let under_label = !lines[i].digits
            && (0..i).rev().find(|&j| !lines[j].blank).is_some_and(|j| {
                reasons[j] == Some(Reason::Byline) && byline::is_lone_byline_label(lines[j].raw)
            });
        let once = |j: usize| lines.iter().filter(|l| l.key == lines[j].key).count() == 1;
        for j in i + 1..lines.len().min(i + 1 + MAX_BYLINE_LINES) {
            if reasons[j].is_some() || lines[j].blank {
                break;
            }
            let name = match byline::continued_name(lines[j].raw) {
                Some(name) => Some(name),
                None if under_label => byline::listed_name(lines[j].raw).filter(|name| {
                    let lowercase = lowercase.get_or_insert_with(|| lowercase_words(lines));
                    byline::names_a_co_writer(name, lowercase) && once(j)
                }),
                None => None,
            };
            let Some(name) = name else {
                break;
            };
            let lowercase = lowercase.get_or_insert_with(|| lowercase_words(lines));
            if byline::common_words_only(name, lowercase) {
                break;
            }
            reasons[j] = Some(Reason::Byline);
            found.push((i, name.to_string()));
        }
    }
}

/// A line of tags is at most this long, unless each of its items is short.
const MAX_TAG_LIST_WORDS: usize = 20;

/// A row of keywords holds at least this many items.
const MIN_KEYWORDS: usize = 6;

/// A page's keywords printed as its text (its `<meta>` keywords, a tag cloud's links): a line that
/// stands alone (blank lines or the page's edge around it), of [`MIN_KEYWORDS`] or more short items
/// parted by commas and no sentence mark, left open with a comma after the last ("روز خبرنگار, هفدهم
/// مرداد, خبرنگار, ..., درباره روز خبرنگار,"). A list in running text ends with its sentence; a line
/// that goes on in the next is a sentence wrapped.
fn keyword_rows(lines: &[Line], reasons: &mut [Option<Reason>]) {
    let alone = |j: Option<&Line>| j.is_none_or(Line::is_blank);
    for i in 0..lines.len() {
        let line = &lines[i];
        if reasons[i].is_none()
            && line.raw.trim_end().ends_with([',', '،'])
            && alone(lines.get(i + 1))
            && alone(i.checked_sub(1).map(|j| &lines[j]))
            && !line
                .raw
                .contains(['.', '!', '?', '؟', '۔', ';', '؛', ':', '"'])
            && lexicon::short_items(line.raw)
            && line
                .raw
                .split([',', '،'])
                .filter(|item| !item.trim().is_empty())
                .count()
                >= MIN_KEYWORDS
        {
            reasons[i] = Some(Reason::Ui);
        }
    }
}

/// Lines that are only an author's name (found in a byline, signature or embedded metadata).
fn bylines(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    meta: &Metadata,
    found: &mut Vec<(usize, String)>,
) {
    // Signatures at the end: "Agency - Author Name"; the page's opening line, its `<title>` ("Site -
    // Section"), is none.
    let opening = lines.iter().position(|l| !l.blank);
    let signatures: Vec<Option<String>> = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            (reasons[i].is_none() && Some(i) != opening && line.words <= MAX_SIGNATURE_WORDS)
                .then(|| byline::signature_author(line.raw))
                .flatten()
        })
        .collect();
    // A signature stands alone: short lines of two parts around a dash one after another (no date's
    // line among them) are a list of pairs ("أشرف حكيمي - المغرب", "رونوير ويليامز - جنوب أفريقيا").
    let paired = |j: Option<usize>| {
        j.is_some_and(|j| {
            lines[j].words <= MAX_SIGNATURE_WORDS
                && !lines[j].digits
                && (lines[j].raw.contains(" - ") || lines[j].raw.contains(" – "))
        })
    };
    for (i, author) in signatures.iter().enumerate() {
        let Some(author) = author else { continue };
        let before = (0..i).rev().find(|&j| !lines[j].is_blank());
        let after = (i + 1..lines.len()).find(|&j| !lines[j].is_blank());
        if !paired(before) && !paired(after) {
            found.push((i, author.clone()));
            reasons[i] = Some(Reason::Byline);
        }
    }
    let names: FastSet<String> = meta
        .authors
        .iter()
        .chain(found.iter().map(|(_, name)| name))
        .map(|a| fold(a))
        .collect();
    for (i, line) in lines.iter().enumerate() {
        if reasons[i].is_none() && names.contains(line.key) {
            reasons[i] = Some(Reason::Byline);
        }
    }
}

/// A signature ("Agency - Author Name") holds at most this many words.
const MAX_SIGNATURE_WORDS: usize = 8;

#[cfg(test)]
mod tests;
