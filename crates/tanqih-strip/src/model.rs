//! The line model: for the lines no rule decided, a keep/drop score from what every page shows — line
//! length, sentence punctuation, function-word density, separators, digits, script mix, headline shape and
//! runs of headline-shaped lines, repetition, position — and then from context: the neighbours' scores
//! and the distance from the densest run of content (the article body).
//!
//! Two logistic regressions, one over each line's own features and one over its context, fitted by
//! `examples/fit_line_model.rs` on pages with gold main text and bundled as `data/line-model.json`.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use foldhash::fast::FixedState;
use serde::{Deserialize, Serialize};

use crate::fold::{fold, is_alnum};
use crate::Line;

/// The bundled model's format version; a model file of another version is refused.
pub const MODEL_VERSION: u32 = 2;

/// Names of the features a line is scored by on its own, in the order of [`LineModel`]'s local weights.
pub const LOCAL_FEATURES: [&str; 22] = [
    "words",
    "words-squared",
    "ends-sentence",
    "ends-colon",
    "sentence-marks",
    "commas",
    "function-words",
    "no-function-words",
    "separators",
    "digits",
    "time-or-date",
    "title-case",
    "main-script",
    "letters",
    "headline-shape",
    "headline-run",
    "repeated-in-page",
    "opens-item",
    "link-or-address",
    "prose",
    "long-sentence",
    "long-without-punctuation",
];

/// Names of the context features, in the order of [`LineModel`]'s context weights.
pub const CONTEXT_FEATURES: [&str; 15] = [
    "own-score",
    "previous-score",
    "next-score",
    "window-score",
    "in-main-text",
    "distance-from-main-text",
    "main-text-share",
    "words",
    "ends-sentence",
    "short-in-main-text",
    "just-before-main-text",
    "previous-words",
    "next-words",
    "window-words",
    "words-in-run-of-long-lines",
];

/// One logistic regression: `sigmoid(bias + weights · x)`; `means` are the training means of `x`, the
/// point against which a decision's strongest features are named.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Logistic {
    /// The intercept.
    pub bias: f32,
    /// One weight per feature.
    pub weights: Vec<f32>,
    /// The features' means on the training lines.
    pub means: Vec<f32>,
}

impl Logistic {
    /// The log-odds of `x`.
    pub fn logit(&self, x: &[f32]) -> f32 {
        self.bias + self.weights.iter().zip(x).map(|(w, v)| w * v).sum::<f32>()
    }
}

/// The fitted line model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineModel {
    /// Format version ([`MODEL_VERSION`]).
    pub version: u32,
    /// What the model was fitted on and how it scored (free text for people).
    #[serde(default)]
    pub fitted_on: String,
    /// The model over [`LOCAL_FEATURES`].
    pub local: Logistic,
    /// The models over [`CONTEXT_FEATURES`], one a round: each reads the scores of the round before
    /// (the first, the local scores).
    pub context: Vec<Logistic>,
    /// Boosted trees over the local features and the last round's context features together
    /// ([`LOCAL_FEATURES`] then [`CONTEXT_FEATURES`]): the final score, which the last round's is when
    /// there are none.
    #[serde(default)]
    pub trees: Option<Trees>,
    /// Lines whose final score reaches this probability are kept.
    pub threshold: f32,
}

/// One node of a regression tree: a split on `feature` (`x < threshold` goes left), or a leaf when
/// `feature` is negative. `value` is the node's output (a leaf's) or the mean of its leaves' outputs
/// weighted as in training (an inner node's), which attributes a decision to the splits on its path.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// The feature split on; negative for a leaf.
    pub feature: i32,
    /// Values below go to `left`.
    pub threshold: f32,
    /// Index of the left child in the tree.
    pub left: u32,
    /// Index of the right child in the tree.
    pub right: u32,
    /// The node's log-odds contribution.
    pub value: f32,
}

impl Node {
    /// A leaf giving `value`.
    pub fn leaf(value: f32) -> Node {
        Node {
            feature: -1,
            threshold: 0.0,
            left: 0,
            right: 0,
            value,
        }
    }
}

/// Gradient-boosted regression trees on the logistic loss.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trees {
    /// The log-odds before any tree.
    pub base: f32,
    /// The trees, each a list of nodes with the root first.
    pub trees: Vec<Vec<Node>>,
    /// The features' means on the training lines (to say whether a value is high or low).
    pub means: Vec<f32>,
}

impl Trees {
    /// The log-odds of `x`.
    pub fn logit(&self, x: &[f32]) -> f32 {
        let mut z = self.base;
        for tree in &self.trees {
            let mut n = &tree[0];
            while n.feature >= 0 {
                n = &tree[if x[n.feature as usize] < n.threshold {
                    n.left
                } else {
                    n.right
                } as usize];
            }
            z += n.value;
        }
        z
    }

    /// How much each feature moved the log-odds of `x`, summed over the splits on its paths.
    fn contributions(&self, x: &[f32]) -> Vec<f32> {
        let mut out = vec![0.0; self.means.len()];
        for tree in &self.trees {
            let mut n = &tree[0];
            while n.feature >= 0 {
                let next = &tree[if x[n.feature as usize] < n.threshold {
                    n.left
                } else {
                    n.right
                } as usize];
                out[n.feature as usize] += next.value - n.value;
                n = next;
            }
        }
        out
    }
}

/// A model file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// Not JSON of the model's shape.
    #[error("line model: {0}")]
    Json(#[from] serde_json::Error),
    /// Another format version, or weights that do not match the features.
    #[error("line model: {0}")]
    Shape(String),
}

impl LineModel {
    /// Reads a model from its JSON, checking its version and shape.
    pub fn from_json(json: &str) -> Result<LineModel, ModelError> {
        let model: LineModel = serde_json::from_str(json)?;
        if model.version != MODEL_VERSION {
            return Err(ModelError::Shape(format!(
                "version {} (this build reads {MODEL_VERSION})",
                model.version
            )));
        }
        let fits = |l: &Logistic, n: usize| l.weights.len() == n && l.means.len() == n;
        if !fits(&model.local, LOCAL_FEATURES.len())
            || model.context.is_empty()
            || !model
                .context
                .iter()
                .all(|c| fits(c, CONTEXT_FEATURES.len()))
        {
            return Err(ModelError::Shape(
                "weights do not match the features".into(),
            ));
        }
        Ok(model)
    }

    /// The model bundled with tanqih (`data/line-model.json`).
    pub fn bundled() -> &'static LineModel {
        static CELL: OnceLock<LineModel> = OnceLock::new();
        CELL.get_or_init(|| {
            LineModel::from_json(include_str!("../data/line-model.json"))
                .expect("the bundled line model is valid (a test reads it)")
        })
    }
}

/// The function words of every language in `data/function-words.tsv`, folded.
struct FunctionWords {
    set: HashSet<String, FixedState>,
    /// Bit [`sketch`] of every word set: a word whose bit is clear is no function word, without hashing.
    sketch: Box<[u64; 1024]>,
}

/// A 16-bit digest of a word's length and a few of its bytes (`word` is not empty).
#[inline]
fn sketch(word: &[u8]) -> usize {
    let n = word.len();
    ((n << 11) ^ ((word[0] as usize) << 6) ^ ((word[n / 2] as usize) << 3) ^ word[n - 1] as usize)
        & 0xFFFF
}

impl FunctionWords {
    fn get() -> &'static FunctionWords {
        static CELL: OnceLock<FunctionWords> = OnceLock::new();
        CELL.get_or_init(|| {
            let set: HashSet<String, FixedState> = include_str!("../data/function-words.tsv")
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('\t'))
                .flat_map(|(_, words)| words.split_whitespace())
                .map(fold)
                .collect();
            let mut bits = Box::new([0u64; 1024]);
            for w in &set {
                let k = sketch(w.as_bytes());
                bits[k / 64] |= 1 << (k % 64);
            }
            FunctionWords { set, sketch: bits }
        })
    }

    #[inline]
    fn contains(&self, word: &str) -> bool {
        if word.is_empty() {
            return false;
        }
        let k = sketch(word.as_bytes());
        self.sketch[k / 64] & (1 << (k % 64)) != 0 && self.set.contains(word)
    }
}

/// The break between `line` and `next` falls mid-sentence: `line` ends on a function word or a comma,
/// or `next` opens with a lowercase letter.
pub(crate) fn breaks_mid_sentence(line: &Line, next: &Line) -> bool {
    let last = line.folded.rsplit(' ').next().unwrap_or("");
    let bare = last.trim_matches(|c: char| !is_alnum(c));
    last.ends_with([',', '،'])
        || FunctionWords::get().contains(bare)
        || next
            .raw
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
}

/// How a line may be only a person's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameShape {
    /// Two to four capitalised words (a cased script).
    Cased,
    /// Two or three words of Arabic letters (a script without case: weaker evidence).
    Uncased,
}

/// The line's shape when it is only a person's name: two to four words of letters (and `-`, `'`,
/// `.`), none of them a function word; in a cased script each opens with a capital, in Arabic script
/// there are at most three.
pub(crate) fn name_shape(raw: &str) -> Option<NameShape> {
    let raw = raw.trim();
    if raw.len() > 48 {
        return None;
    }
    let words = FunctionWords::get();
    let (mut n, mut cased, mut arabic) = (0, true, true);
    for word in raw.split_whitespace() {
        n += 1;
        let letters = word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'));
        if n > 4 || !letters || words.contains(&fold(word)) {
            return None;
        }
        cased &= word.chars().next().is_some_and(char::is_uppercase);
        arabic &= word
            .chars()
            .all(|c| matches!(c, '\u{0621}'..='\u{064A}' | '\u{0671}'..='\u{06D3}'));
    }
    match n {
        2..=4 if cased => Some(NameShape::Cased),
        2..=3 if arabic => Some(NameShape::Uncased),
        _ => None,
    }
}

/// The line is only a person's name as cased scripts write it (see [`name_shape`]).
pub(crate) fn is_name_line(raw: &str) -> bool {
    name_shape(raw) == Some(NameShape::Cased)
}

/// Letters of a line by script.
#[derive(Debug, Clone, Copy, Default)]
struct Scripts {
    arabic: u32,
    latin: u32,
    other: u32,
}

impl Scripts {
    fn total(self) -> u32 {
        self.arabic + self.latin + self.other
    }

    /// The share of these letters in the script `main` counts most of.
    fn share_of_main(self, main: Scripts) -> f32 {
        let total = self.total();
        if total == 0 {
            return 1.0;
        }
        let own = if main.arabic >= main.latin && main.arabic >= main.other {
            self.arabic
        } else if main.latin >= main.other {
            self.latin
        } else {
            self.other
        };
        own as f32 / total as f32
    }
}

/// What one scan of a line's raw characters finds beyond what folding measured.
#[derive(Debug, Clone, Copy, Default)]
struct RawShape {
    scripts: Scripts,
    digits: u32,
    /// Sentence marks followed by a space inside the line.
    inner_sentence_marks: u32,
    /// Commas and semicolons (Latin and Arabic).
    commas: u32,
    /// Whitespace-separated runs made only of separator characters (| · • » / – …).
    separators: u32,
    /// Words opening with an uppercase letter.
    capitalized: u32,
    /// Words opening with a letter.
    lettered: u32,
    /// A digit, a colon or slash or dot, a digit: a time or a date.
    time_or_date: bool,
}

fn is_separator(c: char) -> bool {
    matches!(
        c,
        '|' | '·'
            | '•'
            | '»'
            | '«'
            | '›'
            | '‹'
            | '/'
            | '\\'
            | '–'
            | '—'
            | '-'
            | '>'
            | '<'
            | '▸'
            | '►'
            | '●'
            | '◦'
            | '∙'
            | '⋅'
            | '~'
            | '*'
            | '+'
            | ':'
            | '¦'
    )
}

/// A char's class: a letter, a digit, or neither; Arabic-block and ASCII chars without the Unicode
/// tables (Arabic marks count as neither).
#[inline]
fn char_class(c: char) -> (bool, bool) {
    match c as u32 {
        0..=0x7F => (c.is_ascii_alphabetic(), c.is_ascii_digit()),
        0x0600..=0x06FF => {
            let cp = c as u32;
            (
                matches!(cp, 0x0620..=0x064A | 0x066E..=0x06D3 | 0x06D5 | 0x06EE..=0x06EF | 0x06FA..=0x06FC | 0x06FF),
                matches!(cp, 0x0660..=0x0669 | 0x06F0..=0x06F9),
            )
        }
        0x2000..=0x206F => (false, false),
        _ => (c.is_alphabetic(), c.is_numeric()),
    }
}

/// One pass over a line's chars: the scripts of its letters, digits, times and dates, commas, sentence
/// marks inside it, and per whitespace-separated word whether it is made of separators and whether it
/// opens with a capital.
fn raw_shape(raw: &str) -> RawShape {
    let mut s = RawShape::default();
    let mut prev: Option<char> = None;
    let mut prev2: Option<char> = None;
    // The current word: its first char, whether every char so far is a separator, and its first letter.
    let mut word: Option<(char, bool, Option<char>)> = None;
    let end_word = |word: &mut Option<(char, bool, Option<char>)>, s: &mut RawShape| {
        if let Some((opening, all_separators, letter)) = word.take() {
            s.separators += all_separators as u32;
            if let Some(letter) = letter {
                if opening == letter || matches!(opening, '"' | '\'' | '(' | '“' | '«') {
                    s.lettered += 1;
                    s.capitalized += letter.is_uppercase() as u32;
                }
            }
        }
    };
    for c in raw.chars() {
        let (letter, digit) = char_class(c);
        if c.is_whitespace() {
            end_word(&mut word, &mut s);
        } else {
            let w = word.get_or_insert((c, true, None));
            w.1 &= is_separator(c);
            if letter && w.2.is_none() {
                w.2 = Some(c);
            }
        }
        if letter {
            match c {
                '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FEFF}' => {
                    s.scripts.arabic += 1
                }
                'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' => s.scripts.latin += 1,
                _ => s.scripts.other += 1,
            }
        } else if digit {
            s.digits += 1;
            if matches!(prev, Some(':' | '/' | '.')) && prev2.is_some_and(|c| char_class(c).1) {
                s.time_or_date = true;
            }
        } else if matches!(c, ',' | '،' | ';' | '؛') {
            s.commas += 1;
        } else if c.is_whitespace()
            && matches!(prev, Some('.' | '!' | '?' | '؟' | '۔'))
            && prev2.is_some_and(|c| char_class(c).0)
        {
            s.inner_sentence_marks += 1;
        }
        prev2 = prev;
        prev = Some(c);
    }
    end_word(&mut word, &mut s);
    s
}

/// The facts of a document's lines that the features read.
pub(crate) struct LineFacts {
    raw: RawShape,
    function_words: u32,
    headline_shape: bool,
    /// The line's key occurs on another line of the page.
    repeated: bool,
}

/// The facts of a line; function words are counted only when `count_words` (a line the model scores).
fn line_facts(line: &Line, count_words: bool) -> LineFacts {
    let raw = raw_shape(line.raw);
    let function_words = if count_words {
        let words = FunctionWords::get();
        line.folded
            .split(' ')
            .map(|w| w.trim_matches(|c: char| !is_alnum(c)))
            .filter(|w| words.contains(w))
            .count() as u32
    } else {
        0
    };
    let trimmed = line.raw.trim_end();
    let headline_shape = (2..=16).contains(&line.words)
        && !line.ends_sentence
        && !trimmed.ends_with([':', ',', '،', ';', '؛'])
        && raw.commas <= 1
        && raw.inner_sentence_marks == 0;
    LineFacts {
        raw,
        function_words,
        headline_shape,
        repeated: false,
    }
}

/// The local features of every non-blank line of a page (`None` for blank lines); lines not `open` (a
/// rule decided them) only count toward the page's runs and script, their function words are not read.
pub(crate) fn local_features(
    lines: &[Line],
    open: &[bool],
) -> Vec<Option<[f32; LOCAL_FEATURES.len()]>> {
    let mut facts: Vec<Option<LineFacts>> = lines
        .iter()
        .zip(open)
        .map(|(l, &open)| (!l.blank).then(|| line_facts(l, open)))
        .collect();
    let mut seen: HashMap<&str, usize, FixedState> = HashMap::default();
    for (i, line) in lines.iter().enumerate() {
        if line.blank || line.key.is_empty() {
            continue;
        }
        if let Some(&first) = seen.get(line.key) {
            for j in [first, i] {
                if let Some(f) = facts[j].as_mut() {
                    f.repeated = true;
                }
            }
        } else {
            seen.insert(line.key, i);
        }
    }
    let mut main = Scripts::default();
    for f in facts.iter().flatten() {
        main.arabic += f.raw.scripts.arabic;
        main.latin += f.raw.scripts.latin;
        main.other += f.raw.scripts.other;
    }
    // Runs of consecutive headline-shaped lines (blank lines do not break a run).
    let mut run_len = vec![0u32; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        if !facts[i].as_ref().is_some_and(|f| f.headline_shape) {
            i += 1;
            continue;
        }
        let mut members = vec![i];
        let mut j = i + 1;
        while j < lines.len() {
            match &facts[j] {
                None => j += 1,
                Some(f) if f.headline_shape => {
                    members.push(j);
                    j += 1;
                }
                Some(_) => break,
            }
        }
        for &m in &members {
            run_len[m] = members.len() as u32;
        }
        i = j;
    }
    facts
        .iter()
        .zip(lines)
        .enumerate()
        .map(|(i, (f, line))| {
            let f = f.as_ref()?;
            let words = line.words as f32;
            let w = (1.0 + words).ln();
            let trimmed = line.raw.trim();
            let ends_colon = trimmed.ends_with([':', '：']);
            let letters_digits = (f.raw.scripts.total() + f.raw.digits).max(1) as f32;
            let opens_item = trimmed.starts_with(['•', '·', '-', '–', '—', '*', '►', '▸', '●'])
                || trimmed.split_once(['.', ')']).is_some_and(|(n, _)| {
                    !n.is_empty() && n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit())
                });
            let lower = line.folded;
            let link = lower.contains("http")
                || lower.contains("www.")
                || lower.contains('@')
                || lower.contains(".com");
            Some([
                w,
                w * w,
                line.ends_sentence as u8 as f32,
                ends_colon as u8 as f32,
                (1.0 + f.raw.inner_sentence_marks as f32).ln(),
                (f.raw.commas as f32 / words.max(1.0)).min(1.0),
                (f.function_words as f32 / words.max(1.0)).min(1.0),
                (line.words >= 4 && f.function_words == 0) as u8 as f32,
                (1.0 + f.raw.separators as f32).ln(),
                f.raw.digits as f32 / letters_digits,
                f.raw.time_or_date as u8 as f32,
                if f.raw.lettered >= 2 {
                    f.raw.capitalized as f32 / f.raw.lettered as f32
                } else {
                    0.0
                },
                f.raw.scripts.share_of_main(main),
                (1.0 + f.raw.scripts.total() as f32 / 5.0).ln(),
                f.headline_shape as u8 as f32,
                (1.0 + run_len[i] as f32).ln(),
                f.repeated as u8 as f32,
                opens_item as u8 as f32,
                link as u8 as f32,
                w * (f.function_words as f32 / words.max(1.0)).min(1.0),
                w * line.ends_sentence as u8 as f32,
                w * (f.raw.commas == 0 && !line.ends_sentence) as u8 as f32,
            ])
        })
        .collect()
}

/// The log-odds given to a line a rule dropped, as the neighbour of a line being scored.
const DROPPED_LOGIT: f32 = -4.0;
/// How many non-blank lines on each side the window score reads.
const WINDOW: usize = 4;

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// The context features of the lines the rules left open (`open[i]`), given every non-blank line's local
/// log-odds (`local[i]`, `None` for blank lines; lines a rule dropped count as [`DROPPED_LOGIT`]).
pub(crate) fn context_features(
    lines: &[Line],
    local: &[Option<f32>],
    open: &[bool],
) -> Vec<Option<[f32; CONTEXT_FEATURES.len()]>> {
    // The non-blank lines, with the log-odds their neighbours see.
    // Lines of punctuation or symbols alone (no letter, no digit) are no neighbours, as blank lines.
    let idx: Vec<usize> = (0..lines.len())
        .filter(|&i| local[i].is_some() && !lines[i].key.is_empty())
        .collect();
    let z: Vec<f32> = idx
        .iter()
        .map(|&i| {
            if open[i] {
                local[i].unwrap_or(DROPPED_LOGIT)
            } else {
                DROPPED_LOGIT
            }
        })
        .collect();
    let words: Vec<f32> = idx.iter().map(|&i| lines[i].words as f32).collect();
    let p: Vec<f32> = z.iter().map(|&z| sigmoid(z)).collect();
    // The densest run of content: the run of lines with the largest sum of (p - 0.5) × words.
    let (mut best, mut best_range) = (0.0f32, (0usize, 0usize));
    let (mut sum, mut start) = (0.0f32, 0usize);
    for k in 0..idx.len() {
        if sum <= 0.0 {
            sum = 0.0;
            start = k;
        }
        sum += (p[k] - 0.5) * words[k];
        if sum > best {
            best = sum;
            best_range = (start, k + 1);
        }
    }
    // Runs of lines of at least eight words: the paragraphs of a body.
    let mut long_run = vec![0usize; idx.len()];
    let mut k = 0;
    while k < idx.len() {
        let mut e = k;
        while e < idx.len() && words[e] >= 8.0 {
            e += 1;
        }
        for r in &mut long_run[k..e] {
            *r = e - k;
        }
        k = e.max(k + 1);
    }
    let total_words: f32 = words.iter().sum::<f32>().max(1.0);
    let main_share = words[best_range.0..best_range.1].iter().sum::<f32>() / total_words;
    let mut out = vec![None; lines.len()];
    for (k, &i) in idx.iter().enumerate() {
        if !open[i] {
            continue;
        }
        // A line at an edge of the text is its own neighbour there: plain text with no chrome starts
        // and ends with content.
        let prev = if k > 0 { z[k - 1] } else { z[k] };
        let next = z.get(k + 1).copied().unwrap_or(z[k]);
        let lo = k.saturating_sub(WINDOW);
        let hi = (k + WINDOW + 1).min(idx.len());
        let (mut weighted, mut weight) = (0.0f32, 0.0f32);
        for m in (lo..hi).filter(|&m| m != k) {
            let w = (1.0 + words[m]).ln() + 0.1;
            weighted += w * p[m];
            weight += w;
        }
        let window = if weight > 0.0 {
            weighted / weight
        } else {
            p[k]
        };
        let in_main = (best_range.0..best_range.1).contains(&k);
        let distance = if in_main {
            0
        } else if k < best_range.0 {
            best_range.0 - k
        } else {
            k + 1 - best_range.1
        };
        let w = (1.0 + words[k]).ln();
        let window_n = (hi - lo) as f32;
        let window_words: f32 = words[lo..hi].iter().map(|w| (1.0 + w).ln()).sum();
        out[i] = Some([
            z[k],
            prev,
            next,
            window,
            in_main as u8 as f32,
            (1.0 + distance as f32).ln(),
            main_share,
            w,
            lines[i].ends_sentence as u8 as f32,
            (in_main && lines[i].words < 8) as u8 as f32,
            (k + 1 == best_range.0) as u8 as f32,
            if k > 0 {
                (1.0 + words[k - 1]).ln()
            } else {
                0.0
            },
            words.get(k + 1).map_or(0.0, |w| (1.0 + w).ln()),
            window_words / window_n,
            (1.0 + long_run[k] as f32).ln(),
        ]);
    }
    out
}

/// The model's verdict on one line: the probability that it is content, and the features that weighed
/// most toward the decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Probability that the line is content, in thousandths.
    pub score: u16,
    /// The strongest features behind the decision (when asked for, see `StripConfig::evidence`),
    /// strongest first, each as `name:high` or `name:low`
    /// (above or below its mean on the training lines): local features as they pushed the line's own
    /// score, and context features.
    pub signals: Vec<Cow<'static, str>>,
}

/// How much a feature pushed a decision its way, the feature's name, and whether its value was above its
/// training mean.
type Push = (f32, &'static str, bool);

/// `name:high` or `name:low`, made once for every feature.
fn signal_name(name: &'static str, high: bool) -> &'static str {
    static CELL: OnceLock<HashMap<(&'static str, bool), String, FixedState>> = OnceLock::new();
    let names = CELL.get_or_init(|| {
        LOCAL_FEATURES
            .iter()
            .chain(&CONTEXT_FEATURES)
            .flat_map(|&n| [(n, true), (n, false)])
            .map(|(n, h)| ((n, h), format!("{n}:{}", if h { "high" } else { "low" })))
            .collect()
    });
    names.get(&(name, high)).map_or("", String::as_str)
}

/// The features that pushed a score most toward its side, measured against the training means.
fn strongest(model: &Logistic, x: &[f32], names: &'static [&'static str], keep: bool) -> Vec<Push> {
    let mut pushes: Vec<Push> = model
        .weights
        .iter()
        .zip(x)
        .zip(&model.means)
        .zip(names)
        .map(|(((w, v), m), name)| (w * (v - m) * if keep { 1.0 } else { -1.0 }, *name, v > m))
        .filter(|(push, _, _)| *push > 0.0)
        .collect();
    let strongest_first = |a: &Push, b: &Push| b.0.total_cmp(&a.0);
    if pushes.len() > 3 {
        pushes.select_nth_unstable_by(2, strongest_first);
        pushes.truncate(3);
    }
    pushes.sort_by(strongest_first);
    pushes
}

/// The features the final score reads: after the local model and `rounds` context rounds, every open
/// line's context features (`None` for blank lines and lines a rule decided).
fn final_features(
    lines: &[Line],
    open: &[bool],
    local_x: &[Option<[f32; LOCAL_FEATURES.len()]>],
    local: &Logistic,
    rounds: &[Logistic],
) -> Vec<Option<[f32; CONTEXT_FEATURES.len()]>> {
    let mut z: Vec<Option<f32>> = local_x
        .iter()
        .map(|x| x.as_ref().map(|x| local.logit(x)))
        .collect();
    for round in rounds {
        let x = context_features(lines, &z, open);
        for (zi, xi) in z.iter_mut().zip(&x) {
            if let Some(xi) = xi {
                *zi = Some(round.logit(xi));
            }
        }
    }
    context_features(lines, &z, open)
}

/// Scores the lines the rules left open: for each, `Some((keep, evidence))`, the evidence's signals
/// named when `explain`.
pub(crate) fn score_lines(
    lines: &[Line],
    open: &[bool],
    model: &LineModel,
    explain: bool,
) -> Vec<Option<(bool, Evidence)>> {
    let local_x = local_features(lines, open);
    let last = model.context.last().expect("a model has a context round");
    // The trees read the features after every round; without trees, the last round is the final score.
    let rounds = match model.trees {
        Some(_) => &model.context[..],
        None => &model.context[..model.context.len() - 1],
    };
    let context_x = final_features(lines, open, &local_x, &model.local, rounds);
    // The final log-odds of each scored line, and the features behind it.
    let scored: Vec<Option<(f32, Vec<Push>)>> = context_x
        .iter()
        .zip(&local_x)
        .map(|(cx, lx)| {
            let (cx, lx) = (cx.as_ref()?, lx.as_ref()?);
            Some(match &model.trees {
                Some(trees) => {
                    let mut x = [0.0f32; LOCAL_FEATURES.len() + CONTEXT_FEATURES.len()];
                    x[..LOCAL_FEATURES.len()].copy_from_slice(lx);
                    x[LOCAL_FEATURES.len()..].copy_from_slice(cx);
                    let z = trees.logit(&x);
                    if !explain {
                        return Some((z, Vec::new()));
                    }
                    let keep = sigmoid(z) >= model.threshold;
                    let names = LOCAL_FEATURES.iter().chain(&CONTEXT_FEATURES);
                    let mut pushes: Vec<Push> = trees
                        .contributions(&x)
                        .into_iter()
                        .zip(names)
                        .zip(x.iter().zip(&trees.means))
                        .map(|((c, name), (v, m))| (if keep { c } else { -c }, *name, v > m))
                        .filter(|p| p.0 > 0.0)
                        .collect();
                    pushes.sort_by(|a, b| b.0.total_cmp(&a.0));
                    pushes.truncate(3);
                    (z, pushes)
                }
                None => {
                    let z = last.logit(cx);
                    if !explain {
                        return Some((z, Vec::new()));
                    }
                    let keep = sigmoid(z) >= model.threshold;
                    let mut signals = strongest(last, cx, &CONTEXT_FEATURES, keep);
                    // The own score stands for the local features: name those that moved it instead.
                    if let Some(pos) = signals.iter().position(|s| s.1 == CONTEXT_FEATURES[0]) {
                        signals.remove(pos);
                        let scale = last.weights[0].abs();
                        let own = strongest(&model.local, lx, &LOCAL_FEATURES, keep);
                        signals.extend(
                            own.into_iter()
                                .map(|(push, name, high)| (push * scale, name, high)),
                        );
                        signals.sort_by(|a, b| b.0.total_cmp(&a.0));
                        let mut named = HashSet::new();
                        signals.retain(|s| named.insert(s.1));
                        signals.truncate(3);
                    }
                    (z, signals)
                }
            })
        })
        .collect();
    // A document is read for its text: when the model keeps none of it (a lone paragraph between menu
    // lines), the lines whose own score says content are kept.
    let none_kept = !scored
        .iter()
        .flatten()
        .any(|(z, _)| sigmoid(*z) >= model.threshold);
    scored
        .into_iter()
        .enumerate()
        .map(|(i, scored)| {
            let (z, signals) = scored?;
            let p = sigmoid(z);
            let keep = p >= model.threshold
                || none_kept
                    && local_x[i]
                        .as_ref()
                        .is_some_and(|x| model.local.logit(x) > 0.0);
            Some((
                keep,
                Evidence {
                    score: (p * 1000.0).round() as u16,
                    signals: signals
                        .into_iter()
                        .map(|(_, name, high)| Cow::Borrowed(signal_name(name, high)))
                        .collect(),
                },
            ))
        })
        .collect()
}

/// The feature vectors of the lines the rules left open, for fitting a model: local features, and the
/// features of the round after `model`'s last context round (of the first round when it has none).
pub(crate) fn training_rows(
    lines: &[Line],
    open: &[bool],
    model: &LineModel,
) -> Vec<Option<(Vec<f32>, Vec<f32>)>> {
    let local_x = local_features(lines, open);
    let context_x = final_features(lines, open, &local_x, &model.local, &model.context);
    local_x
        .into_iter()
        .zip(context_x)
        .zip(open)
        .map(|((l, c), &open)| match (l, c) {
            (Some(l), Some(c)) if open => Some((l.to_vec(), c.to_vec())),
            _ => None,
        })
        .collect()
}
