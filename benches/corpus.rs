//! Bench inputs built from the bundled seeds.

/// The raw seed documents.
pub const SEEDS: &[&str] = &[
    include_str!("../seeds/000_774d378e95a2bc43.txt"),
    include_str!("../seeds/001_25459a8fea8307bf.txt"),
    include_str!("../seeds/002_ec539dfa3668cd0c.txt"),
    include_str!("../seeds/003_da0c4d339af80385.txt"),
    include_str!("../seeds/004_0ee0f38e1a670672.txt"),
];

/// Arabic news text: the kept text of the seeds, repeated to at least `bytes` bytes.
pub fn news_text(bytes: usize) -> String {
    let config = tanqih_strip::StripConfig::default();
    let kept: Vec<String> = SEEDS
        .iter()
        .map(|s| tanqih_strip::strip(s, &config).kept_text(s))
        .collect();
    let one = kept.join("\n");
    let mut out = String::with_capacity(bytes + one.len());
    while out.len() < bytes {
        out.push_str(&one);
        out.push('\n');
    }
    out
}

/// `text` fully diacritized, as hadith and Quranic text are: a mark after every Arabic letter (fatha,
/// damma, kasra, sukun, shadda with fatha in turn).
pub fn diacritized(text: &str) -> String {
    const MARKS: [&str; 5] = ["\u{64e}", "\u{64f}", "\u{650}", "\u{652}", "\u{651}\u{64e}"];
    let mut out = String::with_capacity(text.len() * 2);
    let mut next = 0;
    for c in text.chars() {
        out.push(c);
        if ('\u{621}'..='\u{64a}').contains(&c) {
            out.push_str(MARKS[next % MARKS.len()]);
            next += 1;
        }
    }
    out
}
