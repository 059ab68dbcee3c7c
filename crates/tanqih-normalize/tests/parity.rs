//! Byte-exact parity of the parity presets with CAMeL Tools 1.6.0 and PyArabic 0.6.15 outputs.

use tanqih_normalize::Normalizer;

const REFERENCE: &str = include_str!("../../../fixtures/arabic-reference.jsonl");

#[test]
fn every_string_field_matches_its_preset() {
    let records: Vec<serde_json::Value> = REFERENCE
        .lines()
        .map(|l| serde_json::from_str(l).expect("reference line is JSON"))
        .collect();
    assert!(records.len() > 500, "reference fixture is complete");
    let fields: Vec<String> = records[0]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(k, v)| *k != "input" && v.is_string())
        .map(|(k, _)| k.clone())
        .collect();
    assert_eq!(
        fields.len(),
        12,
        "all twelve normalization fields are checked"
    );
    let mut failures = Vec::new();
    for field in &fields {
        let preset = field.replace('_', "-");
        let normalizer = Normalizer::from_preset(&preset).unwrap_or_else(|e| panic!("{e}"));
        let mut wrong = 0;
        for rec in &records {
            let input = rec["input"].as_str().unwrap();
            let want = rec[field.as_str()].as_str().unwrap();
            let got = normalizer.normalize(input);
            if got != want {
                if wrong == 0 {
                    failures.push(format!(
                        "{preset}: input {input:?}\n  want {want:?}\n  got  {got:?}"
                    ));
                }
                wrong += 1;
            }
            // The offset-tracking path gives the same text.
            assert_eq!(
                normalizer.normalize_with_offsets(input).text,
                got,
                "{preset} on {input:?}"
            );
        }
        if wrong > 0 {
            failures.push(format!(
                "{preset}: {wrong}/{} records differ",
                records.len()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
