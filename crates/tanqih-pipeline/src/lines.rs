//! Line-by-line filters over a stream (`tanqih normalize`, `tanqih tokenize`): the input is read in
//! blocks of whole lines, the blocks of a batch are mapped in parallel, and their outputs are written in
//! input order while the next batch is read. Memory stays bounded by a batch (plus the longest line).

use std::io::{self, Read, Write};

use crate::PipelineError;

type Result<T> = std::result::Result<T, PipelineError>;

/// An I/O error on `what` (the input's name, or `stdout`).
fn io_error(what: &str, source: io::Error) -> PipelineError {
    PipelineError::Io {
        path: what.to_string(),
        source,
    }
}

/// Bytes read at a time; a block holds the whole lines of one read (a longer line grows its block).
/// Small blocks keep little memory in flight: a short run's time goes to touching fresh pages more than
/// to its text (1 MiB blocks made 22 MB take a quarter longer), a long run's to its batches' joins.
const BLOCK: usize = 1 << 18;

/// Maps every line of `input` (lines end at `\n`; a last line without one counts too) through `f`,
/// which writes the line's output without its newline; each output line ends with `\n`. Blocks of lines
/// are mapped on `pool`, four a thread at a time, and written in input order, so the output is the same
/// for any pool. Invalid UTF-8 is an error naming `name` and the byte offset; a closed pipe on `output`
/// ends the run without an error.
pub fn map_lines<F>(
    name: &str,
    mut input: impl Read + Send,
    mut output: impl Write + Send,
    pool: &rayon::ThreadPool,
    f: F,
) -> Result<()>
where
    F: Fn(&str, &mut Vec<u8>) + Sync,
{
    let blocks_per_batch = 4 * pool.current_num_threads().max(1);
    let mut reader = BlockReader::default();
    let mut batch = reader.read_batch(name, &mut input, blocks_per_batch)?;
    let mut written: Vec<Vec<u8>> = Vec::new();
    // Output bytes per thousand input bytes the blocks so far needed at most: each block's buffer is
    // made that large at once, not grown and copied on the way (a JSON array of tokens outgrows its
    // line by half).
    let mut per_mille = 1125;
    let mut closed = false;
    // While a batch is mapped, the one before is written and the one after is read.
    while !batch.is_empty() {
        let (outputs, (wrote, next)) = pool.install(|| {
            rayon::join(
                || {
                    use rayon::prelude::*;
                    batch
                        .par_iter()
                        .map(|block| map_block(name, block, &f, per_mille))
                        .collect::<Result<Vec<Vec<u8>>>>()
                },
                || {
                    (
                        write_all(&mut output, &written, &mut closed),
                        reader.read_batch(name, &mut input, blocks_per_batch),
                    )
                },
            )
        });
        wrote?;
        written = outputs?;
        per_mille = batch
            .iter()
            .zip(&written)
            .map(|(block, out)| out.len() * 1000 / block.bytes.len().max(1) + 16)
            .fold(per_mille, usize::max);
        batch = next?;
    }
    write_all(&mut output, &written, &mut closed)?;
    if closed {
        return Ok(());
    }
    match output.flush() {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|e| io_error("stdout", e)),
    }
}

/// Writes `outputs` in order; a closed pipe ends the writing (`closed`) without an error.
fn write_all(output: &mut impl Write, outputs: &[Vec<u8>], closed: &mut bool) -> Result<()> {
    for out in outputs {
        if *closed {
            return Ok(());
        }
        match output.write_all(out) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => *closed = true,
            other => other.map_err(|e| io_error("stdout", e))?,
        }
    }
    Ok(())
}

/// The output of one block of whole lines, after its UTF-8 is validated, in a buffer of `per_mille`
/// bytes per thousand of the block's.
fn map_block<F: Fn(&str, &mut Vec<u8>)>(
    name: &str,
    block: &Block,
    f: &F,
    per_mille: usize,
) -> Result<Vec<u8>> {
    let text = match simdutf8::basic::from_utf8(&block.bytes) {
        Ok(text) => text,
        Err(_) => {
            let at = std::str::from_utf8(&block.bytes).map_or_else(|e| e.valid_up_to(), |_| 0);
            return Err(PipelineError::Utf8 {
                path: name.to_string(),
                offset: block.offset as usize + at,
            });
        }
    };
    let mut out = Vec::with_capacity(text.len() / 1000 * per_mille + 64);
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()) {
        f(&text[start..end], &mut out);
        out.push(b'\n');
        start = end + 1;
    }
    if start < text.len() {
        f(&text[start..], &mut out);
        out.push(b'\n');
    }
    Ok(out)
}

/// Whole lines of the stream, and where they start in it.
struct Block {
    bytes: Vec<u8>,
    offset: u64,
}

/// Cuts a stream into blocks of whole lines.
#[derive(Default)]
struct BlockReader {
    /// Bytes read after the last newline of the previous block.
    carry: Vec<u8>,
    /// Bytes of the stream before `carry`.
    offset: u64,
    /// The stream has ended.
    done: bool,
}

impl BlockReader {
    /// Up to `count` blocks; none once the stream has ended.
    fn read_batch(
        &mut self,
        name: &str,
        input: &mut impl Read,
        count: usize,
    ) -> Result<Vec<Block>> {
        let mut blocks = Vec::with_capacity(count);
        while blocks.len() < count {
            match self.next_block(input).map_err(|e| io_error(name, e))? {
                Some(block) => blocks.push(block),
                None => break,
            }
        }
        Ok(blocks)
    }

    /// The next block of whole lines (the last may lack its newline at the end of the stream).
    fn next_block(&mut self, input: &mut impl Read) -> io::Result<Option<Block>> {
        let mut buf = std::mem::take(&mut self.carry);
        let mut has_newline = memchr::memchr(b'\n', &buf).is_some();
        // Read until the block holds a block's worth of bytes and a whole line, or the stream ends.
        while !self.done && (buf.len() < BLOCK || !has_newline) {
            let start = buf.len();
            // Read into the spare capacity, which is not zeroed first (`read_to_end` fills it).
            buf.reserve(BLOCK);
            let n = input.by_ref().take(BLOCK as u64).read_to_end(&mut buf)?;
            self.done = n == 0;
            has_newline |= memchr::memchr(b'\n', &buf[start..]).is_some();
        }
        if buf.is_empty() {
            return Ok(None);
        }
        let cut = if self.done {
            buf.len()
        } else {
            memchr::memrchr(b'\n', &buf).expect("a newline was read") + 1
        };
        self.carry = buf.split_off(cut);
        let offset = self.offset;
        self.offset += buf.len() as u64;
        Ok(Some(Block { bytes: buf, offset }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &[u8], threads: usize) -> Result<Vec<u8>> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        let mut out = Vec::new();
        map_lines("stdin", input, &mut out, &pool, |line, out| {
            out.extend(line.chars().rev().collect::<String>().bytes())
        })?;
        Ok(out)
    }

    #[test]
    fn every_line_is_mapped_in_order_across_blocks() {
        let mut input = String::new();
        for i in 0..300_000 {
            input.push_str(&format!("سطر {i} ab\n"));
        }
        // A line longer than a block.
        input.push_str(&"ب".repeat(BLOCK));
        input.push('\n');
        input.push_str("last without newline");
        let want: String = input
            .split('\n')
            .map(|l| l.chars().rev().collect::<String>() + "\n")
            .collect();
        for threads in [1, 2, 3] {
            assert_eq!(run(input.as_bytes(), threads).unwrap(), want.as_bytes());
        }
    }

    #[test]
    fn edges_and_invalid_utf8() {
        assert_eq!(run(b"", 2).unwrap(), b"");
        assert_eq!(run(b"\n", 2).unwrap(), b"\n");
        assert_eq!(run(b"ab\n\ncd", 2).unwrap(), b"ba\n\ndc\n");
        let mut bad = "ا".repeat(BLOCK).into_bytes();
        bad.extend(b"\nok\n\xff\n");
        let err = run(&bad, 2).unwrap_err().to_string();
        assert!(
            err.contains(&format!("stdin: invalid UTF-8 at byte {}", 2 * BLOCK + 4)),
            "{err}"
        );
    }
}
