//! Indexes the bundled word list at build time, so that a process finds it ready in its binary: two
//! tables (exact forms, and forms with the alef variants folded), each laid out as `lexicon::Table` reads
//! it (see `src/table.rs`).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::PathBuf;

#[path = "src/table.rs"]
#[allow(dead_code)]
mod table;

fn main() {
    let source = "data/arabic-words.tsv.gz";
    println!("cargo::rerun-if-changed={source}");
    println!("cargo::rerun-if-changed=src/table.rs");
    let mut tsv = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(source).expect("the word list is bundled"))
        .read_to_string(&mut tsv)
        .expect("the bundled word list is valid gzip and UTF-8");
    let mut exact: BTreeMap<&str, (i32, bool)> = BTreeMap::new();
    let mut folded: BTreeMap<String, (i32, bool)> = BTreeMap::new();
    for line in tsv.lines() {
        let mut fields = line.split('\t');
        let (Some(word), Some(cb), Some(stem)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let cb: i32 = cb.parse().expect("centibels are integers");
        let stem = stem == "1";
        if let Some(key) = tanqih_core::letters::fold_alef(word) {
            let slot = folded.entry(key).or_insert((table::UNKNOWN_CB, false));
            slot.0 = slot.0.min(cb);
            slot.1 |= stem;
        }
        exact.insert(word, (cb, stem));
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let write = |name: &str, bytes: Vec<u8>| {
        std::fs::write(out.join(name), bytes).expect("OUT_DIR is writable");
    };
    write(
        "exact.table",
        table::build(exact.iter().map(|(w, &e)| (*w, e))),
    );
    write(
        "folded.table",
        table::build(folded.iter().map(|(w, &e)| (w.as_str(), e))),
    );
}
