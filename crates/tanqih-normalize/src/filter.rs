//! A SIMD pre-filter for [`crate::passes::CharTable`]: skips 16-byte blocks in which no char can change.
//!
//! Each block (32 bytes with AVX2, else 16) is tested with nibble lookups: a byte may start an edit when it is an ASCII byte or
//! a lead byte that the table changes (conservatively, every lead of a row with any change), or when it
//! is one of up to four "hot" two-byte lead bytes (U+0600–U+06FF in Arabic text) and the byte after it
//! is exactly one that the row changes. Continuation bytes never start a char, so the first flagged
//! position is a char start, where the exact scalar lookup takes over.

/// Lead bytes whose row is tested exactly, second byte included.
const HOT: usize = 4;

/// The filter of one table, or nothing on machines without SSSE3.
#[derive(Debug, Clone)]
pub(crate) struct Filter {
    /// AVX2 is available: blocks of 32 bytes.
    avx2: bool,
    /// Hot lead bytes (unused slots hold 0x80, a continuation byte, which never matches a lead).
    hot_leads: [u8; HOT],
    /// For each hot lead: by the low nibble of the second byte, a bit per value of bits 4–5 of it.
    hot_rows: [[u8; 16]; HOT],
    /// Other bytes that may start an edit: by low nibble, a bit per high nibble 0–7 …
    other_low: [u8; 16],
    /// … and 8–15.
    other_high: [u8; 16],
}

impl Filter {
    /// The filter for a table that changes the char starting with `b0 b1` when `changes(b0, b1)`
    /// (`wide`: some char of three or four bytes may change). `None` without SSSE3.
    pub(crate) fn new(changes: impl Fn(u8, u8) -> bool, wide: bool) -> Option<Filter> {
        if !cfg!(target_arch = "x86_64") || !ssse3() {
            return None;
        }
        let mut filter = Filter {
            avx2: avx2(),
            hot_leads: [0x80; HOT],
            hot_rows: [[0; 16]; HOT],
            other_low: [0; 16],
            other_high: [0; 16],
        };
        let flag_other = |filter: &mut Filter, b: u8| {
            let (hi, lo) = ((b >> 4) as usize, (b & 0x0F) as usize);
            if hi < 8 {
                filter.other_low[lo] |= 1 << hi;
            } else {
                filter.other_high[lo] |= 1 << (hi - 8);
            }
        };
        for b in 0..0x80u8 {
            if changes(b, 0) {
                flag_other(&mut filter, b);
            }
        }
        // Two-byte leads with changes; the Arabic block (D8–DB) first, as the hot ones.
        let mut hot = 0;
        let leads = (0xD8..=0xDBu8).chain(0xC2..0xD8).chain(0xDC..=0xDF);
        for b0 in leads {
            let seconds: Vec<u8> = (0x80..0xC0u8).filter(|&b1| changes(b0, b1)).collect();
            if seconds.is_empty() {
                continue;
            }
            if hot < HOT {
                filter.hot_leads[hot] = b0;
                for b1 in seconds {
                    let low6 = b1 & 0x3F;
                    filter.hot_rows[hot][(low6 & 0x0F) as usize] |= 1 << (low6 >> 4);
                }
                hot += 1;
            } else {
                flag_other(&mut filter, b0);
            }
        }
        if wide {
            for b in 0xE0..=0xFFu8 {
                flag_other(&mut filter, b);
            }
        }
        Some(filter)
    }

    /// The first position at or after `i` that may start an edit, or the position where fewer than 17
    /// bytes are left (the scalar scan goes on from there).
    #[inline]
    pub(crate) fn skip(&self, bytes: &[u8], i: usize) -> usize {
        let (base, mask) = self.candidates(bytes, i);
        base + if mask == 0 {
            0
        } else {
            mask.trailing_zeros() as usize
        }
    }

    /// The first block at or after `i` with a position that may start an edit: its start and one bit
    /// per such position. A zero mask means fewer than 17 bytes are left from the returned start.
    #[inline]
    pub(crate) fn candidates(&self, bytes: &[u8], i: usize) -> (usize, u32) {
        #[cfg(target_arch = "x86_64")]
        {
            // SAFETY: `new` returned a filter, so SSSE3 is available, and AVX2 when `avx2` says so.
            unsafe {
                if self.avx2 {
                    self.skip_avx2(bytes, i)
                } else {
                    self.skip_ssse3(bytes, i)
                }
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            (i, 0)
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "ssse3")]
    unsafe fn skip_ssse3(&self, bytes: &[u8], mut i: usize) -> (usize, u32) {
        while i + 17 <= bytes.len() {
            // SAFETY: the block and the byte after it are in bounds.
            let mask = unsafe { self.block(bytes.as_ptr().add(i)) };
            if mask != 0 {
                return (i, mask);
            }
            i += 16;
        }
        (i, 0)
    }

    /// As [`Filter::skip_ssse3`], 32 bytes at a time.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn skip_avx2(&self, bytes: &[u8], mut i: usize) -> (usize, u32) {
        use std::arch::x86_64::*;
        let table = |t: &[u8; 16]| {
            // SAFETY: 16 readable bytes.
            _mm256_broadcastsi128_si256(unsafe { _mm_loadu_si128(t.as_ptr() as *const __m128i) })
        };
        let low_nibbles = _mm256_set1_epi8(0x0F);
        let zero = _mm256_setzero_si256();
        let ones = _mm256_set1_epi8(-1);
        let bit_of = _mm256_broadcastsi128_si256(_mm_setr_epi8(
            1, 2, 4, 8, 16, 32, 64, -128, 1, 2, 4, 8, 16, 32, 64, -128,
        ));
        let other_low = table(&self.other_low);
        let other_high = table(&self.other_high);
        let rows = [
            table(&self.hot_rows[0]),
            table(&self.hot_rows[1]),
            table(&self.hot_rows[2]),
            table(&self.hot_rows[3]),
        ];
        let leads = self.hot_leads.map(|l| _mm256_set1_epi8(l as i8));
        while i + 33 <= bytes.len() {
            // SAFETY: the block and the byte after it are in bounds.
            let (v0, v1) = unsafe {
                let at = bytes.as_ptr().add(i);
                (
                    _mm256_loadu_si256(at as *const __m256i),
                    _mm256_loadu_si256(at.add(1) as *const __m256i),
                )
            };
            let lo0 = _mm256_and_si256(v0, low_nibbles);
            let hi0 = _mm256_and_si256(_mm256_srli_epi16(v0, 4), low_nibbles);
            let high_bit = _mm256_shuffle_epi8(bit_of, hi0);
            let in_high_half = _mm256_cmpgt_epi8(hi0, _mm256_set1_epi8(7));
            let other = _mm256_blendv_epi8(
                _mm256_shuffle_epi8(other_low, lo0),
                _mm256_shuffle_epi8(other_high, lo0),
                in_high_half,
            );
            let mut hits = _mm256_andnot_si256(
                _mm256_cmpeq_epi8(_mm256_and_si256(other, high_bit), zero),
                ones,
            );
            let lo1 = _mm256_and_si256(v1, low_nibbles);
            let group = _mm256_and_si256(_mm256_srli_epi16(v1, 4), _mm256_set1_epi8(0x03));
            let group_bit = _mm256_shuffle_epi8(bit_of, group);
            for (lead, row) in leads.iter().zip(&rows) {
                let is_lead = _mm256_cmpeq_epi8(v0, *lead);
                let row = _mm256_shuffle_epi8(*row, lo1);
                let member = _mm256_andnot_si256(
                    _mm256_cmpeq_epi8(_mm256_and_si256(row, group_bit), zero),
                    is_lead,
                );
                hits = _mm256_or_si256(hits, member);
            }
            let mask = _mm256_movemask_epi8(hits) as u32;
            if mask != 0 {
                return (i, mask);
            }
            i += 32;
        }
        // SAFETY: SSSE3 comes with AVX2.
        unsafe { self.skip_ssse3(bytes, i) }
    }

    /// One bit per byte of the 16 at `at` that may start an edit (reads 17 bytes).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "ssse3")]
    #[inline]
    unsafe fn block(&self, at: *const u8) -> u32 {
        use std::arch::x86_64::*;
        let low_nibbles = _mm_set1_epi8(0x0F);
        let zero = _mm_setzero_si128();
        let v0 = _mm_loadu_si128(at as *const __m128i);
        let v1 = _mm_loadu_si128(at.add(1) as *const __m128i);
        let lo0 = _mm_and_si128(v0, low_nibbles);
        let hi0 = _mm_and_si128(_mm_srli_epi16(v0, 4), low_nibbles);
        // Other bytes: bit (high nibble) of the row for the low nibble.
        let bit_of = _mm_setr_epi8(1, 2, 4, 8, 16, 32, 64, -128, 1, 2, 4, 8, 16, 32, 64, -128);
        let high_bit = _mm_shuffle_epi8(bit_of, hi0);
        let in_high_half = _mm_cmpgt_epi8(hi0, _mm_set1_epi8(7));
        let rows = _mm_or_si128(
            _mm_andnot_si128(
                in_high_half,
                _mm_shuffle_epi8(
                    _mm_loadu_si128(self.other_low.as_ptr() as *const __m128i),
                    lo0,
                ),
            ),
            _mm_and_si128(
                in_high_half,
                _mm_shuffle_epi8(
                    _mm_loadu_si128(self.other_high.as_ptr() as *const __m128i),
                    lo0,
                ),
            ),
        );
        let mut hits = _mm_andnot_si128(
            _mm_cmpeq_epi8(_mm_and_si128(rows, high_bit), zero),
            _mm_set1_epi8(-1),
        );
        // Hot leads: the second byte's bit (by bits 4–5 of it) in the row for its low nibble.
        let lo1 = _mm_and_si128(v1, low_nibbles);
        let group = _mm_and_si128(_mm_srli_epi16(v1, 4), _mm_set1_epi8(0x03));
        let group_bit = _mm_shuffle_epi8(bit_of, group);
        for (lead, row) in self.hot_leads.iter().zip(&self.hot_rows) {
            let is_lead = _mm_cmpeq_epi8(v0, _mm_set1_epi8(*lead as i8));
            let row = _mm_shuffle_epi8(_mm_loadu_si128(row.as_ptr() as *const __m128i), lo1);
            let member =
                _mm_andnot_si128(_mm_cmpeq_epi8(_mm_and_si128(row, group_bit), zero), is_lead);
            hits = _mm_or_si128(hits, member);
        }
        _mm_movemask_epi8(hits) as u32
    }
}

fn avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

fn ssse3() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("ssse3")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}
