//! Parity of the CAMeL presets with CAMeL Tools 1.6.0 `simple_word_tokenize`.

use tanqih_tokenize::Tokenizer;

const REFERENCE: &str = include_str!("../../../fixtures/arabic-reference.jsonl");

#[test]
fn camel_presets_match_simple_word_tokenize() {
    let records: Vec<serde_json::Value> = REFERENCE
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut failures = Vec::new();
    for field in [
        "camel_simple_word_tokenize",
        "camel_simple_word_tokenize_split_digits",
    ] {
        let tokenizer = Tokenizer::from_preset(&field.replace('_', "-")).unwrap();
        let mut wrong = 0;
        for rec in &records {
            let input = rec["input"].as_str().unwrap();
            let want: Vec<&str> = rec[field]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            let tokens = tokenizer.tokenize(input);
            let got: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
            for t in &tokens {
                assert_eq!(
                    &input[t.span.start..t.span.end],
                    t.text,
                    "span of {:?}",
                    t.text
                );
            }
            if got != want {
                if wrong == 0 {
                    failures.push(format!(
                        "{field}: input {input:?}\n  want {want:?}\n  got  {got:?}"
                    ));
                }
                wrong += 1;
            }
        }
        if wrong > 0 {
            failures.push(format!("{field}: {wrong}/{} records differ", records.len()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
