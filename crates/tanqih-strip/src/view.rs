//! The page as the rules read it: letters, not their presentation forms, and every line in logical
//! order; lines without the invisible marks at their edges, words apart by one plain space, without the
//! Markdown-like marks an extractor set on items, links and headings, and whether blank lines there end
//! paragraphs or only double-space the page.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use crate::split_lines;

/// `line` without the invisible marks at its edges (direction marks and embeddings, a byte-order mark,
/// zero-width spaces, a soft hyphen), which right-to-left pages often set before or after a line, and
/// whitespace next to them: the rules read the line as it shows.
pub(crate) fn without_edge_marks(line: &str) -> &str {
    let bytes = line.as_bytes();
    // Most lines open and close with a letter, a digit or a stop: one look at the first and the last
    // char's first byte (the marks start with C2, D8 9C, E2 or EF) settles them.
    let plain = |at: usize| {
        bytes
            .get(at)
            .is_some_and(|&b| b != b' ' && b != b'\t' && b != b'\r')
    };
    let Some(last_byte) = bytes.len().checked_sub(1) else {
        return line;
    };
    let last = (0..=last_byte)
        .rev()
        .take(4)
        .find(|&k| bytes[k] & 0xC0 != 0x80)
        .unwrap_or(0);
    let suspect = |at: usize| {
        matches!(bytes[at], 0xC2 | 0xE2 | 0xEF)
            || bytes[at] == 0xD8 && bytes.get(at + 1) == Some(&0x9C)
    };
    if plain(0) && plain(last_byte) && !suspect(0) && !suspect(last) {
        return line;
    }
    let invisible = crate::fold::is_invisible_mark;
    let shown = line.trim();
    if !shown.starts_with(invisible) && !shown.ends_with(invisible) {
        return line;
    }
    line.trim_matches(|c: char| invisible(c) || c.is_whitespace())
}

/// The line holds nothing that shows.
pub(crate) fn is_blank(line: &str) -> bool {
    without_edge_marks(line).trim().is_empty()
}

/// Marks that open a list item when an extractor writes items as text ("* ", "- ", "• ").
pub(crate) const ITEM_MARKS: [char; 11] = ['*', '-', '+', '•', '·', '–', '►', '▸', '●', '◦', '▪'];

/// A page marks its list items when at least this many lines (an extractor marks a page's menus and
/// lists, dozens of items; an article types a list of a few)...
const MIN_MARKED_LINES: usize = 10;
/// ...or this many, when Markdown's own links or headings show that an extractor wrote it...
const MIN_MARKDOWN_MARKED_LINES: usize = 5;
/// ...and this share of its lines that show (hundredths) open with an item's mark and a space.
const MIN_MARKED_SHARE: usize = 30;

/// The item mark and the space after it that open `line`, if any.
fn item_mark(line: &str) -> Option<usize> {
    let mut chars = line.char_indices();
    let (_, mark) = chars.next()?;
    let (at, space) = chars.next()?;
    (ITEM_MARKS.contains(&mark) && space == ' ').then_some(at + 1)
}

/// The `#` marks and the space that open a Markdown heading line ("## عنوان"), if any.
fn heading_mark(line: &str) -> Option<usize> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    ((1..=6).contains(&hashes) && line.as_bytes().get(hashes) == Some(&b' ')).then_some(hashes + 1)
}

/// The line holds a Markdown link or image: `[text](target)`.
fn holds_link(line: &str) -> bool {
    memchr::memmem::find(line.as_bytes(), b"](").is_some()
}

/// `line` with its Markdown links and images written as their text (`[text](target)` as `text`,
/// `![alt](target)` as `alt`), pushed to `out`.
fn push_unlinked(line: &str, out: &mut String) {
    let mut rest = line;
    while let Some(close) = rest.find("](") {
        // The link's text opens at the last bracket before it ("[a] [b](c)": "b").
        let Some(open) = rest[..close].rfind('[') else {
            out.push_str(&rest[..close + 2]);
            rest = &rest[close + 2..];
            continue;
        };
        let Some(end) = rest[close + 2..].find(')').map(|k| close + 2 + k) else {
            break;
        };
        let image = rest[..open].ends_with('!');
        out.push_str(&rest[..open - image as usize]);
        out.push_str(&rest[open + 1..close]);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
}

/// `text` as it reads without its Markdown-like markup, when the extractor that wrote it marked every
/// list item ("* ", "- ", "• "), link (`[text](target)`) or heading (`## `): menus, lists of links and an
/// article's lists, [`MIN_MARKED_SHARE`] hundredths of the lines or more. The marks that open lines go,
/// links and images read as their text; the lines stay as they are otherwise. `text` itself on a page
/// that sets such marks only here and there (a list typed into the article).
pub(crate) fn without_markup(text: &str) -> Cow<'_, str> {
    let (mut shown, mut marked, mut markdown) = (0, 0, 0);
    // One search tells whether any line holds a link: most pages hold none.
    let links = holds_link(text);
    for line in split_lines(text) {
        if !is_blank(line) {
            shown += 1;
            let own = heading_mark(line).is_some() || links && holds_link(line);
            markdown += own as usize;
            marked += (own || item_mark(line).is_some()) as usize;
        }
    }
    let enough = marked >= MIN_MARKED_LINES || markdown > 0 && marked >= MIN_MARKDOWN_MARKED_LINES;
    if !enough || marked * 100 < shown * MIN_MARKED_SHARE {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, line) in split_lines(text).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let line = &line[item_mark(line).or_else(|| heading_mark(line)).unwrap_or(0)..];
        push_unlinked(line, &mut out);
    }
    Cow::Owned(out)
}

/// An unescaped no-break space, as scrapers that do not decode entities leave it.
const NBSP_ENTITY: &str = "&nbsp;";

/// The text sets words apart otherwise than by one plain space somewhere: a tab, a no-break or another
/// Unicode space, a run of spaces, an unescaped `&nbsp;`.
fn has_other_spaces(text: &str) -> bool {
    let bytes = text.as_bytes();
    // A tab, or a space of more than one byte: U+0085 and U+00A0 start with C2, U+2000–U+205F with E2.
    let other_space =
        memchr::memchr3_iter(b'\t', 0xC2, 0xE2, bytes).any(|at| space_len(&bytes[at..]) > 0);
    other_space
        || memchr::memmem::find(bytes, b"  ").is_some()
        || memchr::memmem::find(bytes, NBSP_ENTITY.as_bytes()).is_some()
        || memchr::memmem::find(bytes, "\u{3000}".as_bytes()).is_some()
        || memchr::memmem::find(bytes, "\u{1680}".as_bytes()).is_some()
}

/// The length of the space (any whitespace but a line break, or an unescaped `&nbsp;`) that starts
/// `bytes`; 0 when none does.
fn space_len(bytes: &[u8]) -> usize {
    match bytes {
        [b' ' | b'\t' | b'\r' | 0x0B | 0x0C, ..] => 1,
        // U+0085, U+00A0.
        [0xC2, 0x85 | 0xA0, ..] => 2,
        // U+1680.
        [0xE1, 0x9A, 0x80, ..] => 3,
        // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F.
        [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..] | [0xE2, 0x81, 0x9F, ..] => 3,
        // U+3000.
        [0xE3, 0x80, 0x80, ..] => 3,
        [b'&', ..] if bytes.starts_with(NBSP_ENTITY.as_bytes()) => NBSP_ENTITY.len(),
        _ => 0,
    }
}

/// A run of this many plain spaces between two words sets apart the items of a row (a ticker's headlines
/// or a menu's items written with spaces between them, not marks; a tab or two spaces part words as one
/// space does)...
const MIN_GAP_SPACES: usize = 3;
/// ...when a line holds at least this many such gaps.
const MIN_ROW_GAPS: usize = 2;

/// The inner gaps of `line` ([`MIN_GAP_SPACES`] plain spaces or more between two words), as byte ranges.
fn wide_gaps(line: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = line.as_bytes();
    let mut gaps = Vec::new();
    let mut i = bytes.iter().take_while(|&&b| b == b' ').count();
    while i < bytes.len() {
        if bytes[i] != b' ' {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i] == b' ' {
            i += 1;
        }
        if i < bytes.len() && i - start >= MIN_GAP_SPACES {
            gaps.push(start..i);
        }
    }
    gaps
}

/// The page as the rules read it: letters in logical order ([`with_plain_letters`]), rows' wide gaps made
/// bars ([`with_row_gaps_marked`]), words apart by one plain space ([`with_plain_spaces`]), without an
/// extractor's markup ([`without_markup`]); the same lines, so a line's number and its key for the corpus
/// counts are the same in every pass.
pub(crate) fn as_read(text: &str) -> Cow<'_, str> {
    let letters = with_plain_letters(text);
    let gapped = match with_row_gaps_marked(&letters) {
        Cow::Borrowed(_) => letters,
        Cow::Owned(gapped) => Cow::Owned(gapped),
    };
    let spaced = match with_plain_spaces(&gapped) {
        Cow::Borrowed(_) => gapped,
        Cow::Owned(spaced) => Cow::Owned(spaced),
    };
    match without_markup(&spaced) {
        Cow::Borrowed(_) => spaced,
        Cow::Owned(unmarked) => Cow::Owned(unmarked),
    }
}

/// `text` with its letters' presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC, as PDF extractors write
/// them) read as the letters they shape, after the lines an extractor drew in visual order are put back
/// in logical order: the rules' word lists and the line model see the words they know. Text without them
/// (no byte 0xEF, which opens their UTF-8) is passed over at once.
pub(crate) fn with_plain_letters(text: &str) -> Cow<'_, str> {
    let shaped = |c: char| matches!(c as u32, 0xFB50..=0xFDFF | 0xFE70..=0xFEFC);
    let shaped_at = |text: &str, at: usize| text[at..].chars().next().filter(|&c| shaped(c));
    if !memchr::memchr_iter(0xEF, text.as_bytes()).any(|at| shaped_at(text, at).is_some()) {
        return Cow::Borrowed(text);
    }
    let logical = tanqih_core::visual::in_logical_order(text);
    let mut out = String::with_capacity(logical.len());
    // The runs between shaped letters are copied whole.
    let mut copied = 0;
    for at in memchr::memchr_iter(0xEF, logical.as_bytes()) {
        let Some(c) = shaped_at(&logical, at) else {
            continue;
        };
        out.push_str(&logical[copied..at]);
        out.extend(std::iter::once(c).nfkc());
        copied = at + c.len_utf8();
    }
    out.push_str(&logical[copied..]);
    Cow::Owned(out)
}

/// `text` with the wide gaps of each row of items made a bar (" | "), the separator the rules read rows
/// by: a line with [`MIN_ROW_GAPS`] gaps or more, alone among lines that hold fewer (a ticker). Lines
/// gapped one after the other are a layout's columns (a PDF extracted page by page, a table), whose
/// text runs on down each column; they, the other lines, and the line breaks stay as they are.
pub(crate) fn with_row_gaps_marked(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    // Where three plain spaces stand, found by one SIMD search: most pages have none, and most lines of
    // the others none but their indentation.
    let mut runs = memchr::memmem::find_iter(bytes, b"   ").peekable();
    if runs.peek().is_none() {
        return Cow::Borrowed(text);
    }
    let mut lines = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', bytes).chain([bytes.len()]) {
        while runs.next_if(|&at| at < start).is_some() {}
        let gaps = match runs.peek() {
            Some(&at) if at < end => wide_gaps(&text[start..end]),
            _ => Vec::new(),
        };
        lines.push((start..end, gaps));
        start = end + 1;
    }
    let gapped = |i: Option<usize>| {
        i.and_then(|i| lines.get(i))
            .is_some_and(|(_, gaps)| gaps.len() >= MIN_ROW_GAPS)
    };
    let rows: Vec<usize> = (0..lines.len())
        .filter(|&i| gapped(Some(i)) && !gapped(i.checked_sub(1)) && !gapped(Some(i + 1)))
        .collect();
    if rows.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + rows.len() * 8);
    let mut copied = 0;
    for &i in &rows {
        let (line, gaps) = &lines[i];
        for gap in gaps {
            out.push_str(&text[copied..line.start + gap.start]);
            out.push_str(" | ");
            copied = line.start + gap.end;
        }
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// `text` with every run of spaces of any kind (tabs, no-break and other Unicode spaces, `&nbsp;`) on a
/// line made one plain space; line breaks, and so the lines, stay as they are. `text` itself when it
/// sets words apart by one plain space only.
pub(crate) fn with_plain_spaces(text: &str) -> Cow<'_, str> {
    if !has_other_spaces(text) {
        return Cow::Borrowed(text);
    }
    // Where a run of spaces other than one plain space may be, found by SIMD searches: two plain
    // spaces, a carriage return, and the first bytes of the other spaces (a tab, C2, E1, E2, E3, VT, FF,
    // "&nbsp;"'s "&"); runs are read from there.
    let bytes = text.as_bytes();
    let opens_space = |&at: &usize| space_len(&bytes[at..]) > 0;
    let mut hits: Vec<usize> = memchr::memmem::find_iter(bytes, b"  ").collect();
    hits.extend(memchr::memchr_iter(b'\r', bytes));
    hits.extend(memchr::memchr3_iter(b'\t', 0xC2, 0xE2, bytes).filter(opens_space));
    hits.extend(memchr::memchr3_iter(0xE1, 0xE3, b'&', bytes).filter(opens_space));
    hits.extend(memchr::memchr2_iter(0x0B, 0x0C, bytes));
    hits.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for hit in hits {
        if hit < copied {
            continue;
        }
        // The run opens with the plain spaces before the hit, if any.
        let start = hit
            - bytes[copied..hit]
                .iter()
                .rev()
                .take_while(|&&b| b == b' ')
                .count();
        let mut end = hit;
        loop {
            let more = space_len(&bytes[end..]);
            if more == 0 {
                break;
            }
            end += more;
        }
        if &text[start..end] != " " {
            out.push_str(&text[copied..start]);
            out.push(' ');
            copied = end;
        }
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// A page whose lines stand between blank lines this often (in hundredths) or more is double-spaced.
const MIN_DOUBLE_SPACED_SHARE: usize = 80;

/// Many extractors set a blank line between every two lines: there blank lines end no paragraph. True
/// when [`MIN_DOUBLE_SPACED_SHARE`] hundredths of the lines that show stand between blank lines (or the
/// page's edges).
pub(crate) fn double_spaced(text: &str) -> bool {
    let (mut shown_lines, mut apart) = (0, 0);
    let mut before_blank = true;
    let mut previous_alone = false;
    for line in split_lines(text) {
        let blank = is_blank(line);
        if blank {
            apart += previous_alone as usize;
        } else {
            shown_lines += 1;
        }
        previous_alone = !blank && before_blank;
        before_blank = blank;
    }
    // The last line stands alone when a blank line or nothing came before it.
    apart += previous_alone as usize;
    shown_lines > 0 && apart * 100 >= shown_lines * MIN_DOUBLE_SPACED_SHARE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_of_any_kind_become_one_plain_space_and_the_lines_stay() {
        let plain = "سطر أول\nسطر ثان\n";
        assert!(matches!(with_plain_spaces(plain), Cow::Borrowed(_)));
        let spaced = "سطر\u{00A0}أول\t \tهنا\r\nسطر&nbsp;ثان  \u{2009}x\n\n";
        assert_eq!(with_plain_spaces(spaced), "سطر أول هنا \nسطر ثان x\n\n");
        // A quote or a dash after a space is no space.
        assert!(matches!(
            with_plain_spaces("قال “نعم” — x"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn item_marks_go_only_where_the_extractor_marked_every_item() {
        let menu = [
            "الرئيسية",
            "أخبار",
            "رياضة",
            "فن",
            "اقتصاد",
            "صحة",
            "سياسة",
            "ثقافة",
            "علوم",
            "منوعات",
        ];
        let marked = format!("عنوان\n* {}\nنص المقال هنا.\n", menu.join("\n* "));
        assert_eq!(
            without_markup(&marked),
            format!("عنوان\n{}\nنص المقال هنا.\n", menu.join("\n"))
        );
        // A short page's lists typed with bullets of its own keep them, however large their share.
        let short = "عنوان\nأصدر المجلس قرارات أبرزها:\n• قرار أول\n• قرار ثان\n• قرار ثالث\n\
            وأكد الوزير أهميتها.\nالأكثر قراءة\n• خبر أول\n• خبر ثان\n• خبر ثالث\n";
        assert!(matches!(without_markup(short), Cow::Borrowed(_)));
        // A list typed into a long article keeps its marks.
        let typed = format!(
            "{}- بند أول\n- بند ثان\n",
            "فقرة طويلة من المقال.\n".repeat(20)
        );
        assert!(matches!(without_markup(&typed), Cow::Borrowed(_)));
    }

    #[test]
    fn links_read_as_their_text_and_headings_without_their_marks_on_a_markdown_page() {
        let page = "# عنوان الخبر\n* [الرئيسية](https://x.test/)\n* [أخبار](https://x.test/a)\n\
* [رياضة](https://x.test/b)\n* [فن](https://x.test/c)\n![صورة](https://x.test/i.jpg)\n\
نص [المقال](https://x.test/d) هنا، و[a] [b](c) و](d).\n";
        assert_eq!(
            without_markup(page),
            "عنوان الخبر\nالرئيسية\nأخبار\nرياضة\nفن\nصورة\nنص المقال هنا، و[a] b و](d).\n"
        );
    }

    /// Every run of spaces made one plain space, byte by byte.
    fn plain_spaces_byte_by_byte(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = String::new();
        let mut i = 0;
        while i < bytes.len() {
            let len = space_len(&bytes[i..]);
            if len == 0 {
                let c = text[i..].chars().next().unwrap();
                out.push(c);
                i += c.len_utf8();
                continue;
            }
            while space_len(&bytes[i..]) > 0 {
                i += space_len(&bytes[i..]);
            }
            out.push(' ');
        }
        out
    }

    #[test]
    fn the_searched_runs_are_every_run() {
        let pieces = [
            "كلمة", " ", "  ", "\t", "\r", "\n", "\u{00A0}", "\u{2009}", "\u{3000}", "\u{1680}",
            "&nbsp;", "&amp;", "“", "—", "x", "\u{000B}", "\u{0085}",
        ];
        let mut seed = 7u64;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..12 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let lines = |t: &str| t.split('\n').count();
            let view = with_plain_spaces(&text);
            assert_eq!(lines(&view), lines(&text), "{text:?}");
            if has_other_spaces(&text) {
                assert_eq!(view, plain_spaces_byte_by_byte(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn a_page_is_double_spaced_when_its_lines_stand_between_blank_lines() {
        assert!(double_spaced("a\n\nb\n\nc\n"));
        assert!(double_spaced("a\n\n\u{200F}\n\nb"));
        assert!(!double_spaced("a\nb\n\nc\nd\n"));
        assert!(!double_spaced("\n\n"));
    }

    #[test]
    fn marks_at_a_lines_edges_are_not_read() {
        assert_eq!(without_edge_marks("\u{200F}سطر\u{202C}"), "سطر");
        assert_eq!(without_edge_marks("\u{FEFF} سطر "), "سطر");
        assert_eq!(without_edge_marks("  سطر  "), "  سطر  ");
        assert!(is_blank("\u{200E}\u{00A0}"));
    }
}
