//! Date parsing for datelines: Eastern or Western digits; Egyptian/Gulf, Levantine/Iraqi and Maghrebi
//! Arabic month names, Persian and Urdu names of the Gregorian months, the Solar Hijri months (Iranian and Afghan names) and
//! numeric Solar Hijri dates (converted to Gregorian dates), lunar Hijri dates (converted when no Gregorian
//! date stands beside them), English and other European month names;
//! weekday prefixes in Arabic, Persian, Urdu and English, numeric dates in either order, 12- and 24-hour
//! times (with or without seconds).

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use foldhash::fast::FixedState;

use crate::fold::{fold, is_alnum};
use crate::lexicon::WordList;

/// Month names, as words (folded before use, see [`crate::fold()`]): Egyptian and Gulf, Maghrebi, Levantine
/// and Iraqi, English and other languages.
const MONTHS: &[(&[&str], u32)] = &[
    (&["كانون", "الثاني"], 1),
    (&["كانون", "الاول"], 12),
    (&["تشرين", "الاول"], 10),
    (&["تشرين", "الثاني"], 11),
    // The same, numbered as Syrian and Lebanese papers write them short ("06 كانون1 2026").
    (&["كانون", "2"], 1),
    (&["كانون", "1"], 12),
    (&["تشرين", "1"], 10),
    (&["تشرين", "2"], 11),
    (&["يناير"], 1),
    (&["فبراير"], 2),
    (&["مارس"], 3),
    (&["ابريل"], 4),
    (&["مايو"], 5),
    (&["يونيو"], 6),
    (&["يونيه"], 6),
    (&["يوليو"], 7),
    (&["يوليه"], 7),
    (&["اغسطس"], 8),
    (&["سبتمبر"], 9),
    (&["اكتوبر"], 10),
    (&["نوفمبر"], 11),
    (&["ديسمبر"], 12),
    // Moroccan, then Algerian and Tunisian names (from the French ones).
    (&["ماي"], 5),
    (&["يوليوز"], 7),
    (&["غشت"], 8),
    (&["شتنبر"], 9),
    (&["نونبر"], 11),
    (&["دجنبر"], 12),
    (&["جانفي"], 1),
    (&["فيفري"], 2),
    (&["افريل"], 4),
    (&["جوان"], 6),
    (&["جويلية"], 7),
    (&["اوت"], 8),
    (&["شباط"], 2),
    (&["اذار"], 3),
    (&["نيسان"], 4),
    (&["ايار"], 5),
    (&["حزيران"], 6),
    (&["تموز"], 7),
    (&["اب"], 8),
    (&["ايلول"], 9),
    (&["january"], 1),
    (&["february"], 2),
    (&["march"], 3),
    (&["april"], 4),
    (&["may"], 5),
    (&["june"], 6),
    (&["july"], 7),
    (&["august"], 8),
    (&["september"], 9),
    (&["october"], 10),
    (&["november"], 11),
    (&["december"], 12),
    // English abbreviations; German, French, Spanish, Italian, Portuguese, Dutch, Indonesian and Turkish
    // names that differ from the English ones; Persian and Urdu names of the Gregorian months.
    (&["jan"], 1),
    (&["feb"], 2),
    (&["mar"], 3),
    (&["apr"], 4),
    (&["jun"], 6),
    (&["jul"], 7),
    (&["aug"], 8),
    (&["sep"], 9),
    (&["sept"], 9),
    (&["oct"], 10),
    (&["nov"], 11),
    (&["dec"], 12),
    (&["januar"], 1),
    (&["februar"], 2),
    (&["marz"], 3),
    (&["märz"], 3),
    (&["mai"], 5),
    (&["juni"], 6),
    (&["juli"], 7),
    (&["oktober"], 10),
    (&["dezember"], 12),
    (&["jän"], 1),
    (&["mär"], 3),
    (&["okt"], 10),
    (&["dez"], 12),
    (&["janvier"], 1),
    (&["fevrier"], 2),
    (&["février"], 2),
    (&["mars"], 3),
    (&["avril"], 4),
    (&["juin"], 6),
    (&["juillet"], 7),
    (&["aout"], 8),
    (&["août"], 8),
    (&["septembre"], 9),
    (&["octobre"], 10),
    (&["novembre"], 11),
    (&["decembre"], 12),
    (&["décembre"], 12),
    (&["enero"], 1),
    (&["febrero"], 2),
    (&["marzo"], 3),
    (&["abril"], 4),
    (&["mayo"], 5),
    (&["junio"], 6),
    (&["julio"], 7),
    (&["agosto"], 8),
    (&["septiembre"], 9),
    (&["octubre"], 10),
    (&["noviembre"], 11),
    (&["diciembre"], 12),
    (&["gennaio"], 1),
    (&["febbraio"], 2),
    (&["aprile"], 4),
    (&["maggio"], 5),
    (&["giugno"], 6),
    (&["luglio"], 7),
    (&["settembre"], 9),
    (&["ottobre"], 10),
    (&["dicembre"], 12),
    (&["janeiro"], 1),
    (&["fevereiro"], 2),
    (&["março"], 3),
    (&["maio"], 5),
    (&["junho"], 6),
    (&["julho"], 7),
    (&["setembro"], 9),
    (&["outubro"], 10),
    (&["novembro"], 11),
    (&["dezembro"], 12),
    (&["januari"], 1),
    (&["februari"], 2),
    (&["maart"], 3),
    (&["mei"], 5),
    (&["juli"], 7),
    (&["agustus"], 8),
    (&["oktober"], 10),
    (&["desember"], 12),
    // French, Spanish and Italian abbreviations that no English word spells ("18 juil. 2024").
    (&["janv"], 1),
    (&["févr"], 2),
    (&["fevr"], 2),
    (&["avr"], 4),
    (&["juil"], 7),
    (&["déc"], 12),
    (&["ene"], 1),
    (&["abr"], 4),
    (&["dic"], 12),
    (&["giu"], 6),
    (&["lug"], 7),
    (&["ott"], 10),
    // Swedish, Danish and Norwegian.
    (&["maj"], 5),
    (&["augusti"], 8),
    // Polish (genitive).
    (&["stycznia"], 1),
    (&["lutego"], 2),
    (&["marca"], 3),
    (&["kwietnia"], 4),
    (&["maja"], 5),
    (&["czerwca"], 6),
    (&["lipca"], 7),
    (&["sierpnia"], 8),
    (&["września"], 9),
    (&["października"], 10),
    (&["listopada"], 11),
    (&["grudnia"], 12),
    // Czech (genitive).
    (&["ledna"], 1),
    (&["února"], 2),
    (&["března"], 3),
    (&["dubna"], 4),
    (&["května"], 5),
    (&["června"], 6),
    (&["července"], 7),
    (&["srpna"], 8),
    (&["září"], 9),
    (&["října"], 10),
    (&["listopadu"], 11),
    (&["prosince"], 12),
    // Russian (genitive).
    (&["января"], 1),
    (&["февраля"], 2),
    (&["марта"], 3),
    (&["апреля"], 4),
    (&["мая"], 5),
    (&["июня"], 6),
    (&["июля"], 7),
    (&["августа"], 8),
    (&["сентября"], 9),
    (&["октября"], 10),
    (&["ноября"], 11),
    (&["декабря"], 12),
    // Ukrainian (genitive).
    (&["січня"], 1),
    (&["лютого"], 2),
    (&["березня"], 3),
    (&["квітня"], 4),
    (&["травня"], 5),
    (&["червня"], 6),
    (&["липня"], 7),
    (&["серпня"], 8),
    (&["вересня"], 9),
    (&["жовтня"], 10),
    (&["листопада"], 11),
    (&["грудня"], 12),
    (&["ocak"], 1),
    (&["şubat"], 2),
    (&["nisan"], 4),
    (&["mayıs"], 5),
    (&["haziran"], 6),
    (&["temmuz"], 7),
    (&["ağustos"], 8),
    (&["eylül"], 9),
    (&["ekim"], 10),
    (&["kasım"], 11),
    (&["aralık"], 12),
    (&["ژانویه"], 1),
    (&["فوریه"], 2),
    (&["آوریل"], 4),
    (&["ژوئن"], 6),
    (&["ژوئیه"], 7),
    (&["اوت"], 8),
    (&["سپتامبر"], 9),
    (&["اکتبر"], 10),
    (&["نوامبر"], 11),
    (&["دسامبر"], 12),
    (&["جنوری"], 1),
    (&["فروری"], 2),
    (&["مارچ"], 3),
    (&["اپریل"], 4),
    (&["مئی"], 5),
    (&["جون"], 6),
    (&["جولائی"], 7),
    (&["اگست"], 8),
    (&["ستمبر"], 9),
    (&["اکتوبر"], 10),
    (&["نومبر"], 11),
    (&["دسمبر"], 12),
];

/// Words that may sit on a dateline beside the date itself (matched folded, word by word: a weekday
/// written "سه شنبه" is two words).
const DATE_WORDS: &[&str] = &[
    "السبت",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "saturday",
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "am",
    "pm",
    "ص",
    "م",
    "صباحا",
    "مساء",
    "منشئ",
    "نشر",
    "نشر في",
    "تاريخ",
    "تاريخ النشر",
    "اخر تحديث",
    "تحديث",
    "published",
    "updated",
    "on",
    "في",
    "الساعه",
    "بتوقيت",
    "غرينتش",
    "الموافق",
    "gmt",
    "utc",
    // Persian weekdays and labels.
    "شنبه",
    "یکشنبه",
    "یک",
    "دوشنبه",
    "دو",
    "سه",
    "سه‌شنبه",
    "چهارشنبه",
    "چهار",
    "پنجشنبه",
    "پنج‌شنبه",
    "پنج",
    "جمعه",
    "تاریخ",
    "انتشار",
    // "در" (at, on) before a date, as "في" and "on".
    "در",
    "ساعت",
    "بروزرسانی",
    "به‌روزرسانی",
    "به‌روز",
    "آخرین",
    "منتشر",
    "شده",
    // A Persian agency's news code, printed with the date ("کد خبر: ۵۵۴۳۲۱ | ۱۰ آذر ۱۴۰۵").
    "کد",
    "خبر",
    "مطلب",
    "شناسه",
    // Urdu weekdays and labels.
    "پیر",
    "منگل",
    "بدھ",
    "جمعرات",
    "جمعہ",
    "ہفتہ",
    "اتوار",
    "اپ",
    "ڈیٹ",
    "شائع",
    "اشاعت",
];

/// Words that label when an article was last changed, not when it came out.
const UPDATE_WORDS: &[&str] = &[
    "updated",
    "update",
    "modified",
    "تحديث",
    "محدث",
    "بروزرسانی",
    "بروز",
    "به‌روزرسانی",
    "به‌روز",
    "به روز شده",
    "به روز رسانی",
    "اپ ڈیٹ",
    "aktualisiert",
    "actualizado",
    "mis a jour",
    // A post's last edit ([`EDIT_LABELS`]).
    "edited",
    "تعديل",
    "ویرایش",
    "bearbeitet",
];

/// [`UPDATE_WORDS`] folded, as one automaton.
fn update_words() -> &'static AhoCorasick {
    static CELL: OnceLock<AhoCorasick> = OnceLock::new();
    CELL.get_or_init(|| {
        AhoCorasick::new(UPDATE_WORDS.iter().map(|w| fold(w))).expect("update words compile")
    })
}

/// The folded line labels its date as the last change's ("Updated", "آخر تحديث", "بروزرسانی").
pub(crate) fn is_update_stamp(folded: &str) -> bool {
    update_words().is_match(folded)
}

/// Labels that open a post's note of its last edit, as forums and wikis print it under the post ("Last
/// edited by Name; 22 Apr 22, 09:08", "التعديل الأخير تم بواسطة : Name بتاريخ 16-05-2017").
const EDIT_LABELS: &[&str] = &[
    // A wiki's footer: "This page was last edited on ...".
    "this page was last edited",
    "این صفحه آخرین بار",
    "اس صفحہ میں آخری بار",
    "last edited",
    "edited by",
    "edited",
    "last modified",
    "التعديل الأخير",
    "آخر تعديل",
    "تم التعديل",
    "تم تعديل",
    "عدل بواسطة",
    "آخرین ویرایش",
    "ویرایش شده",
    "ویرایش توسط",
    "آخری ترمیم",
    "zuletzt bearbeitet",
    "bearbeitet von",
    "dernière modification",
    "modifié par",
    "última edición",
    "editado por",
    "ultima modifica",
];

/// Words that say when a cited source was read or archived ("Retrieved 12 March 2020", "اطلع عليه
/// بتاريخ …"): the day of a reference, never the article's.
const ACCESS_LABELS: &[&str] = &[
    "retrieved",
    "accessed",
    "archived from the original",
    "اطلع عليه بتاريخ",
    "تاريخ الاطلاع",
    "تاريخ الوصول",
    "مؤرشف من الأصل",
    "بازبینی‌شده در",
    "بازبینی شده در",
    "بایگانی‌شده از",
    "تاریخ دسترسی",
    "اخذ شدہ بتاریخ",
    "abgerufen am",
    "consulté le",
    "consultado el",
];

/// The folded line cites a source with the day it was read or archived ([`ACCESS_LABELS`]).
pub(crate) fn is_access_stamp(folded: &str) -> bool {
    static CELL: OnceLock<AhoCorasick> = OnceLock::new();
    CELL.get_or_init(|| {
        AhoCorasick::new(ACCESS_LABELS.iter().map(|w| fold(w))).expect("access labels compile")
    })
    .is_match(folded)
}

/// The folded line notes when its post was last edited: it opens with an edit's label ([`EDIT_LABELS`])
/// and holds a date or a time of day.
pub(crate) fn is_edit_stamp(folded: &str) -> bool {
    static CELL: OnceLock<Vec<String>> = OnceLock::new();
    let labels = CELL.get_or_init(|| EDIT_LABELS.iter().map(|w| fold(w)).collect());
    let text = folded.trim_start_matches(|c: char| !is_alnum(c));
    let labelled = labels.iter().any(|label| {
        text.strip_prefix(label.as_str())
            .is_some_and(|rest| !rest.starts_with(is_alnum))
    });
    labelled
        && (holds_clock_time(folded)
            || find_date(folded).is_some()
            || find_day_and_month(folded).is_some())
}

/// Words that label the page's own clock in its top bar ("امروز: سه شنبه 25 مرداد 1401", "Today: Monday,
/// 5 May 2025").
const TODAY_LABELS: &[&str] = &[
    "today",
    "heute",
    "aujourd'hui",
    "hoy",
    "oggi",
    "hoje",
    "vandaag",
    "idag",
    "i dag",
    "dzisiaj",
    "bugün",
    "сегодня",
    "امروز",
    "اليوم",
    "آج",
];

/// A clock's line holds at most this many words beside its date ("- 17:03", the next link's word).
const MAX_WORDS_BESIDE_CLOCK: usize = 2;

/// The folded line is the page's clock, not a stamp: a "today" label ([`TODAY_LABELS`]), then a date with
/// its year, which opens what follows (the date or its weekday), a word or two at most beside it. A stamp
/// of today without its year ("Heute, 11:07 Uhr", "Today at 8:39 AM") is an article's, as is a sentence
/// that opens with the word.
pub(crate) fn is_today_clock(folded: &str) -> bool {
    static CELL: OnceLock<Vec<String>> = OnceLock::new();
    let labels = CELL.get_or_init(|| TODAY_LABELS.iter().map(|w| fold(w)).collect());
    let text = folded.trim_start_matches(|c: char| !is_alnum(c));
    let Some(rest) = labels.iter().find_map(|label| {
        text.strip_prefix(label.as_str())
            .filter(|rest| !rest.starts_with(is_alnum))
    }) else {
        return false;
    };
    let rest = rest.trim_start_matches(|c: char| !is_alnum(c));
    let opens_dated = rest.split_whitespace().next().is_some_and(is_date_word);
    opens_dated
        && find_date(rest).is_some_and(|found| {
            let words = rest
                .split_whitespace()
                .filter(|w| w.chars().any(is_alnum))
                .count();
            found.words_used + MAX_WORDS_BESIDE_CLOCK >= words
        })
}

/// Labels of when an article came out, longest first ("تاريخ النشر" before "نشر").
const PUBLISHED_WORDS: &[&str] = &[
    "تاريخ النشر",
    "نشر في",
    "نشر",
    "تاریخ انتشار",
    "منتشر شده",
    "انتشار",
    "تاریخ اشاعت",
    "اشاعت",
    "شائع",
    "published",
    "veröffentlicht",
    "publicado",
    "publié",
];

/// A date's label alone holds at most this many words.
const MAX_DATE_LABEL_WORDS: usize = 3;

/// The folded line is a date's label, its colon or not, with no date after it ("تاریخ انتشار :",
/// "Published:", "نشر"): the page printed the label and left its date to a script.
pub(crate) fn is_bare_date_label(folded: &str) -> bool {
    let folded = folded.trim_end();
    let (label, colon) = folded
        .strip_suffix(':')
        .map_or((folded, false), |label| (label, true));
    static CELL: OnceLock<crate::FastSet<String>> = OnceLock::new();
    let labels = CELL.get_or_init(|| {
        PUBLISHED_WORDS
            .iter()
            .chain(UPDATE_WORDS)
            .map(|w| fold(w))
            .collect()
    });
    let label = label.trim();
    let words = label.split_whitespace().count();
    // Without its colon, only a label of the list alone ("نشر", "Published").
    (1..=MAX_DATE_LABEL_WORDS).contains(&words)
        && !label.contains(|c: char| c.is_ascii_digit())
        && (labels.contains(label) || colon && label.split_whitespace().all(is_date_word))
}

/// [`PUBLISHED_WORDS`], folded, matched leftmost-first.
fn published_words() -> &'static AhoCorasick {
    static CELL: OnceLock<AhoCorasick> = OnceLock::new();
    CELL.get_or_init(|| {
        AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(PUBLISHED_WORDS.iter().map(|w| fold(w)))
            .expect("published words compile")
    })
}

/// The folded line labels its date as the day the article came out ("تاريخ النشر", "نشر في",
/// "تاریخ انتشار", "Published"): one of [`PUBLISHED_WORDS`] as whole words.
pub(crate) fn is_published_stamp(folded: &str) -> bool {
    published_words().find_iter(folded).any(|m| {
        !folded[..m.start()].ends_with(is_alnum) && !folded[m.end()..].starts_with(is_alnum)
    })
}

/// The folded line cut where an update's label follows a date ("نشر في: 01 ديسمبر 2024 10:00 آخر تحديث:
/// 02 ديسمبر 2024", "Published 10:00 AM, Dec 1, 2024 Updated 12:30 PM"), or where a published label
/// follows an update's stamp ("آخر تحديث: 02 ديسمبر 2024 - تاريخ النشر: 01 ديسمبر 2024"): the published
/// stamp and the update's, each of which holds a date; `None` when the line has no such labels.
pub(crate) fn split_at_update(folded: &str) -> Option<(&str, &str)> {
    // The stamp before a label, without the separator that ends it ("… 12:30 م | تاريخ النشر").
    let before = |at: usize| folded[..at].trim_end_matches(|c: char| !is_alnum(c));
    let after_a_date = |at: usize| {
        folded[..at].ends_with(|c: char| !is_alnum(c))
            && folded[..at].contains(|c: char| c.is_ascii_digit())
    };
    if let Some(at) = update_words()
        .find_iter(folded)
        .map(|m| m.start())
        .find(|&at| after_a_date(at))
    {
        let at = with_last_word(folded, at);
        return dated(before(at), &folded[at..]);
    }
    let at = published_words()
        .find_iter(folded)
        .map(|m| m.start())
        .find(|&at| after_a_date(at) && is_update_stamp(&folded[..at]))?;
    dated(&folded[at..], before(at))
}

/// Words for "last" that open an update's label ("آخر تحديث", "Last updated", "آخرین بروزرسانی").
const LAST_WORDS: &[&str] = &["آخر", "آخرین", "last"];

/// Where the update's label found at `at` in `folded` opens: at the word for "last" right before it,
/// when one stands there, else at `at`.
fn with_last_word(folded: &str, at: usize) -> usize {
    let head = folded[..at].trim_end();
    let start = head.rfind(' ').map_or(0, |space| space + 1);
    let last = &head[start..];
    if head.len() < at && LAST_WORDS.iter().any(|w| fold(w) == last) {
        start
    } else {
        at
    }
}

/// The published stamp and the update's, when each holds a date.
fn dated<'a>(published: &'a str, update: &'a str) -> Option<(&'a str, &'a str)> {
    (find_date(published).is_some() && find_date(update).is_some()).then_some((published, update))
}

/// The folded key is only a month's name ("سپتامبر", "كانون الأول", "Sep"), as a date's badge prints it
/// on its own line, under or over the day.
pub(crate) fn is_month_alone(key: &str) -> bool {
    let words: Vec<&str> = key.split(' ').collect();
    months()
        .get(words[0])
        .is_some_and(|names| names.iter().any(|(parts, _)| *parts == words))
}

fn date_words() -> &'static crate::FastSet<String> {
    static CELL: OnceLock<crate::FastSet<String>> = OnceLock::new();
    CELL.get_or_init(|| DATE_WORDS.iter().map(|w| fold(w)).collect())
}

/// The folded `word` (punctuation around it allowed) is part of how pages print a date: it holds a
/// digit, or it is a weekday, a month, a time of day or a date label ("published", "نشر", "الثلاثاء").
pub(crate) fn is_date_word(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !is_alnum(c));
    !w.is_empty()
        && (w.chars().any(|c| c.is_ascii_digit())
            || date_words().contains(w)
            || months().contains_key(w))
}

/// A word with a digit is a date's or a time's when the letters glued to its digits are few ("25th",
/// "10am", "1403هـ") or name a month or a date's word ("ديسمبر2024"), not a word of a headline that
/// the site printed glued to a number ("10دروغ", "در4ماه").
fn numbered_date_word(w: &str) -> bool {
    if w.chars().filter(|c| c.is_alphabetic()).count() <= MAX_LETTERS_BESIDE_DIGITS {
        return true;
    }
    let letters: String = w.chars().filter(|c| c.is_alphabetic()).collect();
    date_words().contains(letters.as_str()) || months().contains_key(letters.as_str())
}

/// Letters a number of a date or a time may carry glued to it ("th", "am", "هـ").
const MAX_LETTERS_BESIDE_DIGITS: usize = 3;

/// Separators between the parts of a dateline ("الثلاثاء 01 ديسمبر 2026 | 10:15 ص").
const DATELINE_SEPARATORS: &[&str] = &[" | ", " / ", " - ", " – ", " — ", " · ", " • "];

/// `raw` cut at every dateline separator, trimmed. Every separator opens with a space: the spaces are
/// found many bytes at a time, and the separators tried at each.
pub(crate) fn dateline_parts(raw: &str) -> Vec<&str> {
    let rest = raw.trim();
    let mut parts = Vec::new();
    let (mut from, mut at) = (0, 0);
    while let Some(offset) = memchr::memchr(b' ', &rest.as_bytes()[at..]) {
        let space = at + offset;
        match DATELINE_SEPARATORS
            .iter()
            .find(|sep| rest[space..].starts_with(**sep))
        {
            Some(sep) => {
                parts.push(rest[from..space].trim());
                from = space + sep.len();
                at = from;
            }
            None => at = space + 1,
        }
    }
    parts.push(rest[from..].trim());
    parts
}

/// A part of a dateline that prints a date or a time: a word with a digit, and at most one word that is
/// not a date's ("14:07 Uhr", "نشر في: 01 ديسمبر 2026").
pub(crate) fn dated_part(part: &str) -> bool {
    // Folding makes Arabic-Indic digits ASCII ones and no other char a digit: a part with none of
    // them holds no number, and is told before its words are folded.
    if !part.contains(|c: char| c.is_ascii_digit() || matches!(c, '٠'..='٩' | '۰'..='۹')) {
        return false;
    }
    let date_word = |w: &str| {
        let bare = w.trim_matches(|c: char| !is_alnum(c));
        is_date_word(w) && (!bare.chars().any(|c| c.is_ascii_digit()) || numbered_date_word(bare))
    };
    part.split_whitespace()
        .filter(|w| !date_word(&fold(w)))
        .nth(1)
        .is_none()
}

/// Words a short part of a dateline beside its date may hold: a name, a place, a section.
pub(crate) const MAX_DATELINE_PART_WORDS: usize = 4;

/// `raw` without the newspaper's issue number that closes it ("... 09 مايو 2017 مـ رقم العدد [14042]",
/// "... شماره ۸۵۱۲"): a number, bracketed or not, after an issue's label.
pub(crate) fn without_issue_number(raw: &str) -> &str {
    let raw = raw.trim_end();
    let Some((head, number)) = raw.rsplit_once(' ') else {
        return raw;
    };
    let digits = number.trim_matches(['[', ']', '(', ')']);
    if digits.is_empty() || !digits.chars().all(|c| c.is_numeric()) {
        return raw;
    }
    let head = head.trim_end().trim_end_matches([':', '：']).trim_end();
    ISSUE_LABELS
        .iter()
        .find_map(|label| head.strip_suffix(label))
        .filter(|before| before.is_empty() || before.ends_with(' '))
        .map_or(raw, str::trim_end)
}

/// Labels of a newspaper's issue number.
const ISSUE_LABELS: &[&str] = &["رقم العدد", "العدد", "شماره", "شمارہ"];

/// A line of parts that print the date (a day at least) and a few short words beside it, a name or a
/// place or a section, with no punctuation of a sentence or a list among them ("محمد علي - الثلاثاء 01
/// ديسمبر 2026", "Berlin | 25.04.2024 | 14:07 Uhr"), or the time since an update ("Published Aug 28,
/// 2024 • Last updated 1 hour ago • 4 minute read").
pub(crate) fn is_parted_dateline(raw: &str, folded: &str) -> bool {
    let parts = dateline_parts(without_issue_number(raw));
    parts.len() >= 2
        && find_date(folded).is_some()
        && parts.iter().all(|p| {
            dated_part(p)
                || p.split_whitespace().count() <= MAX_DATELINE_PART_WORDS
                    && !p.contains([',', '،', '.', '!', '?', '؟', '۔'])
                || is_relative_time(&fold(p))
        })
}

/// The folded line ends with two words that are no date's: no digit in them, no weekday, month or label
/// ("أسعار الذهب الأربعاء 17-12-2025 في محلات الصاغة"); it says more than when.
pub(crate) fn goes_on_past_its_date(folded: &str) -> bool {
    let words = folded
        .split_whitespace()
        .rev()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(2);
    words
        .filter(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            !w.chars().any(char::is_numeric) && !is_date_word(w)
        })
        .count()
        == 2
}

/// A date found on a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundDate {
    /// ISO 8601: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    pub iso: String,
    /// How many words of the line the date used (day, month, year, time and dateline words), each
    /// number of "17-12-2025" or "22nd" counted as one.
    pub words_used: usize,
}

/// Months of the lunar Hijri calendar, as Arabic pages print them beside the Gregorian date ("12 رمضان
/// 1445 هـ - 24 مارس 2024 م"): such a date is skipped, its words counted as the dateline's; alone on its
/// line, it is converted ([`hijri_to_gregorian`]). Each name with its month's number.
const HIJRI_MONTHS: &[(u32, &[&str])] = &[
    (1, &["محرم"]),
    (2, &["صفر"]),
    (3, &["ربيع", "الأول"]),
    (4, &["ربيع", "الآخر"]),
    (4, &["ربيع", "الثاني"]),
    (5, &["جمادى", "الأولى"]),
    (6, &["جمادى", "الآخرة"]),
    (6, &["جمادى", "الثانية"]),
    // Without the article, as Egyptian pages print them ("26 ربيع أول 1447 هـ"), and in the masculine.
    (3, &["ربيع", "أول"]),
    (4, &["ربيع", "آخر"]),
    (4, &["ربيع", "ثاني"]),
    (5, &["جمادى", "أولى"]),
    (5, &["جمادى", "الأول"]),
    (6, &["جمادى", "آخرة"]),
    (6, &["جمادى", "ثانية"]),
    (6, &["جمادى", "الثاني"]),
    (6, &["جمادى", "الآخر"]),
    (6, &["جمادى", "آخر"]),
    (6, &["جمادى", "ثاني"]),
    (7, &["رجب"]),
    (8, &["شعبان"]),
    (9, &["رمضان"]),
    (10, &["شوال"]),
    (11, &["ذو", "القعدة"]),
    (12, &["ذو", "الحجة"]),
    // In the genitive, after a day ("10 ذي الحجة 1445").
    (11, &["ذي", "القعدة"]),
    (12, &["ذي", "الحجة"]),
];

/// [`HIJRI_MONTHS`] folded, once, keyed by their first word; each key's names in the order of the list.
fn hijri_months() -> &'static MonthsByFirstWord {
    static CELL: OnceLock<MonthsByFirstWord> = OnceLock::new();
    CELL.get_or_init(|| by_first_word(HIJRI_MONTHS.iter().map(|&(m, parts)| (parts, m))))
}

/// A date as its year, month and day.
type Ymd = (u32, u32, u32);

/// The lunar Hijri dates in `words`: which words they take (a Hijri month name followed by a year of that
/// calendar, with the day before it and the era mark after it, or three numbers with the era mark after
/// them), which a Gregorian date must not take;
/// and the first full one (day, month, year), where and how it stands.
fn hijri_words(words: &[&str]) -> (Vec<bool>, Option<(usize, Ymd)>) {
    let mut hijri = vec![false; words.len()];
    let mut first = None;
    let number = |w: &str, range: std::ops::RangeInclusive<u32>| {
        w.parse::<u32>().ok().filter(|n| range.contains(n))
    };
    for i in 0..words.len() {
        let Some(named_here) = hijri_months().get(words[i]) else {
            continue;
        };
        for (parts, month) in named_here {
            let end = i + parts.len();
            let named = words.len() > end && parts.iter().zip(&words[i..]).all(|(p, w)| p == w);
            let Some(year) = named.then(|| number(words[end], 1300..=1500)).flatten() else {
                continue;
            };
            hijri[i..=end].iter_mut().for_each(|h| *h = true);
            if let Some(day) = i.checked_sub(1).and_then(|d| number(words[d], 1..=30)) {
                hijri[i - 1] = true;
                first = first.or(Some((i, (day, *month, year))));
            }
            if words.get(end + 1) == Some(&"ه") {
                hijri[end + 1] = true;
            }
        }
    }
    // Numeric ones, the era mark after them ("7/3/1429 هـ", "1445/06/12هـ"; not the solar "ه.ش").
    let lunar_mark = |at: usize| words.get(at) == Some(&"ه") && words.get(at + 1) != Some(&"ش");
    for i in 0..words.len().saturating_sub(2) {
        if hijri[i] || !lunar_mark(i + 3) {
            continue;
        }
        let [a, b, c] = [words[i], words[i + 1], words[i + 2]];
        let ymd = match (number(a, 1..=30), number(b, 1..=12), number(c, 1300..=1500)) {
            (Some(d), Some(m), Some(y)) => Some((d, m, y)),
            _ => match (number(a, 1300..=1500), number(b, 1..=12), number(c, 1..=30)) {
                (Some(y), Some(m), Some(d)) => Some((d, m, y)),
                _ => None,
            },
        };
        if let Some(ymd) = ymd {
            hijri[i..=i + 3].iter_mut().for_each(|h| *h = true);
            first = first.or(Some((i, ymd)));
        }
    }
    (hijri, first)
}

/// The Gregorian date of a lunar Hijri date, by the tabular (arithmetic) Islamic calendar: it may fall a
/// day off the calendars that follow the moon's sighting or Umm al-Qura's computation.
fn hijri_to_gregorian(day: u32, month: u32, year: u32) -> (u32, u32, u32) {
    let (d, m, y) = (day as i64, month as i64, year as i64);
    let jdn = d + (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + (3 + 11 * y) / 30 + 1_948_439;
    // Julian day number to the Gregorian calendar (Richards' algorithm).
    let a = jdn + 32_044;
    let b = (4 * a + 3) / 146_097;
    let c = a - 146_097 * b / 4;
    let d = (4 * c + 3) / 1461;
    let e = c - 1461 * d / 4;
    let m = (5 * e + 2) / 153;
    let day = e - (153 * m + 2) / 5 + 1;
    let month = m + 3 - 12 * (m / 10);
    let year = 100 * b + d - 4800 + m / 10;
    (year as u32, month as u32, day as u32)
}

/// Months of the Solar Hijri calendar of Iran and Afghanistan (Persian names), converted to Gregorian
/// dates.
const JALALI_MONTHS: &[&str] = &[
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
];

/// The same months as Afghanistan names them (after the signs of the zodiac: حمل is فروردین). The names are
/// words too ("میزان", amount; "اسد", a given name): one is a month only between its day and its year
/// ("۱۲ قوس ۱۴۰۳").
const AFGHAN_MONTHS: &[&str] = &[
    "حمل",
    "ثور",
    "جوزا",
    "سرطان",
    "اسد",
    "سنبله",
    "میزان",
    "عقرب",
    "قوس",
    "جدی",
    "دلو",
    "حوت",
];

/// The Gregorian date of a Solar Hijri (Jalali) date, by the arithmetic of the 33-year cycle.
fn jalali_to_gregorian(jy: u32, jm: u32, jd: u32) -> (u32, u32, u32) {
    let jy = jy as i64 + 1595;
    let (jm, jd) = (jm as i64, jd as i64);
    let mut days = -355_668
        + 365 * jy
        + (jy / 33) * 8
        + ((jy % 33) + 3) / 4
        + jd
        + if jm < 7 {
            (jm - 1) * 31
        } else {
            (jm - 7) * 30 + 186
        };
    let mut gy = 400 * (days / 146_097);
    days %= 146_097;
    if days > 36_524 {
        days -= 1;
        gy += 100 * (days / 36_524);
        days %= 36_524;
        if days >= 365 {
            days += 1;
        }
    }
    gy += 4 * (days / 1461);
    days %= 1461;
    if days > 365 {
        gy += (days - 1) / 365;
        days = (days - 1) % 365;
    }
    let mut gd = days + 1;
    let leap = gy % 4 == 0 && gy % 100 != 0 || gy % 400 == 0;
    let lengths = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let mut gm = 1;
    for len in lengths {
        if gd <= len {
            break;
        }
        gd -= len;
        gm += 1;
    }
    (gy as u32, gm, gd as u32)
}

/// The folded word names a month of the Solar Hijri calendar, Iranian or Afghan ("اذر", "قوس"): a
/// date's word beside a day and a year (alone, many of them are common words: "مهر", "تیر").
pub(crate) fn is_solar_month(word: &str) -> bool {
    jalali_months().contains_key(word) || afghan_months().contains_key(word)
}

/// [`JALALI_MONTHS`] folded, once, with their places in the list.
fn jalali_months() -> &'static crate::FastMap<String, usize> {
    static CELL: OnceLock<crate::FastMap<String, usize>> = OnceLock::new();
    CELL.get_or_init(|| places_of(JALALI_MONTHS))
}

/// Each name of `names` folded, with its first place in the list.
fn places_of(names: &[&str]) -> crate::FastMap<String, usize> {
    let mut places = crate::FastMap::default();
    for (i, name) in names.iter().enumerate() {
        places.entry(crate::fold::fold(name)).or_insert(i);
    }
    places
}

/// "ماه" (month) folded, as Persian glues it to a month's name ("آذرماه").
fn jalali_month_word() -> &'static str {
    static CELL: OnceLock<String> = OnceLock::new();
    CELL.get_or_init(|| crate::fold::fold("ماه"))
}

/// [`AFGHAN_MONTHS`] folded, once, with their places in the list.
fn afghan_months() -> &'static crate::FastMap<String, usize> {
    static CELL: OnceLock<crate::FastMap<String, usize>> = OnceLock::new();
    CELL.get_or_init(|| places_of(AFGHAN_MONTHS))
}

/// Month names (their words) with their numbers, keyed by their first word.
type MonthsByFirstWord = HashMap<String, Vec<(Vec<String>, u32)>, FixedState>;

/// [`MONTHS`] folded as lines are, once, keyed by their first word; each key's names in the order of
/// [`MONTHS`] (two-word names first).
fn months() -> &'static MonthsByFirstWord {
    static CELL: OnceLock<MonthsByFirstWord> = OnceLock::new();
    CELL.get_or_init(|| by_first_word(MONTHS.iter().copied()))
}

/// Month names (their words, with their numbers) folded as lines are, keyed by their first word, each
/// key's names in the order given.
fn by_first_word<'a>(names: impl Iterator<Item = (&'a [&'a str], u32)>) -> MonthsByFirstWord {
    let mut by_first = MonthsByFirstWord::default();
    for (parts, m) in names {
        let parts: Vec<String> = parts.iter().map(|p| crate::fold::fold(p)).collect();
        by_first
            .entry(parts[0].clone())
            .or_default()
            .push((parts, m));
    }
    by_first
}

/// The month named by the words from `words[i]` on (none past the end): how many words the name
/// takes, and its number.
fn month_named_at(words: &[&str], i: usize) -> Option<(usize, u32)> {
    months().get(*words.get(i)?)?.iter().find_map(|(parts, m)| {
        (words.len() - i >= parts.len() && parts.iter().zip(&words[i..]).all(|(p, w)| p == w))
            .then_some((parts.len(), *m))
    })
}

/// Words after a time that say it is in the afternoon or evening ("م" is "مساءً" there).
const PM: &[&str] = &["pm", "مساء", "م"];

/// The first day of a month in words, before the month's name (Urdu and Persian "یکم").
const FIRST_DAY: &[&str] = &["یکم"];

/// Words that make a time relative ("ago"), in Arabic, Persian, Urdu and English.
const AGO: &[&str] = &["قبل", "منذ", "پیش", "پہلے", "ago"];

/// Units of a relative time; the Arabic duals need no number before them ("قبل ساعتين").
const TIME_UNITS: &[&str] = &[
    "ثانية",
    "ثوان",
    "ثواني",
    "دقيقة",
    "دقائق",
    "ساعة",
    "ساعات",
    "يوم",
    "أيام",
    "أسبوع",
    "أسابيع",
    "شهر",
    "أشهر",
    "شهور",
    "سنة",
    "سنوات",
    "ثانیه",
    "دقیقه",
    "ساعت",
    "روز",
    "هفته",
    "ماه",
    "سال",
    "سیکنڈ",
    "منٹ",
    "گھنٹے",
    "گھنٹہ",
    "دن",
    "ہفتے",
    "ہفتہ",
    "مہینے",
    "second",
    "seconds",
    "min",
    "mins",
    "minute",
    "minutes",
    "hour",
    "hours",
    "hr",
    "hrs",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
];
const DUAL_TIME_UNITS: &[&str] = &["دقيقتين", "ساعتين", "يومين", "أسبوعين", "شهرين"];

/// The number one as a word before a unit ("ایک گھنٹہ قبل", "an hour ago").
const ONE_WORDS: &[&str] = &["ایک", "یک", "one", "an", "a"];

/// Words a relative time's line may hold beside it ("نشر قبل 3 ساعات", "Updated 5 hours ago").
const RELATIVE_TIME_LABELS: &[&str] = &[
    "نشر",
    "تحديث",
    "آخر",
    "published",
    "updated",
    "posted",
    "last",
];

/// A line that is only a relative time ("قبل 3 ساعات", "۲ ساعت پیش", "3 گھنٹے قبل", "5 hours ago"):
/// a page's timestamp, which gives no date.
pub(crate) fn is_relative_time(folded: &str) -> bool {
    relative_time(folded).is_some_and(|(words, only)| words <= 5 && only)
}

/// The folded text holds a relative time ("5 hours ago", "قبل 3 ساعات"), with other words or not.
pub(crate) fn has_relative_time(folded: &str) -> bool {
    relative_time(folded).is_some()
}

/// When the folded text holds a relative time (a word of [`AGO`] with a number and a unit, or an Arabic
/// dual unit): how many words the text holds, and whether they are all the time's or its labels'.
fn relative_time(folded: &str) -> Option<(usize, bool)> {
    static CELL: OnceLock<[WordList; 5]> = OnceLock::new();
    let [ago, units, duals, labels, ones] = CELL.get_or_init(|| {
        let folded = |list: &[&str]| WordList::new(list.iter().map(|w| fold(w)).collect());
        [
            folded(AGO),
            folded(TIME_UNITS),
            folded(DUAL_TIME_UNITS),
            folded(RELATIVE_TIME_LABELS),
            folded(ONE_WORDS),
        ]
    });
    // Words, cut where digits meet letters ("Kinsella2 minutes ago").
    let split = || {
        folded
            .split(|c: char| !is_alnum(c))
            .filter(|w| !w.is_empty())
            .flat_map(digit_runs)
    };
    // Most lines hold no word of [`AGO`]: they are told before their words are gathered.
    if !split().any(|w| ago.contains(w)) {
        return None;
    }
    let words: Vec<&str> = split().collect();
    let is = |list: &WordList, w: &str| list.contains(w);
    let is_number = |w: &str| w.chars().all(|c| c.is_ascii_digit()) || is(ones, w);
    let number = words.iter().any(|w| is_number(w));
    let dual = words.iter().any(|w| is(duals, w));
    // A unit alone after its word of time is one of it ("منذ يوم", "قبل ساعة").
    let one = words.len() == 2 && is(ago, words[0]) && is(units, words[1]);
    let holds = words.iter().any(|w| is(ago, w))
        && (number && words.iter().any(|w| is(units, w)) || dual || one);
    holds.then(|| {
        let only = words
            .iter()
            .all(|w| is_number(w) || is(ago, w) || is(units, w) || is(duals, w) || is(labels, w));
        (words.len(), only)
    })
}

/// A line that stamps a post with its time, as comments and forum replies carry above their text: a date
/// with its time of day ("August 8, 2018 at 7:21 pm", "28. April 2024 um 10:17 Uhr"), or a relative time,
/// beside a name or not ("Joseph • 3 weeks ago", "أحمد منذ ساعتين", "2 days ago at 08:49 am"). A clock
/// time alone ("14:44") is no stamp: live coverage heads its entries so.
pub(crate) fn is_post_stamp(folded: &str) -> bool {
    // Most lines hold neither a digit nor a word of [`AGO`]: they are told without splitting them.
    static AGO_FOLDED: OnceLock<Vec<String>> = OnceLock::new();
    let ago = AGO_FOLDED.get_or_init(|| AGO.iter().map(|w| fold(w)).collect());
    folded.bytes().any(|b| b.is_ascii_digit())
        && find_date(folded).is_some_and(|d| d.iso.contains('T'))
        || ago.iter().any(|w| folded.contains(w.as_str())) && relative_time(folded).is_some()
}

/// The folded line is a clock time alone, with the words of a date beside it at most ("12:45", "08:00
/// م", "10:30 AM GMT", or as a list's item: "• 7:00 ص"): a live coverage's stamp of an entry.
pub(crate) fn is_clock_time(folded: &str) -> bool {
    let mut words = folded
        .split_whitespace()
        .skip_while(|w| !w.chars().any(char::is_alphanumeric));
    let time = words
        .next()
        .and_then(|w| w.split_once(':'))
        .is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.parse::<u32>().is_ok_and(|h| h < 24)
                && m.parse::<u32>().is_ok_and(|m| m < 60)
        });
    time && words.all(is_date_word)
}

/// The folded text holds a clock time ("12:19", "22:31") as a word of its own.
pub(crate) fn holds_clock_time(folded: &str) -> bool {
    folded.split_whitespace().any(|w| {
        w.trim_end_matches([',', '.'])
            .split_once(':')
            .is_some_and(|(h, m)| {
                (1..=2).contains(&h.len())
                    && m.len() == 2
                    && h.parse::<u32>().is_ok_and(|h| h < 24)
                    && m.parse::<u32>().is_ok_and(|m| m < 60)
            })
    })
}

/// `word` is one of the words that label an update ("updated", "تحديث").
pub(crate) fn is_update_word(word: &str) -> bool {
    static CELL: OnceLock<crate::FastSet<String>> = OnceLock::new();
    CELL.get_or_init(|| UPDATE_WORDS.iter().map(|w| fold(w)).collect())
        .contains(word)
}

/// `word` cut into its runs of digits (with `:`) and of other chars.
fn digit_runs(word: &str) -> impl Iterator<Item = &str> {
    let numeric = |c: char| c.is_ascii_digit() || c == ':';
    let mut rest = word;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let end = rest
            .find(|c: char| numeric(c) != numeric(first))
            .unwrap_or(rest.len());
        let (run, tail) = rest.split_at(end);
        rest = tail;
        Some(run)
    })
}

/// A numeric date's Solar Hijri year is at most this (the lunar Hijri years of pages online are above it).
const MAX_NUMERIC_JALALI_YEAR: u32 = 1420;

/// The date of a line whose words the page glued together where two inline elements met: a capital
/// opening the second ("Associated PressApril 28, 2023"), or a time or a count after a year ("March 7,
/// 20247:55 AM", "January 14, 202620 Mins Read"). `raw` read again with a space at each such place; `None` when the line holds none.
pub(crate) fn find_glued_date(raw: &str) -> Option<FoundDate> {
    // Eastern Arabic and Persian digits read as the ASCII ones ("١/١٢/٢٠٢٤١٠:٤٥").
    let eastern = |c: char| matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}');
    let ascii;
    let raw = if raw.contains(eastern) {
        ascii = raw
            .chars()
            .map(|c| match c {
                '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
                '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
                _ => c,
            })
            .collect::<String>();
        ascii.as_str()
    } else {
        raw
    };
    // Most lines hold no glue: neither a capital after a lowercase letter nor five digits in a row.
    let mut prev_lower = false;
    let mut digits = 0;
    let glue = raw.chars().any(|c| {
        let glued = prev_lower && c.is_uppercase() || digits == 4 && c.is_ascii_digit();
        prev_lower = c.is_lowercase();
        digits = if c.is_ascii_digit() { digits + 1 } else { 0 };
        glued
    });
    if !glue {
        return None;
    }
    let chars: Vec<char> = raw.chars().collect();
    let mut spaced = String::with_capacity(raw.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let after_lower = i > 0 && chars[i - 1].is_lowercase() && c.is_uppercase();
        if after_lower || year_before_number(&chars, i) {
            spaced.push(' ');
        }
        spaced.push(c);
    }
    (spaced.len() > raw.len())
        .then(|| find_date(&fold(&spaced)))
        .flatten()
}

/// `chars[i]` opens a number glued to a year of four digits just before it, which no other digit
/// precedes: a time ("20247:55"), a count ("202620 Mins Read", "20175 Tips", a Solar Hijri "۱۴۰۵۰ دیدگاه").
/// The year is Gregorian (19xx, 20xx) or Hijri, solar or lunar (13xx, 14xx).
fn year_before_number(chars: &[char], i: usize) -> bool {
    let digit = |j: usize| chars.get(j).is_some_and(char::is_ascii_digit);
    if i < 4 || !(0..4).all(|k| digit(i - 4 + k)) || i > 4 && digit(i - 5) {
        return false;
    }
    let century: String = chars[i - 4..i - 2].iter().collect();
    let glued = (i..i + MAX_GLUED_DIGITS + 1)
        .take_while(|&j| digit(j))
        .count();
    matches!(century.as_str(), "19" | "20" | "13" | "14") && (1..=MAX_GLUED_DIGITS).contains(&glued)
}

/// A number glued to a year holds at most this many digits.
const MAX_GLUED_DIGITS: usize = 5;

/// Finds a date (and a time) in a folded line.
pub(crate) fn find_date(folded: &str) -> Option<FoundDate> {
    let reading = read_date(folded)?;
    let mut iso = format!(
        "{:04}-{:02}-{:02}",
        reading.year?, reading.month, reading.day
    );
    if let Some((h, m)) = reading.time {
        iso.push_str(&format!("T{h:02}:{m:02}"));
    }
    Some(FoundDate {
        iso,
        words_used: reading.words_used,
    })
}

/// The folded line prints a day and a month's name beside each other and no year ("mandag 5. august kl.
/// 14:47", "Friday, March 7", "الأحد 5 أغسطس"), with a time or not: how many of its words the date used.
/// Such a stamp gives no date for the metadata, but it is a dateline all the same.
pub(crate) fn find_day_and_month(folded: &str) -> Option<usize> {
    read_date(folded)
        .filter(|r| r.year.is_none() && r.day_beside_month)
        .map(|r| r.words_used)
}

/// What [`read_date`] read on a line: a month and a day, with a year or not.
struct DateReading {
    year: Option<u32>,
    month: u32,
    day: u32,
    /// The time of day, on the 24-hour clock.
    time: Option<(u32, u32)>,
    /// The day stands right before or after a month's name (not only somewhere else on the line).
    day_beside_month: bool,
    words_used: usize,
}

/// Reads a date (and a time) in a folded line; a year may be missing only where the month is named.
fn read_date(folded: &str) -> Option<DateReading> {
    // Words, cut where digits meet letters: "22nd", "Published17", "12:30pm"; a colon stays inside a
    // word (a time's), not at its edge ("ديسمبر ,2024: 10:00").
    let words: Vec<&str> = folded
        .split(|c: char| !(is_alnum(c) || c == ':'))
        .map(|w| w.trim_matches(':'))
        .filter(|w| !w.is_empty())
        .flat_map(digit_runs)
        .collect();
    let (hijri, hijri_date) = hijri_words(&words);
    let mut used = hijri.clone();
    let (mut year, mut month, mut day) = (None, None, None);
    let mut day_beside_month = false;
    // Where the month's name stands.
    let mut month_at = None;
    // Month names, two-word names first; of several, the first with a number beside it ("by Laura
    // June Topolsky July 10, 2015": June is a name there).
    let numeric = |j: usize| words.get(j).is_some_and(|w| w.parse::<u32>().is_ok());
    let mut found: Option<(usize, usize, u32)> = None;
    for (i, _) in hijri.iter().enumerate().filter(|(_, &taken)| !taken) {
        let Some((len, m)) = month_named_at(&words, i) else {
            continue;
        };
        let beside = (i > 0 && numeric(i - 1)) || numeric(i + len);
        if found.is_none() || beside {
            found = Some((i, len, m));
        }
        if beside {
            break;
        }
    }
    if let Some((i, len, m)) = found {
        month = Some(m);
        month_at = Some(i);
        used[i..i + len].iter_mut().for_each(|u| *u = true);
        // The month's other name right after it ("ديسمبر/ كانون الأول", "كانون الأول/ديسمبر").
        if let Some((other, _)) = month_named_at(&words, i + len).filter(|&(_, n)| n == m) {
            used[i + len..i + len + other]
                .iter_mut()
                .for_each(|u| *u = true);
        }
    }
    let mut time = None;
    // The word after the time says afternoon ("6:39pm", "08:00 م"); a later time's mark is its own.
    let mut pm = false;
    // The time counts twelve hours in Latin letters ("10:00AM", "6:39 pm"), as the United States print it.
    let mut latin_clock = false;
    for (i, w) in words.iter().enumerate() {
        if let Some((h, m)) = w.split_once(':') {
            // "10:15", or "10:15:00" with seconds.
            let m = m.split_once(':').map_or(m, |(m, _seconds)| m);
            if let (Ok(h), Ok(m)) = (h.parse::<u32>(), m.parse::<u32>()) {
                if h < 24 && m < 60 && time.is_none() {
                    time = Some((h, m));
                    used[i] = true;
                    pm = words.get(i + 1).is_some_and(|next| PM.contains(next));
                    latin_clock = words
                        .get(i + 1)
                        .is_some_and(|next| matches!(*next, "am" | "pm"));
                }
            }
        }
    }
    let numbers: Vec<(usize, u32)> = words
        .iter()
        .enumerate()
        .filter(|&(i, _)| !hijri[i])
        .filter_map(|(i, w)| w.parse::<u32>().ok().map(|n| (i, n)))
        .collect();
    // A Solar Hijri month name with a year of that calendar; an Afghan one between its day and its year.
    let mut jalali = false;
    let solar_year = |n: u32| (1300..=1500).contains(&n);
    if month.is_none() {
        let named = words.iter().enumerate().find_map(|(i, w)| {
            // The month's name may carry "ماه" (month) glued on: "آذرماه".
            let named = w.strip_suffix(jalali_month_word()).unwrap_or(w);
            let iranian = jalali_months().get(named).copied();
            let afghan = || {
                let number = |j: usize| words.get(j).and_then(|w| w.parse::<u32>().ok());
                let between = i > 0
                    && number(i - 1).is_some_and(|d| (1..=31).contains(&d))
                    && number(i + 1).is_some_and(solar_year);
                afghan_months().get(*w).copied().filter(|_| between)
            };
            Some((i, iranian.or_else(afghan)?))
        });
        if let Some((i, m)) = named {
            if numbers.iter().any(|&(_, n)| solar_year(n)) {
                month = Some(m as u32 + 1);
                month_at = Some(i);
                used[i] = true;
                jalali = true;
            }
        }
    }
    // A numeric date with a Solar Hijri year ("۱۴۰۵/۰۹/۱۰", "۱۰-۰۹-۱۴۰۵"): a year up to 1420 (a lunar
    // Hijri year of the web's era is above it), first with a month and a day after it, or last after a
    // day and a month.
    if month.is_none() && !numbers.iter().any(|&(_, n)| (1900..=2100).contains(&n)) {
        let solar = |n: u32| (1300..=MAX_NUMERIC_JALALI_YEAR).contains(&n);
        // The day first only as a date prints it, its three numbers joined by one separator ("t=1309"
        // after other digits in a link is none).
        let joined = |w: &[(usize, u32)]| {
            let [a, b, c] = [w[0].0, w[1].0, w[2].0].map(|i| words[i]);
            ['-', '/', '.']
                .iter()
                .any(|sep| folded.contains(&format!("{a}{sep}{b}{sep}{c}")))
        };
        jalali = numbers.windows(3).any(|w| {
            let (a, b, c) = (w[0].1, w[1].1, w[2].1);
            (1..=12).contains(&b)
                && (solar(a) && (1..=31).contains(&c)
                    || (1..=31).contains(&a) && solar(c) && joined(w))
        });
    }
    let years = if jalali { 1300..=1500 } else { 1900..=2100 };
    for &(i, n) in &numbers {
        if years.contains(&n) && year.is_none() {
            year = Some(n);
            used[i] = true;
        }
    }
    // A numeric date with a year of two digits, "15.10.24", "25/04/24": 2000 to 2069, then 1970 to 1999.
    if year.is_none() && month.is_none() && !jalali {
        let short_year = numbers.windows(3).find(|w| {
            let [(i, d), (j, m), (k, _)] = [w[0], w[1], w[2]];
            j == i + 1
                && k == j + 1
                && words[k].len() == 2
                && (1..=31).contains(&d)
                && (1..=31).contains(&m)
                && ['.', '/'].iter().any(|sep| {
                    folded.contains(&format!("{}{sep}{}{sep}{}", words[i], words[j], words[k]))
                })
        });
        if let Some(&[_, _, (k, yy)]) = short_year {
            year = Some(if yy < 70 { 2000 + yy } else { 1900 + yy });
            used[k] = true;
        }
    }
    if let Some(at) = month_at {
        // The day beside the month's name ("25 April", "April 25") before any other number of the line
        // ("2 minute read April 25, 2023").
        let month_end = (at..words.len())
            .take_while(|&j| used[j] && !numeric(j))
            .last()
            .unwrap_or(at);
        let beside = |&&(i, _): &&(usize, u32)| i + 1 == at || i == month_end + 1;
        // A number right after the year is a count ("December 2025 (6)", an archive's), not a day.
        let after_year =
            |i: usize| i > 0 && used[i - 1] && words[i - 1].parse() == Ok(year.unwrap_or(0));
        let free_day =
            |&&(i, n): &&(usize, u32)| !used[i] && (1..=31).contains(&n) && !after_year(i);
        let next_to_month = numbers.iter().filter(free_day).find(beside);
        day_beside_month = next_to_month.is_some();
        let found = next_to_month.or_else(|| numbers.iter().find(free_day));
        if let Some(&(i, n)) = found {
            day = Some(n);
            used[i] = true;
        } else if let Some(at) =
            month_at.filter(|&at| at > 0 && FIRST_DAY.iter().any(|w| fold(w) == words[at - 1]))
        {
            // "یکم دسمبر 2026", "یکم آذر ۱۴۰۵": the first of the month, in words.
            day = Some(1);
            used[at - 1] = true;
        }
    } else {
        // Numeric dates: day/month/year or year-month-day.
        let small: Vec<(usize, u32)> = numbers
            .iter()
            .copied()
            .filter(|&(i, n)| !used[i] && n <= 31)
            .collect();
        let year_at = numbers
            .iter()
            .find(|&&(_, n)| Some(n) == year)
            .map(|&(k, _)| k);
        // The day and the month stand side by side, next to the year where there is one: another
        // number of the line ("user11 on 16-05-2017") is not theirs.
        let side_by_side = || small.windows(2).filter(|w| w[1].0 == w[0].0 + 1);
        let pair = year_at
            .and_then(|k| side_by_side().find(|w| w[1].0 + 1 == k || w[0].0 == k + 1))
            .or_else(|| side_by_side().next())
            .unwrap_or(&small[..small.len().min(2)]);
        if let [(i, a), (j, b)] = *pair {
            let (mut d, mut m) = if year_at.is_some_and(|k| k < i) {
                (b, a)
            } else {
                (a, b)
            };
            // Month first, as the United States write it: when the day could not be the month
            // (04/25/2023), or when both could, joined by a slash, and the clock beside them counts
            // twelve hours in Latin letters, as they print it ("9/11/13 10:00AM": 11 September; a
            // forum's "12-03-2024, 09:15 PM" is the 12th of March).
            let slashed = || folded.contains(&format!("{}/{}", words[i], words[j]));
            let month_first = m > 12 || latin_clock && year_at.is_none_or(|k| k > j) && slashed();
            if d <= 12 && month_first {
                (d, m) = (m, d);
            }
            if (1..=12).contains(&m) && (1..=31).contains(&d) {
                day = Some(d);
                month = Some(m);
                used[i] = true;
                used[j] = true;
            }
        }
    }
    // A lunar Hijri date with no Gregorian one beside it.
    if month.is_none() {
        if let Some((at, (d, m, y))) = hijri_date {
            let (gy, gm, gd) = hijri_to_gregorian(d, m, y);
            (year, month, day) = (Some(gy), Some(gm), Some(gd));
            month_at = Some(at);
            day_beside_month = true;
        }
    }
    let (mut month, mut day) = (month?, day?);
    if year.is_none() && month_at.is_none() {
        return None;
    }
    if jalali {
        let (y, m, d) = jalali_to_gregorian(year?, month, day);
        (year, month, day) = (Some(y), m, d);
    }
    for (i, w) in words.iter().enumerate() {
        if date_words().contains(*w) {
            used[i] = true;
        }
    }
    let time = time.map(|(h, m)| if pm && h < 12 { (h + 12, m) } else { (h, m) });
    Some(DateReading {
        year,
        month,
        day,
        time,
        day_beside_month,
        words_used: used.iter().filter(|u| **u).count(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    fn iso(line: &str) -> Option<String> {
        find_date(&fold(line)).map(|d| d.iso)
    }

    #[test]
    fn a_numeric_date_takes_the_numbers_beside_its_year() {
        // A user name's number before the date is neither its day nor its month.
        assert_eq!(
            iso("آخر تعديل: user11 بتاريخ 16-05-2017 الساعة 02:09 PM").as_deref(),
            Some("2017-05-16T14:09")
        );
        assert_eq!(iso("post 3 of 2017-05-16").as_deref(), Some("2017-05-16"));
        assert_eq!(iso("reply 7, 25/04/2023").as_deref(), Some("2023-04-25"));
    }

    #[test]
    fn a_lunar_hijri_date_alone_is_converted_beside_a_gregorian_one_skipped() {
        // 1 Ramadan 1445 was 11 March 2024; the tabular calendar puts 1 Muharram 1446 on 8 July 2024,
        // a day after Umm al-Qura's.
        assert_eq!(iso("1 رمضان 1445 هـ").as_deref(), Some("2024-03-11"));
        assert_eq!(iso("السبت 1 محرم 1446").as_deref(), Some("2024-07-08"));
        assert_eq!(
            iso("تاريخ النشر: 15 جمادى الأولى 1448 هـ").as_deref(),
            Some("2026-10-27")
        );
        assert_eq!(
            iso("الخميس 12 جمادى الآخرة 1448 هـ - 03 ديسمبر 2026").as_deref(),
            Some("2026-12-03")
        );
        // Egyptian pages drop the article of the month's second word.
        assert_eq!(
            iso("الجمعة 19 سبتمبر 2025 11:28 صـ 26 ربيع أول 1447 هـ").as_deref(),
            Some("2025-09-19T11:28")
        );
        assert_eq!(iso("26 ربيع أول 1447 هـ").as_deref(), Some("2025-09-19"));
        assert_eq!(
            iso("الثلاثاء 9 ديسمبر 2025 12:23 صـ 17 جمادى آخر 1447هـ").as_deref(),
            Some("2025-12-09T12:23")
        );
        // And in the genitive, after a day.
        assert_eq!(iso("10 ذي الحجة 1445 هـ").as_deref(), Some("2024-06-17"));
        // A month and a year with no day is no date.
        assert_eq!(iso("رمضان 1445"), None);
    }

    #[test]
    fn afghan_month_names_between_day_and_year() {
        assert_eq!(iso("۱۲ قوس ۱۴۰۳").as_deref(), Some("2024-12-02"));
        assert_eq!(iso("دوشنبه ۱ حمل ۱۴۰۳").as_deref(), Some("2024-03-20"));
        // The same words elsewhere are words.
        assert_eq!(iso("میزان تورم ۱۴۰۳ اعلام شد"), None);
        assert_eq!(iso("اسد ۱۴۰۳"), None);
    }

    #[test]
    fn a_day_and_a_month_without_a_year() {
        let used = |line: &str| find_day_and_month(&fold(line));
        assert_eq!(used("الأحد 5 أغسطس الساعة 14:47"), Some(5));
        assert_eq!(used("Friday, March 7"), Some(3));
        assert_eq!(used("5. august kl. 14:47"), Some(3));
        assert_eq!(used("۱۰ دسمبر"), Some(2));
        // A full date is no yearless one; a month's name with no day beside it gives none.
        assert_eq!(used("5 أغسطس 2024"), None);
        assert_eq!(used("March 2024"), None);
        assert_eq!(used("وصل 5 لاعبين في أغسطس"), None);
        // Nor does a name that is a month only beside a year (رمضان, a given name too).
        assert_eq!(used("5 رمضان"), None);
    }

    #[test]
    fn a_today_label_over_a_dated_line_is_the_pages_clock() {
        for line in [
            "امروز: سه شنبه 25 مرداد 1401 - 17:03 تبلیغات",
            "اليوم: الأحد 5 ديسمبر 2025",
            "Today: Monday, 5 May 2025",
            "Heute, 12. Mai 2025",
        ] {
            assert!(is_today_clock(&fold(line)), "{line}");
        }
        for line in [
            "Heute, 11:07 Uhr",
            "Today at 8:39 AM",
            "Today's NYT Connections Hints (and Answer) for Tuesday, May 28, 2024",
            "Today (Nov. 18), NASA announced the selection of five companies",
            "اليوم الأحد 5 ديسمبر 2025.. انطلاق امتحانات نصف العام في جميع المدارس",
            "سه شنبه 25 مرداد 1401",
        ] {
            assert!(!is_today_clock(&fold(line)), "{line}");
        }
    }

    #[test]
    fn a_clock_time_alone_stamps_an_entry() {
        for line in ["12:45", "08:00 م", "10:30 AM GMT", "٠٩:١٥"] {
            assert!(is_clock_time(&fold(line)), "{line}");
            assert!(is_clock_time(&fold(&format!("• {line}"))), "{line}");
        }
        for line in ["12:45 قال الوزير", "25:10", "2024", "12:5", "Score 2:1"] {
            assert!(!is_clock_time(&fold(line)), "{line}");
        }
    }

    #[test]
    fn arabic_datelines() {
        assert_eq!(iso("منشئ 18 يوليو 2023").as_deref(), Some("2023-07-18"));
        assert_eq!(
            iso("الإثنين ٢٣ / ديسمبر / ٢٠٢٤").as_deref(),
            Some("2024-12-23")
        );
        assert_eq!(
            iso("الثلاثاء, 11 نوفمبر 2025 01:43 AM").as_deref(),
            Some("2025-11-11T01:43")
        );
        assert_eq!(
            iso("الثلاثاء 15 أغسطس 2017 / 13:26").as_deref(),
            Some("2017-08-15T13:26")
        );
        assert_eq!(
            iso("الأحد 3 كانون الثاني 2021").as_deref(),
            Some("2021-01-03")
        );
        // Numbered short, glued or not: the month, not a number of the date.
        assert_eq!(iso("06 كانون1 2026").as_deref(), Some("2026-12-06"));
        assert_eq!(iso("15 تشرين 2 2025").as_deref(), Some("2025-11-15"));
        // A colon after the year, a comma glued before it.
        assert_eq!(
            iso("نشر في: 01 ديسمبر ,2024: 10:00 ص GST").as_deref(),
            Some("2024-12-01T10:00")
        );
        assert_eq!(
            iso("نشر في 5 تشرين الأول 2019 - 07:15 PM").as_deref(),
            Some("2019-10-05T19:15")
        );
        assert_eq!(iso("آخر تحديث: 2022/03/09").as_deref(), Some("2022-03-09"));
        assert_eq!(
            iso("12-04-2020 | 10:00").as_deref(),
            Some("2020-04-12T10:00")
        );
        assert_eq!(iso("قال إن الحرب بدأت"), None);
        // The evening's mark after the time, and only the first time's.
        assert_eq!(
            iso("الأحد، 29 نوفمبر 2026 08:00 م").as_deref(),
            Some("2026-11-29T20:00")
        );
        assert_eq!(
            iso("Published Jul 17, 2024, 11:21am|Updated Jul 17, 2024, 6:39pm").as_deref(),
            Some("2024-07-17T11:21")
        );
        // An ISO timestamp's seconds and offset are no time of their own.
        assert_eq!(
            iso("نشر في 2026-12-01T10:15:00+03:00").as_deref(),
            Some("2026-12-01T10:15")
        );
    }

    #[test]
    fn persian_and_urdu_datelines() {
        assert_eq!(iso("۱۴۰۵/۰۹/۱۰").as_deref(), Some("2026-12-01"));
        assert_eq!(
            iso("تاریخ انتشار: ۱۴۰۵/۰۹/۱۰ ۱۸:۲۰").as_deref(),
            Some("2026-12-01T18:20")
        );
        assert!(is_update_stamp(&fold(
            "آخرین به روز رسانی: ۱۸ آذر ۱۴۰۳ - ۱۲:۰۰"
        )));
        // The day first, the year last, a clock before them.
        assert_eq!(iso("۱۰-۰۹-۱۴۰۵").as_deref(), Some("2026-12-01"));
        assert_eq!(
            iso("تاریخ انتشار: ۱۷:۵۹ - ۰۶-۰۴-۱۳۹۹").as_deref(),
            Some("2020-06-26T17:59")
        );
        // A lunar Hijri year is no Solar Hijri one.
        assert_eq!(iso("1447/06/10"), None);
        assert_eq!(iso("10/06/1447"), None);
        // Numbers of a link are none.
        assert_eq!(iso("View: https://youtu.be/abc?si=x65Bn7lG6d&t=1309"), None);
        let used = |line: &str| find_date(&fold(line)).map(|d| d.words_used);
        // Every word of a Persian or Urdu dateline is the date's.
        assert_eq!(used("سه‌شنبه ۱۱ آذر ۱۴۰۵"), Some(4));
        assert_eq!(used("سه شنبه ۱۱ آذر ۱۴۰۵"), Some(5));
        assert_eq!(used("دو شنبه ۱۰ آذر ۱۴۰۵"), Some(5));
        assert_eq!(used("منگل 1 دسمبر 2026"), Some(4));
        // The news code beside the date is the dateline's; its number is the only word left.
        assert_eq!(used("کد خبر: ۵۵۴۳۲۱ | ۱۰ آذر ۱۴۰۵ - ۱۱:۴۰"), Some(6));
        // The first of the month in words.
        assert_eq!(iso("یکم دسمبر 2026").as_deref(), Some("2026-12-01"));
        assert_eq!(iso("یکم آذر ۱۴۰۵").as_deref(), Some("2026-11-22"));
        assert_eq!(iso("۱۴ آذرماه ۱۴۰۳").as_deref(), Some("2024-12-04"));
        assert_eq!(used("یکم دسمبر 2026"), Some(3));
    }

    #[test]
    fn month_names_of_further_languages() {
        assert_eq!(iso("16 kwietnia 2025").as_deref(), Some("2025-04-16"));
        assert_eq!(iso("söndag 2 augusti 2026").as_deref(), Some("2026-08-02"));
        assert_eq!(iso("14 мая 2025").as_deref(), Some("2025-05-14"));
        assert_eq!(iso("8. listopadu 2025").as_deref(), Some("2025-11-08"));
        assert_eq!(iso("8 січня 2026").as_deref(), Some("2026-01-08"));
        assert_eq!(
            iso("Publié le 18 juil. 2024 à 08:01").as_deref(),
            Some("2024-07-18T08:01")
        );
        assert_eq!(iso("3 dic. 2024").as_deref(), Some("2024-12-03"));
        // An archive's month and its count of posts give no day.
        assert_eq!(iso("December 2025 (6)"), None);
        assert_eq!(iso("December 2025(6)"), None);
        assert_eq!(iso("Dec 6, 2025").as_deref(), Some("2025-12-06"));
    }
}
