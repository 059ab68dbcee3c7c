//! A read-only word table laid out in one byte buffer: built by the build script, read in place.
//!
//! Layout: `slots` (`u32`, a power of two), the index (`slots` × `u32`: open addressing on FNV-1a with
//! linear probing; each slot holds where a record starts + 1, 0 when empty), then the records, one per
//! word: its length in bytes (`u8`), its entry (`u16`: centibels in the low 15 bits, the stem mark in the
//! high bit) and its bytes. Integers are little-endian.

/// Frequency in centibels of a word that is not in the list (a frequency of 1e-9).
pub const UNKNOWN_CB: i32 = 900;

const STEM_BIT: u16 = 1 << 15;

/// FNV-1a over the word's bytes: fixed, so that the build script and the reader agree.
fn hash(word: &[u8]) -> usize {
    word.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    }) as usize
}

/// Lays out `words` (each with its centibels and stem mark) as a table; words longer than 255 bytes are
/// left out.
#[allow(dead_code)] // the build script's half
pub fn build<'a>(words: impl Iterator<Item = (&'a str, (i32, bool))>) -> Vec<u8> {
    let words: Vec<_> = words
        .filter(|(w, _)| w.len() <= usize::from(u8::MAX))
        .collect();
    let slots = (words.len() + words.len() / 2).next_power_of_two().max(2);
    let mut index = vec![0u32; slots];
    let mut records = Vec::new();
    for (word, (cb, stem)) in words {
        let mut slot = hash(word.as_bytes()) & (slots - 1);
        while index[slot] != 0 {
            slot = (slot + 1) & (slots - 1);
        }
        index[slot] = u32::try_from(records.len() + 1).expect("the table fits in 4 GB");
        let cb = cb.clamp(0, i32::from(!STEM_BIT)) as u16;
        records.push(word.len() as u8);
        records.extend((cb | if stem { STEM_BIT } else { 0 }).to_le_bytes());
        records.extend_from_slice(word.as_bytes());
    }
    let mut out = Vec::with_capacity(4 + 4 * slots + records.len());
    out.extend((slots as u32).to_le_bytes());
    index.iter().for_each(|i| out.extend(i.to_le_bytes()));
    out.extend(records);
    out
}

/// A table read in place from its bytes.
pub struct Table {
    index: &'static [u8],
    records: &'static [u8],
}

impl Table {
    /// Splits a table laid out by [`build`] into its index and records.
    pub fn new(bytes: &'static [u8]) -> Table {
        let slots = u32::from_le_bytes(bytes[..4].try_into().unwrap()) as usize;
        let (index, records) = bytes[4..].split_at(4 * slots);
        Table { index, records }
    }

    /// The centibels and stem mark of `word`, when the table holds it.
    pub fn get(&self, word: &str) -> Option<(i32, bool)> {
        let mask = self.index.len() / 4 - 1;
        let mut slot = hash(word.as_bytes()) & mask;
        loop {
            let at = u32::from_le_bytes(self.index[4 * slot..4 * slot + 4].try_into().unwrap());
            let at = (at as usize).checked_sub(1)?;
            let len = usize::from(self.records[at]);
            if self.records.get(at + 3..at + 3 + len) == Some(word.as_bytes()) {
                let entry = u16::from_le_bytes([self.records[at + 1], self.records[at + 2]]);
                return Some((i32::from(entry & !STEM_BIT), entry & STEM_BIT != 0));
            }
            slot = (slot + 1) & mask;
        }
    }
}
