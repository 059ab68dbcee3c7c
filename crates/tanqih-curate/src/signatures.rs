//! Signature files: the MinHash signature of every document a shard run judged, in input order, so that
//! near-duplicates can be found across shards without their text.
//!
//! Layout: the line `tanqih-signatures 1`, one line of JSON with the [`MinHashConfig`], then one record per
//! document: its position among the shard's curated documents (u64), its id (u32 length + UTF-8), the
//! hash of its normalized text (u64) and its signature (`bands × rows` × u32), little-endian throughout.

use std::io::{self, BufRead, Write};

use crate::minhash::{MinHashConfig, Signature};

const MAGIC: &str = "tanqih-signatures 1\n";

/// One document's entry in a signature file.
#[derive(Debug, Clone, PartialEq)]
pub struct SignatureRecord {
    /// The document's position among the shard's curated documents (its line in `attributes.jsonl`).
    pub doc: u64,
    /// The document's id.
    pub id: String,
    /// Hash of its normalized text ([`crate::stable_hash`]).
    pub text_hash: u64,
    /// Its signature.
    pub signature: Signature,
}

/// Writes the header of a signature file.
pub fn write_header(out: &mut impl Write, config: &MinHashConfig) -> io::Result<()> {
    out.write_all(MAGIC.as_bytes())?;
    serde_json::to_writer(&mut *out, config)?;
    out.write_all(b"\n")
}

/// Appends one record.
pub fn write_record(out: &mut impl Write, record: &SignatureRecord) -> io::Result<()> {
    out.write_all(&record.doc.to_le_bytes())?;
    let id_len = u32::try_from(record.id.len()).map_err(io::Error::other)?;
    out.write_all(&id_len.to_le_bytes())?;
    out.write_all(record.id.as_bytes())?;
    out.write_all(&record.text_hash.to_le_bytes())?;
    let mut bytes = Vec::with_capacity(record.signature.0.len() * 4);
    for v in &record.signature.0 {
        bytes.extend_from_slice(&v.to_le_bytes());
    }
    out.write_all(&bytes)
}

/// Reads a signature file record by record.
pub struct SignatureReader<R> {
    input: R,
    config: MinHashConfig,
    offset: u64,
}

fn invalid(offset: u64, what: impl std::fmt::Display) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("byte {offset}: {what}"))
}

impl<R: BufRead> SignatureReader<R> {
    /// Reads the header; a file that is not a signature file is an error.
    pub fn new(mut input: R) -> io::Result<Self> {
        let mut magic = String::new();
        input.read_line(&mut magic)?;
        if magic != MAGIC {
            return Err(invalid(0, "not a tanqih signature file (version 1)"));
        }
        let mut line = String::new();
        input.read_line(&mut line)?;
        let config: MinHashConfig =
            serde_json::from_str(&line).map_err(|e| invalid(magic.len() as u64, e))?;
        config.check().map_err(|e| invalid(magic.len() as u64, e))?;
        Ok(SignatureReader {
            input,
            config,
            offset: (magic.len() + line.len()) as u64,
        })
    }

    /// The settings the signatures were made with.
    pub fn config(&self) -> &MinHashConfig {
        &self.config
    }

    fn read_exact_at(&mut self, buf: &mut [u8]) -> io::Result<()> {
        self.input
            .read_exact(buf)
            .map_err(|_| invalid(self.offset, "the file ends inside a record"))?;
        self.offset += buf.len() as u64;
        Ok(())
    }

    /// The next record, `None` at the end of the file.
    pub fn next_record(&mut self) -> io::Result<Option<SignatureRecord>> {
        if self.input.fill_buf()?.is_empty() {
            return Ok(None);
        }
        let mut u64_buf = [0u8; 8];
        let mut u32_buf = [0u8; 4];
        self.read_exact_at(&mut u64_buf)?;
        let doc = u64::from_le_bytes(u64_buf);
        self.read_exact_at(&mut u32_buf)?;
        let id_len = u32::from_le_bytes(u32_buf) as usize;
        if id_len > 1 << 20 {
            return Err(invalid(self.offset, "an id longer than 1 MiB"));
        }
        let mut id = vec![0u8; id_len];
        let at = self.offset;
        self.read_exact_at(&mut id)?;
        let id = String::from_utf8(id).map_err(|_| invalid(at, "an id that is not UTF-8"))?;
        self.read_exact_at(&mut u64_buf)?;
        let text_hash = u64::from_le_bytes(u64_buf);
        let mut bytes = vec![0u8; self.config.hashes() * 4];
        self.read_exact_at(&mut bytes)?;
        let signature = Signature(
            bytes
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes(c.try_into().expect("four bytes")))
                .collect(),
        );
        Ok(Some(SignatureRecord {
            doc,
            id,
            text_hash,
            signature,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_truncation_is_an_error() {
        let config = MinHashConfig {
            bands: 2,
            rows: 2,
            ..MinHashConfig::default()
        };
        let records = [
            SignatureRecord {
                doc: 0,
                id: "أ-1".into(),
                text_hash: 7,
                signature: Signature(vec![1, 2, 3, 4]),
            },
            SignatureRecord {
                doc: 2,
                id: String::new(),
                text_hash: u64::MAX,
                signature: Signature(vec![u32::MAX, 0, 5, 6]),
            },
        ];
        let mut file = Vec::new();
        write_header(&mut file, &config).unwrap();
        for r in &records {
            write_record(&mut file, r).unwrap();
        }
        let mut reader = SignatureReader::new(file.as_slice()).unwrap();
        assert_eq!(reader.config(), &config);
        assert_eq!(reader.next_record().unwrap().as_ref(), Some(&records[0]));
        assert_eq!(reader.next_record().unwrap().as_ref(), Some(&records[1]));
        assert_eq!(reader.next_record().unwrap(), None);
        let mut reader = SignatureReader::new(&file[..file.len() - 3]).unwrap();
        reader.next_record().unwrap();
        let err = reader.next_record().unwrap_err().to_string();
        assert!(err.contains("ends inside a record"), "{err}");
        assert!(SignatureReader::new(&b"hello\n"[..]).is_err());
    }
}
