//! Runs the `tanqih` binary in temporary directories.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn tanqih(dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tanqih"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tanqih starts");
    // A command that exits before reading its input (a usage error) closes the pipe; that is not a failure.
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin) {
        assert_eq!(
            e.kind(),
            std::io::ErrorKind::BrokenPipe,
            "writing stdin: {e}"
        );
    }
    child.wait_with_output().unwrap()
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "tanqih failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// Compares with a golden file; `UPDATE_GOLDEN=1` rewrites it instead.
fn golden(name: &str, actual: &str) {
    let path = repo().join("fixtures/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing golden file {}", path.display()));
    if expected != actual {
        let (e, a): (Vec<_>, Vec<_>) = (expected.lines().collect(), actual.lines().collect());
        let at = e
            .iter()
            .zip(&a)
            .position(|(x, y)| x != y)
            .unwrap_or(e.len().min(a.len()));
        panic!(
            "{name} differs from the golden file at line {}\n  golden: {}\n  actual: {}\n(UPDATE_GOLDEN=1 regenerates it)",
            at + 1,
            e.get(at).map_or(String::from("<end>"), |l| l.chars().take(200).collect()),
            a.get(at).map_or(String::from("<end>"), |l| l.chars().take(200).collect()),
        );
    }
}

#[test]
fn process_without_arguments_runs_the_bundled_seeds() {
    let dir = tempfile::tempdir().unwrap();
    let out = tanqih(dir.path(), &["process"], b"");
    stdout(&out);
    let docs = std::fs::read_to_string(dir.path().join("out/documents.jsonl")).unwrap();
    golden("documents.jsonl", &docs);
    golden(
        "vocab.tsv",
        &std::fs::read_to_string(dir.path().join("out/vocab.tsv")).unwrap(),
    );
    golden(
        "stats.json",
        &std::fs::read_to_string(dir.path().join("out/stats.json")).unwrap(),
    );
    golden(
        "attributes.jsonl",
        &std::fs::read_to_string(dir.path().join("out/attributes.jsonl")).unwrap(),
    );
    assert!(!dir.path().join("out/.documents.jsonl.partial").exists());
    // By default: the documents as JSON lines without per-token annotations, no Parquet, no features.bin.
    for line in docs.lines() {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        let keys: Vec<&str> = record
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            ["id", "source", "meta", "text", "normalized", "tokens"]
        );
    }
    assert!(!dir.path().join("out/documents.parquet").exists());
    assert!(!dir.path().join("out/features.bin").exists());
    // On request, every output; the records carry one span per token, pointing at the original file,
    // and are the default records with the annotations added.
    stdout(&tanqih(
        dir.path(),
        &[
            "process",
            "-o",
            "full",
            "--format",
            "both",
            "--annotations",
            "--features-bin",
        ],
        b"",
    ));
    for file in OUTPUTS {
        assert!(dir.path().join("full").join(file).exists(), "{file}");
    }
    let full = std::fs::read_to_string(dir.path().join("full/documents.jsonl")).unwrap();
    assert_eq!(full.lines().count(), docs.lines().count());
    for (line, lean) in full.lines().zip(docs.lines()) {
        let mut record: serde_json::Value = serde_json::from_str(line).unwrap();
        let lean: serde_json::Value = serde_json::from_str(lean).unwrap();
        let annotations = record.as_object_mut().unwrap();
        for key in ["spans", "kinds", "sentences"] {
            assert!(annotations.remove(key).is_some(), "{key}");
        }
        assert_eq!(record, lean);
    }
    for line in full.lines() {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        let source = record["source"].as_str().unwrap();
        let original = std::fs::read(repo().join(source)).unwrap();
        let tokens = record["tokens"].as_array().unwrap();
        let spans = record["spans"].as_array().unwrap();
        assert_eq!(tokens.len(), spans.len());
        for key in ["id", "meta", "text", "normalized"] {
            assert!(!record[key].is_null(), "{key} missing");
        }
        for span in spans {
            let (s, e) = (
                span[0].as_u64().unwrap() as usize,
                span[1].as_u64().unwrap() as usize,
            );
            assert!(s < e && e <= original.len());
            assert!(
                std::str::from_utf8(&original[s..e]).is_ok(),
                "span on char boundaries"
            );
        }
    }
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = repo().join("seeds");
    let seeds = seeds.to_str().unwrap();
    let every = ["--format", "both", "--annotations", "--features-bin"];
    for (threads, out) in [("1", "one"), ("2", "two")] {
        let mut args = vec!["process", seeds, "-o", out, "--threads", threads];
        args.extend(every);
        stdout(&tanqih(dir.path(), &args, b""));
    }
    assert_same_outputs(
        &dir.path().join("one"),
        &dir.path().join("two"),
        "1 and 2 threads",
    );
}

/// Two runs wrote the same output files, byte for byte.
fn assert_same_outputs(a: &Path, b: &Path, what: &str) {
    for file in OUTPUTS {
        let (x, y) = (
            std::fs::read(a.join(file)).ok(),
            std::fs::read(b.join(file)).ok(),
        );
        assert!(x == y, "{file} differs between {what}");
    }
    assert!(a.join("documents.jsonl").exists() && a.join("tfidf.npz").exists());
}

const OUTPUTS: [&str; 11] = [
    "documents.jsonl",
    "documents.parquet",
    "line-counts.tsv",
    "vocab.tsv",
    "tfidf.npz",
    "features.bin",
    "attributes.jsonl",
    "signatures.bin",
    "duplicates.jsonl",
    "stats.json",
    "config.toml",
];

#[test]
/// With the default outputs (no annotations): merge takes the token kinds from the tokenizer.
fn merged_shards_equal_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = repo().join("seeds");
    let mut names: Vec<String> = std::fs::read_dir(&seeds)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    names.sort();
    let (first, second) = names.split_at(2);
    let run = |inputs: &[String], out: &str, counts: Option<&str>| {
        let mut args = vec!["process"];
        args.extend(inputs.iter().map(String::as_str));
        args.extend(["-o", out]);
        if let Some(counts) = counts {
            args.extend(["--line-counts", counts]);
        }
        stdout(&tanqih(dir.path(), &args, b""));
    };
    run(&names, "whole", None);
    // Each shard counts its lines; the merged counts judge repeated lines in every shard.
    for (part, name) in [(first, "a.tsv"), (second, "b.tsv")] {
        let mut args = vec!["line-counts"];
        args.extend(part.iter().map(String::as_str));
        args.extend(["-o", name]);
        stdout(&tanqih(dir.path(), &args, b""));
    }
    stdout(&tanqih(
        dir.path(),
        &["line-counts", "--merge", "a.tsv", "b.tsv", "-o", "all.tsv"],
        b"",
    ));
    run(first, "a", Some("all.tsv"));
    run(second, "b", Some("all.tsv"));
    stdout(&tanqih(
        dir.path(),
        &["merge", "a", "b", "-o", "merged"],
        b"",
    ));
    assert_same_outputs(
        &dir.path().join("whole"),
        &dir.path().join("merged"),
        "one run and merged shards",
    );
    let out = tanqih(dir.path(), &["merge", "nowhere", "-o", "m2"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nowhere/stats.json"));
}

#[test]
fn three_shards_resume_and_merge_into_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = repo().join("seeds").display().to_string();
    let every = ["--format", "both", "--annotations", "--features-bin"];
    let mut args = vec!["process", seeds.as_str(), "-o", "whole"];
    args.extend(every);
    stdout(&tanqih(dir.path(), &args, b""));
    stdout(&tanqih(
        dir.path(),
        &["line-counts", &seeds, "-o", "all.tsv"],
        b"",
    ));
    let shard = |i: usize| process_shard(dir.path(), &seeds, i, &format!("s{i}"), &every);
    for i in 0..3 {
        stdout(&shard(i));
        assert!(dir.path().join(format!("s{i}/_COMPLETE")).exists());
    }
    // A completed shard is skipped; one whose marker is gone (an interrupted run) is done again.
    let again = shard(1);
    assert!(String::from_utf8_lossy(&again.stderr).contains("skipping"));
    std::fs::remove_file(dir.path().join("s2/_COMPLETE")).unwrap();
    std::fs::write(dir.path().join("s2/documents.jsonl"), "truncated").unwrap();
    let redo = shard(2);
    assert!(!String::from_utf8_lossy(&redo.stderr).contains("skipping"));
    stdout(&tanqih(
        dir.path(),
        &["merge", "s0", "s1", "s2", "-o", "merged"],
        b"",
    ));
    assert_same_outputs(
        &dir.path().join("whole"),
        &dir.path().join("merged"),
        "one run and three merged shards",
    );
    let bad = tanqih(dir.path(), &["process", &seeds, "--shard", "3/3"], b"");
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn strip_json_recovers_the_gold_metadata_of_the_seeds() {
    let (mut content_words, mut lost, mut boilerplate_words, mut left) = (0, 0, 0, 0);
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("fixtures/seeds.gold.json")).unwrap(),
    )
    .unwrap();
    for doc in gold["documents"].as_array().unwrap() {
        let file = repo().join("seeds").join(doc["file"].as_str().unwrap());
        let out = stdout(&tanqih(
            &repo(),
            &["strip", "--json", file.to_str().unwrap()],
            b"",
        ));
        let record: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
        let meta = &doc["meta"];
        assert_eq!(record["meta"]["title"], meta["title"], "{file:?}");
        if let Some(authors) = meta.get("authors") {
            assert_eq!(&record["meta"]["authors"], authors, "{file:?}");
        }
        if let Some(date) = meta.get("date").and_then(|d| d.as_str()) {
            assert!(
                record["meta"]["date"].as_str().unwrap().starts_with(date),
                "{file:?}"
            );
        }
        let lines = record["lines"].as_array().unwrap();
        let text = std::fs::read_to_string(&file).unwrap();
        assert_eq!(lines.len(), text.split('\n').count());
        // Words of the gold content lines kept, words of the other lines dropped (ambiguous lines aside).
        let raw: Vec<&str> = text.split('\n').collect();
        let words = |n: usize| raw[n - 1].split_whitespace().count();
        let content: Vec<usize> = match doc["content"].as_array() {
            Some(c) => c.iter().map(|n| n.as_u64().unwrap() as usize).collect(),
            None => (1..=raw.len()).collect(),
        };
        let ambiguous: Vec<u64> = doc["ambiguous"]
            .as_array()
            .map_or(vec![], |a| a.iter().map(|n| n.as_u64().unwrap()).collect());
        let kept = |n: usize| lines[n - 1]["keep"] == true;
        content_words += content.iter().map(|&n| words(n)).sum::<usize>();
        lost += content
            .iter()
            .filter(|&&n| !kept(n))
            .map(|&n| words(n))
            .sum::<usize>();
        let boilerplate: Vec<usize> = (1..=raw.len())
            .filter(|n| !content.contains(n) && !ambiguous.contains(&(*n as u64)))
            .collect();
        boilerplate_words += boilerplate.iter().map(|&n| words(n)).sum::<usize>();
        left += boilerplate
            .iter()
            .filter(|&&n| kept(n))
            .map(|&n| words(n))
            .sum::<usize>();
    }
    // The floors of the seeds: 99% of the content kept, 95% of the boilerplate dropped.
    assert!(
        lost * 100 <= content_words,
        "{lost} of {content_words} content words dropped"
    );
    assert!(
        left * 100 <= boilerplate_words * 5,
        "{left} of {boilerplate_words} boilerplate words kept"
    );
}

#[test]
fn strip_explain_marks_every_line() {
    let file = repo().join("seeds/001_25459a8fea8307bf.txt");
    let out = stdout(&tanqih(
        &repo(),
        &["strip", "--explain", file.to_str().unwrap()],
        b"",
    ));
    assert!(out.contains("-    1 ui"), "{out}");
    assert!(out.contains("+    7 content"), "{out}");
    assert!(out.contains("authors: محمد محمود بشار"), "{out}");
    assert!(
        out.contains("byline or signature, moved into metadata"),
        "{out}"
    );
}

#[test]
fn strip_reads_standard_input_as_it_reads_a_file() {
    let file = repo().join("seeds/001_25459a8fea8307bf.txt");
    let from_file = stdout(&tanqih(&repo(), &["strip", file.to_str().unwrap()], b""));
    let page = std::fs::read(&file).unwrap();
    let from_stdin = stdout(&tanqih(&repo(), &["strip", "-"], &page));
    assert!(from_file.lines().count() > 3, "{from_file}");
    assert_eq!(from_stdin, from_file);
}

#[test]
fn strip_prints_a_pdfs_lines_drawn_in_visual_order_in_logical_order() {
    let dir = repo().join("fixtures/pdf-presentation-forms");
    let strip = |name: &str| {
        stdout(&tanqih(
            &repo(),
            &["strip", dir.join(name).to_str().unwrap()],
            b"",
        ))
    };
    let (shaped, drawn) = (strip("shaped.txt"), strip("drawn.txt"));
    assert!(shaped.lines().count() > 3, "{shaped}");
    assert_eq!(drawn, shaped);
    // `--json` gives the kept lines as the file has them.
    let json = stdout(&tanqih(
        &repo(),
        &["strip", "--json", dir.join("drawn.txt").to_str().unwrap()],
        b"",
    ));
    let record: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_ne!(
        record["text"].as_str().unwrap().trim_end(),
        shaped.trim_end()
    );
}

#[test]
fn strip_decodes_windows_1256_utf16_and_mojibake_files_as_process_reads_them() {
    let dir = tempfile::tempdir().unwrap();
    let page = std::fs::read_to_string(repo().join("seeds/001_25459a8fea8307bf.txt")).unwrap();
    // The seed in the characters Windows-1256 holds (it has no Persian keheh or Urdu letters).
    let page: String = page
        .chars()
        .filter(|&c| {
            let mut buf = [0; 4];
            let (_, _, unmappable) = encoding_rs::WINDOWS_1256.encode(c.encode_utf8(&mut buf));
            !unmappable
        })
        .collect();
    std::fs::write(dir.path().join("page.txt"), &page).unwrap();
    std::fs::write(
        dir.path().join("page-1256.txt"),
        encoding_rs::WINDOWS_1256.encode(&page).0,
    )
    .unwrap();
    let utf16: Vec<u8> = std::iter::once(0xFEFF)
        .chain(page.encode_utf16())
        .flat_map(u16::to_le_bytes)
        .collect();
    std::fs::write(dir.path().join("page-16.txt"), utf16).unwrap();
    // Mojibake: the UTF-8 bytes read as Windows-1256 and written as UTF-8 again, once and twice.
    let garble = |text: &str| {
        encoding_rs::WINDOWS_1256
            .decode(text.as_bytes())
            .0
            .into_owned()
    };
    std::fs::write(dir.path().join("page-garbled.txt"), garble(&page)).unwrap();
    std::fs::write(
        dir.path().join("page-garbled-twice.txt"),
        garble(&garble(&page)),
    )
    .unwrap();
    let utf8 = stdout(&tanqih(dir.path(), &["strip", "--json", "page.txt"], b""));
    let record: serde_json::Value = serde_json::from_str(&utf8).unwrap();
    assert!(
        record["text"].as_str().unwrap().lines().count() > 3,
        "{utf8}"
    );
    for (file, encoding) in [
        ("page-1256.txt", "windows-1256"),
        ("page-16.txt", "UTF-16LE"),
        ("page-garbled.txt", "utf-8 read as windows-1256"),
        ("page-garbled-twice.txt", "utf-8 read as windows-1256"),
    ] {
        let out = tanqih(dir.path(), &["strip", "--json", file], b"");
        let decoded = stdout(&out).replace(file, "page.txt");
        assert_eq!(decoded, utf8, "{file}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(&format!("{file}: decoded from {encoding}")),
            "{stderr}"
        );
    }
}

#[test]
fn strip_prints_many_files_in_the_order_given_for_any_number_of_threads() {
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(repo().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    seeds.sort();
    // Each seed three times, in an order that is not the files' own.
    let files: Vec<String> = (0..3)
        .flat_map(|round| {
            seeds
                .iter()
                .rev()
                .skip(round)
                .chain(seeds.iter().rev().take(round))
        })
        .map(|p| p.to_str().unwrap().to_string())
        .collect();
    let run = |threads: &str| {
        let mut args = vec!["strip", "--json", "--threads", threads];
        args.extend(files.iter().map(String::as_str));
        stdout(&tanqih(&repo(), &args, b""))
    };
    let one = run("1");
    let names: Vec<String> = one
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["file"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(names, files);
    assert_eq!(run("2"), one);
    assert_eq!(run("3"), one);
    // An unreadable file ends the run after the outputs of the files before it.
    let first = files[0].as_str();
    let out = tanqih(
        &repo(),
        &["strip", "--threads", "2", first, "no-such-file.txt", first],
        b"",
    );
    assert!(!out.status.success());
    let alone = stdout(&tanqih(&repo(), &["strip", first], b""));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), alone);
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-file.txt"));
}

#[test]
fn normalize_maps_lines_and_keeps_carriage_returns() {
    let dir = tempfile::tempdir().unwrap();
    let out = tanqih(
        dir.path(),
        &["normalize"],
        "أَحْمَد\r\nالـــكتاب\n\n١٢".as_bytes(),
    );
    assert_eq!(stdout(&out), "احمد\r\nالكتاب\n\n12\n");
    let out = tanqih(
        dir.path(),
        &["normalize", "--preset", "search", "--rules", "-teh-marbuta"],
        "مدرسة؟\n".as_bytes(),
    );
    assert_eq!(stdout(&out), "مدرسة?\n");
    let list = stdout(&tanqih(dir.path(), &["normalize", "--list-presets"], b""));
    assert!(
        list.contains("camel-arclean") && list.contains("rules: compose-hamza"),
        "{list}"
    );
    // A line a PDF extractor drew in visual order ("مجلة النخبة العدد 30" in presentation forms, its
    // words backwards and the number first) reads in logical order; a line in logical order stays.
    let drawn = "30 \u{fea9}\u{feaa}\u{fecc}\u{fedf}\u{fe8d} \u{fe94}\u{fe92}\u{fea8}\u{fee8}\u{fedf}\u{fe8d} \
        \u{fe94}\u{fee0}\u{fea0}\u{fee3}\nمجلة النخبة 30\n";
    let out = tanqih(
        dir.path(),
        &["normalize", "--preset", "pdf"],
        drawn.as_bytes(),
    );
    assert_eq!(stdout(&out), "مجلة النخبة العدد 30\nمجلة النخبة 30\n");
}

#[test]
fn tokenize_prints_one_json_array_per_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = tanqih(
        dir.path(),
        &["tokenize"],
        "قال: «نعم»\n\nhttp://a.com 12.5%\n".as_bytes(),
    );
    assert_eq!(
        stdout(&out),
        "[\"قال\",\":\",\"«\",\"نعم\",\"»\"]\n[]\n[\"http://a.com\",\"12.5%\"]\n"
    );
}

#[test]
fn tokenize_splits_clitics_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let input = "وبالتالي فإن للسلطة كتابها\n";
    let atb = tanqih(
        dir.path(),
        &["tokenize", "--clitics", "atb"],
        input.as_bytes(),
    );
    assert_eq!(
        stdout(&atb),
        "[\"و+\",\"ب+\",\"التالي\",\"ف+\",\"إن\",\"ل+\",\"لسلطة\",\"كتاب\",\"+ها\"]\n"
    );
    let d3 = tanqih(
        dir.path(),
        &["tokenize", "--clitics", "d3"],
        input.as_bytes(),
    );
    assert!(
        stdout(&d3).starts_with("[\"و+\",\"ب+\",\"ال+\",\"تالي\""),
        "{}",
        stdout(&d3)
    );
    let bad = tanqih(dir.path(), &["tokenize", "--clitics", "xyz"], b"");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown clitic scheme `xyz`"));
}

#[test]
fn bad_input_and_bad_config_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.txt"), b"abc\xffdef").unwrap();
    let out = tanqih(dir.path(), &["strip", "bad.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.txt: invalid UTF-8 at byte 3"));
    let out = tanqih(dir.path(), &["process", "bad.txt", "-o", "o"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.txt: invalid UTF-8 at byte 3"));
    assert!(!dir.path().join("o/documents.jsonl").exists());
    // The streaming commands name the byte and say how to give them other encodings.
    for command in ["normalize", "tokenize"] {
        let out = tanqih(dir.path(), &[command], b"abc\xffdef\n");
        assert_eq!(out.status.code(), Some(1), "{command}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("stdin: invalid UTF-8 at byte 3"),
            "{stderr}"
        );
        assert!(stderr.contains("iconv -f WINDOWS-1256"), "{stderr}");
    }
    // A byte-order mark is no text: the headline taken from the first line does not hold it.
    std::fs::write(
        dir.path().join("marked.txt"),
        "\u{feff}عنوان الخبر هنا | الموقع\nعنوان الخبر هنا\nوقال المتحدث باسم الوزارة في مؤتمر صحفي عقده اليوم إن المفاوضات ستستأنف الأسبوع المقبل.\n",
    )
    .unwrap();
    let out = tanqih(dir.path(), &["strip", "--json", "marked.txt"], b"");
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\u{feff}'));

    std::fs::write(dir.path().join("c.toml"), "[normalize]\npresett = \"x\"\n").unwrap();
    let out = tanqih(dir.path(), &["--config", "c.toml", "process"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("presett"));

    let out = tanqih(dir.path(), &["normalize", "--preset", "nope"], b"x\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("`nope`"));

    let out = tanqih(dir.path(), &["process", "--no-such-flag"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn jsonl_input_with_lenient_counts() {
    let dir = tempfile::tempdir().unwrap();
    let body = std::fs::read_to_string(repo().join("seeds/003_da0c4d339af80385.txt")).unwrap();
    let good = serde_json::json!({"id": "doc-1", "text": body}).to_string();
    std::fs::write(
        dir.path().join("in.jsonl"),
        format!("{good}\n{{\"body\": 1}}\n"),
    )
    .unwrap();
    let out = tanqih(dir.path(), &["process", "in.jsonl", "-o", "strict"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("in.jsonl: line 2"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout(&tanqih(
        dir.path(),
        &["process", "in.jsonl", "-o", "lenient", "--lenient"],
        b"",
    ));
    let docs = std::fs::read_to_string(dir.path().join("lenient/documents.jsonl")).unwrap();
    let record: serde_json::Value = serde_json::from_str(docs.lines().next().unwrap()).unwrap();
    assert_eq!(record["id"], "doc-1");
    assert_eq!(record["source"], "in.jsonl:1");
    let stats: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("lenient/stats.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(stats["stats"]["input"]["malformed_lines_skipped"], 1);
    assert_eq!(stats["stats"]["documents_read"], 1);
}

#[test]
fn a_sites_repeated_lines_go_when_records_carry_urls() {
    let dir = tempfile::tempdir().unwrap();
    let body = |n: &str| {
        format!(
            "وقال المتحدث باسم الوزارة في مؤتمر صحفي عقده اليوم إن المفاوضات ستستأنف الأسبوع المقبل {n}.\n\
             وأضاف أن الوفدين اتفقا على جدول أعمال يشمل الملفات العالقة كلها دون استثناء، بحسب قوله {n}.\n\
             تابع آخر الأخبار العاجلة والتقارير الخاصة على موقعنا الإلكتروني كل يوم"
        )
    };
    let records = [
        ("a1", "https://www.a.example/news/1", "أولا"),
        ("a2", "http://a.example:8080/news/2?x=1", "ثانيا"),
        ("b1", "https://b.example/story", "ثالثا"),
    ];
    let jsonl: String = records
        .iter()
        .map(|(id, url, n)| {
            serde_json::json!({"id": id, "link": url, "text": body(n)}).to_string() + "\n"
        })
        .collect();
    std::fs::write(dir.path().join("in.jsonl"), jsonl).unwrap();
    // Corpus-wide counting off: only the sites' own counts decide.
    std::fs::write(
        dir.path().join("config.toml"),
        "[input]\nurl_field = \"link\"\n[strip]\nrepeated_min_docs = 0\n",
    )
    .unwrap();
    stdout(&tanqih(
        dir.path(),
        &[
            "--config",
            "config.toml",
            "process",
            "in.jsonl",
            "-o",
            "out",
        ],
        b"",
    ));
    let docs = std::fs::read_to_string(dir.path().join("out/documents.jsonl")).unwrap();
    let footer = |id: &str| {
        docs.lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .find(|r| r["id"] == id)
            .unwrap()["text"]
            .as_str()
            .unwrap()
            .contains("تابع آخر الأخبار")
    };
    // Both pages of a.example print the line: a.example's chrome. b.example printed it once.
    assert!(!footer("a1") && !footer("a2"), "{docs}");
    assert!(footer("b1"), "{docs}");
}

#[test]
fn hostile_inputs_are_processed_or_named_in_errors() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("in")).unwrap();
    std::fs::write(d.join("in/a_empty.txt"), "").unwrap();
    std::fs::write(d.join("in/b_blank.txt"), " \n\t\n\u{a0}\n").unwrap();
    std::fs::write(
        d.join("in/c_nul.txt"),
        "وقال المتحدث\0 باسم الوزارة في مؤتمر صحفي عقده اليوم إن المفاوضات\0 ستستأنف قريبا.\n\0",
    )
    .unwrap();
    // A 50 MB line.
    let long_line = "تنظيم الدولة في سوريا والعراق قال إن ".repeat(750_000);
    std::fs::write(d.join("in/d_long.txt"), &long_line).unwrap();
    let out = stdout(&tanqih(d, &["process", "in", "-o", "out"], b""));
    assert!(out.is_empty());
    let stats: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("out/stats.json")).unwrap()).unwrap();
    assert_eq!(stats["stats"]["documents_read"], 4);
    assert_eq!(
        stats["stats"]["documents_empty"], 2,
        "empty and blank documents are counted, not lost"
    );
    let docs = std::fs::read_to_string(d.join("out/documents.jsonl")).unwrap();
    assert_eq!(docs.lines().count(), 2);
    assert!(docs.contains("in/c_nul.txt") && docs.contains("in/d_long.txt"));

    // A file listed in a directory that cannot be read (here: removed, a dangling link) is named.
    std::os::unix::fs::symlink(d.join("gone.txt"), d.join("in/e_gone.txt")).unwrap();
    let err = tanqih(d, &["process", "in", "-o", "out2"], b"");
    assert_eq!(err.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&err.stderr).contains("e_gone.txt"),
        "{}",
        String::from_utf8_lossy(&err.stderr)
    );
    assert!(!d.join("out2/_COMPLETE").exists());

    // An output directory that cannot be made is an error naming it.
    std::fs::write(d.join("taken"), "a file").unwrap();
    let err = tanqih(d, &["process", "in/a_empty.txt", "-o", "taken"], b"");
    assert_eq!(err.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&err.stderr).contains("taken"));
}

#[test]
fn generated_corpora_are_deterministic_and_processable() {
    let dir = tempfile::tempdir().unwrap();
    let gen = |out: &str| {
        stdout(&tanqih(
            dir.path(),
            &[
                "gen-corpus",
                "--size",
                "300KB",
                "--seed",
                "5",
                "--shard-size",
                "100KB",
                "-o",
                out,
            ],
            b"",
        ))
    };
    gen("a");
    gen("b");
    let mut parts: Vec<_> = std::fs::read_dir(dir.path().join("a"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    parts.sort();
    assert_eq!(parts.len(), 3, "{parts:?}");
    for part in &parts {
        assert!(part.to_string_lossy().ends_with(".jsonl.zst"));
        let (x, y) = (
            std::fs::read(dir.path().join("a").join(part)).unwrap(),
            std::fs::read(dir.path().join("b").join(part)).unwrap(),
        );
        assert!(
            x == y,
            "{part:?} differs between two runs with the same seed"
        );
    }
    stdout(&tanqih(dir.path(), &["process", "a", "-o", "out"], b""));
    let stats: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("out/stats.json")).unwrap())
            .unwrap();
    assert!(stats["stats"]["bytes_read"].as_u64().unwrap() >= 300_000);
    assert!(stats["stats"]["documents_kept"].as_u64().unwrap() > 10);
    let bad = tanqih(
        dir.path(),
        &["gen-corpus", "--size", "12XB", "-o", "c"],
        b"",
    );
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn dump_config_prints_the_effective_configuration() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("c.toml"),
        "[normalize]\npreset = \"search\"\n",
    )
    .unwrap();
    let out = stdout(&tanqih(
        dir.path(),
        &["--config", "c.toml", "--dump-config"],
        b"",
    ));
    assert!(out.contains("preset = \"search\""), "{out}");
    assert!(
        out.contains("[strip]") && out.contains("[tokenize]"),
        "{out}"
    );
}

/// The files of an output directory, with their bytes.
fn output_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn an_interrupted_shard_run_leaves_nothing_complete_and_a_rerun_resumes_it() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    stdout(&tanqih(
        d,
        &["gen-corpus", "--size", "10MB", "--seed", "9", "-o", "in"],
        b"",
    ));
    let args = [
        "process",
        "in",
        "-o",
        "out",
        "--shard",
        "0/1",
        "--threads",
        "1",
    ];
    let mut child = Command::new(env!("CARGO_BIN_EXE_tanqih"))
        .args(args)
        .current_dir(d)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Interrupt once documents are being written.
    let partial = d.join("out/.documents.jsonl.partial");
    while std::fs::metadata(&partial).map_or(true, |m| m.len() == 0) {
        assert!(child.try_wait().unwrap().is_none(), "finished too soon");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    assert!(!child.wait().unwrap().success());
    // Nothing looks complete: no marker, and only temporary files.
    for (name, _) in output_files(&d.join("out")) {
        assert!(name.starts_with('.'), "{name} left by an interrupted run");
    }
    // The re-run does the shard again, and gives what an uninterrupted run gives.
    stdout(&tanqih(d, &args, b""));
    assert!(d.join("out/_COMPLETE").exists());
    let whole = ["process", "in", "-o", "whole", "--shard", "0/1"];
    stdout(&tanqih(d, &whole, b""));
    assert_eq!(output_files(&d.join("out")), output_files(&d.join("whole")));
    // A third run skips the completed shard.
    let again = tanqih(d, &args, b"");
    assert!(String::from_utf8_lossy(&again.stderr).contains("skipping"));
}

#[test]
fn a_failing_writer_is_an_error_naming_the_file_and_leaves_nothing_complete() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Files may not grow past 64 KB (SIGXFSZ ignored, so writes fail as on a full disk).
    let out = Command::new("bash")
        .args([
            "-c",
            "trap '' XFSZ; ulimit -f 64; exec \"$0\" process -o out",
            env!("CARGO_BIN_EXE_tanqih"),
        ])
        .current_dir(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("out/documents") && err.contains("File too large"),
        "{err}"
    );
    assert!(!d.join("out/_COMPLETE").exists());
    assert!(!d.join("out/documents.jsonl").exists());
    // Standard output on a full device.
    let full = Command::new(env!("CARGO_BIN_EXE_tanqih"))
        .args(["strip"])
        .arg(
            repo()
                .join("seeds")
                .read_dir()
                .unwrap()
                .next()
                .unwrap()
                .unwrap()
                .path(),
        )
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_eq!(full.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&full.stderr).contains("No space left on device"));
}

/// Generates a corpus with planted near-duplicates into `dir/in` (three shard files).
fn corpus_with_copies(dir: &Path) {
    stdout(&tanqih(
        dir,
        &[
            "gen-corpus",
            "--size",
            "3MB",
            "--seed",
            "11",
            "--near-duplicates",
            "0.2",
            "--shard-size",
            "1MB",
            "-o",
            "in",
        ],
        b"",
    ));
}

/// Runs `process` over `in` whole into `whole` and by shards into `s0`..`s2` (lines judged by the whole
/// corpus's counts), with `extra` arguments.
fn whole_and_three_shards(dir: &Path, extra: &[&str], suffix: &str) {
    let whole = format!("whole{suffix}");
    let mut args = vec!["process", "in", "-o", &whole];
    args.extend(extra);
    stdout(&tanqih(dir, &args, b""));
    if !dir.join("all.tsv").exists() {
        stdout(&tanqih(dir, &["line-counts", "in", "-o", "all.tsv"], b""));
    }
    for i in 0..3 {
        stdout(&process_shard(
            dir,
            "in",
            i,
            &format!("s{i}{suffix}"),
            extra,
        ));
    }
}

/// Runs `process INPUT --shard i/3 -o OUT --line-counts all.tsv EXTRA...` in `dir`.
fn process_shard(dir: &Path, input: &str, i: usize, out: &str, extra: &[&str]) -> Output {
    let spec = format!("{i}/3");
    let mut args = vec![
        "process",
        input,
        "--shard",
        &spec,
        "-o",
        out,
        "--line-counts",
        "all.tsv",
    ];
    args.extend(extra);
    tanqih(dir, &args, b"")
}

#[test]
fn near_duplicates_across_shards_equal_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    corpus_with_copies(d);
    whole_and_three_shards(d, &[], "");
    // `dedup` over the shards' signatures writes what the whole run wrote.
    stdout(&tanqih(d, &["dedup", "s0", "s1", "s2", "-o", "dd"], b""));
    let whole = std::fs::read(d.join("whole/duplicates.jsonl")).unwrap();
    assert!(whole.len() > 1000, "few duplicates found");
    assert!(std::fs::read(d.join("dd/duplicates.jsonl")).unwrap() == whole);
    // Each shard alone misses the duplicates of documents in earlier shards.
    let s2 = std::fs::read_to_string(d.join("s2/duplicates.jsonl")).unwrap();
    assert!(s2.lines().count() < String::from_utf8_lossy(&whole).lines().count());
    // Merged, the shards give every output of the whole run, duplicates judged across shards.
    stdout(&tanqih(
        d,
        &["merge", "s0", "s1", "s2", "-o", "merged"],
        b"",
    ));
    assert_same_outputs(
        &d.join("whole"),
        &d.join("merged"),
        "one run and merged shards",
    );
    // Dropping duplicates: the same across shards, and the features follow the documents.
    whole_and_three_shards(d, &["--drop-duplicates"], "-drop");
    stdout(&tanqih(
        d,
        &[
            "merge",
            "s0-drop",
            "s1-drop",
            "s2-drop",
            "-o",
            "merged-drop",
        ],
        b"",
    ));
    assert_same_outputs(
        &d.join("whole-drop"),
        &d.join("merged-drop"),
        "one run and merged shards, duplicates dropped",
    );
    let stats: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("whole-drop/stats.json")).unwrap())
            .unwrap();
    let curation = &stats["stats"]["curation"];
    let documents = std::fs::read_to_string(d.join("whole-drop/documents.jsonl")).unwrap();
    assert_eq!(
        documents.lines().count() as u64,
        curation["documents_written"].as_u64().unwrap()
    );
    assert_eq!(
        curation["duplicates_dropped"].as_u64().unwrap(),
        curation["duplicates"].as_u64().unwrap()
    );
    let ids: std::collections::HashSet<String> = documents
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    for line in String::from_utf8_lossy(&whole).lines() {
        let dup: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(!ids.contains(dup["id"].as_str().unwrap()));
        assert!(ids.contains(dup["duplicate_of"].as_str().unwrap()));
    }
}

/// The clusters of a partition given as item → representative, as the set of pairs they hold.
fn cluster_pairs(
    representative: &std::collections::HashMap<String, String>,
) -> std::collections::HashSet<(String, String)> {
    let mut clusters: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    for (item, rep) in representative {
        clusters.entry(rep).or_default().push(item);
    }
    let mut pairs = std::collections::HashSet::new();
    for members in clusters.values_mut() {
        members.sort();
        for (i, a) in members.iter().enumerate() {
            for b in &members[i + 1..] {
                pairs.insert((a.to_string(), b.to_string()));
            }
        }
    }
    pairs
}

#[test]
fn planted_near_duplicates_are_found() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    corpus_with_copies(d);
    stdout(&tanqih(d, &["process", "in", "-o", "out"], b""));
    // The truth: each planted copy with its original, clustered.
    let mut truth_parent: std::collections::HashMap<String, String> = Default::default();
    let mut ids = Vec::new();
    let mut parts: Vec<_> = std::fs::read_dir(d.join("in"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    parts.sort();
    for part in parts {
        let text = String::from_utf8(zstd::decode_all(std::fs::File::open(part).unwrap()).unwrap())
            .unwrap();
        for line in text.lines() {
            let r: serde_json::Value = serde_json::from_str(line).unwrap();
            let id = r["id"].as_str().unwrap().to_string();
            if let Some(of) = r["copy_of"].as_str() {
                truth_parent.insert(id.clone(), of.to_string());
            }
            ids.push(id);
        }
    }
    let root = |mut id: String| {
        while let Some(p) = truth_parent.get(&id) {
            id = p.clone();
        }
        id
    };
    let truth: std::collections::HashMap<String, String> =
        ids.iter().map(|i| (i.clone(), root(i.clone()))).collect();
    let mut found: std::collections::HashMap<String, String> =
        ids.iter().map(|i| (i.clone(), i.clone())).collect();
    for line in std::fs::read_to_string(d.join("out/duplicates.jsonl"))
        .unwrap()
        .lines()
    {
        let r: serde_json::Value = serde_json::from_str(line).unwrap();
        found.insert(
            r["id"].as_str().unwrap().into(),
            r["duplicate_of"].as_str().unwrap().into(),
        );
    }
    let (truth_pairs, found_pairs) = (cluster_pairs(&truth), cluster_pairs(&found));
    let right = truth_pairs.intersection(&found_pairs).count() as f64;
    let precision = right / found_pairs.len() as f64;
    assert!(
        truth_pairs.len() > 100,
        "{} planted pairs",
        truth_pairs.len()
    );
    assert!(precision >= 0.98, "pair precision {precision}");
    // End to end: what stripping keeps of each copy (its own furniture, noise and wrapping) must still
    // match its original's.
    let recall = right / truth_pairs.len() as f64;
    assert!(
        recall >= 0.95,
        "pair recall {recall} over {} planted pairs",
        truth_pairs.len()
    );
}

#[test]
fn a_filter_preset_drops_documents_and_their_features() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let corpus = repo().join("fixtures/curate/corpus.jsonl");
    let corpus = corpus.to_str().unwrap();
    stdout(&tanqih(d, &["process", corpus, "-o", "all"], b""));
    stdout(&tanqih(
        d,
        &["process", corpus, "-o", "kept", "--filter", "fineweb2-arb"],
        b"",
    ));
    let read = |p: &str| std::fs::read_to_string(d.join(p)).unwrap();
    let stats: serde_json::Value = serde_json::from_str(&read("kept/stats.json")).unwrap();
    let filtered = stats["stats"]["curation"]["filtered"]
        .as_object()
        .unwrap()
        .clone();
    let dropped: u64 = filtered.values().map(|v| v.as_u64().unwrap()).sum();
    assert!(dropped >= 3 && filtered.len() >= 2, "{filtered:?}");
    // Every document keeps its attributes, with the reason it was dropped; the documents and the
    // vocabulary hold only the rest.
    let attributes: Vec<serde_json::Value> = read("kept/attributes.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        attributes.len(),
        read("all/documents.jsonl").lines().count()
    );
    let reasons = attributes
        .iter()
        .filter(|a| a["filter"].is_string())
        .count() as u64;
    assert_eq!(reasons, dropped);
    assert_eq!(
        read("kept/documents.jsonl").lines().count() as u64 + dropped,
        attributes.len() as u64
    );
    assert!(read("kept/vocab.tsv").lines().count() < read("all/vocab.tsv").lines().count());
    for a in &attributes {
        assert_eq!(a["written"].as_bool().unwrap(), a["filter"].is_null());
    }
    let bad = tanqih(d, &["process", corpus, "-o", "x", "--filter", "c4"], b"");
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("fineweb2-arb"));
}

#[test]
/// The first pass (corpus line counts) and the second read standard input: it is spooled to a temporary
/// file, never held in memory, and gives what the same records give from a file.
fn jsonl_on_standard_input_is_read_twice_as_a_file_is() {
    let dir = tempfile::tempdir().unwrap();
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(repo().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    seeds.sort();
    // Every record opens with the same menu line: the corpus counts of the first pass drop it.
    let jsonl: String = seeds
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).unwrap();
            let id = path.file_stem().unwrap().to_string_lossy();
            serde_json::json!({"id": id, "text": format!("الرئيسية | أخبار | رأي | اتصل بنا\n{text}")})
                .to_string()
                + "\n"
        })
        .collect();
    std::fs::write(dir.path().join("in.jsonl"), &jsonl).unwrap();
    let jsonl = jsonl.into_bytes();
    stdout(&tanqih(
        dir.path(),
        &["process", "in.jsonl", "-o", "file"],
        b"",
    ));
    stdout(&tanqih(
        dir.path(),
        &["process", "-", "-o", "piped"],
        &jsonl,
    ));
    for file in [
        "vocab.tsv",
        "tfidf.npz",
        "line-counts.tsv",
        "attributes.jsonl",
    ] {
        let (a, b) = (
            std::fs::read(dir.path().join("file").join(file)).unwrap(),
            std::fs::read(dir.path().join("piped").join(file)).unwrap(),
        );
        assert!(a == b, "{file} differs between a file and standard input");
    }
    // The documents differ only in their source.
    let texts = |out: &str| -> Vec<(String, String)> {
        std::fs::read_to_string(dir.path().join(out).join("documents.jsonl"))
            .unwrap()
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                (v["id"].to_string(), v["text"].to_string())
            })
            .collect()
    };
    assert_eq!(texts("file"), texts("piped"));
    assert!(!texts("file").is_empty());
}
