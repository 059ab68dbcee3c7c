//! Quality signals of one document: Gopher's quality and repetition signals and FineWeb's line signals,
//! computed from the document's text and its tokens.
//!
//! Each formula is the one datatrove implements (`GopherQualityFilter`, `GopherRepetitionFilter`,
//! `FineWebQualityFilter`): lengths are counted in characters, lines and paragraphs are split as there.
//! What differs between the two [`Rules`] is what counts as a symbol token, as line-final punctuation
//! and as a stop word.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

/// A token of the document as the signals see it.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    /// The token's text.
    pub text: &'a str,
    /// A word or a number (not punctuation, a symbol or an emoji).
    pub lexical: bool,
}

/// What counts as what.
#[derive(Debug, Clone)]
pub struct Rules {
    /// Which tokens are symbols (left out of the word count and the mean word length).
    pub symbols: SymbolRule,
    /// Which line ends count as punctuation.
    pub line_ends: LineEndRule,
    /// Stop words (as the tokens spell them).
    pub stop_words: HashSet<String>,
}

/// Which tokens are symbols.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolRule {
    /// Tokens made only of datatrove's `PUNCTUATION_SET` (which holds no Arabic punctuation).
    Datatrove,
    /// Tokens that are not words or numbers.
    NotLexical,
}

/// Which line ends count as punctuation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEndRule {
    /// The line's last character is in datatrove's `TERMINAL_PUNCTUATION`.
    Datatrove,
    /// The line's last character, after spaces and closing quotes and brackets, ends a sentence in
    /// Arabic, Persian, Urdu or Latin script (`. ! ? ؟ ۔ …` and their full-width forms).
    Sentence,
}

/// Code points listed one per line in hex, after `#` comments.
fn code_points(list: &str) -> HashSet<char> {
    list.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| u32::from_str_radix(l.trim(), 16).ok())
        .filter_map(char::from_u32)
        .collect()
}

fn datatrove_punctuation() -> &'static HashSet<char> {
    static SET: std::sync::OnceLock<HashSet<char>> = std::sync::OnceLock::new();
    SET.get_or_init(|| code_points(include_str!("../data/datatrove-punctuation.txt")))
}

fn datatrove_terminal() -> &'static HashSet<char> {
    static SET: std::sync::OnceLock<HashSet<char>> = std::sync::OnceLock::new();
    SET.get_or_init(|| code_points(include_str!("../data/datatrove-terminal.txt")))
}

impl LineEndRule {
    fn ends_sentence(self, line: &str) -> bool {
        match self {
            LineEndRule::Datatrove => line
                .chars()
                .next_back()
                .is_some_and(|c| datatrove_terminal().contains(&c)),
            LineEndRule::Sentence => line
                .trim_end_matches(|c: char| {
                    c.is_whitespace()
                        || matches!(
                            c,
                            '"' | '\''
                                | '”'
                                | '’'
                                | '»'
                                | '›'
                                | ')'
                                | ']'
                                | '}'
                                | '）'
                                | '」'
                                | '》'
                        )
                })
                .chars()
                .next_back()
                .is_some_and(|c| {
                    matches!(
                        c,
                        '.' | '!' | '?' | '؟' | '۔' | '…' | '。' | '！' | '？' | '．' | '܂' | '؞'
                    )
                }),
        }
    }
}

impl SymbolRule {
    fn is_symbol(self, word: &Word) -> bool {
        match self {
            SymbolRule::Datatrove => word
                .text
                .chars()
                .all(|c| datatrove_punctuation().contains(&c)),
            SymbolRule::NotLexical => !word.lexical,
        }
    }
}

/// The signals of one document. Ratios are 0 where their denominator is.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct QualitySignals {
    /// Tokens that are not symbols.
    pub words: u64,
    /// Every token.
    pub tokens: u64,
    /// Mean length of the non-symbol tokens, in characters.
    pub mean_word_length: f64,
    /// `#` characters per token.
    pub hash_ratio: f64,
    /// Ellipses (`...` or `…`) per token.
    pub ellipsis_ratio: f64,
    /// Share of lines starting with `•` or `-`.
    pub bullet_lines_ratio: f64,
    /// Share of lines ending with an ellipsis.
    pub ellipsis_lines_ratio: f64,
    /// Share of tokens with at least one letter.
    pub alpha_words_ratio: f64,
    /// Distinct stop words present.
    pub stop_words: u64,
    /// Share of paragraphs (split on blank lines) that repeat an earlier one.
    pub dup_para_frac: f64,
    /// Characters of repeated paragraphs per character of text.
    pub dup_para_char_frac: f64,
    /// Share of lines that repeat an earlier one.
    pub dup_line_frac: f64,
    /// Characters of repeated lines per character of text.
    pub dup_line_char_frac: f64,
    /// For n = 2, 3, 4: characters of the most frequent token n-gram (times its count) per character.
    pub top_ngram_char_frac: [f64; 3],
    /// For n = 5 to 10: characters of token n-grams repeated from earlier in the text per character.
    pub dup_ngram_char_frac: [f64; 6],
    /// Share of non-blank lines that end with sentence punctuation.
    pub line_punct_ratio: f64,
    /// Share of non-blank lines of 30 characters or fewer.
    pub short_line_ratio: f64,
    /// Characters of repeated non-blank lines per character of text (newlines left out).
    pub char_dup_ratio: f64,
    /// Newlines per token.
    pub newline_ratio: f64,
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        n as f64 / d as f64
    }
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Elements repeating an earlier one, and their characters (datatrove's `find_duplicates`).
fn find_duplicates<'a>(items: impl IntoIterator<Item = &'a str>) -> (usize, usize) {
    let mut seen = HashSet::new();
    let (mut n, mut c) = (0, 0);
    for item in items {
        if !seen.insert(item) {
            n += 1;
            c += chars(item);
        }
    }
    (n, c)
}

/// Python's `str.splitlines()` separators.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Python's `str.splitlines()`: `\r\n` is one break, and no empty last line after a final break.
fn python_splitlines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_line_break(c) {
            lines.push(&text[start..i]);
            let mut end = i + c.len_utf8();
            if c == '\r' && iter.peek().is_some_and(|&(_, n)| n == '\n') {
                iter.next();
                end += 1;
            }
            start = end;
        }
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

/// `re.split(r"\n{2,}", text.strip())`.
fn paragraphs(text: &str) -> Vec<&str> {
    let stripped = text.trim_matches(char::is_whitespace);
    let mut out = Vec::new();
    let bytes = stripped.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            let run_end = bytes[i..]
                .iter()
                .position(|&b| b != b'\n')
                .map_or(bytes.len(), |p| i + p);
            if run_end - i >= 2 {
                out.push(&stripped[start..i]);
                start = run_end;
            }
            i = run_end;
        } else {
            i += 1;
        }
    }
    out.push(&stripped[start..]);
    out
}

/// `re.split(r"\n+", text)`.
fn line_runs(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            out.push(&text[start..i]);
            while i < bytes.len() && bytes[i] == b'\n' {
                i += 1;
            }
            start = i;
        } else {
            i += 1;
        }
    }
    out.push(&text[start..]);
    out
}

/// Characters of the most frequent n-gram times its count; among n-grams equally frequent, the first
/// seen (datatrove's `Counter.most_common(1)`). `None` without n-grams.
fn top_ngram_chars(ids: &[u32], lengths: &[usize], n: usize) -> Option<usize> {
    if ids.len() < n {
        return None;
    }
    let mut counts: HashMap<&[u32], (usize, usize)> = HashMap::new();
    for (i, gram) in ids.windows(n).enumerate() {
        counts.entry(gram).or_insert((0, i)).0 += 1;
    }
    let (&gram, &(count, _)) = counts
        .iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))?;
    let start = ids.windows(n).position(|w| w == gram)?;
    let len: usize = lengths[start..start + n].iter().sum::<usize>() + n - 1;
    Some(len * count)
}

/// Characters of n-grams seen before, skipping past each repeat (datatrove's `find_all_duplicate`,
/// whose n-grams are the words joined without a separator).
fn repeated_ngram_chars(joined: &str, starts: &[usize], char_prefix: &[usize], n: usize) -> usize {
    let words = starts.len() - 1;
    let mut seen: HashSet<&str> = HashSet::new();
    let (mut repeated, mut i) = (0, 0);
    while words >= n && i < words - n + 1 {
        let gram = &joined[starts[i]..starts[i + n]];
        if seen.contains(gram) {
            repeated += char_prefix[i + n] - char_prefix[i];
            i += n;
        } else {
            seen.insert(gram);
            i += 1;
        }
    }
    repeated
}

impl QualitySignals {
    /// The signals of `text` with its tokens `words` (in order), under `rules`.
    pub fn compute(text: &str, words: &[Word], rules: &Rules) -> QualitySignals {
        let text_chars = chars(text);
        let tokens = words.len();
        let mut s = QualitySignals {
            tokens: tokens as u64,
            ..QualitySignals::default()
        };
        // Gopher quality.
        let (mut word_count, mut word_chars, mut alpha) = (0usize, 0usize, 0usize);
        let mut stop_words: HashSet<&str> = HashSet::new();
        for w in words {
            if !rules.symbols.is_symbol(w) {
                word_count += 1;
                word_chars += chars(w.text);
            }
            if w.text.chars().any(char::is_alphabetic) {
                alpha += 1;
            }
            if rules.stop_words.contains(w.text) {
                stop_words.insert(w.text);
            }
        }
        s.words = word_count as u64;
        s.mean_word_length = ratio(word_chars, word_count);
        s.hash_ratio = ratio(text.matches('#').count(), tokens);
        s.ellipsis_ratio = ratio(
            text.matches("...").count() + text.matches('…').count(),
            tokens,
        );
        let lines = python_splitlines(text);
        let bullets = lines
            .iter()
            .filter(|l| {
                let l = l.trim_start();
                l.starts_with('•') || l.starts_with('-')
            })
            .count();
        let ellipses = lines
            .iter()
            .filter(|l| {
                let l = l.trim_end();
                l.ends_with("...") || l.ends_with('…')
            })
            .count();
        s.bullet_lines_ratio = ratio(bullets, lines.len());
        s.ellipsis_lines_ratio = ratio(ellipses, lines.len());
        s.alpha_words_ratio = ratio(alpha, tokens);
        s.stop_words = stop_words.len() as u64;
        // Gopher repetition.
        let paras = paragraphs(text);
        let (n, c) = find_duplicates(paras.iter().copied());
        s.dup_para_frac = ratio(n, paras.len());
        s.dup_para_char_frac = ratio(c, text_chars);
        let runs = line_runs(text);
        let (n, c) = find_duplicates(runs.iter().copied());
        s.dup_line_frac = ratio(n, runs.len());
        s.dup_line_char_frac = ratio(c, text_chars);
        let mut index: HashMap<&str, u32> = HashMap::new();
        let ids: Vec<u32> = words
            .iter()
            .map(|w| {
                let next = index.len() as u32;
                *index.entry(w.text).or_insert(next)
            })
            .collect();
        let lengths: Vec<usize> = words.iter().map(|w| chars(w.text)).collect();
        for (slot, n) in (2..=4).enumerate() {
            s.top_ngram_char_frac[slot] =
                top_ngram_chars(&ids, &lengths, n).map_or(0.0, |c| ratio(c, text_chars));
        }
        let mut joined = String::with_capacity(words.iter().map(|w| w.text.len()).sum());
        let mut starts = Vec::with_capacity(tokens + 1);
        let mut char_prefix = Vec::with_capacity(tokens + 1);
        char_prefix.push(0);
        for (w, len) in words.iter().zip(&lengths) {
            starts.push(joined.len());
            joined.push_str(w.text);
            char_prefix.push(char_prefix.last().copied().unwrap_or(0) + len);
        }
        starts.push(joined.len());
        for (slot, n) in (5..=10).enumerate() {
            s.dup_ngram_char_frac[slot] = ratio(
                repeated_ngram_chars(&joined, &starts, &char_prefix, n),
                text_chars,
            );
        }
        // FineWeb.
        let nonblank: Vec<&str> = text
            .split('\n')
            .filter(|l| !l.trim_matches(char::is_whitespace).is_empty())
            .collect();
        let punct = nonblank
            .iter()
            .filter(|l| rules.line_ends.ends_sentence(l))
            .count();
        s.line_punct_ratio = ratio(punct, nonblank.len());
        s.short_line_ratio = ratio(
            nonblank.iter().filter(|l| chars(l) <= 30).count(),
            nonblank.len(),
        );
        let newlines = text.matches('\n').count();
        s.char_dup_ratio = ratio(
            find_duplicates(nonblank.iter().copied()).1,
            text_chars - newlines,
        );
        s.newline_ratio = ratio(newlines, tokens);
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<Word<'_>> {
        text.split_whitespace()
            .map(|t| Word {
                text: t,
                lexical: t.chars().any(char::is_alphanumeric),
            })
            .collect()
    }

    #[test]
    fn python_splits_are_followed() {
        assert_eq!(python_splitlines("a\r\nb\n\nc\n"), ["a", "b", "", "c"]);
        assert_eq!(paragraphs("\n a\n\n\nb\nc \n"), ["a", "b\nc"]);
        assert_eq!(line_runs("\na\n\nb"), ["", "a", "b"]);
    }

    #[test]
    fn arabic_line_ends_count_as_punctuation() {
        let rules = Rules {
            symbols: SymbolRule::NotLexical,
            line_ends: LineEndRule::Sentence,
            stop_words: HashSet::new(),
        };
        let text = "هل حضر الوزير؟\nقال «نعم.»\nعنوان بلا نقطة";
        let s = QualitySignals::compute(text, &words(text), &rules);
        assert!((s.line_punct_ratio - 2.0 / 3.0).abs() < 1e-12);
        let datatrove = Rules {
            symbols: SymbolRule::Datatrove,
            line_ends: LineEndRule::Datatrove,
            ..rules
        };
        let s = QualitySignals::compute(text, &words(text), &datatrove);
        // datatrove knows ؟ but not a full stop inside closing quotes.
        assert!((s.line_punct_ratio - 1.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn repetition_is_measured() {
        let rules = Rules {
            symbols: SymbolRule::NotLexical,
            line_ends: LineEndRule::Sentence,
            stop_words: ["في".to_string()].into_iter().collect(),
        };
        let text = "في البيت\nفي البيت\nخرج الولد";
        let s = QualitySignals::compute(text, &words(text), &rules);
        assert!((s.dup_line_frac - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(s.stop_words, 1);
        // "في البيت" (8 characters) twice in 27 characters.
        assert!((s.top_ngram_char_frac[0] - 16.0 / 27.0).abs() < 1e-12);
        let empty = QualitySignals::compute("", &[], &rules);
        assert_eq!(empty.words, 0);
        assert_eq!(empty.newline_ratio, 0.0);
    }
}
