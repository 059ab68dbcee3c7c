//! Feature files: `tfidf.npz` as `scipy.sparse.save_npz` lays it out, and `features.bin` (bincode 2).

use std::io::{self, Write};

use serde::{Deserialize, Serialize};

use crate::{CsrMatrix, TfidfModel, Vocabulary};

/// Writes `matrix` as `scipy.sparse.save_npz` does: a zip of `indices.npy` and `indptr.npy` (int32, or
/// int64 when they do not fit), `format.npy` (`b'csr'`), `shape.npy` (int64) and `data.npy` (float64).
/// Entries are deflated, as `save_npz` (compressed by default) writes them.
pub fn write_npz(matrix: &CsrMatrix, out: impl Write) -> io::Result<()> {
    let wide = matrix.indptr.last().is_some_and(|&n| n > i32::MAX as u64)
        || matrix.shape.1 > i32::MAX as usize;
    let int_array = |values: &mut dyn Iterator<Item = u64>, len: usize| -> Vec<u8> {
        if wide {
            npy(
                "<i8",
                &[len],
                values.flat_map(|v| (v as i64).to_le_bytes()).collect(),
            )
        } else {
            npy(
                "<i4",
                &[len],
                values.flat_map(|v| (v as i32).to_le_bytes()).collect(),
            )
        }
    };
    let entries = [
        (
            "indices.npy",
            int_array(
                &mut matrix.indices.iter().map(|&v| v as u64),
                matrix.indices.len(),
            ),
        ),
        (
            "indptr.npy",
            int_array(&mut matrix.indptr.iter().copied(), matrix.indptr.len()),
        ),
        ("format.npy", npy("|S3", &[], b"csr".to_vec())),
        (
            "shape.npy",
            npy(
                "<i8",
                &[2],
                [matrix.shape.0 as i64, matrix.shape.1 as i64]
                    .iter()
                    .flat_map(|v| v.to_le_bytes())
                    .collect(),
            ),
        ),
        (
            "data.npy",
            npy(
                "<f8",
                &[matrix.data.len()],
                matrix.data.iter().flat_map(|v| v.to_le_bytes()).collect(),
            ),
        ),
    ];
    write_zip(&entries, out)
}

/// One `.npy` file (format version 1.0, header padded to 64 bytes).
fn npy(descr: &str, shape: &[usize], body: Vec<u8>) -> Vec<u8> {
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
    let mut out = Vec::with_capacity(10 + header.len() + body.len());
    out.extend_from_slice(b"\x93NUMPY\x01\x00");
    out.extend_from_slice(&(header.len() as u16).to_le_bytes());
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(&body);
    out
}

/// A zip archive of deflated entries (ZIP64 is not needed below 4 GiB per array).
fn write_zip(entries: &[(&str, Vec<u8>)], mut out: impl Write) -> io::Result<()> {
    let too_big = || {
        io::Error::new(
            io::ErrorKind::InvalidData,
            "array too large for a zip entry",
        )
    };
    let mut central = Vec::new();
    let mut offset: u32 = 0;
    for (name, data) in entries {
        let crc = crc32fast::hash(data);
        let size = u32::try_from(data.len()).map_err(|_| too_big())?;
        let mut deflate =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        deflate.write_all(data)?;
        let packed = deflate.finish()?;
        let packed_size = u32::try_from(packed.len()).map_err(|_| too_big())?;
        let mut local = Vec::new();
        local.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        local.extend_from_slice(&[20, 0, 0, 0, 8, 0, 0, 0, 0x21, 0]); // version, flags, deflate, time, date 1980-01-01
        local.extend_from_slice(&crc.to_le_bytes());
        local.extend_from_slice(&packed_size.to_le_bytes());
        local.extend_from_slice(&size.to_le_bytes());
        local.extend_from_slice(&(name.len() as u16).to_le_bytes());
        local.extend_from_slice(&0u16.to_le_bytes());
        local.extend_from_slice(name.as_bytes());
        out.write_all(&local)?;
        out.write_all(&packed)?;

        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&[20, 0, 20, 0, 0, 0, 8, 0, 0, 0, 0x21, 0]);
        central.extend_from_slice(&crc.to_le_bytes());
        central.extend_from_slice(&packed_size.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&(name.len() as u16).to_le_bytes());
        central.extend_from_slice(&[0; 12]); // extra, comment, disk, internal and external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
        offset = offset
            .checked_add(local.len() as u32 + packed_size)
            .ok_or_else(too_big)?;
    }
    out.write_all(&central)?;
    let mut end = Vec::new();
    end.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    end.extend_from_slice(&[0, 0, 0, 0]);
    end.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    end.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    end.extend_from_slice(&(central.len() as u32).to_le_bytes());
    end.extend_from_slice(&offset.to_le_bytes());
    end.extend_from_slice(&0u16.to_le_bytes());
    out.write_all(&end)
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

impl FeaturesFile {
    /// Writes the magic, the version and the body (bincode 2, standard configuration).
    pub fn write(&self, mut out: impl Write) -> Result<(), FeaturesError> {
        let enc = |e: io::Error| FeaturesError::Encode(e.to_string());
        out.write_all(&FEATURES_MAGIC).map_err(enc)?;
        out.write_all(&FEATURES_VERSION.to_le_bytes())
            .map_err(enc)?;
        bincode::serde::encode_into_std_write(self, &mut out, bincode::config::standard())
            .map_err(|e| FeaturesError::Encode(e.to_string()))?;
        Ok(())
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
    fn npz_is_a_zip_of_npy_arrays() {
        let mut bytes = Vec::new();
        write_npz(&sample().matrix, &mut bytes).unwrap();
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
