//! Bylines and signatures: the words that open them in the languages tanqih meets, and the names they
//! hold. Matched on folded text (see `crate::fold`).

use std::collections::HashSet;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use crate::date;
use crate::fold::{fold, is_alnum};
use crate::lexicon::WordList;

/// Arabic words that open a byline before the author's name ("بقلم Name") and say nothing else.
/// Written with a letter Arabic does not write ("کتب", books in Persian and Urdu), they are other words.
const ARABIC_OPENERS: &[&str] = &[
    "بواسطة",
    "نشر بواسطة",
    "نشرت بواسطة",
    "كتب بواسطة",
    "كتبت بواسطة",
    "بقلم",
    "كتب",
    "كتبت",
    "كتبه",
    // A forum's "post by".
    "مساهمة من طرف",
    // "Interviewed by".
    "أجرى الحوار",
    "أجرت الحوار",
    "أجرى اللقاء",
    "أجرت اللقاء",
];

/// Words of other languages that open a byline before the author's name ("By Name", "به قلم Name") and
/// say nothing else.
const OPENERS: &[&str] = &[
    // Persian
    "به قلم",
    "نوشته",
    "نوشته شده توسط",
    "ارسال شده توسط",
    "منتشر شده توسط",
    "یادداشت از",
    "یادداشتی از",
    "نگارش از",
    "به کوشش",
    // Urdu
    "بذریعہ",
    // English
    "by",
    "written by",
    "posted by",
    "reported by",
    "words by",
];

/// Nouns that open a byline only with a colon after them ("تقرير: Name", "رپورٹ: Name"): without it they
/// open a headline ("گزارش تصویری از ...", a photo report).
const NOUN_OPENERS: &[&str] = &[
    "إعداد",
    "كتابة",
    "متابعة",
    "تقرير",
    "تحرير",
    // A book's or a film's review ("عرض: Name").
    "عرض",
    "حاوره",
    "حاورته",
    "حوار",
    "گزارش",
    "گفت‌وگو",
    "مصاحبه",
    "تحریر",
    "رپورٹ",
    "رپورٹنگ",
    "انٹرویو",
];

/// Of [`NOUN_OPENERS`], the nouns of the writing itself ("written by", "prepared by"), which open a byline
/// without a colon too when a person's name of a few words is all that follows ("تحریر فرحان علی").
const WRITING_NOUNS: &[&str] = &["إعداد", "كتابة", "تحرير", "تحریر"];

/// Nouns of the work on a piece that a byline joins two by two with "and" before a colon ("إعداد
/// وتقديم:", "كتابة وإعداد:", "تهیه و تنظیم:", "گردآوری و تنظیم:", "تحریر و تحقیق:"): the writer's,
/// whatever the second.
const JOINED_WORK_NOUNS: &[&str] = &[
    "إعداد",
    "كتابة",
    "تحرير",
    "متابعة",
    "تقرير",
    "تقديم",
    "عرض",
    "ترجمة",
    "تهیه",
    "تنظیم",
    "گردآوری",
    "تدوین",
    "ترجمه",
    "گزارش",
    "تحریر",
    "تحقیق",
    "ترتیب",
    // The text, joined to another noun only ("نص وتصوير:", "متن و عکس:").
    "نص",
    "متن",
];

/// Nouns of a picture's making that may follow a noun of the work ("گزارش و عکس:", "نص وتصوير:"): the
/// writer took the pictures too.
const JOINED_PICTURE_NOUNS: &[&str] = &["تصوير", "عکس", "تصویر", "فیلم", "ویدیو"];

/// Prepositions that open a byline only before a person's name alone, with a given name first: "by" in
/// Urdu ("از سارہ احمد"), "from" in Persian too ("از تهران", "از سوی دیگر").
const PREPOSITION_OPENERS: &[&str] = &["از"];

/// A name after a writing noun with no colon holds at most this many words.
const MAX_NAME_AFTER_NOUN_WORDS: usize = 3;

/// Words that open a byline in languages where they are also common prepositions ("von", "par", "di"):
/// the name after them must read as one, and a single word is not enough.
const WEAK_OPENERS: &[&str] = &[
    "von",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
    "a cura di",
    // Persian "by", after a post's date ("... خردادماه سال 1389 توسط Name").
    "توسط",
];

/// Labels before an author's name, on its line ("Author: Name") or alone on the line above it.
const LABELS: &[&str] = &[
    "author",
    "authors",
    "written by",
    "autor",
    "autorin",
    "autoren",
    "auteur",
    "auteurs",
    "autore",
    "autori",
    "forfatter",
    "författare",
    "yazar",
    "автор",
    "الكاتب",
    "الكاتبة",
    "كاتب المقال",
    "مراسل",
    "مراسلة",
    "المراسل",
    "مراسلنا",
    "نویسنده",
    "خبرنگار",
    "مصنف",
    "رپورٹر",
    "نامہ نگار",
    // A blog post's sender.
    "ارسال‌کننده",
    "ارسال کننده",
];

/// Of [`LABELS`], a correspondent's: a role too, which an outlet may follow after a comma.
const CORRESPONDENT_LABELS: &[&str] = &[
    "مراسل",
    "مراسلة",
    "المراسل",
    "مراسلنا",
    "خبرنگار",
    "رپورٹر",
    "نامہ نگار",
];

fn correspondent_labels() -> &'static WordList {
    static CELL: OnceLock<WordList> = OnceLock::new();
    folded(CORRESPONDENT_LABELS, &CELL)
}

fn folded(list: &'static [&'static str], cell: &'static OnceLock<WordList>) -> &'static WordList {
    cell.get_or_init(|| WordList::new(list.iter().map(|w| fold(w)).collect()))
}

/// Every opener, [`ARABIC_OPENERS`] and [`OPENERS`].
fn openers() -> &'static WordList {
    static CELL: OnceLock<WordList> = OnceLock::new();
    CELL.get_or_init(|| {
        WordList::new(
            ARABIC_OPENERS
                .iter()
                .chain(OPENERS)
                .map(|w| fold(w))
                .collect(),
        )
    })
}

fn arabic_openers() -> &'static WordList {
    static CELL: OnceLock<WordList> = OnceLock::new();
    folded(ARABIC_OPENERS, &CELL)
}

/// `head`, folded to `key`, opens a byline: an opener, an Arabic one only in letters Arabic writes.
fn is_opener(head: &str, key: &str) -> bool {
    openers().contains(key)
        && !(arabic_openers().contains(key) && head.contains(PERSIAN_AND_URDU_LETTERS))
}

/// Letters Persian and Urdu write that Arabic does not.
const PERSIAN_AND_URDU_LETTERS: &[char] = &[
    'ک', 'ی', 'گ', 'پ', 'چ', 'ژ', 'ہ', 'ۃ', 'ے', 'ں', 'ٹ', 'ڈ', 'ڑ',
];

fn weak_openers() -> &'static WordList {
    static CELL: OnceLock<WordList> = OnceLock::new();
    folded(WEAK_OPENERS, &CELL)
}

fn noun_openers() -> &'static WordList {
    static CELL: OnceLock<WordList> = OnceLock::new();
    folded(NOUN_OPENERS, &CELL)
}

fn writing_nouns() -> &'static WordList {
    static CELL: OnceLock<WordList> = OnceLock::new();
    folded(WRITING_NOUNS, &CELL)
}

fn joined_work_nouns() -> &'static WordList {
    static CELL: OnceLock<WordList> = OnceLock::new();
    folded(JOINED_WORK_NOUNS, &CELL)
}

fn joined_picture_nouns() -> &'static WordList {
    static CELL: OnceLock<WordList> = OnceLock::new();
    folded(JOINED_PICTURE_NOUNS, &CELL)
}

/// The folded `key` is two nouns of [`JOINED_WORK_NOUNS`] joined by "and" ("اعداد وتقديم", "تهیه و
/// تنظیم"), the second perhaps one of [`JOINED_PICTURE_NOUNS`] ("گزارش و عکس").
fn joined_work(key: &str) -> bool {
    let words: Vec<&str> = key.split(' ').collect();
    let (first, second) = match words[..] {
        [first, second] => match second.strip_prefix('و') {
            Some(second) => (first, second),
            None => return false,
        },
        [first, "و" | "and" | "&", second] => (first, second),
        _ => return false,
    };
    joined_work_nouns().contains(first)
        && (joined_work_nouns().contains(second) || joined_picture_nouns().contains(second))
}

fn preposition_openers() -> &'static WordList {
    static CELL: OnceLock<WordList> = OnceLock::new();
    folded(PREPOSITION_OPENERS, &CELL)
}

fn labels() -> &'static WordList {
    static CELL: OnceLock<WordList> = OnceLock::new();
    folded(LABELS, &CELL)
}

/// The first words of every opening, label and noun a byline's opening may be ([`opening_words`]): a line
/// whose first word is none of them, nor a writer's title, opens with none of them.
fn opening_first_words() -> &'static crate::FastSet<String> {
    static CELL: OnceLock<crate::FastSet<String>> = OnceLock::new();
    CELL.get_or_init(|| {
        [
            openers(),
            weak_openers(),
            noun_openers(),
            writing_nouns(),
            preposition_openers(),
            labels(),
            joined_work_nouns(),
        ]
        .iter()
        .flat_map(|list| list.iter())
        .filter_map(|entry| entry.split_whitespace().next())
        .map(str::to_string)
        .collect()
    })
}

/// How strongly the opening words of a byline say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opening {
    /// "By", "بقلم", "Author:": a single name after it will do.
    Strong,
    /// "Von", "par": the name must read as a person's name.
    Weak,
}

/// Signs of a pen or of a writing hand, which open a signature on social networks and in the posts
/// scraped from them.
const PEN_SIGNS: [char; 5] = ['🖋', '🖊', '✒', '✍', '🖍'];

/// Marks that may end a byline's opening, glued to it or not.
const OPENING_ENDS: [char; 6] = [':', '：', '/', '-', '–', '—'];

/// A mark set alone after a byline's opening, as a dash is ("كتب ـ محمد"); inside a word it stretches it.
fn separates(c: char) -> bool {
    OPENING_ENDS.contains(&c) || c == 'ـ'
}

/// `text` is a person's name alone: two to [`MAX_NAME_AFTER_NOUN_WORDS`] words, no digit, one of them a
/// common given name, or a word joined to the name of God as given names are ("وسعت اللہ", "نصر الله").
fn only_a_name(text: &str) -> bool {
    // The words that join the next into one name ("عبد", "بن") count with it.
    let words = text
        .split_whitespace()
        .filter(|w| !crate::model::NAME_LINKS.contains(w))
        .count();
    let theophoric = || text.split_whitespace().skip(1).any(|w| fold(w) == "الله");
    (2..=MAX_NAME_AFTER_NOUN_WORDS).contains(&words)
        && !text.contains(|c: char| c.is_numeric())
        && (opens_with_given_name(text) || holds_given_name(text) || theophoric())
}

/// `text` is [`only_a_name`], opening with a given name, and no word of it a function word unless a given
/// name ("محمد علی" is a name; "محمد تا امروز", from Mohammad to this day, is none).
fn only_a_bare_name(text: &str) -> bool {
    only_a_name(text)
        && opens_with_given_name(text)
        && !text.split_whitespace().any(|w| {
            crate::model::is_function_word(w.trim_matches(|c: char| !c.is_alphanumeric()))
                && !given_names().contains(&fold(w))
        })
}

/// Bars and dots that set a post's fields apart on one row (the middle dot, the bullet and the dot
/// operators all serve as the dot).
const ROW_SEPARATORS: [&str; 5] = [" | ", " • ", " · ", " ⋅ ", " ∙ "];

/// The first field of a row of three fields or more that bars or dots set apart ("by Name | Mar 11,
/// 2023 | Category | 0 comments"), when the line is one.
pub(crate) fn first_field_of_row(text: &str) -> Option<&str> {
    // '|' or the lead bytes of '•' and '·' first: running text holds none.
    memchr::memchr3(b'|', 0xE2, 0xC2, text.as_bytes())?;
    // Arabic text holds those lead bytes in its quotes («») and dashes: the separators themselves are
    // looked for, many bytes at a time, up to their second time.
    static FINDERS: OnceLock<[memchr::memmem::Finder<'static>; ROW_SEPARATORS.len()]> =
        OnceLock::new();
    let finders = FINDERS.get_or_init(|| ROW_SEPARATORS.map(memchr::memmem::Finder::new));
    let (sep, _) = ROW_SEPARATORS
        .iter()
        .zip(finders)
        .find(|(_, finder)| finder.find_iter(text.as_bytes()).nth(1).is_some())?;
    text.split(sep).next()
}

/// The writers of a byline with a photographer's credit after a dash or a bar ("تقرير: أحمد سمير -
/// تصوير: محمد علي", "By Jane Roe | Photo: John Doe"): a caption's credit ends the line, but the
/// byline before it names the piece's writers.
pub(crate) fn before_photo_credit(raw: &str) -> Option<Vec<String>> {
    let (head, credit) = [" - ", " – ", " — ", " | "]
        .iter()
        .filter_map(|sep| raw.trim_end().rsplit_once(sep))
        .max_by_key(|(head, _)| head.len())?;
    if !crate::lexicon::is_labelled_photo_credit(credit) {
        return None;
    }
    let head = head.trim();
    byline_authors(head).or_else(|| {
        // Beside the pictures' credit, the text's label names the writer ("نص: Name | صور: Name",
        // "متن: Name | عکس: Name"), which it does not alone ("متن:" heads a quoted text too), when
        // a person's name follows it ("متن: سخنرانی رئیس جمهور" is the text of a speech).
        let (label, name) = head.split_once([':', '：'])?;
        (TEXT_LABELS.contains(&fold(label.trim()).as_str()) && surely_a_name(name.trim()))
            .then(|| names_in(name, Opening::Weak))
            .flatten()
    })
}

/// Labels of a piece's text, folded, which name its writer beside a photographer's credit.
const TEXT_LABELS: &[&str] = &["نص", "متن", "text", "texte", "texto", "testo"];

/// A byline's text up to a semicolon, after which the writer's role and workplace follow ("Name ;
/// استشاري ... ; Org").
pub(crate) fn before_semicolon(text: &str) -> &str {
    text.split([';', '؛']).next().unwrap_or(text).trim()
}

/// The opening of a byline in `raw`, and the text after it (the opener's colon dropped); a kind of piece
/// may stand before it ("Kolumne von Name", "Eine Analyse von Name", "تحليل بقلم: Name"), and a list
/// item's mark before all.
fn opening(raw: &str) -> Option<(Opening, &str)> {
    let raw = raw
        .trim()
        .trim_start_matches(crate::view::ITEM_MARKS)
        .trim_start();
    after_opener_and_place(raw)
        .or_else(|| opening_words(raw))
        .or_else(|| opening_words(after_piece_kind(raw)?))
        .or_else(|| after_avatar_name(raw))
        .or_else(|| after_site_prefix(raw))
}

/// Words a site's name may print before a byline's opening at most ("مع الحدث متابعة: Name").
const MAX_BYLINE_PREFIX_WORDS: usize = 2;

/// The byline after a short prefix, the site's or the desk's name, when its opening is a noun of the
/// writing ([`NOUN_OPENERS`]) right before a colon and only a person's name follows it: "مع الحدث
/// متابعة: لحبيب مسكر", "الدستور - إعداد: Name". ("Edited by: Name" names an editor: "by" is none.)
fn after_site_prefix(raw: &str) -> Option<(Opening, &str)> {
    let (head, name) = raw.split_once([':', '：'])?;
    let words: Vec<&str> = head
        .split_whitespace()
        .filter(|w| !w.chars().all(|c| matches!(c, '-' | '–' | '|')))
        .collect();
    let (opener, prefix) = words.split_last()?;
    let key = fold(opener);
    let name = name.trim();
    (noun_openers().contains(&key)
        && (1..=MAX_BYLINE_PREFIX_WORDS).contains(&prefix.len())
        && crate::model::name_shape(name).is_some())
    .then_some((Opening::Strong, name))
}

/// An opening, the preposition and the place hold at most this many words.
const MAX_OPENING_AND_PLACE_WORDS: usize = 6;

/// Prepositions of a place that a byline's opening may name before the name ("حاوره في صنعاء /
/// Name", "كتب من القاهرة: Name").
const PLACE_PREPOSITIONS: &[&str] = &["في", "من", "از", "در"];

/// The byline after its opening and the place it was written in, a separator before the name: "حاوره
/// في صنعاء / عبد الملك الفهيدي -", "كتب من القاهرة: أحمد علي".
fn after_opener_and_place(raw: &str) -> Option<(Opening, &str)> {
    let (head, name) = raw.split_once(['/', ':', '-', '–'])?;
    // The opening (three words at most), the preposition, the place (two words at most).
    if head
        .split_whitespace()
        .nth(MAX_OPENING_AND_PLACE_WORDS)
        .is_some()
    {
        return None;
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| PLACE_PREPOSITIONS.contains(w))
        .filter(|&p| p >= 1 && (1..=2).contains(&(words.len() - p - 1)))?;
    let opener = fold(&words[..at].join(" "));
    if !(openers().contains(&opener)
        || noun_openers().contains(&opener)
        || labels().contains(&opener))
    {
        return None;
    }
    // A report from a place may go on to its news after the colon ("تقرير من غزة: الوضع كارثي"): a
    // person's name only, one that opens with a given name in a script without case.
    let name = name.trim();
    let named = if is_cased(name) {
        name_like(name.trim_end_matches(['-', '–', ' ']))
    } else {
        opens_with_given_name(name)
    };
    named.then_some((Opening::Strong, name))
}

/// The byline after the writer's name that its avatar's alt text printed before it ("بلال رشید by
/// بلال رشید", "Jane Roe By Jane Roe"): the same name on both sides of a one-word opener.
fn after_avatar_name(raw: &str) -> Option<(Opening, &str)> {
    let bytes = raw.as_bytes();
    let first = *raw.trim_start().as_bytes().first()?;
    let mut at = 0;
    for end in memchr::memchr_iter(b' ', bytes).chain([bytes.len()]) {
        // The name after the word opens with the line's first byte, unless whitespace comes first.
        let repeats_from_here = bytes
            .get(end + 1)
            .is_some_and(|&b| b == first || may_open_whitespace(b));
        if repeats_from_here {
            let word = &raw[at..end];
            // The same name on both sides, as the page printed it twice, before the opener is looked up.
            let (before, after) = (raw[..at].trim(), raw[end..].trim());
            if !before.is_empty() && before == after && openers().contains(&fold(word)) {
                return Some((Opening::Strong, after));
            }
        }
        at = end + 1;
    }
    None
}

/// `b` may be the first byte of a whitespace char: ASCII whitespace, or the lead byte of U+0085, U+00A0,
/// U+1680, U+2000–U+205F or U+3000.
fn may_open_whitespace(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ' | 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

/// `raw` after its first word or two, the last of them naming a kind of piece ([`PIECE_KINDS`]), the
/// two when both do ("مقال رأي").
fn after_piece_kind(raw: &str) -> Option<&str> {
    let (mut rest, mut after_kind) = (raw, None);
    for _ in 1..MAX_PIECE_LABEL_WORDS {
        let Some((word, after)) = rest.split_once(char::is_whitespace) else {
            break;
        };
        rest = after.trim_start();
        if piece_kinds().contains(&fold(word)) {
            after_kind = Some(rest);
        }
    }
    after_kind
}

/// The opening of a byline at the start of `raw` (trimmed), and the text after it.
fn opening_words(raw: &str) -> Option<(Opening, &str)> {
    // A pen's sign before the name ("🖋 Name", "✒️Name"), as posts on social networks sign.
    if let Some(rest) = raw.strip_prefix(PEN_SIGNS) {
        let rest = rest.trim_start_matches('\u{FE0F}').trim_start();
        return (!rest.is_empty()).then_some((Opening::Strong, rest));
    }
    // "bySauli Giliard": the opener glued to the name it opens, as inline tags leave it.
    if let Some(rest) = raw.strip_prefix("by") {
        if rest.chars().next().is_some_and(char::is_uppercase) {
            return Some((Opening::Strong, rest));
        }
    }
    // Every opening tried below is one, two or three words from the line's start, their first the line's
    // first word when that word holds no mark that may end an opening (a colon, a dash, a comma): such a
    // word that opens no list's entry and is no writer's title opens no byline, and the line is told
    // with one word folded, not three openings.
    let first = raw.split(char::is_whitespace).next().unwrap_or("");
    if !raw.starts_with(char::is_whitespace)
        && !first.contains(|c: char| OPENING_ENDS.contains(&c) || matches!(c, ',' | '،'))
    {
        let key = fold(first);
        if !key.is_empty() && !opening_first_words().contains(&key) && !is_honorific(first) {
            return None;
        }
    }
    // The first one, two or three words ("نوشته شده توسط"), folded, without a colon after them.
    // A label's comma may be glued to the name after it ("نویسنده,مریم افشنگ"): the opening ends
    // after it.
    let mut ends = raw
        .char_indices()
        .filter_map(|(i, c)| {
            if c.is_whitespace() || OPENING_ENDS.contains(&c) {
                Some(i)
            } else if matches!(c, ',' | '،')
                && raw[i + c.len_utf8()..].starts_with(char::is_alphabetic)
            {
                Some(i + c.len_utf8())
            } else {
                None
            }
        })
        .chain([raw.len()]);
    let one = ends.next()?;
    let two = ends.find(|&i| i > one + 1);
    let three = two.and_then(|two| ends.find(|&i| i > two + 1));
    for end in [three, two, Some(one)].into_iter().flatten() {
        // A colon, a slash or a dash may end the opening ("بقلم: Name", "بقلم/ Name", "كتب- Name").
        let head = raw[..end].trim_end().trim_end_matches(OPENING_ENDS);
        let colon = head.len() < end || raw[end..].trim_start().starts_with(separates);
        // A label may also end with a comma ("Author, Name", as pages write a label read aloud only).
        let label = head.trim_end_matches([',', '،']);
        let key = fold(head);
        // A label of a script without case is also a noun that opens a sentence ("الكاتب أستاذ
        // الاقتصاد", the writer is a professor): without a colon, a given name must follow it.
        let after = raw[end..].trim_start();
        let cased = is_cased(head);
        let labelled = labels().contains(&key) && (colon || cased || opens_with_given_name(after));
        let kind = if is_opener(head, &key)
            || labelled
            // A correspondent's, in a script without case, with a given name after it: "نامہ نگار،
            // بی بی سی اردو" is a role and its outlet, under the writer's name.
            || label.len() < head.len()
                && labels().contains(&fold(label))
                && (cased
                    || opens_with_given_name(after)
                    || !correspondent_labels().contains(&fold(label)))
            || colon && (noun_openers().contains(&key) || joined_work(&key))
            || (writing_nouns().contains(&key) || joined_work(&key))
                && only_a_name(before_semicolon(after))
            || preposition_openers().contains(&key) && only_a_bare_name(before_date(after))
            // The writer's titles alone before a colon ("الدكتور المهندس : Name").
            || colon
                && head.split_whitespace().all(is_honorific)
                && only_a_name(before_semicolon(after))
        {
            Opening::Strong
        } else if weak_openers().contains(&key) {
            Opening::Weak
        } else {
            continue;
        };
        let rest = raw[end..].trim_start().trim_start_matches(separates).trim();
        return Some((kind, rest));
    }
    None
}

/// "بواسطة Name", "بقلم: Name", "By Name", "Von Name, Redakteur", "Author: A and B": the authors' names.
pub(crate) fn byline_authors(raw: &str) -> Option<Vec<String>> {
    let (kind, rest) = opening(raw)?;
    names_in(rest, kind)
}

/// A line that is only a byline's opening or label ("By", "Von", "Author:", "Autorin/Autor",
/// "نویسنده:"), or a kind of piece and the opening ("Kommentar von", "Analysis by"): the name stands on
/// the next line.
pub(crate) fn is_lone_byline_label(raw: &str) -> bool {
    let raw = raw.trim().trim_end_matches([':', '：']);
    if raw.is_empty() || raw.len() > 40 {
        return false;
    }
    let words: Vec<&str> = raw.split_whitespace().collect();
    if let [.., kind, last] = words[..] {
        if words.len() <= MAX_PIECE_LABEL_WORDS && piece_kinds().contains(&fold(kind)) {
            let last = fold(last);
            if openers().contains(&last) || weak_openers().contains(&last) {
                return true;
            }
        }
    }
    raw.split('/').all(|part| {
        let key = fold(part.trim());
        openers().contains(&key)
            || labels().contains(&key)
            || weak_openers().contains(&key)
            || noun_openers().contains(&key)
    })
}

/// Kinds of pieces a byline's opening may follow ("Kommentar von", "Analysis by"); a reviewer's or an
/// editor's line ("Reviewed by", "Edited by") names someone else.
const PIECE_KINDS: &[&str] = &[
    "analysis",
    "commentary",
    "column",
    "essay",
    "opinion",
    "story",
    "text",
    "analyse",
    "gastbeitrag",
    "kolumne",
    "kommentar",
    "chronique",
    "tribune",
    "análisis",
    "columna",
    "opinión",
    "analisi",
    "commento",
    "tekst",
    "komentarz",
    "yorum",
    "комментарий",
    "мнение",
    "تحليل",
    "مقال",
    "رأي",
    "عمود",
    "تحلیل",
    "گزارش",
    "کالم",
    "تجزیہ",
];

fn piece_kinds() -> &'static WordList {
    static CELL: OnceLock<WordList> = OnceLock::new();
    folded(PIECE_KINDS, &CELL)
}

/// A line naming a kind of piece before its byline's opening ("Ein Kommentar von") holds at most this many
/// words.
const MAX_PIECE_LABEL_WORDS: usize = 3;

/// The names on the line under a lone byline label ("Aaron Kliegman | Site", "Ralf Euler").
pub(crate) fn names_under_label(raw: &str) -> Option<Vec<String>> {
    names_in(raw.trim(), Opening::Weak)
}

/// Words that open a line going on with a byline's list of names ("und Anna Weber").
const CONTINUING_JOINERS: &[&str] = &[
    "and ", "und ", "et ", "y ", "e ", "og ", "och ", "en ", "ve ", "و ",
];

/// The name on a line that goes on with a byline's list of names: a person's name with the joiner or
/// comma that says the list goes on, before it or after it (", Max Bernhard", "Mariana Lenharo,", "und
/// Anna Weber"); a name alone on its line may as well be a photo credit or the next story's.
pub(crate) fn continued_name(raw: &str) -> Option<&str> {
    let line = raw.trim();
    let mut name = line.trim_start_matches([',', '،', '&']).trim_start();
    if let Some(joiner) = CONTINUING_JOINERS.iter().find(|j| name.starts_with(**j)) {
        name = &name[joiner.len()..];
    }
    let name = name.trim_end_matches([',', '،', '&', ' ']);
    if name.len() == line.len() {
        return None;
    }
    reads_as_listed_name(name).then_some(name)
}

/// The name on a line of the list of writers a lone byline label opens ("By" over "Tim HanlonNews
/// Reporter" over "Phoebe Tonks"): a person's name alone, a role glued or set after it, a joiner's comma
/// or ampersand after it; no label (a colon after it).
pub(crate) fn listed_name(raw: &str) -> Option<&str> {
    let name = raw.trim().trim_end_matches([',', '،', '&', ' ']);
    if name.ends_with([':', '：']) {
        return None;
    }
    let name = without_trailing_role(unglued(name));
    reads_as_listed_name(name).then_some(name)
}

/// `name` reads as one person's name of a byline's list: two to four capitalised words that name no
/// role, or two or three words of a script without case that are no clause; no digits.
fn reads_as_listed_name(name: &str) -> bool {
    let reads = match is_cased(name) {
        true => name_like(name) && !is_role(name),
        false => (2..=3).contains(&name.split_whitespace().count()) && uncased_name(name),
    };
    reads && !name.chars().any(|c| c.is_numeric())
}

/// Where a name's line goes on to the outlet, a handle or a role: " | Fox News", "@handle".
const NAME_ENDS: &[&str] = &[
    " | ", " · ", " • ", " ⋅ ", " ∙ ", " — ", " – ", " - ", "@", " ; ", "؛", " (",
];

/// The names in the text after a byline's opening: cut where the outlet or a handle begins, split where
/// joiners separate names, roles after the names dropped ("Name, Redakteur").
fn names_in(text: &str, kind: Opening) -> Option<Vec<String>> {
    let text = NAME_ENDS
        .iter()
        .filter_map(|end| text.find(end))
        .min()
        .map_or(text, |at| &text[..at])
        .trim()
        // A separator may end the line, pointing to the date on the next ("Von Carla Siepmann -").
        .trim_end_matches(['-', '–', '—', '|', '•', '·', '⋅', '∙'])
        .trim_end();
    // A date may follow the name ("كتب: محمد علي 01 ديسمبر 2026", "by Paul Serran Jul. 19, 2026 9:45
    // am"); a number among words that print no date makes no name ("تقرير: الجوع يهدد حياة 50 مليون
    // شخص حول العالم"). A reading time may follow the date ("۱۴ آذر ۱۴۰۵، ۱۰:۳۰زمان مطالعه: ۳ دقیقه"), and
    // the post's counters ("۰ دیدگاه ۱۲۴ بازدید").
    if let Some(at) = text.find(char::is_numeric) {
        let undated = text[at..]
            .split_whitespace()
            .map(fold)
            .filter(|w| {
                let letters = w.trim_matches(|c: char| !is_alnum(c));
                !(date::is_date_word(w)
                    || date::is_solar_month(letters)
                    || crate::lexicon::is_field_word(letters))
            })
            .count();
        if undated > MAX_WORDS_AFTER_DATE && !crate::lexicon::has_reading_time(&fold(&text[at..])) {
            return None;
        }
    }
    let text = before_date(text);
    if text.is_empty()
        || text.chars().any(|c| c.is_numeric())
        || text.split_whitespace().count() > 12
    {
        return None;
    }
    let cased = is_cased(text);
    if !cased {
        // A script without case: each name a few words, hardly a function word among them, after the
        // writer's role ("بقلم الكاتب الصحفي محمود سعد").
        let names: Vec<&str> = author_names(text)
            .into_iter()
            .map(|name| unglued_uncased(without_role(name)))
            .collect();
        return names
            .iter()
            .all(|n| uncased_name(n))
            .then(|| names.into_iter().map(str::to_string).collect());
    }
    let parts = split_names(unglued(text));
    let mut names: Vec<String> = parts
        .iter()
        .take_while(|p| name_like(p) && !is_role(p))
        .map(|p| p.to_string())
        .collect();
    if !names.is_empty() {
        // The agency whose wire the writers used, last on the list ("Von Anna Weber und Max Roth, dpa").
        if let [last] = &parts[names.len()..] {
            if crate::lexicon::is_agency(last) {
                names.push(last.to_string());
            }
        }
        return Some(names);
    }
    // A single capitalised word after a strong opening: an agency or a pen name ("By Reuters"). A news
    // agency after any opening, as it prints its name ("Von dpa", "Von DPA").
    let single = parts.len() == 1
        && !text.contains(' ')
        && text.chars().next().is_some_and(char::is_uppercase);
    let agency = parts.len() == 1 && crate::lexicon::is_agency(text);
    (kind == Opening::Strong && single || agency).then(|| vec![text.to_string()])
}

/// Words after a byline's date that are not the date's ("20 Mins Read", "3 hours ago").
const MAX_WORDS_AFTER_DATE: usize = 2;

/// `text` up to the date a byline goes on with on its line ("محمد علي الثلاثاء، 01 ديسمبر 2026",
/// "Jane Doe Published 12 May 2024", or glued to it as inline tags leave it: "محمد علي01 ديسمبر"): cut
/// before its first digit, and before the weekday, month or date label words just before it. `text`
/// itself when it holds no digit.
pub(crate) fn before_date(text: &str) -> &str {
    let Some(digit) = text.find(|c: char| c.is_numeric()) else {
        return text;
    };
    let mut head = &text[..digit];
    loop {
        head = head.trim_end_matches(|c: char| c.is_whitespace() || !c.is_alphanumeric());
        let last_start = head.rfind(char::is_whitespace).map_or(0, |i| i);
        let last = &head[last_start..];
        if last.trim().is_empty() {
            return head;
        }
        if !date::is_date_word(&fold(last.trim())) {
            return glued_date_word(last.trim())
                .map_or(head, |at| &head[..head.len() - last.trim().len() + at]);
        }
        head = &head[..last_start];
    }
}

/// `raw` before its date when a post's fields alone follow the date ("بواسطة Name 7 ديسمبر، 2026 0
/// تعليق 124 مشاهدة دقيقتين للقراءة", "بذریعہ Name 7 دسمبر 2026 0 تبصرے"): the counters and the reading
/// time of a post's row, its parts set apart by space alone. The head may be empty (the row opens with
/// its date).
pub(crate) fn before_dated_fields(raw: &str) -> Option<&str> {
    let head = before_date(raw);
    let tail = fold(&raw[head.len()..]);
    (head.len() < raw.len()
        && date::find_date(&tail).is_some()
        && crate::lexicon::is_post_fields(&tail, |w| {
            date::is_date_word(w) || date::is_solar_month(w)
        }))
    .then_some(head)
}

/// A weekday or month name of four letters or more is this long at least.
const MIN_GLUED_DATE_WORD: usize = 4;

/// Where a weekday or month name glued to the end of `word` starts, as inline tags leave a name and the
/// date beside it ("الرحمنالأربعاء"): after two letters at least, the name four letters long or more.
fn glued_date_word(word: &str) -> Option<usize> {
    word.char_indices().skip(2).map(|(at, _)| at).find(|&at| {
        let tail = &word[at..];
        tail.chars().count() >= MIN_GLUED_DATE_WORD
            && tail.chars().all(char::is_alphabetic)
            && date::is_date_word(&fold(tail))
    })
}

/// The authors of a dateline that carries the byline after its date ("الثلاثاء 01 ديسمبر 2026 | كتب:
/// محمد علي", "Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner"): a part with a byline's opening, or words of
/// a script without case that open with a common given name ("... | أحمد محمود"), after parts that each
/// print a date or a time. Another name there may be a section's or a place's ("| Berlin Mitte").
pub(crate) fn dated_byline(raw: &str) -> Option<Vec<String>> {
    let parts = date::dateline_parts(raw);
    // A part that prints a date, a time or a relative time ("منذ 3 ساعات").
    let dated = |p: &&str| date::dated_part(p) || date::has_relative_time(&fold(p));
    let after_parts = match parts.iter().position(|p| !dated(p)) {
        Some(first_undated) if first_undated > 0 => {
            let part = parts[first_undated];
            byline_authors(part).or_else(|| {
                // A post's row may file it under its section after the name ("… • محمد علي في
                // اقتصاد"), or end with the word before the section's link on the next line.
                let part = without_section(part);
                let named = crate::model::name_shape(part)
                    == Some(crate::model::NameShape::Uncased)
                    && opens_with_given_name(part)
                    && date::find_date(&fold(raw)).is_some();
                named.then(|| vec![part.to_string()])
            })
        }
        _ => None,
    };
    after_parts
        .or_else(|| byline_after_date(raw))
        .or_else(|| desk_after_date(raw))
}

/// The desk after the date on its line ("۷ دسمبر ۲۰۲۶ ویب ڈیسک"), which signs the piece as a desk alone
/// on its line does.
fn desk_after_date(raw: &str) -> Option<Vec<String>> {
    let last_digit = raw.rfind(|c: char| c.is_numeric())?;
    let end = last_digit + raw[last_digit..].chars().next()?.len_utf8();
    // An Urdu year's mark may follow it ("۲۰۲۶ء").
    let tail = raw[end..].trim_start_matches(|c: char| !c.is_alphanumeric() || c == 'ء');
    let desk = desk_alone(tail)?;
    date::find_date(&fold(&raw[..end]))
        .is_some()
        .then(|| vec![desk.to_string()])
}

/// The word that files a post under its section after the writer's name ("في", "در": in), with the
/// spaces around it, and alone at the end of a line.
const SECTION_WORDS: [(&str, &str); 2] = [(" في ", " في"), (" در ", " در")];
/// A section's name holds at most this many words.
const MAX_SECTION_WORDS: usize = 2;

/// `part` without the section a post's row files it under after the name ("محمد علي في اقتصاد", "سارا
/// محمدی در اقتصادی"), or without the word alone that the section's link follows on the next line
/// ("محمد علي في").
fn without_section(part: &str) -> &str {
    let part = part.trim();
    for (inside, at_end) in SECTION_WORDS {
        if let Some(name) = part.strip_suffix(at_end) {
            return name.trim_end();
        }
        if let Some((name, section)) = part.rsplit_once(inside) {
            if section.split_whitespace().count() <= MAX_SECTION_WORDS {
                return name.trim_end();
            }
        }
    }
    part
}

/// A dateline that names the place and, in quotes, the paper or agency that reports from it ("أبوظبي:
/// «الخليج اليوم»", "Paris - \"AFP\""): at most two words of place, the source quoted whole in three
/// words at most. The shape of a headline that quotes a few words too: its place on the page tells.
pub(crate) fn is_place_and_source(raw: &str) -> bool {
    let raw = raw.trim();
    if raw.split_whitespace().nth(6).is_some() {
        return false;
    }
    let Some((place, source)) = raw.split_once([':', '-', '–']) else {
        return false;
    };
    let place_words = place.split_whitespace().count();
    let source = source.trim();
    (1..=2).contains(&place_words)
        && place
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace())
        && source.chars().count() > 2
        && source.split_whitespace().count() <= 3
        && source.starts_with(['«', '"', '“'])
        && source.ends_with(['»', '"', '”'])
}

/// The name of a line that is a writer's name and role, set apart by a comma or a semicolon ("دکتر حسین
/// عباسی؛ اقتصاددان") or in brackets after it ("أحمد سمير (القاهرة)"): the name, when it opens with a
/// common given name (after its honorific), and a role of a few words with no figures. In a script without case only: a cased script's capitals make any
/// noun phrase look like a name ("Überlegener Sieger, kuriose Kostüme"). A second name after the comma
/// is a co-writer's, no role ("محمد أبو زيد، أحمد عادل"); a city is the place reported from.
pub(crate) fn name_and_role(raw: &str) -> Option<&str> {
    let raw = raw.trim();
    // The role, or the place, may stand in brackets after the name ("أحمد سمير (مراسل الموقع)"); a
    // picture's caption sets other words there ("محمد صلاح (يمين)").
    let (name, role) = match raw.strip_suffix(')').and_then(|head| head.rsplit_once('(')) {
        Some((name, role)) if opens_with_role(role.trim()) || is_place(role.trim()) => (name, role),
        Some(_) => return None,
        None => raw.split_once(['؛', ';', '،', ','])?,
    };
    let (name, role) = (name.trim(), role.trim());
    let role_words = role.split_whitespace().count();
    let uncased_name = |text: &str| {
        let bare = without_honorific(text);
        crate::model::name_shape(bare) == Some(crate::model::NameShape::Uncased)
            && opens_with_given_name(bare)
    };
    ((1..=MAX_ROLE_WORDS).contains(&role_words)
        && !role.contains(char::is_numeric)
        && uncased_name(name)
        && !is_place(name)
        && (!uncased_name(role) || is_place(role)))
    .then_some(name)
}

/// A role after a writer's name holds at most this many words.
const MAX_ROLE_WORDS: usize = 5;

/// The writer's name that `text` prints twice around a label of a few words, as a column's header sets
/// the writer's picture's caption, the column's kind and the name again ("أمينة خيري مقال رأى أمينة
/// خيري"): a name of two to four words that opens with a common given name.
pub(crate) fn name_around_label(text: &str) -> Option<&str> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=4).find_map(|n| {
        let label = words.len().checked_sub(2 * n)?;
        let (first, last) = (&words[..n], &words[words.len() - n..]);
        ((1..=MAX_LABEL_BETWEEN_NAMES).contains(&label) && first == last)
            .then(|| {
                let end =
                    words[n - 1].as_ptr() as usize - text.as_ptr() as usize + words[n - 1].len();
                &text[..end]
            })
            .filter(|name| opens_with_given_name(without_honorific(name)))
    })
}

/// A label between a name and its repeat holds at most this many words ("مقال رأي").
const MAX_LABEL_BETWEEN_NAMES: usize = 3;

/// The name of a line that is the place a writer reports from, a colon and the writer's name
/// ("الخرطوم: محمد بدر الدين"), or the name in brackets after it, as Urdu papers set it ("اسلام آباد
/// (محمد اسلم)"): a city the bylines name ([`is_place`]) and a name in a script without
/// case that opens with a common given name (after its honorific) and says nothing more. A headline's
/// place and colon ("الخرطوم: انفجار في السوق") is followed by no such name, nor is a team sheet's
/// position ("حراسة المرمى: محمد الشناوي") a place.
pub(crate) fn place_and_name(raw: &str) -> Option<&str> {
    let raw = raw.trim();
    let (place, name) = match raw.strip_suffix(')').and_then(|head| head.split_once('(')) {
        Some(bracketed) => bracketed,
        None => raw.split_once([':', '：'])?,
    };
    let (place, name) = (place.trim(), name.trim());
    let bare = without_honorific(name);
    (is_place(place)
        && (2..=MAX_UNCASED_NAME_WORDS).contains(&bare.split_whitespace().count())
        && crate::model::name_shape(bare) == Some(crate::model::NameShape::Uncased)
        && opens_with_given_name(bare))
    .then_some(name)
}

/// Persian words that say whose report or interview follows ("گزارش از Name"), or from where
/// ("گزارش از تهران").
const REPORT_BY: &[&str] = &["گزارش از", "گفت‌وگو از"];

/// The name of a line that is a Persian report's byline ("گزارش از سارا محمدی"): [`REPORT_BY`]'s words
/// and a name that opens with a common given name (a place or a subject after them is none).
pub(crate) fn report_by(raw: &str) -> Option<&str> {
    let raw = raw.trim();
    let name = REPORT_BY
        .iter()
        .find_map(|words| raw.strip_prefix(words))?
        .trim();
    let bare = without_honorific(name);
    (crate::model::name_shape(bare) == Some(crate::model::NameShape::Uncased)
        && opens_with_given_name(bare))
    .then_some(name)
}

/// Labels of a writer's role on the line under the byline ("عہدہ, بی بی سی اردو", "Role, BBC News").
const ROLE_LABELS: &[&str] = &["role", "position", "عہدہ", "المنصب", "الصفة", "سمت"];

/// The line opens with a role's label and a comma or a colon after it.
pub(crate) fn opens_with_role_label(raw: &str) -> bool {
    let raw = raw.trim();
    raw.find([',', '،', ':']).is_some_and(|at| {
        let label = raw[..at].trim().to_lowercase();
        ROLE_LABELS.contains(&label.as_str())
            && raw[at..].chars().skip(1).any(char::is_alphanumeric)
    })
}

/// The authors of a line that goes on from its date to a byline with no separator between ("نشر في 12
/// مايو 2024 بواسطة محمد علي", "Posted on December 20, 2025 by Jean Aufranc", "2023/07/24 الكاتب: Name"):
/// the byline from the first opener or label after the date.
fn byline_after_date(raw: &str) -> Option<Vec<String>> {
    // Where words start: after a space, or where a letter follows a digit it is glued to, as inline tags
    // leave a stamp's time and the label after it ("۱۰:۲۵خبرنگار: مریم احمدی").
    let glued_starts = raw
        .char_indices()
        .zip(raw.chars().skip(1))
        .filter(|&((_, c), next)| c.is_numeric() && next.is_alphabetic())
        .map(|((at, c), _)| at + c.len_utf8());
    let opener_at = raw
        .split_whitespace()
        .skip(1)
        .map(|w| w.as_ptr() as usize - raw.as_ptr() as usize)
        .chain(glued_starts)
        .find(|&at| {
            // A label's colon may be glued to it ("خبرنگار:").
            let word = raw[at..].split_whitespace().next().unwrap_or("");
            let key = fold(word.trim_end_matches([':', '：']));
            // A noun opens a byline with its colon ("تحریر: Name").
            let noun = word.ends_with([':', '：']) && noun_openers().contains(&key);
            let strong = openers().contains(&key) || labels().contains(&key) || noun;
            (strong || weak_openers().contains(&key))
                && (date::find_date(&fold(&raw[..at])).is_some()
                    || strong && stamp_words(&raw[..at]))
        })?;
    byline_authors(&raw[opener_at..])
}

/// `text` stamps a post with words of a date (a weekday, a time's label, numbers), though its date is
/// none that reads whole ("ارسال شده در جمعه 90/11/7 ساعت 8:0 ع", a year of two digits).
fn stamp_words(text: &str) -> bool {
    let (mut named, mut numbers) = (0, 0);
    for word in text.split_whitespace() {
        if word.chars().any(|c| c.is_numeric()) {
            numbers += 1;
        } else {
            named += date::is_date_word(&fold(word)) as usize;
        }
    }
    numbers >= 1 && named >= 1 && numbers + named >= MIN_STAMP_WORDS
}

/// A stamp whose date reads in no known form holds at least this many date words (a weekday or a time's
/// label, and numbers).
const MIN_STAMP_WORDS: usize = 3;

/// The name at the head of a line where the page glued the writer's role or a link to it, as pages that
/// lay them out side by side do ("Sophie FosterTravel Reporter"): cut where a lowercase letter meets a
/// capital inside a word whose part before holds four letters or more ("MacKenzie", "McDonald" and
/// "DeSantis" stay whole), when what comes before reads as a name. Else `text` itself.
///
/// In a script without case, the cut is where a word the page set beside the name begins inside a word
/// of it: a city ("خالد المنصوريأبوظبي"), a role ("ليلى حدادكاتبة") or a desk ("شہباز راناویب ڈیسک"),
/// after four letters or more of the name's word ("النعمان" holds "عمان" after three), or where such a
/// word stands alone after a name of two words or more ("خالد المنصوري أبوظبي").
pub(crate) fn unglued(text: &str) -> &str {
    // A line of many words is no name with a word glued to it.
    if text.split_whitespace().nth(MAX_UNGLUED_WORDS).is_some() {
        return text;
    }
    if !is_cased(text) {
        return unglued_uncased(text);
    }
    let mut run = 0;
    let mut prev_lower = false;
    for (i, c) in text.char_indices() {
        if c.is_uppercase() && prev_lower && run >= 4 {
            let head = &text[..i];
            return if name_like(head) { head } else { text };
        }
        prev_lower = c.is_lowercase();
        run = if c.is_alphabetic() { run + 1 } else { 0 };
    }
    text
}

/// What `line` sets after `name` (a part of it) opens with a role's word, apart or glued ("ليلى
/// حدادكاتبة وأكاديمية", "Jane Doe, Reporter").
pub(crate) fn role_after(line: &str, name: &str) -> bool {
    line.find(name).is_some_and(|at| {
        line[at + name.len()..]
            .trim_start_matches(|c: char| !c.is_alphabetic())
            .split_whitespace()
            .next()
            .is_some_and(|word| is_role_word(word.trim_end_matches(|c: char| !c.is_alphabetic())))
    })
}

/// `text` holds a letter of a script with case (Latin, Cyrillic, Greek, ...); ASCII and the Arabic block
/// are told apart without Unicode's tables.
pub(crate) fn is_cased(text: &str) -> bool {
    text.chars().any(|c| match c as u32 {
        0..0x80 => c.is_ascii_alphabetic(),
        0x0600..0x0700 => false,
        _ => c.is_uppercase() || c.is_lowercase(),
    })
}

/// [`unglued`] for a script without case.
fn unglued_uncased(text: &str) -> &str {
    let text = text.trim_end();
    let starts = tail_starts();
    let (mut run, mut words_before, mut after_space) = (0, 0, true);
    for (i, c) in text.char_indices() {
        let may_start = (c as u32)
            .checked_sub(0x0600)
            .is_some_and(|k| k < 0x100 && starts[k as usize]);
        // A role may follow a shorter last name ("نازیہ علیصحافی"), never the article ("الكاتب").
        let role_after_short_name = || {
            run >= MIN_LETTERS_BEFORE_GLUED_ROLE
                && words_before >= 1
                && !text[..i].ends_with("ال")
                && text[i..]
                    .split_whitespace()
                    .next()
                    .is_some_and(is_role_word)
        };
        if may_start
            && (run >= MIN_LETTERS_BEFORE_GLUED_WORD
                || after_space && words_before >= 2
                || role_after_short_name())
            && glued_tail(&text[i..])
        {
            let head = text[..i].trim_end();
            return if head.split_whitespace().nth(1).is_some() {
                head
            } else {
                text
            };
        }
        if c.is_whitespace() {
            words_before += !after_space as usize;
            after_space = true;
        } else {
            after_space = false;
        }
        run = if is_alnum(c) { run + 1 } else { 0 };
    }
    text
}

/// A line of more words is no name with a word glued to it ([`unglued`] leaves it as it is).
const MAX_UNGLUED_WORDS: usize = 10;

/// Which chars of the Arabic block (U+0600 + index) may begin a word of [`glued_tail`], in any of the
/// forms that fold alike (an alef with or without hamza, Persian and Arabic yeh and kaf).
fn tail_starts() -> &'static [bool; 0x100] {
    static CELL: OnceLock<[bool; 0x100]> = OnceLock::new();
    CELL.get_or_init(|| {
        let firsts: HashSet<char> = PLACES
            .iter()
            .chain(ROLE_WORDS)
            .chain(DESKS)
            .filter_map(|w| fold(w).chars().next())
            .collect();
        let mut starts = [false; 0x100];
        for (k, start) in starts.iter_mut().enumerate() {
            let c = char::from_u32(0x0600 + k as u32).expect("the Arabic block holds chars");
            *start = fold(c.encode_utf8(&mut [0; 4]))
                .chars()
                .next()
                .is_some_and(|f| firsts.contains(&f));
        }
        starts
    })
}

/// A role's word glued to a name's last word begins after this many letters of it at least, when a
/// word of the name stands before.
const MIN_LETTERS_BEFORE_GLUED_ROLE: usize = 3;

/// A word glued inside a name's word begins after this many letters of it at least.
const MIN_LETTERS_BEFORE_GLUED_WORD: usize = 4;

/// `rest` is, whole, a city or a desk that pages set beside a writer's name ([`PLACES`], [`DESKS`]), or
/// opens with a role's word ([`ROLE_WORDS`]: "كاتبة وأكاديمية لبنانية").
fn glued_tail(rest: &str) -> bool {
    static CELL: OnceLock<crate::FastSet<String>> = OnceLock::new();
    let tails = CELL.get_or_init(|| {
        PLACES
            .iter()
            .chain(ROLE_WORDS)
            .chain(DESKS)
            .map(|w| fold(w))
            .collect()
    });
    rest.len() <= MAX_GLUED_TAIL_BYTES && tails.contains(&fold(rest))
        || rest
            .split_whitespace()
            .next()
            .is_some_and(|word| is_role_word(word.trim_end_matches(|c: char| !c.is_alphabetic())))
}

/// `part` is, whole, one of the cities that datelines name ([`PLACES`], [`SHORT_PLACES`]).
pub(crate) fn is_place(part: &str) -> bool {
    static CELL: OnceLock<crate::FastSet<String>> = OnceLock::new();
    let places = CELL.get_or_init(|| PLACES.iter().chain(SHORT_PLACES).map(|w| fold(w)).collect());
    part.len() <= MAX_GLUED_TAIL_BYTES && places.contains(&fold(part.trim()))
}

/// The longest city, role or desk name, in bytes, folded.
const MAX_GLUED_TAIL_BYTES: usize = 40;

/// Cities that Arabic, Persian and Urdu bylines and datelines name beside the writer: the region's
/// capitals and largest cities, and the capitals that papers report from most; names of three letters
/// or fewer are left out, being the ends of too many words.
const PLACES: &[&str] = &[
    "القاهرة",
    "الإسكندرية",
    "الرياض",
    "أبوظبي",
    "أبو ظبي",
    "الشارقة",
    "الدوحة",
    "الكويت",
    "المنامة",
    "مسقط",
    "بيروت",
    "دمشق",
    "بغداد",
    "القدس",
    "رام الله",
    "الخرطوم",
    "طرابلس",
    "تونس",
    "الجزائر",
    "الرباط",
    "الدار البيضاء",
    "نواكشوط",
    "صنعاء",
    "أنقرة",
    "إسطنبول",
    "طهران",
    "واشنطن",
    "نيويورك",
    "لندن",
    "باريس",
    "موسكو",
    "بكين",
    "برلين",
    "جنيف",
    "بروكسل",
    "تهران",
    "مشهد",
    "اصفهان",
    "تبریز",
    "شیراز",
    "کابل",
    "کراچی",
    "لاہور",
    "اسلام آباد",
    "پشاور",
    "کوئٹہ",
    "راولپنڈی",
    "ملتان",
    "فیصل آباد",
];

/// Cities of three letters or fewer, named whole beside a source ("دبي - الخليج.نت"), never looked for
/// glued to a name.
const SHORT_PLACES: &[&str] = &[
    "دبي", "جدة", "غزة", "عمان", "حلب", "حمص", "قم", "یزد", "کرج",
];

/// Countries whose names take two words or more, as Arabic, Persian, Urdu and English pages write them:
/// a page may set one under the headline as the story's region, where it reads as a name of two or three
/// words.
const COUNTRIES: &[&str] = &[
    "United States",
    "United Kingdom",
    "United Arab Emirates",
    "Saudi Arabia",
    "South Africa",
    "South Korea",
    "North Korea",
    "New Zealand",
    "Sri Lanka",
    "South Sudan",
    "Hong Kong",
    "الولايات المتحدة",
    "الولايات المتحدة الأمريكية",
    "الولايات المتحدة الأميركية",
    "المملكة المتحدة",
    "المملكة العربية السعودية",
    "الإمارات العربية المتحدة",
    "كوريا الجنوبية",
    "كوريا الشمالية",
    "جنوب أفريقيا",
    "جنوب السودان",
    "الأراضي الفلسطينية",
    "ایالات متحده",
    "ایالات متحده آمریکا",
    "پادشاهی متحده",
    "عربستان سعودی",
    "امارات متحده عربی",
    "کره جنوبی",
    "کره شمالی",
    "آفریقای جنوبی",
    "سری لانکا",
    "سعودی عرب",
    "متحدہ عرب امارات",
    "جنوبی کوریا",
    "شمالی کوریا",
    "جنوبی افریقہ",
    "سری لنکا",
    "نیوزی لینڈ",
];

/// `part` is the name of a country of two words or more ([`COUNTRIES`]).
pub(crate) fn is_country(part: &str) -> bool {
    static CELL: OnceLock<crate::FastSet<String>> = OnceLock::new();
    let countries = CELL.get_or_init(|| COUNTRIES.iter().map(|w| fold(w)).collect());
    part.len() <= MAX_COUNTRY_BYTES && countries.contains(&fold(part.trim()))
}

/// The longest name of [`COUNTRIES`], in bytes.
const MAX_COUNTRY_BYTES: usize = 60;

/// Desks that sign a piece beside or instead of a writer.
const DESKS: &[&str] = &[
    "ویب ڈیسک",
    "نیوز ڈیسک",
    "ڈیجیٹل ڈیسک",
    "مانیٹرنگ ڈیسک",
    "اسپورٹس ڈیسک",
    "سپورٹس ڈیسک",
    "بزنس ڈیسک",
    "انٹرنیشنل ڈیسک",
    "شوبز ڈیسک",
    "اسٹاف رپورٹر",
    "سٹاف رپورٹر",
    "نمائندہ خصوصی",
    "خصوصی نامہ نگار",
    "فريق التحرير",
    "هيئة التحرير",
    "أسرة التحرير",
    "محرر الموقع",
    "تحریریه",
];

/// The line is only a desk that signs the piece instead of a writer ("مانیٹرنگ ڈیسک", "اسٹاف رپورٹر"),
/// after a city and a colon, or in brackets after it, or not ("لاہور: اسٹاف رپورٹر", "اسلام آباد
/// (نمائندہ خصوصی)"): the desk, as its byline names it.
pub(crate) fn desk_alone(raw: &str) -> Option<&str> {
    static CELL: OnceLock<crate::FastSet<String>> = OnceLock::new();
    let desks = CELL.get_or_init(|| DESKS.iter().map(|w| fold(w)).collect());
    let raw = raw.trim();
    let desk = match raw.strip_suffix(')').and_then(|head| head.rsplit_once('(')) {
        Some((_, bracketed)) => bracketed,
        None => raw.rsplit([':', '：']).next()?,
    }
    .trim();
    (desk.len() <= MAX_GLUED_TAIL_BYTES && desks.contains(&fold(desk))).then_some(desk)
}

/// Every word of `name` is a word the page also writes in lowercase: a phrase of the page ("Social
/// Sharing", "Project Management") set in title case, not a person's name. `lowercase` holds the page's
/// lowercase words.
pub(crate) fn common_words_only(name: &str, lowercase: &crate::metadata::LowercaseWords) -> bool {
    name.split_whitespace()
        .all(|w| lowercase.contains(w.to_lowercase().as_str()))
}

/// `name` ([`listed_name`]'s), alone on its line beside a writer's, names another writer: no role; in a
/// cased script not all capitals (a button's "WATCH LIVE") and no word of it that the page also writes in
/// lowercase ("Related Program", "Get Deals Delivered" are phrases), in a script without case a common
/// given name first.
pub(crate) fn names_a_co_writer(name: &str, lowercase: &crate::metadata::LowercaseWords) -> bool {
    if is_role(name) {
        return false;
    }
    if is_cased(name) {
        name.chars().any(char::is_lowercase)
            && !name
                .split_whitespace()
                .any(|w| lowercase.contains(w.to_lowercase().as_str()))
    } else {
        opens_with_given_name(without_honorific(name))
    }
}

/// Words of a writer's role, which bylines set after the name in title case ("Jon King, News Reporter").
const ROLE_WORDS: &[&str] = &[
    "reporter",
    "editor",
    "writer",
    "correspondent",
    "contributor",
    "reporters",
    "editors",
    "writers",
    "correspondents",
    "contributors",
    "columnist",
    "journalist",
    "officer",
    "producer",
    "director",
    "manager",
    "chief",
    "founder",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "journaliste",
    "rédacteur",
    "rédactrice",
    "redactor",
    "redactora",
    "corresponsal",
    "giornalista",
    "مراسل",
    "مراسلة",
    "محرر",
    "محررة",
    "صحفي",
    "صحفية",
    "صحافي",
    "صحافية",
    "كاتب",
    "كاتبة",
    "خبرنگار",
    "روزنامه‌نگار",
    "صحافی",
    "رپورٹر",
    "نمائندہ",
    // Academics and analysts, as writers' notes under opinion pieces name them.
    "أستاذ",
    "استاذ",
    "باحث",
    "باحثة",
    "محلل",
    "محللة",
    "استاد",
    "پژوهشگر",
    "اقتصاددان",
    "تحلیلگر",
    "professor",
    "analyst",
    "economist",
];

/// `name` without a role's word set after it ("هدى عبد الرحمن صحافية", or after a dash: "مهدی
/// احمدی-روزنامه‌نگار"), and the capitalised word that qualifies a lowercase role ("Thabo Mokone
/// Parliamentary editor"); the name keeps two words at least.
pub(crate) fn without_trailing_role(name: &str) -> &str {
    let name = name.trim_end();
    if let Some((head, role)) = name.rsplit_once(['-', '–', '—']) {
        if is_role_word(role.trim()) && head.split_whitespace().count() >= 2 {
            return head.trim_end();
        }
    }
    match name.rsplit_once(char::is_whitespace) {
        Some((head, last)) if is_role_word(last) && head.split_whitespace().count() >= 2 => {
            let head = head.trim_end();
            let qualified = last.starts_with(char::is_lowercase);
            match head.rsplit_once(char::is_whitespace) {
                Some((name, qualifier))
                    if qualified
                        && qualifier.starts_with(char::is_uppercase)
                        && name.split_whitespace().count() >= 2 =>
                {
                    name.trim_end()
                }
                _ => head,
            }
        }
        _ => name,
    }
}

/// A line that is only a writer's role ("Political Correspondent", "Corresponsal en Atenas", "مراسل
/// الجزيرة"): a few words, one of them a role's.
pub(crate) fn is_role_line(line: &str) -> bool {
    line.split_whitespace().count() <= MAX_ROLE_LINE_WORDS && is_role(line)
}

/// Roles of two words, whose first alone is none ("نامہ نگار", correspondent: "نامہ" is a letter).
const TWO_WORD_ROLES: &[&str] = &["نامہ نگار"];

/// A line that opens with a writer's role ("كاتب وأكاديمي، أستاذ العلوم السياسية", "Journalist based in
/// Cairo", "نامہ نگار، اسلام آباد"): the writer's note under an article.
pub(crate) fn opens_with_role(line: &str) -> bool {
    let mut words = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let Some(first) = words.next() else {
        return false;
    };
    is_role_word(first)
        || words.next().is_some_and(|second| {
            static CELL: OnceLock<crate::FastSet<String>> = OnceLock::new();
            CELL.get_or_init(|| TWO_WORD_ROLES.iter().map(|w| fold(w)).collect())
                .contains(&fold(&format!("{first} {second}")))
        })
}

/// Verbs with which a column's headline names its writer before a colon ("فلان يكتب: ..."): "writes".
const WRITES: &[&str] = &["يكتب", "تكتب"];

/// The writer a column's headline names before "writes" and a colon ("د. سراج عليوة يكتب: تحديات ..."):
/// a name of two to four words in a script without case, after an honorific or opening with a common
/// given name; not a role ("رئيس التحرير يكتب: ...") nor a paper ("الشرق الأوسط تكتب: ...").
pub(crate) fn writer_of_headline(raw: &str) -> Option<&str> {
    let (before, _) = raw.split_once([':', '：'])?;
    let before = before.trim();
    let verb = WRITES.iter().find(|&&verb| {
        before
            .strip_suffix(verb)
            .is_some_and(|name| name.ends_with(char::is_whitespace))
    })?;
    let titled = before[..before.len() - verb.len()].trim_end();
    let name = without_honorific(titled);
    ((2..=4).contains(&name.split_whitespace().count())
        && (name.len() < titled.len() || opens_with_given_name(name))
        && !opens_with_role(name)
        && crate::model::name_shape(name) == Some(crate::model::NameShape::Uncased))
    .then_some(name)
}

/// A role's line holds at most this many words.
const MAX_ROLE_LINE_WORDS: usize = 4;

/// A name without the roles before it, with or without the article ("الكاتب الصحفي محمود سعد" is
/// "محمود سعد"); a name that is only roles stays whole.
pub(crate) fn without_role(name: &str) -> &str {
    let mut rest = name.trim();
    loop {
        let Some((first, after)) = rest.split_once(char::is_whitespace) else {
            return rest;
        };
        // A colon may end the role ("بقلم الكاتب: محمود سعد").
        let bare = first.trim_end_matches([':', '،', ',']);
        let bare = bare.strip_prefix("ال").unwrap_or(bare);
        if !is_role_word(bare) {
            return rest;
        }
        rest = after.trim_start();
    }
}

/// A part of a byline that names a role, not a person.
fn is_role(part: &str) -> bool {
    part.split_whitespace().any(is_role_word)
}

/// The word, folded (any case, marks or letter forms), is one of [`ROLE_WORDS`].
fn is_role_word(word: &str) -> bool {
    static CELL: OnceLock<crate::FastSet<String>> = OnceLock::new();
    CELL.get_or_init(|| ROLE_WORDS.iter().map(|w| fold(w)).collect())
        .contains(&fold(word))
}

/// Reads as names in a script without case: at most [`MAX_UNCASED_NAME_WORDS`] words, at most one of
/// them a function word ("التي كان تنظيمها" is a clause; folded, the name "علي" is the word "على", so
/// one may be).
fn uncased_name(text: &str) -> bool {
    let (mut words, mut function_words) = (0, 0);
    for word in text.split_whitespace() {
        words += 1;
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        function_words += crate::model::is_function_word(bare) as usize;
    }
    words <= MAX_UNCASED_NAME_WORDS && function_words <= 1
}

/// Titles before a name ("د. خالد المنصور", "Dr. Jane Smith"), and the titles of descent, learning
/// and standing that Urdu and Persian names open with ("سید علی گیلانی", "مولانا محمد اسلم", "چوہدری
/// محمد اکرم").
const HONORIFICS: &[&str] = &[
    "د.",
    "د",
    "أ.",
    "أ.د.",
    "م.",
    "الدكتور",
    "الدكتورة",
    "الأستاذ",
    "الأستاذة",
    "المهندس",
    "الشيخ",
    "دکتر",
    "استاد",
    "مهندس",
    "ڈاکٹر",
    "پروفیسر",
    "سید",
    "شیخ",
    "مولانا",
    "مفتی",
    "علامہ",
    "حافظ",
    "چوہدری",
    "میاں",
    "خواجہ",
    "Dr.",
    "Dr",
    "Prof.",
    "Prof",
];

/// The word, folded, is one of [`HONORIFICS`].
fn is_honorific(word: &str) -> bool {
    static CELL: OnceLock<crate::FastSet<String>> = OnceLock::new();
    CELL.get_or_init(|| HONORIFICS.iter().map(|w| fold(w)).collect())
        .contains(&fold(word))
}

/// A name bears at most this many titles before it ("الشيخ د.", "أ. د.", "Prof. Dr.").
const MAX_HONORIFICS: usize = 3;

/// `name` without the titles before it, if it has any, with a space after them or glued to the name
/// after their dot ("د.عبد السند يمامة").
pub(crate) fn without_honorific(name: &str) -> &str {
    let mut name = name.trim();
    for _ in 0..MAX_HONORIFICS {
        let first = name.split(char::is_whitespace).next().unwrap_or("");
        let glued = first
            .rfind('.')
            .map(|dot| dot + 1)
            .filter(|&end| end < first.len() && is_honorific(&first[..end]));
        match (name.split_once(char::is_whitespace), glued) {
            (_, Some(end)) => name = &name[end..],
            (Some((first, rest)), None) if is_honorific(first) => name = rest.trim_start(),
            _ => break,
        }
    }
    name
}

/// Common given names in Arabic script (Arabic, Persian, Urdu), matched folded on a name's first word: in
/// a script without capitals, a line of two or three words that opens with one is a person's name more
/// surely than a section's label ("محمد علی | ۱۰ آذر ۱۴۰۵" names its writer, "أخبار محلية | 29 نوفمبر"
/// does not). One a line, with `#` comments; names that are also common words are left out.
const GIVEN_NAMES: &str = include_str!("../data/given-names.txt");

/// The first word of `name` is a common given name of [`GIVEN_NAMES`].
pub(crate) fn opens_with_given_name(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    given_names().contains(&fold(first))
}

/// [`GIVEN_NAMES`] folded, once.
fn given_names() -> &'static crate::FastSet<String> {
    static CELL: OnceLock<crate::FastSet<String>> = OnceLock::new();
    CELL.get_or_init(|| {
        crate::lexicon::list_lines(GIVEN_NAMES)
            .into_iter()
            .map(fold)
            .collect()
    })
}

/// A word of `name` after its first is a common given name of [`GIVEN_NAMES`], as a family name taken
/// from a father's given name is ("علیم احمد", "سارة محمود").
pub(crate) fn holds_given_name(name: &str) -> bool {
    name.split_whitespace()
        .skip(1)
        .any(|w| given_names().contains(&fold(w)))
}

/// Words that greet the reader at the head of a post or a letter, or bless them at its end.
const GREETINGS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "dear",
    "greetings",
    "hallo",
    "bonjour",
    "hola",
    "ciao",
    "olá",
    "مرحبا",
    "أهلا",
    "عزيزي",
    "عزيزتي",
    "سلام",
    "درود",
    // Blessings and regards that close a post ("بارك الله بكم", "جزاكم الله خيرا", "تحياتي").
    "بارك",
    "جزاكم",
    "جزاك",
    "وفقكم",
    "تحياتي",
];

/// `text` opens with a greeting ("Hi Guys", "مرحبا بالجميع", "السلام عليكم ورحمة الله") or a blessing
/// that closes a post ("بارك الله بكم"): a post's first or last line, no name.
pub(crate) fn opens_with_greeting(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let first = fold(words.next().unwrap_or("").trim_end_matches([',', '،', '!']));
    GREETINGS.iter().any(|g| fold(g) == first)
        // "Peace be upon you", the greeting that opens posts and letters in Arabic script ("السلام"
        // alone opens headlines too).
        || first == fold("السلام") && words.next().is_some_and(|w| fold(w) == fold("عليكم"))
}

/// `text` reads as a person's name with no doubt: capitalised words, or words of a script without case
/// that open with a common given name.
pub(crate) fn surely_a_name(text: &str) -> bool {
    match crate::model::name_shape(text) {
        Some(crate::model::NameShape::Cased) => true,
        Some(crate::model::NameShape::Uncased) => opens_with_given_name(text),
        None => false,
    }
}

/// `line` without the place before a colon that opens it, the way Arabic papers set their reporter's
/// city before the name ("الرياض: فيصل الحربي"); the line as it is when it has no such place (one or two
/// words, letters only), or one of the region's cities before a dash.
pub(crate) fn without_place(line: &str) -> &str {
    let line = line.trim();
    match line.split_once(':') {
        Some((place, name))
            if (1..=2).contains(&place.split_whitespace().count())
                && place
                    .chars()
                    .all(|c| c.is_alphabetic() || c.is_whitespace()) =>
        {
            name.trim_start()
        }
        // One of the region's cities before a dash ("مسقط - سالم البلوشي").
        _ => match line.split_once(['-', '–']) {
            Some((place, name)) if is_place(place) => name.trim_start(),
            _ => line,
        },
    }
}

/// `line` without a place or a role after the name, set off by a dash, a bar or a comma ("أحمد محمود -
/// القاهرة", "محمد علی، اسلام آباد", "Jane Doe | Reporter"): one or two words of letters, and the outlet
/// after them if one follows ("محمد علي - الرياض - الخليج اليوم"); the line as it is when it has no such
/// ending.
pub(crate) fn without_trailing_place(line: &str) -> &str {
    let mut line = line.trim();
    for _ in 0..MAX_TRAILING_PARTS {
        // An Arabic comma may stand glued to both words, as an extractor joins a byline's spans.
        match [" - ", " – ", " | ", "، ", ", ", "،"]
            .iter()
            .filter_map(|sep| line.rsplit_once(sep))
            .find(|(_, tail)| {
                (1..=2).contains(&tail.split_whitespace().count())
                    && tail.chars().all(|c| c.is_alphabetic() || c.is_whitespace())
            }) {
            Some((head, _)) => line = head.trim_end(),
            None => break,
        }
    }
    line
}

/// A name may stand before this many parts at most: a place and an outlet.
const MAX_TRAILING_PARTS: usize = 2;

/// A byline in a script without case names at most this many words.
const MAX_UNCASED_NAME_WORDS: usize = 5;

/// Words that join the names of several authors in one byline ("A and B", "A, B und C").
const AUTHOR_JOINERS: &[&str] = &[
    " and ", " und ", " y ", " et ", " e ", " i ", " en ", " og ", " och ", " ve ", " & ", ", ",
    "، ", " و ", " اور ", " / ",
];

/// Lower-case words inside names (van der Berg, Chus del Pino, Ahmad bin Ali).
const NAME_PARTICLES: &[&str] = &[
    "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "von",
    "zu", "bin", "ibn", "al", "el",
];

/// Reads as a person's name: two to four words of a cased script, each capitalised (or a particle),
/// or two to five words of an uncased script; no digits.
pub(crate) fn name_like(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    if part.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let cased = is_cased(part);
    match cased {
        true => {
            (2..=4).contains(&words.len())
                && words.iter().all(|w| {
                    w.trim_start_matches(['"', '“', '\'', '‘'])
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                        || NAME_PARTICLES.contains(&w.to_lowercase().as_str())
                })
        }
        false => (2..=5).contains(&words.len()),
    }
}

/// `patterns` as one automaton, found anywhere.
fn any_of(
    patterns: &'static [&'static str],
    cell: &'static OnceLock<AhoCorasick>,
) -> &'static AhoCorasick {
    cell.get_or_init(|| AhoCorasick::new(patterns).expect("patterns compile"))
}

/// [`AUTHOR_JOINERS`] as one automaton.
fn joiners() -> &'static AhoCorasick {
    static JOINERS: OnceLock<AhoCorasick> = OnceLock::new();
    any_of(AUTHOR_JOINERS, &JOINERS)
}

/// `text` may name several writers: it holds a joiner, or a word glued to "و" after its first two.
pub(crate) fn may_name_several(text: &str) -> bool {
    joiners().is_match(text) || text.split_whitespace().skip(2).any(|w| w.starts_with('و'))
}

/// `text` split at every joiner, parts trimmed, empty ones dropped.
fn split_names(text: &str) -> Vec<&str> {
    // Most texts hold no joiner: one search tells, before a split a joiner.
    if !joiners().is_match(text) {
        let text = text.trim();
        return if text.is_empty() {
            Vec::new()
        } else {
            vec![text]
        };
    }
    let mut parts = vec![text];
    for joiner in AUTHOR_JOINERS {
        parts = parts.into_iter().flat_map(|p| p.split(joiner)).collect();
    }
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Words between a writer's name and the outlet the writer wrote for ("Jane Doe For Dailymail.Com").
const FOR_OUTLET: &[&str] = &[" for ", " For ", " FOR ", " für ", " pour ", " para "];

/// `name` without the outlet named after it ("Jane Doe for CNN" is Jane Doe), when what stands before
/// reads as a name.
fn without_outlet(name: &str) -> &str {
    static OUTLET_WORDS: OnceLock<AhoCorasick> = OnceLock::new();
    if !any_of(FOR_OUTLET, &OUTLET_WORDS).is_match(name) {
        return name;
    }
    FOR_OUTLET
        .iter()
        .filter_map(|w| name.split_once(w))
        .map(|(head, _)| head.trim())
        .find(|head| name_like(head))
        .unwrap_or(name)
}

/// The names in one byline: split where joiners separate names that each read as one, else the byline
/// whole; an outlet after a name is dropped ("Jane Doe for CNN"), and in a script without case the
/// outlet's or the place's word or two after a comma ("شیدا رضایی، بی‌بی‌سی").
pub(crate) fn author_names(byline: &str) -> Vec<&str> {
    let mut parts: Vec<&str> = split_names(byline)
        .into_iter()
        .map(|p| without_trailing_role(without_outlet(p)))
        .collect();
    // The city the writer reports from after the names ("محمد اسلم، اسلام آباد": اسلام is a given
    // name too) is none of them.
    while parts.len() > 1 && parts.last().is_some_and(|p| is_place(p)) {
        parts.pop();
    }
    let parts = if parts.len() > 1 && parts.iter().all(|p| name_like(p)) {
        parts
    } else if let Some(names) = names_before_outlet(byline, &parts) {
        names
    } else {
        vec![without_trailing_role(without_outlet(byline))]
    };
    parts
        .into_iter()
        .flat_map(|p| split_at_glued_and(p).unwrap_or_else(|| vec![p]))
        .collect()
}

/// An outlet or a place after a name and a comma holds at most this many words.
const MAX_OUTLET_WORDS: usize = 2;

/// The names of an uncased byline's parts that stand before an outlet or a place (a word or two with no
/// common given name: "پل آدامز، بی‌بی‌سی نیوز، بیت‌المقدس"), when the first part reads as a name and
/// every part after the names is such a word or two; `None` otherwise.
fn names_before_outlet<'a>(byline: &str, parts: &[&'a str]) -> Option<Vec<&'a str>> {
    if is_cased(byline) || parts.len() < 2 || !byline.contains('،') {
        return None;
    }
    let names = parts
        .iter()
        .enumerate()
        .take_while(|&(i, p)| {
            name_like(p) && (i == 0 || opens_with_given_name(p) || holds_given_name(p))
        })
        .count();
    let words = |p: &&str| p.split_whitespace().count();
    (names > 0
        && !parts[names..].is_empty()
        && parts[names..].iter().all(|p| words(p) <= MAX_OUTLET_WORDS))
    .then(|| parts[..names].to_vec())
}

/// Arabic given names that open with "و", which a joiner glued to a name's first word is not.
const WAW_NAMES: &[&str] = &[
    "وليد", "وائل", "وفاء", "وسام", "وجدي", "وحيد", "وديع", "وهبه", "وعد", "وصال", "وجيه", "وسيم",
    "ولاء", "وداد", "وهيب", "وضاح", "وفيق", "ورود", "وئام", "وهب", "ودود", "وردة", "وردي",
];

/// Two names of a script without case joined by "و" glued to the second ("محمد علي وأحمد حسن"): the two
/// names, when each holds two words or more and the glued word is no name that opens with "و".
fn split_at_glued_and(byline: &str) -> Option<Vec<&str>> {
    if is_cased(byline) {
        return None;
    }
    let starts: Vec<usize> = byline
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace()
                && byline[..i]
                    .chars()
                    .next_back()
                    .is_none_or(char::is_whitespace)
        })
        .map(|(i, _)| i)
        .collect();
    let glued: Vec<usize> = (2..starts.len().saturating_sub(1))
        .map(|k| starts[k])
        .filter(|&at| {
            let word = byline[at..].split_whitespace().next().unwrap_or("");
            word.starts_with('و')
                && word.chars().count() >= 3
                && !WAW_NAMES.iter().any(|n| fold(n) == fold(word))
        })
        .collect();
    let [at] = glued[..] else {
        return None;
    };
    Some(vec![
        byline[..at].trim(),
        byline[at + 'و'.len_utf8()..].trim(),
    ])
}

/// "Agency - Author Name" signatures at the end of an article, or over its text with a colon ("همشهری
/// آنلاین - مریم احمدی:"): the author's name; in "Author Name - Role", the name before the role.
pub(crate) fn signature_author(raw: &str) -> Option<String> {
    // A section's number before its heading ("أولاً - تنزيل التطبيق") is no agency.
    if !raw.contains(['-', '–', '—']) || crate::related::section_number(raw).is_some() {
        return None;
    }
    let raw = raw.trim_end().trim_end_matches(':');
    let spaced = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let (agency, name) = [" - ", " – ", " — "]
        .iter()
        .find_map(|dash| spaced.split_once(dash))?;
    let agency_words = agency.split_whitespace().count();
    let name_words = name.split_whitespace().count();
    let plain = |s: &str| s.chars().all(|c| c.is_alphabetic() || c.is_whitespace());
    // In a cased script, the name reads as one: capitalised words, no function word ("Archiv - alle
    // Sendungen" is a menu item).
    // In a script without case, a given name or a family name with its article after a first name
    // without one says it is a person's ("سجى الحاج"): a place before a headline's words has the shape
    // ("غزة - الاحتلال يقصف المستشفى").
    let reads_as_name = |part: &str| {
        if is_cased(part) {
            crate::model::is_name_line(part)
        } else {
            let bare = without_honorific(part);
            let words: Vec<&str> = bare.split_whitespace().collect();
            uncased_name(part)
                && (opens_with_given_name(bare)
                    || holds_given_name(bare)
                    || words.len() >= 2
                        && !words[0].starts_with("ال")
                        && words[words.len() - 1].starts_with("ال"))
        }
    };
    // The writer's role after the dash ("محمد علي - مراسل الجزيرة"): the name stands before it.
    if opens_with_role(name) {
        let bare = without_honorific(agency);
        return ((2..=4).contains(&bare.split_whitespace().count())
            && plain(bare)
            && reads_as_name(bare)
            && (is_cased(bare) || opens_with_given_name(bare)))
        .then(|| agency.trim().to_string());
    }
    // In a script without case, the part that opens with a given name is the writer's when the other
    // does not: a role the lists miss or a place after the name ("محمد اسلم - بیورو چیف"). A city
    // opens with no given name, whatever its first word ("اسلام آباد").
    let given = |part: &str| {
        !is_cased(part) && !is_place(part) && opens_with_given_name(without_honorific(part))
    };
    let (agency, name, name_words) = if given(agency) && !given(name) {
        (name, agency, agency_words)
    } else {
        (agency, name, name_words)
    };
    // A body's name is no writer's ("رؤيا - دائرة الإحصاءات العامة": the figures' source).
    (agency.split_whitespace().count() <= 3
        && (2..=4).contains(&name_words)
        && plain(agency)
        && plain(name)
        && !is_place(name)
        && !crate::lexicon::opens_with_outlet_kind(name)
        && reads_as_name(name))
    .then(|| name.trim().to_string())
}
