//! Plain Arabic text sixteen bytes at a time: Arabic letters and single spaces, the bulk of a news
//! paragraph, folded and measured with a few SSE2 steps instead of char by char.

/// What a plain block holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Plain {
    /// The block's length: sixteen bytes, or fifteen when the sixteenth opens a char.
    pub len: usize,
    /// Bit `k` set: byte `k` ends a letter that folding changes (a hamza alef, alef maksura, teh
    /// marbuta).
    pub changed: u32,
    /// Arabic letters (every char of the block but the spaces).
    pub letters: usize,
    /// Letters right after a space: words that start inside the block.
    pub word_starts: usize,
    /// The block opens with a letter (which starts a word unless the one before is counted).
    pub starts_with_letter: bool,
    /// The block opens with a space.
    pub starts_with_space: bool,
    /// The block ends with a space.
    pub ends_with_space: bool,
}

/// A block cut short by a byte that is not plain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cut {
    /// Byte `at` of the block is the first that is not plain (a mark, tatweel, punctuation, a digit,
    /// another script, a second space in a row), or the text ends there.
    pub at: usize,
    /// The plain chars before it, when there are any: read as a block of their own.
    pub prefix: Option<Plain>,
}

/// Reads the block of `bytes` at `at` (a char boundary): sixteen bytes, or what remains of the text when
/// fewer do. `None`: the text ends at `at` (or no SIMD here); `Some(Err(cut))`: the block is cut short,
/// by a byte that is not plain or by the text's end, and its plain chars before the cut are
/// `cut.prefix`.
#[inline(always)]
pub(crate) fn block_at(bytes: &[u8], at: usize) -> Option<Result<Plain, Cut>> {
    match bytes.get(at..at + 16) {
        Some(block) => read(block.try_into().ok()?),
        None => {
            // The text's last bytes, padded with NUL, which is not plain: the block is cut where the
            // text ends, or before.
            let rest = bytes.get(at..).filter(|rest| !rest.is_empty())?;
            let mut block = [0; 16];
            block[..rest.len()].copy_from_slice(rest);
            read(&block)
        }
    }
}

/// Where reading by blocks may resume after the block at `at` found byte `k` not plain: the next lead
/// byte of an Arabic letter (a plain block opens with one, or with a space before one), or the text's
/// end. Text in other scripts is then read char by char to its next Arabic letter, not tried sixteen
/// bytes at a time at every char.
#[inline]
pub(crate) fn resume_at(bytes: &[u8], at: usize, k: usize) -> usize {
    let from = (at + k + 1).min(bytes.len());
    let lead = |b: Option<&u8>| matches!(b, Some(0xD8 | 0xD9));
    // In Arabic text the next letter is mostly right there, or after a space.
    if lead(bytes.get(from)) || bytes.get(from) == Some(&b' ') && lead(bytes.get(from + 1)) {
        return from;
    }
    memchr::memchr2(0xD8, 0xD9, &bytes[from..]).map_or(bytes.len(), |p| from + p)
}

#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn read(block: &[u8; 16]) -> Option<Result<Plain, Cut>> {
    let v = tanqih_core::bytes16::Bytes16::new(block);
    let space = v.eq(b' ').bits();
    let (d8, d9) = (v.eq(0xD8), v.eq(0xD9));
    let leads = (d8 | d9).bits();
    let (after_d8, after_d9) = (d8.next(), d9.next());
    // After D8: U+0620–U+063F; after D9: U+0641–U+064A; both continuation bytes.
    let kept = (v.below(0xC0)
        & ((after_d8 & v.above(0x9F)) | (after_d9 & v.above(0x80) & v.below(0x8B))))
    .bits();
    // Letters that folding changes: أ إ آ (D8 A2, A3, A5), ة (D8 A9), ى (D9 89).
    let changed = ((after_d8 & (v.eq(0xA2) | v.eq(0xA3) | v.eq(0xA5) | v.eq(0xA9)))
        | (after_d9 & v.eq(0x89)))
    .bits();
    // The facts of the block's first `len` bytes, all plain.
    let plain = |len: usize| {
        let mask = (1u32 << len) - 1;
        Plain {
            len,
            changed: changed & mask,
            letters: ones(leads & mask),
            word_starts: ones(leads & (space << 1) & mask),
            starts_with_letter: leads & 1 != 0,
            starts_with_space: space & 1 != 0,
            ends_with_space: space >> (len - 1) & 1 != 0,
        }
    };
    // A lead byte at the end opens a char the block would cut: leave it to the next block.
    let len = 16 - (leads >> 15) as usize;
    let mask = (1u32 << len) - 1;
    let bad = (!(space | leads | kept) | (space & (space << 1))) & mask;
    if bad == 0 {
        return Some(Ok(plain(len)));
    }
    let at = bad.trailing_zeros() as usize;
    // The chars before the cut, without the lead byte of the char it falls in.
    let whole = if at > 0 && leads >> (at - 1) & 1 != 0 {
        at - 1
    } else {
        at
    };
    Some(Err(Cut {
        at,
        prefix: (whole > 0).then(|| plain(whole)),
    }))
}

/// The set bits of a 16-bit mask, by table (the x86-64 baseline has no popcount instruction).
#[cfg(target_arch = "x86_64")]
fn ones(bits: u32) -> usize {
    const ONES: [u8; 256] = {
        let mut table = [0; 256];
        let mut i = 0;
        while i < 256 {
            table[i] = (i as u8).count_ones() as u8;
            i += 1;
        }
        table
    };
    (ONES[(bits & 0xFF) as usize] + ONES[(bits >> 8 & 0xFF) as usize]) as usize
}

#[cfg(not(target_arch = "x86_64"))]
fn read(_block: &[u8; 16]) -> Option<Result<Plain, Cut>> {
    None
}

#[cfg(all(test, target_arch = "x86_64"))]
mod tests {
    use super::*;
    use crate::fold::fold;

    /// The block at `at`, char by char: the plain facts, or the offset of the first char that is not
    /// plain (or of the text's end, within sixteen bytes) and the facts of the plain chars before it.
    fn reference(text: &str, at: usize) -> Result<Plain, (usize, Option<Plain>)> {
        let letter = |c: char| matches!(c, '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}');
        let mut plain = Plain {
            len: 16,
            changed: 0,
            letters: 0,
            word_starts: 0,
            starts_with_letter: false,
            starts_with_space: false,
            ends_with_space: false,
        };
        let cut = |k: usize, plain: Plain| Err((k, (k > 0).then_some(Plain { len: k, ..plain })));
        let mut previous = None;
        let mut read = 0;
        for (k, c) in text[at..].char_indices().take_while(|(k, _)| *k < 16) {
            if k == 15 && matches!(text.as_bytes()[at + k], 0xD8 | 0xD9) {
                plain.len = 15;
                return Ok(plain);
            }
            if !(letter(c) || c == ' ' && previous != Some(' ')) {
                return cut(k, plain);
            }
            if c == ' ' {
                plain.starts_with_space |= k == 0;
            } else {
                plain.letters += 1;
                plain.word_starts += (previous == Some(' ')) as usize;
                plain.starts_with_letter |= k == 0;
            }
            plain.ends_with_space = c == ' ';
            if fold(&c.to_string()) != c.to_string() {
                plain.changed |= 1 << (k + 1);
            }
            previous = Some(c);
            read = k + c.len_utf8();
        }
        if read < 16 {
            return cut(read, plain);
        }
        Ok(plain)
    }

    #[test]
    fn blocks_read_as_char_by_char() {
        let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
        let mut texts: Vec<String> = std::fs::read_dir(seeds)
            .unwrap()
            .map(|entry| std::fs::read_to_string(entry.unwrap().path()).unwrap())
            .collect();
        texts.push("في بيت  من كتبٍ وإلى ــ مكتبة ى ي ٣ 3 ك".repeat(3));
        texts.push("كتب".into());
        let (mut plain_blocks, mut prefixes) = (0, 0);
        for text in &texts {
            assert_eq!(block_at(text.as_bytes(), text.len()), None);
            for at in (0..text.len()).filter(|&at| text.is_char_boundary(at)) {
                let found = block_at(text.as_bytes(), at).expect("a block where text remains");
                match (found, reference(text, at)) {
                    (Ok(plain), Ok(expected)) => {
                        assert_eq!(plain, expected, "{:?}", &text[at..]);
                        plain_blocks += 1;
                    }
                    // The block may name any byte of the first char that is not plain; the chars before
                    // it read as a block of their own.
                    (Err(cut), Err((char_at, prefix))) => {
                        let len = text[at + char_at..]
                            .chars()
                            .next()
                            .map_or(0, char::len_utf8);
                        assert!(
                            (char_at..=char_at + len.saturating_sub(1)).contains(&cut.at),
                            "{:?}",
                            &text[at..]
                        );
                        assert_eq!(cut.prefix, prefix, "{:?}", &text[at..]);
                        prefixes += prefix.is_some() as usize;
                    }
                    (found, expected) => panic!("{found:?} {expected:?} {:?}", &text[at..]),
                }
            }
        }
        assert!(prefixes > 1000, "{prefixes}");
        assert!(plain_blocks > 1000, "{plain_blocks}");
    }
}
