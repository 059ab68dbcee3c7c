//! What a paragraph is: running text that ends a sentence, over the hard wraps of a PDF extraction;
//! hard-wrapped paragraphs kept whole, and the word fragments an extractor set at the wrong end of a
//! line.

use super::*;

/// Lines of a hard-wrapped paragraph are looked ahead this far for the sentence end.
const MAX_WRAPPED_LINES: usize = 20;

/// Line `i` is a paragraph: running text of `min_content_words` words or more that ends a sentence, or
/// the start of a hard-wrapped one (lines of half that length or more, one after another, up to the
/// line that ends the sentence, or to the end of a block of [`MIN_WRAPPED_RUN`] lines or
/// [`BLOCK_PARAGRAPH_WORDS`] words or more).
pub(crate) fn is_paragraph(lines: &[Line], i: usize, config: &StripConfig) -> bool {
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
pub(crate) fn in_paragraph(lines: &[Line], i: usize, config: &StripConfig) -> bool {
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

/// The word fragment that opens `line` and ends its last word, when the line is running text that ends on
/// a bare word: joined when the word list knows the joined word, as more frequent than the last word
/// alone unless the piece opens with tatweel (a stretched word cut in two); marked (not joined) when the
/// piece opens with tatweel or is no word of its own but no join is confirmed.
pub(crate) fn leading_fragment(line: &Line) -> Option<Fragment> {
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

pub(crate) fn is_arabic_letter(c: char) -> bool {
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
pub(crate) fn hard_wrapped(line: &Line, next: &Line) -> bool {
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
pub(crate) fn wrapped_paragraphs(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
) {
    // A run of headline-shaped lines may be a wrapped paragraph; headlines between separators on one
    // line (a ticker under the last paragraph) are not.
    let reclaimable = |reasons: &[Option<Reason>], k: usize| match reasons[k] {
        Some(Reason::HeadlineList) => !crate::headline_row(lines[k].raw),
        r => r.is_none_or(Reason::keeps) || r == Some(Reason::LowScore),
    };
    let mut s = 0;
    while s < lines.len() {
        // A line a rule dropped opens no paragraph (a caption whose credit ends with no stop runs into
        // the paragraph under it).
        if !reclaimable(reasons, s) {
            s += 1;
            continue;
        }
        let e = block_end(lines, s);
        let ends = lines[e].ends_sentence || lines.get(e + 1).is_none_or(|l| l.blank);
        if e + 1 - s < MIN_WRAPPED_RUN || !ends {
            s = e + 1;
            continue;
        }
        // A wrapping width: every line but the last is at least half as wide as the widest.
        let width = |k: usize| lines[k].raw.trim().chars().count();
        let widest = (s..e).map(width).max().unwrap_or(0);
        let even = (s..e).all(|k| width(k) * 2 >= widest);
        if even && runs_on(lines, s, e) && (s..=e).all(|k| reclaimable(reasons, k)) {
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

/// A sentence's tail that a line break set apart holds at most this many words.
const MAX_SENTENCE_TAIL_WORDS: usize = 12;

/// The tail of a kept sentence broken over lines (a poem's or a post's lines, one clause a line): a short
/// line the model dropped that ends the sentence the kept line above it leaves open on a comma ("فاحرص
/// على أصدقائك الحقيقيين،" / "فهم كنز لا يقدر بثمن.").
pub(crate) fn sentence_tails(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
) {
    let mut before: Option<usize> = None;
    for i in 0..lines.len() {
        if lines[i].is_blank() {
            continue;
        }
        let tail = reasons[i] == Some(Reason::LowScore)
            && lines[i].words <= MAX_SENTENCE_TAIL_WORDS
            && prints_stop(lines[i].raw.trim())
            && before.is_some_and(|j| {
                reasons[j].is_some_and(Reason::keeps)
                    && lines[j].raw.trim_end().ends_with([',', '،'])
            });
        if tail {
            reasons[i] = Some(Reason::WrappedParagraph);
            evidence[i] = None;
        }
        before = Some(i);
    }
}

/// The last line of the block that opens at line `s`: it runs on through hard wraps, and through full
/// lines that end a sentence.
fn block_end(lines: &[Line], s: usize) -> usize {
    let mut e = s;
    while e + 1 < lines.len() && runs_into(&lines[e], &lines[e + 1]) {
        e += 1;
    }
    e
}

/// A block runs on from `line` into `next`.
fn runs_into(line: &Line, next: &Line) -> bool {
    !next.blank && (hard_wrapped(line, next) || line.ends_sentence && line.words >= 6)
}

/// Lines `s..=e` show running text: for one break in four or more, a break mid-sentence, or a line
/// before it that goes on past a sentence end or a comma; and no more than half of the lines after a
/// break open with a capital, as every item of a list does.
fn runs_on(lines: &[Line], s: usize, e: usize) -> bool {
    let (mut running, mut capitalized) = (0, 0);
    for k in s..e {
        if model::breaks_mid_sentence(&lines[k], &lines[k + 1]) {
            running += 1;
            continue;
        }
        let raw = lines[k].raw;
        let inner_stop = raw.match_indices([' ']).any(|(at, _)| {
            let before = &raw[..at];
            // A list item's number ("1. ...") ends no sentence.
            before.ends_with(['.', '۔', '؟', '!', '?'])
                && !before.ends_with("..")
                && !before.trim_end_matches('.').chars().all(char::is_numeric)
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
    let breaks = e - s;
    running * 4 >= breaks && capitalized * 2 <= breaks
}

/// Where a line stands in a stack of headlines, not in a paragraph an extractor wrapped.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stacked {
    /// In no stack.
    No,
    /// In a stack that its block ends with.
    Whole,
    /// In a stack that runs into a paragraph in its block, not mid-sentence: a stack only above the
    /// article, where pages whose text has no blank lines set its first paragraph right under a list.
    OverParagraph,
}

/// For each line, whether it stands in a stack of [`MIN_WRAPPED_RUN`] lines or more, none of them ending
/// a sentence, that shows no running text ([`runs_on`]). Each block is read once.
pub(crate) fn stacked_headlines(lines: &[Line]) -> Vec<Stacked> {
    let mut stacked = vec![Stacked::No; lines.len()];
    let mut s = 0;
    while s < lines.len() {
        let e = block_end(lines, s);
        let last = (s..=e).take_while(|&k| !lines[k].ends_sentence).last();
        if let Some(last) = last.filter(|&t| t + 1 - s >= MIN_WRAPPED_RUN && !runs_on(lines, s, t))
        {
            let kind = if last == e {
                Some(Stacked::Whole)
            } else {
                (!model::breaks_mid_sentence(&lines[last], &lines[last + 1]))
                    .then_some(Stacked::OverParagraph)
            };
            if let Some(kind) = kind {
                stacked[s..=last].fill(kind);
            }
        }
        s = e + 1;
    }
    stacked
}

/// A block of text this long is a paragraph, even where it does not end a sentence: no menu, footer or
/// headline runs to forty words without a sentence end.
const BLOCK_PARAGRAPH_WORDS: usize = 40;

/// Lines a hard-wrapped paragraph holds at least.
const MIN_WRAPPED_RUN: usize = 3;
