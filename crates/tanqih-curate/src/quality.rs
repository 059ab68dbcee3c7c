//! Quality signals of one document: Gopher's quality and repetition signals and FineWeb's line signals,
//! computed from the document's text and its tokens.
//!
//! Each formula is the one datatrove implements (`GopherQualityFilter`, `GopherRepetitionFilter`,
//! `FineWebQualityFilter`): lengths are counted in characters, lines and paragraphs are split as there.
//! What differs between the two [`Rules`] is what counts as a symbol token, as line-final punctuation
//! and as a stop word.

use std::collections::HashSet;

use foldhash::fast::FixedState;
use serde::{Deserialize, Serialize};

type FastSet<K> = HashSet<K, FixedState>;

/// A set of stop words, looked up by the hash of each token.
#[derive(Debug, Clone, Default)]
pub struct StopWords {
    hashes: HashSet<u64, FixedState>,
}

impl<S: AsRef<str>> FromIterator<S> for StopWords {
    fn from_iter<I: IntoIterator<Item = S>>(words: I) -> Self {
        StopWords {
            hashes: words
                .into_iter()
                .map(|w| crate::stable_hash(w.as_ref().as_bytes()))
                .collect(),
        }
    }
}

impl StopWords {
    /// The number of stop words.
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    /// No stop words.
    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }
}

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
    pub stop_words: StopWords,
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
    if s.len() < 32 {
        // Short strings (tokens): count the bytes that start a character.
        s.bytes().filter(|&b| (b as i8) >= -0x40).count()
    } else {
        s.chars().count()
    }
}

/// Elements repeating an earlier one, and their characters (datatrove's `find_duplicates`).
fn find_duplicates<'a>(items: impl IntoIterator<Item = &'a str>) -> (usize, usize) {
    let mut seen = FastSet::default();
    let (mut n, mut c) = (0, 0);
    for item in items {
        if !seen.insert(item) {
            n += 1;
            c += chars(item);
        }
    }
    (n, c)
}

/// Python's `str.splitlines()`: `\r\n` is one break, and no empty last line after a final break.
fn python_splitlines(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    // Text that breaks lines only with `\n` splits there (a few fast scans say so).
    let other_breaks = memchr::memchr3(b'\r', 0x0b, 0x0c, bytes).is_some()
        || memchr::memchr3(0x1c, 0x1d, 0x1e, bytes).is_some()
        || ["\u{85}", "\u{2028}", "\u{2029}"]
            .iter()
            .any(|b| memchr::memmem::find(bytes, b.as_bytes()).is_some());
    if !other_breaks {
        let mut lines: Vec<&str> = split_newlines(text).collect();
        if text.ends_with('\n') {
            lines.pop();
        }
        return lines;
    }
    let mut lines = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        let b = bytes[i];
        // Every break starts with a control byte, or with the lead byte of U+0085 or U+2028/9.
        let width = match b {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
            b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1e => 1,
            0xc2 if bytes.get(i + 1) == Some(&0x85) => 2,
            0xe2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xa8 | 0xa9)) =>
            {
                3
            }
            _ => 0,
        };
        if width == 0 {
            i += 1;
            continue;
        }
        lines.push(&text[start..i]);
        i += width;
        start = i;
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

/// `text.split('\n')`, the newlines found many bytes at a time.
fn split_newlines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .chain([text.len()])
        .map(move |end| {
            let line = &text[start..end];
            start = end + 1;
            line
        })
}

/// How often `needle` occurs in `text`, without overlaps (`text.matches(needle).count()`).
fn occurrences(text: &str, needle: &str) -> usize {
    match needle.as_bytes() {
        &[byte] => memchr::memchr_iter(byte, text.as_bytes()).count(),
        bytes => memchr::memmem::find_iter(text.as_bytes(), bytes).count(),
    }
}

/// `re.split(r"\n{2,}", text.strip())`.
fn paragraphs(text: &str) -> Vec<&str> {
    let stripped = text.trim_matches(char::is_whitespace);
    let bytes = stripped.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut newlines = memchr::memchr_iter(b'\n', bytes).peekable();
    while let Some(i) = newlines.next() {
        let mut end = i + 1;
        while newlines.next_if_eq(&end).is_some() {
            end += 1;
        }
        if end - i >= 2 {
            out.push(&stripped[start..i]);
            start = end;
        }
    }
    out.push(&stripped[start..]);
    out
}

/// `re.split(r"\n+", text)`.
fn line_runs(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut newlines = memchr::memchr_iter(b'\n', text.as_bytes()).peekable();
    while let Some(i) = newlines.next() {
        let mut end = i + 1;
        while newlines.next_if_eq(&end).is_some() {
            end += 1;
        }
        out.push(&text[start..i]);
        start = end;
    }
    out.push(&text[start..]);
    out
}

/// Counts of 64-bit keys, with the position each was first seen at: open addressing with linear
/// probing. A slot is in use when its stamp is the table's current one, so that emptying the table is
/// one increment; the slots are kept from one use to the next (a thread's table serves every document it
/// scores), and zeroed only when the stamp wraps around.
#[derive(Default)]
struct KeyCounts {
    keys: Vec<u64>,
    counts: Vec<u32>,
    firsts: Vec<u32>,
    stamps: Vec<u32>,
    /// The stamp of the slots in use; 0 is never current.
    stamp: u32,
    /// The highest count so far, with the first position of its key (the earliest among equals).
    best: Option<(u32, u32)>,
    /// 64 minus the table's size in bits.
    shift: u32,
    /// The table's size minus one (the slots in use lie below its size).
    mask: usize,
}

/// The most slots a thread's [`KeyCounts`] keeps between documents (about 1.3 MB): room for the
/// n-grams of documents of up to 32,768 words.
const MAX_KEPT_SLOTS: usize = 1 << 16;

impl KeyCounts {
    /// Empties the table and makes room for `n` keys.
    fn reset(&mut self, n: usize) {
        let size = (n * 2).next_power_of_two().max(16);
        self.shift = 64 - size.trailing_zeros();
        self.mask = size - 1;
        self.best = None;
        if self.stamps.len() < size {
            self.keys.resize(size, 0);
            self.counts.resize(size, 0);
            self.firsts.resize(size, 0);
            self.stamps.resize(size, 0);
        }
        self.stamp = self.stamp.wrapping_add(1);
        if self.stamp == 0 {
            self.stamps.fill(0);
            self.stamp = 1;
        }
    }

    /// Counts `key` once more, first seen at `at`; returns the count before and the key's slot.
    fn add(&mut self, key: u64, at: usize) -> (u32, usize) {
        let mut slot = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize;
        loop {
            if self.stamps[slot] != self.stamp {
                self.stamps[slot] = self.stamp;
                self.keys[slot] = key;
                self.counts[slot] = 1;
                self.firsts[slot] = at as u32;
                self.raise(1, at as u32);
                return (0, slot);
            }
            if self.keys[slot] == key {
                let count = self.counts[slot];
                self.counts[slot] = count + 1;
                self.raise(count + 1, self.firsts[slot]);
                return (count, slot);
            }
            slot = (slot + 1) & self.mask;
        }
    }

    fn raise(&mut self, count: u32, first: u32) {
        if self
            .best
            .is_none_or(|(c, f)| count > c || (count == c && first < f))
        {
            self.best = Some((count, first));
        }
    }

    /// The highest count and the first position of its key; among keys equally frequent, the one first
    /// seen.
    fn top(&self) -> Option<(u32, u32)> {
        self.best
    }
}

/// Polynomial hashes of the prefixes of a document's word hashes, so that the n-gram at any position
/// hashes in constant time; n-grams compare as word sequences, equal hashes for different ones coming
/// only by a chance of about n / 2^64.
struct NgramHashes {
    prefix: Vec<u64>,
    powers: [u64; 11],
}

impl NgramHashes {
    const BASE: u64 = 0x9e37_79b9_7f4a_7c15;

    fn new(words: &[u64]) -> Self {
        let mut prefix = Vec::with_capacity(words.len() + 1);
        let mut h = 0u64;
        prefix.push(h);
        for &word in words {
            h = h.wrapping_mul(Self::BASE).wrapping_add(word);
            prefix.push(h);
        }
        let mut powers = [1u64; 11];
        for n in 1..powers.len() {
            powers[n] = powers[n - 1].wrapping_mul(Self::BASE);
        }
        NgramHashes { prefix, powers }
    }

    /// Words hashed.
    fn words(&self) -> usize {
        self.prefix.len() - 1
    }

    /// The hash of the `n` words from word `i` (`n` ≤ 10).
    fn ngram(&self, i: usize, n: usize) -> u64 {
        self.prefix[i + n].wrapping_sub(self.prefix[i].wrapping_mul(self.powers[n]))
    }
}

/// Characters of the most frequent n-gram times its count; among n-grams equally frequent, the first
/// seen (datatrove's `Counter.most_common(1)`); `None` without n-grams. Only the positions marked in
/// `prefix_repeated` (the (n-1)-gram there occurs twice or more; `None`: all) can start a repeated
/// n-gram, so only they are counted. `repeated` is set to the same marks for the n-grams.
fn top_ngram_chars(
    hashes: &NgramHashes,
    lengths: &[usize],
    n: usize,
    prefix_repeated: Option<&[bool]>,
    table: &mut KeyCounts,
    repeated: &mut Vec<bool>,
) -> Option<usize> {
    let words = hashes.words();
    repeated.clear();
    if words < n {
        return None;
    }
    let positions = words - n + 1;
    repeated.resize(positions, false);
    table.reset(match prefix_repeated {
        Some(marks) => marks.iter().filter(|&&m| m).count(),
        None => positions,
    });
    let mut slots = Vec::new();
    for i in 0..positions {
        if prefix_repeated.is_none_or(|marks| marks[i]) {
            let (_, slot) = table.add(hashes.ngram(i, n), i);
            slots.push((i, slot));
        }
    }
    for (i, slot) in slots {
        repeated[i] = table.counts[slot] >= 2;
    }
    let (count, first) = match table.top() {
        Some((count, first)) if count >= 2 => (count as usize, first as usize),
        // Every n-gram occurs once: the first is the top one.
        _ => (1, 0),
    };
    Some((lengths[first..first + n].iter().sum::<usize>() + n - 1) * count)
}

/// Characters of n-grams seen before, skipping past each repeat (datatrove's `find_all_duplicate`,
/// which joins an n-gram's words without a separator: the two differ only where a repeat's word
/// boundaries shift, as in "ab c" against "a bc"). Positions not marked in `prefix_repeated` start an
/// n-gram found nowhere else, which is neither seen before nor seen again.
fn repeated_ngram_chars(
    hashes: &NgramHashes,
    char_prefix: &[usize],
    n: usize,
    prefix_repeated: &[bool],
    seen: &mut KeyCounts,
) -> usize {
    let words = hashes.words();
    if words < n {
        return 0;
    }
    seen.reset(prefix_repeated.iter().filter(|&&m| m).count());
    let (mut repeated, mut i) = (0, 0);
    while i < words - n + 1 {
        if prefix_repeated[i] && seen.add(hashes.ngram(i, n), i).0 > 0 {
            repeated += char_prefix[i + n] - char_prefix[i];
            i += n;
        } else {
            i += 1;
        }
    }
    repeated
}

/// A letter, as Python's `str.isalpha` has it: exactly for ASCII and the Arabic block (letters, not
/// marks or punctuation), by Rust's alphabetic property beyond.
fn is_letter(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        '\u{0600}'..='\u{06FF}' => matches!(
            c,
            '\u{0620}'..='\u{064A}'
                | '\u{066E}'..='\u{066F}'
                | '\u{0671}'..='\u{06D3}'
                | '\u{06D5}'
                | '\u{06E5}'..='\u{06E6}'
                | '\u{06EE}'..='\u{06EF}'
                | '\u{06FA}'..='\u{06FC}'
                | '\u{06FF}'
        ),
        _ => c.is_alphabetic(),
    }
}

impl QualitySignals {
    /// The signals of `text` with its tokens `words` (in order), under `rules`.
    pub fn compute(text: &str, words: &[Word], rules: &Rules) -> QualitySignals {
        let ids: Vec<u64> = words
            .iter()
            .map(|w| crate::stable_hash(w.text.as_bytes()))
            .collect();
        QualitySignals::compute_hashed(text, words, &ids, rules)
    }

    /// [`QualitySignals::compute`] with the [`stable_hash`](crate::stable_hash) of every word given
    /// (`ids[i]` of `words[i]`), as a caller that also signs the document has them.
    pub fn compute_hashed(
        text: &str,
        words: &[Word],
        ids: &[u64],
        rules: &Rules,
    ) -> QualitySignals {
        assert_eq!(words.len(), ids.len(), "one hash per word");
        let text_chars = chars(text);
        let tokens = words.len();
        let mut s = QualitySignals {
            tokens: tokens as u64,
            ..QualitySignals::default()
        };
        // Gopher quality.
        let (mut word_count, mut word_chars, mut alpha) = (0usize, 0usize, 0usize);
        let mut stop_words: FastSet<u64> = FastSet::default();
        let lengths: Vec<usize> = words.iter().map(|w| chars(w.text)).collect();
        for ((w, &len), &id) in words.iter().zip(&lengths).zip(ids) {
            if !rules.symbols.is_symbol(w) {
                word_count += 1;
                word_chars += len;
            }
            if w.text.chars().any(is_letter) {
                alpha += 1;
            }
            if rules.stop_words.hashes.contains(&id) {
                stop_words.insert(id);
            }
        }
        s.words = word_count as u64;
        s.mean_word_length = ratio(word_chars, word_count);
        s.hash_ratio = ratio(occurrences(text, "#"), tokens);
        s.ellipsis_ratio = ratio(occurrences(text, "...") + occurrences(text, "…"), tokens);
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
        let hashes = NgramHashes::new(ids);
        thread_local! {
            static TABLE: std::cell::RefCell<KeyCounts> = std::cell::RefCell::default();
        }
        TABLE.with_borrow_mut(|table| {
            // An n-gram repeats only where the (n-1)-gram it starts with does.
            let (mut prefix_repeated, mut repeated) = (Vec::new(), Vec::new());
            for (slot, n) in (2..=4).enumerate() {
                let marks = (n > 2).then_some(prefix_repeated.as_slice());
                let top = top_ngram_chars(&hashes, &lengths, n, marks, table, &mut repeated);
                s.top_ngram_char_frac[slot] = top.map_or(0.0, |c| ratio(c, text_chars));
                std::mem::swap(&mut prefix_repeated, &mut repeated);
            }
            let mut char_prefix = Vec::with_capacity(tokens + 1);
            char_prefix.push(0);
            for len in &lengths {
                char_prefix.push(char_prefix.last().copied().unwrap_or(0) + len);
            }
            // Without a repeated 5-gram, no longer n-gram repeats.
            for (slot, n) in (5..=10).enumerate() {
                let repeated =
                    repeated_ngram_chars(&hashes, &char_prefix, n, &prefix_repeated, table);
                s.dup_ngram_char_frac[slot] = ratio(repeated, text_chars);
                if repeated == 0 {
                    break;
                }
            }
            // A very long document's table is not kept for the thread's next ones.
            if table.stamps.len() > MAX_KEPT_SLOTS {
                *table = KeyCounts::default();
            }
        });
        // FineWeb.
        let nonblank: Vec<&str> = split_newlines(text)
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
        let newlines = occurrences(text, "\n");
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

    #[test]
    fn the_key_table_empties_on_every_reset_across_the_stamps_wrap() {
        let mut table = KeyCounts {
            stamp: u32::MAX - 2,
            ..KeyCounts::default()
        };
        for round in 0..6u64 {
            // A large table, then small ones in its first slots, where the last round's keys are stale.
            table.reset(if round == 0 { 500 } else { 5 });
            for key in [7, 8, 7, 100 + round, 7] {
                table.add(key, 0);
            }
            assert_eq!(table.add(7, 9).0, 3, "round {round}");
            assert_eq!(table.add(8, 9).0, 1, "round {round}");
            assert_eq!(table.add(100 + round, 9).0, 1, "round {round}");
            assert_eq!(table.add(99 + round, 9).0, 0, "round {round}");
            assert_eq!(table.top(), Some((4, 0)), "round {round}");
        }
        assert!(table.stamp >= 1 && table.stamp < 6);
    }

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
        assert_eq!(
            python_splitlines("أ\u{2028}ب\u{85}ج\rد\u{2029}"),
            ["أ", "ب", "ج", "د"]
        );
        assert_eq!(paragraphs("\n a\n\n\nb\nc \n"), ["a", "b\nc"]);
        assert_eq!(line_runs("\na\n\nb"), ["", "a", "b"]);
        for text in ["", "\n", "a", "a\n", "\n\nب\nج...\n....#…#\n", "x..y...…"] {
            assert_eq!(
                split_newlines(text).collect::<Vec<_>>(),
                text.split('\n').collect::<Vec<_>>(),
                "{text:?}"
            );
            for needle in ["#", "\n", "...", "…"] {
                assert_eq!(
                    occurrences(text, needle),
                    text.matches(needle).count(),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn letters_are_pythons_letters() {
        // Python's `isalpha`: tatweel and Persian letters are letters, marks and punctuation are not.
        for c in ['ب', 'ـ', 'پ', 'ی', 'ە', 'a', 'ж'] {
            assert!(is_letter(c), "{c}");
        }
        for c in ['،', '؟', '\u{064E}', '\u{0670}', '٣', '1', '.'] {
            assert!(!is_letter(c), "{c:?}");
        }
    }

    #[test]
    fn arabic_line_ends_count_as_punctuation() {
        let rules = Rules {
            symbols: SymbolRule::NotLexical,
            line_ends: LineEndRule::Sentence,
            stop_words: StopWords::default(),
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

    /// The n-gram signals the plain way: n-grams as word vectors in a `HashMap`.
    fn naive(words: &[&str], text_chars: usize) -> ([f64; 3], [f64; 6]) {
        let mut top = [0.0; 3];
        for (slot, n) in (2..=4).enumerate() {
            if words.len() < n {
                continue;
            }
            let mut counts: Vec<(&[&str], usize)> = Vec::new();
            for gram in words.windows(n) {
                match counts.iter_mut().find(|(g, _)| *g == gram) {
                    Some((_, c)) => *c += 1,
                    None => counts.push((gram, 1)),
                }
            }
            // The first of the most frequent, as `Counter.most_common(1)` gives it.
            let max = counts.iter().map(|c| c.1).max().unwrap();
            let (gram, count) = counts.iter().find(|c| c.1 == max).unwrap();
            let len: usize = gram.iter().map(|w| w.chars().count()).sum::<usize>() + n - 1;
            top[slot] = (len * count) as f64 / text_chars as f64;
        }
        let mut dup = [0.0; 6];
        for (slot, n) in (5..=10).enumerate() {
            let mut seen: Vec<&[&str]> = Vec::new();
            let (mut repeated, mut i) = (0, 0);
            while words.len() >= n && i < words.len() - n + 1 {
                let gram = &words[i..i + n];
                if seen.contains(&gram) {
                    repeated += gram.iter().map(|w| w.chars().count()).sum::<usize>();
                    i += n;
                } else {
                    seen.push(gram);
                    i += 1;
                }
            }
            dup[slot] = repeated as f64 / text_chars as f64;
        }
        (top, dup)
    }

    proptest::proptest! {
        /// The hashed, pruned n-gram counting gives what plain counting gives, on texts of few
        /// distinct words (many repeats and ties).
        #[test]
        fn ngram_signals_equal_plain_counting(picks in proptest::collection::vec(0usize..4, 0..120)) {
            const VOCABULARY: [&str; 4] = ["في", "البيت", "ولد", "x"];
            let words: Vec<&str> = picks.iter().map(|&p| VOCABULARY[p]).collect();
            let text = words.join(" ");
            let rules = Rules {
                symbols: SymbolRule::NotLexical,
                line_ends: LineEndRule::Sentence,
                stop_words: StopWords::default(),
            };
            let tokens: Vec<Word> = words.iter().map(|w| Word { text: w, lexical: true }).collect();
            let s = QualitySignals::compute(&text, &tokens, &rules);
            let (top, dup) = naive(&words, text.chars().count().max(1));
            proptest::prop_assert_eq!(s.top_ngram_char_frac, top);
            proptest::prop_assert_eq!(s.dup_ngram_char_frac, dup);
        }
    }
}
