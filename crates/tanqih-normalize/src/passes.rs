//! Rules compiled into passes over UTF-8 bytes.

use std::borrow::Cow;
use std::collections::HashMap;

use tanqih_core::{Rewriter, Rewritten};
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

use crate::filter::Filter;
use crate::Rule;

/// Code points below this are looked up in a flat table (all one- and two-byte UTF-8 sequences).
const LOW: usize = 0x800;

/// One pass over the text.
#[derive(Debug, Clone)]
pub(crate) enum Pass {
    /// Lines drawn in visual order back in logical order.
    VisualOrder,
    /// Consecutive char rules fused into one table.
    Chars(CharTable),
    /// Full NFC.
    Nfc,
    /// Full NFKC.
    Nfkc,
    /// Canonical composition of Arabic letters with madda and hamza marks.
    ComposeHamza,
    /// Runs of spaces and tabs to one space.
    CollapseSpaces,
}

impl Pass {
    /// Compiles rules (in canonical order) into passes.
    pub(crate) fn compile(rules: &[Rule]) -> Vec<Pass> {
        let mut passes = Vec::new();
        let mut chars: Vec<Rule> = Vec::new();
        for &rule in rules {
            if rule.is_char_rule() {
                chars.push(rule);
                continue;
            }
            if !chars.is_empty() {
                passes.push(Pass::Chars(CharTable::new(std::mem::take(&mut chars))));
            }
            passes.push(match rule {
                Rule::VisualOrder => Pass::VisualOrder,
                Rule::Nfc => Pass::Nfc,
                Rule::Nfkc => Pass::Nfkc,
                Rule::ComposeHamza => Pass::ComposeHamza,
                _ => Pass::CollapseSpaces,
            });
        }
        if !chars.is_empty() {
            passes.push(Pass::Chars(CharTable::new(chars)));
        }
        passes
    }

    /// Rewrites `src`, or returns `None` when the pass changes nothing.
    pub(crate) fn apply(&self, src: &str, track: bool) -> Option<Rewritten> {
        let mut rw: Option<Rewriter> = None;
        let mut edit = |start: usize, end: usize, with: &str| {
            rw.get_or_insert_with(|| {
                if track {
                    Rewriter::new(src)
                } else {
                    Rewriter::untracked(src)
                }
            })
            .replace(start, end, with)
        };
        match self {
            Pass::Chars(table) => table.edits(src, &mut edit),
            Pass::VisualOrder => tanqih_core::visual::visual_order(src, &mut edit),
            Pass::Nfc => normalize_segments(src, false, &mut edit),
            Pass::Nfkc => normalize_segments(src, true, &mut edit),
            Pass::ComposeHamza => compose_hamza(src, &mut edit),
            Pass::CollapseSpaces => collapse_spaces(src, &mut edit),
        }
        rw.map(Rewriter::finish)
    }
}

/// Fused char rules: what each character becomes.
#[derive(Debug, Clone)]
pub(crate) struct CharTable {
    rules: Vec<Rule>,
    /// For U+0000–U+07FF: 0 keeps the char, `k` replaces it with `replacements[k - 1]`.
    low: Box<[u16]>,
    /// `low` re-indexed by `ROW[first byte] + (second byte & MASK[first byte])`, so that one lookup serves
    /// one- and two-byte chars alike; [`WIDE`] marks first bytes of three- and four-byte chars.
    by_bytes: Box<[u16; BY_BYTES_LEN]>,
    /// The same for wider chars that some rule touches.
    wide: HashMap<char, u16>,
    /// A rule maps chars beyond any list (a map with a default): wider chars not in `wide` are computed.
    open: bool,
    replacements: Vec<Box<str>>,
    /// Skips blocks with nothing to change (SIMD), where the machine can.
    filter: Option<Box<Filter>>,
}

impl CharTable {
    fn new(rules: Vec<Rule>) -> Self {
        let mut table = CharTable {
            low: vec![0u16; LOW].into_boxed_slice(),
            by_bytes: Box::new([0; BY_BYTES_LEN]),
            wide: HashMap::new(),
            open: rules.iter().any(|r| r.wide_ranges().is_none()),
            replacements: Vec::new(),
            filter: None,
            rules,
        };
        let mut index: HashMap<String, u16> = HashMap::new();
        let mut intern = |table: &mut CharTable, s: String| -> u16 {
            *index.entry(s).or_insert_with_key(|s| {
                table.replacements.push(s.clone().into_boxed_str());
                u16::try_from(table.replacements.len())
                    .ok()
                    .filter(|&k| k != WIDE)
                    .expect("fewer than 65535 distinct replacements")
            })
        };
        for u in 0..LOW as u32 {
            if let Some(c) = char::from_u32(u) {
                if let Some(s) = table.chain(c) {
                    let k = intern(&mut table, s);
                    table.low[u as usize] = k;
                }
            }
        }
        let ranges: Vec<(u32, u32)> = table
            .rules
            .iter()
            .filter_map(|r| r.wide_ranges())
            .flatten()
            .copied()
            .collect();
        for (lo, hi) in ranges {
            for u in lo.max(LOW as u32)..=hi {
                let Some(c) = char::from_u32(u) else { continue };
                if let Some(s) = table.chain(c) {
                    let k = intern(&mut table, s);
                    table.wide.insert(c, k);
                }
            }
        }
        for b0 in 0..256usize {
            for low6 in 0..=MASK[b0] as usize {
                table.by_bytes[ROW[b0] as usize + low6] = match b0 {
                    0x00..=0x7F => table.low[b0],
                    0xC0..=0xDF => table.low[((b0 & 0x1F) << 6) | low6],
                    // Continuation bytes never start a char of valid UTF-8.
                    0x80..=0xBF => 0,
                    _ => WIDE,
                };
            }
        }
        let wide = table.open || !table.wide.is_empty();
        table.filter = Filter::new(|b0, b1| table.lookup(b0, b1) != 0, wide).map(Box::new);
        table
    }

    /// Applies the rules in order to one char; `None` when the result is the char itself.
    fn chain(&self, c: char) -> Option<String> {
        let mut current = c.to_string();
        for rule in &self.rules {
            if !current.chars().any(|x| rule.map_char(x).is_some()) {
                continue;
            }
            let mut next = String::with_capacity(current.len());
            for x in current.chars() {
                match rule.map_char(x) {
                    Some(s) => next.push_str(&s),
                    None => next.push(x),
                }
            }
            current = next;
        }
        let mut buf = [0u8; 4];
        (current != *c.encode_utf8(&mut buf)).then_some(current)
    }

    /// Calls `edit(start, end, replacement)` for every char that changes, in order.
    fn edits(&self, src: &str, edit: &mut impl FnMut(usize, usize, &str)) {
        let mut from = 0;
        while let Some((start, end, with)) = self.next_edit(src, from) {
            edit(start, end, &with);
            from = end;
        }
    }

    /// Calls `edit(start, end, replacement)` for every change of `src`, in order. With the filter, the
    /// candidates of each block are taken from one mask.
    #[inline(always)]
    fn for_each_edit(&self, src: &str, mut edit: impl FnMut(usize, usize, &str)) {
        let bytes = src.as_bytes();
        let mut i = 0;
        if let Some(filter) = &self.filter {
            loop {
                let (base, mut mask) = filter.candidates(bytes, i);
                if mask == 0 {
                    i = base.max(i);
                    break;
                }
                // Every candidate of the block is looked at; the scan goes on after the last one.
                let mut last = base;
                while mask != 0 {
                    let p = base + mask.trailing_zeros() as usize;
                    mask &= mask - 1;
                    last = p;
                    if p < i {
                        continue;
                    }
                    if let Some((end, with)) = self.edit_at(src, p) {
                        edit(p, end, &with);
                        i = end;
                    }
                }
                i = i.max(last + 1);
            }
        }
        while let Some((start, end, with)) = self.next_edit(src, i) {
            edit(start, end, &with);
            i = end;
        }
    }

    /// `src` with every change made (no map): unchanged runs copied whole, borrowed when nothing changes.
    fn rewrite<'a>(&self, src: Cow<'a, str>) -> Cow<'a, str> {
        let mut out: Option<String> = None;
        let mut copied = 0;
        // A dropped mark replaces with nothing, and one follows another with no char between: no copy
        // is made of nothing (a call to copy costs more than the letter copied between two marks).
        self.for_each_edit(&src, |start, end, with| {
            let o = out.get_or_insert_with(|| String::with_capacity(src.len()));
            if start > copied {
                o.push_str(&src[copied..start]);
            }
            if !with.is_empty() {
                o.push_str(with);
            }
            copied = end;
        });
        match out {
            None => src,
            Some(mut o) => {
                o.push_str(&src[copied..]);
                Cow::Owned(o)
            }
        }
    }

    /// Appends `src` with every change made to `out`: unchanged runs copied whole, no buffer between.
    fn rewrite_into(&self, src: &str, out: &mut Vec<u8>) {
        let bytes = src.as_bytes();
        let mut copied = 0;
        self.for_each_edit(src, |start, end, with| {
            if start > copied {
                out.extend_from_slice(&bytes[copied..start]);
            }
            if !with.is_empty() {
                out.extend_from_slice(with.as_bytes());
            }
            copied = end;
        });
        out.extend_from_slice(&bytes[copied..]);
    }

    /// The change of the char at byte `i` (a char start), if it changes: its end and replacement.
    #[inline(always)]
    fn edit_at<'s>(&'s self, src: &str, i: usize) -> Option<(usize, Cow<'s, str>)> {
        let bytes = src.as_bytes();
        let k = self.lookup(bytes[i], bytes.get(i + 1).copied().unwrap_or(0));
        if k == 0 {
            return None;
        }
        let end = i + UTF8_WIDTH[bytes[i] as usize] as usize;
        if k != WIDE {
            return Some((end, Cow::Borrowed(&self.replacements[k as usize - 1])));
        }
        let c = src[i..end].chars().next().expect("char boundary");
        match self.wide.get(&c) {
            Some(&k) => Some((end, Cow::Borrowed(&self.replacements[k as usize - 1]))),
            None if self.open => self.chain(c).map(|s| (end, Cow::Owned(s))),
            None => None,
        }
    }

    /// What the char starting with bytes `b0 b1` becomes: 0 unchanged, [`WIDE`] look further, else an
    /// index into `replacements` plus one. Continuation bytes give 0.
    #[inline(always)]
    fn lookup(&self, b0: u8, b1: u8) -> u16 {
        let row = ROW[b0 as usize] as usize;
        self.by_bytes[(row + (b1 & MASK[b0 as usize]) as usize) & (BY_BYTES_LEN - 1)]
    }

    /// The next char at or after byte `i` that changes: its range and replacement.
    ///
    /// Every byte is tested on its own: in valid UTF-8 a byte that is not a continuation byte starts a
    /// char, and continuation bytes look up 0, so no test waits for the width of the previous char, and
    /// blocks of eight bytes with nothing to change are skipped with one branch.
    #[inline]
    fn next_edit<'s>(&'s self, src: &str, mut i: usize) -> Option<(usize, usize, Cow<'s, str>)> {
        let bytes = src.as_bytes();
        let n = bytes.len();
        loop {
            let filtered = match &self.filter {
                Some(filter) => {
                    i = filter.skip(bytes, i);
                    i + 17 <= n
                }
                None => false,
            };
            while !filtered && i + 9 <= n {
                let block: &[u8; 9] = bytes[i..i + 9].try_into().expect("nine bytes");
                let any = (0..8).fold(0, |acc, j| acc | self.lookup(block[j], block[j + 1]));
                if any != 0 {
                    break;
                }
                i += 8;
            }
            let stop = (i + 8).min(n);
            while i < stop {
                let b1 = bytes.get(i + 1).copied().unwrap_or(0);
                let k = self.lookup(bytes[i], b1);
                if k == 0 {
                    i += 1;
                    continue;
                }
                let width = UTF8_WIDTH[bytes[i] as usize] as usize;
                if k != WIDE {
                    return Some((
                        i,
                        i + width,
                        Cow::Borrowed(&self.replacements[k as usize - 1]),
                    ));
                }
                let c = src[i..i + width].chars().next().expect("char boundary");
                match self.wide.get(&c) {
                    Some(&k) => {
                        return Some((
                            i,
                            i + width,
                            Cow::Borrowed(&self.replacements[k as usize - 1]),
                        ))
                    }
                    None if self.open => {
                        if let Some(s) = self.chain(c) {
                            return Some((i, i + width, Cow::Owned(s)));
                        }
                    }
                    None => {}
                }
                i += width;
            }
            if i >= n {
                return None;
            }
        }
    }
}

/// Marks the first byte of a three- or four-byte char in `CharTable::by_bytes`.
const WIDE: u16 = u16::MAX;

/// Rows of `CharTable::by_bytes`: one entry per ASCII byte, one shared zero entry for continuation bytes,
/// 64 entries per two-byte lead byte (indexed by the low six bits of the second byte), one shared entry for
/// the lead bytes of wider chars.
const ROW: [u16; 256] = {
    let mut row = [0u16; 256];
    let mut b = 0;
    while b < 256 {
        row[b] = match b {
            0x00..=0x7F => b as u16,
            0x80..=0xBF => 0x80,
            0xC0..=0xDF => 0x81 + (b as u16 - 0xC0) * 64,
            _ => 0x81 + 32 * 64,
        };
        b += 1;
    }
    row
};

/// Which bits of the second byte select the entry within a row (only two-byte lead bytes use them).
const MASK: [u8; 256] = {
    let mut mask = [0u8; 256];
    let mut b = 0xC0;
    while b < 0xE0 {
        mask[b] = 0x3F;
        b += 1;
    }
    mask
};

/// Length of `CharTable::by_bytes` (rows need 0x81 + 32 * 64 + 1 entries; a power of two lets a mask
/// prove every index in bounds).
const BY_BYTES_LEN: usize = 4096;

/// Width of a UTF-8 sequence by its first byte (continuation bytes count 1; they never start a char).
const UTF8_WIDTH: [u8; 256] = {
    let mut w = [1u8; 256];
    let mut b = 0xC0;
    while b < 256 {
        w[b] = if b < 0xE0 {
            2
        } else if b < 0xF0 {
            3
        } else {
            4
        };
        b += 1;
    }
    w
};

impl Pass {
    /// Appends `src` with the pass applied to `out`; a table of char rules writes there directly.
    pub(crate) fn apply_into(&self, src: &str, out: &mut Vec<u8>) {
        match self {
            Pass::Chars(table) => table.rewrite_into(src, out),
            _ => out.extend_from_slice(self.apply_cow(Cow::Borrowed(src)).as_bytes()),
        }
    }

    /// Like [`Pass::apply`] without a map, borrowing when nothing changes.
    pub(crate) fn apply_cow<'a>(&self, src: Cow<'a, str>) -> Cow<'a, str> {
        if let Pass::Chars(table) = self {
            return table.rewrite(src);
        }
        match self.apply(&src, false) {
            Some(rewritten) => Cow::Owned(rewritten.text),
            None => src,
        }
    }
}

/// True before chars that never combine with what precedes them under NFC/NFKC.
fn is_segment_start(c: char) -> bool {
    c.is_ascii()
        || matches!(c as u32, 0x0620..=0x064A | 0x066E..=0x06D3 | 0x06D5)
        || c.is_whitespace() && canonical_combining_class(c) == 0
}

/// NFC or NFKC, applied segment by segment so that unchanged text is copied and edits stay local.
fn normalize_segments(src: &str, compat: bool, edit: &mut impl FnMut(usize, usize, &str)) {
    let quick = if compat {
        is_nfkc_quick(src.chars())
    } else {
        is_nfc_quick(src.chars())
    };
    if quick == IsNormalized::Yes {
        return;
    }
    let mut flush = |start: usize, end: usize| {
        let seg = &src[start..end];
        let quick = if compat {
            is_nfkc_quick(seg.chars())
        } else {
            is_nfc_quick(seg.chars())
        };
        if quick == IsNormalized::Yes {
            return;
        }
        let normalized: String = if compat {
            seg.nfkc().collect()
        } else {
            seg.nfc().collect()
        };
        if normalized != seg {
            edit(start, end, &normalized);
        }
    };
    let mut start = 0;
    for (i, c) in src.char_indices() {
        if i > start && is_segment_start(c) {
            flush(start, i);
            start = i;
        }
    }
    if start < src.len() {
        flush(start, src.len());
    }
}

/// Composes Arabic letters with a following U+0653, U+0654 or U+0655 (and any marks between) by NFC.
fn compose_hamza(src: &str, edit: &mut impl FnMut(usize, usize, &str)) {
    // U+0653–U+0655 are D9 93–95 in UTF-8: one pass for their second bytes, in order.
    let bytes = src.as_bytes();
    let hits = memchr::memchr3_iter(0x93, 0x94, 0x95, bytes)
        .filter(|&i| i > 0 && bytes[i - 1] == 0xD9)
        .map(|i| i - 1);
    let mut done = 0;
    for hit in hits {
        if hit < done {
            continue;
        }
        // Back up over combining marks to the base letter, forward over the marks that follow.
        let mut start = hit;
        for (i, c) in src[done..hit].char_indices().rev() {
            start = done + i;
            if canonical_combining_class(c) == 0 {
                break;
            }
        }
        let mut end = src.len();
        for (i, c) in src[hit..].char_indices() {
            if i > 0 && canonical_combining_class(c) == 0 {
                end = hit + i;
                break;
            }
        }
        let seg = &src[start..end];
        let composed: String = seg.nfc().collect();
        if composed != seg {
            edit(start, end, &composed);
        }
        done = end;
    }
}

/// Runs of spaces and tabs become one space.
fn collapse_spaces(src: &str, edit: &mut impl FnMut(usize, usize, &str)) {
    let bytes = src.as_bytes();
    let mut from = 0;
    while let Some(off) = memchr::memchr2(b' ', b'\t', &bytes[from..]) {
        let start = from + off;
        let end = start
            + bytes[start..]
                .iter()
                .take_while(|&&b| b == b' ' || b == b'\t')
                .count();
        if &src[start..end] != " " {
            edit(start, end, " ");
        }
        from = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PRESETS;

    #[test]
    fn the_simd_filter_changes_no_result() {
        let mut text = String::new();
        for cp in (0..0x800u32).chain(0x2000..0x2070).chain(0xFB50..0xFF00) {
            text.extend(char::from_u32(cp));
            if cp % 5 == 0 {
                text.push_str("وَقـــالَ إنّ ﻷ\u{200c}ی ۱۲ ");
            }
        }
        let text = text.repeat(2);
        for preset in PRESETS {
            for pass in Pass::compile(preset.rules) {
                let Pass::Chars(table) = pass else { continue };
                let mut scalar = table.clone();
                scalar.filter = None;
                assert_eq!(
                    table.rewrite(Cow::Borrowed(&text)),
                    scalar.rewrite(Cow::Borrowed(&text)),
                    "{}",
                    preset.name
                );
                let mut edits = Vec::new();
                table.edits(&text, &mut |s, e, w: &str| {
                    edits.push((s, e, w.to_string()))
                });
                let mut scalar_edits = Vec::new();
                scalar.edits(&text, &mut |s, e, w: &str| {
                    scalar_edits.push((s, e, w.to_string()))
                });
                assert_eq!(edits, scalar_edits, "{}", preset.name);
            }
        }
    }
}
