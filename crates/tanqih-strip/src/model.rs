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

use crate::fold::{alnum_core, fold, is_alnum, is_alpha};
use crate::{plain, Line};

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

/// Gradient-boosted regression trees on the logistic loss. Scoring lays the trees out once, at first
/// use: change `trees` before scoring with them, not after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trees {
    /// The log-odds before any tree.
    pub base: f32,
    /// The trees, each a list of nodes with the root first.
    pub trees: Vec<Vec<Node>>,
    /// The features' means on the training lines (to say whether a value is high or low).
    pub means: Vec<f32>,
    /// The trees laid out complete, built at first use.
    #[serde(skip)]
    complete: CompleteCell,
}

/// Trees laid out complete to one depth, for scoring without branches: split `k` of a tree leads to
/// splits `2k + 1` (below its threshold) and `2k + 2`; a leaf above the last level is copied down to
/// it, under splits whose outcome does not matter.
#[derive(Debug, Clone, PartialEq)]
struct CompleteTrees {
    depth: usize,
    /// Per tree, `2^depth - 1` splits: the feature read...
    features: Vec<u32>,
    /// ...and the threshold it is compared with.
    thresholds: Vec<f32>,
    /// Per tree, `2^depth` leaf values.
    leaves: Vec<f32>,
    /// The trees as [`LaneTree`]s when they are [`MAX_LANE_DEPTH`] deep or less, else empty.
    #[cfg(target_arch = "x86_64")]
    lane_trees: Vec<LaneTree>,
    /// The largest feature a split reads (0 without splits).
    #[cfg(target_arch = "x86_64")]
    max_feature: usize,
}

/// Trees this deep or less fit [`LaneTree`]'s eight lanes.
#[cfg(target_arch = "x86_64")]
const MAX_LANE_DEPTH: usize = 3;

/// A complete tree of [`MAX_LANE_DEPTH`] levels or less as three vectors of eight lanes, for walking
/// eight lines at once in AVX2 registers: its splits' features and thresholds, and its leaves (lanes
/// past them zero).
#[cfg(target_arch = "x86_64")]
#[derive(Debug, Clone, PartialEq)]
#[repr(C, align(32))]
struct LaneTree {
    features: [i32; 8],
    thresholds: [f32; 8],
    leaves: [f32; 8],
}

/// Trees deeper than this are scored node by node (a complete layout would be too large).
const MAX_COMPLETE_DEPTH: usize = 8;

/// How many lines a tree is walked for at once.
const LANES: usize = 8;

impl CompleteTrees {
    /// The complete layout of `trees`, or `None` when one is deeper than [`MAX_COMPLETE_DEPTH`] or
    /// malformed.
    fn new(trees: &[Vec<Node>]) -> Option<CompleteTrees> {
        fn depth(tree: &[Node], at: usize, level: usize) -> Option<usize> {
            let n = tree.get(at)?;
            if n.feature < 0 {
                return Some(level);
            }
            if level >= MAX_COMPLETE_DEPTH {
                return None;
            }
            let left = depth(tree, n.left as usize, level + 1)?;
            Some(left.max(depth(tree, n.right as usize, level + 1)?))
        }
        let depth = trees
            .iter()
            .map(|t| depth(t, 0, 0))
            .try_fold(0, |d, t| Some(d.max(t?)))?;
        let splits = (1 << depth) - 1;
        let mut out = CompleteTrees {
            depth,
            features: vec![0; trees.len() * splits],
            thresholds: vec![0.0; trees.len() * splits],
            leaves: vec![0.0; trees.len() * (splits + 1)],
            #[cfg(target_arch = "x86_64")]
            lane_trees: Vec::new(),
            #[cfg(target_arch = "x86_64")]
            max_feature: 0,
        };
        for (t, tree) in trees.iter().enumerate() {
            // (node of the tree, its place in the complete layout, its level)
            let mut stack = vec![(0usize, 0usize, 0usize)];
            while let Some((at, k, level)) = stack.pop() {
                let n = &tree[at];
                if level == depth {
                    out.leaves[t * (splits + 1) + k - splits] = n.value;
                    continue;
                }
                let (left, right) = if n.feature < 0 {
                    (at, at)
                } else {
                    out.features[t * splits + k] = n.feature as u32;
                    out.thresholds[t * splits + k] = n.threshold;
                    (n.left as usize, n.right as usize)
                };
                stack.push((left, 2 * k + 1, level + 1));
                stack.push((right, 2 * k + 2, level + 1));
            }
        }
        #[cfg(target_arch = "x86_64")]
        if depth <= MAX_LANE_DEPTH {
            out.max_feature = out.features.iter().max().map_or(0, |&f| f as usize);
            out.lane_trees = (0..trees.len())
                .map(|t| {
                    let mut tree = LaneTree {
                        features: [0; 8],
                        thresholds: [0.0; 8],
                        leaves: [0.0; 8],
                    };
                    for k in 0..splits {
                        tree.features[k] = out.features[t * splits + k] as i32;
                        tree.thresholds[k] = out.thresholds[t * splits + k];
                    }
                    tree.leaves[..=splits]
                        .copy_from_slice(&out.leaves[t * (splits + 1)..(t + 1) * (splits + 1)]);
                    tree
                })
                .collect();
        }
        Some(out)
    }

    /// `base` plus the trees' outputs for `x`, added in the trees' order.
    fn logit(&self, base: f32, x: &[f32]) -> f32 {
        // The depth as a constant lets the compiler drop the bounds checks of the walk down a tree.
        match self.depth {
            0 => self.logit_at::<0>(base, x),
            1 => self.logit_at::<1>(base, x),
            2 => self.logit_at::<2>(base, x),
            3 => self.logit_at::<3>(base, x),
            4 => self.logit_at::<4>(base, x),
            5 => self.logit_at::<5>(base, x),
            6 => self.logit_at::<6>(base, x),
            7 => self.logit_at::<7>(base, x),
            _ => self.logit_at::<MAX_COMPLETE_DEPTH>(base, x),
        }
    }

    /// [`CompleteTrees::logit`] of every row of `xs`, each `width` features, into `out`.
    fn logits(&self, base: f32, xs: &[f32], width: usize, out: &mut [f32]) {
        #[cfg(target_arch = "x86_64")]
        if self.depth >= 1
            && !self.lane_trees.is_empty()
            && self.max_feature < width
            && std::arch::is_x86_feature_detected!("avx2")
        {
            // SAFETY: the CPU has AVX2, and every feature a split reads lies within a row.
            let done = unsafe { self.lane_logits_avx2(base, xs, width, out) };
            let rest = out.len() - done;
            if rest > 0 {
                // The last rows, fewer than eight, in a block of eight that rows of zeros fill up.
                let mut block = vec![0.0f32; LANES * width];
                block[..rest * width].copy_from_slice(&xs[done * width..out.len() * width]);
                let mut z = [0.0f32; LANES];
                // SAFETY: as above.
                unsafe { self.lane_logits_avx2(base, &block, width, &mut z) };
                out[done..].copy_from_slice(&z[..rest]);
            }
            return;
        }
        match self.depth {
            0 => self.logits_at::<0>(base, xs, width, out),
            1 => self.logits_at::<1>(base, xs, width, out),
            2 => self.logits_at::<2>(base, xs, width, out),
            3 => self.logits_at::<3>(base, xs, width, out),
            4 => self.logits_at::<4>(base, xs, width, out),
            5 => self.logits_at::<5>(base, xs, width, out),
            6 => self.logits_at::<6>(base, xs, width, out),
            7 => self.logits_at::<7>(base, xs, width, out),
            _ => self.logits_at::<MAX_COMPLETE_DEPTH>(base, xs, width, out),
        }
    }

    /// [`CompleteTrees::logits`] for trees of depth `DEPTH`: each tree walks [`LANES`] rows at once,
    /// whose walks do not wait on one another, and adds to each row's sum in the order
    /// [`CompleteTrees::logit_at`] does (the same sums, to the bit).
    fn logits_at<const DEPTH: usize>(&self, base: f32, xs: &[f32], width: usize, out: &mut [f32]) {
        let splits = (1 << DEPTH) - 1;
        out.fill(base);
        let rows = out.len();
        let mut start = 0;
        while start + LANES <= rows {
            let block = &xs[start * width..(start + LANES) * width];
            let mut z = [0.0f32; LANES];
            z.copy_from_slice(&out[start..start + LANES]);
            for ((features, thresholds), leaves) in self
                .features
                .chunks_exact(splits.max(1))
                .zip(self.thresholds.chunks_exact(splits.max(1)))
                .zip(self.leaves.chunks_exact(splits + 1))
            {
                let mut k = [0usize; LANES];
                for _ in 0..DEPTH {
                    for (lane, k) in k.iter_mut().enumerate() {
                        let below = block[lane * width + features[*k] as usize] < thresholds[*k];
                        *k = 2 * *k + 2 - below as usize;
                    }
                }
                for (z, k) in z.iter_mut().zip(k) {
                    *z += leaves[k - splits];
                }
            }
            out[start..start + LANES].copy_from_slice(&z);
            start += LANES;
        }
        for (row, z) in out.iter_mut().enumerate().skip(start) {
            *z = self.logit_at::<DEPTH>(base, &xs[row * width..(row + 1) * width]);
        }
    }

    /// [`CompleteTrees::logits`] eight rows at a time in AVX2 registers, each lane a row walking the
    /// [`LaneTree`]s down and adding their leaves in the trees' order (the same sums, to the bit);
    /// returns how many rows it scored, the rest being fewer than eight.
    ///
    /// # Safety
    /// The CPU has AVX2, `lane_trees` is not empty and `max_feature < width`.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn lane_logits_avx2(
        &self,
        base: f32,
        xs: &[f32],
        width: usize,
        out: &mut [f32],
    ) -> usize {
        use std::arch::x86_64::*;
        let splits = _mm256_set1_epi32((1 << self.depth) - 1);
        let two = _mm256_set1_epi32(2);
        let row_starts = _mm256_mullo_epi32(
            _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7),
            _mm256_set1_epi32(width as i32),
        );
        let rows = out.len().min(xs.len() / width);
        let mut start = 0;
        while start + LANES <= rows {
            let block = xs[start * width..(start + LANES) * width].as_ptr();
            let mut z = _mm256_set1_ps(base);
            for tree in &self.lane_trees {
                // SAFETY: a `LaneTree`'s arrays are 32-byte aligned vectors of eight lanes, and each
                // gathered offset is a row's start plus a feature below `width`, inside `block`.
                unsafe {
                    let features = _mm256_load_si256(tree.features.as_ptr().cast());
                    let thresholds = _mm256_load_ps(tree.thresholds.as_ptr());
                    let mut k = _mm256_setzero_si256();
                    for _ in 0..self.depth {
                        let at =
                            _mm256_add_epi32(row_starts, _mm256_permutevar8x32_epi32(features, k));
                        let x = _mm256_i32gather_ps::<4>(block, at);
                        let threshold = _mm256_permutevar8x32_ps(thresholds, k);
                        // All ones (-1) where the row's feature is below the threshold.
                        let below = _mm256_castps_si256(_mm256_cmp_ps::<_CMP_LT_OQ>(x, threshold));
                        k = _mm256_add_epi32(_mm256_add_epi32(k, k), _mm256_add_epi32(two, below));
                    }
                    let leaves = _mm256_load_ps(tree.leaves.as_ptr());
                    z = _mm256_add_ps(
                        z,
                        _mm256_permutevar8x32_ps(leaves, _mm256_sub_epi32(k, splits)),
                    );
                }
            }
            // SAFETY: `start + LANES <= out.len()`.
            unsafe { _mm256_storeu_ps(out.as_mut_ptr().add(start), z) };
            start += LANES;
        }
        start
    }

    /// [`CompleteTrees::logit`] for trees of depth `DEPTH`.
    #[inline]
    fn logit_at<const DEPTH: usize>(&self, base: f32, x: &[f32]) -> f32 {
        let splits = (1 << DEPTH) - 1;
        let mut z = base;
        for ((features, thresholds), leaves) in self
            .features
            .chunks_exact(splits.max(1))
            .zip(self.thresholds.chunks_exact(splits.max(1)))
            .zip(self.leaves.chunks_exact(splits + 1))
        {
            let mut k = 0;
            for _ in 0..DEPTH {
                let below = x[features[k] as usize] < thresholds[k];
                k = 2 * k + 2 - below as usize;
            }
            z += leaves[k - splits];
        }
        z
    }
}

/// The complete layout of a [`Trees`], built once; it derives from the trees, so it never makes two
/// equal trees unequal.
#[derive(Debug, Clone, Default)]
struct CompleteCell(OnceLock<Option<CompleteTrees>>);

impl PartialEq for CompleteCell {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Trees {
    /// Trees with their base log-odds and the features' training means.
    pub fn new(base: f32, trees: Vec<Vec<Node>>, means: Vec<f32>) -> Trees {
        Trees {
            base,
            trees,
            means,
            complete: CompleteCell::default(),
        }
    }

    /// The log-odds of `x`.
    pub fn logit(&self, x: &[f32]) -> f32 {
        if let Some(complete) = self
            .complete
            .0
            .get_or_init(|| CompleteTrees::new(&self.trees))
        {
            return complete.logit(self.base, x);
        }
        self.walk(x)
    }

    /// The log-odds of every row of `xs` (rows of `width` features, one after another), as
    /// [`Trees::logit`] gives each.
    pub fn logits(&self, xs: &[f32], width: usize) -> Vec<f32> {
        let rows = xs.len() / width.max(1);
        let mut out = vec![0.0; rows];
        match self
            .complete
            .0
            .get_or_init(|| CompleteTrees::new(&self.trees))
        {
            Some(complete) => complete.logits(self.base, xs, width, &mut out),
            None => {
                for (z, x) in out.iter_mut().zip(xs.chunks_exact(width)) {
                    *z = self.walk(x);
                }
            }
        }
        out
    }

    /// The log-odds of `x`, tree by tree, node by node.
    pub(crate) fn walk(&self, x: &[f32]) -> f32 {
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

    #[inline(always)]
    fn contains(&self, word: &str) -> bool {
        if word.is_empty() {
            return false;
        }
        let k = sketch(word.as_bytes());
        self.sketch[k / 64] & (1 << (k % 64)) != 0 && self.set.contains(word)
    }
}

/// How many words of `folded` (a folded line, words split by single spaces) are function words.
pub(crate) fn function_words_in(folded: &str) -> usize {
    let words = FunctionWords::get();
    folded.split(' ').filter(|w| words.contains(w)).count()
}

/// `word` (any form: it is folded here) is a function word of a language tanqih knows.
pub(crate) fn is_function_word(word: &str) -> bool {
    FunctionWords::get().contains(&fold(word))
}

/// Auxiliaries (and Urdu's "نہیں", not) of the function words that end sentences in Persian and Urdu,
/// whose verbs come last ("... افزایش یافته است", "... اعلان کر دیا ہے", "... ضروری نہیں"): a line
/// ending on one ends no earlier than its sentence.
const SENTENCE_FINAL_AUXILIARIES: &[&str] = &[
    "است", "شد", "بود", "کرد", "کند", "شود", "ہے", "ہیں", "تھا", "تھی", "تھے", "گا", "گی", "نہیں",
];

/// The folded line's last word is a sentence-final auxiliary ([`SENTENCE_FINAL_AUXILIARIES`]).
fn ends_on_final_auxiliary(folded: &str) -> bool {
    static FINAL: OnceLock<Vec<String>> = OnceLock::new();
    let last = folded.rsplit(' ').next().unwrap_or("");
    let bare = last.trim_matches(|c: char| !is_alnum(c));
    FINAL
        .get_or_init(|| SENTENCE_FINAL_AUXILIARIES.iter().map(|w| fold(w)).collect())
        .iter()
        .any(|w| w == bare)
}

/// The break between `line` and `next` falls mid-sentence: `line` ends on a function word (but for a
/// sentence-final auxiliary, [`SENTENCE_FINAL_AUXILIARIES`]) or a comma, or `next` opens with a lowercase
/// letter.
pub(crate) fn breaks_mid_sentence(line: &Line, next: &Line) -> bool {
    let last = line.folded.rsplit(' ').next().unwrap_or("");
    let bare = last.trim_matches(|c: char| !is_alnum(c));
    last.ends_with([',', '،'])
        || FunctionWords::get().contains(bare) && !ends_on_final_auxiliary(line.folded)
        || next
            .raw
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
}

/// Words of the labels of a site's sections ("أخبار محلية", "شؤون عربية", "صحة وطب", "عالمی خبریں"), which
/// no person's name holds: the sections of news sites in Arabic, Persian and Urdu. Words that are given
/// names or family names too are left out ("فرهنگ", "دانش", "عربي"; Persian adjectives in "ی", which
/// surnames are made of: "فرهنگی", "علمی").
const SECTION_WORDS: &[&str] = &[
    // Arabic.
    "أخبار",
    "اخبار",
    "الأخبار",
    "شؤون",
    "قضايا",
    "تقارير",
    "مقالات",
    "ملفات",
    "منوعات",
    "سياسة",
    "السياسة",
    "اقتصاد",
    "الاقتصاد",
    "رياضة",
    "الرياضة",
    "صحة",
    "الصحة",
    "طب",
    "ثقافة",
    "الثقافة",
    "فنون",
    "تكنولوجيا",
    "التكنولوجيا",
    "تقنية",
    "علوم",
    "مجتمع",
    "حوادث",
    "محليات",
    "فيديو",
    "صور",
    "آراء",
    "تحقيقات",
    "حوارات",
    "بيئة",
    "سياحة",
    "سيارات",
    "تعليم",
    "عقارات",
    "بورصة",
    // Persian.
    "خبرهای",
    "گروه",
    "سرویس",
    "مطالب",
    "ورزش",
    "بین‌الملل",
    "فناوری",
    "ویدیو",
    "عکس",
    "جامعه",
    "گزارش",
    "یادداشت",
    // Urdu.
    "خبریں",
    "خبروں",
    "سیاست",
    "کھیل",
    "کھیلوں",
    "شوبز",
    "صحت",
    "بزنس",
    "ٹیکنالوجی",
    "انٹرنیشنل",
    "تفریح",
    "ویڈیوز",
    "کالم",
    "اداریہ",
];

/// Words that open a section's label only: inside a name they are part of it ("بخش اقتصادی", the
/// economy desk; "خدا بخش", a name).
const SECTION_OPENERS: &[&str] = &["بخش"];

/// `word` is one of [`SECTION_WORDS`], or one of them after the conjunction "و" ("وطب" in "صحة وطب").
fn is_section_word(word: &str) -> bool {
    static SET: OnceLock<HashSet<String, FixedState>> = OnceLock::new();
    let set = SET.get_or_init(|| SECTION_WORDS.iter().map(|w| fold(w)).collect());
    let folded = fold(word);
    set.contains(&folded)
        || folded
            .strip_prefix('و')
            .is_some_and(|rest| set.contains(rest))
}

/// How a line may be only a person's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameShape {
    /// Two to four capitalised words (a cased script).
    Cased,
    /// Two or three words of Arabic letters (a script without case: weaker evidence).
    Uncased,
}

/// `word` is a noun that the conjunction "و" joins to the one before it, with its article ("والسادة" in
/// "السيدات والسادة", "والاقتصاد" in "السياسة والاقتصاد"): a phrase's, a salutation's or a section's, no
/// part of a person's name ("والي" is one: the article is all of its "وال").
fn joined_noun(word: &str) -> bool {
    word.strip_prefix("وال")
        .is_some_and(|rest| rest.chars().count() >= MIN_JOINED_NOUN_LETTERS)
}

/// A noun after "وال" holds at least this many letters.
const MIN_JOINED_NOUN_LETTERS: usize = 3;

/// The line's shape when it is only a person's name: two to four words of letters (and `-`, `'`,
/// `.`), none of them a function word ("علي" spelled with yeh is the name, not "على") nor a noun joined
/// by "و" ([`joined_noun`]); in a cased script each opens with a capital, in Arabic script there are at
/// most three, not counting the words that join the next into one name ("عبد", "أبو", "بن"). Words that
/// are all buttons ("Facebook Twitter") are none.
pub(crate) fn name_shape(raw: &str) -> Option<NameShape> {
    let raw = raw.trim();
    if raw.len() > 48 {
        return None;
    }
    let words = FunctionWords::get();
    let (mut n, mut cased, mut arabic, mut linking) = (0, true, true, 0);
    let count = raw.split_whitespace().count();
    for word in raw.split_whitespace() {
        n += 1;
        // A particle inside a name ("Ursula von der Leyen", "Chus del Pino"), cased or not.
        if n > 1 && n < count && NAME_PARTICLES.contains(&word.to_lowercase().as_str()) {
            arabic = false;
            continue;
        }
        linking += NAME_LINKS.contains(&word) as usize;
        let letters = word
            .chars()
            .all(|c| is_alpha(c) || matches!(c, '-' | '\'' | '’' | '.'));
        // "علي" spelled with yeh (Arabic or Persian) is the name Ali: folded, it meets the preposition
        // "على".
        let unmarked = || {
            word.chars()
                .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}'))
        };
        let ali = unmarked().eq("علي".chars()) || unmarked().eq("علی".chars());
        if n > 5 || !letters || !ali && words.contains(&fold(word)) || joined_noun(word) {
            return None;
        }
        cased &= word.chars().next().is_some_and(char::is_uppercase);
        // Letters of the Arabic script, with the marks a page may vowel a name with ("محمّد").
        arabic &= word.chars().all(|c| {
            matches!(
                c,
                '\u{0621}'..='\u{065F}' | '\u{0670}'..='\u{06D3}' | '\u{200C}'
            )
        });
    }
    // Buttons side by side ("Facebook Twitter WhatsApp") are no name.
    if raw
        .split_whitespace()
        .all(|w| crate::lexicon::is_ui(&fold(w)))
    {
        return None;
    }
    // A section's label ("اخبار اقتصادی", "شؤون عربية", "صحة وطب") holds a word no name holds.
    if !cased
        && (raw.split_whitespace().any(is_section_word)
            || raw
                .split_whitespace()
                .next()
                .is_some_and(|w| SECTION_OPENERS.contains(&w)))
    {
        return None;
    }
    match n {
        2..=4 if cased => Some(NameShape::Cased),
        // "عبد الله" and "أبو بكر" are one name in two words.
        _ if arabic && (2..=3).contains(&(n - linking)) && linking < n - 1 => {
            Some(NameShape::Uncased)
        }
        _ => None,
    }
}

/// Particles inside names of cased scripts ("van", "von der", "de la", "del", "dos", "bin"), which a name
/// may hold between its first and last words, lowercase or capitalised.
const NAME_PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "la", "le",
    "ter", "ten", "zu", "bin", "ibn", "al", "el",
];

/// Words that join the next into one Arabic name ("عبد الرحمن", "أبو بكر", "بن سلمان").
pub(crate) const NAME_LINKS: &[&str] = &["عبد", "أبو", "ابو", "بن", "ابن", "بنت", "آل"];

/// The line is only a person's name as cased scripts write it (see [`name_shape`]).
pub(crate) fn is_name_line(raw: &str) -> bool {
    name_shape(raw) == Some(NameShape::Cased)
}

/// Letters of a line by script.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
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
#[derive(Debug, Clone, Copy, Default, PartialEq)]
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

const fn is_separator(c: char) -> bool {
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

/// What a char is to [`raw_shape`], as bits.
mod class {
    pub const LETTER: u16 = 1;
    pub const DIGIT: u16 = 1 << 1;
    pub const SPACE: u16 = 1 << 2;
    /// One of [`super::is_separator`].
    pub const SEPARATOR: u16 = 1 << 3;
    /// A comma or semicolon, Latin or Arabic.
    pub const COMMA: u16 = 1 << 4;
    /// `.` `!` `?` `؟` `۔`
    pub const STOP: u16 = 1 << 5;
    pub const UPPER: u16 = 1 << 6;
    /// A quote or bracket a word may open with before its first letter.
    pub const OPENER: u16 = 1 << 7;
    /// `:` `/` `.`, between the digits of a time or a date.
    pub const TIME_MARK: u16 = 1 << 8;
    pub const ARABIC: u16 = 1 << 9;
    pub const LATIN: u16 = 1 << 10;
}

/// The class bits of any char (the tables' source for ASCII and the Arabic block).
const fn class_of(c: char) -> u16 {
    use class::*;
    let cp = c as u32;
    let mut k = 0;
    if cp < 0x80 {
        let b = cp as u8;
        if b.is_ascii_alphabetic() {
            k |= LETTER | LATIN;
            if b.is_ascii_uppercase() {
                k |= UPPER;
            }
        }
        if b.is_ascii_digit() {
            k |= DIGIT;
        }
        if b.is_ascii_whitespace() || b == 0x0B {
            k |= SPACE;
        }
    } else if cp >= 0x0600 && cp <= 0x06FF {
        if matches!(cp, 0x0620..=0x064A | 0x066E..=0x06D3 | 0x06D5 | 0x06EE..=0x06EF | 0x06FA..=0x06FC | 0x06FF)
        {
            k |= LETTER | ARABIC;
        }
        if matches!(cp, 0x0660..=0x0669 | 0x06F0..=0x06F9) {
            k |= DIGIT;
        }
    }
    if is_separator(c) {
        k |= SEPARATOR;
    }
    if matches!(c, ',' | '،' | ';' | '؛') {
        k |= COMMA;
    }
    if matches!(c, '.' | '!' | '?' | '؟' | '۔') {
        k |= STOP;
    }
    if matches!(c, '"' | '\'' | '(' | '“' | '«') {
        k |= OPENER;
    }
    if matches!(c, ':' | '/' | '.') {
        k |= TIME_MARK;
    }
    k
}

/// [`class_of`] every ASCII char.
static ASCII_CLASSES: [u16; 128] = {
    let mut t = [0; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = class_of(i as u8 as char);
        i += 1;
    }
    t
};

/// [`class_of`] every char of the Arabic block (U+0600 to U+06FF).
static ARABIC_CLASSES: [u16; 256] = {
    let mut t = [0; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = match char::from_u32(0x0600 + i as u32) {
            Some(c) => class_of(c),
            None => 0,
        };
        i += 1;
    }
    t
};

/// The class bits of `c`: from a table for ASCII and the Arabic block, else from the Unicode tables
/// (General Punctuation counts as neither letter nor digit).
#[inline]
fn class(c: char) -> u16 {
    use class::*;
    let cp = c as u32;
    if cp < 0x80 {
        return ASCII_CLASSES[cp as usize];
    }
    if (0x0600..=0x06FF).contains(&cp) {
        return ARABIC_CLASSES[(cp - 0x0600) as usize];
    }
    let mut k = class_of(c);
    if c.is_whitespace() {
        k |= SPACE;
    }
    if !(0x2000..=0x206F).contains(&cp) {
        if c.is_alphabetic() {
            k |= LETTER;
            k |= match cp {
                0x0750..=0x077F | 0xFB50..=0xFEFF => ARABIC,
                0x00C0..=0x024F => LATIN,
                _ => 0,
            };
            if c.is_uppercase() {
                k |= UPPER;
            }
        } else if c.is_numeric() {
            k |= DIGIT;
        }
    }
    k
}

/// One pass over a line's chars: the scripts of its letters, digits, times and dates, commas, sentence
/// marks inside it, and per whitespace-separated word whether it is made of separators and whether it
/// opens with a capital. Plain Arabic (letters and single spaces) is read sixteen bytes at a time.
fn raw_shape(raw: &str) -> RawShape {
    raw_shape_with(raw, true)
}

/// [`raw_shape`], with plain blocks read at once (`blocks`) or char by char.
#[inline(always)]
fn raw_shape_with(raw: &str, blocks: bool) -> RawShape {
    use class::*;
    let bytes = raw.as_bytes();
    let mut s = RawShape::default();
    let (mut prev, mut prev2) = (0u16, 0u16);
    let mut word = Word::default();
    let mut i = 0;
    while i < bytes.len() {
        let plain_from = if !blocks {
            bytes.len()
        } else {
            match plain::block_at(bytes, i) {
                // A whole block, or the plain chars before what is not.
                Some(
                    Ok(block)
                    | Err(plain::Cut {
                        prefix: Some(block),
                        ..
                    }),
                ) => {
                    plain_block(&block, &mut s, &mut word, prev, prev2);
                    (prev, prev2) = if block.ends_with_space {
                        (ASCII_CLASSES[b' ' as usize], ARABIC_LETTER)
                    } else {
                        (ARABIC_LETTER, ARABIC_LETTER)
                    };
                    i += block.len;
                    continue;
                }
                Some(Err(cut)) => plain::resume_at(bytes, i, cut.at),
                None => bytes.len(),
            }
        };
        while i < plain_from {
            let k = if bytes[i] < 0x80 {
                i += 1;
                ASCII_CLASSES[bytes[i - 1] as usize]
            } else {
                let c = raw[i..].chars().next().expect("a char boundary");
                i += c.len_utf8();
                class(c)
            };
            if k & SPACE != 0 {
                word.end(&mut s);
                if prev & STOP != 0 && prev2 & LETTER != 0 {
                    s.inner_sentence_marks += 1;
                }
            } else {
                word.push(k);
                if k & LETTER != 0 {
                    if k & ARABIC != 0 {
                        s.scripts.arabic += 1;
                    } else if k & LATIN != 0 {
                        s.scripts.latin += 1;
                    } else {
                        s.scripts.other += 1;
                    }
                } else if k & DIGIT != 0 {
                    s.digits += 1;
                    if prev & TIME_MARK != 0 && prev2 & DIGIT != 0 {
                        s.time_or_date = true;
                    }
                } else if k & COMMA != 0 {
                    s.commas += 1;
                }
            }
            prev2 = prev;
            prev = k;
        }
    }
    word.end(&mut s);
    s
}

/// The class of the Arabic letters of a plain block (U+0620–U+063F, U+0641–U+064A).
const ARABIC_LETTER: u16 = class::LETTER | class::ARABIC;

/// What a plain block adds to `s`, as its chars one by one would: letters, and single spaces that end
/// words (the first may follow a sentence mark before the block).
fn plain_block(block: &plain::Plain, s: &mut RawShape, word: &mut Word, prev: u16, prev2: u16) {
    use class::*;
    s.scripts.arabic += block.letters as u32;
    let spaces = block.len - 2 * block.letters;
    // Spaces after the first byte: each ends the word before it.
    let mut ends = spaces;
    if block.starts_with_space {
        word.end(s);
        if prev & STOP != 0 && prev2 & LETTER != 0 {
            s.inner_sentence_marks += 1;
        }
        ends -= 1;
    } else {
        word.push(ARABIC_LETTER);
        if ends > 0 {
            word.end(s);
            ends -= 1;
        }
    }
    // The other words ended here began in the block, with an Arabic letter.
    s.lettered += ends as u32;
    if spaces > 0 && !block.ends_with_space {
        // The last word began in the block and is still open.
        *word = Word::default();
        word.push(ARABIC_LETTER);
    } else if block.ends_with_space {
        word.open = false;
    }
}

/// The whitespace-separated word [`raw_shape`] is in.
#[derive(Default)]
struct Word {
    /// A word has begun.
    open: bool,
    /// Every char so far is a separator.
    all_separators: bool,
    /// The word opens with a letter, or a quote or bracket before one.
    opens_lettered: bool,
    /// A letter has come; `upper`: the first was uppercase.
    seen_letter: bool,
    upper: bool,
}

impl Word {
    /// A char of class `k` that is not whitespace.
    #[inline]
    fn push(&mut self, k: u16) {
        use class::*;
        if !self.open {
            *self = Word {
                open: true,
                all_separators: true,
                opens_lettered: k & (LETTER | OPENER) != 0,
                seen_letter: false,
                upper: false,
            };
        }
        self.all_separators &= k & SEPARATOR != 0;
        if k & LETTER != 0 && !self.seen_letter {
            self.seen_letter = true;
            self.upper = k & UPPER != 0;
        }
    }

    /// Whitespace or the line's end: the word, if one was open, is counted.
    #[inline]
    fn end(&mut self, s: &mut RawShape) {
        if self.open {
            s.separators += self.all_separators as u32;
            if self.seen_letter && self.opens_lettered {
                s.lettered += 1;
                s.capitalized += self.upper as u32;
            }
            self.open = false;
        }
    }
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
        // The folded line's words are split by single spaces, which memchr finds many bytes at a time.
        let folded = line.folded;
        let mut start = 0;
        let mut count = 0;
        for end in memchr::memchr_iter(b' ', folded.as_bytes()).chain([folded.len()]) {
            count += words.contains(alnum_core(&folded[start..end])) as u32;
            start = end + 1;
        }
        count
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
                || opens_with_a_number(trimmed);
            let link = has_link(line.folded);
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

/// `text` opens with a list item's number: one or two digits and `.` or `)`.
fn opens_with_a_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=2).contains(&digits) && matches!(bytes.get(digits), Some(b'.' | b')'))
}

/// The folded line holds a link or an address: `http`, `www.`, `@` or `.com`, found in one pass.
fn has_link(folded: &str) -> bool {
    let bytes = folded.as_bytes();
    memchr::memchr3_iter(b'@', b'.', b'h', bytes).any(|at| match bytes[at] {
        b'@' => true,
        b'.' => bytes[at + 1..].starts_with(b"com") || bytes[..at].ends_with(b"www"),
        _ => bytes[at..].starts_with(b"http"),
    })
}

/// The log-odds given to a line a rule dropped, as the neighbour of a line being scored.
const DROPPED_LOGIT: f32 = -4.0;
/// How many non-blank lines on each side the window score reads.
const WINDOW: usize = 4;

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// The context features of the lines the rules left open (`open[i]`), given every non-blank line's local
/// log-odds (`local[i]`, `None` for blank lines; lines a rule dropped count as [`DROPPED_LOGIT`], lines
/// it set `aside` are no neighbours).
pub(crate) fn context_features(
    lines: &[Line],
    local: &[Option<f32>],
    open: &[bool],
    aside: &[bool],
) -> Vec<Option<[f32; CONTEXT_FEATURES.len()]>> {
    // The non-blank lines, with the log-odds their neighbours see.
    // Lines of punctuation or symbols alone (no letter, no digit) are no neighbours, as blank lines.
    let idx: Vec<usize> = (0..lines.len())
        .filter(|&i| local[i].is_some() && !lines[i].key.is_empty() && !aside[i])
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
    // The log-length of every line, computed once for the windows that read it.
    let log_words: Vec<f32> = words.iter().map(|w| (1.0 + w).ln()).collect();
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
            let w = log_words[m] + 0.1;
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
        let w = log_words[k];
        let window_n = (hi - lo) as f32;
        let window_words: f32 = log_words[lo..hi].iter().sum();
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
            if k > 0 { log_words[k - 1] } else { 0.0 },
            log_words.get(k + 1).copied().unwrap_or(0.0),
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
    aside: &[bool],
    local_x: &[Option<[f32; LOCAL_FEATURES.len()]>],
    local: &Logistic,
    rounds: &[Logistic],
) -> Vec<Option<[f32; CONTEXT_FEATURES.len()]>> {
    let mut z: Vec<Option<f32>> = local_x
        .iter()
        .map(|x| x.as_ref().map(|x| local.logit(x)))
        .collect();
    for round in rounds {
        let x = context_features(lines, &z, open, aside);
        for (zi, xi) in z.iter_mut().zip(&x) {
            if let Some(xi) = xi {
                *zi = Some(round.logit(xi));
            }
        }
    }
    context_features(lines, &z, open, aside)
}

/// Scores the lines the rules left open: for each, `Some((keep, evidence))`, the evidence's signals
/// named when `explain`.
pub(crate) fn score_lines(
    lines: &[Line],
    open: &[bool],
    aside: &[bool],
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
    let context_x = final_features(lines, open, aside, &local_x, &model.local, rounds);
    // The trees' inputs of the scored lines, one row a line, scored all at once.
    const WIDTH: usize = LOCAL_FEATURES.len() + CONTEXT_FEATURES.len();
    let row = |lx: &[f32; LOCAL_FEATURES.len()], cx: &[f32; CONTEXT_FEATURES.len()]| {
        let mut x = [0.0f32; WIDTH];
        x[..LOCAL_FEATURES.len()].copy_from_slice(lx);
        x[LOCAL_FEATURES.len()..].copy_from_slice(cx);
        x
    };
    let mut tree_logits = model.trees.as_ref().map(|trees| {
        let rows: Vec<f32> = context_x
            .iter()
            .zip(&local_x)
            .filter_map(|(cx, lx)| Some(row(lx.as_ref()?, cx.as_ref()?)))
            .flatten()
            .collect();
        trees.logits(&rows, WIDTH).into_iter()
    });
    // The final log-odds of each scored line, and the features behind it.
    let scored: Vec<Option<(f32, Vec<Push>)>> = context_x
        .iter()
        .zip(&local_x)
        .map(|(cx, lx)| {
            let (cx, lx) = (cx.as_ref()?, lx.as_ref()?);
            Some(match (&model.trees, tree_logits.as_mut()) {
                (Some(trees), Some(logits)) => {
                    let z = logits.next().expect("one logit a scored line");
                    if !explain {
                        return Some((z, Vec::new()));
                    }
                    let x = row(lx, cx);
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
                _ => {
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
    aside: &[bool],
    model: &LineModel,
) -> Vec<Option<(Vec<f32>, Vec<f32>)>> {
    let local_x = local_features(lines, open);
    let context_x = final_features(lines, open, aside, &local_x, &model.local, &model.context);
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn raw_shape_reads_plain_blocks_as_it_reads_chars() {
        let seeds = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds"))
            .unwrap()
            .map(|entry| std::fs::read_to_string(entry.unwrap().path()).unwrap())
            .collect::<Vec<_>>();
        let lines = seeds.iter().flat_map(|seed| seed.split('\n')).chain([
            "قال الوزير. ثم مضى في حديثه عن الاتفاق الجديد بين البلدين",
            "  مرحبا  بكم في الموقع الرسمي للأخبار العاجلة  ",
            "الساعة 10:30 صباحا في القاهرة، يوم الأحد ١٢/٥/٢٠٢٥ | الرئيسية | أخبار",
            "Breaking: وزير الخارجية يلتقي نظيره Mr. Smith في الرياض؟ نعم.",
            "Latin text read char by char up to the Arabic: وزير الخارجية يلتقي نظيره الأمريكي اليوم",
        ]);
        for line in lines {
            assert_eq!(
                raw_shape_with(line, true),
                raw_shape_with(line, false),
                "{line:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn raw_shape_blocks_match_chars_on_any_mix(
            line in proptest::collection::vec(
                prop_oneof![
                    8 => proptest::char::range('\u{0620}', '\u{064A}'),
                    3 => Just(' '),
                    1 => prop::sample::select(vec!['.', '؟', ':', '،', '١', '7', 'A', 'b', 'ـ', '|', '\u{064E}', '\t', '«']),
                ],
                0..80,
            ).prop_map(|chars| chars.into_iter().collect::<String>())
        ) {
            prop_assert_eq!(raw_shape_with(&line, true), raw_shape_with(&line, false));
        }
    }
}
