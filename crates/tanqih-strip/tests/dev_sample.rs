//! `strip` on a sample of real news pages of the development set (`fixtures/strip-dev-sample`): the kept
//! words against the gold main text, pooled over the pages, must not fall below a floor.

use std::collections::HashMap;
use std::path::Path;

use tanqih_strip::{strip, LineModel, StripConfig, MODEL_VERSION};
use unicode_normalization::UnicodeNormalization;

/// Words as the evaluation scorer counts them: NFKC, runs of letters, digits and underscores.
fn words(text: &str) -> HashMap<String, u64> {
    let mut bag = HashMap::new();
    let text: String = text.nfkc().collect();
    for w in text
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
    {
        *bag.entry(w.to_string()).or_insert(0) += 1;
    }
    bag
}

#[test]
fn dev_sample_pages_score_above_the_floor() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/strip-dev-sample");
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("gold.txt").exists())
        .collect();
    pages.sort();
    assert!(pages.len() >= 10, "the sample is in place");
    let (mut tp, mut fp, mut fn_) = (0u64, 0u64, 0u64);
    let (mut noisy_words, mut gold_words) = (0u64, 0u64);
    for page in &pages {
        let noisy = std::fs::read_to_string(page.join("noisy.txt")).unwrap();
        let gold = words(&std::fs::read_to_string(page.join("gold.txt")).unwrap());
        let stripped = strip(&noisy, &StripConfig::default());
        assert_eq!(stripped.lines.len(), noisy.split('\n').count());
        let kept = words(&stripped.kept_text(&noisy));
        for (w, &k) in &kept {
            let g = gold.get(w).copied().unwrap_or(0);
            tp += k.min(g);
            fp += k.saturating_sub(g);
        }
        for (w, &g) in &gold {
            fn_ += g.saturating_sub(kept.get(w).copied().unwrap_or(0));
        }
        noisy_words += words(&noisy).values().sum::<u64>();
        gold_words += gold.values().sum::<u64>();
    }
    let p = tp as f64 / (tp + fp) as f64;
    let r = tp as f64 / (tp + fn_) as f64;
    let f1 = 2.0 * p * r / (p + r);
    // Keeping every line would score this:
    let everything = 2.0 * gold_words as f64 / (noisy_words + gold_words) as f64;
    assert!(
        f1 >= 0.87 && p >= 0.82 && r >= 0.92,
        "F1 {f1:.3} P {p:.3} R {r:.3} (keeping everything: F1 {everything:.3})"
    );
    assert!(
        f1 > everything + 0.15,
        "F1 {f1:.3} vs keeping everything {everything:.3}"
    );
}

#[test]
fn the_bundled_model_is_read_and_other_versions_are_refused() {
    let model = LineModel::bundled();
    assert!(!model.context.is_empty());
    let json = serde_json::to_string(model).unwrap();
    assert_eq!(&LineModel::from_json(&json).unwrap(), model);
    let version = format!("\"version\":{MODEL_VERSION}");
    assert!(json.contains(&version));
    let other = json.replacen(&version, "\"version\":99", 1);
    assert!(LineModel::from_json(&other)
        .unwrap_err()
        .to_string()
        .contains("version 99"));
    let short = serde_json::to_string(&LineModel {
        context: vec![],
        ..model.clone()
    })
    .unwrap();
    assert!(LineModel::from_json(&short).is_err());
}
