//! `tanqih`: turns scraped Arabic text into clean, normalized, tokenized corpora.

mod seeds;

/// The pipeline allocates many small strings per document (tokens, lines); mimalloc serves them faster
/// than the system allocator. It is built without transparent huge pages (`no_thp`): memory it hands
/// back and takes again would otherwise be zeroed two megabytes at a time, a sixth of `process`'s time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tanqih_normalize::{Normalizer, PRESETS};
use tanqih_pipeline::{
    clear_completion_marker, decode_text, list_inputs, read_completion_marker,
    write_completion_marker, CompletionMarker, Corpus, InputStats, Pipeline, PipelineConfig,
    PipelineError,
};
use tanqih_strip::{strip, Stripped};
use tanqih_tokenize::{CliticScheme, Tokenizer};

#[derive(Parser)]
#[command(
    name = "tanqih",
    version,
    about = "Clean, normalize and tokenize scraped Arabic text"
)]
struct Cli {
    /// Pipeline configuration (TOML); unknown keys are errors.
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Print the effective configuration as TOML and exit.
    #[arg(long, global = true)]
    dump_config: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the whole pipeline; with no INPUT, on the bundled seeds.
    Process {
        /// Files, or directories of .txt files.
        inputs: Vec<PathBuf>,
        /// Output directory.
        #[arg(short, long, default_value = "out")]
        output: PathBuf,
        /// Worker threads (0: all cores).
        #[arg(long, default_value_t = 0)]
        threads: usize,
        /// Replace invalid UTF-8 and skip malformed JSONL lines, counting them in stats.json.
        #[arg(long)]
        lenient: bool,
        /// Process only share i of n (0-based) of the input files: a contiguous block, so that shard
        /// outputs merged in order equal one run. A completed shard is skipped when run again.
        #[arg(long, value_name = "i/n")]
        shard: Option<tanqih_pipeline::Shard>,
        /// Judge lines repeated across documents by these counts (from `tanqih line-counts`, merged over
        /// every shard of the corpus) instead of counts over INPUT alone.
        #[arg(long, value_name = "FILE")]
        line_counts: Option<PathBuf>,
        /// The documents file: jsonl (documents.jsonl), parquet (documents.parquet) or both
        /// (default: `[output] format`, jsonl).
        #[arg(long, value_name = "FORMAT")]
        format: Option<String>,
        /// Write each token's span, kind and sentence number in the documents file.
        #[arg(long)]
        annotations: bool,
        /// Write features.bin (bincode) beside tfidf.npz.
        #[arg(long)]
        features_bin: bool,
        /// Drop the documents that fail a quality preset: fineweb2-arb (FineWeb-2's Arabic filters, counted
        /// as datatrove counts) or tanqih-arabic (counted the Arabic way); counted per reason in stats.json.
        #[arg(long, value_name = "PRESET")]
        filter: Option<String>,
        /// Drop near-duplicates: every document of a cluster but the first leaves the documents and
        /// features (they stay in attributes.jsonl and duplicates.jsonl).
        #[arg(long)]
        drop_duplicates: bool,
        /// Skip quality signals and near-duplicate marks (no attributes.jsonl, signatures.bin or
        /// duplicates.jsonl).
        #[arg(long, conflicts_with_all = ["filter", "drop_duplicates"])]
        no_curate: bool,
    },
    /// Find near-duplicates across the output directories of shard runs (from their signatures.bin) and
    /// write duplicates.jsonl: the same file one run over the whole input writes.
    Dedup {
        /// Shard output directories, in input order.
        #[arg(required = true)]
        shards: Vec<PathBuf>,
        /// Output directory.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Count in how many documents each line occurs (for corpus-wide repeated lines), or merge counts.
    LineCounts {
        /// Files or directories of .txt files; with --merge, count files. None: the bundled seeds.
        inputs: Vec<PathBuf>,
        /// Add up count files (of shards) instead of counting documents.
        #[arg(long)]
        merge: bool,
        /// Output file.
        #[arg(short, long)]
        output: PathBuf,
        /// Worker threads (0: all cores).
        #[arg(long, default_value_t = 0)]
        threads: usize,
    },
    /// Generate a corpus from the bundled seeds: paragraphs recombined from seed sentences in site boilerplate with the
    /// noise of real text, as sharded JSONL.zst; deterministic by seed.
    GenCorpus {
        /// Total text size: bytes, or with a unit (KB, MB, GB; KiB, MiB, GiB).
        #[arg(long, value_parser = parse_size)]
        size: u64,
        /// Seed number.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Text bytes per shard file.
        #[arg(long, value_parser = parse_size, default_value = "64MB")]
        shard_size: u64,
        /// Share of documents that are edited copies of an earlier one (planted near-duplicates, each
        /// record naming its original in `copy_of`).
        #[arg(long, default_value_t = 0.0, value_name = "RATE")]
        near_duplicates: f64,
        /// Output directory.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Merge the output directories of runs over shards of an input into the outputs of one run.
    Merge {
        /// Shard output directories, in input order.
        #[arg(required = true)]
        shards: Vec<PathBuf>,
        /// Output directory.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Strip boilerplate; print the kept text of each file.
    Strip {
        /// Print one JSON object per file: text, meta and a decision for every line.
        #[arg(long, conflicts_with = "explain")]
        json: bool,
        /// Show each line marked kept (+) or dropped (-) with the reason.
        #[arg(long)]
        explain: bool,
        /// Files to strip (`-` reads standard input).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Worker threads (0: every core); files are stripped in parallel and printed in the order
        /// given, the same for any number.
        #[arg(long, default_value_t = 0)]
        threads: usize,
    },
    /// Normalize stdin to stdout, line by line (lines end at \n; \r is data).
    Normalize {
        /// Preset name.
        #[arg(long, default_value = "default")]
        preset: String,
        /// Rule overrides, e.g. +teh-marbuta,-digits.
        #[arg(long, default_value = "", allow_hyphen_values = true)]
        rules: String,
        /// List the presets with their rules and exit.
        #[arg(long)]
        list_presets: bool,
        /// Worker threads (0: every core); the output is the same for any number.
        #[arg(long, default_value_t = 0)]
        threads: usize,
    },
    /// Tokenize stdin: one JSON array of token strings per input line.
    Tokenize {
        /// Tokenizer preset.
        #[arg(long, default_value = "default")]
        preset: String,
        /// Split Arabic words into clitics: `atb` (Penn Arabic Treebank) or `d3` (also the article).
        #[arg(long)]
        clitics: Option<CliticScheme>,
        /// Worker threads (0: every core); the output is the same for any number.
        #[arg(long, default_value_t = 0)]
        threads: usize,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tanqih: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn load_config(path: Option<&Path>) -> Result<PipelineConfig> {
    let Some(path) = path else {
        return Ok(PipelineConfig::default());
    };
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    PipelineConfig::from_toml(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

fn run(cli: Cli) -> Result<()> {
    let config = load_config(cli.config.as_deref())?;
    if cli.dump_config {
        print!("{}", config.to_toml());
        return Ok(());
    }
    let Some(command) = cli.command else {
        bail!("no command given; try `tanqih process` or `tanqih --help`");
    };
    match command {
        Command::Process {
            inputs,
            output,
            threads,
            lenient,
            shard,
            line_counts,
            format,
            annotations,
            features_bin,
            filter,
            drop_duplicates,
            no_curate,
        } => {
            let mut config = config;
            config.input.lenient |= lenient;
            config.output.format = format.unwrap_or(config.output.format);
            config.output.annotations |= annotations;
            config.output.features_bin |= features_bin;
            config.curate.filter = filter.unwrap_or(config.curate.filter);
            config.curate.drop_duplicates |= drop_duplicates;
            if no_curate {
                config.curate.signals = false;
                config.curate.dedup = false;
            }
            process(
                config,
                &inputs,
                &output,
                threads,
                shard,
                line_counts.as_deref(),
            )
        }
        Command::LineCounts {
            inputs,
            merge,
            output,
            threads,
        } => {
            let counts = if merge {
                let mut all = tanqih_strip::LineCounts::new();
                for file in &inputs {
                    all.merge(&tanqih_pipeline::read_line_counts(file)?);
                }
                all
            } else {
                let corpus = if inputs.is_empty() {
                    Corpus::from_inputs(seeds::inputs())
                } else {
                    Corpus::open(list_inputs(&inputs, None)?, config.input.clone())
                };
                tanqih_pipeline::line_counts_of(corpus, threads)?
            };
            tanqih_pipeline::write_line_counts(&counts, &output)?;
            eprintln!(
                "tanqih: line counts of {} documents -> {}",
                counts.documents(),
                output.display()
            );
            Ok(())
        }
        Command::GenCorpus {
            size,
            seed,
            shard_size,
            near_duplicates,
            output,
        } => gen_corpus(size, seed, shard_size, near_duplicates, &output),
        Command::Dedup { shards, output } => {
            let (file, stats) = tanqih_pipeline::dedup_shards(&shards, &output)?;
            eprintln!(
                "tanqih: {} near-duplicates ({} exact) across {} shards -> {}",
                stats.duplicates,
                stats.exact_duplicates,
                shards.len(),
                file.display()
            );
            Ok(())
        }
        Command::Merge { shards, output } => {
            let summary = tanqih_pipeline::merge(&shards, &output)?;
            eprintln!(
                "tanqih: merged {} shards: {} documents, {} terms -> {}",
                shards.len(),
                summary.stats.documents_kept,
                summary.stats.vocabulary_terms,
                output.display()
            );
            Ok(())
        }
        Command::Strip {
            json,
            explain,
            files,
            threads,
        } => strip_files(&config, &files, json, explain, &pool(threads)?),
        Command::Normalize {
            preset,
            rules,
            list_presets,
            threads,
        } => {
            if list_presets {
                return list_normalize_presets();
            }
            let normalizer = Normalizer::builder(&preset)?.overrides(&rules)?.build();
            streamed(tanqih_pipeline::map_lines(
                "stdin",
                io::stdin(),
                stdout_writer(),
                &pool(threads)?,
                |line, out| normalizer.normalize_into(line, out),
            ))
        }
        Command::Tokenize {
            preset,
            clitics,
            threads,
        } => {
            let tokenizer = Tokenizer::from_preset(&preset)?.with_clitics(clitics);
            streamed(tanqih_pipeline::map_lines(
                "stdin",
                io::stdin(),
                stdout_writer(),
                &pool(threads)?,
                |line, out| tokenizer.write_json_array(line, out),
            ))
        }
    }
}

/// What streaming standard input came to; invalid UTF-8 says what the streaming commands read and how
/// to give it to them.
fn streamed(result: std::result::Result<(), PipelineError>) -> Result<()> {
    match result {
        Err(e @ PipelineError::Utf8 { .. }) => Err(anyhow::anyhow!(
            "{e} (normalize and tokenize stream UTF-8: convert other encodings first, for example with \
             `iconv -f WINDOWS-1256 -t UTF-8`; strip and process detect and decode UTF-16 with a \
             byte-order mark and Windows-1256)"
        )),
        other => Ok(other?),
    }
}

/// A thread pool of `threads` workers (0: every core).
fn pool(threads: usize) -> Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("starting the thread pool")
}

/// Standard output, buffered.
fn stdout_writer() -> impl Write + Send {
    BufWriter::with_capacity(1 << 16, io::stdout())
}

fn process(
    config: PipelineConfig,
    inputs: &[PathBuf],
    output: &Path,
    threads: usize,
    shard: Option<tanqih_pipeline::Shard>,
    line_counts: Option<&Path>,
) -> Result<()> {
    let pipeline = Pipeline::new(config)?;
    let line_counts = line_counts
        .map(tanqih_pipeline::read_line_counts)
        .transpose()?;
    let files = if inputs.is_empty() {
        Vec::new()
    } else {
        list_inputs(inputs, shard)?
    };
    let marker = CompletionMarker {
        tanqih_version: env!("CARGO_PKG_VERSION").to_string(),
        shard: shard.map(|s| s.to_string()),
        inputs: if inputs.is_empty() {
            seeds::inputs().into_iter().map(|i| i.source).collect()
        } else {
            files.iter().map(|f| f.display().to_string()).collect()
        },
        config: pipeline.config().to_toml(),
    };
    if shard.is_some() && read_completion_marker(output).as_ref() == Some(&marker) {
        eprintln!(
            "tanqih: {} is complete for these inputs; skipping",
            output.display()
        );
        return Ok(());
    }
    clear_completion_marker(output)?;
    let corpus = if inputs.is_empty() {
        Corpus::from_inputs(seeds::inputs())
    } else {
        Corpus::open(files, pipeline.config().input.clone())
    };
    // A bar when the input size is known without reading it (uncompressed files), else a counter.
    let total = corpus.size_hint();
    let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
    if !io::IsTerminal::is_terminal(&io::stderr()) {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    let template = if total.is_some() {
        "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta}"
    } else {
        "{spinner} {bytes} {bytes_per_sec} {elapsed}"
    };
    bar.set_style(ProgressStyle::with_template(template).expect("valid progress template"));
    let summary =
        tanqih_pipeline::run(&pipeline, corpus, line_counts, output, threads, &|bytes| {
            bar.inc(bytes)
        })?;
    bar.finish_and_clear();
    write_completion_marker(output, &marker)?;
    let s = &summary.stats;
    eprintln!(
        "tanqih: {} documents ({} kept), {} lines ({} kept), {} terms -> {}",
        s.documents_read,
        s.documents_kept,
        s.lines_read,
        s.lines_kept,
        s.vocabulary_terms,
        output.display()
    );
    let c = &s.curation;
    let filtered: u64 = c.filtered.values().sum();
    if filtered > 0 || c.duplicates > 0 {
        eprintln!(
            "tanqih: {} near-duplicates ({} dropped), {} filtered; {} documents written",
            c.duplicates, c.duplicates_dropped, filtered, c.documents_written
        );
    }
    Ok(())
}

/// Parses `123`, `64MB`, `1GB`, `512MiB` into bytes.
fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: f64 = number
        .parse()
        .map_err(|_| format!("bad size `{text}`: write e.g. 64MB or 1GB"))?;
    let scale: f64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "kb" => 1e3,
        "mb" => 1e6,
        "gb" => 1e9,
        "kib" => 1024.0,
        "mib" => 1024.0 * 1024.0,
        "gib" => 1024.0 * 1024.0 * 1024.0,
        other => {
            return Err(format!(
                "bad size unit `{other}`: use KB, MB, GB, KiB, MiB or GiB"
            ))
        }
    };
    Ok((number * scale) as u64)
}

fn gen_corpus(
    size: u64,
    seed: u64,
    shard_size: u64,
    near_duplicates: f64,
    output: &Path,
) -> Result<()> {
    if !(0.0..1.0).contains(&near_duplicates) {
        bail!("--near-duplicates: {near_duplicates} is not in [0, 1)");
    }
    std::fs::create_dir_all(output).with_context(|| format!("creating {}", output.display()))?;
    let sentences = tanqih_gen::sentences(&seeds::texts());
    let mut documents =
        tanqih_gen::generate_with_copies(&sentences, seed, size, near_duplicates).peekable();
    let mut shard = 0;
    while documents.peek().is_some() {
        let path = output.join(format!("part-{shard:05}.jsonl.zst"));
        let tmp = output.join(format!(".part-{shard:05}.jsonl.zst.partial"));
        let file =
            std::fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
        let mut out = zstd::stream::write::Encoder::new(io::BufWriter::new(file), 3)?;
        let mut written = 0;
        while written < shard_size {
            let Some(doc) = documents.next() else { break };
            written += doc.text.len() as u64;
            let record = match &doc.copy_of {
                Some(of) => serde_json::json!({"id": doc.id, "text": doc.text, "copy_of": of}),
                None => serde_json::json!({"id": doc.id, "text": doc.text}),
            };
            serde_json::to_writer(&mut out, &record)?;
            out.write_all(b"\n")?;
        }
        out.finish()?
            .into_inner()
            .map_err(|e| e.into_error())?
            .sync_all()?;
        std::fs::rename(&tmp, &path).with_context(|| format!("writing {}", path.display()))?;
        shard += 1;
    }
    eprintln!("tanqih: {shard} shards -> {}", output.display());
    Ok(())
}

/// Files read at a time, up to [`STRIP_BATCH_BYTES`], and stripped in parallel.
const STRIP_BATCH_FILES: usize = 256;
/// Bytes of files read at a time.
const STRIP_BATCH_BYTES: usize = 32 << 20;

/// Strips `files` and prints each one's kept text, JSON record or explanation, in the order given.
/// Batches of files are read in order (standard input may be among them) and stripped on `pool`; an
/// unreadable file ends the run after the outputs of the files before it.
fn strip_files(
    config: &PipelineConfig,
    files: &[PathBuf],
    json: bool,
    explain: bool,
    pool: &rayon::ThreadPool,
) -> Result<()> {
    use rayon::prelude::*;
    let mut out = BufWriter::new(io::stdout().lock());
    let strip_config = tanqih_strip::StripConfig {
        evidence: json || explain,
        ..config.strip.clone()
    };
    let mut rest = files;
    while !rest.is_empty() {
        let (mut texts, mut bytes, mut failed) = (Vec::new(), 0, None);
        while texts.len() < rest.len().min(STRIP_BATCH_FILES) && bytes < STRIP_BATCH_BYTES {
            match read_text(&rest[texts.len()]) {
                Ok(text) => {
                    bytes += text.len();
                    texts.push(text);
                }
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            }
        }
        let (batch, next) = rest.split_at(texts.len());
        let outputs: Vec<Result<Vec<u8>>> = pool.install(|| {
            batch
                .par_iter()
                .zip(&texts)
                .map(|(path, text)| {
                    let mut buf = Vec::new();
                    strip_file(&mut buf, path, text, &strip_config, json, explain)?;
                    Ok(buf)
                })
                .collect()
        });
        for output in outputs {
            out.write_all(&output?)?;
        }
        if let Some(e) = failed {
            out.flush()?;
            return Err(e);
        }
        rest = next;
    }
    out.flush()?;
    Ok(())
}

/// Writes the output of one file: its kept text, its JSON record or its explanation.
fn strip_file(
    out: &mut Vec<u8>,
    path: &Path,
    text: &str,
    config: &tanqih_strip::StripConfig,
    json: bool,
    explain: bool,
) -> Result<()> {
    let stripped = strip(text, config);
    if json {
        let record = serde_json::json!({
            "file": path.display().to_string(),
            "text": stripped.kept_text(text),
            "meta": stripped.meta,
            "lines": stripped.lines,
        });
        serde_json::to_writer(&mut *out, &record)?;
        writeln!(out)?;
    } else if explain {
        explain_file(out, path, text, &stripped)?;
    } else {
        // As `process` writes it: a PDF's word fragments joined, lines drawn in visual order in logical
        // order.
        let kept = stripped.rewrite(text).text;
        out.write_all(kept.as_bytes())?;
        if !kept.is_empty() {
            writeln!(out)?;
        }
    }
    Ok(())
}

fn explain_file(out: &mut impl Write, path: &Path, text: &str, stripped: &Stripped) -> Result<()> {
    writeln!(out, "== {}", path.display())?;
    let meta = &stripped.meta;
    writeln!(
        out,
        "   title: {}\n   authors: {}\n   date: {}",
        meta.title.as_deref().unwrap_or("-"),
        if meta.authors.is_empty() {
            "-".to_string()
        } else {
            meta.authors.join(", ")
        },
        meta.date.as_deref().unwrap_or("-")
    )?;
    let mut reasons: Vec<tanqih_strip::Reason> = stripped.lines.iter().map(|d| d.reason).collect();
    reasons.sort();
    reasons.dedup();
    for reason in reasons {
        writeln!(out, "   {:<22} {}", reason.code(), reason.describe())?;
    }
    for (decision, line) in stripped.lines.iter().zip(text.split('\n')) {
        let mark = if decision.keep { '+' } else { '-' };
        writeln!(
            out,
            "{mark} {:>4} {:<22} | {line}",
            decision.line,
            decision.reason.code()
        )?;
        if let Some(evidence) = &decision.evidence {
            writeln!(
                out,
                "         {:<22} | line model: {:.2} content; {}",
                "",
                f32::from(evidence.score) / 1000.0,
                evidence.signals.join(", ")
            )?;
        }
        if let Some(fragment) = &decision.fragment {
            let what = if fragment.joined {
                "joined to the line's last word"
            } else {
                "unsure, left in place"
            };
            writeln!(
                out,
                "         {:<22} | word fragment `{}` opens the line: {what}",
                "", fragment.text
            )?;
        }
    }
    Ok(())
}

/// The text of the file at `path` (`-`: standard input), decoded as `process` reads its inputs (see
/// [`tanqih_pipeline::decode_text`]); a file decoded from another encoding than UTF-8 is named on
/// standard error.
fn read_text(path: &Path) -> Result<String> {
    let (bytes, name) = if path == Path::new("-") {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .context("reading standard input")?;
        (bytes, "standard input".to_string())
    } else {
        let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        (bytes, path.display().to_string())
    };
    let mut stats = InputStats::default();
    let text = decode_text(bytes, &name, false, &mut stats)?;
    for encoding in stats.decoded.keys() {
        eprintln!("tanqih: {name}: decoded from {encoding}");
    }
    Ok(text)
}

fn list_normalize_presets() -> Result<()> {
    let mut out = io::stdout().lock();
    for preset in PRESETS {
        let rules: Vec<&str> = Normalizer::from_preset(preset.name)?
            .rules()
            .iter()
            .map(|r| r.name())
            .collect();
        writeln!(
            out,
            "{}: {}\n    rules: {}",
            preset.name,
            preset.description,
            rules.join(", ")
        )?;
    }
    Ok(())
}
