//! The quality signals and the `fineweb2-arb` preset against datatrove's own output on fixed documents
//! (`fixtures/curate/datatrove-reference.jsonl`, made by `fixtures/curate/make_datatrove_reference.py`).

use serde::Deserialize;
use tanqih_curate::{FilterPreset, QualitySignals, Word};
use tanqih_tokenize::Tokenizer;

#[derive(Deserialize)]
struct Reference {
    id: String,
    text: String,
    tokens: Vec<String>,
    signals: QualitySignals,
    fineweb2_arb: Option<String>,
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn signals_and_verdicts_equal_datatrove() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/curate/datatrove-reference.jsonl"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let preset = FilterPreset::named("fineweb2-arb", str::to_string).unwrap();
    let tokenizer = Tokenizer::from_preset("default").unwrap();
    let mut verdicts = std::collections::BTreeSet::new();
    let mut documents = 0;
    for line in text.lines() {
        let r: Reference = serde_json::from_str(line).unwrap();
        // The reference holds tanqih's tokens of the text: the tokenizer still makes them.
        let ours: Vec<String> = tokenizer
            .tokenize(&r.text)
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(ours, r.tokens, "{}: tokens", r.id);
        let words: Vec<Word> = r
            .tokens
            .iter()
            .map(|t| Word {
                text: t,
                lexical: true,
            })
            .collect();
        let s = QualitySignals::compute(&r.text, &words, &preset.rules);
        let e = &r.signals;
        assert_eq!(
            (s.words, s.tokens, s.stop_words),
            (e.words, e.tokens, e.stop_words),
            "{}",
            r.id
        );
        let pairs = [
            ("mean_word_length", s.mean_word_length, e.mean_word_length),
            ("hash_ratio", s.hash_ratio, e.hash_ratio),
            ("ellipsis_ratio", s.ellipsis_ratio, e.ellipsis_ratio),
            (
                "bullet_lines_ratio",
                s.bullet_lines_ratio,
                e.bullet_lines_ratio,
            ),
            (
                "ellipsis_lines_ratio",
                s.ellipsis_lines_ratio,
                e.ellipsis_lines_ratio,
            ),
            (
                "alpha_words_ratio",
                s.alpha_words_ratio,
                e.alpha_words_ratio,
            ),
            ("dup_para_frac", s.dup_para_frac, e.dup_para_frac),
            (
                "dup_para_char_frac",
                s.dup_para_char_frac,
                e.dup_para_char_frac,
            ),
            ("dup_line_frac", s.dup_line_frac, e.dup_line_frac),
            (
                "dup_line_char_frac",
                s.dup_line_char_frac,
                e.dup_line_char_frac,
            ),
            ("line_punct_ratio", s.line_punct_ratio, e.line_punct_ratio),
            ("short_line_ratio", s.short_line_ratio, e.short_line_ratio),
            ("char_dup_ratio", s.char_dup_ratio, e.char_dup_ratio),
            ("newline_ratio", s.newline_ratio, e.newline_ratio),
        ];
        for (name, ours, theirs) in pairs {
            assert!(close(ours, theirs), "{}: {name} {ours} vs {theirs}", r.id);
        }
        for (n, (ours, theirs)) in s
            .top_ngram_char_frac
            .iter()
            .zip(&e.top_ngram_char_frac)
            .enumerate()
        {
            assert!(
                close(*ours, *theirs),
                "{}: top {}-gram {ours} vs {theirs}",
                r.id,
                n + 2
            );
        }
        for (n, (ours, theirs)) in s
            .dup_ngram_char_frac
            .iter()
            .zip(&e.dup_ngram_char_frac)
            .enumerate()
        {
            assert!(
                close(*ours, *theirs),
                "{}: duplicated {}-grams {ours} vs {theirs}",
                r.id,
                n + 5
            );
        }
        let verdict = preset.check(&s).map(str::to_string);
        assert_eq!(verdict, r.fineweb2_arb, "{}: verdict", r.id);
        verdicts.insert(verdict);
        documents += 1;
    }
    // The documents exercise passing and several failing reasons.
    assert!(documents >= 15 && verdicts.len() >= 5, "{verdicts:?}");
}
