//! Throughput of every stage alone and of the pipeline end to end, in bytes of input per second.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use tanqih_benches::{diacritized, news_text, SEEDS};
use tanqih_core::Document;
use tanqih_features::{CsrMatrix, TfidfModel, VectorizerConfig, Vocabulary};
use tanqih_normalize::Normalizer;
use tanqih_pipeline::{
    document_batch, parquet_writer, run, Corpus, InputConfig, Pipeline, PipelineConfig, Processed,
};
use tanqih_tokenize::{CliticScheme, Tokenizer};

/// The allocator the `tanqih` binary runs with, so that `process` and `stream` measure what users run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SIZE: usize = 1 << 20;

fn normalize(c: &mut Criterion) {
    let text = news_text(SIZE);
    let mut group = c.benchmark_group("normalize");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("memcpy", |b| b.iter(|| black_box(text.as_bytes().to_vec())));
    for preset in [
        "default",
        "search",
        "camel-chain",
        "camel-arclean",
        "pyarabic-normalize-searchtext",
    ] {
        let n = Normalizer::from_preset(preset).unwrap();
        group.bench_function(preset, |b| b.iter(|| black_box(n.normalize(&text).len())));
    }
    let n = Normalizer::from_preset("default").unwrap();
    let clean = n.normalize(&text).into_owned();
    group.bench_function("default-on-clean-text", |b| {
        b.iter(|| black_box(n.normalize(&clean).len()))
    });
    group.bench_function("default-with-offsets", |b| {
        b.iter(|| black_box(n.normalize_with_offsets(&text).map.runs()))
    });
    group.finish();
}

fn tokenize(c: &mut Criterion) {
    let text = Normalizer::from_preset("default")
        .unwrap()
        .normalize(&news_text(SIZE))
        .into_owned();
    let t = Tokenizer::from_preset("default").unwrap();
    let expected = t.tokenize(&text).len();
    let mut group = c.benchmark_group("tokenize");
    group.throughput(Throughput::Bytes(text.len() as u64));
    let mut lexemes = Vec::new();
    group.bench_function("default", |b| {
        b.iter(|| {
            lexemes.clear();
            t.lexemes_into(&text, &mut lexemes);
            assert_eq!(lexemes.len(), expected);
        })
    });
    group.bench_function("default-with-strings", |b| {
        b.iter(|| assert_eq!(t.tokenize(&text).len(), expected))
    });
    let atb = t.clone().with_clitics(Some(CliticScheme::Atb));
    let segments = atb.tokenize(&text).len();
    group.bench_function("clitics-atb", |b| {
        b.iter(|| {
            lexemes.clear();
            atb.lexemes_into(&text, &mut lexemes);
            assert_eq!(lexemes.len(), segments);
        })
    });
    group.finish();
}

fn strip(c: &mut Criterion) {
    let mut group = c.benchmark_group("strip");
    strip_pages(&mut group, "seeds", SEEDS);
    // Web pages as scrapers leave them: many short lines of menus, links and cards, most of them in
    // Latin letters, where the seeds are long Arabic paragraphs. The cost of a page goes by its lines.
    strip_pages(&mut group, "dev-sample-pages", &dev_sample_pages());
    group.finish();
}

/// Benches stripping every page of `pages`, every decision and the metadata, as `name` in `group`.
fn strip_pages<T: AsRef<str>>(
    group: &mut criterion::BenchmarkGroup<criterion::measurement::WallTime>,
    name: &str,
    pages: &[T],
) {
    let config = tanqih_strip::StripConfig::default();
    group.throughput(Throughput::Bytes(
        pages.iter().map(|p| p.as_ref().len() as u64).sum(),
    ));
    group.bench_function(name, |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| tanqih_strip::strip(p.as_ref(), &config).lines.len())
                .sum::<usize>()
        })
    });
}

/// The page texts of `fixtures/strip-dev-sample` (real news pages of many sites and languages).
fn dev_sample_pages() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../fixtures/strip-dev-sample");
    let mut pages: Vec<_> = std::fs::read_dir(dir)
        .expect("the dev sample is in fixtures/")
        .map(|entry| entry.expect("a directory entry").path().join("noisy.txt"))
        .filter(|path| path.exists())
        .collect();
    pages.sort();
    pages
        .iter()
        .map(|path| std::fs::read_to_string(path).expect("a page's text"))
        .collect()
}

fn features(c: &mut Criterion) {
    let text = news_text(SIZE);
    let tokens: Vec<Vec<String>> = text
        .lines()
        .map(|l| {
            Tokenizer::from_preset("default")
                .unwrap()
                .tokenize(l)
                .into_iter()
                .map(|t| t.text)
                .collect()
        })
        .collect();
    let mut group = c.benchmark_group("features");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("vocabulary-tfidf", |b| {
        b.iter(|| {
            let mut v = Vocabulary::new();
            for doc in &tokens {
                v.add_document(doc.iter().map(String::as_str));
            }
            let model = TfidfModel::fit(&v, &VectorizerConfig::default());
            let mut matrix = CsrMatrix::new(model.terms.len());
            for doc in &tokens {
                matrix.push_row(&model.transform(doc));
            }
            black_box(matrix.data.len())
        })
    });
    group.bench_function("vocabulary", |b| {
        b.iter(|| {
            let mut v = Vocabulary::new();
            for doc in &tokens {
                v.add_document(doc.iter().map(String::as_str));
            }
            black_box(v.len())
        })
    });
    group.finish();
}

fn end_to_end(c: &mut Criterion) {
    let pipeline = Pipeline::new(PipelineConfig::default()).unwrap();
    let bytes: usize = SEEDS.iter().map(|s| s.len()).sum();
    let mut group = c.benchmark_group("process");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("seeds", |b| {
        b.iter(|| {
            let mut vocabulary = Vocabulary::new();
            for (i, seed) in SEEDS.iter().enumerate() {
                let doc = pipeline.process(Document::new(i.to_string(), "bench", seed.to_string()));
                let terms = pipeline.document_terms(&doc);
                vocabulary.add_document_counts(terms.iter().map(|(term, n)| (term.as_str(), *n)));
                let mut line = Vec::new();
                doc.write_json_line(&mut line, false);
                black_box(line.len());
            }
            black_box(vocabulary.len())
        })
    });
    group.finish();
}

/// The writers of `documents.jsonl` and `documents.parquet` on the processed documents of a generated
/// corpus (4 MB of text). Throughput counts the text of the documents.
fn output(c: &mut Criterion) {
    let pipeline = Pipeline::new(PipelineConfig::default()).unwrap();
    let sentences = tanqih_gen::sentences(SEEDS);
    let docs: Vec<_> = tanqih_gen::generate(&sentences, 7, 4 << 20).collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let rows: Vec<Processed> = docs
        .into_iter()
        .map(|d| pipeline.process(Document::new(d.id, "bench", d.text)))
        .collect();
    let mut group = c.benchmark_group("output");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("jsonl", |b| {
        let mut line = Vec::new();
        b.iter(|| {
            let mut bytes = 0;
            for row in &rows {
                line.clear();
                row.write_json_line(&mut line, true);
                bytes += line.len();
            }
            black_box(bytes)
        })
    });
    group.bench_function("parquet", |b| {
        b.iter(|| {
            let mut out = Vec::new();
            let first = document_batch(&rows[..0], true).unwrap();
            let mut writer = parquet_writer(&mut out, &first).unwrap();
            for chunk in rows.chunks(256) {
                writer.write(&document_batch(chunk, true).unwrap()).unwrap();
            }
            writer.close().unwrap();
            black_box(out.len())
        })
    });
    group.finish();
}

/// `run` over a generated corpus (16 MB of text in a JSONL.zst file), reading, processing and writing every
/// output, on one and on two threads. Throughput counts the text of the documents.
fn end_to_end_generated(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl.zst");
    let sentences = tanqih_gen::sentences(SEEDS);
    let mut out =
        zstd::stream::write::Encoder::new(std::fs::File::create(&input).unwrap(), 3).unwrap();
    let mut bytes = 0;
    for doc in tanqih_gen::generate(&sentences, 7, 16 << 20) {
        bytes += doc.text.len();
        serde_json::to_writer(
            &mut out,
            &serde_json::json!({"id": doc.id, "text": doc.text}),
        )
        .unwrap();
        std::io::Write::write_all(&mut out, b"\n").unwrap();
    }
    out.finish().unwrap();
    let lean = Pipeline::new(PipelineConfig::default()).unwrap();
    let mut every = PipelineConfig::default();
    every.output.format = "both".into();
    every.output.annotations = true;
    every.output.features_bin = true;
    let every = Pipeline::new(every).unwrap();
    let mut bare = PipelineConfig::default();
    bare.curate.signals = false;
    bare.curate.dedup = false;
    let bare = Pipeline::new(bare).unwrap();
    let mut group = c.benchmark_group("process");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    for (threads, outputs, pipeline) in [
        (1, "", &lean),
        (2, "", &lean),
        (1, "-every-output", &every),
        (2, "-every-output", &every),
        (1, "-no-curation", &bare),
    ] {
        group.bench_function(format!("generated-16MB-{threads}-threads{outputs}"), |b| {
            b.iter(|| {
                let corpus = Corpus::open(vec![input.clone()], InputConfig::default());
                let summary = run(
                    pipeline,
                    corpus,
                    None,
                    &dir.path().join("out"),
                    threads,
                    &|_| {},
                )
                .unwrap();
                black_box(summary.stats.documents_kept)
            })
        });
    }
    group.finish();
}

/// Curation's share of `process`: quality signals and MinHash signatures of generated documents (16 MB
/// of text, processed beforehand). Throughput counts the input text of the documents.
fn curation(c: &mut Criterion) {
    let sentences = tanqih_gen::sentences(SEEDS);
    let pipeline = Pipeline::new(PipelineConfig::default()).unwrap();
    let mut bytes = 0;
    let docs: Vec<_> = tanqih_gen::generate(&sentences, 7, 16 << 20)
        .map(|d| {
            bytes += d.text.len();
            pipeline.process(tanqih_core::Document::new(d.id, "gen", d.text))
        })
        .collect();
    let only = |signals: bool, dedup: bool| {
        let mut config = PipelineConfig::default();
        config.curate.signals = signals;
        config.curate.dedup = dedup;
        Pipeline::new(config).unwrap()
    };
    let mut group = c.benchmark_group("curate");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    for (name, pipeline) in [
        ("signals-16MB", only(true, false)),
        ("signatures-16MB", only(false, true)),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| black_box(pipeline.curate(d)).signature.is_some() as usize)
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

/// `tanqih normalize` and `tanqih tokenize` as users run them: 128 MB of news text read from a file,
/// mapped in blocks of lines on a pool, written to a file.
fn streams(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("news.txt");
    let text = news_text(128 << 20);
    std::fs::write(&input, &text).unwrap();
    let diacritized_input = dir.path().join("diacritized.txt");
    let diacritized_text = diacritized(&news_text(80 << 20));
    std::fs::write(&diacritized_input, &diacritized_text).unwrap();
    let normalizer = Normalizer::from_preset("default").unwrap();
    let tokenizer = Tokenizer::from_preset("default").unwrap();
    let mut group = c.benchmark_group("stream");
    group.sample_size(10);
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        let run_on = |input: &std::path::Path, f: &(dyn Fn(&str, &mut Vec<u8>) + Sync)| {
            let file = std::fs::File::open(input).unwrap();
            let out = std::fs::File::create(dir.path().join("out.txt")).unwrap();
            tanqih_pipeline::map_lines("input", file, std::io::BufWriter::new(out), &pool, f)
                .unwrap();
        };
        let normalize = |line: &str, out: &mut Vec<u8>| normalizer.normalize_into(line, out);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("normalize-128MB-{threads}-threads"), |b| {
            b.iter(|| run_on(&input, &normalize))
        });
        group.bench_function(format!("tokenize-128MB-{threads}-threads"), |b| {
            b.iter(|| {
                run_on(&input, &|line: &str, out: &mut Vec<u8>| {
                    tokenizer.write_json_array(line, out)
                })
            })
        });
        group.throughput(Throughput::Bytes(diacritized_text.len() as u64));
        group.bench_function(
            format!(
                "normalize-diacritized-{}MB-{threads}-threads",
                diacritized_text.len() >> 20
            ),
            |b| b.iter(|| run_on(&diacritized_input, &normalize)),
        );
    }
    group.finish();
}

criterion_group!(
    benches,
    streams,
    normalize,
    tokenize,
    strip,
    features,
    end_to_end,
    output,
    end_to_end_generated,
    curation
);
criterion_main!(benches);
