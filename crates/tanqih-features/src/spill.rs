//! Term counts of a corpus larger than memory: each document's counts go to a file as term ids while the
//! terms and their document and term frequencies stay in memory; once the vocabulary is known, the tf-idf
//! rows are resolved from that file into another, which the writers read as often as they need.

use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use foldhash::fast::FixedState;

use crate::{RowSource, RowVisitor, TermCounts, TfidfModel, Vocabulary};

/// Each document's term counts, spilled to a file as `(term id, count)` pairs (LEB128), each document's
/// record after its length in bytes.
#[derive(Debug)]
pub struct TermSpill {
    path: PathBuf,
    out: BufWriter<File>,
    /// Term → id, ids in order of first occurrence.
    term_ids: HashMap<String, u32, FixedState>,
    /// The term and the counts of each id.
    terms: Vec<(String, TermCounts)>,
    documents: usize,
    record: Vec<u8>,
}

impl TermSpill {
    /// A spill writing to `path` (created or truncated).
    pub fn create(path: PathBuf) -> io::Result<Self> {
        let out = BufWriter::with_capacity(1 << 20, File::create(&path)?);
        Ok(TermSpill {
            path,
            out,
            term_ids: HashMap::default(),
            terms: Vec::new(),
            documents: 0,
            record: Vec::new(),
        })
    }

    /// The spill file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Adds the next document's distinct terms, each with how often it occurs, in the order given
    /// ([`SpilledCounts::resolve`] sorts each row by column).
    pub fn push(&mut self, terms: &[(String, u64)]) -> io::Result<()> {
        self.record.clear();
        put_varint(terms.len() as u64, &mut self.record);
        for (term, n) in terms {
            let id = match self.term_ids.get(term.as_str()) {
                Some(&id) => id,
                None => {
                    let id = self.terms.len() as u32;
                    self.terms.push((term.clone(), TermCounts::default()));
                    self.term_ids.insert(term.clone(), id);
                    id
                }
            };
            let counts = &mut self.terms[id as usize].1;
            counts.df += 1;
            counts.tf += n;
            put_varint(id.into(), &mut self.record);
            put_varint(*n, &mut self.record);
        }
        self.documents += 1;
        let mut length = Vec::with_capacity(10);
        put_varint(self.record.len() as u64, &mut length);
        self.out.write_all(&length)?;
        self.out.write_all(&self.record)
    }

    /// Closes the spill: the vocabulary of every document pushed, and the spilled counts to resolve.
    pub fn finish(self) -> io::Result<(Vocabulary, SpilledCounts)> {
        let TermSpill {
            path,
            out,
            terms,
            documents,
            ..
        } = self;
        out.into_inner().map_err(|e| e.into_error())?;
        let vocabulary = Vocabulary::from_counts(terms.iter().cloned(), documents as u64);
        let terms = terms.into_iter().map(|(term, _)| term).collect();
        Ok((
            vocabulary,
            SpilledCounts {
                path,
                terms,
                documents,
            },
        ))
    }
}

/// A closed [`TermSpill`].
#[derive(Debug)]
pub struct SpilledCounts {
    path: PathBuf,
    /// The term of each id.
    terms: Vec<String>,
    documents: usize,
}

impl SpilledCounts {
    /// The tf-idf rows of the spilled documents under `model`, written to `rows_path`; the spill file is
    /// removed.
    pub fn resolve(self, model: &TfidfModel, rows_path: PathBuf) -> io::Result<SpilledRows> {
        self.resolve_reading(model, rows_path, 1 << 20)
    }

    /// [`SpilledCounts::resolve`], reading the spill through a buffer of `capacity` bytes.
    fn resolve_reading(
        self,
        model: &TfidfModel,
        rows_path: PathBuf,
        capacity: usize,
    ) -> io::Result<SpilledRows> {
        let column_of: Vec<Option<u32>> = self.terms.iter().map(|t| model.column(t)).collect();
        let mut input = BufReader::with_capacity(capacity, File::open(&self.path)?);
        let mut out = BufWriter::with_capacity(1 << 20, File::create(&rows_path)?);
        let mut indptr = Vec::with_capacity(self.documents + 1);
        indptr.push(0u64);
        let mut counts = Vec::new();
        let mut bytes = Vec::new();
        let mut record = Vec::new();
        let bad = || io::Error::other("bad record in term counts");
        for _ in 0..self.documents {
            counts.clear();
            // The record from the reader's buffer when it holds it whole, else copied out.
            let length = get_varint(&mut input)? as usize;
            let whole = input.fill_buf()?.len() >= length;
            if !whole {
                record.resize(length, 0);
                input.read_exact(&mut record)?;
            }
            let mut rest = if whole {
                &input.buffer()[..length]
            } else {
                &record[..]
            };
            let n = take_varint(&mut rest).ok_or_else(bad)?;
            for _ in 0..n {
                let id = take_varint(&mut rest).ok_or_else(bad)? as usize;
                let count = take_varint(&mut rest).ok_or_else(bad)?;
                if let Some(col) = column_of.get(id).copied().flatten() {
                    counts.push((col, count as f64));
                }
            }
            if !rest.is_empty() {
                return Err(bad());
            }
            if whole {
                input.consume(length);
            }
            counts.sort_unstable_by_key(|&(col, _)| col);
            let row = model.transform_counts(std::mem::take(&mut counts));
            bytes.clear();
            for &(col, v) in &row {
                bytes.extend_from_slice(&col.to_le_bytes());
                bytes.extend_from_slice(&v.to_le_bytes());
            }
            out.write_all(&bytes)?;
            indptr.push(indptr.last().expect("starts with 0") + row.len() as u64);
            counts = row;
        }
        out.into_inner().map_err(|e| e.into_error())?;
        drop(input);
        fs::remove_file(&self.path)?;
        Ok(SpilledRows {
            path: rows_path,
            columns: model.terms.len(),
            indptr,
        })
    }
}

/// Tf-idf rows kept on disk as `(column: u32, value: f64)` pairs (little-endian): each pass reads the
/// file. Clones read the same file.
#[derive(Debug, Clone)]
pub struct SpilledRows {
    path: PathBuf,
    columns: usize,
    indptr: Vec<u64>,
}

/// Bytes of one `(column, value)` pair.
const PAIR_BYTES: usize = 12;

impl SpilledRows {
    /// Removes the rows' file.
    pub fn remove(self) -> io::Result<()> {
        fs::remove_file(&self.path)
    }
}

impl RowSource for SpilledRows {
    fn columns(&self) -> usize {
        self.columns
    }

    fn for_each_row(&mut self, each: &mut RowVisitor<'_>) -> io::Result<()> {
        let mut input = BufReader::with_capacity(1 << 20, File::open(&self.path)?);
        let mut bytes = Vec::new();
        let mut row = Vec::new();
        for w in self.indptr.windows(2) {
            bytes.resize((w[1] - w[0]) as usize * PAIR_BYTES, 0);
            input.read_exact(&mut bytes)?;
            row.clear();
            row.extend(bytes.chunks_exact(PAIR_BYTES).map(|pair| {
                let (col, v) = pair.split_at(4);
                (
                    u32::from_le_bytes(col.try_into().expect("4 bytes")),
                    f64::from_le_bytes(v.try_into().expect("8 bytes")),
                )
            }));
            each(&row)?;
        }
        Ok(())
    }

    fn row_pointers(&mut self) -> io::Result<Vec<u64>> {
        Ok(self.indptr.clone())
    }
}

/// Reads a LEB128 number off the front of `bytes`; `None` when it is cut short or too long.
fn take_varint(bytes: &mut &[u8]) -> Option<u64> {
    let mut v = 0u64;
    for (i, &b) in bytes.iter().enumerate().take(10) {
        v |= u64::from(b & 0x7F) << (7 * i);
        if b < 0x80 {
            *bytes = &bytes[i + 1..];
            return Some(v);
        }
    }
    None
}

/// Appends `v` to `out` as LEB128.
fn put_varint(mut v: u64, out: &mut Vec<u8>) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads a LEB128 number, from the reader's buffer when it holds the whole number.
fn get_varint(input: &mut impl BufRead) -> io::Result<u64> {
    let buffered = input.fill_buf()?;
    if let Some(len) = buffered.iter().take(10).position(|&b| b < 0x80) {
        let v = buffered[..=len]
            .iter()
            .enumerate()
            .fold(0u64, |v, (i, &b)| v | u64::from(b & 0x7F) << (7 * i));
        input.consume(len + 1);
        return Ok(v);
    }
    let mut v = 0u64;
    let mut shift = 0;
    loop {
        let mut byte = [0u8];
        input.read_exact(&mut byte)?;
        v |= u64::from(byte[0] & 0x7F) << shift;
        if byte[0] < 0x80 {
            return Ok(v);
        }
        shift += 7;
        if shift > 63 {
            return Err(io::Error::other("bad varint in term counts"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CsrMatrix, VectorizerConfig};

    #[test]
    fn varints_read_back_across_buffer_boundaries() {
        let values: Vec<u64> = (0..64)
            .map(|shift| 1u64 << shift)
            .chain([0, 127, 128, 16_383, 16_384, u64::MAX])
            .collect();
        let mut bytes = Vec::new();
        for &v in &values {
            put_varint(v, &mut bytes);
        }
        for capacity in [1, 2, 3, 7, 10, 64] {
            let mut input = BufReader::with_capacity(capacity, bytes.as_slice());
            for &v in &values {
                assert_eq!(get_varint(&mut input).unwrap(), v, "capacity {capacity}");
            }
            assert!(get_varint(&mut input).is_err());
        }
        let mut rest = bytes.as_slice();
        for &v in &values {
            assert_eq!(take_varint(&mut rest), Some(v));
        }
        assert_eq!(take_varint(&mut rest), None);
        assert_eq!(take_varint(&mut &[0x80u8, 0x80][..]), None);
    }

    #[test]
    fn spilled_rows_are_the_rows_computed_in_memory() {
        // Records cut by the reader's buffer, or held whole in it.
        for capacity in [1, 3, 7, 1 << 20] {
            spilled_rows_read_through(capacity);
        }
    }

    fn spilled_rows_read_through(capacity: usize) {
        let docs: Vec<Vec<(String, u64)>> = vec![
            vec![("b".into(), 2), ("a".into(), 1)],
            vec![],
            vec![("c".into(), 1), ("a".into(), 3)],
            vec![("a".into(), 1)],
            (0..300).map(|i| (format!("t{i}"), i as u64 + 1)).collect(),
        ];
        let dir =
            std::env::temp_dir().join(format!("tanqih-spill-{}-{capacity}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let mut spill = TermSpill::create(dir.join("counts")).unwrap();
        for doc in &docs {
            spill.push(doc).unwrap();
        }
        let (vocabulary, counts) = spill.finish().unwrap();
        assert_eq!(vocabulary.documents(), docs.len() as u64);
        let model = TfidfModel::fit(&vocabulary, &VectorizerConfig::default());
        let mut rows = counts
            .resolve_reading(&model, dir.join("rows"), capacity)
            .unwrap();
        assert!(!dir.join("counts").exists());
        let mut spilled = Vec::new();
        rows.for_each_row(&mut |row| {
            spilled.push(row.to_vec());
            Ok(())
        })
        .unwrap();
        let expected: Vec<Vec<(u32, f64)>> = docs
            .iter()
            .map(|doc| {
                let mut row: Vec<(u32, f64)> = doc
                    .iter()
                    .filter_map(|(t, n)| Some((model.column(t)?, *n as f64)))
                    .collect();
                row.sort_unstable_by_key(|&(c, _)| c);
                model.transform_counts(row)
            })
            .collect();
        assert_eq!(spilled, expected);
        let mut matrix = CsrMatrix::new(model.terms.len());
        for row in &expected {
            matrix.push_row(row);
        }
        assert_eq!(rows.row_pointers().unwrap(), matrix.indptr);
        rows.remove().unwrap();
        fs::remove_dir_all(&dir).unwrap();
    }
}
