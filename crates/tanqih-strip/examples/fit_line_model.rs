//! Fits the line model (`data/line-model.json`) on pages with gold main text, and scores it by site:
//! every site is scored by a model fitted without it (pages grouped by site into folds).
//!
//! ```sh
//! cargo run --release -p tanqih-strip --example fit_line_model -- \
//!     --pairs ../shared/eval/strip-dev --seeds seeds --seeds-gold fixtures/seeds.gold.json \
//!     --shapes fixtures/strip-shapes --out crates/tanqih-strip/data/line-model.json
//! ```
//!
//! `--pairs DIR`: folders `DIR/<id>/{noisy.txt, gold.txt, meta.json}` (`meta.json` gives `site` and
//! `lang`). `--seeds DIR --seeds-gold FILE`: documents with line-level gold (each its own site, language
//! `ar`, weighing as [`SEED_WEIGHT`] pages). `--shapes DIR`: the pages written for the tests in Arabic,
//! Persian and Urdu, `DIR/expected.json` listing each page's kept lines (each page its own site, its
//! language from its name's prefix, weighing as one page: weighed as the seeds are, they fit the model to
//! each page and score worse held out). A line's label is whether its words run in the gold text (half of its word trigrams, or its
//! bigram or word when shorter); it weighs as many words as it holds, as the token scores count. The fit
//! is deterministic: Newton's method on an L2-regularized logistic loss, same input, same bytes.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::error::Error;
use std::path::{Path, PathBuf};

use tanqih_strip::{
    strip_with_model, training_features, LineModel, Logistic, Node, StripConfig, Trees,
    LOCAL_FEATURES, MODEL_VERSION,
};
use unicode_normalization::UnicodeNormalization;

/// Context rounds: each reads the scores of the one before.
const ROUNDS: usize = 2;
/// Added to the best threshold on the training lines.
const THRESHOLD_SHIFT: f32 = 0.0;
/// The seeds are the only Arabic pages with gold: each weighs as this many pages.
const SEED_WEIGHT: f64 = 5.0;
/// Folds of sites for scoring.
const FOLDS: u64 = 10;
/// Shape pages scored below this F1 held out are listed by name (the seeds always are).
const WEAK_SHAPE_F1: f64 = 0.95;
/// L2 penalty, per unit of total sample weight.
const L2: f64 = 1e-3;
/// A line weighs as many words as it holds, up to this many.
const MAX_WEIGHT: f64 = 200.0;

struct Page {
    /// How much the page's lines weigh in the fit.
    weight: f64,
    site: String,
    lang: String,
    noisy: String,
    gold: HashMap<String, u64>,
    /// Per line of `noisy`: whether it is content.
    labels: Vec<bool>,
    /// Per line of `noisy`: how many words it holds.
    words: Vec<usize>,
}

/// The scorer's tokens: NFKC, Arabic marks and tatweel removed, runs of word characters.
fn tokens(text: &str) -> Vec<String> {
    let canon: String = text
        .nfkc()
        .filter(|c| {
            !matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}')
        })
        .collect();
    canon
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

fn bag(tokens: &[String]) -> HashMap<String, u64> {
    let mut bag = HashMap::new();
    for t in tokens {
        *bag.entry(t.clone()).or_insert(0) += 1;
    }
    bag
}

fn page(site: String, lang: String, noisy: String, gold_text: &str) -> Page {
    let gold_tokens = tokens(gold_text);
    let grams =
        |n: usize| -> HashSet<Vec<String>> { gold_tokens.windows(n).map(|w| w.to_vec()).collect() };
    let (g1, g2, g3) = (grams(1), grams(2), grams(3));
    let mut labels = Vec::new();
    let mut words = Vec::new();
    for line in noisy.split('\n') {
        let t = tokens(line);
        let label = match t.len() {
            0 => false,
            1 => g1.contains(&t),
            2 => g2.contains(&t),
            _ => {
                let hits = t.windows(3).filter(|w| g3.contains(*w)).count();
                hits * 2 >= t.len() - 2
            }
        };
        labels.push(label);
        words.push(t.len());
    }
    Page {
        weight: 1.0,
        site,
        lang,
        gold: bag(&gold_tokens),
        noisy,
        labels,
        words,
    }
}

fn load_pairs(dir: &Path, pages: &mut Vec<Page>) -> Result<(), Box<dyn Error>> {
    let mut ids: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("gold.txt").exists())
        .collect();
    ids.sort();
    for d in ids {
        let meta: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(d.join("meta.json"))?)?;
        let kind = meta["gold_kind"].as_str().unwrap_or("");
        if kind.contains("PREFIX") || kind.contains("snippet") {
            continue;
        }
        let field = |k: &str| meta[k].as_str().unwrap_or("").to_string();
        pages.push(page(
            field("site"),
            field("lang"),
            std::fs::read_to_string(d.join("noisy.txt"))?,
            &std::fs::read_to_string(d.join("gold.txt"))?,
        ));
    }
    Ok(())
}

/// The shape pages (`DIR/expected.json`: each page's file and the lines it keeps).
fn load_shapes(dir: &Path, pages: &mut Vec<Page>) -> Result<(), Box<dyn Error>> {
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json"))?)?;
    for p in expected["pages"].as_array().ok_or("shapes: no pages")? {
        let file = p["file"].as_str().ok_or("shapes: no file")?;
        let text = std::fs::read_to_string(dir.join(file))?;
        let lines: Vec<&str> = text.split('\n').collect();
        let kept: Vec<&str> = p["kept"]
            .as_array()
            .ok_or("shapes: no kept lines")?
            .iter()
            .filter_map(|n| n.as_u64().and_then(|n| lines.get(n as usize - 1).copied()))
            .collect();
        let lang = file.split('-').next().unwrap_or("ar");
        pages.push(page(
            format!("shape:{file}"),
            format!("{lang} (shapes)"),
            text.clone(),
            &kept.join("\n"),
        ));
    }
    Ok(())
}

fn load_seeds(dir: &Path, gold: &Path, pages: &mut Vec<Page>) -> Result<(), Box<dyn Error>> {
    let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(gold)?)?;
    for d in gold["documents"]
        .as_array()
        .ok_or("seeds gold: no documents")?
    {
        let file = d["file"].as_str().ok_or("seeds gold: no file")?;
        let text = std::fs::read_to_string(dir.join(file))?;
        let lines: Vec<&str> = text.split('\n').collect();
        let content: Vec<usize> = match &d["content"] {
            serde_json::Value::String(_) => (1..=lines.len()).collect(),
            v => v
                .as_array()
                .ok_or("seeds gold: content")?
                .iter()
                .filter_map(|n| n.as_u64().map(|n| n as usize))
                .collect(),
        };
        let gold_text: Vec<&str> = content
            .iter()
            .filter_map(|&n| lines.get(n - 1).copied())
            .collect();
        pages.push(Page {
            weight: SEED_WEIGHT,
            ..page(
                format!("seed:{file}"),
                "ar".into(),
                text.clone(),
                &gold_text.join("\n"),
            )
        });
    }
    Ok(())
}

/// L2-regularized weighted logistic regression by Newton's method on standardized features; the result
/// is expressed on the raw features.
fn fit(x: &[Vec<f32>], y: &[bool], w: &[f64]) -> Logistic {
    let d = x[0].len();
    let total: f64 = w.iter().sum();
    let mean: Vec<f64> = (0..d)
        .map(|j| x.iter().zip(w).map(|(r, wi)| r[j] as f64 * wi).sum::<f64>() / total)
        .collect();
    let std: Vec<f64> = (0..d)
        .map(|j| {
            let v = x
                .iter()
                .zip(w)
                .map(|(r, wi)| (r[j] as f64 - mean[j]).powi(2) * wi)
                .sum::<f64>()
                / total;
            if v > 1e-12 {
                v.sqrt()
            } else {
                1.0
            }
        })
        .collect();
    let z: Vec<Vec<f64>> = x
        .iter()
        .map(|r| {
            let mut v: Vec<f64> = (0..d).map(|j| (r[j] as f64 - mean[j]) / std[j]).collect();
            v.push(1.0);
            v
        })
        .collect();
    let n = d + 1;
    let mut beta = vec![0.0f64; n];
    let lambda = L2 * total;
    for _ in 0..25 {
        let mut g = vec![0.0f64; n];
        let mut h = vec![vec![0.0f64; n]; n];
        for ((zi, &yi), &wi) in z.iter().zip(y).zip(w) {
            let t: f64 = zi.iter().zip(&beta).map(|(a, b)| a * b).sum();
            let p = 1.0 / (1.0 + (-t).exp());
            let r = wi * (p - yi as u8 as f64);
            let s = wi * p * (1.0 - p);
            for a in 0..n {
                g[a] += r * zi[a];
                let sa = s * zi[a];
                for b in 0..=a {
                    h[a][b] += sa * zi[b];
                }
            }
        }
        for a in 0..n {
            // The lower triangle mirrored into the upper one.
            let (upper, lower) = h.split_at_mut(a);
            for (row, &v) in upper.iter_mut().zip(&lower[0][..a]) {
                row[a] = v;
            }
            if a < d {
                g[a] += lambda * beta[a];
                h[a][a] += lambda;
            } else {
                h[a][a] += 1e-9 * total;
            }
        }
        let step = solve(h, g);
        let size: f64 = step.iter().map(|s| s.abs()).fold(0.0, f64::max);
        for (b, s) in beta.iter_mut().zip(&step) {
            *b -= s;
        }
        if size < 1e-7 {
            break;
        }
    }
    let weights: Vec<f32> = (0..d).map(|j| (beta[j] / std[j]) as f32).collect();
    let bias = beta[d] - (0..d).map(|j| beta[j] * mean[j] / std[j]).sum::<f64>();
    Logistic {
        bias: bias as f32,
        weights,
        means: mean.iter().map(|&m| m as f32).collect(),
    }
}

/// Solves `h · x = g` for a symmetric positive-definite `h` (Cholesky).
fn solve(mut h: Vec<Vec<f64>>, g: Vec<f64>) -> Vec<f64> {
    let n = g.len();
    for j in 0..n {
        let s = h[j][..j].iter().fold(h[j][j], |s, v| s - v * v);
        let d = s.max(1e-12).sqrt();
        h[j][j] = d;
        for i in j + 1..n {
            let s = h[i][..j]
                .iter()
                .zip(&h[j][..j])
                .fold(h[i][j], |s, (a, b)| s - a * b);
            h[i][j] = s / d;
        }
    }
    let mut y = vec![0.0; n];
    for i in 0..n {
        let s: f64 = (0..i).map(|k| h[i][k] * y[k]).sum();
        y[i] = (g[i] - s) / h[i][i];
    }
    let mut x = vec![0.0; n];
    for i in (0..n).rev() {
        let s: f64 = (i + 1..n).map(|k| h[k][i] * x[k]).sum();
        x[i] = (y[i] - s) / h[i][i];
    }
    x
}

/// Boosting: trees of this depth.
const TREE_DEPTH: usize = 3;
/// Boosting: this many trees.
const TREES: usize = 150;
/// Boosting: each tree's output is scaled by this.
const LEARNING_RATE: f64 = 0.1;
/// Boosting: candidate thresholds per feature (quantiles of the training values).
const BINS: usize = 32;
/// Boosting: L2 penalty on leaf values, per unit of total sample weight.
const LEAF_L2: f64 = 1e-4;
/// Boosting: a leaf holds at least this share of the total sample weight.
const MIN_LEAF: f64 = 1e-2;

/// Gradient-boosted trees on the logistic loss (second-order, histogram splits on quantile bins).
fn fit_trees(x: &[Vec<f32>], y: &[bool], w: &[f64]) -> Trees {
    let n = x.len();
    let d = x[0].len();
    let total: f64 = w.iter().sum();
    let lambda = LEAF_L2 * total;
    let min_leaf = MIN_LEAF * total;
    // Quantile thresholds of each feature, and every value's bin.
    let thresholds: Vec<Vec<f32>> = (0..d)
        .map(|j| {
            let mut v: Vec<f32> = x.iter().map(|r| r[j]).collect();
            v.sort_by(f32::total_cmp);
            let mut t: Vec<f32> = (1..BINS).map(|b| v[b * (n - 1) / BINS]).collect();
            t.dedup();
            t
        })
        .collect();
    let bins: Vec<Vec<u8>> = x
        .iter()
        .map(|r| {
            (0..d)
                .map(|j| thresholds[j].partition_point(|&t| t <= r[j]) as u8)
                .collect()
        })
        .collect();
    let means: Vec<f32> = (0..d)
        .map(|j| (x.iter().zip(w).map(|(r, wi)| r[j] as f64 * wi).sum::<f64>() / total) as f32)
        .collect();
    let positive: f64 = y.iter().zip(w).filter(|(y, _)| **y).map(|(_, w)| w).sum();
    let base = (positive / (total - positive)).ln();
    let mut z = vec![base; n];
    let mut trees = Vec::new();
    for _ in 0..TREES {
        let (g, h): (Vec<f64>, Vec<f64>) = (0..n)
            .map(|i| {
                let p = 1.0 / (1.0 + (-z[i]).exp());
                (
                    w[i] * (p - y[i] as u8 as f64),
                    w[i] * (p * (1.0 - p)).max(1e-6),
                )
            })
            .unzip();
        let mut nodes = vec![Node::leaf(0.0)];
        // (node index, rows, depth)
        let mut stack = vec![(0usize, (0..n).collect::<Vec<usize>>(), 0usize)];
        while let Some((at, rows, depth)) = stack.pop() {
            let (gs, hs): (f64, f64) = rows
                .iter()
                .fold((0.0, 0.0), |a, &i| (a.0 + g[i], a.1 + h[i]));
            let value = (-gs / (hs + lambda) * LEARNING_RATE) as f32;
            nodes[at].value = value;
            if depth == TREE_DEPTH {
                continue;
            }
            let parent = gs * gs / (hs + lambda);
            let mut best: Option<(f64, usize, usize)> = None;
            for j in 0..d {
                let nb = thresholds[j].len() + 1;
                let mut hist = vec![(0.0f64, 0.0f64, 0.0f64); nb];
                for &i in &rows {
                    let b = bins[i][j] as usize;
                    hist[b].0 += g[i];
                    hist[b].1 += h[i];
                    hist[b].2 += w[i];
                }
                let wsum: f64 = hist.iter().map(|b| b.2).sum();
                let (mut gl, mut hl, mut wl) = (0.0, 0.0, 0.0);
                for (b, bin) in hist.iter().enumerate().take(nb - 1) {
                    gl += bin.0;
                    hl += bin.1;
                    wl += bin.2;
                    if wl < min_leaf || wsum - wl < min_leaf {
                        continue;
                    }
                    let (gr, hr) = (gs - gl, hs - hl);
                    let gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parent;
                    if best.is_none_or(|(bg, _, _)| gain > bg) {
                        best = Some((gain, j, b));
                    }
                }
            }
            let Some((gain, j, b)) = best else { continue };
            if gain <= 1e-9 * total {
                continue;
            }
            let (left_rows, right_rows): (Vec<usize>, Vec<usize>) =
                rows.iter().partition(|&&i| (bins[i][j] as usize) <= b);
            let (l, r) = (nodes.len(), nodes.len() + 1);
            nodes.extend([Node::leaf(0.0), Node::leaf(0.0)]);
            nodes[at].feature = j as i32;
            nodes[at].threshold = thresholds[j][b];
            nodes[at].left = l as u32;
            nodes[at].right = r as u32;
            stack.push((r, right_rows, depth + 1));
            stack.push((l, left_rows, depth + 1));
        }
        let tree = Trees::new(0.0, vec![nodes], vec![]);
        for i in 0..n {
            z[i] += tree.logit(&x[i]) as f64;
        }
        trees.extend(tree.trees);
    }
    Trees::new(base as f32, trees, means)
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// Fits both parts of a model on `pages`.
fn fit_model(pages: &[&Page], config: &StripConfig, fitted_on: String) -> LineModel {
    let placeholder = LineModel {
        version: MODEL_VERSION,
        fitted_on: String::new(),
        local: Logistic {
            bias: 0.0,
            weights: vec![0.0; LOCAL_FEATURES.len()],
            means: vec![0.0; LOCAL_FEATURES.len()],
        },
        context: Vec::new(),
        trees: None,
        threshold: 0.5,
    };
    let rows = |model: &LineModel, context: bool| {
        let (mut x, mut y, mut w) = (Vec::new(), Vec::new(), Vec::new());
        for page in pages {
            for (i, row) in training_features(&page.noisy, config, model)
                .into_iter()
                .enumerate()
            {
                let Some((local, ctx)) = row else { continue };
                if page.words[i] == 0 {
                    continue;
                }
                x.push(if context { ctx } else { local });
                y.push(page.labels[i]);
                w.push((page.words[i] as f64).min(MAX_WEIGHT) * page.weight);
            }
        }
        (x, y, w)
    };
    let (x, y, w) = rows(&placeholder, false);
    let mut model = placeholder.clone();
    model.local = fit(&x, &y, &w);
    for _ in 0..ROUNDS {
        let (x, y, w) = rows(&model, true);
        model.context.push(fit(&x, &y, &w));
    }
    // The trees read the local and the last round's features together.
    let (mut x, mut y, mut w) = (Vec::new(), Vec::new(), Vec::new());
    for page in pages {
        for (i, row) in training_features(&page.noisy, config, &model)
            .into_iter()
            .enumerate()
        {
            let Some((mut local, ctx)) = row else {
                continue;
            };
            if page.words[i] == 0 {
                continue;
            }
            local.extend(ctx);
            x.push(local);
            y.push(page.labels[i]);
            w.push((page.words[i] as f64).min(MAX_WEIGHT) * page.weight);
        }
    }
    let trees = fit_trees(&x, &y, &w);
    model.trees = Some(trees);
    // The threshold that gives the best word F1 on the training lines.
    let mut scored: Vec<(f32, bool, f64)> = x
        .iter()
        .zip(&y)
        .zip(&w)
        .map(|((x, &y), &w)| {
            (
                sigmoid(model.trees.as_ref().expect("fitted").logit(x)),
                y,
                w,
            )
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let positives: f64 = scored.iter().filter(|s| s.1).map(|s| s.2).sum();
    let (mut tp, mut kept, mut best) = (0.0, 0.0, (0.0, 0.5f32));
    for (p, y, w) in &scored {
        kept += w;
        if *y {
            tp += w;
        }
        let f1 = 2.0 * tp / (kept + positives);
        if f1 > best.0 {
            best = (f1, *p);
        }
    }
    model.threshold = (best.1 + THRESHOLD_SHIFT).clamp(0.2, 0.8);
    model.fitted_on = fitted_on;
    model
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u64,
    fp: u64,
    fn_: u64,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
    fn prf(&self) -> (f64, f64, f64) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        (
            p,
            r,
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            },
        )
    }
}

fn score_page(page: &Page, config: &StripConfig, model: &LineModel) -> Counts {
    let kept = strip_with_model(&page.noisy, config, None, model).kept_text(&page.noisy);
    let kept = bag(&tokens(&kept));
    let mut c = Counts::default();
    for (t, &k) in &kept {
        let g = page.gold.get(t).copied().unwrap_or(0);
        c.tp += k.min(g);
        c.fp += k.saturating_sub(g);
    }
    for (t, &g) in &page.gold {
        c.fn_ += g.saturating_sub(kept.get(t).copied().unwrap_or(0));
    }
    c
}

fn fold_of(site: &str) -> u64 {
    // FNV-1a: the same folds on every machine.
    let mut h: u64 = 0xcbf29ce484222325;
    for b in site.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100000001b3);
    }
    h % FOLDS
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let (mut pairs, mut seeds, mut seeds_gold, mut shapes, mut out) =
        (None, None, None, None, None);
    while let Some(a) = args.next() {
        let v = args.next().ok_or(format!("{a} needs a value"))?;
        match a.as_str() {
            "--pairs" => pairs = Some(PathBuf::from(v)),
            "--seeds" => seeds = Some(PathBuf::from(v)),
            "--seeds-gold" => seeds_gold = Some(PathBuf::from(v)),
            "--shapes" => shapes = Some(PathBuf::from(v)),
            "--out" => out = Some(PathBuf::from(v)),
            _ => return Err(format!("unknown argument {a}").into()),
        }
    }
    let mut pages = Vec::new();
    if let Some(dir) = &pairs {
        load_pairs(dir, &mut pages)?;
    }
    if let (Some(dir), Some(gold)) = (&seeds, &seeds_gold) {
        load_seeds(dir, gold, &mut pages)?;
    }
    if let Some(dir) = &shapes {
        load_shapes(dir, &mut pages)?;
    }
    if pages.is_empty() {
        return Err("no pages: give --pairs DIR and/or --seeds DIR --seeds-gold FILE".into());
    }
    let config = StripConfig::default();
    let sites: HashSet<&str> = pages.iter().map(|p| p.site.as_str()).collect();

    // Every site scored by a model fitted without it.
    let mut total = Counts::default();
    // The pages of `--pairs` alone: the dev set's own figure, without the seeds and shapes.
    let mut pairs_total = Counts::default();
    let mut by_lang: BTreeMap<String, Counts> = BTreeMap::new();
    let mut seed_pages: Vec<(String, Counts)> = Vec::new();
    let mut weak_shapes: Vec<(String, Counts)> = Vec::new();
    for fold in 0..FOLDS {
        let train: Vec<&Page> = pages.iter().filter(|p| fold_of(&p.site) != fold).collect();
        let model = fit_model(&train, &config, String::new());
        for page in pages.iter().filter(|p| fold_of(&p.site) == fold) {
            let c = score_page(page, &config, &model);
            total.add(c);
            if !page.site.starts_with("seed:") && !page.site.starts_with("shape:") {
                pairs_total.add(c);
            }
            let lang = if page.site.starts_with("seed:") {
                seed_pages.push((page.site.clone(), c));
                "ar (seeds)"
            } else {
                if page.site.starts_with("shape:") && c.prf().2 < WEAK_SHAPE_F1 {
                    weak_shapes.push((page.site.clone(), c));
                }
                &page.lang
            };
            by_lang.entry(lang.to_string()).or_default().add(c);
        }
    }
    let (p, r, f) = total.prf();
    let mut report = format!(
        "{} pages of {} sites; each site scored by a model fitted without it ({FOLDS} site folds): \
         word micro F1={f:.4} P={p:.4} R={r:.4}",
        pages.len(),
        sites.len()
    );
    println!("{report}");
    if pairs_total.tp + pairs_total.fn_ > 0 {
        let (p, r, f) = pairs_total.prf();
        println!("  --pairs pages only: F1={f:.4} P={p:.4} R={r:.4}");
    }
    for (lang, c) in &by_lang {
        let (p, r, f) = c.prf();
        println!("  {lang:12} F1={f:.3} P={p:.3} R={r:.3}");
    }
    seed_pages.sort_by(|a, b| a.0.cmp(&b.0));
    weak_shapes.sort_by(|a, b| a.0.cmp(&b.0));
    for (site, c) in seed_pages.iter().chain(&weak_shapes) {
        let (p, r, f) = c.prf();
        println!("    {site:30} F1={f:.3} P={p:.3} R={r:.3}");
    }
    let all: Vec<&Page> = pages.iter().collect();
    let model = fit_model(&all, &config, String::new());
    let mut fitted = Counts::default();
    for page in &pages {
        fitted.add(score_page(page, &config, &model));
    }
    let (p, r, f) = fitted.prf();
    println!("fitted on all pages, scored on them: F1={f:.3} P={p:.3} R={r:.3}");
    // What each reason keeps and drops, in words of lines labelled content and boilerplate.
    let mut reasons: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for page in &pages {
        for d in strip_with_model(&page.noisy, &config, None, &model).lines {
            let e = reasons.entry(d.reason.code()).or_default();
            let words = page.words[d.line - 1];
            if page.labels[d.line - 1] {
                e.0 += words;
            } else {
                e.1 += words;
            }
        }
    }
    println!("  reason: words of content lines, of boilerplate lines");
    for (reason, (content, boilerplate)) in &reasons {
        println!("  {reason:26} {content:>8} {boilerplate:>8}");
    }
    report.push_str(&format!("; fitted on all of them, F1={f:.3} on them"));
    let model = LineModel {
        fitted_on: report,
        ..model
    };
    if let Some(out) = out {
        let mut json = serde_json::to_string_pretty(&model)?;
        json.push('\n');
        std::fs::write(&out, json)?;
        println!("wrote {}", out.display());
    }
    Ok(())
}
