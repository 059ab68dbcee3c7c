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
#![deny(missing_docs)]

mod byline;
mod date;
mod fold;
mod lexicon;
mod metadata;
mod model;
mod plain;
mod repeated;
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
use fold::{fold, fold_line, LineShape};
use metadata::{
    article_bylines, article_date, lowercase_words, name_line_author, MAX_YEARLESS_DATELINE_WORDS,
};
pub use model::{
    Evidence, LineModel, Logistic, ModelError, Node, Trees, CONTEXT_FEATURES, LOCAL_FEATURES,
    MODEL_VERSION,
};
pub use repeated::{line_hash, line_key, LineCounts};
use title::{heading_like, site_name, title, title_parts};

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
    /// Copyright or institutional disclaimer.
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
            Reason::Copyright => "copyright or disclaimer",
            Reason::Caption => "image caption or credit",
            Reason::RelatedBlock => "related-articles block",
            Reason::ReadAlso => {
                "\"read also\" pointer inside the article, or its link, or links closed by an end line"
            }
            Reason::Comments => "readers' comments after the article",
            Reason::AuthorBox => "the writer's box: an \"about the author\" heading and its note",
            Reason::HeadlineList => "run of headline-shaped lines, or a row of them (a list of links)",
            Reason::Teaser => "teaser followed by a read-more link",
            Reason::Duplicate => "repeats an earlier line",
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
    /// fragments moved onto the words they end; the map points every kept byte, and every separator, at
    /// an original byte (a word completed by a fragment at the source word it completes).
    pub fn rewrite(&self, text: &str) -> Rewritten {
        let mut rw = Rewriter::new(text);
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
    /// The folded line (see [`fold`]), runs of spaces made one, no spaces at the edges.
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
}

/// A citation mark holds at most this many characters between its brackets.
const MAX_CITATION_CHARS: usize = 4;

/// `text` without the citation marks that end it ("... أولا.[٣]", "... in 2019.[12][13]").
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
                let line = &folded[*start..end];
                let trimmed = raw.trim();
                Line {
                    raw,
                    folded: line,
                    key: &line[shape.key.clone()],
                    words: shape.words,
                    arabic: shape.arabic,
                    latin: shape.latin,
                    digits: shape.digits,
                    ends_sentence: prints_stop(trimmed),
                    blank: trimmed.is_empty(),
                }
            })
            .collect::<Vec<_>>();
        stop_unstopped_paragraphs(&mut lines);
        lines
    }

    fn is_blank(&self) -> bool {
        self.blank
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
/// brackets ("... في بيان.»", "... said.[3]").
fn prints_stop(trimmed: &str) -> bool {
    without_citations(trimmed)
        .trim_end_matches(['"', '\'', '»', '”', ')', '’'])
        .ends_with(['.', '!', '?', '؟', '…', '۔', '。', '！', '？'])
}

/// The line ends with an ellipsis ("...", "…"): a summary cut short, or a sentence that trails off.
fn ends_with_ellipsis(raw: &str) -> bool {
    let t = raw.trim_end();
    t.ends_with("...") || t.ends_with('…')
}

/// Many Arabic sites end their paragraphs with no full stop, and set none inside them either. On a page
/// in Arabic script where most lines of running text (lines of [`MIN_UNSTOPPED_PARAGRAPH_WORDS`] words or
/// more, or of [`MIN_CONJOINED_SENTENCE_WORDS`] that a conjunction opens) hold no stop at all (three at
/// least), each such line (with two function words or more, or the conjunction; no colon or comma at its
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
    // Lines with stops inside count as stopped: read only where the page may still be unstopped.
    let too_few = |stopped: usize, unstopped: usize| unstopped < 3 || unstopped < 2 * stopped;
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
    let spaced = view::with_plain_spaces(text);
    let unmarked = view::without_markup(&spaced);
    let text = unmarked.as_ref();
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
            reasons[i] = Some(if !keep {
                Reason::LowScore
            } else if lines[i].words >= config.min_content_words {
                Reason::Content
            } else if lines[i].ends_sentence {
                Reason::SentenceFragment
            } else {
                Reason::ShortBetweenContent
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
    cut_summaries(&lines, &mut reasons, &open);
    site_policies(&lines, &mut reasons, &open);
    wrapped_paragraphs(&lines, &mut reasons, &mut evidence);
    closing_paragraphs(&lines, &mut reasons, &evidence, config);
    whole_lists(&lines, &mut reasons, &listed);
    cell_runs(&lines, &mut reasons, config);
    ingredient_lists(&lines, &mut reasons, &mut evidence);
    interview_answers(&lines, &mut reasons);
    writers_note(&lines, &mut reasons, &mut evidence);
    duplicates(&lines, &mut reasons, &mut evidence);
    let headline = title(&lines, &mut reasons, &mut meta);
    ticker_items(&lines, &mut reasons, &mut evidence);
    if let Some(headline) = headline {
        if lead_paragraph(&lines, &mut reasons, headline, config) {
            // The lead may introduce a list (a table's cells) that waited for it.
            whole_lists(&lines, &mut reasons, &listed);
        }
    }
    meta.date = article_date(&lines, &reasons, headline);
    article_bylines(&lines, &reasons, headline, &found, &mut meta);
    if meta.authors.is_empty() {
        name_line_author(&lines, &mut reasons, &mut evidence, headline, &mut meta);
    }
    closing_author_note(&lines, &mut reasons, &mut evidence, &meta.authors);
    meta.title = meta.title.map(|t| plain_text(&t)).filter(|t| !t.is_empty());
    for author in &mut meta.authors {
        *author = plain_text(author);
    }
    meta.authors.retain(|a| !a.is_empty());

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
    }
    embedded_posts(lines, &mut reasons);
    labelled_bylines(lines, &mut reasons, found);
    ad_credits(lines, &mut reasons, found);
    byline_roles(lines, &mut reasons);
    place_and_source(lines, &mut reasons);
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

/// Tables of contents: [`MIN_CONTENTS_ENTRIES`] or more consecutive short lines that the page repeats
/// further down, in the same order, each repeat a heading over a paragraph, with a paragraph between it
/// and the next. The entries are navigation within the page (`ui`); the headings they point to go to
/// `headings`, the article's own headings whatever the line model makes of them.
/// A menu that a footer repeats is no table of contents: nothing stands between its repeats.
fn contents_lists(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    config: &StripConfig,
    headings: &mut Vec<usize>,
) {
    let short = |l: &Line| (1..=MAX_CONTENTS_ENTRY_WORDS).contains(&l.words);
    // The headings an entry may point to: open short lines right over a paragraph. Most pages have
    // too few for a table of contents, and are done here.
    let over_paragraph = |p: usize| {
        (p + 1..lines.len())
            .find(|&q| !lines[q].is_blank())
            .is_some_and(|q| {
                lines[q].words >= config.min_content_words && is_paragraph(lines, q, config)
            })
    };
    let targets: Vec<usize> = (0..lines.len())
        .filter(|&p| reasons[p].is_none() && short(&lines[p]) && over_paragraph(p))
        .collect();
    if targets.len() < MIN_CONTENTS_ENTRIES {
        return;
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
                targets.iter().copied().find(|&p| {
                    p >= from
                        && reasons[p].is_none()
                        && lines[p].key.len() == lines[entry].key.len()
                        && lines[p].key == lines[entry].key
                })
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
                headings.push(heading);
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
        if goes_on && (1..=MAX_LIST_ITEMS).contains(&items.len()) {
            for item in items {
                listed[item] = true;
            }
        }
    }
    listed
}

/// A list the article introduces holds at most this many items.
const MAX_LIST_ITEMS: usize = 15;

/// A sentence that introduces a list holds at least this many words (a label such as "Tags:" does not).
const MIN_LIST_INTRO_WORDS: usize = 3;

/// A caption under its label ("Image caption" alone on the line before) is at most this long.
const MAX_CAPTION_WORDS: usize = 40;

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
/// after it or nothing ("A post shared by وزارة الخارجية (@mfa_example)"). (A tweet's credit, "— Name
/// (@handle) date", is left to the model: the tweet above it is often the article's quote.)
fn embed_credit(line: &Line) -> bool {
    if line.words > MAX_EMBED_CREDIT_WORDS || !line.folded.starts_with("a post shared by") {
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

/// Lines of a hard-wrapped paragraph are looked ahead this far for the sentence end.
const MAX_WRAPPED_LINES: usize = 20;

/// Line `i` is a paragraph: running text of `min_content_words` words or more that ends a sentence, or
/// the start of a hard-wrapped one (lines of half that length or more, one after another, up to the
/// line that ends the sentence, or to the end of a block of [`MIN_WRAPPED_RUN`] lines or
/// [`BLOCK_PARAGRAPH_WORDS`] words or more).
fn is_paragraph(lines: &[Line], i: usize, config: &StripConfig) -> bool {
    let long = |l: &Line| l.words >= config.min_content_words;
    if !long(&lines[i]) {
        return false;
    }
    // Lines of half the length or more run on, up to the one that ends the sentence (of any length), or,
    // in a block of `MIN_WRAPPED_RUN` lines or `BLOCK_PARAGRAPH_WORDS` words or more, up to the blank
    // line that ends the block (an extractor cut its last sentence).
    let mut words = 0;
    for (n, l) in lines[i..].iter().take(MAX_WRAPPED_LINES).enumerate() {
        if l.ends_sentence {
            return true;
        }
        words += l.words;
        if lines.get(i + n + 1).is_none_or(|next| next.blank) {
            return n + 1 >= MIN_WRAPPED_RUN || words >= BLOCK_PARAGRAPH_WORDS;
        }
        if l.words * 2 < config.min_content_words {
            return false;
        }
    }
    false
}

/// Line `i` belongs to a paragraph: it starts one ([`is_paragraph`]), or a hard-wrapped paragraph runs on
/// into it from a line before.
fn in_paragraph(lines: &[Line], i: usize, config: &StripConfig) -> bool {
    let mut start = i;
    for _ in 0..MAX_WRAPPED_LINES {
        if is_paragraph(lines, start, config) {
            return true;
        }
        if start == 0 || !hard_wrapped(&lines[start - 1], &lines[start]) {
            return false;
        }
        start -= 1;
    }
    false
}

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
/// with a colon), a caption (with a list of other articles beside it) or a widget's single row of
/// buttons set there, and the
/// clock times that stamp a live
/// coverage's entries, which stay neighbours.
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
    // A sentence that introduces what it embeds ends with a colon.
    let introduces = |j: usize| {
        reasons[j].is_none()
            && lines[j].words >= config.min_content_words
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
        } else if reasons[i] == Some(Reason::Ui)
            && (i + 1..lines.len())
                .find(|&j| !lines[j].is_blank())
                .is_none_or(|j| reasons[j] != Some(Reason::Ui))
        {
            // A widget's single row of buttons: a gallery's pager, a row of share buttons.
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
            && before.is_some_and(|j| paragraph(j) || embedded(reasons[start]) && introduces(j))
            && after.is_some_and(paragraph);
        if inside {
            aside[start..i].iter_mut().for_each(|a| *a = true);
        }
    }
    aside
}

/// A list of other articles set between two paragraphs holds at most this many lines.
const MAX_INLINE_LIST_LINES: usize = 12;

/// The word fragment that opens `line` and ends its last word, when the line is running text that ends on
/// a bare word: joined when the word list knows the joined word, as more frequent than the last word
/// alone unless the piece opens with tatweel (a stretched word cut in two); marked (not joined) when the
/// piece opens with tatweel or is no word of its own but no join is confirmed.
fn leading_fragment(line: &Line) -> Option<Fragment> {
    if line.words < 4 {
        return None;
    }
    let is_word =
        |s: &str| !s.is_empty() && s.chars().all(|c| is_arabic_letter(c) || c == '\u{0640}');
    // Cheapest first: most lines end on punctuation, and most open with a word of their own.
    let raw = line.raw.trim();
    let last = raw.rsplit(char::is_whitespace).next()?;
    if !is_word(last) {
        return None;
    }
    let first = raw.split(char::is_whitespace).next()?;
    let piece = first.trim_end_matches(|c: char| !is_arabic_letter(c) && c != '\u{0640}');
    let piece_letters = piece.chars().filter(|&c| c != '\u{0640}').count();
    if !is_word(piece) || piece_letters > 4 {
        return None;
    }
    let tail = letters(piece);
    if tail.is_empty() {
        return None;
    }
    let head = letters(last);
    if head.is_empty() {
        // A stretch of tatweel alone is no word to complete.
        return None;
    }
    let lexicon = Lexicon::get();
    let joined = lexicon.cb(&[head.as_ref(), tail.as_ref()].concat());
    let stretched = piece.starts_with('\u{0640}');
    let confirmed = joined <= MAX_JOINED_CB && (stretched || joined < lexicon.cb(&head));
    let suspicious =
        stretched || lexicon.cb(&tail) >= tanqih_lexicon::UNKNOWN_CB && !lexicon.is_stem(&tail);
    (confirmed || suspicious).then(|| Fragment {
        text: first.to_string(),
        joined: confirmed,
    })
}

/// A joined word must be at least this frequent (centibels: 1e-6.5) to confirm a fragment.
const MAX_JOINED_CB: i32 = 650;

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}')
}

/// `word` without tatweel and marks.
fn letters(word: &str) -> Cow<'_, str> {
    let stretch = |c: char| matches!(c, '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}');
    if word.contains(stretch) {
        Cow::Owned(word.chars().filter(|&c| !stretch(c)).collect())
    } else {
        Cow::Borrowed(word)
    }
}

/// A long line that stops mid-sentence and runs straight into the next line (no blank line between, no
/// bullet or dash opening the next) was wrapped by a PDF extractor.
fn hard_wrapped(line: &Line, next: &Line) -> bool {
    let opens_item = next.raw.trim_start().starts_with(['-', '•', '*', '–', '—']);
    line.words >= 6
        && !line.ends_sentence
        && !line.raw.trim_end().ends_with([':', '؛'])
        && !opens_item
}

/// Hard-wrapped paragraphs the line model or the headline-list rule dropped are kept. Such a paragraph is
/// a run of [`MIN_WRAPPED_RUN`] or more lines, each but the last [`hard_wrapped`] into the next (or as
/// long and ending a sentence) and at least half as wide as the widest of them, that ends a sentence or
/// ends where a blank line or the text ends. Its lines show running text: for one break in four or
/// more, the line before it ends on a function word or a comma, or goes on past a sentence end or a
/// comma, or the line after it opens with a lowercase word; and no more than half of its breaks fall
/// before a capital (where the line before shows no break mid-sentence). A list of headlines shows
/// none of this, and opens every item with a capital where the script has them.
fn wrapped_paragraphs(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
) {
    let reclaimable = |r: Option<Reason>| {
        r.is_none_or(Reason::keeps) || matches!(r, Some(Reason::LowScore | Reason::HeadlineList))
    };
    let mut s = 0;
    while s < lines.len() {
        let mut e = s;
        // The block runs on through hard wraps, and through full lines that end a sentence.
        while e + 1 < lines.len()
            && !lines[e + 1].blank
            && (hard_wrapped(&lines[e], &lines[e + 1])
                || lines[e].ends_sentence && lines[e].words >= 6)
        {
            e += 1;
        }
        let ends = lines[e].ends_sentence || lines.get(e + 1).is_none_or(|l| l.blank);
        let breaks = e - s;
        if breaks + 1 < MIN_WRAPPED_RUN || !ends {
            s = e + 1;
            continue;
        }
        // Evidence of running text: breaks mid-sentence, and lines (but the last) that go on past a
        // sentence end or a comma. Against it: a line after a break that opens with a capital, as every
        // item of a list does.
        let (mut running, mut capitalized) = (0, 0);
        for k in s..e {
            if model::breaks_mid_sentence(&lines[k], &lines[k + 1]) {
                running += 1;
                continue;
            }
            let raw = lines[k].raw;
            let inner_stop = raw.match_indices([' ']).any(|(at, _)| {
                let before = &raw[..at];
                before.ends_with(['.', '۔', '؟', '!', '?']) && !before.ends_with("..")
            });
            let inner_comma = raw
                .trim_end()
                .trim_end_matches([',', '،'])
                .contains([',', '،']);
            if inner_stop || inner_comma {
                running += 1;
            }
            if lines[k + 1]
                .raw
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            {
                capitalized += 1;
            }
        }
        // A wrapping width: every line but the last is at least half as wide as the widest.
        let width = |k: usize| lines[k].raw.trim().chars().count();
        let widest = (s..e).map(width).max().unwrap_or(0);
        let even = (s..e).all(|k| width(k) * 2 >= widest);
        if even
            && running * 4 >= breaks
            && capitalized * 2 <= breaks
            && (s..=e).all(|k| reclaimable(reasons[k]))
        {
            for k in s..=e {
                if !reasons[k].is_some_and(Reason::keeps) {
                    reasons[k] = Some(Reason::WrappedParagraph);
                    evidence[k] = None;
                }
            }
        }
        s = e + 1;
    }
}

/// A block of text this long is a paragraph, even where it does not end a sentence: no menu, footer or
/// headline runs to forty words without a sentence end.
const BLOCK_PARAGRAPH_WORDS: usize = 40;

/// Lines a hard-wrapped paragraph holds at least.
const MIN_WRAPPED_RUN: usize = 3;

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
    // Lines that look like `"key": value,` outside a detected blob.
    for (i, line) in lines.iter().enumerate() {
        let t = line.folded;
        if reasons[i].is_none() && t.starts_with('"') && t.contains("\":") {
            reasons[i] = Some(Reason::StructuredData);
        }
    }
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

/// A place and its quoted source is at most this long.
const MAX_PLACE_AND_SOURCE_WORDS: usize = 6;

/// A place and its quoted source ("أبوظبي: «الخليج اليوم»"), or a source the page named above and a
/// place ("اردو نیوز، ریاض"), over or under a dateline or a byline is a dateline too; elsewhere the same shape is a headline that quotes someone ("ترامب: «لن نتراجع»").
fn place_and_source(lines: &[Line], reasons: &mut [Option<Reason>]) {
    for i in 0..lines.len() {
        if reasons[i].is_some()
            || lines[i].words > MAX_PLACE_AND_SOURCE_WORDS
            || !(byline::is_place_and_source(lines[i].raw) || named_source(lines, i))
        {
            continue;
        }
        let stamped = |j: Option<usize>| {
            j.is_some_and(|j| matches!(reasons[j], Some(Reason::Dateline | Reason::Byline)))
        };
        let before = (0..i).rev().find(|&j| !lines[j].is_blank());
        let after = (i + 1..lines.len()).find(|&j| !lines[j].is_blank());
        if stamped(before) || stamped(after) {
            reasons[i] = Some(Reason::Dateline);
        }
    }
}

/// Line `i` is a source the page named above and a place ("اردو نیوز، ریاض", "Site Name - Cairo"): two
/// parts of one or two words each, one of them a line of its own higher on the page (the site's name
/// at its top, a menu's item); or one of the region's cities and a source of up to three words.
fn named_source(lines: &[Line], i: usize) -> bool {
    let key = lines[i].key;
    let Some((a, b)) = key.split_once([',', '،', '-', '–']) else {
        return false;
    };
    // A dash between words, not inside one ("Top-Themen").
    if a.len() < key.len()
        && key[a.len()..].starts_with(['-', '–'])
        && !(a.ends_with(' ') && b.starts_with(' '))
    {
        return false;
    }
    let (a, b) = (a.trim(), b.trim());
    let short = |p: &str, most: usize| {
        (1..=most).contains(&p.split_whitespace().count())
            && p.chars().all(|c| c.is_alphabetic() || c.is_whitespace())
    };
    // A city the datelines of the region name, beside a source of a few words ("شبكة الأفق الإخبارية -
    // أبوظبي", "دبي - الخليج.نت"), whether or not the page named the source above.
    // The source may be a web address's name ("الخليج.نت").
    let city_and_source =
        |place: &str, source: &str| byline::is_place(place) && short(&source.replace('.', " "), 3);
    short(a, 2) && short(b, 2) && (0..i).any(|j| lines[j].key == a || lines[j].key == b)
        || city_and_source(a, b)
        || city_and_source(b, a)
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
/// they join the byline, their names counted with the byline's line.
fn byline_continuations(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    found: &mut Vec<(usize, String)>,
) {
    let mut starts: Vec<usize> = found.iter().map(|(i, _)| *i).collect();
    starts.dedup();
    let mut lowercase = None;
    for i in starts {
        for j in i + 1..lines.len().min(i + 1 + MAX_BYLINE_LINES) {
            if reasons[j].is_some() || lines[j].blank {
                break;
            }
            let Some(name) = byline::continued_name(lines[j].raw) else {
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

/// A line of tags is at most this long.
const MAX_TAG_LIST_WORDS: usize = 20;

/// A menu or a breadcrumb flattened onto one line holds at most this many words...
const MAX_MENU_ROW_WORDS: usize = 30;
/// ...in items of at most this many words each.
const MAX_MENU_ITEM_WORDS_IN_ROW: usize = 4;
/// A menu row holds at least this many items.
const MIN_MENU_ROW_ITEMS: usize = 3;

/// A menu's or a breadcrumb's items flattened onto one line between separators standing alone
/// ("الرئيسية › اقتصاد › بازار", "من نحن | اتصل بنا | الخصوصية"): [`MIN_MENU_ROW_ITEMS`] items or
/// more, each a few words, none of them a sentence. A page title ("Headline | Site") has one separator;
/// a dateline's parts print digits, which the caller leaves to the dateline's rules.
fn menu_row(raw: &str) -> bool {
    const SEPARATORS: [char; 9] = ['|', '›', '»', '>', '•', '·', '/', '\\', '¦'];
    // A separator's byte (or the lead byte of a two- or three-byte one) first, found by memchr: most
    // lines hold none. Then no further than an item too long for a menu.
    let bytes = raw.as_bytes();
    if memchr::memchr3(b'|', b'>', b'/', bytes).is_none()
        && memchr::memchr3(b'\\', 0xC2, 0xE2, bytes).is_none()
    {
        return false;
    }
    let (mut items, mut words) = (0, 0);
    for token in raw.split_whitespace() {
        if token.chars().all(|c| SEPARATORS.contains(&c)) {
            if !(1..=MAX_MENU_ITEM_WORDS_IN_ROW).contains(&words) {
                return false;
            }
            items += 1;
            words = 0;
        } else if words == MAX_MENU_ITEM_WORDS_IN_ROW || token.ends_with(['.', '!', '?', '؟', '۔'])
        {
            return false;
        } else {
            words += 1;
        }
    }
    // The last item, unless the row ends with a separator.
    items + (words > 0) as usize >= MIN_MENU_ROW_ITEMS
}

/// Headlines flattened onto one line (a ticker, a "trending" bar) hold at least this many items...
const MIN_HEADLINE_ROW_ITEMS: usize = 3;
/// ...of this many words each: more than a menu's items, fewer than a paragraph's sentences.
const HEADLINE_ROW_ITEM_WORDS: std::ops::RangeInclusive<usize> = 3..=20;

/// Headlines of other articles flattened onto one line between bullet-like separators standing alone
/// ("… بقفط • بالصور.. تشييع … • وزير الخارجية يختتم …", a news ticker's or a "trending" bar's links):
/// [`MIN_HEADLINE_ROW_ITEMS`] items or more, each headline-long and none ending a sentence. Dashes and
/// slashes are left out: prose sets them between words.
fn headline_row(raw: &str) -> bool {
    const SEPARATORS: [char; 13] = [
        '|', '•', '·', '¦', '●', '■', '◆', '▪', '♦', '◄', '►', '▶', '◀',
    ];
    let bytes = raw.as_bytes();
    // '|' or the lead byte of the two- and three-byte separators; most lines hold none.
    if memchr::memchr3(b'|', 0xC2, 0xE2, bytes).is_none() {
        return false;
    }
    let ends_sentence =
        |token: &str| token.ends_with(['.', '!', '?', '؟', '۔']) && !token.ends_with("..");
    let (mut items, mut words, mut last) = (0, 0, "");
    for token in raw.split_whitespace() {
        if token.chars().all(|c| SEPARATORS.contains(&c)) {
            if !HEADLINE_ROW_ITEM_WORDS.contains(&words) || ends_sentence(last) {
                return false;
            }
            items += 1;
            words = 0;
        } else {
            words += 1;
            if words > *HEADLINE_ROW_ITEM_WORDS.end() {
                return false;
            }
        }
        last = token;
    }
    // The last item, unless the row ends with a separator.
    if words > 0 {
        if !HEADLINE_ROW_ITEM_WORDS.contains(&words) || ends_sentence(last) {
            return false;
        }
        items += 1;
    }
    items >= MIN_HEADLINE_ROW_ITEMS
}

/// The writer's name in `head`, a site's or a place's name of one or two words and a writer's name apart
/// by a dash or a bar, in either order ("هسبريس - محمد الراجي", "Ahmed Ali | Cairo"): the part that reads
/// as a name and opens with a given name.
fn site_and_writer(head: &str) -> Option<&str> {
    let (a, b) = [" - ", " – ", " | "]
        .iter()
        .find_map(|sep| head.split_once(sep))?;
    let (a, b) = (a.trim(), b.trim());
    let short = |part: &str| (1..=2).contains(&part.split_whitespace().count());
    let writer =
        |part: &str| model::name_shape(part).is_some() && byline::opens_with_given_name(part);
    [(b, a), (a, b)]
        .into_iter()
        .find(|&(name, other)| writer(name) && short(other) && !writer(other))
        .map(|(name, _)| name)
}

/// A teaser's summary with its read-more link glued after it holds at least this many words (a
/// shorter line is the link and a label).
const MIN_TEASER_WORDS: usize = 6;

/// A row of UI strings holds at most this many words.
const MAX_UI_ROW_WORDS: usize = 12;

/// Words of a date stamp beside its date's own: a label and a time zone ("آخر", "GST").
const MAX_STAMP_LABEL_WORDS: usize = 2;

/// Copyright lines and disclaimers are at most this long; a longer line that mentions copyright is prose.
const MAX_COPYRIGHT_WORDS: usize = 40;

/// Decisions a line earns on its own; `None` leaves it to context.
fn classify_alone(
    line: &Line,
    arabic_doc: bool,
    config: &StripConfig,
    byline: &mut Vec<String>,
) -> Option<Reason> {
    if line.is_blank() {
        return Some(Reason::Blank);
    }
    let key = line.key;
    if key.is_empty() {
        return Some(Reason::Ui);
    }
    if lexicon::is_ad_label(key) {
        return Some(Reason::Ad);
    }
    if lexicon::is_ui(key)
        || line.words <= MAX_UI_ROW_WORDS && lexicon::is_ui_row(key)
        || line.words <= MAX_TAG_LIST_WORDS && lexicon::is_tag_list(line.raw)
        || line.raw.contains('#') && lexicon::is_hashtag_row(line.raw)
        || !line.digits && line.words <= MAX_MENU_ROW_WORDS && menu_row(line.raw)
        || line.digits && line.words <= 5 && lexicon::is_news_code(key)
    {
        return Some(Reason::Ui);
    }
    if line.words <= MAX_COPYRIGHT_WORDS && lexicon::has_copyright(line.folded) {
        return Some(Reason::Copyright);
    }
    if line.words <= config.max_prompt_words && lexicon::has_prompt(key)
        || line.words <= MAX_PROMPT_SENTENCE_WORDS
            && line.ends_sentence
            && lexicon::is_prompt_sentence(key)
        || line.words <= MAX_CHANNEL_PROMPT_WORDS && lexicon::is_channel_prompt(key)
    {
        return Some(Reason::Prompt);
    }
    if lexicon::is_caption(line.folded, line.words)
        || line.digits && line.words <= 3 && gallery_counter(key)
        || lexicon::ends_with_credit(line.raw, line.words)
    {
        return Some(Reason::Caption);
    }
    if video_card(line) {
        return Some(Reason::RelatedBlock);
    }
    if line.words >= MIN_TEASER_WORDS
        && !line.ends_sentence
        && lexicon::ends_with_read_more(line.key)
    {
        return Some(Reason::Teaser);
    }
    if line.raw.contains("(@") && embed_credit(line) {
        return Some(Reason::Caption);
    }
    if line.digits && line.words <= MAX_PAGER_NUMBERS && pager(key) {
        return Some(Reason::Ui);
    }
    if line.digits && line.words <= 5 && lexicon::is_counter(key) {
        return Some(Reason::Ui);
    }
    if line.words <= 5 && (date::is_relative_time(line.folded) || date::is_clock_time(line.folded))
    {
        return Some(Reason::Dateline);
    }
    // A byline's opening and a name, a date after them or not ("نشر بواسطة: سارة أحمد في 5/12/2024").
    if let Some(authors) = (2..=MAX_BYLINE_WORDS)
        .contains(&line.words)
        .then(|| byline::byline_authors(line.raw))
        .flatten()
    {
        *byline = authors;
        return Some(Reason::Byline);
    }
    if line.words <= 12 && line.digits {
        // The line is its date, a label beside it, with its parts spaced or glued ("1/12/202412:30").
        let whole = |found: &date::FoundDate| found.words_used + 1 >= line.words;
        if find_date(line.folded).is_some_and(|f| whole(&f))
            || date::find_glued_date(line.raw).is_some_and(|f| whole(&f))
        {
            return Some(Reason::Dateline);
        }
        // Or a day and a month's name with no year ("mandag 5. august kl. 14:47").
        if line.words <= MAX_YEARLESS_DATELINE_WORDS
            && date::find_day_and_month(line.folded).is_some_and(|used| used + 1 >= line.words)
        {
            return Some(Reason::Dateline);
        }
    }
    // A published stamp and an update's on one line, each only its date and a label or two.
    if line.digits && line.words <= MAX_DATELINE_WORDS && !line.ends_sentence {
        let only_a_date = |part: &str| {
            find_date(part).is_some_and(|found| {
                found.words_used + MAX_STAMP_LABEL_WORDS >= part.split_whitespace().count()
            })
        };
        if date::split_at_update(line.folded)
            .is_some_and(|(published, update)| only_a_date(published) && only_a_date(update))
        {
            return Some(Reason::Dateline);
        }
    }
    if let Some(authors) = (line.digits && line.words <= MAX_DATELINE_WORDS)
        .then(|| byline::dated_byline(line.raw))
        .flatten()
    {
        *byline = authors;
        return Some(Reason::Byline);
    }
    // A writer's name and role ("دکتر حسین عباسی؛ اقتصاددان").
    if line.words <= MAX_BYLINE_WORDS {
        if let Some(name) = byline::name_and_role(line.raw) {
            byline.push(name.to_string());
            return Some(Reason::Byline);
        }
    }
    // A correspondent's line with the place reported from ("مراسل الجزيرة نت - عمان", "Correspondent,
    // Cairo"): the byline of a writer the page does not name.
    if line.words <= MAX_ROLE_AND_PLACE_WORDS
        && !line.ends_sentence
        && byline::opens_with_role(line.raw)
        && line.raw.contains([',', '،', '-', '–', '—'])
    {
        return Some(Reason::Byline);
    }
    // A name before its date, set apart by space alone ("ویب ڈیسک  جمعرات 5 دسمبر 2024"): a writer's,
    // when it holds a given name ("علیم احمد December 29, 2017"), else a desk's or a place's.
    if line.digits && line.words <= MAX_DATELINE_WORDS {
        let head = byline::before_date(line.raw).trim();
        // The site's or the place's name and the writer's, apart by a dash or a bar, before the date
        // ("هسبريس - محمد الراجي الأحد 1 دجنبر 2024"): the writer's holds a given name.
        if let Some(name) = site_and_writer(head) {
            let head_words = head.split_whitespace().count();
            if find_date(line.folded).is_some_and(|f| f.words_used + head_words >= line.words) {
                byline.push(name.to_string());
                return Some(Reason::Byline);
            }
        }
        let head_words = head.split_whitespace().take(MAX_NAME_WORDS + 1).count();
        if (2..=MAX_NAME_WORDS).contains(&head_words)
            && model::name_shape(head).is_some()
            && find_date(line.folded).is_some_and(|f| f.words_used + head_words >= line.words)
        {
            if model::name_shape(head) == Some(model::NameShape::Cased)
                || byline::opens_with_given_name(head)
                || byline::holds_given_name(head)
            {
                byline.push(head.to_string());
                return Some(Reason::Byline);
            }
            return Some(Reason::Dateline);
        }
    }
    // The reading time, on a line of its own or beside a label ("زمان مطالعه: ۳ دقیقه", "5 min read").
    if line.words <= MAX_READING_TIME_WORDS
        && line.digits
        && lexicon::has_reading_time(line.folded)
        && find_date(line.folded).is_none()
    {
        return Some(Reason::Ui);
    }
    if line.digits && line.words <= 12 && date::is_parted_dateline(line.raw, line.folded) {
        return Some(Reason::Dateline);
    }
    if headline_row(line.raw) && !(line.digits && find_date(line.folded).is_some()) {
        return Some(Reason::HeadlineList);
    }
    if arabic_doc && line.latin > 0 && line.arabic * 3 < line.latin {
        return Some(Reason::LatinBlock);
    }
    None
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
    let names: Vec<String> = meta
        .authors
        .iter()
        .chain(found.iter().map(|(_, name)| name))
        .map(|a| fold(a))
        .collect();
    for (i, line) in lines.iter().enumerate() {
        if reasons[i].is_none() && names.iter().any(|n| n == line.key) {
            reasons[i] = Some(Reason::Byline);
        }
    }
}

/// A signature ("Agency - Author Name") holds at most this many words.
const MAX_SIGNATURE_WORDS: usize = 8;

/// A related block above the article lists at least this many items.
const MIN_ITEMS_ABOVE_ARTICLE: usize = 2;

/// A "read also" pointer with its link on its line is at most this long.
const MAX_POINTER_WORDS: usize = 30;

/// A related-articles heading and the block of items after it. After the article has begun (a paragraph
/// came before), items may hold summaries: the block runs up to the next run of three long lines that
/// are not shaped as headlines (a headline between two summaries breaks the run), or to where the article
/// goes on with two paragraphs in a row ([`article_goes_on`]), whichever comes first. Before the article (a
/// sidebar or widget at the top), see [`block_before_article`]; a heading there over a single line is a
/// menu item over the headline, and no block. A "read also" pointer inside the article, where the article goes on after its links (two
/// paragraphs), names a link or two: its block ends where the article goes on; a pointer that holds its
/// link is a block of one line. Inside the article, a block that a line closes ("نهاية", "End of list")
/// ends there, set between the article's paragraphs as a pointer's is.
fn related_blocks(lines: &[Line], reasons: &mut [Option<Reason>], config: &StripConfig) {
    let mut article_begun = false;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        article_begun = article_begun || reasons[i].is_none() && is_paragraph(lines, i, config);
        // A heading repeated across documents, or one that is also a menu item ("آخر الأخبار"), is
        // still a heading: its block goes with it.
        let open = matches!(
            reasons[i],
            None | Some(Reason::RepeatedAcrossDocuments | Reason::Ui)
        );
        // A "read also" pointer may hold its link on its own line, as long as a headline.
        let pointer =
            article_begun && line.words <= MAX_POINTER_WORDS && lexicon::is_read_also(line.key);
        if !open || !pointer && (line.words > 8 || !lexicon::is_related_heading(line.key)) {
            i += 1;
            continue;
        }
        // A pointer that holds its link is a block of its own line.
        let inline = if pointer && lexicon::is_read_also_with_link(line.key) {
            Some(i + 1)
        } else {
            pointer
                .then(|| {
                    article_goes_on(lines, reasons, i + 1, config)
                        .or_else(|| after_links(lines, reasons, i + 1, config))
                })
                .flatten()
        };
        // Inside the article, a block closed by its end line ("نهاية") is set there as a pointer's is.
        let closed = (article_begun && inline.is_none())
            .then(|| block_end(lines, i + 1))
            .flatten();
        let (block, end) = match inline.or(closed) {
            Some(end) => (Reason::ReadAlso, Some(end)),
            None if article_begun => {
                let prose = run_of_long_lines(lines, reasons, i + 1, 3, |j| {
                    lines[j].words >= config.min_content_words && !headline_shaped(&lines[j])
                });
                let goes_on = article_goes_on(lines, reasons, i + 1, config);
                let end = match (prose, goes_on) {
                    (Some(prose), Some(goes_on)) => Some(prose.min(goes_on)),
                    (prose, goes_on) => prose.or(goes_on),
                };
                (Reason::RelatedBlock, end)
            }
            None => (
                Reason::RelatedBlock,
                block_before_article(lines, reasons, i + 1, config),
            ),
        };
        let end = end.unwrap_or(lines.len());
        // A pointer's links are headlines of a like length: a line far shorter than all of them, right
        // where the article goes on, is the article's subheading.
        let end = if block == Reason::ReadAlso {
            subheading_after_links(lines, i + 1, end).unwrap_or(end)
        } else {
            end
        };
        // Above the article, a heading over a single line is a menu item over the headline.
        let items = (i + 1..end).filter(|&j| reasons[j].is_none() && !lines[j].is_blank());
        if !article_begun && items.count() < MIN_ITEMS_ABOVE_ARTICLE {
            i += 1;
            continue;
        }
        reasons[i] = Some(block);
        for r in reasons.iter_mut().take(end).skip(i + 1) {
            // A pointer's block takes the chrome between its links too ("list 1 of 4"): the article
            // goes on after it, and the line model sees through the whole block.
            let chrome = block == Reason::ReadAlso
                && matches!(r, Some(Reason::LatinBlock | Reason::Ui | Reason::Dateline));
            if r.is_none() || chrome {
                *r = Some(block);
            }
        }
        i = end;
    }
}

/// The line where a subheading opens the article again after a pointer's links, `from..end`: the last
/// line of the block, of at most [`MAX_SUBHEADING_WORDS`] words, after two links or more each at least
/// twice as long and a headline's length at least.
fn subheading_after_links(lines: &[Line], from: usize, end: usize) -> Option<usize> {
    let items: Vec<usize> = (from..end).filter(|&j| !lines[j].is_blank()).collect();
    let (&last, links) = items.split_last()?;
    let words = lines[last].words;
    (links.len() >= 2
        && (1..=MAX_SUBHEADING_WORDS).contains(&words)
        && !lines[last].ends_sentence
        && links
            .iter()
            .all(|&j| lines[j].words >= (2 * words).max(MIN_LINK_WORDS)))
    .then_some(last)
}

/// A subheading holds at most this many words...
const MAX_SUBHEADING_WORDS: usize = 3;
/// ...and the links before it at least this many.
const MIN_LINK_WORDS: usize = 5;

/// A paragraph the model dropped, but scored at least this likely content (thousandths), is the article's
/// last when it closes it (see [`closing_paragraphs`]).
const MIN_CLOSING_SCORE: u16 = 300;

/// The article's last paragraph, which the chrome right after it pulls under the model's threshold: a
/// line of running text (or a shorter sentence that a conjunction opens, see [`opens_with_conjunction`])
/// that ends a sentence (or ends with no stop, as the paragraph before it does),
/// right after the last kept line and right before a
/// line a rule dropped as chrome (a prompt, a related block, comments, a copyright, ...), a list of
/// references' heading, or the page's end, is kept when the model gave it a fair chance.
fn closing_paragraphs(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &[Option<Evidence>],
    config: &StripConfig,
) {
    let non_blank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_blank()).collect();
    let Some(last_kept) = reasons.iter().rposition(|r| r.is_some_and(Reason::keeps)) else {
        return;
    };
    for (k, &i) in non_blank.iter().enumerate() {
        // Only after the article's last kept line: a caption or a teaser inside it is no closing.
        if i < last_kept {
            continue;
        }
        let line = &lines[i];
        // A page whose paragraphs end with no stop (many Arabic sites set none) closes with one too.
        let unstopped_before = k > 0 && {
            let before = &lines[non_blank[k - 1]];
            !before.ends_sentence && before.words >= config.min_content_words
        };
        if reasons[i] != Some(Reason::LowScore)
            || !line.ends_sentence && !unstopped_before
            || line.words < config.min_content_words
                && !(line.words >= MIN_CONJOINED_SENTENCE_WORDS
                    && opens_with_conjunction(line.raw.trim()))
            || evidence[i]
                .as_ref()
                .is_none_or(|e| e.score < MIN_CLOSING_SCORE)
        {
            continue;
        }
        let after_kept = k > 0 && reasons[non_blank[k - 1]].is_some_and(Reason::keeps);
        let chrome_next = non_blank.get(k + 1).is_none_or(|&j| {
            matches!(
                reasons[j],
                Some(
                    Reason::Prompt
                        | Reason::RelatedBlock
                        | Reason::ReadAlso
                        | Reason::Comments
                        | Reason::AuthorBox
                        | Reason::Copyright
                        | Reason::HeadlineList
                        | Reason::Ad
                        | Reason::Caption
                        | Reason::Ui
                )
            ) || lexicon::is_references_heading(lines[j].key)
        });
        if after_kept && chrome_next {
            reasons[i] = Some(Reason::Content);
        }
    }
}

/// A writer's note is at most this long.
const MAX_WRITERS_NOTE_WORDS: usize = 15;

/// The writer's note under the article's last paragraph ("كاتب وأكاديمي، أستاذ العلوم السياسية بجامعة
/// القاهرة"): a short line that opens with a writer's role and ends no sentence, kept by the model for
/// its place, is the writer's box, not the article.
fn writers_note(lines: &[Line], reasons: &mut [Option<Reason>], evidence: &mut [Option<Evidence>]) {
    let Some(last) = reasons
        .iter()
        .zip(lines)
        .rposition(|(r, l)| *r == Some(Reason::Content) && l.ends_sentence)
    else {
        return;
    };
    let Some(next) = (last + 1..lines.len()).find(|&j| !lines[j].is_blank()) else {
        return;
    };
    let line = &lines[next];
    // The note may open with an asterisk that points back to the byline ("* استاد اقتصاد دانشگاه تهران").
    let note = line.raw.trim_start().trim_start_matches(['*', '٭', ' ']);
    if reasons[next].is_some_and(Reason::keeps)
        && line.words <= MAX_WRITERS_NOTE_WORDS
        && !line.ends_sentence
        && byline::opens_with_role(note)
    {
        reasons[next] = Some(Reason::Byline);
        evidence[next] = None;
    }
}

/// Metadata as plain text: the page's invisible marks dropped (direction marks and embeddings, zero-width
/// spaces, the byte-order mark, soft hyphens; not the zero-width non-joiner, which Persian spells words
/// with), every space (no-break, thin, ideographic) a plain one, runs of them one.
fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        let visible = word.chars().filter(|&c| {
            !matches!(
                c,
                '\u{200B}' | '\u{00AD}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}'
                    | '\u{2066}'..='\u{2069}'
            )
        });
        let start = out.len();
        if !out.is_empty() {
            out.push(' ');
        }
        let before = out.len();
        out.extend(visible);
        if out.len() == before {
            out.truncate(start);
        }
    }
    out
}

/// Labels of an interview's question and answer, one pair a language ("س:" / "ج:", "Q:" / "A:").
const INTERVIEW_LABELS: &[(&str, &str)] = &[
    ("س", "ج"),
    ("سؤال", "جواب"),
    ("پرسش", "پاسخ"),
    ("سوال", "جواب"),
    ("Q", "A"),
];

/// The label before a line's first colon.
fn turn_label(raw: &str) -> Option<&str> {
    raw.trim_start()
        .split_once([':', '：'])
        .map(|(label, _)| label.trim())
}

/// An interview's answer goes with its question: a line that opens with the answer's label ("ج:
/// المصارف والصحة والتعليم.") right after a kept line that opens with the question's, however short.
fn interview_answers(lines: &[Line], reasons: &mut [Option<Reason>]) {
    for i in 1..lines.len() {
        if reasons[i] != Some(Reason::LowScore) {
            continue;
        }
        let Some(answer) = turn_label(lines[i].raw) else {
            continue;
        };
        let Some(before) = (0..i).rev().find(|&j| !lines[j].is_blank()) else {
            continue;
        };
        let asked = reasons[before].is_some_and(Reason::keeps)
            && turn_label(lines[before].raw).is_some_and(|question| {
                INTERVIEW_LABELS
                    .iter()
                    .any(|&(q, a)| q == question && a == answer)
            });
        if asked {
            reasons[i] = Some(if lines[i].ends_sentence {
                Reason::SentenceFragment
            } else {
                Reason::ShortBetweenContent
            });
        }
    }
}

/// The writer's note with no heading over it: the last line kept, a paragraph that opens with the name
/// of the writer the byline gave ("د. سامر العلي أستاذ العلاقات الدولية ...", "Jane Roe is a reporter
/// ..."), after another paragraph, is the writer's box; so are the writer's name alone on a line after
/// the last paragraph and the short lines kept under it.
fn closing_author_note(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
    authors: &[String],
) {
    let Some(last) = reasons.iter().rposition(|r| r.is_some_and(Reason::keeps)) else {
        return;
    };
    let paragraphs_before = reasons[..last]
        .iter()
        .filter(|&&r| r == Some(Reason::Content))
        .count();
    if paragraphs_before == 0 {
        return;
    }
    // The writer's name alone under the last paragraph, and the short note kept under it: the box.
    let is_writer = |key: &str| {
        authors.iter().any(|author| {
            let name = fold::fold(author);
            name.split_whitespace().count() >= 2 && key == name
        })
    };
    let last_paragraph = reasons[..=last]
        .iter()
        .rposition(|&r| r == Some(Reason::Content));
    if let Some(box_from) = last_paragraph.and_then(|p| {
        (p + 1..=last).find(|&i| reasons[i].is_some_and(Reason::keeps) && is_writer(lines[i].key))
    }) {
        for i in box_from..=last {
            if reasons[i].is_some_and(Reason::keeps) && lines[i].words <= MAX_WRITERS_BOX_WORDS {
                reasons[i] = Some(Reason::AuthorBox);
                evidence[i] = None;
            }
        }
        return;
    }
    if reasons[last] != Some(Reason::Content) {
        return;
    }
    let key = lines[last].key;
    let opens_with_writer = authors.iter().any(|author| {
        let name = fold::fold(author);
        name.split_whitespace().count() >= 2
            && key
                .strip_prefix(name.as_str())
                .is_some_and(|rest| rest.starts_with([' ', ',', '،']))
    });
    if opens_with_writer {
        reasons[last] = Some(Reason::AuthorBox);
        evidence[last] = None;
    }
}

/// A line of the writer's box under their name holds at most this many words.
const MAX_WRITERS_BOX_WORDS: usize = 30;

/// The items of a list the article introduces ([`introduced_lists`]) share one fate: when the sentence
/// that introduces them and the line after the list are both kept, every item is, whatever the model made
/// of each (two-word items such as symptoms or names, a table's cells, score as low as a menu's).
fn whole_lists(lines: &[Line], reasons: &mut [Option<Reason>], listed: &[bool]) {
    let keeps = |r: Option<Reason>| r.is_some_and(Reason::keeps);
    let mut i = 0;
    while i < lines.len() {
        if !listed[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && (listed[i] || lines[i].is_blank()) {
            i += 1;
        }
        let before = (0..start).rev().find(|&j| !lines[j].is_blank());
        let after = (i..lines.len()).find(|&j| !lines[j].is_blank());
        if before.is_some_and(|j| keeps(reasons[j])) && after.is_some_and(|j| keeps(reasons[j])) {
            for j in start..i {
                if reasons[j] != Some(Reason::LowScore) {
                    continue;
                }
                reasons[j] = Some(if lines[j].ends_sentence {
                    Reason::SentenceFragment
                } else {
                    Reason::ShortBetweenContent
                });
            }
        }
    }
}

/// An ingredient's line holds at most this many words...
const MAX_INGREDIENT_WORDS: usize = 20;
/// ...and a list of them at most this many lines.
const MAX_INGREDIENT_LINES: usize = 40;

/// A recipe's ingredients under their heading ("المكونات", "Ingredients"), inside the article (the
/// article going on after the list, after the method's heading or not): the heading and every short
/// line under it the model or the headline-list rule dropped are kept; a checkbox's glyph or another
/// rule's line between them stays out.
fn ingredient_lists(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
) {
    let keeps = |r: Option<Reason>| r.is_some_and(Reason::keeps);
    let dropped_item = |r: Option<Reason>| {
        matches!(
            r,
            Some(Reason::LowScore | Reason::HeadlineList | Reason::Duplicate)
        )
    };
    for i in 0..lines.len() {
        if lines[i].is_blank()
            || !lexicon::is_ingredients_heading(lines[i].key)
            || !(keeps(reasons[i]) || dropped_item(reasons[i]))
        {
            continue;
        }
        let mut items = Vec::new();
        let mut method = None;
        let mut goes_on = false;
        for j in (i + 1..lines.len()).take(MAX_INGREDIENT_LINES) {
            if lines[j].is_blank() || reasons[j] == Some(Reason::Ui) {
                continue;
            }
            if lexicon::is_method_heading(lines[j].key) {
                method = Some(j);
                let next = (j + 1..lines.len()).find(|&k| !lines[k].is_blank());
                goes_on = next.is_some_and(|k| keeps(reasons[k]));
                break;
            }
            if keeps(reasons[j]) {
                goes_on = lines[j].words > MAX_INGREDIENT_WORDS || !items.is_empty();
                if lines[j].words > MAX_INGREDIENT_WORDS {
                    break;
                }
                continue;
            }
            if !dropped_item(reasons[j]) || lines[j].words > MAX_INGREDIENT_WORDS {
                break;
            }
            items.push(j);
        }
        if !goes_on || items.len() < 2 {
            continue;
        }
        for j in std::iter::once(i).chain(items).chain(method) {
            if !keeps(reasons[j]) {
                reasons[j] = Some(Reason::ShortBetweenContent);
                evidence[j] = None;
            }
        }
    }
}

/// A run of short lines between two paragraphs holds at least this many lines to be a table's.
const MIN_CELL_RUN: usize = 4;

/// A table's cells between two of the article's paragraphs ("الفريق" / "لعب" / "النقاط" / "الأهلي" /
/// "5" / "13"): a run of short lines the model alone decided, with a paragraph kept right before and
/// right after it, shares one fate when the model kept most of it: every cell is kept.
fn cell_runs(lines: &[Line], reasons: &mut [Option<Reason>], config: &StripConfig) {
    let model_short = |reasons: &[Option<Reason>], i: usize| {
        lines[i].words < config.min_content_words
            && matches!(
                reasons[i],
                Some(Reason::LowScore | Reason::ShortBetweenContent | Reason::SentenceFragment)
            )
    };
    let mut i = 0;
    while i < lines.len() {
        if lines[i].is_blank() || !model_short(reasons, i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && (lines[i].is_blank() || model_short(reasons, i)) {
            i += 1;
        }
        let run: Vec<usize> = (start..i).filter(|&j| !lines[j].is_blank()).collect();
        let before = (0..start).rev().find(|&j| !lines[j].is_blank());
        let after = (i < lines.len()).then_some(i);
        let paragraph = |j: Option<usize>| j.is_some_and(|j| reasons[j] == Some(Reason::Content));
        let kept = run
            .iter()
            .filter(|&&j| reasons[j] != Some(Reason::LowScore))
            .count();
        if run.len() >= MIN_CELL_RUN
            && 2 * kept > run.len()
            && paragraph(before)
            && paragraph(after)
        {
            for &j in &run {
                if reasons[j] == Some(Reason::LowScore) {
                    reasons[j] = Some(if lines[j].ends_sentence {
                        Reason::SentenceFragment
                    } else {
                        Reason::ShortBetweenContent
                    });
                }
            }
        }
    }
}

/// At most this many open lines that are no sentence stand between the headline and the lead...
const MAX_LINES_BEFORE_LEAD: usize = 2;

/// ...each of at most this many words.
const MAX_WORDS_BEFORE_LEAD: usize = 15;

/// The body's first paragraphs read to tell a page with no stops.
const UNSTOPPED_BODY_LINES: usize = 3;

/// A lead holds at least this many words.
const MIN_LEAD_WORDS: usize = 5;

/// The article's lead: the first line after the headline that the rules left open (datelines, bylines,
/// captions, share buttons may stand between), when it is a paragraph the model dropped and kept lines
/// follow it. Between the headline and the body, a paragraph is the article's, however the share bar
/// under it pulls its score down. True when the lead is kept so.
fn lead_paragraph(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    headline: usize,
    config: &StripConfig,
) -> bool {
    let open = |r: Option<Reason>| r.is_none_or(|r| matches!(r, Reason::LowScore) || r.keeps());
    // A page that ends its paragraphs with no stop (many Arabic sites set none; see
    // `stop_unstopped_paragraphs`): its body's first paragraphs print none.
    let body: Vec<usize> = (headline + 1..lines.len())
        .filter(|&i| reasons[i] == Some(Reason::Content))
        .take(UNSTOPPED_BODY_LINES)
        .collect();
    let unstopped = body.len() >= 2 && body.iter().all(|&i| !prints_stop(lines[i].raw.trim()));
    // A line or two that are no sentence (a recipe's times, a stamp no rule read) may stand before it;
    // on a page with no stops, only lines shorter than a paragraph.
    let most_words_aside = if unstopped {
        config.min_content_words - 1
    } else {
        MAX_WORDS_BEFORE_LEAD
    };
    let aside = |i: usize| {
        reasons[i] == Some(Reason::LowScore)
            && !lines[i].ends_sentence
            && lines[i].words <= most_words_aside
    };
    let Some(lead) = (headline + 1..lines.len())
        .filter(|&i| !lines[i].is_blank() && open(reasons[i]))
        .take(MAX_LINES_BEFORE_LEAD + 1)
        .find(|&i| !aside(i))
    else {
        return false;
    };
    let line = &lines[lead];
    // A lead may end with a colon that introduces a list or a table ("وفيما يلي أسعار الصرف:"), and
    // with nothing on a page with no stops.
    let ends = line.ends_sentence || line.raw.trim_end().ends_with([':', '：']) || unstopped;
    if reasons[lead] != Some(Reason::LowScore) || !ends || line.words < MIN_LEAD_WORDS {
        return false;
    }
    // Short lines the rules left open (a stamp they did not read, a share bar) may come first.
    let body_follows = line.words >= config.min_content_words
        && (lead + 1..lines.len())
            .find(|&i| open(reasons[i]) && lines[i].words >= config.min_content_words)
            .is_some_and(|i| reasons[i] == Some(Reason::Content));
    // A page that sets each sentence on a line of its own: a short lead, the next sentence kept.
    let sentences_follow = line.ends_sentence
        && (lead + 1..lines.len())
            .find(|&i| !lines[i].is_blank())
            .is_some_and(|i| reasons[i].is_some_and(Reason::keeps) && lines[i].ends_sentence);
    let body_follows = body_follows || sentences_follow;
    if body_follows {
        reasons[lead] = Some(if line.words >= config.min_content_words {
            Reason::Content
        } else {
            Reason::SentenceFragment
        });
    }
    body_follows
}

/// Where a related block before the article ends, from line `from` on: at the headline that repeats the
/// page's title, the headline over the article's byline or dateline, or the first paragraph, whichever
/// comes first; when its items hold summaries (a
/// headline, then a sentence), at that headline, as long as no two paragraphs come in a row before it.
fn block_before_article(
    lines: &[Line],
    reasons: &[Option<Reason>],
    from: usize,
    config: &StripConfig,
) -> Option<usize> {
    let paragraph = run_of_long_lines(lines, reasons, from, 1, |j| is_paragraph(lines, j, config))?;
    // The article's headline, over its byline or dateline and its first paragraph, ends the block
    // whatever else does; so does the article's stamp over its headline (a writer's name, the date, the
    // headline, the first paragraph).
    let headline = (from..paragraph).find(|&j| {
        reasons[j].is_none()
            && heading_like(&lines[j])
            && heads_an_article(lines, reasons, j, config)
    });
    let paragraph = headline
        .into_iter()
        .chain(stamp_over_headline(lines, reasons, from, paragraph))
        .min()
        .unwrap_or(paragraph);
    let echo = title_echo(lines, from);
    let prose = run_of_long_lines(lines, reasons, from, 2, |j| {
        is_paragraph(lines, j, config) && !headline_shaped(&lines[j])
    });
    match echo {
        Some(echo) if echo < paragraph || prose.is_none_or(|p| p > echo) => Some(echo),
        _ => Some(teasers_end(lines, reasons, from, prose, config).unwrap_or(paragraph)),
    }
}

/// The article's stamp over its headline, between `from` and the first paragraph: a dateline or a byline
/// with at most [`MAX_LINES_UNDER_STAMP`] lines between it and the paragraph (the headline, a subtitle),
/// from the writer's name right over it, if one stands there.
fn stamp_over_headline(
    lines: &[Line],
    reasons: &[Option<Reason>],
    from: usize,
    paragraph: usize,
) -> Option<usize> {
    let shown: Vec<usize> = (from..paragraph)
        .filter(|&j| !lines[j].is_blank())
        .collect();
    let at = shown
        .iter()
        .position(|&j| matches!(reasons[j], Some(Reason::Dateline | Reason::Byline)))?;
    let under = shown.len() - at - 1;
    if !(1..=MAX_LINES_UNDER_STAMP).contains(&under) {
        return None;
    }
    let name_over = at
        .checked_sub(1)
        .map(|k| shown[k])
        .filter(|&k| reasons[k].is_none() && model::name_shape(lines[k].raw).is_some());
    Some(name_over.unwrap_or(shown[at]))
}

/// Lines between the article's stamp and its first paragraph at most: the headline and a subtitle.
const MAX_LINES_UNDER_STAMP: usize = 2;

/// With no echo of the page's title, the end of a block before the article whose items are teasers (a
/// headline, then its summary, two of them or more): the headline right above the article's first two
/// paragraphs in a row, when its byline or its dateline stands right under it.
fn teasers_end(
    lines: &[Line],
    reasons: &[Option<Reason>],
    from: usize,
    prose: Option<usize>,
    config: &StripConfig,
) -> Option<usize> {
    let open: Vec<usize> = (from..prose?)
        .filter(|&j| !lines[j].is_blank() && reasons[j].is_none())
        .collect();
    let (&headline, items) = open.split_last()?;
    let pairs = items
        .windows(2)
        .filter(|w| headline_shaped(&lines[w[0]]) && is_paragraph(lines, w[1], config))
        .count();
    // The article's headline stands over its byline or dateline; a teaser's over its summary.
    let header = (headline + 1..lines.len())
        .find(|&j| !lines[j].is_blank())
        .is_some_and(|j| matches!(reasons[j], Some(Reason::Byline | Reason::Dateline)));
    (headline_shaped(&lines[headline]) && header && pairs >= MIN_TEASERS).then_some(headline)
}

/// A block's items are teasers when this many of them hold a summary.
const MIN_TEASERS: usize = 2;

/// The first line from `from` on that repeats the page's opening line (its `<title>`) as a headline.
fn title_echo(lines: &[Line], from: usize) -> Option<usize> {
    let opening = lines.iter().position(|l| !l.blank)?;
    let title = lines[opening].key;
    (from.max(opening + 1)..lines.len()).find(|&j| {
        heading_like(&lines[j]) && lines[j].key.len() >= 8 && title.contains(lines[j].key)
    })
}

/// A comments heading after the article (two paragraphs or more, and half of the page's paragraph words
/// or more, stand before it: a comment count or a menu item above or beside the article is no such
/// heading, while the comments after it may be as long as the article), and every line
/// after it that no rule decided: readers' comments, their names and dates, and the form to post one.
/// The footer after them is decided by its own rules.
fn comment_sections(lines: &[Line], reasons: &mut [Option<Reason>], config: &StripConfig) {
    let paragraph_words: Vec<usize> = (0..lines.len())
        .map(|i| {
            if reasons[i].is_none() && is_paragraph(lines, i, config) {
                lines[i].words
            } else {
                0
            }
        })
        .collect();
    let total: usize = paragraph_words.iter().sum();
    let (mut before, mut paragraphs_before) = (0, 0);
    let mut heading = None;
    for (i, line) in lines.iter().enumerate() {
        if paragraphs_before >= MIN_PARAGRAPHS_BEFORE_COMMENTS
            && before * 2 >= total
            && matches!(reasons[i], None | Some(Reason::Ui))
            && (line.words <= 4 && lexicon::is_comments_heading(line.key)
                || line.words <= MAX_COMMENTS_ON_TITLE_WORDS
                    && lexicon::is_comments_on_title(line.key))
        {
            heading = Some(i);
            break;
        }
        before += paragraph_words[i];
        paragraphs_before += (paragraph_words[i] > 0) as usize;
    }
    let Some(heading) = heading else {
        return;
    };
    reasons[heading] = Some(Reason::Comments);
    for r in reasons.iter_mut().skip(heading + 1) {
        if r.is_none() {
            *r = Some(Reason::Comments);
        }
    }
}

/// A heading of comments that names the article's title ("12 تعليقا على ...") holds at most this many
/// words.
const MAX_COMMENTS_ON_TITLE_WORDS: usize = 24;

/// An author box holds at most this many lines under its heading.
const MAX_AUTHOR_BOX_LINES: usize = 2;

/// The writer's box ("عن الكاتب", "درباره نویسنده", "About the author"): its heading, and the one or two
/// lines under it that no rule decided (the writer's note, however well written), up to a blank line
/// after them.
fn author_boxes(lines: &[Line], reasons: &mut [Option<Reason>]) {
    let mut i = 0;
    while i < lines.len() {
        if !(matches!(reasons[i], None | Some(Reason::Ui))
            && lines[i].words <= 5
            && lexicon::is_author_box_heading(lines[i].key))
        {
            i += 1;
            continue;
        }
        reasons[i] = Some(Reason::AuthorBox);
        let mut taken = 0;
        i += 1;
        while i < lines.len() && taken < MAX_AUTHOR_BOX_LINES && reasons[i].is_none() {
            if lines[i].is_blank() {
                if taken > 0 {
                    break;
                }
            } else {
                reasons[i] = Some(Reason::AuthorBox);
                taken += 1;
            }
            i += 1;
        }
    }
}

/// A thread of comments with no heading over it, after the article: three posts or more, each a short
/// line stamping it with its time ("Joseph • 3 weeks ago", "August 8, 2018 at 7:21 pm", "أحمد منذ
/// ساعتين") over a kept paragraph, each stamp within [`MAX_POST_LINES`] lines of the one before, and
/// [`MIN_PARAGRAPHS_BEFORE_THREAD`] paragraphs of the article kept above the first. What was kept from
/// the first stamp to the end of the last post goes as comments.
fn comment_threads(lines: &[Line], reasons: &mut [Option<Reason>], config: &StripConfig) {
    let kept = |r: Option<Reason>| r.is_some_and(Reason::keeps);
    let next_line = |i: usize| (i + 1..lines.len()).find(|&j| !lines[j].blank);
    let stamps: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            !lines[i].blank
                && lines[i].words <= MAX_STAMP_WORDS
                && lines[i].words > 0
                && next_line(i)
                    .is_some_and(|j| kept(reasons[j]) && lines[j].words >= config.min_content_words)
                && date::is_post_stamp(lines[i].folded)
        })
        .collect();
    // The first run of stamps that follow each other closely enough to be one thread.
    let mut run: &[usize] = &[];
    let mut start = 0;
    for k in 1..=stamps.len() {
        if k == stamps.len() || stamps[k] - stamps[k - 1] > MAX_POST_LINES {
            if k - start >= MIN_POSTS {
                run = &stamps[start..k];
                break;
            }
            start = k;
        }
    }
    let (Some(&first), Some(&last)) = (run.first(), run.last()) else {
        return;
    };
    let paragraphs_before = (0..first)
        .filter(|&i| kept(reasons[i]) && lines[i].words >= config.min_content_words)
        .count();
    if paragraphs_before < MIN_PARAGRAPHS_BEFORE_THREAD {
        return;
    }
    // The last post runs over its kept lines up to the first line dropped or the thread's reach.
    let end = (last + 1..lines.len().min(last + 1 + MAX_POST_LINES))
        .find(|&j| !lines[j].blank && !kept(reasons[j]))
        .unwrap_or(lines.len().min(last + 1 + MAX_POST_LINES));
    for r in &mut reasons[first..end] {
        if kept(*r) {
            *r = Some(Reason::Comments);
        }
    }
}

/// Cards of other articles with no heading over them, after the article: [`MIN_CARDS`] or more, each a
/// headline, a line or two of summary at most, and a date or a relative time, laid out alike (the stamps
/// the same number of lines apart, before or after the rest of each card). Live coverage, its entries
/// stamped alike too, opens none with a headline.
fn teaser_cards(lines: &[Line], reasons: &mut [Option<Reason>], config: &StripConfig) {
    let non_blank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].blank).collect();
    // Relative times too are datelines by now ("منذ ساعتين").
    let stamp =
        |i: usize| lines[i].words <= MAX_STAMP_WORDS && reasons[i] == Some(Reason::Dateline);
    let stamps: Vec<usize> = (0..non_blank.len())
        .filter(|&k| stamp(non_blank[k]))
        .collect();
    let card = |k: usize, len: usize| {
        // The card's other lines: a headline first, then short text.
        (k..k + len).all(|m| {
            non_blank.get(m).is_some_and(|&i| {
                !stamp(i)
                    && lines[i].words <= MAX_CARD_LINE_WORDS
                    && !reasons[i].is_some_and(|r| !r.keeps() && !matches!(r, Reason::LowScore))
            })
        }) && non_blank
            .get(k)
            .is_some_and(|&i| headline_shaped(&lines[i]))
    };
    let mut blocks = Vec::new();
    let mut a = 0;
    while a + MIN_CARDS <= stamps.len() {
        let gap = stamps[a + 1] - stamps[a];
        if !(2..=MAX_CARD_LINES + 1).contains(&gap) {
            a += 1;
            continue;
        }
        let mut b = a + 1;
        while b + 1 < stamps.len() && stamps[b + 1] - stamps[b] == gap {
            b += 1;
        }
        let run = &stamps[a..=b];
        let len = gap - 1;
        // Stamps after their cards, or before them.
        let after = run.iter().all(|&k| k >= len && card(k - len, len));
        let before = !after && run.iter().all(|&k| card(k + 1, len));
        if run.len() >= MIN_CARDS && (after || before) {
            let (from, to) = if after {
                (run[0] - len, run[run.len() - 1])
            } else {
                (run[0], run[run.len() - 1] + len)
            };
            let paragraphs_before = (0..non_blank[from])
                .filter(|&i| {
                    reasons[i].is_some_and(Reason::keeps)
                        && lines[i].words >= config.min_content_words
                })
                .count();
            if paragraphs_before >= MIN_PARAGRAPHS_BEFORE_CARDS {
                blocks.push((from, to));
            }
        }
        a = b + 1;
    }
    for (from, to) in blocks {
        for &i in &non_blank[from..=to] {
            if reasons[i].is_none_or(Reason::keeps) || reasons[i] == Some(Reason::LowScore) {
                reasons[i] = Some(Reason::RelatedBlock);
            }
        }
    }
}

/// A run of cards holds at least this many.
const MIN_CARDS: usize = 3;

/// A card holds at most this many lines beside its stamp.
const MAX_CARD_LINES: usize = 3;

/// A card's line holds at most this many words.
const MAX_CARD_LINE_WORDS: usize = 40;

/// Cards with no heading follow at least this many of the article's paragraphs.
const MIN_PARAGRAPHS_BEFORE_CARDS: usize = 2;

/// A post's stamp holds at most this many words.
const MAX_STAMP_WORDS: usize = 8;

/// A thread holds at least this many posts.
const MIN_POSTS: usize = 3;

/// A post (its stamp and its text) spans at most this many lines.
const MAX_POST_LINES: usize = 15;

/// A thread with no heading follows at least this many of the article's paragraphs.
const MIN_PARAGRAPHS_BEFORE_THREAD: usize = 3;

/// A comments heading follows at least this many of the article's paragraphs.
const MIN_PARAGRAPHS_BEFORE_COMMENTS: usize = 2;

/// Where a block inside the article ends, from line `from` on: just after a line that closes it ("نهاية",
/// "End of list"), when one comes before the next long line.
fn block_end(lines: &[Line], from: usize) -> Option<usize> {
    (from..lines.len())
        .take_while(|&j| lines[j].words <= MAX_LINK_WORDS)
        .find(|&j| lexicon::is_block_end(lines[j].key))
        .map(|j| j + 1)
}

/// Where the article goes on after a "read also" pointer's links, from line `from` on: the first of two
/// paragraphs in a row that each end a sentence (the lines of one hard-wrapped paragraph are one), or of
/// one right before a related-articles heading (the article's last). A link's headline ends no
/// sentence, so it is no paragraph, however long; nor is a question no longer than one.
fn article_goes_on(
    lines: &[Line],
    reasons: &[Option<Reason>],
    from: usize,
    config: &StripConfig,
) -> Option<usize> {
    let (mut paragraphs, mut first, mut start) = (0, None, None);
    for j in from..lines.len() {
        if lines[j].is_blank() || reasons[j].is_some() {
            continue;
        }
        // A question no longer than a link's headline is one ("هل ...؟"), not the article's paragraph.
        let question =
            lines[j].words <= MAX_LINK_WORDS && lines[j].raw.trim_end().ends_with(['?', '؟']);
        if !is_paragraph(lines, j, config)
            || shaped_as_headline(&lines[j], MAX_LINK_WORDS)
            || question
        {
            (paragraphs, first, start) = (0, None, None);
            continue;
        }
        start.get_or_insert(j);
        if lines[j].ends_sentence {
            first = first.or(start);
            start = None;
            paragraphs += 1;
            // The article's last paragraph may be all that follows, before the page's next
            // related-articles heading.
            let next = (j + 1..lines.len()).find(|&k| !lines[k].is_blank());
            let last = next.is_some_and(|k| lexicon::is_related_heading(lines[k].key));
            if paragraphs == 2 || last {
                return first;
            }
        }
    }
    None
}

/// Where a "read also" pointer's links end, from line `from` on, when no two paragraphs in a row follow
/// them ([`article_goes_on`]) but the article goes on all the same, between an embedded post and a
/// subheading: the first line after one headline-shaped line or more that is none and ends no sentence
/// either (a line that introduces an embedded post), when a paragraph follows it (the lines between are
/// left to the line model). `None` when no paragraph follows: the pointer closed the article, and its
/// block runs on.
fn after_links(
    lines: &[Line],
    reasons: &[Option<Reason>],
    from: usize,
    config: &StripConfig,
) -> Option<usize> {
    let mut links = 0;
    let open = |j: usize| !lines[j].is_blank() && reasons[j].is_none();
    let end = (from..lines.len()).filter(|&j| open(j)).find(|&j| {
        let link = shaped_as_headline(&lines[j], MAX_LINK_WORDS) && links < MAX_POINTER_LINKS;
        links += link as usize;
        !link
    })?;
    let paragraph_follows = (end + 1..lines.len().min(end + 1 + AFTER_LINKS_REACH))
        .any(|k| open(k) && lines[k].ends_sentence && is_paragraph(lines, k, config));
    // A sentence right after the links is a teaser's summary, a part of the link: a list of teasers at
    // the article's end.
    (links > 0 && !lines[end].ends_sentence && paragraph_follows).then_some(end)
}

/// A "read also" pointer names at most this many links.
const MAX_POINTER_LINKS: usize = 4;

/// How many lines after a pointer's links a paragraph of the article must stand for the article to go on
/// there.
const AFTER_LINKS_REACH: usize = 8;

/// Where the first run of `needed` long lines (by `long`) the rules left open starts, from line `from` on;
/// blank lines and lines a rule decided (captions, prompts, ...) neither extend nor break a run.
fn run_of_long_lines(
    lines: &[Line],
    reasons: &[Option<Reason>],
    from: usize,
    needed: usize,
    long: impl Fn(usize) -> bool,
) -> Option<usize> {
    let (mut run, mut run_start) = (0, from);
    for j in from..lines.len() {
        if lines[j].is_blank() || reasons[j].is_some() {
            continue;
        }
        if !long(j) {
            run = 0;
            continue;
        }
        if run == 0 {
            run_start = j;
        }
        run += 1;
        if run >= needed {
            return Some(run_start);
        }
    }
    None
}

/// Headlines in lists are at most this long (lines of running text wrapped by a PDF extractor are
/// longer).
const MAX_HEADLINE_WORDS: usize = 10;

/// A list needs this many headline-shaped lines in a row.
const MIN_LIST_LINES: usize = 3;

/// A link's headline alone (after a "read also" pointer) may be this long.
const MAX_LINK_WORDS: usize = 16;

/// A headline: a few words (more than a menu item), no sentence mark at its end or inside it, at most one
/// comma.
fn headline_shaped(line: &Line) -> bool {
    shaped_as_headline(line, MAX_HEADLINE_WORDS)
}

/// [`headline_shaped`], up to `max_words` words.
fn shaped_as_headline(line: &Line, max_words: usize) -> bool {
    let raw = line.raw.trim();
    (3..=max_words).contains(&line.words)
        && !line.ends_sentence
        && !opens_with_conjunction(raw)
        && !raw.ends_with([':', ',', '،', ';', '؛'])
        && raw.matches([',', '،']).count() <= 1
        && !raw.contains(". ")
        && !raw.contains("۔ ")
}

/// The text opens with an Arabic word that the conjunction "و" joins ("وأضاف", "وبحسب", "وتابع",
/// "ويرى"): the next sentence of running text, never a headline. Only where the letter after "و" is one
/// no common word opens with "و" before it (أ إ ب ت ي م ن ذ ش خ), so "وزير", "وفاة", "ولي العهد" and
/// "واشنطن" open headlines as they may.
fn opens_with_conjunction(text: &str) -> bool {
    let mut letters = text
        .split(char::is_whitespace)
        .next()
        .unwrap_or("")
        .chars()
        .filter(|&c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'));
    letters.next() == Some('و')
        && letters.next().is_some_and(|c| "أإبتيمنذشخ".contains(c))
        && letters.count() >= 2
}

/// Runs of [`MIN_LIST_LINES`] or more headline-shaped lines the rules left open (lines they dropped may
/// stand between): lists of most-read or related headlines, whatever words they hold; not the items of a
/// list the article introduces (`listed`).
fn headline_lists(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    listed: &[bool],
    config: &StripConfig,
) {
    let mut i = 0;
    while i < lines.len() {
        let mut members = Vec::new();
        let mut j = i;
        while j < lines.len() {
            if lines[j].is_blank() || reasons[j].is_some() && !members.is_empty() {
                j += 1;
                continue;
            }
            if reasons[j].is_none()
                && !listed[j]
                && headline_shaped(&lines[j])
                && worded(lines[j].raw)
                && !in_paragraph(lines, j, config)
            {
                members.push(j);
                j += 1;
            } else {
                break;
            }
        }
        // The writer's name (three words may look like a headline) may close the run.
        let names = members
            .iter()
            .rev()
            .take_while(|&&m| model::name_shape(lines[m].raw).is_some())
            .count();
        let heads = members.len() - names;
        if heads > 0 && heads_an_article(lines, reasons, members[heads - 1], config) {
            // The article's headline (and the line above or below it: a kicker, a subtitle) ends the run.
            let stacked = heads >= 2 && adjacent(lines, reasons, members[heads - 2]);
            members.truncate(heads - 1 - stacked as usize);
        }
        if members.len() >= MIN_LIST_LINES {
            for &m in &members {
                reasons[m] = Some(Reason::HeadlineList);
            }
        }
        i = j.max(i + 1);
    }
}

/// A headline holds three words of letters at least: a fact's label and its figure ("باتری: ۶۰۰۰
/// میلی‌آمپرساعت", "Population: 3.2 million") is no headline.
fn worded(raw: &str) -> bool {
    raw.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
        >= 3
}

/// Line `last` stands right above a byline, a writer's name or a dateline (blank lines aside) that a
/// paragraph follows:
/// it is the article's headline, whatever the lines above it are.
fn heads_an_article(
    lines: &[Line],
    reasons: &[Option<Reason>],
    last: usize,
    config: &StripConfig,
) -> bool {
    let mut signed = false;
    for (j, line) in lines.iter().enumerate().skip(last + 1) {
        if line.is_blank() {
            continue;
        }
        match reasons[j] {
            Some(Reason::Byline | Reason::Dateline) => signed = true,
            None if model::name_shape(line.raw).is_some() => signed = true,
            None => return signed && is_paragraph(lines, j, config),
            _ => return false,
        }
    }
    false
}

/// The next line after `i` that is neither blank nor a rule's is the one after it: two lines stacked.
fn adjacent(lines: &[Line], reasons: &[Option<Reason>], i: usize) -> bool {
    let next = (i + 1..lines.len()).find(|&j| !lines[j].is_blank() && reasons[j].is_none());
    next.is_some_and(|n| (i + 1..n).all(|j| lines[j].is_blank()))
}

/// A blurb directly followed by a "learn more" link is a teaser. Inside an article (a paragraph before
/// it, the article going on right after, see [`article_goes_on`]), a "read more" opens the rest of the
/// article, or points at another one over its link or two, as "read also" does: the paragraph before it
/// stays.
fn teasers(lines: &[Line], reasons: &mut [Option<Reason>], config: &StripConfig) {
    for i in 0..lines.len() {
        if !lexicon::is_read_more(lines[i].key) {
            continue;
        }
        let prev = (0..i).rev().find(|&j| !lines[j].is_blank());
        let after_paragraph =
            prev.is_some_and(|j| reasons[j].is_none() && is_paragraph(lines, j, config));
        let goes_on = after_paragraph
            .then(|| article_goes_on(lines, reasons, i + 1, config))
            .flatten();
        if let Some(end) = goes_on {
            let links: Vec<usize> = (i + 1..end)
                .filter(|&j| !lines[j].is_blank() && reasons[j].is_none())
                .collect();
            // With no link, the rest of the article follows right under it.
            let opens_rest = (i + 1..end).all(|j| lines[j].is_blank());
            if (opens_rest || !links.is_empty())
                && links.len() <= MAX_POINTER_LINKS
                && links.iter().all(|&j| lines[j].words <= MAX_LINK_WORDS)
            {
                if !links.is_empty() {
                    for r in &mut reasons[i..end] {
                        if matches!(r, None | Some(Reason::Ui)) {
                            *r = Some(Reason::ReadAlso);
                        }
                    }
                }
                continue;
            }
        }
        if let Some(j) = prev {
            if reasons[j].is_none() {
                reasons[j] = Some(Reason::Teaser);
            }
        }
    }
}

/// Summaries a list cut short at about the same length, each ending with an ellipsis glued to its last
/// word ("... پورے انہماک...", "... التي تشهدها…"): [`MIN_CUT_SUMMARIES`] or more in a row (with a
/// headline or a date of their own between them, or not), each of [`MIN_CUT_SUMMARY_WORDS`] words or more,
/// the longest at most a quarter longer than the shortest, are a list of teasers with the headlines
/// between them and the first one's over it. An article's paragraphs that trail off so run to any
/// length. Read among the lines left to the line model (`open`), after it scored them: the model reads
/// the page as it was.
fn cut_summaries(lines: &[Line], reasons: &mut [Option<Reason>], open: &[bool]) {
    let cut = |l: &Line| {
        l.words >= MIN_CUT_SUMMARY_WORDS
            && ends_with_ellipsis(l.raw)
            && !l
                .raw
                .trim_end()
                .trim_end_matches(['.', '…'])
                .ends_with(char::is_whitespace)
    };
    let shown: Vec<usize> = (0..lines.len()).filter(|&j| !lines[j].is_blank()).collect();
    let mut k = 0;
    while k < shown.len() {
        if !open[shown[k]] || !cut(&lines[shown[k]]) {
            k += 1;
            continue;
        }
        // The run: cut lines, at most two short lines between two of them.
        let mut run = vec![shown[k]];
        let mut next = k + 1;
        while next < shown.len() {
            let gap = (next..shown.len())
                .take(3)
                .position(|m| open[shown[m]] && cut(&lines[shown[m]]));
            let Some(gap) = gap else { break };
            let between_short =
                (next..next + gap).all(|m| lines[shown[m]].words <= MAX_CUT_SUMMARY_GAP_WORDS);
            if !between_short {
                break;
            }
            run.push(shown[next + gap]);
            next += gap + 1;
        }
        let widths: Vec<usize> = run
            .iter()
            .map(|&j| lines[j].raw.trim().chars().count())
            .collect();
        let (shortest, longest) = (
            widths.iter().copied().min().unwrap_or(0),
            widths.iter().copied().max().unwrap_or(0),
        );
        if run.len() >= MIN_CUT_SUMMARIES && longest * 4 <= shortest * 5 {
            // The list's items: the summaries, the headlines and dates between them, and the first
            // item's headline over its summary.
            let first = run[0];
            let headline_over = (0..first)
                .rev()
                .find(|&j| !lines[j].is_blank())
                .filter(|&j| open[j] && headline_shaped(&lines[j]));
            let from = headline_over.unwrap_or(first);
            for j in from..=run[run.len() - 1] {
                if open[j] && !lines[j].is_blank() {
                    reasons[j] = Some(Reason::Teaser);
                }
            }
        }
        k = next.max(k + 1);
    }
}

/// A paragraph longer than a copyright line that speaks of three kinds of the site's rules (see
/// [`lexicon::is_site_policy`]: "ترحب شبكة … بالنقاش …", a cookie notice) is the site's policy; so is a
/// line of a cookie notice ([`cookie_notice`]). Such lines stand at an edge of the text the model kept,
/// after the article or before it, or beside another line dropped: only the kept lines of the model
/// (`open`) at such an edge are read, from either end inwards, after it scored them.
fn site_policies(lines: &[Line], reasons: &mut [Option<Reason>], open: &[bool]) {
    let kept = |r: Option<Reason>| r.is_some_and(Reason::keeps);
    let shown: Vec<usize> = (0..lines.len()).filter(|&j| !lines[j].is_blank()).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for (k, &i) in shown.iter().enumerate() {
            let at_edge = k == 0
                || k + 1 == shown.len()
                || !kept(reasons[shown[k - 1]])
                || !kept(reasons[shown[k + 1]]);
            if open[i]
                && kept(reasons[i])
                && at_edge
                && (lines[i].words > MAX_COPYRIGHT_WORDS
                    && lexicon::is_site_policy(lines[i].folded)
                    || cookie_notice(lines, &shown, k))
            {
                reasons[i] = Some(Reason::Copyright);
                changed = true;
            }
        }
    }
}

/// Lines in a row that name cookies make a cookie notice when there are this many.
const MIN_COOKIE_RUN: usize = 3;

/// The line `shown[k]` is a cookie notice's: it names cookies and the web (the site, the browser, the
/// ads: see [`lexicon::cookie_talk`]) in the site's own voice ("we use cookies to …", "نستخدم ملفات
/// تعريف الارتباط …"), or it stands among [`MIN_COOKIE_RUN`] lines in a row that all name cookies, the
/// web among them (a notice's list: "These cookies are necessary …", "This cookie is set by …"). An
/// article on cookies names them in a paragraph here and there, and quotes no site on its own cookies.
fn cookie_notice(lines: &[Line], shown: &[usize], k: usize) -> bool {
    let Some(talk) = lexicon::cookie_talk(lines[shown[k]].folded) else {
        return false;
    };
    if talk.web && talk.site_voice {
        return true;
    }
    if shown.len() < MIN_COOKIE_RUN {
        return false;
    }
    let talk_at = |j: usize| lexicon::cookie_talk(lines[shown[j]].folded);
    let last = shown.len() - MIN_COOKIE_RUN;
    (k.saturating_sub(MIN_COOKIE_RUN - 1)..=k.min(last)).any(|from| {
        let run: Option<Vec<_>> = (from..from + MIN_COOKIE_RUN).map(talk_at).collect();
        run.is_some_and(|run| run.iter().any(|t| t.web))
    })
}

/// Cut summaries in a row that make a list at least...
const MIN_CUT_SUMMARIES: usize = 2;
/// ...of at least this many words each...
const MIN_CUT_SUMMARY_WORDS: usize = 8;
/// ...with lines of at most this many words between two of them (their headlines, their dates).
const MAX_CUT_SUMMARY_GAP_WORDS: usize = 20;

/// A poll: its question (a line that asks), its options (a few short lines) and its buttons ("تصويت",
/// "عرض النتائج"), one line each, are the page's widget, not the article's text.
fn polls(lines: &[Line], reasons: &mut [Option<Reason>]) {
    for i in 0..lines.len() {
        if !lexicon::is_poll_button(lines[i].key) {
            continue;
        }
        let mut options = 0;
        let question = (0..i).rev().filter(|&j| !lines[j].is_blank()).find(|&j| {
            let asks = lines[j].raw.trim_end().ends_with(['?', '؟']);
            let option = reasons[j].is_none()
                && lines[j].words <= MAX_POLL_OPTION_WORDS
                && !lines[j].ends_sentence;
            options += option as usize;
            asks || !option || options > MAX_POLL_OPTIONS
        });
        let Some(q) = question.filter(|&q| lines[q].raw.trim_end().ends_with(['?', '؟'])) else {
            continue;
        };
        if options < 2 || reasons[q].is_some() {
            continue;
        }
        // The buttons that follow the first one ("تصويت" / "عرض النتائج") go with it.
        let last = (i + 1..lines.len())
            .take_while(|&j| lines[j].is_blank() || lexicon::is_poll_button(lines[j].key))
            .last()
            .unwrap_or(i);
        for r in &mut reasons[q..=last] {
            if r.is_none() {
                *r = Some(Reason::Ui);
            }
        }
    }
}

/// A poll offers at most this many options...
const MAX_POLL_OPTIONS: usize = 8;
/// ...of at most this many words each.
const MAX_POLL_OPTION_WORDS: usize = 6;

/// A breaking-news ticker's item the line model kept as a short line between the article's paragraphs
/// ("عاجل| ..."): a link to another story. The headline, chosen before, stays whatever its label.
fn ticker_items(lines: &[Line], reasons: &mut [Option<Reason>], evidence: &mut [Option<Evidence>]) {
    for (i, line) in lines.iter().enumerate() {
        if reasons[i] == Some(Reason::ShortBetweenContent) && lexicon::is_ticker_item(line.folded) {
            reasons[i] = Some(Reason::Ui);
            evidence[i] = None;
        }
    }
}

/// A table's cell of at most this many words may repeat in the table.
const MAX_REPEATED_CELL_WORDS: usize = 2;

/// Later repeats of a kept line (a duplicated title, caption or summary) are dropped; the first kept
/// one stays. A figure alone or a word or two (a table's cell) may repeat. A copy cut short with an
/// ellipsis near the paragraph it copies goes too, before or after it.
fn duplicates(lines: &[Line], reasons: &mut [Option<Reason>], evidence: &mut [Option<Evidence>]) {
    let mut seen: HashSet<&str, FixedState> =
        HashSet::with_capacity_and_hasher(lines.len(), FixedState::default());
    for (i, line) in lines.iter().enumerate() {
        // A figure or a word or two repeats in a table's cells ("49.55", "شهري" in two rows): no
        // text, no repeat.
        let cell = || {
            line.words <= MAX_REPEATED_CELL_WORDS
                || line.digits && !line.key.contains(char::is_alphabetic)
        };
        if reasons[i].is_some_and(Reason::keeps) && !cell() && !seen.insert(line.key) {
            reasons[i] = Some(Reason::Duplicate);
            evidence[i] = None;
        }
    }
    // A summary cut short with an ellipsis, beside the paragraph it cuts ("... التي تصف..." over "...
    // التي تصف الجوانب المادية ..."): the page's own teaser of its text.
    let kept = |r: Option<Reason>| r.is_some_and(Reason::keeps);
    for i in 0..lines.len() {
        let line = &lines[i];
        if !kept(reasons[i]) || line.words < MIN_CUT_SUMMARY_WORDS || !ends_with_ellipsis(line.raw)
        {
            continue;
        }
        let mut near = (i.saturating_sub(CUT_COPY_REACH)
            ..(i + CUT_COPY_REACH + 1).min(lines.len()))
            .filter(|&j| j != i && kept(reasons[j]));
        let cut_of =
            |j: usize| lines[j].key.len() > line.key.len() && lines[j].key.starts_with(line.key);
        if near.any(cut_of) {
            reasons[i] = Some(Reason::Duplicate);
            evidence[i] = None;
        }
    }
}

/// How many lines away from the paragraph it cuts a cut copy of it may stand.
const CUT_COPY_REACH: usize = 3;

#[cfg(test)]
mod tests;
