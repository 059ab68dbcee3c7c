//! Lines that a PDF extractor wrote in visual order: the letters of a right-to-left line from left to
//! right as they are drawn, so that every Arabic word reads backwards ("ﺔﺒﺨﻨﻟا" for "النخبة"), while
//! numbers and Latin words, drawn left to right, read as they should. Such extractors write the letters'
//! presentation forms, which tell the order: in logical order a word opens with an initial or isolated
//! form and closes with a final one; in visual order the other way round. `tanqih-normalize`'s rule
//! `visual-order` and the stripper read such lines through this module.

/// Where a presentation form stands in its word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Position {
    Isolated,
    Final,
    Initial,
    Medial,
}

/// The letters of Arabic Presentation Forms-B from U+FE80 on, as runs of their forms (isolated, final,
/// then initial and medial for the letters that join on both sides): hamza; alef with madda, with hamza
/// above, waw with hamza, alef with hamza below; yeh with hamza; alef; beh; teh marbuta; teh … khah;
/// dal … zain; seen … noon; heh; waw; alef maksura; yeh; the four lam-alef ligatures.
const FORMS_B: &[u8] = &[
    1, 2, 2, 2, 2, 4, 2, 4, 2, 4, 4, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 2, 2, 4, 2, 2, 2, 2,
];

/// Persian and Urdu letters of Arabic Presentation Forms-A: where their forms start, and how many.
const FORMS_A: &[(u32, u8)] = &[
    (0xFB56, 4), // peh
    (0xFB7A, 4), // tcheh
    (0xFB8A, 2), // jeh
    (0xFB8E, 4), // keheh
    (0xFB92, 4), // gaf
    (0xFBFC, 4), // farsi yeh
];

/// The form of a presentation-form letter, `None` for any other char.
fn position(c: char) -> Option<Position> {
    const ORDER: [Position; 4] = [
        Position::Isolated,
        Position::Final,
        Position::Initial,
        Position::Medial,
    ];
    let u = c as u32;
    if u < 0xFB50 {
        return None;
    }
    if (0xFE80..=0xFEFC).contains(&u) {
        let mut start = 0xFE80;
        for &forms in FORMS_B {
            let end = start + forms as u32;
            if u < end {
                return Some(ORDER[(u - start) as usize]);
            }
            start = end;
        }
        return None;
    }
    FORMS_A
        .iter()
        .find(|&&(start, forms)| (start..start + forms as u32).contains(&u))
        .map(|&(start, _)| ORDER[(u - start) as usize])
}

/// A line (or a page) reads backwards when its words' edges say so this many times at least...
const MIN_REVERSED_EDGES: usize = 2;
/// ...and this many times as often as they say it reads forwards.
const REVERSED_EDGES_PER_FORWARD: usize = 3;

/// How often the edges of the line's words say it reads backwards (final forms open them, initial forms
/// close them) and forwards. A word's edge is its first or last letter, plain or shaped; only a shaped one
/// votes, so that a ligature inside a word of plain letters ("فﻸن") says nothing.
fn edge_votes(line: &str) -> (usize, usize) {
    let (mut backwards, mut forwards) = (0, 0);
    // Only a word with a byte 0xEF holds a presentation form: the words around those bytes are read.
    let mut word_end = 0;
    for at in memchr::memchr_iter(0xEF, line.as_bytes()) {
        if at < word_end {
            continue;
        }
        let word_start = line[..at].rfind(char::is_whitespace).map_or(0, |i| {
            i + line[i..].chars().next().map_or(1, char::len_utf8)
        });
        word_end = line[at..]
            .find(char::is_whitespace)
            .map_or(line.len(), |i| at + i);
        let word = &line[word_start..word_end];
        let mut letters = word.chars().filter(|&c| is_letter(c));
        let first = letters.next().and_then(position);
        let last = letters.next_back().and_then(position);
        match first {
            Some(Position::Final) => backwards += 1,
            Some(Position::Initial) => forwards += 1,
            _ => {}
        }
        match last {
            Some(Position::Initial) => backwards += 1,
            Some(Position::Final) => forwards += 1,
            _ => {}
        }
    }
    (backwards, forwards)
}

/// A letter of a word's edge: alphabetic, not a mark.
fn is_letter(c: char) -> bool {
    c.is_alphabetic() && !matches!(c as u32, 0x064B..=0x065F | 0x0670 | 0xFE70..=0xFE7F)
}

/// The votes say backwards, surely.
fn surely_backwards((backwards, forwards): (usize, usize)) -> bool {
    backwards >= MIN_REVERSED_EDGES && backwards >= REVERSED_EDGES_PER_FORWARD * forwards
}

/// A char drawn left to right: a digit or a letter of a left-to-right script.
fn left_to_right(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c.is_numeric()
        || c.is_alphabetic()
            && !matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// The mirror of a bracket or a quote, as a right-to-left line draws it.
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        _ => c,
    }
}

/// `line` (drawn in visual order) in logical order: the runs of left-to-right text (numbers, Latin words
/// and what stands between them) keep their order inside and trade places with the rest, whose chars are
/// reversed (brackets mirrored). Spaces at the line's edges stay where they are.
fn logical(line: &str) -> String {
    let body = line.trim();
    let lead = &line[..line.len() - line.trim_start().len()];
    let tail = &line[lead.len() + body.len()..];
    // The runs, in visual order: (text, left to right).
    let mut runs: Vec<(&str, bool)> = Vec::new();
    let mut rest = body;
    while let Some(c) = rest.chars().next() {
        let ltr = left_to_right(c);
        let len = if ltr {
            // Up to the last left-to-right char before a right-to-left one.
            let stop = rest
                .char_indices()
                .find(|&(_, c)| {
                    !left_to_right(c) && !c.is_whitespace() && !c.is_ascii_punctuation()
                })
                .map_or(rest.len(), |(i, _)| i);
            rest[..stop]
                .char_indices()
                .rfind(|&(_, c)| left_to_right(c))
                .map_or(c.len_utf8(), |(i, c)| i + c.len_utf8())
        } else {
            rest.char_indices()
                .find(|&(_, c)| left_to_right(c))
                .map_or(rest.len(), |(i, _)| i)
        };
        runs.push((&rest[..len], ltr));
        rest = &rest[len..];
    }
    let mut out = String::with_capacity(line.len());
    out.push_str(lead);
    for &(run, ltr) in runs.iter().rev() {
        if ltr {
            out.push_str(run);
        } else {
            out.extend(run.chars().rev().map(mirrored));
        }
    }
    out.push_str(tail);
    out
}

/// `src` with every line drawn in visual order put back in logical order ([`visual_order`]).
pub fn in_logical_order(src: &str) -> std::borrow::Cow<'_, str> {
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    visual_order(src, &mut |start, end, with| {
        edits.push((start, end, with.to_string()))
    });
    if edits.is_empty() {
        return std::borrow::Cow::Borrowed(src);
    }
    let mut out = String::with_capacity(src.len());
    let mut copied = 0;
    for (start, end, with) in edits {
        out.push_str(&src[copied..start]);
        out.push_str(&with);
        copied = end;
    }
    out.push_str(&src[copied..]);
    std::borrow::Cow::Owned(out)
}

/// Edits that put every line drawn in visual order back in logical order, one edit a line: a line whose
/// words' edges surely say so, or, on a page whose lines say so together, a line whose edges say so more
/// often than not (a line of one word, a heading). Only lines that hold a byte 0xEF, which opens the
/// UTF-8 of every presentation form, are read.
pub fn visual_order(src: &str, edit: &mut impl FnMut(usize, usize, &str)) {
    let bytes = src.as_bytes();
    let mut lines: Vec<(usize, usize, (usize, usize))> = Vec::new();
    let mut from = 0;
    while let Some(hit) = memchr::memchr(0xEF, &bytes[from..]) {
        let at = from + hit;
        let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i);
        let text = src[start..end].trim_end_matches('\r');
        let votes = edge_votes(text);
        if votes != (0, 0) {
            lines.push((start, start + text.len(), votes));
        }
        from = end;
    }
    let page = lines
        .iter()
        .fold((0, 0), |(b, f), &(_, _, (lb, lf))| (b + lb, f + lf));
    let page_backwards = surely_backwards(page);
    for (start, end, votes) in lines {
        if surely_backwards(votes) || page_backwards && votes.0 > votes.1 {
            let text = &src[start..end];
            let fixed = logical(text);
            if fixed != text {
                edit(start, end, &fixed);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` in presentation forms, each letter in its form for its place in the word.
    fn shaped(text: &str) -> String {
        use unicode_normalization::UnicodeNormalization;
        // The forms of each base letter, found by decomposing the block.
        let forms: Vec<(char, Position, char)> = (0xFE80..=0xFEFCu32)
            .chain(FORMS_A.iter().flat_map(|&(s, n)| s..s + n as u32))
            .filter_map(char::from_u32)
            .filter_map(|c| {
                let base: String = c.to_string().nfkc().collect();
                let mut chars = base.chars();
                let b = chars.next()?;
                chars.next().is_none().then_some(())?;
                Some((b, position(c)?, c))
            })
            .collect();
        let form = |b: char, want: Position| {
            forms
                .iter()
                .find(|&&(base, p, _)| base == b && p == want)
                .map(|&(_, _, c)| c)
        };
        let joins_left = |b: char| form(b, Position::Initial).is_some();
        let mut out = String::new();
        for word in text.split(' ') {
            let letters: Vec<char> = word.chars().collect();
            for (i, &b) in letters.iter().enumerate() {
                let after_joiner = i > 0 && joins_left(letters[i - 1]);
                let before_letter = letters
                    .get(i + 1)
                    .is_some_and(|&n| form(n, Position::Isolated).is_some());
                let want = match (after_joiner, before_letter && joins_left(b)) {
                    (false, false) => Position::Isolated,
                    (true, false) => Position::Final,
                    (false, true) => Position::Initial,
                    (true, true) => Position::Medial,
                };
                out.push(
                    form(b, want)
                        .or_else(|| form(b, Position::Isolated))
                        .unwrap_or(b),
                );
            }
            out.push(' ');
        }
        out.pop();
        out
    }

    fn fixed(text: &str) -> String {
        in_logical_order(text).into_owned()
    }

    #[test]
    fn the_forms_are_read_from_the_blocks() {
        assert_eq!(position('\u{FE91}'), Some(Position::Initial)); // beh
        assert_eq!(position('\u{FE94}'), Some(Position::Final)); // teh marbuta
        assert_eq!(position('\u{FEE8}'), Some(Position::Medial)); // noon
        assert_eq!(position('\u{FEFB}'), Some(Position::Isolated)); // lam-alef
        assert_eq!(position('\u{FB93}'), Some(Position::Final)); // gaf
        assert_eq!(position('ب'), None);
    }

    #[test]
    fn a_line_drawn_in_visual_order_reads_in_logical_order_again() {
        let logical_line = shaped("المجلد 1، العدد 30، إبريل 2021");
        // Drawn left to right: the Arabic runs reversed, the numbers as they are.
        let drawn = "2021 ".to_string()
            + &shaped("إبريل").chars().rev().collect::<String>()
            + " ،30 "
            + &shaped("العدد").chars().rev().collect::<String>()
            + " ،1 "
            + &shaped("المجلد").chars().rev().collect::<String>();
        assert_eq!(fixed(&drawn), logical_line);
        // A Latin phrase keeps its order; brackets turn round.
        let drawn = "Citation Analysis ".to_string()
            + &shaped("تحليل الاستشهادات").chars().rev().collect::<String>()
            + " ("
            + &shaped("مرجع").chars().rev().collect::<String>()
            + ")";
        assert_eq!(
            fixed(&drawn),
            shaped("(مرجع) تحليل الاستشهادات Citation Analysis")
        );
    }

    #[test]
    fn a_one_word_line_reads_backwards_on_a_page_that_does() {
        let backwards = |t: &str| shaped(t).chars().rev().collect::<String>();
        let page = format!(
            "{}\n{}\n{}",
            backwards("الخلافة"),
            backwards("وقال الباحث إن النتائج مشجعة"),
            backwards("كل شيء في هذه الحياة خضع لمنطق التطور")
        );
        let want = format!(
            "{}\n{}\n{}",
            shaped("الخلافة"),
            shaped("وقال الباحث إن النتائج مشجعة"),
            shaped("كل شيء في هذه الحياة خضع لمنطق التطور")
        );
        assert_eq!(fixed(&page), want);
        // Alone, one word is no proof.
        assert_eq!(fixed(&backwards("الخلافة")), backwards("الخلافة"));
    }

    #[test]
    fn lam_alef_ligatures_inside_words_of_plain_letters_turn_no_line() {
        // "فلأن" and "بالأمس" with their lam-alef as one final-form ligature, the rest plain letters.
        let text = "قال فﻸن إنه وصل بالﻸمس وقال فﻸن آخر إنه لم يصل";
        assert_eq!(fixed(text), text);
    }

    #[test]
    fn lines_in_logical_order_and_plain_letters_stay() {
        for text in [
            shaped("كل شيء في هذه الحياة خضع لمنطق التطور"),
            "كل شيء في هذه الحياة خضع لمنطق التطور".to_string(),
            "Plain text, 2021.".to_string(),
            shaped("قال") + " \u{FEFF}BOM",
        ] {
            assert_eq!(fixed(&text), text);
        }
    }

    #[test]
    fn only_the_reversed_lines_of_a_text_change() {
        let good = shaped("وقال الباحث إن النتائج مشجعة");
        let drawn: String = shaped("وقال الباحث إن النتائج مشجعة")
            .chars()
            .rev()
            .collect();
        let text = format!("{good}\r\n{drawn}\n\n{good}");
        assert_eq!(fixed(&text), format!("{good}\r\n{good}\n\n{good}"));
    }
}
