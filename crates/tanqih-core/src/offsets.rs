use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)`. Serialized as `[start, end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(from = "[usize; 2]", into = "[usize; 2]")]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

impl From<[usize; 2]> for Span {
    fn from([start, end]: [usize; 2]) -> Self {
        Span { start, end }
    }
}

impl From<Span> for [usize; 2] {
    fn from(span: Span) -> Self {
        [span.start, span.end]
    }
}

/// One run of an offset map: `cur_len` bytes of the current text made from `orig_len` bytes of the
/// source. An exact piece is a byte-for-byte copy; any other piece is a replacement, mapped as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    cur_start: usize,
    cur_len: usize,
    orig_start: usize,
    orig_len: usize,
    exact: bool,
}

impl Piece {
    fn cur_end(&self) -> usize {
        self.cur_start + self.cur_len
    }
    fn orig_end(&self) -> usize {
        self.orig_start + self.orig_len
    }
}

/// Maps byte positions of a current text back to the source text it was made from.
///
/// The map is a list of runs covering both texts contiguously: copied runs map byte for byte, replaced
/// runs map as a whole, deleted source bytes are runs of zero current length. A span of the current text
/// maps to the smallest source span that produced it; deleted bytes at its edges are not included.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OffsetMap {
    pieces: Vec<Piece>,
    cur_len: usize,
    orig_len: usize,
}

impl OffsetMap {
    /// The identity map over a text of `len` bytes.
    pub fn identity(len: usize) -> Self {
        let mut b = MapBuilder::default();
        b.push(len, 0, len, true);
        b.finish(len)
    }

    /// Length of the current text.
    pub fn current_len(&self) -> usize {
        self.cur_len
    }

    /// Length of the source text.
    pub fn source_len(&self) -> usize {
        self.orig_len
    }

    /// True when the map is the identity (nothing was changed).
    pub fn is_identity(&self) -> bool {
        self.cur_len == self.orig_len && self.pieces.iter().all(|p| p.exact)
    }

    /// Number of runs; a measure of how much was edited.
    pub fn runs(&self) -> usize {
        self.pieces.len()
    }

    /// Maps a span of the current text to the source span that produced it.
    ///
    /// Positions past the end are clamped to the end.
    pub fn to_source(&self, span: Span) -> Span {
        self.to_source_from(span, &mut Cursor::default())
    }

    /// Maps spans of the current text to the source in place, as [`OffsetMap::to_source`] maps each.
    /// Spans in increasing order (a token stream) walk the runs once instead of searching them.
    pub fn spans_to_source<'a>(&self, spans: impl IntoIterator<Item = &'a mut Span>) {
        let mut cursor = Cursor::default();
        for span in spans {
            *span = self.to_source_from(*span, &mut cursor);
        }
    }

    fn to_source_from(&self, span: Span, cursor: &mut Cursor) -> Span {
        let start = self.start_of(span.start.min(self.cur_len), &mut cursor.start);
        if span.end <= span.start {
            return Span::new(start, start);
        }
        let end = self
            .end_of(span.end.min(self.cur_len), &mut cursor.end)
            .max(start);
        Span::new(start, end)
    }

    /// The index of the first run for which `before` is false (runs for which it holds come first),
    /// found from `hint`: walked forward from it when it is not past the answer, else searched.
    fn first_run_not(&self, hint: &mut usize, before: impl Fn(&Piece) -> bool) -> usize {
        const WALK: usize = 8;
        let pieces = &self.pieces;
        if *hint > 0 && !before(&pieces[*hint - 1]) {
            *hint = pieces.partition_point(&before);
            return *hint;
        }
        let mut i = *hint;
        while i < pieces.len() && before(&pieces[i]) {
            i += 1;
            if i - *hint == WALK {
                i += pieces[i..].partition_point(&before);
                break;
            }
        }
        *hint = i;
        i
    }

    /// The source position at which the current byte `pos` starts.
    fn start_of(&self, pos: usize, hint: &mut usize) -> usize {
        if pos >= self.cur_len {
            return self.orig_len;
        }
        let p = &self.pieces[self.first_run_not(hint, |p| p.cur_end() <= pos)];
        if p.exact {
            p.orig_start + (pos - p.cur_start)
        } else {
            p.orig_start
        }
    }

    /// The source position at which the current text ending at `pos` (> 0) ends.
    fn end_of(&self, pos: usize, hint: &mut usize) -> usize {
        if pos == 0 {
            return self.start_of(0, &mut 0);
        }
        let p = &self.pieces[self.first_run_not(hint, |p| p.cur_end() < pos)];
        if p.exact {
            p.orig_start + (pos - p.cur_start)
        } else {
            p.orig_end()
        }
    }

    /// Composes two maps: `self` maps a newer text to a middle text, `base` maps the middle text to the
    /// source. The result maps the newer text to the source.
    pub fn through(&self, base: &OffsetMap) -> OffsetMap {
        debug_assert_eq!(self.orig_len, base.cur_len, "maps do not chain");
        // The composition has at most a run for each run of either map (and a deletion at the end).
        let mut b = MapBuilder::with_capacity(self.pieces.len() + base.pieces.len() + 1);
        let mut cursor = Cursor::default();
        for p in &self.pieces {
            if p.cur_len == 0 {
                // A deletion: the gap it leaves is filled when the next run is pushed.
                continue;
            }
            if !p.exact {
                let mid = Span::new(p.orig_start, p.orig_end());
                let src = base.to_source_from(mid, &mut cursor);
                b.push(p.cur_len, src.start, src.len(), false);
                continue;
            }
            let (lo, hi) = (p.orig_start, p.orig_end());
            let mut i = base.pieces.partition_point(|q| q.cur_end() <= lo);
            while let Some(q) = base.pieces.get(i) {
                if q.cur_start >= hi {
                    break;
                }
                i += 1;
                if q.cur_len == 0 {
                    continue;
                }
                let (s, e) = (q.cur_start.max(lo), q.cur_end().min(hi));
                if q.exact {
                    b.push(e - s, q.orig_start + (s - q.cur_start), e - s, true);
                } else {
                    b.push(e - s, q.orig_start, q.orig_len, false);
                }
            }
        }
        b.finish(base.orig_len)
    }
}

/// Where the last mapped span's start and end were found among the runs of an [`OffsetMap`].
#[derive(Debug, Default)]
struct Cursor {
    start: usize,
    end: usize,
}

/// Builds an offset map run by run, merging what can be merged and filling source gaps with deletions.
#[derive(Debug, Default)]
struct MapBuilder {
    pieces: Vec<Piece>,
    cur: usize,
    orig: usize,
}

impl MapBuilder {
    /// A builder with room for `runs` runs.
    fn with_capacity(runs: usize) -> Self {
        MapBuilder {
            pieces: Vec::with_capacity(runs),
            ..MapBuilder::default()
        }
    }

    /// Appends a run of `cur_len` current bytes made from source bytes `orig_start..+orig_len`.
    fn push(&mut self, cur_len: usize, orig_start: usize, orig_len: usize, exact: bool) {
        if cur_len == 0 && orig_len == 0 {
            return;
        }
        let mut piece = Piece {
            cur_start: self.cur,
            cur_len,
            orig_start,
            orig_len,
            exact,
        };
        // A run whose source overlaps earlier runs (two pieces of one replaced run) merges with them.
        while let Some(last) = self.pieces.last() {
            if last.orig_end() <= piece.orig_start || last.cur_len == 0 && last.orig_len == 0 {
                break;
            }
            let last = self.pieces.pop().unwrap();
            let end = piece.orig_end().max(last.orig_end());
            piece = Piece {
                cur_start: last.cur_start,
                cur_len: piece.cur_end() - last.cur_start,
                orig_start: last.orig_start.min(piece.orig_start),
                orig_len: 0,
                exact: false,
            };
            piece.orig_len = end - piece.orig_start;
            self.orig = piece.orig_start;
        }
        if piece.orig_start > self.orig {
            self.append(Piece {
                cur_start: piece.cur_start,
                cur_len: 0,
                orig_start: self.orig,
                orig_len: piece.orig_start - self.orig,
                exact: false,
            });
        }
        self.append(piece);
    }

    fn append(&mut self, piece: Piece) {
        self.cur = piece.cur_end();
        self.orig = piece.orig_end();
        if let Some(last) = self.pieces.last_mut() {
            let both_copies = last.exact && piece.exact;
            let both_deletions = last.cur_len == 0 && piece.cur_len == 0;
            if (both_copies || both_deletions)
                && last.cur_end() == piece.cur_start
                && last.orig_end() == piece.orig_start
            {
                last.cur_len += piece.cur_len;
                last.orig_len += piece.orig_len;
                return;
            }
        }
        self.pieces.push(piece);
    }

    fn finish(mut self, orig_len: usize) -> OffsetMap {
        if orig_len > self.orig {
            let cur = self.cur;
            self.append(Piece {
                cur_start: cur,
                cur_len: 0,
                orig_start: self.orig,
                orig_len: orig_len - self.orig,
                exact: false,
            });
        }
        OffsetMap {
            cur_len: self.cur,
            orig_len: self.orig,
            pieces: self.pieces,
        }
    }
}

/// The one edit primitive: rewrites a text left to right, copying unchanged runs and recording every
/// replacement, so that the result carries an [`OffsetMap`] back to the text it was made from.
///
/// Edits must come in order and must not overlap; ranges are byte ranges of the source on char
/// boundaries. An untracked rewriter ([`Rewriter::untracked`]) skips the map for speed.
#[derive(Debug)]
pub struct Rewriter<'a> {
    src: &'a str,
    pos: usize,
    out: String,
    map: Option<MapBuilder>,
}

/// The result of a rewrite: the new text and its map back to the rewritten text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rewritten {
    /// The new text.
    pub text: String,
    /// Maps the new text back to the text that was rewritten.
    pub map: OffsetMap,
}

impl<'a> Rewriter<'a> {
    /// A rewriter over `src` that records an offset map.
    pub fn new(src: &'a str) -> Self {
        Rewriter {
            src,
            pos: 0,
            out: String::with_capacity(src.len()),
            map: Some(MapBuilder::default()),
        }
    }

    /// A rewriter over `src` that records no map; [`Rewriter::finish`] then returns an empty map.
    pub fn untracked(src: &'a str) -> Self {
        Rewriter {
            src,
            pos: 0,
            out: String::with_capacity(src.len()),
            map: None,
        }
    }

    /// Copies the source unchanged up to byte `end`.
    pub fn copy_to(&mut self, end: usize) {
        assert!(
            end >= self.pos && end <= self.src.len(),
            "copy_to out of order"
        );
        if end == self.pos {
            return;
        }
        if let Some(map) = &mut self.map {
            map.push(end - self.pos, self.pos, end - self.pos, true);
        }
        self.out.push_str(&self.src[self.pos..end]);
        self.pos = end;
    }

    /// Replaces source bytes `start..end` with `with`, copying everything before `start` unchanged.
    pub fn replace(&mut self, start: usize, end: usize, with: &str) {
        assert!(start <= end, "replace: start after end");
        self.copy_to(start);
        if start == end && with.is_empty() {
            return;
        }
        if let Some(map) = &mut self.map {
            map.push(with.len(), start, end - start, false);
        }
        self.out.push_str(with);
        self.pos = end;
    }

    /// Deletes source bytes `start..end`.
    pub fn delete(&mut self, start: usize, end: usize) {
        self.replace(start, end, "");
    }

    /// Copies the rest of the source and returns the new text with its map.
    pub fn finish(mut self) -> Rewritten {
        let len = self.src.len();
        self.copy_to(len);
        let map = match self.map {
            Some(b) => b.finish(len),
            None => OffsetMap::default(),
        };
        Rewritten {
            text: self.out,
            map,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rewrite(src: &str, edits: &[(usize, usize, &str)]) -> Rewritten {
        let mut rw = Rewriter::new(src);
        for &(s, e, w) in edits {
            rw.replace(s, e, w);
        }
        rw.finish()
    }

    #[test]
    fn copies_map_byte_for_byte() {
        let r = rewrite("abcdef", &[]);
        assert_eq!(r.text, "abcdef");
        assert!(r.map.is_identity());
        assert_eq!(r.map.to_source(Span::new(2, 4)), Span::new(2, 4));
    }

    #[test]
    fn deletions_inside_a_span_are_covered_and_edges_are_not() {
        // "a-b" with '-' deleted: "ab"; the span of "ab" covers the deleted byte, the span of "b" does not.
        let r = rewrite("xa-by", &[(2, 3, "")]);
        assert_eq!(r.text, "xaby");
        assert_eq!(r.map.to_source(Span::new(1, 3)), Span::new(1, 4));
        assert_eq!(r.map.to_source(Span::new(2, 3)), Span::new(3, 4));
    }

    #[test]
    fn replacements_map_as_a_whole() {
        let r = rewrite("aXb", &[(1, 2, "YZ")]);
        assert_eq!(r.text, "aYZb");
        assert_eq!(r.map.to_source(Span::new(1, 2)), Span::new(1, 2));
        assert_eq!(r.map.to_source(Span::new(2, 4)), Span::new(1, 3));
    }

    #[test]
    fn composition_through_a_split_replacement_stays_monotone() {
        // Stage 1 turns one byte into two; stage 2 edits between them.
        let first = rewrite("aXb", &[(1, 2, "YZ")]);
        let second = rewrite(&first.text, &[(2, 2, "-")]);
        assert_eq!(second.text, "aY-Zb");
        let map = second.map.through(&first.map);
        assert_eq!(map.to_source(Span::new(1, 4)), Span::new(1, 2));
        assert_eq!(map.to_source(Span::new(4, 5)), Span::new(2, 3));
        assert_eq!(map.source_len(), 3);
    }

    proptest! {
        /// Spans mapped together, in any order, map as each maps alone.
        #[test]
        fn spans_map_together_as_each_alone(
            text in "[a-zé ـ]{0,40}",
            edits in proptest::collection::vec((0usize..40, 0usize..3, "[xy]{0,2}"), 0..8),
            spans in proptest::collection::vec((0usize..50, 0usize..50), 0..30),
            sorted in any::<bool>(),
        ) {
            let mut rw = Rewriter::new(&text);
            let mut at = 0;
            for (skip, len, with) in &edits {
                let start = (at + skip).min(text.len());
                let start = (start..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap();
                let end = (start + len).min(text.len());
                let end = (end..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap();
                rw.replace(start, end, with);
                at = end;
            }
            let map = rw.finish().map;
            let mut spans: Vec<Span> = spans.into_iter().map(|(a, b)| Span::new(a, b)).collect();
            if sorted {
                spans.sort_by_key(|s| (s.start, s.end));
            }
            let each: Vec<Span> = spans.iter().map(|&s| map.to_source(s)).collect();
            map.spans_to_source(spans.iter_mut());
            prop_assert_eq!(spans, each);
        }

        /// Two stages of random deletions: every surviving char maps back to itself in the source.
        #[test]
        fn composed_deletions_map_each_char_home(
            text in "[a-zé ـ]{0,40}",
            del1 in proptest::collection::vec(any::<bool>(), 0..40),
            del2 in proptest::collection::vec(any::<bool>(), 0..40),
        ) {
            let stage = |src: &str, del: &[bool]| {
                let mut rw = Rewriter::new(src);
                for (i, (at, c)) in src.char_indices().enumerate() {
                    if del.get(i).copied().unwrap_or(false) {
                        rw.delete(at, at + c.len_utf8());
                    }
                }
                rw.finish()
            };
            let one = stage(&text, &del1);
            let two = stage(&one.text, &del2);
            let map = two.map.through(&one.map);
            prop_assert_eq!(map.source_len(), text.len());
            prop_assert_eq!(map.current_len(), two.text.len());
            for (at, c) in two.text.char_indices() {
                let span = map.to_source(Span::new(at, at + c.len_utf8()));
                prop_assert_eq!(&text[span.start..span.end], &two.text[at..at + c.len_utf8()]);
            }
        }
    }
}
