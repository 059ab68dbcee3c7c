//! Feature files: `tfidf.npz` as `scipy.sparse.save_npz` lays it out, and `features.bin` (bincode 2).
//! Both are written from a [`RowSource`], which is read several times in order, so a matrix larger than
//! memory can be written from rows kept on disk.

use std::io::{self, Seek, SeekFrom, Write};

use serde::{Deserialize, Serialize};

use crate::{CsrMatrix, TfidfModel, Vocabulary};

/// Receives one row: `(column, value)` pairs, columns increasing.
pub type RowVisitor<'a> = dyn FnMut(&[(u32, f64)]) -> io::Result<()> + 'a;

/// Rows of a sparse matrix, in order, that can be read any number of times: a [`CsrMatrix`] in memory,
/// or rows kept on disk by a caller that computes them again on each pass.
pub trait RowSource {
    /// Number of columns.
    fn columns(&self) -> usize;
    /// Calls `each` with every row in order: `(column, value)` pairs, columns increasing.
    fn for_each_row(&mut self, each: &mut RowVisitor<'_>) -> io::Result<()>;

    /// Row pointers, `indptr` as CSR stores it: by default one pass over the rows, counting them.
    fn row_pointers(&mut self) -> io::Result<Vec<u64>> {
        let mut indptr = vec![0u64];
        self.for_each_row(&mut |row| {
            indptr.push(indptr.last().expect("starts with 0") + row.len() as u64);
            Ok(())
        })?;
        Ok(indptr)
    }
}

impl RowSource for &CsrMatrix {
    fn columns(&self) -> usize {
        self.shape.1
    }

    fn for_each_row(&mut self, each: &mut RowVisitor<'_>) -> io::Result<()> {
        let mut row = Vec::new();
        for w in self.indptr.windows(2) {
            let (start, end) = (w[0] as usize, w[1] as usize);
            row.clear();
            row.extend((start..end).map(|i| (self.indices[i], self.data[i])));
            each(&row)?;
        }
        Ok(())
    }

    fn row_pointers(&mut self) -> io::Result<Vec<u64>> {
        Ok(self.indptr.clone())
    }
}

/// Writes `matrix` as `scipy.sparse.save_npz` does (see [`write_npz_rows`]).
pub fn write_npz(matrix: &CsrMatrix, out: impl Write + Seek) -> io::Result<()> {
    write_npz_rows(&mut &*matrix, out, None)
}

/// Writes the rows of `rows` as `scipy.sparse.save_npz` does: a zip of `indices.npy` and `indptr.npy`
/// (int32, or int64 when they do not fit), `format.npy` (`b'csr'`), `shape.npy` (int64) and `data.npy`
/// (float64), each deflated as `save_npz` (compressed by default) writes them. Reads `rows` twice
/// after asking for its row pointers; holds only the row pointers in memory. With a `pool`, each entry's
/// blocks are compressed on its threads; the file is the same with or without one.
pub fn write_npz_rows(
    rows: &mut dyn RowSource,
    out: impl Write + Seek,
    pool: Option<&rayon::ThreadPool>,
) -> io::Result<()> {
    let indptr = rows.row_pointers()?;
    let nnz = *indptr.last().expect("starts with 0");
    let n_rows = indptr.len() - 1;
    let wide = nnz > i32::MAX as u64 || rows.columns() > i32::MAX as usize;
    let (int_descr, int_bytes) = if wide { ("<i8", 8) } else { ("<i4", 4) };
    let int = move |v: u64, out: &mut dyn Write| {
        if wide {
            out.write_all(&(v as i64).to_le_bytes())
        } else {
            out.write_all(&(v as i32).to_le_bytes())
        }
    };
    let mut zip = ZipWriter::new(out, pool)?;
    zip.entry(
        "indices.npy",
        &npy_header(int_descr, &[nnz as usize]),
        &mut |out| {
            let mut buf = Vec::with_capacity(1 << 16);
            rows.for_each_row(&mut |row| {
                buf.clear();
                for &(c, _) in row {
                    int(c as u64, &mut buf)?;
                }
                out.write_all(&buf)
            })
        },
    )?;
    zip.entry(
        "indptr.npy",
        &npy_header(int_descr, &[indptr.len()]),
        &mut |out| {
            let mut buf = Vec::with_capacity(indptr.len() * int_bytes);
            for &v in &indptr {
                int(v, &mut buf)?;
            }
            out.write_all(&buf)
        },
    )?;
    zip.entry("format.npy", &npy_header("|S3", &[]), &mut |out| {
        out.write_all(b"csr")
    })?;
    zip.entry("shape.npy", &npy_header("<i8", &[2]), &mut |out| {
        out.write_all(&(n_rows as i64).to_le_bytes())?;
        out.write_all(&(rows.columns() as i64).to_le_bytes())
    })?;
    zip.entry(
        "data.npy",
        &npy_header("<f8", &[nnz as usize]),
        &mut |out| {
            let mut buf = Vec::with_capacity(1 << 16);
            rows.for_each_row(&mut |row| {
                buf.clear();
                for &(_, v) in row {
                    buf.extend_from_slice(&v.to_le_bytes());
                }
                out.write_all(&buf)
            })
        },
    )?;
    zip.finish()
}

/// The header of a `.npy` file (format version 1.0, padded to 64 bytes); the body follows it.
fn npy_header(descr: &str, shape: &[usize]) -> Vec<u8> {
    let shape = match shape {
        [] => "()".to_string(),
        [n] => format!("({n},)"),
        dims => format!(
            "({})",
            dims.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let mut header = format!("{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape}, }}");
    let unpadded = 10 + header.len() + 1;
    header.push_str(&" ".repeat((64 - unpadded % 64) % 64));
    header.push('\n');
    let mut out = Vec::with_capacity(10 + header.len());
    out.extend_from_slice(b"\x93NUMPY\x01\x00");
    out.extend_from_slice(&(header.len() as u16).to_le_bytes());
    out.extend_from_slice(header.as_bytes());
    out
}

fn too_big() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        "array too large for a zip entry (ZIP64 is not written)",
    )
}

/// Counts the bytes and the CRC-32 of what goes through it.
struct Tally<W> {
    inner: W,
    bytes: u64,
    crc: crc32fast::Hasher,
    hash: bool,
}

impl<W: Write> Write for Tally<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n as u64;
        if self.hash {
            self.crc.update(&buf[..n]);
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Deflates `header` and what `body` writes into `out`, the blocks side by side on `pool` when there is
/// one: uncompressed size, CRC-32, compressed size.
fn deflate(
    out: &mut dyn Write,
    header: &[u8],
    body: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
    pool: Option<&rayon::ThreadPool>,
) -> io::Result<(u64, u32, u64)> {
    let packed = Tally {
        inner: out,
        bytes: 0,
        crc: crc32fast::Hasher::new(),
        hash: false,
    };
    let mut plain = Tally {
        inner: BlockDeflater::new(packed, pool),
        bytes: 0,
        crc: crc32fast::Hasher::new(),
        hash: true,
    };
    plain.write_all(header)?;
    body(&mut plain)?;
    let packed = plain.inner.finish()?;
    Ok((plain.bytes, plain.crc.finalize(), packed.bytes))
}

/// Input bytes of one [`BlockDeflater`] block.
const DEFLATE_BLOCK: usize = 256 * 1024;

/// A raw deflate stream (fast level) cut into blocks of [`DEFLATE_BLOCK`] input bytes, each compressed
/// on its own and ended on a byte boundary (a sync flush), as pigz does: the blocks of a batch compress
/// side by side on the pool, and the stream depends only on the input, not on the number of threads.
/// The ratio is that of one stream (the blocks are large).
struct BlockDeflater<'p, W: Write> {
    inner: W,
    pool: Option<&'p rayon::ThreadPool>,
    /// The batch: the full blocks, then the one being filled.
    blocks: Vec<Block>,
    /// How many of `blocks` are full.
    full: usize,
    /// Blocks a batch holds: a few for each thread, so that threads that finish early find more.
    batch: usize,
}

/// One block of a [`BlockDeflater`] and its compressor, reused batch after batch.
struct Block {
    plain: Vec<u8>,
    /// The compressed block is `packed[..packed_len]`; the buffer is zeroed once, when it grows (flate2's
    /// `compress_vec` zeroes its spare room on every call).
    packed: Vec<u8>,
    packed_len: usize,
    compress: flate2::Compress,
}

impl Block {
    fn new() -> Block {
        Block {
            plain: Vec::with_capacity(DEFLATE_BLOCK),
            // Deflate grows incompressible input by a few bytes per 16 KiB.
            packed: vec![0; DEFLATE_BLOCK + DEFLATE_BLOCK / 64 + 64],
            packed_len: 0,
            compress: flate2::Compress::new(flate2::Compression::fast(), false),
        }
    }

    /// Compresses `plain` into `packed` as a stream of its own: up to a sync flush, or to the end of the
    /// whole stream when `last`.
    fn pack(&mut self, last: bool) -> io::Result<()> {
        let flush = if last {
            flate2::FlushCompress::Finish
        } else {
            flate2::FlushCompress::Sync
        };
        self.compress.reset();
        self.packed_len = 0;
        let mut input = &self.plain[..];
        loop {
            if self.packed_len == self.packed.len() {
                self.packed.resize(2 * self.packed.len(), 0);
            }
            let (read, written) = (self.compress.total_in(), self.compress.total_out());
            let status = self
                .compress
                .compress(input, &mut self.packed[self.packed_len..], flush)
                .map_err(io::Error::other)?;
            input = &input[(self.compress.total_in() - read) as usize..];
            self.packed_len += (self.compress.total_out() - written) as usize;
            let done = if last {
                status == flate2::Status::StreamEnd
            } else {
                input.is_empty() && self.packed_len < self.packed.len()
            };
            if done {
                return Ok(());
            }
        }
    }
}

impl<'p, W: Write> BlockDeflater<'p, W> {
    fn new(inner: W, pool: Option<&'p rayon::ThreadPool>) -> Self {
        BlockDeflater {
            inner,
            pool,
            blocks: Vec::new(),
            full: 0,
            batch: 4 * pool.map_or(1, rayon::ThreadPool::current_num_threads),
        }
    }

    /// Compresses the first `n` blocks (the last of the stream among them when `last`) and writes them
    /// out in order.
    fn pack(&mut self, n: usize, last: bool) -> io::Result<()> {
        let blocks = &mut self.blocks[..n];
        let pack = |(i, block): (usize, &mut Block)| block.pack(last && i + 1 == n);
        match self.pool {
            Some(pool) => {
                use rayon::prelude::*;
                pool.install(|| blocks.par_iter_mut().enumerate().try_for_each(pack))?
            }
            None => blocks.iter_mut().enumerate().try_for_each(pack)?,
        }
        for block in blocks {
            self.inner.write_all(&block.packed[..block.packed_len])?;
            block.plain.clear();
        }
        Ok(())
    }

    /// Ends the stream; gives back the writer.
    fn finish(mut self) -> io::Result<W> {
        if self.blocks.len() == self.full {
            self.blocks.push(Block::new());
        }
        self.pack(self.full + 1, true)?;
        Ok(self.inner)
    }
}

impl<W: Write> Write for BlockDeflater<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while !rest.is_empty() {
            if self.blocks.len() == self.full {
                self.blocks.push(Block::new());
            }
            let block = &mut self.blocks[self.full];
            let n = rest.len().min(DEFLATE_BLOCK - block.plain.len());
            block.plain.extend_from_slice(&rest[..n]);
            rest = &rest[n..];
            if block.plain.len() == DEFLATE_BLOCK {
                self.full += 1;
                if self.full == self.batch {
                    self.pack(self.full, false)?;
                    self.full = 0;
                }
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// A zip archive of deflated entries, streamed: each entry's sizes and CRC are written into its local
/// header once the entry is complete.
struct ZipWriter<'p, W: Write + Seek> {
    out: W,
    /// Where entries are compressed, when not on the calling thread alone.
    pool: Option<&'p rayon::ThreadPool>,
    /// Where the archive starts in `out`.
    base: u64,
    central: Vec<u8>,
    entries: u16,
    /// Bytes of the archive written so far.
    offset: u64,
}

impl<'p, W: Write + Seek> ZipWriter<'p, W> {
    fn new(mut out: W, pool: Option<&'p rayon::ThreadPool>) -> io::Result<Self> {
        Ok(ZipWriter {
            pool,
            base: out.stream_position()?,
            out,
            central: Vec::new(),
            entries: 0,
            offset: 0,
        })
    }

    /// One entry: `header`, then what `body` writes.
    fn entry(
        &mut self,
        name: &str,
        header: &[u8],
        body: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
    ) -> io::Result<()> {
        let start = self.offset;
        let mut local = Vec::new();
        local.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        local.extend_from_slice(&[20, 0, 0, 0, 8, 0, 0, 0, 0x21, 0]); // version, flags, deflate, time, date 1980-01-01
        local.extend_from_slice(&[0; 12]); // CRC and sizes, written when known
        local.extend_from_slice(&(name.len() as u16).to_le_bytes());
        local.extend_from_slice(&0u16.to_le_bytes());
        local.extend_from_slice(name.as_bytes());
        self.out.write_all(&local)?;
        let (bytes, crc, packed_bytes) = deflate(&mut self.out, header, body, self.pool)?;
        let size = u32::try_from(bytes).map_err(|_| too_big())?;
        let packed_size = u32::try_from(packed_bytes).map_err(|_| too_big())?;
        let mut sizes = Vec::with_capacity(12);
        sizes.extend_from_slice(&crc.to_le_bytes());
        sizes.extend_from_slice(&packed_size.to_le_bytes());
        sizes.extend_from_slice(&size.to_le_bytes());
        let end = start + local.len() as u64 + packed_bytes;
        self.out.seek(SeekFrom::Start(self.base + start + 14))?;
        self.out.write_all(&sizes)?;
        self.out.seek(SeekFrom::Start(self.base + end))?;

        let offset = u32::try_from(start).map_err(|_| too_big())?;
        self.central
            .extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        self.central
            .extend_from_slice(&[20, 0, 20, 0, 0, 0, 8, 0, 0, 0, 0x21, 0]);
        self.central.extend_from_slice(&sizes);
        self.central
            .extend_from_slice(&(name.len() as u16).to_le_bytes());
        self.central.extend_from_slice(&[0; 12]); // extra, comment, disk, internal and external attributes
        self.central.extend_from_slice(&offset.to_le_bytes());
        self.central.extend_from_slice(name.as_bytes());
        self.entries += 1;
        self.offset = end;
        Ok(())
    }

    fn finish(mut self) -> io::Result<()> {
        let offset = u32::try_from(self.offset).map_err(|_| too_big())?;
        self.out.write_all(&self.central)?;
        let mut end = Vec::new();
        end.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        end.extend_from_slice(&[0, 0, 0, 0]);
        end.extend_from_slice(&self.entries.to_le_bytes());
        end.extend_from_slice(&self.entries.to_le_bytes());
        end.extend_from_slice(&(self.central.len() as u32).to_le_bytes());
        end.extend_from_slice(&offset.to_le_bytes());
        end.extend_from_slice(&0u16.to_le_bytes());
        self.out.write_all(&end)
    }
}

/// First bytes of `features.bin`.
pub const FEATURES_MAGIC: [u8; 8] = *b"TANQIHFT";
/// Format version of `features.bin`.
pub const FEATURES_VERSION: u32 = 1;

/// Everything `features.bin` holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeaturesFile {
    /// Document ids, in row order.
    pub documents: Vec<String>,
    /// Term counts of the run (before pruning).
    pub vocabulary: Vocabulary,
    /// The fitted model (terms in column order, idf).
    pub model: TfidfModel,
    /// The tf-idf matrix.
    pub matrix: CsrMatrix,
}

/// Errors reading `features.bin`.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FeaturesError {
    /// The file does not start with [`FEATURES_MAGIC`].
    #[error("not a tanqih features file (bad magic)")]
    BadMagic,
    /// The file has another format version.
    #[error("features file version {0}, this reader knows version {FEATURES_VERSION}")]
    Version(u32),
    /// The body does not decode.
    #[error("features file body: {0}")]
    Decode(String),
    /// Writing failed.
    #[error("writing features: {0}")]
    Encode(String),
}

/// Writes what [`FeaturesFile::write`] writes, from its parts and the matrix rows of `rows` (read twice,
/// after its row pointers): [`FeaturesFile::read`] reads it back.
pub fn write_features(
    documents: &[String],
    vocabulary: &Vocabulary,
    model: &TfidfModel,
    rows: &mut dyn RowSource,
    mut out: impl Write,
) -> Result<(), FeaturesError> {
    let enc = |e: io::Error| FeaturesError::Encode(e.to_string());
    let bincode_enc = |e: bincode::error::EncodeError| FeaturesError::Encode(e.to_string());
    let config = bincode::config::standard();
    out.write_all(&FEATURES_MAGIC).map_err(enc)?;
    out.write_all(&FEATURES_VERSION.to_le_bytes())
        .map_err(enc)?;
    bincode::serde::encode_into_std_write(documents, &mut out, config).map_err(bincode_enc)?;
    bincode::serde::encode_into_std_write(vocabulary, &mut out, config).map_err(bincode_enc)?;
    bincode::serde::encode_into_std_write(model, &mut out, config).map_err(bincode_enc)?;
    // The matrix as bincode encodes `CsrMatrix`: shape, then each vector as its length and its items.
    let indptr = rows.row_pointers().map_err(enc)?;
    let nnz = *indptr.last().expect("starts with 0");
    let mut buf = Vec::with_capacity(1 << 16);
    varint(indptr.len() as u64 - 1, &mut buf);
    varint(rows.columns() as u64, &mut buf);
    varint(indptr.len() as u64, &mut buf);
    for &p in &indptr {
        varint(p, &mut buf);
    }
    varint(nnz, &mut buf);
    out.write_all(&buf).map_err(enc)?;
    rows.for_each_row(&mut |row| {
        buf.clear();
        for &(c, _) in row {
            varint(c as u64, &mut buf);
        }
        out.write_all(&buf)
    })
    .map_err(enc)?;
    buf.clear();
    varint(nnz, &mut buf);
    out.write_all(&buf).map_err(enc)?;
    rows.for_each_row(&mut |row| {
        buf.clear();
        for &(_, v) in row {
            buf.extend_from_slice(&v.to_le_bytes());
        }
        out.write_all(&buf)
    })
    .map_err(enc)
}

/// An unsigned integer as bincode's standard configuration writes it.
fn varint(v: u64, out: &mut Vec<u8>) {
    match v {
        0..=250 => out.push(v as u8),
        251..=0xFFFF => {
            out.push(251);
            out.extend_from_slice(&(v as u16).to_le_bytes());
        }
        0x1_0000..=0xFFFF_FFFF => {
            out.push(252);
            out.extend_from_slice(&(v as u32).to_le_bytes());
        }
        _ => {
            out.push(253);
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
}

impl FeaturesFile {
    /// Writes the magic, the version and the body (bincode 2, standard configuration).
    pub fn write(&self, out: impl Write) -> Result<(), FeaturesError> {
        write_features(
            &self.documents,
            &self.vocabulary,
            &self.model,
            &mut &self.matrix,
            out,
        )
    }

    /// Reads what [`FeaturesFile::write`] wrote.
    pub fn read(bytes: &[u8]) -> Result<Self, FeaturesError> {
        if bytes.len() < 12 || bytes[..8] != FEATURES_MAGIC {
            return Err(FeaturesError::BadMagic);
        }
        let version = u32::from_le_bytes(bytes[8..12].try_into().expect("four bytes"));
        if version != FEATURES_VERSION {
            return Err(FeaturesError::Version(version));
        }
        let (file, _) =
            bincode::serde::decode_from_slice(&bytes[12..], bincode::config::standard())
                .map_err(|e| FeaturesError::Decode(e.to_string()))?;
        Ok(file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ngrams, VectorizerConfig};
    use std::io::Read;

    #[test]
    fn the_block_deflater_inflates_back_and_writes_the_same_stream_on_any_pool() {
        // Several blocks and a part of one, written in pieces of uneven sizes, some compressible.
        let mut plain = Vec::new();
        let mut x = 1u64;
        while plain.len() < 5 * DEFLATE_BLOCK + DEFLATE_BLOCK / 3 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let byte = (x >> 59) as u8;
            plain.extend(std::iter::repeat_n(byte, 1 + (x >> 60) as usize));
        }
        let deflated = |plain: &[u8], pool: Option<&rayon::ThreadPool>| {
            let mut deflater = BlockDeflater::new(Vec::new(), pool);
            for piece in plain.chunks(7919) {
                deflater.write_all(piece).unwrap();
            }
            deflater.finish().unwrap()
        };
        let pools: Vec<rayon::ThreadPool> = [1, 3]
            .iter()
            .map(|&n| {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build()
                    .unwrap()
            })
            .collect();
        for len in [0, 10, DEFLATE_BLOCK, 2 * DEFLATE_BLOCK, plain.len()] {
            let plain = &plain[..len];
            let packed = deflated(plain, None);
            for pool in &pools {
                assert_eq!(deflated(plain, Some(pool)), packed, "{len} bytes");
            }
            let mut inflated = Vec::new();
            flate2::read::DeflateDecoder::new(packed.as_slice())
                .read_to_end(&mut inflated)
                .unwrap();
            assert_eq!(inflated, plain, "{len} bytes");
            if len > DEFLATE_BLOCK {
                assert!(packed.len() < plain.len() / 2, "{len} bytes");
            }
        }
        // Bytes that do not compress: each block comes out larger than it went in.
        let noise: Vec<u8> = (0..3 * DEFLATE_BLOCK)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (x >> 56) as u8
            })
            .collect();
        let packed = deflated(&noise, None);
        assert!(packed.len() > noise.len());
        assert_eq!(deflated(&noise, Some(&pools[1])), packed);
        let mut inflated = Vec::new();
        flate2::read::DeflateDecoder::new(packed.as_slice())
            .read_to_end(&mut inflated)
            .unwrap();
        assert_eq!(inflated, noise);
        // A block whose buffer is too small grows it.
        let mut block = Block::new();
        block.packed.truncate(16);
        block.plain.extend_from_slice(&noise[..DEFLATE_BLOCK]);
        block.pack(true).unwrap();
        let mut inflated = Vec::new();
        flate2::read::DeflateDecoder::new(&block.packed[..block.packed_len])
            .read_to_end(&mut inflated)
            .unwrap();
        assert_eq!(inflated, &noise[..DEFLATE_BLOCK]);
    }

    fn sample() -> FeaturesFile {
        let docs = [vec!["ا", "ب", "ب"], vec!["ب", "ج"]];
        let mut vocabulary = Vocabulary::new();
        for d in &docs {
            vocabulary.add_document(d.iter().copied());
        }
        let model = TfidfModel::fit(&vocabulary, &VectorizerConfig::default());
        let mut matrix = CsrMatrix::new(model.terms.len());
        for d in &docs {
            matrix.push_row(&model.transform(&ngrams(d, (1, 1))));
        }
        FeaturesFile {
            documents: vec!["a".into(), "b".into()],
            vocabulary,
            model,
            matrix,
        }
    }

    #[test]
    fn features_file_round_trips_and_rejects_other_files() {
        let file = sample();
        let mut bytes = Vec::new();
        file.write(&mut bytes).unwrap();
        assert_eq!(FeaturesFile::read(&bytes).unwrap(), file);
        assert!(matches!(
            FeaturesFile::read(b"not a features file"),
            Err(FeaturesError::BadMagic)
        ));
        let mut other = bytes.clone();
        other[8] = 9;
        assert!(matches!(
            FeaturesFile::read(&other),
            Err(FeaturesError::Version(9))
        ));
        assert!(matches!(
            FeaturesFile::read(&bytes[..bytes.len() - 3]),
            Err(FeaturesError::Decode(_))
        ));
    }

    #[test]
    fn streamed_features_file_is_what_bincode_writes() {
        let mut file = sample();
        // Values in every varint width.
        file.matrix.shape.1 = 70_000;
        file.matrix.indices[0] = 300;
        file.matrix.indices[1] = 69_999;
        let mut streamed = Vec::new();
        file.write(&mut streamed).unwrap();
        let mut whole = FEATURES_MAGIC.to_vec();
        whole.extend_from_slice(&FEATURES_VERSION.to_le_bytes());
        whole.extend(bincode::serde::encode_to_vec(&file, bincode::config::standard()).unwrap());
        assert_eq!(streamed, whole);
        let mut big = Vec::new();
        for v in [
            0,
            250,
            251,
            65_535,
            65_536,
            u32::MAX as u64,
            u32::MAX as u64 + 1,
        ] {
            big.clear();
            varint(v, &mut big);
            let (back, _): (u64, usize) =
                bincode::decode_from_slice(&big, bincode::config::standard()).unwrap();
            assert_eq!(back, v);
        }
    }

    #[test]
    fn npz_is_a_zip_of_npy_arrays() {
        let mut bytes = std::io::Cursor::new(Vec::new());
        write_npz(&sample().matrix, &mut bytes).unwrap();
        let bytes = bytes.into_inner();
        assert_eq!(&bytes[..4], b"PK\x03\x04");
        // Each local entry: its name, then its deflated .npy, which inflates to the npy magic.
        for name in [
            "indices.npy",
            "indptr.npy",
            "format.npy",
            "shape.npy",
            "data.npy",
        ] {
            let at = bytes
                .windows(name.len())
                .position(|w| w == name.as_bytes())
                .unwrap();
            let size = u32::from_le_bytes(bytes[at - 12..at - 8].try_into().unwrap()) as usize;
            let mut npy = Vec::new();
            flate2::read::DeflateDecoder::new(&bytes[at + name.len()..at + name.len() + size])
                .read_to_end(&mut npy)
                .unwrap();
            assert_eq!(&npy[..6], b"\x93NUMPY", "{name}");
            if name == "format.npy" {
                let header = b"{'descr': '|S3', 'fortran_order': False, 'shape': (), }";
                assert!(npy.windows(header.len()).any(|w| w == header));
                assert!(npy.ends_with(b"csr"));
            }
        }
    }
}
