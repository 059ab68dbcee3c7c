//! The rules that judge a line on its own, before the line model and the rules over runs of lines: ads,
//! the page's UI (menus, tag rows, counters, skip links), copyright and policy lines, prompts, bylines
//! and datelines, captions, headline rows. Each gives the line's reason, or none when the line is left
//! to the model.

use super::*;
use crate::lexicon::PhraseKind;
use std::cell::OnceCell;

/// A menu or a breadcrumb flattened onto one line holds at most this many words...
const MAX_MENU_ROW_WORDS: usize = 30;
/// ...in items of at most this many words each.
const MAX_MENU_ITEM_WORDS_IN_ROW: usize = 4;
/// A menu row holds at least this many items.
const MIN_MENU_ROW_ITEMS: usize = 3;

/// The separators of a menu's items flattened onto one line.
const SEPARATORS: [char; 9] = ['|', '›', '»', '>', '•', '·', '/', '\\', '¦'];
/// Of those, a breadcrumb's marks: slashes and dots also set apart a sentence's alternatives ("I love it
/// / it segfaulted / ...").
const BREADCRUMB_MARKS: [char; 4] = ['›', '»', '>', '|'];

/// A menu's or a breadcrumb's items flattened onto one line between separators standing alone
/// ("الرئيسية › اقتصاد › بازار", "من نحن | اتصل بنا | الخصوصية"): [`MIN_MENU_ROW_ITEMS`] items or
/// more, each a few words, none of them a sentence; a breadcrumb's last, the page's headline, may be
/// longer. A page title ("Headline | Site") has one separator;
/// a dateline's parts print digits, which the caller leaves to the dateline's rules.
pub(crate) fn menu_row(raw: &str) -> bool {
    // A separator's byte (or the lead byte of a two- or three-byte one) first, found by memchr: most
    // lines hold none. Then no further than an item too long for a menu with a separator after it.
    let bytes = raw.as_bytes();
    if memchr::memchr3(b'|', b'>', b'/', bytes).is_none()
        && memchr::memchr3(b'\\', 0xC2, 0xE2, bytes).is_none()
    {
        return false;
    }
    let (mut items, mut words, mut breadcrumb) = (0, 0, true);
    for token in raw.split_whitespace() {
        if token.chars().all(|c| SEPARATORS.contains(&c)) {
            if !(1..=MAX_MENU_ITEM_WORDS_IN_ROW).contains(&words) {
                return false;
            }
            items += 1;
            words = 0;
            breadcrumb &= token.chars().all(|c| BREADCRUMB_MARKS.contains(&c));
        } else if token.ends_with(['.', '۔'])
            // A question or an exclamation ends a breadcrumb's headline, the last item only.
            || token.ends_with(['!', '?', '؟']) && !(breadcrumb && items >= MIN_MENU_ROW_ITEMS - 1)
        {
            return false;
        } else {
            words += 1;
        }
    }
    // The last item, unless the row ends with a separator. A breadcrumb's last item is the page's own
    // headline, of any length, after two short items or more ("الرئيسية » أخبار » <headline>").
    let tail_fits =
        words <= MAX_MENU_ITEM_WORDS_IN_ROW || breadcrumb && items >= MIN_MENU_ROW_ITEMS - 1;
    tail_fits && items + (words > 0) as usize >= MIN_MENU_ROW_ITEMS
}

/// A breadcrumb whose last item, the page's headline, prints a number ("ہوم » خبریں » پٹرول کی قیمت میں 5
/// روپے اضافہ"): a [`menu_row`] between breadcrumb marks only, whose items before the headline are short
/// and made of words alone (a dateline's or a table's parts print numbers, a line of code its marks).
pub(crate) fn crumbs_over_numbered_headline(raw: &str) -> bool {
    if !menu_row(raw) {
        return false;
    }
    let (mut items, mut words, mut not_words) = (0, 0, false);
    for token in raw.split_whitespace() {
        if token.chars().all(|c| SEPARATORS.contains(&c)) {
            if not_words || !token.chars().all(|c| BREADCRUMB_MARKS.contains(&c)) {
                return false;
            }
            items += 1;
            words = 0;
        } else {
            words += 1;
            // An item is words; a line of code has its marks ("if (!name || !email || ...").
            not_words |= !token
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '&'));
        }
    }
    items >= MIN_MENU_ROW_ITEMS - 1 && words > MAX_MENU_ITEM_WORDS_IN_ROW
}

/// A media player's clock: the time played and the clip's length, a slash between them ("00:00 /
/// 02:41", "0:00/1:02:15").
pub(crate) fn player_clock(folded: &str) -> bool {
    let duration = |part: &str| {
        let mut fields = part.trim().split(':');
        let first = fields.next().unwrap_or("");
        let rest: Vec<&str> = fields.collect();
        (1..=2).contains(&first.len())
            && first.bytes().all(|b| b.is_ascii_digit())
            && (1..=2).contains(&rest.len())
            && rest
                .iter()
                .all(|f| f.len() == 2 && f.bytes().all(|b| b.is_ascii_digit()))
    };
    folded
        .split_once('/')
        .is_some_and(|(played, length)| duration(played) && duration(length))
}

/// A list of names or tags set apart by commas alone holds at least this many items...
const MIN_COMMA_LIST_ITEMS: usize = 20;
/// ...of at most this many words each, but one in [`ITEMS_PER_LONG_COMMA_ITEM`] ("... and Name as well
/// as 3381 guests left kudos on this work!").
const MAX_COMMA_LIST_ITEM_WORDS: usize = 3;
/// See [`MAX_COMMA_LIST_ITEM_WORDS`].
const ITEMS_PER_LONG_COMMA_ITEM: usize = 10;
/// A list of names or tags sets at least this many commas in its first [`COMMA_LIST_PROBE_BYTES`] bytes
/// (items of a word to three, a dozen to forty bytes each).
const MIN_COMMAS_IN_PROBE: usize = 4;
/// See [`MIN_COMMAS_IN_PROBE`].
const COMMA_LIST_PROBE_BYTES: usize = 200;

/// The Arabic comma's finder, built once.
fn arabic_commas() -> &'static memchr::memmem::Finder<'static> {
    static FINDER: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    FINDER.get_or_init(|| memchr::memmem::Finder::new("،"))
}

/// A long list of names or tags flattened onto one line between commas ("KuroKitsuneNoYoko,
/// Senpakuxkira, jennyjenka, ...", a tag cloud "008, 100, advice, auger, BBQ, ..."):
/// [`MIN_COMMA_LIST_ITEMS`] items or more, nearly all of a word or three, none of them a sentence.
/// Running text sets a comma every dozen words or so; an enumeration in prose is a dozen items at most.
pub(crate) fn comma_list(raw: &str) -> bool {
    // Commas, ',' or '،' (D8 8C), as often as a list sets them: a few in the line's first bytes already,
    // then enough of them in all, before splitting the line.
    // Two SIMD searches: the byte 8C alone would stop at every Persian yeh (DB 8C).
    let count_commas = |bytes: &[u8]| {
        memchr::memchr_iter(b',', bytes).count() + arabic_commas().find_iter(bytes).count()
    };
    let bytes = raw.as_bytes();
    if count_commas(&bytes[..bytes.len().min(COMMA_LIST_PROBE_BYTES)]) < MIN_COMMAS_IN_PROBE
        || count_commas(bytes) + 1 < MIN_COMMA_LIST_ITEMS
    {
        return false;
    }
    let (mut items, mut long) = (0, 0);
    for item in raw.split([',', '،']) {
        let words = item.split_whitespace().count();
        if words > MAX_COMMA_LIST_ITEM_WORDS {
            long += 1;
        } else if item.trim_end().ends_with(['.', '!', '?', '؟', '۔']) {
            return false;
        }
        items += 1;
    }
    items >= MIN_COMMA_LIST_ITEMS && long * ITEMS_PER_LONG_COMMA_ITEM <= items
}

/// Headlines flattened onto one line (a ticker, a "trending" bar) hold at least this many items...
const MIN_HEADLINE_ROW_ITEMS: usize = 3;
/// ...of this many words each: more than a menu's items, fewer than a paragraph's sentences.
const HEADLINE_ROW_ITEM_WORDS: std::ops::RangeInclusive<usize> = 3..=20;

/// A long row of headlines may hold one item in this many that is not headline-shaped (a question, a
/// two-word teaser); a shorter row, none.
const ITEMS_PER_ODD_ITEM: usize = 5;
/// A row of this many items or more is a ticker's whole bar, whose headlines are as often questions,
/// exclamations and two-word teasers as statements: more than half of them headline-shaped suffice.
const MIN_TICKER_ITEMS: usize = 8;

/// Headlines of other articles flattened onto one line between bullet-like separators standing alone
/// ("… بقفط • بالصور.. تشييع … • وزير الخارجية يختتم …", a news ticker's or a "trending" bar's links):
/// [`MIN_HEADLINE_ROW_ITEMS`] items or more, each headline-long and none ending a sentence, but one in
/// [`ITEMS_PER_ODD_ITEM`] of a long row and fewer than half of a ticker's ([`MIN_TICKER_ITEMS`]).
/// Dashes and slashes are left out: prose sets them between words.
pub(crate) fn headline_row(raw: &str) -> bool {
    const SEPARATORS: [char; 13] = [
        '|', '•', '·', '¦', '●', '■', '◆', '▪', '♦', '◄', '►', '▶', '◀',
    ];
    let bytes = raw.as_bytes();
    // Most lines hold no separator: '|' or the lead byte of the two- and three-byte ones, which
    // quotes, dashes and no-break spaces share, then the char there.
    let holds_separator = memchr::memchr3_iter(b'|', 0xC2, 0xE2, bytes).any(|at| {
        raw[at..]
            .chars()
            .next()
            .is_some_and(|c| SEPARATORS.contains(&c))
    });
    if !holds_separator {
        return false;
    }
    let ends_sentence =
        |token: &str| token.ends_with(['.', '!', '?', '؟', '۔']) && !token.ends_with("..");
    let (mut items, mut odd, mut words, mut last) = (0, 0, 0, "");
    for token in raw.split_whitespace() {
        if token.chars().all(|c| SEPARATORS.contains(&c)) {
            odd += (!HEADLINE_ROW_ITEM_WORDS.contains(&words) || ends_sentence(last)) as usize;
            items += 1;
            words = 0;
        } else {
            words += 1;
            if words > *HEADLINE_ROW_ITEM_WORDS.end() {
                return false;
            }
        }
        last = token;
    }
    // The last item, unless the row ends with a separator.
    if words > 0 {
        odd += (!HEADLINE_ROW_ITEM_WORDS.contains(&words) || ends_sentence(last)) as usize;
        items += 1;
    }
    if items >= MIN_TICKER_ITEMS {
        return odd * 2 < items;
    }
    items >= MIN_HEADLINE_ROW_ITEMS && odd * ITEMS_PER_ODD_ITEM <= items
}

/// The writer's name in `head`, a site's or a place's name of one or two words and a writer's name apart
/// by a dash or a bar, in either order ("هسبريس - محمد الراجي", "Ahmed Ali | Cairo"): the part that reads
/// as a name and opens with a given name.
pub(crate) fn site_and_writer(head: &str) -> Option<&str> {
    // Most heads hold none of the separators' marks ('–' ends with the byte 0x93).
    memchr::memchr3(b'-', b'|', 0x93, head.as_bytes())?;
    let (a, b) = [" - ", " – ", " | "]
        .iter()
        .find_map(|sep| head.split_once(sep))?;
    let (a, b) = (a.trim(), b.trim());
    let short = |part: &str| (1..=2).contains(&part.split_whitespace().count());
    let writer =
        |part: &str| model::name_shape(part).is_some() && byline::opens_with_given_name(part);
    [(b, a), (a, b)]
        .into_iter()
        .find(|&(name, other)| writer(name) && short(other) && !writer(other))
        .map(|(name, _)| name)
}

/// A teaser's summary with its read-more link glued after it holds at least this many words (a
/// shorter line is the link and a label).
const MIN_TEASER_WORDS: usize = 6;

/// A row of UI strings holds at most this many words.
const MAX_UI_ROW_WORDS: usize = 12;

/// Words of a date stamp beside its date's own: a label and a time zone ("آخر", "GST").
const MAX_STAMP_LABEL_WORDS: usize = 2;

/// Copyright lines and disclaimers are at most this long; a longer line that mentions copyright is prose.
pub(crate) const MAX_COPYRIGHT_WORDS: usize = 40;

/// An imprint's credit line (a role and the names after it) is at most this long.
const MAX_IMPRINT_WORDS: usize = 14;

/// A masthead's label and the name after it with no colon between hold at most this many words.
const MAX_MASTHEAD_CREDIT_WORDS: usize = 8;

/// A UI string with its number holds at most this many words ("18 حجم الخط").
const MAX_NUMBERED_UI_WORDS: usize = 5;

/// The key is a UI string after a number: a control's value ("18 حجم الخط"). (A count after a share
/// button, "Facebook (678)", is left to the line model, which learns the share bar from such lines.)
pub(crate) fn numbered_ui(key: &str) -> bool {
    let bare = key.trim_start_matches(|c: char| {
        c.is_ascii_digit()
            || c.is_whitespace()
            || matches!(c, '(' | ')' | '[' | ']' | '+' | '.' | ':' | '-')
    });
    bare.len() < key.len() && !bare.is_empty() && lexicon::is_ui(bare)
}

/// A row of tag links holds at most this many words.
const MAX_TAG_LINKS_WORDS: usize = 15;

/// A row of tag links as an extractor joins them, each comma glued to the tag after it and apart from
/// the tag before ("اخبارسیاسی ,خبرهای سیاسی ,دولت"), twice or more: no sentence sets its commas so.
pub(crate) fn tag_links(raw: &str) -> bool {
    let glued_before = |(at, c): (usize, &str)| {
        raw[..at].ends_with(' ')
            && raw[at + c.len()..]
                .chars()
                .next()
                .is_some_and(|next| !next.is_whitespace())
    };
    raw.match_indices([',', '،'])
        .filter(|&m| glued_before(m))
        .count()
        >= 2
}

/// Decisions a line earns on its own; `None` leaves it to context.
/// `head`, a part of `raw`, with the closing bracket that follows it ("لاہور (نمائندہ خصوصی" before ")
/// 7 دسمبر"): a date's cut drops it.
fn bracketed<'a>(raw: &'a str, head: &'a str) -> &'a str {
    let start = head.as_ptr() as usize - raw.as_ptr() as usize;
    let end = start + head.len();
    let rest = &raw[end..];
    let spaces = rest.len() - rest.trim_start().len();
    if rest[spaces..].starts_with(')') {
        &raw[start..end + spaces + 1]
    } else {
        head
    }
}

/// The reason the rules that read `line` alone give it (a byline's names pushed to `byline`), or `None`
/// when they leave it to the line model and the rules over runs of lines.
pub(crate) fn classify_alone(
    line: &Line,
    arabic_doc: bool,
    config: &StripConfig,
    byline: &mut Vec<String>,
) -> Option<Reason> {
    if line.is_blank() {
        return Some(Reason::Blank);
    }
    let key = line.key;
    if key.is_empty() {
        return Some(Reason::Ui);
    }
    if lexicon::is_ad_label(key) || !line.ends_sentence && lexicon::is_sponsor_note(key) {
        return Some(Reason::Ad);
    }
    if lexicon::is_ui(key)
        || lexicon::is_masthead_label(key)
        || lexicon::is_breaking_label(key)
        || line.words <= lexicon::MAX_SKIP_LINK_WORDS && lexicon::is_skip_link(key)
        || line.words <= MAX_UI_ROW_WORDS && lexicon::is_ui_row(key)
        || lexicon::is_tag_list(line.raw)
            && (line.words <= MAX_TAG_LIST_WORDS || lexicon::short_items(line.raw))
        || line.raw.contains('#') && lexicon::is_hashtag_row(line.raw)
        || !line.digits && line.words <= MAX_MENU_ROW_WORDS && menu_row(line.raw)
        || line.digits
            && line.words <= MAX_MENU_ROW_WORDS
            && crumbs_over_numbered_headline(line.raw)
            && line.date().is_none()
        || line.words >= MIN_COMMA_LIST_ITEMS && comma_list(line.raw)
        || line.words <= MAX_TAG_LINKS_WORDS && tag_links(line.raw)
        || line.digits && line.words <= 5 && lexicon::is_news_code(key)
        || line.digits && line.words == 4 && lexicon::is_page_of_pages(key)
        || line.digits && line.words <= MAX_NUMBERED_UI_WORDS && numbered_ui(key)
    {
        return Some(Reason::Ui);
    }
    // The copyright, prompt, imprint role and channel lists, looked for in one scan of the line the
    // first time a rule below asks.
    let phrases = OnceCell::new();
    let holds = |kind| {
        phrases
            .get_or_init(|| lexicon::phrase_kinds(line.folded))
            .holds(kind)
    };
    if line.words <= MAX_COPYRIGHT_WORDS && holds(PhraseKind::Copyright)
        || line.words <= MAX_IMPRINT_WORDS && lexicon::is_imprint_credit(line.folded)
        || line.words <= MAX_MASTHEAD_CREDIT_WORDS && lexicon::is_masthead_credit(line.folded)
        || line.words <= MAX_IMPRINT_WORDS
            && !line.ends_sentence
            && holds(PhraseKind::ImprintRole)
            && lexicon::holds_joined_imprint_roles(line.folded)
    {
        return Some(Reason::Copyright);
    }
    if line.words <= config.max_prompt_words
        && holds(PhraseKind::Prompt)
        && lexicon::has_prompt(key)
        || line.words <= MAX_PROMPT_SENTENCE_WORDS
            && line.ends_sentence
            && holds(PhraseKind::Prompt)
            && lexicon::is_prompt_sentence(key)
        || line.words <= MAX_CHANNEL_PROMPT_WORDS
            && holds(PhraseKind::Channel)
            && lexicon::is_channel_prompt(key)
    {
        return Some(Reason::Prompt);
    }
    if lexicon::is_caption(line.folded, line.words)
        || line.digits && line.words <= 3 && gallery_counter(key)
        || lexicon::ends_with_credit(line.raw, line.words)
    {
        if let Some(authors) = byline::before_photo_credit(line.raw) {
            *byline = authors;
            return Some(Reason::Byline);
        }
        return Some(Reason::Caption);
    }
    if video_card(line) {
        return Some(Reason::RelatedBlock);
    }
    if line.words >= MIN_TEASER_WORDS
        && !line.ends_sentence
        && lexicon::ends_with_read_more(line.key)
    {
        return Some(Reason::Teaser);
    }
    if line.raw.contains("(@") && embed_credit(line) {
        return Some(Reason::Caption);
    }
    if line.digits && line.words <= MAX_PAGER_NUMBERS && pager(key) {
        return Some(Reason::Ui);
    }
    if line.digits && line.words <= 5 && lexicon::is_counter(key) {
        return Some(Reason::Ui);
    }
    if line.digits && line.words <= 3 && player_clock(line.folded) {
        return Some(Reason::Ui);
    }
    if line.words <= 5 && (date::is_relative_time(line.folded) || date::is_clock_time(line.folded))
    {
        return Some(Reason::Dateline);
    }
    // A date's label whose date a script was to fill ("تاریخ انتشار :").
    if line.words <= 4 && date::is_bare_date_label(line.folded) {
        return Some(Reason::Dateline);
    }
    // A post's note of its last edit ("Last edited by Name; 22 Apr 22, 09:08").
    if line.digits && line.words <= MAX_EDIT_STAMP_WORDS && date::is_edit_stamp(line.folded) {
        return Some(Reason::Dateline);
    }
    // The page's clock in its top bar ("امروز: سه شنبه 25 مرداد 1401 - 17:03").
    if line.digits && line.words <= MAX_EDIT_STAMP_WORDS && date::is_today_clock(line.folded) {
        return Some(Reason::Dateline);
    }
    // The writer's role and workplace may follow a byline's semicolon ("إعداد Name ; role ; Org"), past
    // its words' count. ('؛' is D8 9B: the byte 9B finds it, and a few other letters, many bytes at a
    // time.)
    let semicolon = || {
        memchr::memchr2(b';', 0x9B, line.raw.as_bytes()).is_some() && line.raw.contains([';', '؛'])
    };
    // So may the other fields of a post's row, after a bar ("by Name | Mar 11, 2023 | Category | 0
    // comments") or after its date, with space alone between them ("بواسطة Name 7 ديسمبر، 2026 0 تعليق
    // 124 مشاهدة").
    let post_row = || {
        (line.digits && line.words <= MAX_DATELINE_WORDS)
            .then(|| byline::before_dated_fields(line.raw))
            .flatten()
    };
    let byline_words = if line.words <= MAX_BYLINE_WORDS {
        line.words
    } else if semicolon() {
        byline::before_semicolon(line.raw)
            .split_whitespace()
            .count()
    } else if let Some(first) = byline::first_field_of_row(line.raw) {
        first.split_whitespace().count()
    } else if let Some(head) = post_row() {
        head.split_whitespace().count()
    } else {
        line.words
    };
    // A byline's opening and a name, a date after them or not ("نشر بواسطة: سارة أحمد في 5/12/2024").
    if let Some(authors) = (2..=MAX_BYLINE_WORDS)
        .contains(&byline_words)
        .then(|| byline::byline_authors(line.raw))
        .flatten()
    {
        *byline = authors;
        return Some(Reason::Byline);
    }
    // A desk alone on its line signs the piece ("مانیٹرنگ ڈیسک", "لاہور: اسٹاف رپورٹر").
    if let Some(desk) = (line.words <= MAX_DESK_LINE_WORDS)
        .then(|| byline::desk_alone(line.raw))
        .flatten()
    {
        *byline = vec![desk.to_string()];
        return Some(Reason::Byline);
    }
    // A link is no date, whatever day its address names ("http://example.com/2011/09/07/title/").
    if line.words <= 12 && line.digits && !opens_with_link(line.folded) {
        // The line is its date, a label beside it, with its parts spaced or glued ("1/12/202412:30").
        let whole = |found: &date::FoundDate| found.words_used + 1 >= line.words;
        if line.date().is_some_and(whole)
            || date::find_glued_date(line.raw).is_some_and(|f| whole(&f))
            || post_row().is_some_and(|head| head.trim().is_empty())
        {
            // A desk glued to the date signs the piece ("ویب ڈیسک07 دسمبر 2026"), and so does a
            // byline after a date of numbers ("07/12/2026 10:20 كتب أحمد حسن": each of the date's
            // numbers counts as a word, so the line reads as its date).
            if let Some(desk) = byline::desk_alone(byline::before_date(line.raw)) {
                byline.push(desk.to_string());
                return Some(Reason::Byline);
            }
            // (Only a line with words its date did not use may hold one.)
            let spare_words = line.date().is_none_or(|f| f.words_used < line.words);
            if let Some(authors) = spare_words
                .then(|| byline::dated_byline(line.raw))
                .flatten()
            {
                *byline = authors;
                return Some(Reason::Byline);
            }
            return Some(Reason::Dateline);
        }
        // Or a day and a month's name with no year ("mandag 5. august kl. 14:47").
        if line.words <= MAX_YEARLESS_DATELINE_WORDS
            && date::find_day_and_month(line.folded).is_some_and(|used| used + 1 >= line.words)
        {
            return Some(Reason::Dateline);
        }
    }
    // A published stamp and an update's on one line, each only its date and a label or two.
    if line.digits && line.words <= MAX_DATELINE_WORDS && !line.ends_sentence {
        let only_a_date = |part: &str| {
            find_date(part).is_some_and(|found| {
                found.words_used + MAX_STAMP_LABEL_WORDS >= part.split_whitespace().count()
            })
        };
        if date::split_at_update(line.folded)
            .is_some_and(|(published, update)| only_a_date(published) && only_a_date(update))
        {
            return Some(Reason::Dateline);
        }
    }
    // A post's stamp may end with its comments' counter and the post's title ("Posted on <date> by
    // Name - 5 Comments on <title>"): the stamp is what comes before.
    let stamp = if line.words > MAX_DATELINE_WORDS {
        before_counter(line.raw).unwrap_or(line.raw)
    } else {
        line.raw
    };
    if let Some(authors) = (line.digits && stamp.split_whitespace().count() <= MAX_DATELINE_WORDS)
        .then(|| byline::dated_byline(stamp))
        .flatten()
    {
        *byline = authors;
        return Some(Reason::Byline);
    }
    // A writer's name and role ("دکتر حسین عباسی؛ اقتصاددان"), the place and the name ("الخرطوم: محمد
    // بدر الدين"), or a Persian report's writer ("گزارش از سارا محمدی").
    if line.words <= MAX_BYLINE_WORDS {
        if let Some(name) = byline::name_and_role(line.raw)
            .or_else(|| byline::place_and_name(line.raw))
            .or_else(|| byline::report_by(line.raw))
        {
            byline.push(name.to_string());
            return Some(Reason::Byline);
        }
    }
    // A correspondent's line with the place reported from ("مراسل الجزيرة نت - عمان", "Correspondent,
    // Cairo"): the byline of a writer the page does not name.
    if line.words <= MAX_ROLE_AND_PLACE_WORDS
        && !line.ends_sentence
        && byline::opens_with_role(line.raw)
        && line.raw.contains([',', '،', '-', '–', '—'])
    {
        return Some(Reason::Byline);
    }
    // A name before its date, set apart by space alone ("ویب ڈیسک  جمعرات 5 دسمبر 2024"): a writer's,
    // when it holds a given name ("علیم احمد December 29, 2017"), else a desk's or a place's.
    if line.digits && line.words <= MAX_DATELINE_WORDS {
        let head = byline::before_date(line.raw).trim();
        let head_words = head.split_whitespace().count();
        // The rest of the line is its date (a reading time may follow: "13.12.2023 4 min"); a headline
        // goes on after its date in words of its own ("... 17-12-2025 في محلات الصاغة").
        let only_a_date_after = || {
            line.date()
                .is_some_and(|f| f.words_used + head_words >= line.words)
                && !date::goes_on_past_its_date(line.folded)
                || post_row().is_some()
        };
        // The site's or the place's name and the writer's, apart by a dash or a bar, before the date
        // ("هسبريس - محمد الراجي الأحد 1 دجنبر 2024"): the writer's holds a given name. Or the writer's
        // name twice around the column's label ("أمينة خيري مقال رأى أمينة خيري الثلاثاء ..."). Or the
        // place and the writer or the desk in brackets, as on a line of their own ("لاہور (نمائندہ
        // خصوصی) 7 دسمبر 2026ء").
        if let Some(name) = site_and_writer(head)
            .or_else(|| byline::name_around_label(head))
            .or_else(|| byline::place_and_name(bracketed(line.raw, head)))
            // A desk, alone or in brackets after the place, signs the piece as on a line of its own.
            .or_else(|| byline::desk_alone(bracketed(line.raw, head)))
        {
            if only_a_date_after() {
                byline.push(name.to_string());
                return Some(Reason::Byline);
            }
        }
        // The writer's titles may stand before the name ("د. سلمى حسن 6 ديسمبر 2026").
        let name = byline::without_honorific(head);
        if (2..=MAX_NAME_WORDS).contains(&name.split_whitespace().count())
            && model::name_shape(name).is_some()
            && only_a_date_after()
        {
            if model::name_shape(name) == Some(model::NameShape::Cased)
                || !lexicon::opens_with_outlet_kind(name)
                    && (byline::opens_with_given_name(name) || byline::holds_given_name(name))
            {
                byline.push(head.to_string());
                return Some(Reason::Byline);
            }
            return Some(Reason::Dateline);
        }
    }
    // The reading time, on a line of its own or beside a label ("زمان مطالعه: ۳ دقیقه", "5 min read").
    if line.words <= MAX_READING_TIME_WORDS
        && line.digits
        && lexicon::is_reading_time(line.folded)
        && line.date().is_none()
    {
        return Some(Reason::Ui);
    }
    if line.digits
        && line.words <= 12
        && !opens_with_link(line.folded)
        && date::is_parted_dateline(line.raw, line.folded)
    {
        return Some(Reason::Dateline);
    }
    // A dateline's stamps between bars are no headlines; a ticker's headline may print a date.
    if headline_row(line.raw)
        && !(line.digits && line.words <= MAX_DATELINE_WORDS && line.date().is_some())
    {
        return Some(Reason::HeadlineList);
    }
    if line.digits && line.words <= MAX_DATELINE_WORDS && !line.ends_sentence {
        if let Some(reason) = glued_fields(line, arabic_doc, config, byline) {
            return Some(reason);
        }
    }
    if arabic_doc && line.latin > 0 && line.arabic * 3 < line.latin {
        return Some(Reason::LatinBlock);
    }
    None
}

/// A row of a page's fields set side by side with no space between them, as inline tags leave them
/// ("۱۷ آذر ۱۴۰۵ - ۱۰:۴۲کد خبر: 3412987لینک کوتاه کپی شد"): cut where a number meets a letter, every
/// piece is a date, a byline, a prompt or a UI string on its own line. The row is a byline when a piece
/// names the writer, else a dateline when a piece is one, else UI.
fn glued_fields(
    line: &Line,
    arabic_doc: bool,
    config: &StripConfig,
    byline: &mut Vec<String>,
) -> Option<Reason> {
    let raw = line.raw;
    let cuts: Vec<usize> = raw
        .char_indices()
        .zip(raw.chars().skip(1))
        .filter(|((_, c), next)| c.is_numeric() && next.is_alphabetic())
        .map(|((at, c), _)| at + c.len_utf8())
        .collect();
    if cuts.is_empty() {
        return None;
    }
    let (mut reason, mut authors) = (Reason::Ui, Vec::new());
    let starts = std::iter::once(0).chain(cuts.iter().copied());
    let ends = cuts.iter().copied().chain(std::iter::once(raw.len()));
    let mut folded = String::new();
    for (start, end) in starts.zip(ends) {
        let piece = raw[start..end].trim();
        folded.clear();
        let shape = fold_line(piece, &mut folded);
        let piece = Line::with_shape(piece, &folded, &shape);
        if piece.is_blank() {
            return None;
        }
        match classify_alone(&piece, arabic_doc, config, &mut authors)? {
            Reason::Byline => reason = Reason::Byline,
            Reason::Dateline if reason != Reason::Byline => reason = Reason::Dateline,
            Reason::Dateline | Reason::Ui | Reason::Prompt => {}
            _ => return None,
        }
    }
    byline.extend(authors);
    Some(reason)
}
