//! Runs of Arabic letters sixteen bytes at a time: the bulk of an Arabic word, measured with a few SSE2
//! steps instead of char by char.

/// How many bytes from `at` (a char boundary of valid UTF-8) hold Arabic letters, marks and tatweel
/// that are word chars and not digits: U+0620–U+065F and U+066E–U+06BF, two bytes each. Read sixteen
/// bytes at a time; 0 when fewer than sixteen remain or there is no SIMD here.
#[inline(always)]
pub(crate) fn word_bytes(bytes: &[u8], at: usize) -> usize {
    let mut n = 0;
    while let Some(block) = bytes.get(at + n..at + n + 16) {
        let run = run_in(block.try_into().expect("sixteen bytes"));
        n += run;
        if run < 16 {
            break;
        }
    }
    n
}

#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn run_in(block: &[u8; 16]) -> usize {
    // SAFETY: SSE2 is part of every x86-64 CPU, and nothing here reads or writes through a pointer.
    unsafe { run_in_sse2(block) }
}

/// The bytes of the run that opens `block`: an even number, 16 when the whole block is in the run.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn run_in_sse2(block: &[u8; 16]) -> usize {
    use std::arch::x86_64::*;

    let half = |range: std::ops::Range<usize>| {
        i64::from_le_bytes(block[range].try_into().expect("eight bytes"))
    };
    let v = _mm_set_epi64x(half(8..16), half(0..8));
    let bits = |m: __m128i| _mm_movemask_epi8(m) as u32;
    let eq = |b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
    // Signed compares: continuation bytes 0x80–0xBF are -128..=-65.
    let above = |b: u8| _mm_cmpgt_epi8(v, _mm_set1_epi8(b as i8));
    let below = |b: u8| _mm_cmplt_epi8(v, _mm_set1_epi8(b as i8));

    let (d8, d9, da) = (eq(0xD8), eq(0xD9), eq(0xDA));
    let leads = bits(_mm_or_si128(_mm_or_si128(d8, d9), da));
    // The byte after a lead (a continuation byte, the input being UTF-8): after D8, U+0620–U+063F;
    // after D9, U+0640–U+065F and U+066E–U+067F; after DA, U+0680–U+06BF.
    let after = |lead: __m128i| _mm_slli_si128::<1>(lead);
    let seconds = bits(_mm_or_si128(
        _mm_or_si128(
            _mm_and_si128(after(d8), above(0x9F)),
            _mm_and_si128(after(d9), _mm_or_si128(below(0xA0), above(0xAD))),
        ),
        after(da),
    ));
    // Bit 2k: the char at byte 2k is in the run.
    let chars = leads & (seconds >> 1);
    let outside = !chars & 0x5555;
    outside.trailing_zeros().min(16) as usize
}

#[cfg(not(target_arch = "x86_64"))]
fn run_in(_block: &[u8; 16]) -> usize {
    0
}
