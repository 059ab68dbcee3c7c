//! Every configuration of `fixtures/features-reference.json` (scikit-learn 1.9.1) reproduced to 1e-12.

use std::collections::BTreeMap;

use serde_json::Value;
use tanqih_features::{
    ngrams, CsrMatrix, DfBound, HashingConfig, Norm, TfidfModel, VectorizerConfig, Vocabulary,
};

const REFERENCE: &str = include_str!("../../../fixtures/features-reference.json");

/// The matrix as (row, column) → value.
fn cells(m: &Value) -> BTreeMap<(usize, u64), f64> {
    let indptr: Vec<usize> = m["indptr"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap() as usize)
        .collect();
    let indices = m["indices"].as_array().unwrap();
    let data = m["data"].as_array().unwrap();
    let mut out = BTreeMap::new();
    for row in 0..indptr.len() - 1 {
        for k in indptr[row]..indptr[row + 1] {
            out.insert(
                (row, indices[k].as_u64().unwrap()),
                data[k].as_f64().unwrap(),
            );
        }
    }
    out
}

fn ours(m: &CsrMatrix) -> BTreeMap<(usize, u64), f64> {
    let mut out = BTreeMap::new();
    for row in 0..m.shape.0 {
        for k in m.indptr[row] as usize..m.indptr[row + 1] as usize {
            out.insert((row, m.indices[k] as u64), m.data[k]);
        }
    }
    out
}

fn assert_close(name: &str, want: &BTreeMap<(usize, u64), f64>, got: &BTreeMap<(usize, u64), f64>) {
    assert_eq!(want.len(), got.len(), "{name}: number of entries");
    for (cell, w) in want {
        let g = got
            .get(cell)
            .unwrap_or_else(|| panic!("{name}: missing entry {cell:?}"));
        let tolerance = 1e-12 * w.abs().max(1e-300);
        assert!(
            (w - g).abs() <= tolerance,
            "{name} {cell:?}: want {w} got {g}"
        );
    }
}

fn param<'a>(params: &'a Value, key: &str) -> Option<&'a Value> {
    params.get(key).filter(|v| !v.is_null())
}

#[test]
fn tfidf_counts_and_hashing_match_scikit_learn() {
    let reference: Value = serde_json::from_str(REFERENCE).unwrap();
    let docs: Vec<Vec<&str>> = reference["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            d.as_array()
                .unwrap()
                .iter()
                .map(|t| t.as_str().unwrap())
                .collect()
        })
        .collect();
    let configs = reference["configs"].as_array().unwrap();
    assert_eq!(configs.len(), 9);
    for c in configs {
        let name = c["name"].as_str().unwrap();
        let params = &c["params"];
        let want = cells(&c["matrix"]);
        let mut matrix;
        if name.starts_with("hashing") {
            let mut config = HashingConfig::default();
            if let Some(n) = param(params, "n_features") {
                config.n_features = n.as_u64().unwrap() as u32;
            }
            if let Some(a) = params.get("alternate_sign") {
                config.alternate_sign = a.as_bool().unwrap();
            }
            if params.get("norm").is_some_and(Value::is_null) {
                config.norm = Norm::None;
            }
            matrix = CsrMatrix::new(config.n_features as usize);
            for doc in &docs {
                let terms: Vec<String> = doc.iter().map(|t| t.to_string()).collect();
                matrix.push_row(&config.transform(&terms));
            }
        } else {
            let mut config = VectorizerConfig::default();
            if name == "counts" {
                config.use_idf = false;
                config.norm = Norm::None;
            }
            if let Some(v) = param(params, "sublinear_tf") {
                config.sublinear_tf = v.as_bool().unwrap();
            }
            if let Some(v) = param(params, "smooth_idf") {
                config.smooth_idf = v.as_bool().unwrap();
            }
            if let Some(v) = param(params, "min_df") {
                config.min_df = DfBound::Count(v.as_u64().unwrap());
            }
            if let Some(v) = param(params, "ngram_range") {
                config.ngram_range = (
                    v[0].as_u64().unwrap() as usize,
                    v[1].as_u64().unwrap() as usize,
                );
            }
            if let Some(v) = param(params, "norm") {
                config.norm = if v == "l1" { Norm::L1 } else { Norm::L2 };
            }
            let terms: Vec<Vec<String>> =
                docs.iter().map(|d| ngrams(d, config.ngram_range)).collect();
            let mut vocabulary = Vocabulary::new();
            for t in &terms {
                vocabulary.add_document(t.iter().map(String::as_str));
            }
            let model = TfidfModel::fit(&vocabulary, &config);
            let want_vocab: Vec<&str> = c["vocabulary"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            assert_eq!(model.terms, want_vocab, "{name}: vocabulary");
            if let Some(idf) = c.get("idf").and_then(Value::as_array) {
                for (i, (w, g)) in idf.iter().zip(&model.idf).enumerate() {
                    let w = w.as_f64().unwrap();
                    assert!(
                        (w - g).abs() <= 1e-12 * w.abs(),
                        "{name}: idf of column {i}: want {w} got {g}"
                    );
                }
            }
            matrix = CsrMatrix::new(model.terms.len());
            for t in &terms {
                matrix.push_row(&model.transform(t));
            }
        }
        let shape: Vec<u64> = c["matrix"]["shape"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_u64().unwrap())
            .collect();
        assert_eq!(
            vec![matrix.shape.0 as u64, matrix.shape.1 as u64],
            shape,
            "{name}: shape"
        );
        assert_close(name, &want, &ours(&matrix));
    }
}
