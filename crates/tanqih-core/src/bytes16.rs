//! Sixteen bytes compared all at once with SSE2 (part of every x86-64 CPU): a comparison gives a
//! [`Mask16`] of the bytes it holds for, which combines with `&`, `|` and [`Mask16::next`] in the
//! register before [`Mask16::bits`] reads it out (bit `k` for byte `k`).

use std::arch::x86_64::{
    __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_movemask_epi8,
    _mm_or_si128, _mm_set1_epi8, _mm_set_epi64x, _mm_slli_si128,
};

// SAFETY (every `unsafe` block below): SSE2 is part of every x86-64 CPU, and nothing here reads or
// writes through a pointer.

/// Sixteen bytes of text.
#[derive(Clone, Copy)]
pub struct Bytes16(__m128i);

/// For each of sixteen bytes, whether a comparison holds.
#[derive(Clone, Copy)]
pub struct Mask16(__m128i);

impl Bytes16 {
    /// The bytes of `block`.
    #[inline(always)]
    pub fn new(block: &[u8; 16]) -> Self {
        let half =
            |at: usize| i64::from_le_bytes(block[at..at + 8].try_into().expect("eight bytes"));
        Bytes16(unsafe { _mm_set_epi64x(half(8), half(0)) })
    }

    /// The bytes equal to `b`.
    #[inline(always)]
    pub fn eq(self, b: u8) -> Mask16 {
        Mask16(unsafe { _mm_cmpeq_epi8(self.0, _mm_set1_epi8(b as i8)) })
    }

    /// The bytes above `b`, both read as `i8` (the continuation bytes 0x80–0xBF are -128..=-65, below
    /// every ASCII byte).
    #[inline(always)]
    pub fn above(self, b: u8) -> Mask16 {
        Mask16(unsafe { _mm_cmpgt_epi8(self.0, _mm_set1_epi8(b as i8)) })
    }

    /// The bytes below `b`, both read as `i8`.
    #[inline(always)]
    pub fn below(self, b: u8) -> Mask16 {
        Mask16(unsafe { _mm_cmplt_epi8(self.0, _mm_set1_epi8(b as i8)) })
    }
}

impl Mask16 {
    /// The bytes right after those of the mask (byte `k + 1` for byte `k`; the last one's goes).
    #[inline(always)]
    pub fn next(self) -> Mask16 {
        Mask16(unsafe { _mm_slli_si128::<1>(self.0) })
    }

    /// Bit `k` set: the comparison holds for byte `k`.
    #[inline(always)]
    pub fn bits(self) -> u32 {
        unsafe { _mm_movemask_epi8(self.0) as u32 }
    }
}

impl std::ops::BitAnd for Mask16 {
    type Output = Mask16;

    #[inline(always)]
    fn bitand(self, other: Mask16) -> Mask16 {
        Mask16(unsafe { _mm_and_si128(self.0, other.0) })
    }
}

impl std::ops::BitOr for Mask16 {
    type Output = Mask16;

    #[inline(always)]
    fn bitor(self, other: Mask16) -> Mask16 {
        Mask16(unsafe { _mm_or_si128(self.0, other.0) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_are_the_bytewise_comparisons() {
        let block: [u8; 16] = *b"\xD8\xA7 a\x80\xBF\x7F\x00\xD9\x8A\xDB\xB0!~\xC0\xFF";
        let bytes = Bytes16::new(&block);
        let mask = |f: &dyn Fn(u8) -> bool| {
            (0..16)
                .filter(|&k| f(block[k]))
                .map(|k| 1u32 << k)
                .sum::<u32>()
        };
        for b in [
            0x00, b' ', 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xD8, 0xD9, 0xFF,
        ] {
            assert_eq!(bytes.eq(b).bits(), mask(&|x| x == b));
            assert_eq!(bytes.above(b).bits(), mask(&|x| (x as i8) > (b as i8)));
            assert_eq!(bytes.below(b).bits(), mask(&|x| (x as i8) < (b as i8)));
            assert_eq!(bytes.eq(b).next().bits(), (mask(&|x| x == b) << 1) & 0xFFFF);
        }
        let (d8, space) = (bytes.eq(0xD8), bytes.eq(b' '));
        assert_eq!((d8 | space).bits(), d8.bits() | space.bits());
        assert_eq!(
            (bytes.above(0x9F) & bytes.below(0xC0)).bits(),
            mask(&|x| (0xA0..0xC0).contains(&x))
        );
    }
}
