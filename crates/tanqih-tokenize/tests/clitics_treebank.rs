//! Clitic segmentation against the UD Arabic-PUD development sentences (`fixtures/ud-arabic-pud`), paired
//! as `score_clitics.py` pairs them: each orthographic word of `# text` with the syntactic words it was
//! annotated as, Arabic-letter words only.

use tanqih_tokenize::{CliticScheme, Tokenizer};

const TREEBANK: &str = include_str!("../../../fixtures/ud-arabic-pud/ar_pud-dev.conllu");

fn is_arabic_word(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| matches!(c, '\u{0621}'..='\u{064A}' | '\u{0671}'))
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '،' | '؛'
                | '؟'
                | '«'
                | '»'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '…'
                | '–'
                | '—'
                | '٪'
                | '٫'
                | '٬'
        )
}

/// (word, gold segments) pairs.
fn pairs() -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for block in TREEBANK.split("\n\n") {
        let mut text = None;
        let mut runs: Vec<Vec<(String, String)>> = Vec::new();
        let mut current = Vec::new();
        for line in block.lines() {
            if let Some(t) = line.strip_prefix("# text = ") {
                text = Some(t);
            } else if !line.starts_with('#') && !line.is_empty() {
                let cols: Vec<&str> = line.split('\t').collect();
                if cols[0].contains(['-', '.']) {
                    continue;
                }
                current.push((cols[1].to_string(), cols[3].to_string()));
                if !cols[9].contains("SpaceAfter=No") {
                    runs.push(std::mem::take(&mut current));
                }
            }
        }
        if !current.is_empty() {
            runs.push(current);
        }
        let Some(text) = text else { continue };
        let chunks: Vec<&str> = text.split_whitespace().collect();
        if chunks.len() != runs.len() {
            continue;
        }
        for (chunk, run) in chunks.iter().zip(runs) {
            let word: String = chunk.chars().filter(|c| !is_punctuation(*c)).collect();
            let gold: Vec<String> = run
                .into_iter()
                .filter(|(_, upos)| upos != "PUNCT")
                .map(|(form, _)| form)
                .collect();
            if is_arabic_word(&word) && !gold.is_empty() && gold.iter().all(|g| is_arabic_word(g)) {
                out.push((word, gold));
            }
        }
    }
    out
}

#[test]
fn atb_segmentation_matches_the_treebank() {
    let pairs = pairs();
    assert!(pairs.len() > 10_000, "{} pairs", pairs.len());
    let tokenizer = Tokenizer::from_preset("default")
        .unwrap()
        .with_clitics(Some(CliticScheme::Atb));
    let mut right = 0;
    let mut right_split = 0;
    let mut split = 0;
    for (word, gold) in &pairs {
        let got: Vec<String> = tokenizer
            .tokenize(word)
            .into_iter()
            .map(|t| t.text.trim_matches('+').to_string())
            .collect();
        right += usize::from(&got == gold);
        if gold.len() > 1 {
            split += 1;
            right_split += usize::from(&got == gold);
        }
    }
    let accuracy = right as f64 / pairs.len() as f64;
    let on_split = right_split as f64 / split as f64;
    assert!(accuracy >= 0.97, "accuracy {accuracy:.4}");
    assert!(on_split >= 0.90, "accuracy on split words {on_split:.4}");
    // Never splitting scores the share of unsplit words; the segmenter must do much better.
    let baseline = (pairs.len() - split) as f64 / pairs.len() as f64;
    assert!(
        accuracy - baseline > 0.12,
        "{accuracy:.4} vs baseline {baseline:.4}"
    );
}
