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

/// The bytes of the run that opens `block`: an even number, 16 when the whole block is in the run.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn run_in(block: &[u8; 16]) -> usize {
    let v = tanqih_core::bytes16::Bytes16::new(block);
    let (d8, d9, da) = (v.eq(0xD8), v.eq(0xD9), v.eq(0xDA));
    let leads = (d8 | d9 | da).bits();
    // The byte after a lead (a continuation byte, the input being UTF-8): after D8, U+0620–U+063F;
    // after D9, U+0640–U+065F and U+066E–U+067F; after DA, U+0680–U+06BF.
    let seconds =
        ((d8.next() & v.above(0x9F)) | (d9.next() & (v.below(0xA0) | v.above(0xAD))) | da.next())
            .bits();
    // Bit 2k: the char at byte 2k is in the run.
    let chars = leads & (seconds >> 1);
    let outside = !chars & 0x5555;
    outside.trailing_zeros().min(16) as usize
}

#[cfg(not(target_arch = "x86_64"))]
fn run_in(_block: &[u8; 16]) -> usize {
    0
}
