//! MinHash signatures of a document's word shingles.
//!
//! Every hash here is fixed by its definition (no crate's hasher), so signatures made on different
//! machines and versions compare.

use serde::{Deserialize, Serialize};

use crate::CurateError;

/// MinHash and LSH settings (FineWeb's defaults: 5-word shingles, 14 bands of 8 rows).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MinHashConfig {
    /// Words per shingle.
    pub shingle: usize,
    /// LSH bands: two documents become candidates when all the rows of one band agree.
    pub bands: usize,
    /// Rows (hashes) per band.
    pub rows: usize,
    /// Estimated Jaccard similarity a candidate pair must reach to be a duplicate (0 accepts every
    /// candidate, as datatrove does).
    pub threshold: f64,
    /// Seed of the hash functions: signatures compare only when made with the same seed.
    pub seed: u64,
}

impl Default for MinHashConfig {
    fn default() -> Self {
        MinHashConfig {
            shingle: 5,
            bands: 14,
            rows: 8,
            threshold: 0.7,
            seed: 1,
        }
    }
}

impl MinHashConfig {
    /// Hashes per signature.
    pub fn hashes(&self) -> usize {
        self.bands * self.rows
    }

    /// A zero or an out-of-range value is an error naming the key.
    pub fn check(&self) -> Result<(), CurateError> {
        if self.shingle == 0 || self.bands == 0 || self.rows == 0 {
            return Err(CurateError::ZeroMinHashParameter);
        }
        if self.hashes() > MAX_HASHES {
            return Err(CurateError::TooManyHashes {
                hashes: self.hashes(),
                max: MAX_HASHES,
            });
        }
        if !(0.0..=1.0).contains(&self.threshold) {
            return Err(CurateError::Threshold(self.threshold));
        }
        Ok(())
    }
}

/// A signature holds at most this many hashes.
const MAX_HASHES: usize = 4096;

/// SplitMix64's output function: a fixed 64-bit mixer.
pub(crate) fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A 64-bit hash of bytes, fixed by its definition: eight bytes at a time, each step a multiply and a
/// rotation, the length folded in and the result mixed.
#[inline]
pub fn stable_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let v = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        h = (h ^ v).wrapping_mul(K).rotate_left(29);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut last = [0u8; 8];
        last[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(last))
            .wrapping_mul(K)
            .rotate_left(29);
    }
    mix64(h)
}

/// A document's MinHash signature: the least value of each hash function over its shingles.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Signature(pub Vec<u32>);

impl Signature {
    /// Estimated Jaccard similarity: the share of positions where two signatures agree.
    pub fn similarity(&self, other: &Signature) -> f64 {
        similarity(&self.0, &other.0)
    }
}

/// The share of positions where `a` and `b` agree.
pub(crate) fn similarity(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() {
        return 0.0;
    }
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    same as f64 / a.len() as f64
}

/// Makes signatures: word shingles hashed once, then each hash function a multiply-shift of that hash.
#[derive(Debug, Clone)]
pub struct MinHasher {
    shingle: usize,
    /// The low halves of the odd 64-bit multipliers, one per hash function.
    multipliers_low: Vec<u32>,
    /// Their high halves.
    multipliers_high: Vec<u32>,
    /// Increments, one per hash function.
    increments: Vec<u64>,
}

impl MinHasher {
    /// The hash functions of `config` (`config` checked by [`MinHashConfig::check`]).
    pub fn new(config: &MinHashConfig) -> Self {
        let mut state = config.seed;
        let mut next = || {
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            mix64(state)
        };
        let n = config.hashes();
        let mut multipliers = Vec::with_capacity(n);
        let mut increments = Vec::with_capacity(n);
        for _ in 0..n {
            multipliers.push(next() | 1);
            increments.push(next());
        }
        MinHasher {
            shingle: config.shingle.max(1),
            multipliers_low: multipliers.iter().map(|&a| a as u32).collect(),
            multipliers_high: multipliers.iter().map(|&a| (a >> 32) as u32).collect(),
            increments,
        }
    }

    /// The signature of a document's words (in order): its shingles are the runs of `shingle` words, or
    /// all its words when it has fewer. `None` for a document without words.
    pub fn signature<'a>(&self, words: impl IntoIterator<Item = &'a str>) -> Option<Signature> {
        let word_hashes: Vec<u64> = words
            .into_iter()
            .map(|w| stable_hash(w.as_bytes()))
            .collect();
        self.signature_of_hashes(&word_hashes)
    }

    /// [`MinHasher::signature`] of words given by their [`stable_hash`]es.
    pub fn signature_of_hashes(&self, word_hashes: &[u64]) -> Option<Signature> {
        if word_hashes.is_empty() {
            return None;
        }
        let n = self.shingle.min(word_hashes.len());
        let mut mins = vec![u32::MAX; self.increments.len()];
        let a = (&self.multipliers_low[..], &self.multipliers_high[..]);
        let shingle = |window: &[u64]| {
            let mut h = 0u64;
            for &w in window {
                h = (h.rotate_left(21) ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            }
            mix64(h)
        };
        // Two shingles at a time: the hash functions are loaded once for both.
        let mut windows = word_hashes.windows(n);
        while let Some(first) = windows.next() {
            let x = shingle(first);
            let y = windows.next().map_or(x, shingle);
            fold_min(&mut mins, a, &self.increments, [x, y]);
        }
        Some(Signature(mins))
    }
}

/// Lowers each `mins[i]` to hash function `i` of `xs[0]` and of `xs[1]`: the high half of `a[i] · x +
/// b[i]` (wrapping, on 64 bits), with `a` given as its low and high halves.
fn fold_min(mins: &mut [u32], a: (&[u32], &[u32]), b: &[u64], xs: [u64; 2]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2, checked just above.
        return unsafe { fold_min_avx2(mins, a, b, xs) };
    }
    fold_min_portable(mins, a, b, xs);
}

/// [`fold_min`] on 32-bit halves: with `a = a₁·2³² + a₀` and `x = x₁·2³² + x₀`, `a · x + b = (a₀ · x₀ +
/// b) + ((a₀ · x₁ + a₁ · x₀) mod 2³²) · 2³²` modulo 2⁶⁴, so the high half is that of `a₀ · x₀ + b` plus
/// `a₀ · x₁ + a₁ · x₀`, modulo 2³².
#[inline(always)]
fn fold_min_portable(mins: &mut [u32], (a_low, a_high): (&[u32], &[u32]), b: &[u64], xs: [u64; 2]) {
    for x in xs {
        let (x_low, x_high) = (x as u32, (x >> 32) as u32);
        for (((min, &a0), &a1), &b) in mins.iter_mut().zip(a_low).zip(a_high).zip(b) {
            let low = (u64::from(a0) * u64::from(x_low)).wrapping_add(b);
            let cross = a0.wrapping_mul(x_high).wrapping_add(a1.wrapping_mul(x_low));
            *min = (*min).min(((low >> 32) as u32).wrapping_add(cross));
        }
    }
}

/// [`fold_min_portable`] eight functions at a time in AVX2 registers, the rest one by one.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn fold_min_avx2(
    mins: &mut [u32],
    (a_low, a_high): (&[u32], &[u32]),
    b: &[u64],
    xs: [u64; 2],
) {
    use std::arch::x86_64::*;
    const LANES: usize = 8;
    let n = mins.len().min(a_low.len()).min(a_high.len()).min(b.len());
    let blocks = n / LANES;
    // The 32-bit halves of each x, broadcast.
    let halves = xs.map(|x| {
        (
            _mm256_set1_epi64x(i64::from(x as u32)),
            _mm256_set1_epi32(x as u32 as i32),
            _mm256_set1_epi32((x >> 32) as u32 as i32),
        )
    });
    for k in 0..blocks {
        let at = k * LANES;
        // SAFETY: `at + LANES <= n`, within every slice; unaligned loads and stores.
        unsafe {
            let a0 = _mm256_loadu_si256(a_low.as_ptr().add(at).cast());
            let a1 = _mm256_loadu_si256(a_high.as_ptr().add(at).cast());
            let a0_first = _mm256_cvtepu32_epi64(_mm_loadu_si128(a_low.as_ptr().add(at).cast()));
            let a0_last = _mm256_cvtepu32_epi64(_mm_loadu_si128(a_low.as_ptr().add(at + 4).cast()));
            let b_first = _mm256_loadu_si256(b.as_ptr().add(at).cast());
            let b_last = _mm256_loadu_si256(b.as_ptr().add(at + 4).cast());
            let value = |(x_low, x_low32, x_high32): (__m256i, __m256i, __m256i)| {
                // a₀ · x₀ + b on 64 bits, functions 0–3 and 4–7 of the block.
                let low_first = _mm256_add_epi64(_mm256_mul_epu32(a0_first, x_low), b_first);
                let low_last = _mm256_add_epi64(_mm256_mul_epu32(a0_last, x_low), b_last);
                // Their high halves in order: the odd 32-bit words of each, then the 64-bit pairs put
                // back.
                let highs = _mm256_castps_si256(_mm256_shuffle_ps::<0b11_01_11_01>(
                    _mm256_castsi256_ps(low_first),
                    _mm256_castsi256_ps(low_last),
                ));
                let highs = _mm256_permute4x64_epi64::<0b11_01_10_00>(highs);
                let cross = _mm256_add_epi32(
                    _mm256_mullo_epi32(a0, x_high32),
                    _mm256_mullo_epi32(a1, x_low32),
                );
                _mm256_add_epi32(highs, cross)
            };
            let values = _mm256_min_epu32(value(halves[0]), value(halves[1]));
            let at_mins = mins.as_mut_ptr().add(at).cast::<__m256i>();
            _mm256_storeu_si256(
                at_mins,
                _mm256_min_epu32(_mm256_loadu_si256(at_mins), values),
            );
        }
    }
    let done = blocks * LANES;
    fold_min_portable(
        &mut mins[done..],
        (&a_low[done..], &a_high[done..]),
        &b[done..],
        xs,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        text.split_whitespace().collect()
    }

    #[test]
    fn the_hash_is_fixed_by_its_definition() {
        // Values computed once by this definition: a change to the hash would change every signature file.
        assert_eq!(stable_hash(b""), mix64(0));
        assert_ne!(stable_hash(b"abc"), stable_hash(b"abd"));
        assert_ne!(stable_hash(b"abcdefgh"), stable_hash(b"abcdefgh\0"));
        let hasher = MinHasher::new(&MinHashConfig::default());
        let a = hasher.signature(words(
            "قال الوزير إن المفاوضات ستستانف الاسبوع المقبل في القاهرة",
        ));
        assert_eq!(
            a,
            hasher.signature(words(
                "قال الوزير إن المفاوضات ستستانف الاسبوع المقبل في القاهرة"
            ))
        );
        assert_eq!(a.unwrap().0.len(), 112);
    }

    #[test]
    fn the_halves_give_the_high_half_of_the_64_bit_hash() {
        let hasher = MinHasher::new(&MinHashConfig::default());
        let a: Vec<u64> = hasher
            .multipliers_low
            .iter()
            .zip(&hasher.multipliers_high)
            .map(|(&low, &high)| u64::from(high) << 32 | u64::from(low))
            .collect();
        let hash = |x: u64, n: usize| -> Vec<u32> {
            a[..n]
                .iter()
                .zip(&hasher.increments)
                .map(|(&a, &b)| (a.wrapping_mul(x).wrapping_add(b) >> 32) as u32)
                .collect()
        };
        let mut x = 0x0123_4567_89ab_cdefu64;
        for round in 0..1000 {
            x = mix64(x);
            // A pair of shingles, or one given twice (a document's last odd one).
            let y = if round % 3 == 0 { x } else { mix64(x ^ 1) };
            // Every function, or a count that leaves a tail after the blocks of eight.
            let n = if round % 2 == 0 { a.len() } else { a.len() - 3 };
            let halves = (&hasher.multipliers_low[..n], &hasher.multipliers_high[..n]);
            let want: Vec<u32> = hash(x, n)
                .into_iter()
                .zip(hash(y, n))
                .map(|(p, q)| p.min(q))
                .collect();
            let mut mins = vec![u32::MAX; n];
            fold_min(&mut mins, halves, &hasher.increments[..n], [x, y]);
            assert_eq!(mins, want);
            let mut mins = vec![u32::MAX; n];
            fold_min_portable(&mut mins, halves, &hasher.increments[..n], [x, y]);
            assert_eq!(mins, want);
        }
    }

    #[test]
    fn similarity_estimates_jaccard() {
        let hasher = MinHasher::new(&MinHashConfig {
            bands: 64,
            rows: 8,
            ..MinHashConfig::default()
        });
        // 200 distinct words; the copy changes the last 20: 196 shingles, 176 shared, 20 + 20 not.
        let base: Vec<String> = (0..200).map(|i| format!("w{i}")).collect();
        let mut copy = base.clone();
        for w in &mut copy[180..] {
            w.push('x');
        }
        let a = hasher.signature(base.iter().map(String::as_str)).unwrap();
        let b = hasher.signature(copy.iter().map(String::as_str)).unwrap();
        let jaccard = 176.0 / 216.0;
        let estimate = a.similarity(&b);
        assert!((estimate - jaccard).abs() < 0.06, "{estimate} vs {jaccard}");
        let other: Vec<String> = (0..200).map(|i| format!("v{i}")).collect();
        let c = hasher.signature(other.iter().map(String::as_str)).unwrap();
        assert!(a.similarity(&c) < 0.02);
    }

    #[test]
    fn short_documents_have_one_shingle_and_empty_ones_none() {
        let hasher = MinHasher::new(&MinHashConfig::default());
        assert!(hasher.signature(words("")).is_none());
        let a = hasher.signature(words("عاجل الان")).unwrap();
        let b = hasher.signature(words("الان عاجل")).unwrap();
        assert_ne!(a, b, "shingles keep their word order");
        assert!(MinHashConfig {
            threshold: 1.5,
            ..MinHashConfig::default()
        }
        .check()
        .is_err_and(|e| e == CurateError::Threshold(1.5)));
        let wide = MinHashConfig {
            bands: 100,
            rows: 50,
            ..MinHashConfig::default()
        };
        assert_eq!(
            wide.check().unwrap_err().to_string(),
            "curate: bands × rows must be at most 4096 (it is 5000)"
        );
    }
}
