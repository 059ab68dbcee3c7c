//! Reading input documents: text files (one document each) and JSONL files (one document a line), plain,
//! gzip- or zstd-compressed, from paths, directories (recursively) or standard input.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::PipelineError;

/// One input document before processing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// Identifier: the file name without extension, or the JSONL id field.
    pub id: String,
    /// Where it came from: the path as given (or found under a given directory), with `:LINE` for JSONL.
    pub source: String,
    /// The text.
    pub text: String,
    /// The site the text was published on (the host of its URL, without `www.`), when the input says.
    pub site: Option<String>,
}

impl Input {
    /// An input from text in memory.
    pub fn new(id: impl Into<String>, source: impl Into<String>, text: impl Into<String>) -> Self {
        Input {
            site: None,
            id: id.into(),
            source: source.into(),
            text: text.into(),
        }
    }
}

/// How inputs are read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct InputConfig {
    /// JSONL field holding the text.
    pub text_field: String,
    /// JSONL field holding the id (a missing id becomes `FILE:LINE`).
    pub id_field: String,
    /// JSONL field holding the page's URL, whose host is the document's site (lines repeated on many
    /// pages of one site are its boilerplate); records without it have no site.
    pub url_field: String,
    /// Replace invalid UTF-8 and skip malformed JSONL lines, counting both, instead of failing.
    pub lenient: bool,
}

impl Default for InputConfig {
    fn default() -> Self {
        InputConfig {
            text_field: "text".into(),
            id_field: "id".into(),
            url_field: "url".into(),
            lenient: false,
        }
    }
}

/// What reading met, reported in `stats.json`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct InputStats {
    /// Files read.
    pub files: u64,
    /// Files decoded from another encoding than UTF-8, per encoding.
    pub decoded: BTreeMap<String, u64>,
    /// Files in which invalid UTF-8 was replaced by U+FFFD (lenient mode).
    pub invalid_utf8_replaced: u64,
    /// JSONL lines skipped because they were not an object with a string text field (lenient mode).
    pub malformed_lines_skipped: u64,
}

impl InputStats {
    /// Adds another run's counts.
    pub fn merge(&mut self, other: &InputStats) {
        self.files += other.files;
        for (k, v) in &other.decoded {
            *self.decoded.entry(k.clone()).or_default() += v;
        }
        self.invalid_utf8_replaced += other.invalid_utf8_replaced;
        self.malformed_lines_skipped += other.malformed_lines_skipped;
    }
}

/// File names read from directories.
const EXTENSIONS: &[&str] = &[
    ".txt",
    ".jsonl",
    ".txt.gz",
    ".jsonl.gz",
    ".txt.zst",
    ".jsonl.zst",
    ".json.gz",
    ".json.zst",
];

/// One share of an input: `index` of `count` (0-based), written `i/n`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// Which share (0-based).
    pub index: usize,
    /// How many shares.
    pub count: usize,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("bad shard `{s}`: write i/n with 0 <= i < n, e.g. 0/4");
        let (i, n) = s.split_once('/').ok_or_else(bad)?;
        let (index, count) = (
            i.trim().parse().map_err(|_| bad())?,
            n.trim().parse().map_err(|_| bad())?,
        );
        if count == 0 || index >= count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

/// The input files that `paths` name, in order: files as given, directories expanded (files with a
/// known extension, recursively, in name order), `-` for standard input. With a shard, only its
/// contiguous block of that list, so that shards in order cover the input in order.
pub fn list_inputs(paths: &[PathBuf], shard: Option<Shard>) -> Result<Vec<PathBuf>, PipelineError> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            collect_files(path, &mut files)?;
        } else {
            files.push(path.clone());
        }
    }
    if let Some(Shard { index, count }) = shard {
        let n = files.len();
        files = files[index * n / count..(index + 1) * n / count].to_vec();
    }
    Ok(files)
}

fn collect_files(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), PipelineError> {
    let io = |source| PipelineError::Io {
        path: dir.display().to_string(),
        source,
    };
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(io)?;
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            collect_files(&entry, files)?;
        } else if EXTENSIONS
            .iter()
            .any(|ext| entry.to_string_lossy().ends_with(ext))
        {
            files.push(entry);
        }
    }
    Ok(())
}

/// Reads every document of `files` into memory (see [`Corpus`] to read them chunk by chunk).
pub fn read_inputs(
    files: &[PathBuf],
    config: &InputConfig,
) -> Result<(Vec<Input>, InputStats), PipelineError> {
    let mut corpus = Corpus::open(files.to_vec(), config.clone());
    let mut inputs = Vec::new();
    loop {
        let chunk = corpus.next_chunk(usize::MAX, usize::MAX)?;
        if chunk.is_empty() {
            return Ok((inputs, corpus.stats().clone()));
        }
        inputs.extend(chunk);
    }
}

/// Documents to process, read lazily in input order: from files (see [`list_inputs`]; decompressed as
/// they are read, JSONL line by line, so that memory does not grow with a file's size), or from memory.
/// Files named `*.jsonl[.gz|.zst]` hold one JSON document a line; others are one text document each
/// (standard input is JSONL when it starts with `{`). [`Corpus::rewind`] starts a second pass.
pub struct Corpus {
    files: Vec<PathBuf>,
    config: InputConfig,
    memory: Vec<Input>,
    next_file: usize,
    next_memory: usize,
    open: Option<OpenFile>,
    /// Standard input as read so far, spooled to an anonymous temporary file for a second pass (never
    /// held in memory), and whether it was read to its end.
    stdin: Option<(File, Arc<AtomicBool>)>,
    stats: InputStats,
}

/// A JSONL file being read.
struct OpenFile {
    source: String,
    lines: Box<dyn BufRead + Send>,
    /// Lines read so far.
    line: usize,
    /// Bytes read so far (of the decompressed stream).
    offset: u64,
    /// Whether a line was decoded from Windows-1256 / had invalid UTF-8 replaced / held mojibake
    /// (counted once a file).
    decoded: bool,
    replaced: bool,
    unmojibaked: bool,
    /// The bytes of the line being read, reused from line to line.
    raw: Vec<u8>,
}

impl Corpus {
    /// Documents already in memory.
    pub fn from_inputs(inputs: Vec<Input>) -> Self {
        Corpus {
            memory: inputs,
            ..Corpus::open(Vec::new(), InputConfig::default())
        }
    }

    /// The documents of `files`, read as [`Corpus::next_chunk`] asks for them.
    pub fn open(files: Vec<PathBuf>, config: InputConfig) -> Self {
        Corpus {
            files,
            config,
            memory: Vec::new(),
            next_file: 0,
            next_memory: 0,
            open: None,
            stdin: None,
            stats: InputStats::default(),
        }
    }

    /// What reading has met so far (in this pass).
    pub fn stats(&self) -> &InputStats {
        &self.stats
    }

    /// Bytes to read, when known without reading: the text in memory, or the sizes of the files when none
    /// is compressed or standard input.
    pub fn size_hint(&self) -> Option<u64> {
        let mut total: u64 = self.memory.iter().map(|i| i.text.len() as u64).sum();
        for file in &self.files {
            let name = file.to_string_lossy();
            if name == "-" || name.ends_with(".gz") || name.ends_with(".zst") {
                return None;
            }
            total += std::fs::metadata(file).ok()?.len();
        }
        Some(total)
    }

    /// Starts again from the first document, with fresh stats.
    pub fn rewind(&mut self) {
        self.next_file = 0;
        self.next_memory = 0;
        self.open = None;
        self.stats = InputStats::default();
    }

    /// The next documents in input order: at most `max_documents`, and no more once `max_bytes` of text
    /// are gathered. Empty at the end of the input.
    pub fn next_chunk(
        &mut self,
        max_documents: usize,
        max_bytes: usize,
    ) -> Result<Vec<Input>, PipelineError> {
        let mut out = Vec::new();
        let mut bytes = 0;
        while out.len() < max_documents && bytes < max_bytes {
            let Some(input) = self.next_input()? else {
                break;
            };
            bytes += input.text.len();
            out.push(input);
        }
        Ok(out)
    }

    fn next_input(&mut self) -> Result<Option<Input>, PipelineError> {
        if let Some(input) = self.memory.get(self.next_memory) {
            self.next_memory += 1;
            return Ok(Some(input.clone()));
        }
        loop {
            if let Some(file) = &mut self.open {
                match next_line(file, &self.config, &mut self.stats)? {
                    Some(input) => return Ok(Some(input)),
                    None => self.open = None,
                }
            }
            let Some(path) = self.files.get(self.next_file).cloned() else {
                return Ok(None);
            };
            self.next_file += 1;
            if let Some(input) = self.open_file(&path)? {
                return Ok(Some(input));
            }
        }
    }

    /// Opens `path`: a text document is read and returned whole; a JSONL file is left open for
    /// [`next_line`].
    fn open_file(&mut self, path: &Path) -> Result<Option<Input>, PipelineError> {
        let source = path.display().to_string();
        let io = |e: std::io::Error| PipelineError::Io {
            path: source.clone(),
            source: e,
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.stats.files += 1;
        let stdin = source == "-";
        let mut reader: Box<dyn BufRead + Send> = if stdin {
            Box::new(BufReader::with_capacity(
                READ_BUFFER,
                self.stdin_reader().map_err(io)?,
            ))
        } else {
            let file = std::fs::File::open(path).map_err(io)?;
            if name.ends_with(".gz") {
                Box::new(BufReader::with_capacity(
                    READ_BUFFER,
                    flate2::read::MultiGzDecoder::new(file),
                ))
            } else if name.ends_with(".zst") {
                Box::new(BufReader::with_capacity(
                    READ_BUFFER,
                    zstd_reader(file).map_err(io)?,
                ))
            } else {
                Box::new(BufReader::with_capacity(READ_BUFFER, file))
            }
        };
        let jsonl = name.contains(".jsonl")
            || name.ends_with(".json.gz")
            || name.ends_with(".json.zst")
            || stdin && {
                let head = reader.fill_buf().map_err(io)?;
                let start = head.iter().position(|b| !b.is_ascii_whitespace());
                start.is_some_and(|i| head[i] == b'{')
            };
        let wide_bom = {
            let head = reader.fill_buf().map_err(io)?;
            head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF])
        };
        if !jsonl || wide_bom {
            let mut raw = Vec::new();
            reader.read_to_end(&mut raw).map_err(io)?;
            let text = decode_text(raw, &source, self.config.lenient, &mut self.stats)?;
            if !jsonl {
                let stem = name.split('.').next().unwrap_or(&name).to_string();
                return Ok(Some(Input {
                    id: if stdin { "stdin".into() } else { stem },
                    source,
                    text,
                    site: None,
                }));
            }
            reader = Box::new(std::io::Cursor::new(text.into_bytes()));
        } else if reader.fill_buf().map_err(io)?.starts_with(b"\xEF\xBB\xBF") {
            reader.consume(3);
        }
        self.open = Some(OpenFile {
            source,
            lines: reader,
            line: 0,
            offset: 0,
            decoded: false,
            replaced: false,
            unmojibaked: false,
            raw: Vec::new(),
        });
        Ok(None)
    }
}

impl Corpus {
    /// Standard input: read live and copied to a spool file the first time, read back from the spool
    /// after a rewind.
    fn stdin_reader(&mut self) -> std::io::Result<Box<dyn Read + Send>> {
        match &self.stdin {
            None => {
                let spool = tempfile::tempfile()?;
                let complete = Arc::new(AtomicBool::new(false));
                self.stdin = Some((spool.try_clone()?, Arc::clone(&complete)));
                Ok(Box::new(Spooled {
                    live: std::io::stdin(),
                    spool,
                    complete,
                }))
            }
            Some((spool, complete)) => {
                if !complete.load(Ordering::Acquire) {
                    return Err(std::io::Error::other(
                        "standard input is read again only after it was read to its end",
                    ));
                }
                let mut again = spool.try_clone()?;
                again.seek(SeekFrom::Start(0))?;
                Ok(Box::new(again))
            }
        }
    }
}

/// A stream copied into `spool` as it is read; `complete` once it reached its end.
struct Spooled<R> {
    live: R,
    spool: File,
    complete: Arc<AtomicBool>,
}

impl<R: Read> Read for Spooled<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.live.read(buf)?;
        self.spool.write_all(&buf[..n])?;
        if n == 0 && !buf.is_empty() {
            self.complete.store(true, Ordering::Release);
        }
        Ok(n)
    }
}

/// A `.zst` file's decompressed stream.
#[cfg(feature = "zstd")]
fn zstd_reader(file: File) -> std::io::Result<Box<dyn Read + Send>> {
    Ok(Box::new(zstd::stream::read::Decoder::new(file)?))
}

/// Without the `zstd` feature, a `.zst` file is an error naming it.
#[cfg(not(feature = "zstd"))]
fn zstd_reader(_: File) -> std::io::Result<Box<dyn Read + Send>> {
    Err(std::io::Error::other(
        "a .zst input needs zstd, which this build of tanqih-pipeline leaves out (cargo feature `zstd`)",
    ))
}

/// Read buffer of input files.
const READ_BUFFER: usize = 1 << 20;

/// `BufRead::read_until(b'\n', out)`, the newline found many bytes at a time (memchr).
fn read_line(reader: &mut dyn BufRead, out: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut read = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (used, done) = match memchr::memchr(b'\n', available) {
            Some(at) => (at + 1, true),
            None => (available.len(), available.is_empty()),
        };
        out.extend_from_slice(&available[..used]);
        reader.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

/// The next document of an open JSONL file; `None` at its end.
fn next_line(
    file: &mut OpenFile,
    config: &InputConfig,
    stats: &mut InputStats,
) -> Result<Option<Input>, PipelineError> {
    let mut raw = std::mem::take(&mut file.raw);
    loop {
        raw.clear();
        let read = read_line(&mut file.lines, &mut raw).map_err(|e| PipelineError::Io {
            path: file.source.clone(),
            source: e,
        })?;
        if read == 0 {
            return Ok(None);
        }
        let line_start = file.offset;
        file.offset += read as u64;
        file.line += 1;
        let n = file.line;
        if raw.last() == Some(&b'\n') {
            raw.pop();
            if raw.last() == Some(&b'\r') {
                raw.pop();
            }
        }
        let decoded;
        let line = match utf8(&raw) {
            Ok(line) => line,
            Err(e) => {
                if looks_like_windows_1256(&raw) {
                    if !std::mem::replace(&mut file.decoded, true) {
                        *stats.decoded.entry("windows-1256".to_string()).or_default() += 1;
                    }
                    decoded = encoding_rs::WINDOWS_1256.decode(&raw).0.into_owned();
                } else if config.lenient {
                    if !std::mem::replace(&mut file.replaced, true) {
                        stats.invalid_utf8_replaced += 1;
                    }
                    decoded = String::from_utf8_lossy(&raw).into_owned();
                } else {
                    return Err(PipelineError::Utf8 {
                        path: file.source.clone(),
                        offset: (line_start as usize) + e.valid_up_to(),
                    });
                }
                &decoded
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{}:{n}", file.source);
        match parse_record(line, config, &at) {
            Ok((id, mut text, site)) => {
                if let Some(repaired) = repaired_mojibake(&text) {
                    text = repaired;
                    if !std::mem::replace(&mut file.unmojibaked, true) {
                        *stats.decoded.entry(MOJIBAKE.to_string()).or_default() += 1;
                    }
                }
                file.raw = raw;
                return Ok(Some(Input {
                    id,
                    source: at,
                    text,
                    site,
                }));
            }
            Err(_) if config.lenient => stats.malformed_lines_skipped += 1,
            Err(message) => {
                return Err(PipelineError::Input {
                    path: file.source.clone(),
                    line: n,
                    message,
                })
            }
        }
    }
}

/// `bytes` as UTF-8, validated with SIMD (std's validation only finds where invalid input starts).
fn utf8(bytes: &[u8]) -> Result<&str, std::str::Utf8Error> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(_) => std::str::from_utf8(bytes),
    }
}

/// The site of a URL: its host, lowercased, without `www.` and port; `None` when there is none.
pub fn site_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?.trim_end_matches('.');
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty() && host.contains('.')).then(|| host.to_ascii_lowercase())
}

/// The id, text and site of one JSONL record; a missing id becomes `at`.
fn parse_record(
    line: &str,
    config: &InputConfig,
    at: &str,
) -> Result<(String, String, Option<String>), String> {
    let mut value = serde_json::from_str::<serde_json::Value>(line).map_err(|e| e.to_string())?;
    let text = match value.get_mut(&config.text_field) {
        Some(serde_json::Value::String(t)) => std::mem::take(t),
        _ => return Err(format!("no string field `{}`", config.text_field)),
    };
    let id = match value.get(&config.id_field) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => at.to_string(),
    };
    let site = match value.get(&config.url_field) {
        Some(serde_json::Value::String(url)) => site_of(url),
        _ => None,
    };
    Ok((id, text, site))
}

/// The text of a file's bytes, as every input is read: UTF-8 as is (without its byte-order mark); UTF-16
/// with a byte-order mark and Windows-1256 Arabic decoded and counted in `stats`; anything else invalid is
/// an error naming `source` and the byte offset, or replaced and counted when `lenient`.
pub fn decode_text(
    raw: Vec<u8>,
    source: &str,
    lenient: bool,
    stats: &mut InputStats,
) -> Result<String, PipelineError> {
    let (mut raw, mut bom_len) = (raw, 0);
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(&raw) {
        if encoding != encoding_rs::UTF_8 {
            let (text, _, _) = encoding.decode(&raw);
            *stats
                .decoded
                .entry(encoding.name().to_string())
                .or_default() += 1;
            return Ok(text.into_owned());
        }
        // A UTF-8 byte-order mark is no text of the document.
        raw.drain(..bom);
        bom_len = bom;
    }
    // Validated with SIMD, then copied: a copy costs a tenth of std's validation.
    let valid_up_to = match utf8(&raw) {
        Ok(text) => {
            return Ok(match repaired_mojibake(text) {
                Some(repaired) => {
                    *stats.decoded.entry(MOJIBAKE.to_string()).or_default() += 1;
                    repaired
                }
                None => text.to_owned(),
            })
        }
        Err(e) => e.valid_up_to(),
    };
    let offset = bom_len + valid_up_to;
    if looks_like_windows_1256(&raw) {
        let (text, _, _) = encoding_rs::WINDOWS_1256.decode(&raw);
        *stats.decoded.entry("windows-1256".to_string()).or_default() += 1;
        return Ok(text.into_owned());
    }
    if lenient {
        stats.invalid_utf8_replaced += 1;
        return Ok(String::from_utf8_lossy(&raw).into_owned());
    }
    Err(PipelineError::Utf8 {
        path: source.to_string(),
        offset,
    })
}

/// How [`InputStats::decoded`] names the files whose Arabic was mojibake and was repaired.
const MOJIBAKE: &str = "utf-8 read as windows-1256";

/// Mojibake shows each Arabic letter as "ط" or "ظ" (D8 B7, D8 B8) and a second char of two or three
/// bytes: the bytes B7 and B8 make at least this share (percent) of its bytes that are not ASCII, where
/// real Arabic (two bytes a letter, "ط" and "ظ" one or two letters in a hundred) has about one...
const MIN_MOJIBAKE_LEAD_SHARE: usize = 10;
/// ...in the first this many bytes of the text...
const MOJIBAKE_PROBE_BYTES: usize = 4096;
/// ...at least this many of them.
const MIN_MOJIBAKE_LEADS: usize = 8;
/// The first this many bytes that are not ASCII are glanced at before the probe is read.
const MOJIBAKE_GLANCE_BYTES: usize = 64;
/// A text garbled twice or more ("ط·آ§") is repaired as many times, up to this.
const MAX_MOJIBAKE_LAYERS: usize = 3;

/// Arabic text whose UTF-8 bytes were once read as Windows-1256 and written again as UTF-8
/// ("ط§ظ„ط¹ط±ط¨ظٹط©" for "العربية", as many scraped pages hold it), repaired: the text written back to
/// Windows-1256 bytes, read as the UTF-8 they are, as many times as it was garbled. `None` when the text
/// does not look so, or when its chars do not all go back to such bytes (real Arabic never does: its
/// Windows-1256 bytes are no UTF-8).
pub fn repaired_mojibake(text: &str) -> Option<String> {
    // Read on bytes: a glance at the first bytes that are not ASCII settles real Arabic, which seldom
    // holds the letters there; the whole probe then.
    let looks_garbled = |text: &str| {
        let probe = &text.as_bytes()[..text.len().min(MOJIBAKE_PROBE_BYTES)];
        let lead = |b: u8| b == 0xB7 || b == 0xB8;
        let share = |leads: usize, high: usize| leads * 100 >= high * MIN_MOJIBAKE_LEAD_SHARE;
        let (mut high, mut leads) = (0, 0);
        for &b in probe
            .iter()
            .filter(|&&b| b >= 0x80)
            .take(MOJIBAKE_GLANCE_BYTES)
        {
            high += 1;
            leads += lead(b) as usize;
        }
        if !share(leads, high) {
            return false;
        }
        let high = probe.iter().filter(|&&b| b >= 0x80).count();
        let leads = probe.iter().filter(|&&b| lead(b)).count();
        leads >= MIN_MOJIBAKE_LEADS && share(leads, high)
    };
    let mut repaired: Option<String> = None;
    for _ in 0..MAX_MOJIBAKE_LAYERS {
        let current = repaired.as_deref().unwrap_or(text);
        if !looks_garbled(current) {
            break;
        }
        // The whole text, else line by line: a page may hold garbled lines among real ones (a site's
        // template in UTF-8 around an article stored garbled).
        match unmojibaked(current).or_else(|| unmojibaked_lines(current)) {
            Some(next) => repaired = Some(next),
            None => break,
        }
    }
    repaired
}

/// `text` written back to Windows-1256 bytes and read as UTF-8, when every char goes back to a byte and
/// the bytes are UTF-8.
fn unmojibaked(text: &str) -> Option<String> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(text);
    if unmappable {
        return None;
    }
    String::from_utf8(bytes.into_owned()).ok()
}

/// `text` with each line that [`unmojibaked`] repairs repaired, the others as they are; `None` when no
/// line is. Real Arabic never is: its letters' Windows-1256 bytes follow one another, where UTF-8 wants
/// continuation bytes.
fn unmojibaked_lines(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut any = false;
    for line in text.split_inclusive('\n') {
        match (!line.is_ascii()).then(|| unmojibaked(line)).flatten() {
            Some(repaired) => {
                any = true;
                out.push_str(&repaired);
            }
            None => out.push_str(line),
        }
    }
    any.then_some(out)
}

/// Most high bytes fall where Windows-1256 puts the Arabic letters (0xC1–0xFE less the few Latin ones).
fn looks_like_windows_1256(bytes: &[u8]) -> bool {
    let high: Vec<u8> = bytes.iter().copied().filter(|&b| b >= 0x80).collect();
    let latin = [
        0xD7, 0xE0, 0xE2, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEE, 0xEF, 0xF4, 0xF7, 0xF9, 0xFB, 0xFC,
    ];
    let arabic = high
        .iter()
        .filter(|&&b| (0xC1..=0xFE).contains(&b) && !latin.contains(&b))
        .count();
    !high.is_empty() && arabic * 10 >= high.len() * 7
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn read(
        dir: &Path,
        names: &[&str],
        config: &InputConfig,
    ) -> Result<(Vec<Input>, InputStats), PipelineError> {
        read_inputs(
            &names.iter().map(|n| dir.join(n)).collect::<Vec<_>>(),
            config,
        )
    }

    /// `text`'s UTF-8 bytes read as Windows-1256, as mojibake is made.
    fn garbled(text: &str) -> String {
        encoding_rs::WINDOWS_1256
            .decode(text.as_bytes())
            .0
            .into_owned()
    }

    #[test]
    fn arabic_mojibake_is_repaired_and_real_text_left_alone() {
        let text = "أعلنت وزارة الصحة اليوم عن حملة وطنية جديدة للتطعيم، وقال المتحدث إن اللقاحات متوفرة.\n\
                    Read more: https://example.com/a ١٢٣ ۴۵۶ پژوهش گفت‌وگو";
        assert!(garbled(text).starts_with("ط£ط¹ظ„ظ†طھ"));
        assert_eq!(repaired_mojibake(&garbled(text)).as_deref(), Some(text));
        assert_eq!(
            repaired_mojibake(&garbled(&garbled(text))).as_deref(),
            Some(text)
        );
        // A page may open with lines of Latin letters, a menu or a JSON blob's, before its Arabic.
        let page = format!(
            "Home | World | Sports\n{{\"type\": \"commentary\", \"lang\": \"ar\"}}\n{text}"
        );
        assert_eq!(
            repaired_mojibake(&garbled(&page)).as_deref(),
            Some(page.as_str())
        );
        // A site's template in UTF-8 around an article stored garbled: the garbled lines are repaired,
        // the others left as they are.
        let article = "بقلم/ م. سامي الخطيب\nفي هذا الزمن التقني المتسارع، تحول الإعلام إلى إعلان، وأصبحت المعلومة تقاس بعدد المشاهدات.";
        let mixed = format!(
            "أخبار اليوم:\n2025-05-29 14:43 GMT\n{}\nتاريخ النشر: 28 مايو 2025\n",
            garbled(article)
        );
        assert_eq!(
            repaired_mojibake(&mixed).as_deref(),
            Some(
                format!(
                    "أخبار اليوم:\n2025-05-29 14:43 GMT\n{article}\nتاريخ النشر: 28 مايو 2025\n"
                )
                .as_str()
            )
        );
        for real in [
            text,
            "طالب ظريف ظل طويلا في طابور طويل أمام طاحونة الطين",
            "English text only, with no Arabic in it at all.",
            "",
        ] {
            assert_eq!(repaired_mojibake(real), None, "{real}");
        }
    }

    #[test]
    fn a_jsonl_records_mojibake_is_repaired_and_its_file_counted() {
        let dir = tempfile::tempdir().unwrap();
        let text = "أعلنت وزارة الصحة اليوم عن حملة وطنية جديدة للتطعيم ضد الإنفلونزا الموسمية.";
        let records: String = [text.to_string(), garbled(text), garbled(text)]
            .iter()
            .map(|t| format!("{}\n", serde_json::json!({ "text": t })))
            .collect();
        std::fs::write(dir.path().join("docs.jsonl"), records).unwrap();
        let (inputs, stats) = read(dir.path(), &["docs.jsonl"], &InputConfig::default()).unwrap();
        assert!(inputs.iter().all(|i| i.text == text));
        assert_eq!(stats.decoded.get(MOJIBAKE), Some(&1));
    }

    #[test]
    #[cfg(feature = "zstd")]
    fn jsonl_gzip_zstd_and_text_files() {
        let dir = tempfile::tempdir().unwrap();
        let lines = "{\"id\": \"a\", \"text\": \"نص أول\"}\n\n{\"id\": 7, \"text\": \"نص ثان\"}\n{\"text\": \"بلا رقم\"}\n";
        std::fs::write(dir.path().join("docs.jsonl"), lines).unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(lines.as_bytes()).unwrap();
        std::fs::write(dir.path().join("docs.jsonl.gz"), gz.finish().unwrap()).unwrap();
        std::fs::write(
            dir.path().join("docs.jsonl.zst"),
            zstd::encode_all(lines.as_bytes(), 3).unwrap(),
        )
        .unwrap();
        std::fs::write(dir.path().join("page.txt"), "سطر\nسطر").unwrap();
        let files = list_inputs(&[dir.path().to_path_buf()], None).unwrap();
        let (inputs, stats) = read_inputs(&files, &InputConfig::default()).unwrap();
        assert_eq!(stats.files, 4);
        assert_eq!(inputs.len(), 10);
        let ids: Vec<&str> = inputs[..3].iter().map(|i| i.id.as_str()).collect();
        let file = dir.path().join("docs.jsonl").display().to_string();
        assert_eq!(ids, ["a", "7", &format!("{file}:4")]);
        assert_eq!(inputs[1].source, format!("{file}:3"));
        assert!(inputs[3..9]
            .iter()
            .zip(inputs[..3].iter().cycle())
            .all(|(x, y)| x.text == y.text));
        assert_eq!(inputs[9].text, "سطر\nسطر");
    }

    #[test]
    fn lines_are_read_as_read_until_reads_them() {
        use std::io::BufReader;
        let long = "ب".repeat(40);
        for text in [
            "",
            "\n",
            "a",
            "a\nb",
            "a\r\nb\n",
            "\n\nx\n",
            &long,
            &format!("{long}\n{long}"),
        ] {
            // A buffer of 7 bytes: lines cross buffer boundaries.
            let mut ours = BufReader::with_capacity(7, text.as_bytes());
            let mut std = BufReader::with_capacity(7, text.as_bytes());
            loop {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                let read = read_line(&mut ours, &mut a).unwrap();
                assert_eq!(read, std.read_until(b'\n', &mut b).unwrap(), "{text:?}");
                assert_eq!(a, b, "{text:?}");
                if read == 0 {
                    break;
                }
            }
        }
    }

    #[test]
    fn malformed_lines_fail_or_are_counted() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("d.jsonl"),
            "{\"text\": \"نص\"}\n{\"body\": \"x\"}\nnot json\n",
        )
        .unwrap();
        let err = read(dir.path(), &["d.jsonl"], &InputConfig::default())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("d.jsonl") && err.contains("line 2") && err.contains("`text`"),
            "{err}"
        );
        let lenient = InputConfig {
            lenient: true,
            ..InputConfig::default()
        };
        let (inputs, stats) = read(dir.path(), &["d.jsonl"], &lenient).unwrap();
        assert_eq!((inputs.len(), stats.malformed_lines_skipped), (1, 2));
        let fields = InputConfig {
            text_field: "body".into(),
            lenient: true,
            ..InputConfig::default()
        };
        assert_eq!(
            read(dir.path(), &["d.jsonl"], &fields).unwrap().0[0].text,
            "x"
        );
    }

    #[test]
    fn encodings_are_detected_and_invalid_utf8_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode("مرحبا بكم في الموقع");
        std::fs::write(dir.path().join("old.txt"), &cp1256).unwrap();
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("سلام".encode_utf16().flat_map(|u| u.to_le_bytes()));
        std::fs::write(dir.path().join("wide.txt"), &utf16).unwrap();
        std::fs::write(dir.path().join("bad.txt"), b"abc\xff\xfe\x00def").unwrap();
        std::fs::write(dir.path().join("marked.txt"), "\u{feff}سلام").unwrap();
        std::fs::write(dir.path().join("marked-bad.txt"), b"\xEF\xBB\xBFabc\xffdef").unwrap();
        let (inputs, stats) = read(
            dir.path(),
            &["old.txt", "wide.txt", "marked.txt"],
            &InputConfig::default(),
        )
        .unwrap();
        assert_eq!(inputs[0].text, "مرحبا بكم في الموقع");
        assert_eq!(inputs[1].text, "سلام");
        // A UTF-8 byte-order mark is dropped; an error's offset still counts the file's bytes.
        assert_eq!(inputs[2].text, "سلام");
        let err = read(dir.path(), &["marked-bad.txt"], &InputConfig::default())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("marked-bad.txt: invalid UTF-8 at byte 6"),
            "{err}"
        );
        assert_eq!(stats.decoded.get("windows-1256"), Some(&1));
        assert_eq!(stats.decoded.get("UTF-16LE"), Some(&1));
        let err = read(dir.path(), &["bad.txt"], &InputConfig::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("bad.txt: invalid UTF-8 at byte 3"), "{err}");
        let lenient = InputConfig {
            lenient: true,
            ..InputConfig::default()
        };
        let (inputs, stats) = read(dir.path(), &["bad.txt"], &lenient).unwrap();
        assert_eq!(
            (inputs[0].text.as_str(), stats.invalid_utf8_replaced),
            ("abc\u{fffd}\u{fffd}\u{0}def", 1)
        );
    }

    #[test]
    fn shards_are_contiguous_blocks_covering_the_files_in_order() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..7 {
            std::fs::write(dir.path().join(format!("{i}.txt")), "x").unwrap();
        }
        let all = list_inputs(&[dir.path().to_path_buf()], None).unwrap();
        let shards: Vec<Vec<PathBuf>> = (0..3)
            .map(|i| {
                list_inputs(
                    &[dir.path().to_path_buf()],
                    Some(Shard { index: i, count: 3 }),
                )
                .unwrap()
            })
            .collect();
        assert_eq!(shards.iter().map(Vec::len).collect::<Vec<_>>(), [2, 2, 3]);
        assert_eq!(shards.concat(), all);
        assert_eq!(
            "2/3".parse::<Shard>().unwrap(),
            Shard { index: 2, count: 3 }
        );
        assert!("3/3".parse::<Shard>().is_err() && "x".parse::<Shard>().is_err());
    }

    #[test]
    fn truncated_gzip_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all("{\"text\": \"نص طويل\"}\n".repeat(200).as_bytes())
            .unwrap();
        let bytes = gz.finish().unwrap();
        std::fs::write(dir.path().join("cut.jsonl.gz"), &bytes[..bytes.len() / 2]).unwrap();
        let err = read(dir.path(), &["cut.jsonl.gz"], &InputConfig::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("cut.jsonl.gz"), "{err}");
    }

    #[test]
    fn sites_are_the_hosts_of_urls() {
        assert_eq!(
            site_of("https://www.Example.com/a/b?c#d").as_deref(),
            Some("example.com")
        );
        assert_eq!(
            site_of("http://user@news.example.org:8080/x").as_deref(),
            Some("news.example.org")
        );
        assert_eq!(site_of("example.net/path").as_deref(), Some("example.net"));
        assert_eq!(site_of("not a url"), None);
        assert_eq!(site_of(""), None);
    }
}
