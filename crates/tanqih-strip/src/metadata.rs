//! The article's authors and date: the bylines, signatures and name lines that stand with the
//! article, and the date beside its headline or byline rather than the page's clock or a teaser's.

use super::*;

/// The authors of the bylines and signatures that stand with the article: from a little before its
/// headline (or first kept line) to just after its last kept line, or a little further for a name under
/// a lone label ("Author", "Autorin/Autor": the author box after an article). A "by" line in an ad or
/// a widget elsewhere on the page ("by Project Agora"), or in a list of other articles below this one,
/// names no author of the article.
pub(crate) fn article_bylines(
    lines: &[Line],
    reasons: &[Option<Reason>],
    headline: Option<usize>,
    found: &[(usize, String)],
    meta: &mut Metadata,
) {
    let kept = |i: &usize| reasons[*i].is_some_and(Reason::keeps);
    let (Some(first), Some(last)) = (
        (0..reasons.len()).find(kept),
        (0..reasons.len()).rfind(kept),
    ) else {
        return;
    };
    let start = headline
        .unwrap_or(first)
        .min(first)
        .saturating_sub(NAME_REACH);
    let end = last + SIGNATURE_REACH;
    let under_label =
        |i: usize| (i.saturating_sub(2)..i).any(|j| byline::is_lone_byline_label(lines[j].raw));
    // A byline under an item of a list after the article is the item's writer ("مقالات ذات صلة" /
    // a headline / "بقلم: Name").
    let item_byline = |i: usize| {
        i > last
            && (0..i)
                .rev()
                .find(|&k| {
                    !lines[k].is_blank()
                        && !matches!(reasons[k], Some(Reason::Dateline | Reason::Byline))
                })
                .is_some_and(|k| {
                    k > last
                        && matches!(
                            reasons[k],
                            Some(
                                Reason::RelatedBlock
                                    | Reason::ReadAlso
                                    | Reason::Teaser
                                    | Reason::HeadlineList
                            )
                        )
                })
    };
    // The page's footer or a list of other articles ends the article: an author box stands before
    // them ("Copyright 2019 …" / "RECENT CONTENT" / a headline / "By" / its writer).
    let before_footer = |i: usize| {
        (last + 1..i).all(|k| {
            !matches!(
                reasons[k],
                Some(
                    Reason::Copyright
                        | Reason::RelatedBlock
                        | Reason::ReadAlso
                        | Reason::Teaser
                        | Reason::HeadlineList
                )
            )
        })
    };
    let with_article = |i: &usize| {
        ((start..=end).contains(i)
            || (end < *i && *i <= last + AUTHOR_BOX_REACH && under_label(*i) && before_footer(*i)))
            && !item_byline(*i)
    };
    // Of several bylines (a live blog's entries each carry one), the one nearest the headline.
    let anchor = headline.unwrap_or(first);
    let nearest = found
        .iter()
        .map(|(i, _)| *i)
        .filter(with_article)
        .min_by_key(|&i| (i.abs_diff(anchor), i))
        .or_else(|| {
            // Else the last byline a little further above the article, where pages put images,
            // captions and share buttons between the byline and the text (not a signature: those
            // close an article, and above it "Title - Site" has their shape), of full names: "By
            // Location", "By Type" are a menu's filters.
            found
                .iter()
                .filter(|(i, _)| *i < start && *i + BYLINE_REACH >= first)
                .filter(|(i, _)| byline::signature_author(lines[*i].raw).is_none())
                .filter(|(i, _)| {
                    found
                        .iter()
                        .filter(|(j, _)| j == i)
                        .all(|(_, name)| name.split_whitespace().nth(1).is_some())
                })
                .map(|(i, _)| *i)
                .max()
        });
    for (_, author) in found.iter().filter(|(i, _)| Some(*i) == nearest) {
        push_author(meta, author);
    }
}

/// The writer an "about the author" box names under its heading ("عن الكاتب" / "محمد الشريف" / "صحفي
/// ..."), after the article's headline, where no byline or name line named anyone: the line right under
/// the heading when it is surely a person's name ([`byline::surely_a_name`]), of at most
/// [`MAX_NAME_WORDS`] words.
pub(crate) fn author_box_writer(lines: &[Line], headline: Option<usize>, meta: &mut Metadata) {
    if !meta.authors.is_empty() {
        return;
    }
    let from = headline.map_or(0, |h| h + 1);
    let name = (from..lines.len())
        .filter(|&i| {
            lines[i].words <= MAX_NAME_WORDS && lexicon::is_author_box_heading(lines[i].key)
        })
        .find_map(|i| {
            let next = (i + 1..lines.len()).find(|&j| !lines[j].is_blank())?;
            let name = lines[next].raw.trim();
            ((2..=MAX_NAME_WORDS).contains(&lines[next].words)
                && !lines[next].digits
                && byline::surely_a_name(byline::without_honorific(name)))
            .then_some(name)
        });
    if let Some(name) = name {
        push_author(meta, name);
    }
}

/// Words for the piece a page prints: a line that ends with one is a label about it ("صورة الخبر", "نص
/// المقال"), not a writer's family name.
const PIECE_NOUNS: &[&str] = &[
    "الخبر",
    "المقال",
    "المقالة",
    "الموضوع",
    "التقرير",
    "الصفحة",
    "الفيديو",
    "الصورة",
];

/// Verbs a page's controls call the reader with ("اقرأ المقال", "استمع للخبر", "ادامه را بخوانید"): a
/// line that opens with one is a control's label, not a writer's name. ("شاهد", watch, is left out: it
/// is the given name Shahid too, "شاہد محمود".)
const CALLING_VERBS: &[&str] = &[
    "اقرأ",
    "إقرأ",
    "استمع",
    "اضغط",
    "تابع",
    "شارك",
    "بخوانید",
    "ببینید",
    "بشنوید",
    "پڑھیں",
    "دیکھیں",
    "سنیں",
];

/// `name` is a label about the piece or a control's: it ends with a word for the piece
/// ([`PIECE_NOUNS`]) or opens with a verb calling on the reader ([`CALLING_VERBS`]).
fn labels_the_piece(name: &str) -> bool {
    let folded = fold(name);
    let mut words = folded.split(' ');
    let first = words.next().unwrap_or("");
    let last = words.next_back().unwrap_or(first);
    PIECE_NOUNS.iter().any(|noun| fold(noun) == last)
        || CALLING_VERBS.iter().any(|verb| fold(verb) == first)
}

/// How many lines above the article's first kept line a byline may stand when none stands nearer.
const BYLINE_REACH: usize = 25;

/// How many lines after the article's last kept line a signature may stand.
const SIGNATURE_REACH: usize = 3;

/// How many lines after the article's last kept line a name under a lone byline label may stand.
const AUTHOR_BOX_REACH: usize = 15;

/// How many lines before and after the headline a name line may stand when it holds its date too.
const DATED_NAME_REACH: usize = 12;

/// A news agency's name holds at most this many words ("The Associated Press", "أ ف ب").
const MAX_AGENCY_WORDS: usize = 3;

/// How many lines under the headline a news agency's name may stand as the byline...
const AGENCY_REACH: usize = 8;
/// ...with the article's stamp, or a byline's label, within this many lines of it.
const AGENCY_BESIDE_STAMP: usize = 2;

/// A line that is only a news agency's name ("AFP", "رويترز", "The Associated Press") under the
/// headline, beside the article's stamp or under a byline's label ("Author of the article:"), signs a
/// wire story: the agency is its author when no writer is named.
pub(crate) fn agency_byline(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    headline: Option<usize>,
    meta: &mut Metadata,
) {
    let Some(anchor) = headline else { return };
    let shown: Vec<usize> = (anchor + 1..lines.len())
        .filter(|&j| !lines[j].is_blank())
        .take(AGENCY_REACH)
        .collect();
    let stamp_or_label = |j: usize| {
        reasons[j] == Some(Reason::Dateline)
            || reasons[j] == Some(Reason::Byline) && byline::is_lone_byline_label(lines[j].raw)
    };
    for (at, &j) in shown.iter().enumerate() {
        let name = lines[j].raw.trim();
        if lines[j].words > MAX_AGENCY_WORDS
            || reasons[j].is_some_and(Reason::keeps)
            || !lexicon::is_agency(name)
        {
            continue;
        }
        let lo = at.saturating_sub(AGENCY_BESIDE_STAMP);
        let hi = (at + AGENCY_BESIDE_STAMP + 1).min(shown.len());
        // The label stands right above the name; the stamp above or below it.
        let beside = (lo..hi).any(|k| {
            k != at && reasons[shown[k]] == Some(Reason::Dateline)
                || k + 1 == at && stamp_or_label(shown[k])
        });
        if beside {
            reasons[j] = Some(Reason::Byline);
            meta.authors.push(name.to_string());
            return;
        }
    }
}

/// How many lines before and after the headline a name line may stand.
const NAME_REACH: usize = 8;

/// How many lines under the headline a stamp may stand that a name line beside it is read by...
const STAMP_REACH: usize = 25;
/// ...and how many lines from that stamp the name line may stand.
const BESIDE_STAMP: usize = 2;

/// A line of a writer's role under their name over the headline holds at most this many words.
const MAX_ROLE_NOTE_WORDS: usize = 10;

/// A line that is only a person's name (two to four capitalised words, or two or three Arabic words
/// below the headline; no digits, no function word; a reporter's city and a colon may stand before it)
/// next to the headline and beside a date (or, in a
/// cased script, right under the headline) is the byline of a page that prints no "By": the nearest one
/// is the author.
pub(crate) fn name_line_author(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
    headline: Option<usize>,
    meta: &mut Metadata,
) {
    let Some(anchor) = headline else { return };
    // The lines between the headline and the article's first paragraph are its header, whatever
    // block a rule took them for.
    let text_from = (anchor + 1..lines.len())
        .find(|&i| reasons[i] == Some(Reason::Content))
        .unwrap_or(anchor);
    // The stamps a rule read in that header: a name line beside one is a byline however far the
    // headline stands above (a page's second headline, a standfirst and its photo between).
    let stamps: Vec<usize> = (anchor + 1..text_from.min(anchor + STAMP_REACH + 1))
        .filter(|&j| reasons[j] == Some(Reason::Dateline))
        .collect();
    let lo = anchor.saturating_sub(DATED_NAME_REACH);
    let hi = (anchor + DATED_NAME_REACH + 1)
        .max(stamps.last().map_or(0, |&j| j + BESIDE_STAMP + 1))
        .min(lines.len());
    // A line may go on from the name to the date ("Jen Mills Published Jul 17, 2024"), in a cased
    // script, where the name's capitals tell it from a section's label.
    // A relative time stamps a byline too ("Zimbili Vilakazi|Published 15 hours ago").
    // Read once a line: the filters below ask it of the same lines again and again.
    let dated_lines: Vec<OnceCell<bool>> = lines.iter().map(|_| OnceCell::new()).collect();
    let dated = |i: usize| {
        *dated_lines[i].get_or_init(|| {
            lines[i].digits
                && (lines[i].date().is_some() || date::has_relative_time(lines[i].folded))
        })
    };
    let read_name = |i: usize| {
        // A list item's mark before it ("• Name", a header's items: date, writer, comments).
        let raw = lines[i]
            .raw
            .trim_start()
            .trim_start_matches(crate::view::ITEM_MARKS)
            .trim_start();
        // A name glued to a bar before its stamp ("Zimbili Vilakazi|Published 15 hours ago").
        let raw = match raw.split_once('|') {
            Some((head, _)) if dated(i) && byline::surely_a_name(head.trim()) => head,
            _ => raw,
        };
        let raw = match dated(i).then(|| byline::before_date(raw)) {
            Some(before) if byline::surely_a_name(before) => before,
            _ => named_dateline(raw).unwrap_or(raw),
        };
        // A social handle after the name, glued or not ("Greg Iacurci@GregIacurci", "محمد علي @mali").
        let raw = match raw.split_once('@') {
            Some((head, handle))
                if !head.trim().is_empty() && !handle.contains(char::is_whitespace) =>
            {
                head.trim_end()
            }
            _ => raw,
        };
        // A separator the page set after the name, before the date on the next line ("Name |").
        let raw = raw
            .trim_end()
            .trim_end_matches(['|', '·', '•', '/', ',', '،'])
            .trim_end();
        // Without the writer's roles before the name ("الكاتب الصحفي محمود سعد"); a byline that is a
        // role alone ("نمائندہ خصوصی", a special correspondent) signs the piece as it is.
        let raw = byline::without_place(raw);
        // Without the site's name before a dash, when the page named the site above ("مغرب بريس -
        // يوسف بنعلي"); a city after it leaves the site as the source ("اردو نیوز، ریاض").
        let named_above = |part: &str| {
            let key = fold(part.trim());
            (0..anchor.min(i)).any(|j| lines[j].key == key)
        };
        let raw = match raw.split_once(['-', '–']) {
            Some((site, name)) if !byline::is_place(name) && named_above(site) => name.trim_start(),
            _ => raw,
        };
        let raw = Some(byline::without_role(raw))
            .filter(|name| name.split_whitespace().nth(1).is_some())
            .unwrap_or(raw);
        // Co-writers' names apart by a comma are no name and its outlet.
        let names = co_writers(raw);
        let read =
            byline::without_trailing_role(byline::unglued(byline::without_trailing_place(raw)));
        (read, names)
    };
    // A line of co-writers' names is read by its first name, and names them all.
    let line_names: Vec<OnceCell<NameLine>> = (lo..hi).map(|_| OnceCell::new()).collect();
    let line_name = |i: usize| line_names[i - lo].get_or_init(|| read_name(i));
    let name = |i: usize| match line_name(i) {
        (_, Some(names)) => names[0],
        (read, None) => *read,
    };
    // A line that is only a name and its date, which the model may have kept for its length.
    let name_and_date = |i: usize| {
        lines[i].digits
            && (lines[i].words <= MAX_DATE_LINE_WORDS
                && lines[i].date().is_some_and(|d| {
                    let before = byline::before_date(lines[i].raw);
                    byline::surely_a_name(before)
                        && d.words_used + before.split_whitespace().count() >= lines[i].words
                })
                || lines[i].words <= MAX_PARTED_DATE_LINE_WORDS
                    && named_dateline(lines[i].raw).is_some())
    };
    // The site's name on a line of its own under the headline ("Economy Gate - Exclusive") is the
    // outlet, not a writer.
    let first_line = lines.iter().find(|l| !l.blank);
    let site = first_line.and_then(|l| site_name(l.raw));
    // The parts of the page's `<title>` between the headline and the site's name ("Headline | Writer |
    // Site"): a writer's name there is surely one.
    let titled: Vec<String> = first_line
        .map(|l| title_parts(l.raw))
        .filter(|parts| parts.len() > 2)
        .map(|parts| {
            parts[1..parts.len() - 1]
                .iter()
                .map(|p| fold(p.trim()))
                .collect()
        })
        .unwrap_or_default();
    let mut lowercase = None;
    let mut kept_text = None;
    let found = (lo..hi)
        .filter(|&i| {
            // Not a line a rule knows for something else (a menu item, a prompt, a caption, ...).
            i != anchor
                && (reasons[i] == Some(Reason::Content) && name_and_date(i)
                    || reasons[i] == Some(Reason::RelatedBlock) && (anchor..text_from).contains(&i)
                    || matches!(
                        reasons[i],
                        None | Some(
                            Reason::LowScore
                                | Reason::HeadlineList
                                | Reason::ShortBetweenContent
                                | Reason::RepeatedAcrossDocuments
                                | Reason::Duplicate
                                | Reason::LatinBlock
                                | Reason::Byline
                                | Reason::Dateline
                        )
                    ))
                // A line of a block in another script (a video player's "Play Video", "Mute", ...) is
                // none of the page's names; a writer's name in Latin letters stands alone, and says
                // nothing more ("Web Analytics Made Easy - Statcounter" is a tracker's).
                && !(reasons[i] == Some(Reason::LatinBlock)
                    && (in_latin_block(lines, reasons, i) || name(i) != lines[i].raw.trim()))
                && !in_contents(lines, i)
                // A list's heading ("أهم الأخبار", "Most read") names no one, whatever took it.
                && !lexicon::is_related_heading_alone(lines[i].key)
                // The name under a masthead's label is the site's editor's.
                && !(0..i)
                    .rev()
                    .find(|&j| !lines[j].is_blank())
                    .is_some_and(|j| lexicon::is_masthead_label(lines[j].key))
        })
        .filter(|&i| {
            // A name in a script without case may be a section label: only below the headline, or
            // above it where the page's title names the writer too.
            let shape = model::name_shape(byline::without_honorific(name(i)));
            let cased = shape == Some(model::NameShape::Cased) && {
                let lowercase = lowercase.get_or_insert_with(|| lowercase_words(lines));
                !byline::common_words_only(byline::without_honorific(name(i)), lowercase)
            };
            // Nor is it a name when the page's menu above the headline holds the same line (a section's
            // label under the headline, "شؤون عربية", is a menu item too).
            // Or when the headline opens with it as its label ("صحف الإمارات| ...").
            let in_menu = || {
                (0..anchor).any(|j| j != i && lines[j].key == lines[i].key)
                    || labels(lines[i].raw, lines[anchor].raw)
            };
            // A name with a title before it ("الشيخ د. سالم ...") or that opens with a given name is a
            // person's even where the page lists it above (the writer's other pieces).
            let titled_or_given = |name: &str| {
                let bare = byline::without_honorific(name);
                bare.len() < name.len() || byline::opens_with_given_name(bare)
            };
            // A name that opens with a given name may stand in the breadcrumb too (a columnist's page).
            // Above the headline, a name over the date right over the headline is a column's header
            // (the writer, the date, the headline) when it opens with a given name.
            let over_stamp = || {
                i < anchor
                    && byline::opens_with_given_name(byline::without_honorific(name(i)))
                    && (i + 1..anchor).any(|j| reasons[j] == Some(Reason::Dateline))
                    && (i + 1..anchor)
                        .all(|j| lines[j].is_blank() || reasons[j] == Some(Reason::Dateline))
            };
            // A column's header may put the writer over a line of their role right over the
            // headline ("د. سامي الخطيب" / "أستاذ العلوم السياسية ...").
            let over_role_over_headline = || {
                let role = (i + 1..anchor).find(|&j| !lines[j].is_blank());
                i < anchor
                    && byline::opens_with_given_name(byline::without_honorific(name(i)))
                    && role.is_some_and(|j| {
                        lines[j].words <= MAX_ROLE_NOTE_WORDS
                            && byline::opens_with_role(lines[j].raw)
                            && (j + 1..anchor).all(|k| lines[k].is_blank())
                    })
            };
            // Or set the role after the name on its own line, right over the headline ("د. ليلى
            // حداد، كاتبة وأكاديمية", or glued as "د. ليلى حدادكاتبة وأكاديمية").
            let with_role_over_headline = || {
                i < anchor
                    && (i + 1..anchor).all(|j| lines[j].is_blank())
                    && byline::opens_with_given_name(byline::without_honorific(name(i)))
                    && byline::role_after(lines[i].raw, name(i))
            };
            // Or set the name right over the headline and the date right under it (a column's
            // header: the writer, the headline, the date).
            let over_headline_over_stamp = || {
                let above = (0..anchor).rev().find(|&j| !lines[j].is_blank());
                let below = (anchor + 1..lines.len()).find(|&j| !lines[j].is_blank());
                above == Some(i)
                    && below.is_some_and(|j| reasons[j] == Some(Reason::Dateline))
                    && byline::opens_with_given_name(byline::without_honorific(name(i)))
            };
            let uncased = shape == Some(model::NameShape::Uncased)
                && (i > anchor && (!in_menu() || titled_or_given(name(i)))
                    || titled.contains(&fold(name(i)))
                    || over_stamp()
                    || over_role_over_headline()
                    || with_role_over_headline()
                    || over_headline_over_stamp());
            let column_header = uncased
                && i < anchor
                && (over_role_over_headline()
                    || with_role_over_headline()
                    || over_headline_over_stamp());
            // A stamp's label is no name ("تحديث مباشر", a live update), nor a country, the story's
            // region ("ایالات متحده آمریکا"), nor a city, the writer's on a line of its own under the
            // name ("اسلام آباد": اسلام is a given name too), nor a greeting opening a post ("Hi Guys").
            let labelled = || {
                fold(name(i)).split(' ').any(date::is_update_word)
                    || byline::is_country(name(i))
                    || byline::is_place(name(i))
                    || byline::opens_with_greeting(name(i))
                    || labels_the_piece(name(i))
            };
            // A name that opens with a given name (after its titles: "د. أحمد سمير") is as sure as a
            // cased one.
            let given = byline::opens_with_given_name(byline::without_honorific(name(i)));
            let sure = cased || uncased && given;
            // Right under the headline, so is an Arabic given name and a family name with its article
            // ("سجى الحاج", "ليلى الأحمد"), which the bundled list of given names may miss.
            let family_named = || {
                let words: Vec<&str> = name(i).split_whitespace().collect();
                uncased
                    && (2..=3).contains(&words.len())
                    && !words[0].starts_with("ال")
                    && words[words.len() - 1].starts_with("ال")
            };
            // The line right under the headline needs no date beside it to be the byline; under a
            // paragraph a page opens with (a full stop ends no headline), it is a subheading.
            let under_headline = (anchor + 1..i).all(|j| lines[j].is_blank())
                && i > anchor
                && !lines[anchor].raw.trim_end().ends_with(['.', '۔']);
            // Nor does the line right over the article's first paragraph, under the headline and what
            // a page sets between (a picture's caption, share buttons), when it opens with a given name
            // (in a cased script, capitals make a subheading or a button look like a name).
            let over_text =
                i > anchor && text_from > i && (i + 1..text_from).all(|j| lines[j].is_blank());
            // A name over its writer's role ("Amy Gibbons" / "Political Correspondent") is a byline.
            let over_role = (i + 1..lines.len())
                .find(|&j| !lines[j].blank)
                .is_some_and(|j| byline::is_role_line(lines[j].raw));
            // Further from the headline, only a name on the line of its date, or right beside a stamp
            // of the header, with only lines a rule knew between ("| Lesedauer: 7 Minuten"), not
            // another line that may be the name (a forum's "Recommended Posts" over a user's handle
            // over the post's stamp).
            let beside_stamp = || {
                i < text_from
                    && stamps.iter().any(|&j| {
                        let (a, b) = (i.min(j), i.max(j));
                        b - a <= BESIDE_STAMP
                            && (a + 1..b).all(|k| {
                                lines[k].is_blank()
                                    || !matches!(
                                        reasons[k],
                                        None | Some(Reason::Content | Reason::LowScore)
                                    )
                            })
                    })
            };
            let within = i.abs_diff(anchor) <= NAME_REACH || sure && (dated(i) || beside_stamp());
            // Among the article's paragraphs (a table's header cell after the first of them), a name
            // in a script without case opens with a given name, unless its date stands right under
            // it (a byline under the standfirst).
            let stamped_below = (i + 1..lines.len())
                .find(|&j| !lines[j].blank)
                .is_some_and(|j| reasons[j] == Some(Reason::Dateline) && dated(j));
            let in_text = text_from > anchor && i > text_from && !stamped_below;
            // Among an Arabic-script article's paragraphs, a name in Latin letters is a banner's or a
            // sponsor's ("تبلیغات در …" / "HEIDARI SAMAN"), not the writer's.
            let latin_in_text = in_text && reasons[i] == Some(Reason::LatinBlock);
            within
                && (cased || uncased)
                && !labelled()
                && !(in_text && !cased && !sure)
                && !latin_in_text
                && (near_a_date(lines, i)
                    || over_role
                    || column_header
                    || sure && (under_headline || dated(i))
                    || over_text && uncased && given
                    || under_headline && family_named())
        })
        .filter(|&i| {
            // A name between two items of a menu, short lines of capitalised words ("Federal Politics"
            // between "Elections" and "State Politics"), is one of them; a label ("Start date",
            // "Vis mer") beside a name is no item.
            let menu_item = |j: Option<usize>| {
                j.is_some_and(|j| {
                    lines[j].words <= MAX_MENU_ITEM_WORDS
                        && !lines[j].digits
                        && !matches!(reasons[j], Some(Reason::Ui | Reason::Ad))
                        && !byline::is_role_line(lines[j].raw)
                        && lines[j]
                            .raw
                            .split_whitespace()
                            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                })
            };
            let prev = (0..i).rev().find(|&j| !lines[j].blank);
            let next = (i + 1..lines.len()).find(|&j| !lines[j].blank);
            // A byline's section and date may follow it ("Tom Bennett" / "Business" / "Nov 7, 2023").
            let dated_below = (i + 1..lines.len())
                .filter(|&j| !lines[j].blank)
                .take(2)
                .any(dated);
            dated_below || !(menu_item(prev) && menu_item(next))
        })
        .filter(|&i| {
            // A name the article's own text speaks of again and again is its subject (a person, a
            // place, a team, a section's label), not its writer, whose name a paragraph may close
            // with or a note about the writer open with once.
            let kept_text = kept_text.get_or_insert_with(|| kept_paragraphs(lines, reasons));
            let bare = byline::without_honorific(name(i));
            let key = fold(bare);
            let mentions: usize = kept_text
                .iter()
                .filter(|&&(j, _)| j != i)
                .map(|(_, text)| text.matches(key.as_str()).count())
                .sum();
            // A phrase without case and with no given name or title in it, alone on its line, may be a
            // topic's tag beside the date ("قطاع غزة", "كأس العالم"): a name only if the text never
            // says it but to open a note about the writer, and no name opens with the article
            // ("الذكاء الاصطناعي", "الشرق الأوسط"). (With the place reported from after it, "اردو
            // نیوز، ریاض", it signs the piece.) So is what follows a role: the role's outlet ("مراسل
            // الجزيرة نت - عمان"), unless a person's name.
            let weak = (name(i) == lines[i].raw.trim() || byline::opens_with_role(lines[i].raw))
                && bare.len() == name(i).len()
                && model::name_shape(bare) == Some(model::NameShape::Uncased)
                && !byline::opens_with_given_name(bare)
                && !byline::holds_given_name(bare);
            let said_inside = || {
                kept_text
                    .iter()
                    .filter(|&&(j, _)| j != i)
                    .any(|(_, text)| text.match_indices(key.as_str()).any(|(at, _)| at > 0))
            };
            let after_role = name(i) != lines[i].raw.trim();
            mentions < SUBJECT_MENTIONS
                && !(weak && (after_role || key.starts_with("ال") || said_inside()))
                && site.as_ref() != Some(&key)
        })
        .collect::<Vec<usize>>();
    let Some(&nearest) = found
        .iter()
        .min_by_key(|&&i| (i.abs_diff(anchor), i < anchor))
    else {
        return;
    };
    // The name lines right above and under it that are such lines too and open with a common given
    // name name its co-writers, one a line ("أحمد سمير" / "محمد عبد الله"); capitalised words alone
    // are too often a button's or a section's ("Mobile Apps" under "Tom Davies").
    let adjacent = |i: usize| {
        found.binary_search(&i).is_ok()
            && byline::opens_with_given_name(byline::without_honorific(name(i)))
    };
    let first = (0..nearest)
        .rev()
        .take_while(|&j| adjacent(j))
        .last()
        .unwrap_or(nearest);
    let last = (nearest + 1..lines.len())
        .take_while(|&j| adjacent(j))
        .last()
        .unwrap_or(nearest);
    // In a cased script, names one a line under it are co-writers when the byline's date follows them
    // ("Birgit Baumann" / "Anna Giulia Fink" / "3. Mai 2024, 17:47"), a label between or not
    // ("Publisert"); a role is none ("Amy Gibbons" / "Political Correspondent" / date), nor a phrase
    // whose words the page writes in lowercase too, nor an outlet ("Associated Press").
    let lowercase = lowercase_words(lines);
    let cased = |i: usize| {
        matches!(reasons[i], None | Some(Reason::LowScore))
            && model::name_shape(byline::without_honorific(lines[i].raw.trim()))
                == Some(model::NameShape::Cased)
            && byline::names_a_co_writer(lines[i].raw.trim(), &lowercase)
            && !lines[i]
                .raw
                .split_whitespace()
                .any(|w| ORGANISATION_WORDS.contains(&w.to_lowercase().as_str()))
    };
    let last = match (nearest + 1..lines.len()).take_while(|&j| cased(j)).last() {
        Some(end)
            if model::name_shape(byline::without_honorific(name(nearest)))
                == Some(model::NameShape::Cased)
                && (end + 1..lines.len())
                    .filter(|&j| !lines[j].is_blank())
                    .take(2)
                    .any(|j| dated(j) || reasons[j] == Some(Reason::Dateline)) =>
        {
            last.max(end)
        }
        _ => last,
    };
    for i in first..=last {
        match line_name(i) {
            (_, Some(names)) => names.iter().for_each(|n| push_author(meta, n)),
            (read, None) => push_author(meta, read),
        }
        reasons[i] = Some(Reason::Byline);
        evidence[i] = None;
    }
}

/// Words that make a capitalised phrase an outlet's or an agency's name, not a person's ("Associated
/// Press", "Florida Today", "Reuters Staff").
const ORGANISATION_WORDS: &[&str] = &[
    "press",
    "news",
    "today",
    "times",
    "post",
    "daily",
    "herald",
    "tribune",
    "journal",
    "agency",
    "media",
    "network",
    "staff",
    "team",
    "desk",
    "wire",
    "newsroom",
    "redaktion",
    "agentur",
];

/// The writer's signature under the article's last paragraph, where no byline named a writer: the first
/// line after the text (blank lines aside) that no rule took for something else, a name alone or with the
/// place it was filed from ("محمد علي", "* محمد علي - القاهرة", "سارا محمدی، تهران"). In a script without
/// case it opens with a given name; in a cased one a line of the writer's role stands under it ("Jane
/// Roe" / "Technology Writer"). A name the text speaks of is its subject, not its writer ("محمد صلاح"
/// over a list of his matches).
pub(crate) fn closing_signature(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
    headline: Option<usize>,
    meta: &mut Metadata,
) {
    let Some(anchor) = headline.filter(|_| meta.authors.is_empty()) else {
        return;
    };
    let text: Vec<usize> = (anchor..lines.len())
        .filter(|&i| reasons[i] == Some(Reason::Content))
        .collect();
    let Some(&last) = text.last().filter(|_| text.len() >= MIN_SIGNED_PARAGRAPHS) else {
        return;
    };
    let next_line = |from: usize| (from + 1..lines.len()).find(|&k| !lines[k].is_blank());
    let Some(i) = next_line(last).filter(|&i| {
        matches!(
            reasons[i],
            None | Some(Reason::LowScore | Reason::ShortBetweenContent | Reason::SentenceFragment)
        )
    }) else {
        return;
    };
    let raw = lines[i]
        .raw
        .trim()
        .trim_start_matches(['*', '-', '–', '—'])
        .trim_start();
    let name = byline::without_trailing_place(raw);
    let bare = byline::without_honorific(name);
    let signed = match model::name_shape(bare) {
        Some(model::NameShape::Uncased) => byline::opens_with_given_name(bare),
        Some(model::NameShape::Cased) => {
            next_line(i).is_some_and(|k| byline::is_role_line(lines[k].raw))
        }
        None => false,
    };
    let key = fold(bare);
    let said = text.iter().any(|&k| lines[k].folded.contains(key.as_str()));
    if signed && !said {
        push_author(meta, name);
        reasons[i] = Some(Reason::Byline);
        evidence[i] = None;
    }
}

/// A signature closes an article of at least this many paragraphs.
const MIN_SIGNED_PARAGRAPHS: usize = 2;

/// `headline` opens with `label` and a separator after it ("صحف الإمارات| جوتيريش: ..."): the label is
/// the section's.
fn labels(label: &str, headline: &str) -> bool {
    let label = label.trim();
    headline.trim().strip_prefix(label).is_some_and(|rest| {
        rest.trim_start()
            .starts_with(['|', ':', '-', '–', '—', '/'])
    })
}

/// The line before or after line `i` (blank lines aside) is a Latin-script line of the Arabic page too.
fn in_latin_block(lines: &[Line], reasons: &[Option<Reason>], i: usize) -> bool {
    let latin = |j: Option<usize>| j.is_some_and(|j| reasons[j] == Some(Reason::LatinBlock));
    latin((0..i).rev().find(|&j| !lines[j].is_blank()))
        || latin((i + 1..lines.len()).find(|&j| !lines[j].is_blank()))
}

/// A name line names at most this many writers.
const MAX_NAMES_ON_NAME_LINE: usize = 3;

/// A line of co-writers holds at most this many words: three names of five words and the joiners
/// between them.
const MAX_CO_WRITERS_WORDS: usize = MAX_NAMES_ON_NAME_LINE * 5 + 2;

/// The names of a line of two or three co-writers ("محمد أبو زيد وأحمد عادل", "Jane Roe, John Doe"),
/// each reading as a name that opens with a given one, none a city ("محمد علی، اسلام آباد").
fn co_writers(read: &str) -> Option<Vec<&str>> {
    // Two names take four words at least, and a joiner between them; three names of five words
    // at most, with their joiners, take no more than this.
    let words = read.split_whitespace().count();
    if !(4..=MAX_CO_WRITERS_WORDS).contains(&words) || !byline::may_name_several(read) {
        return None;
    }
    let names = byline::author_names(read);
    ((2..=MAX_NAMES_ON_NAME_LINE).contains(&names.len())
        && names.iter().all(|n| {
            let bare = byline::without_honorific(n);
            model::name_shape(bare).is_some()
                && byline::opens_with_given_name(bare)
                && !byline::is_place(n)
        }))
    .then_some(names)
}

/// A name line's name as the rules read it, and its co-writers' names when it names several.
type NameLine<'a> = (&'a str, Option<Vec<&'a str>>);

/// A menu's item, beside a name line, holds at most this many words.
const MAX_MENU_ITEM_WORDS: usize = 3;

/// A name the article's paragraphs speak of this many times is what it is about.
const SUBJECT_MENTIONS: usize = 2;

/// The folded text of the lines kept as the article's paragraphs, with their indexes.
fn kept_paragraphs<'a>(lines: &[Line<'a>], reasons: &[Option<Reason>]) -> Vec<(usize, &'a str)> {
    (0..lines.len())
        .filter(|&i| reasons[i] == Some(Reason::Content))
        .map(|i| (i, lines[i].folded))
        .collect()
}

/// The name that opens a line of short parts, one of them a date ("Yasmine Hassan · CBC News · Posted:
/// Aug 08, 2024 4:00 AM EDT | Last Updated: August 8", "Jane Roe / EXAMPLE.COM / Apr 16, 2026"), or
/// closes it after the date ("9. September 2025 um 15:46 Uhr / Jane Roe", "الخميس 5 ديسمبر 2024 / محمد
/// علي"): that part, when it surely reads as a name and no part is a sentence.
pub(crate) fn named_dateline(raw: &str) -> Option<&str> {
    let parts = date::dateline_parts(raw);
    let short = |p: &str| {
        p.split_whitespace().count() <= date::MAX_DATELINE_PART_WORDS
            && !p.contains([',', '،', '.', '!', '?', '؟', '۔'])
            || web_name(p)
    };
    let dated = |p: &str| find_date(&fold(p)).is_some();
    // The other parts than the name's: one a date, each a date or short.
    let beside = |name: usize| {
        let mut others = parts.iter().enumerate().filter(|&(k, _)| k != name);
        others.clone().any(|(_, p)| dated(p)) && others.all(|(_, p)| dated(p) || short(p))
    };
    let (&first, &last) = (parts.first()?, parts.last()?);
    if parts.len() < 2 {
        None
    } else if beside(0) && byline::surely_a_name(first) {
        Some(first)
    } else if find_date(&fold(first)).is_some_and(|d| {
        // A stamp, not a caption that names the day.
        first.split_whitespace().count() <= d.words_used + MAX_WORDS_BESIDE_STAMP
    }) && beside(parts.len() - 1)
        && byline::surely_a_name(last)
        // In a cased script, capitals after a bar or a dot make a section's name look like a person's
        // ("5 December 2024 | World News"); a slash sets the writer after the stamp.
        && (model::name_shape(last) == Some(model::NameShape::Uncased)
            || raw
                .trim_end()
                .strip_suffix(last)
                .is_some_and(|head| head.trim_end().ends_with('/')))
    {
        Some(last)
    } else {
        None
    }
}

/// `part` is a site's web name ("TIMESOFINDIA.COM", "etimes.in"): one word of letters, digits and
/// hyphens in dotted parts, the last of letters.
pub(crate) fn web_name(part: &str) -> bool {
    let part = part.trim();
    let mut labels = part.split('.');
    let last = labels.next_back().unwrap_or("");
    part.contains('.')
        && !last.is_empty()
        && last.chars().all(char::is_alphabetic)
        && labels.all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
}

/// The words of a page that open with a lowercase letter.
pub(crate) fn lowercase_words<'a>(lines: &'a [Line<'a>]) -> LowercaseWords<'a> {
    LowercaseWords { lines }
}

/// The words of a page that open with a lowercase letter ([`lowercase_words`]), each looked for in the
/// page's lines when asked: a page asks for a few words of a few names, and gathering every word of it
/// beforehand costs more.
pub(crate) struct LowercaseWords<'a> {
    lines: &'a [Line<'a>],
}

impl LowercaseWords<'_> {
    /// A word of the page (whitespace around it, and what is not alphanumeric at its edges, aside) is
    /// `word`, which opens with a lowercase letter.
    pub(crate) fn contains(&self, word: &str) -> bool {
        if !word.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
        let finder = memchr::memmem::Finder::new(word.as_bytes());
        self.lines.iter().any(|line| {
            let raw = line.raw;
            // `word` opens with a char, so each match starts at one.
            finder.find_iter(raw.as_bytes()).any(|at| {
                let start = raw[..at]
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(p, c)| p + c.len_utf8());
                let end = raw[at..]
                    .find(char::is_whitespace)
                    .map_or(raw.len(), |p| at + p);
                raw[start..end].trim_matches(|c: char| !c.is_alphanumeric()) == word
            })
        })
    }
}

/// A byline sits with the date: a line of the few around `i` holds one.
fn near_a_date(lines: &[Line], i: usize) -> bool {
    let before = (0..i)
        .rev()
        .filter(|&j| !lines[j].is_blank())
        .take(DATE_REACH);
    let after = (i + 1..lines.len())
        .filter(|&j| !lines[j].is_blank())
        .take(DATE_REACH);
    before.chain(after).any(|j| {
        lines[j].digits
            && lines[j].words <= MAX_DATE_LINE_WORDS
            && (lines[j].date().is_some()
                || date::find_glued_date(lines[j].raw).is_some()
                || lines[j].words <= MAX_CLOCK_STAMP_WORDS
                    && date::holds_clock_time(lines[j].folded)
                || lines[j].words <= MAX_YEARLESS_DATELINE_WORDS
                    && date::find_day_and_month(lines[j].folded).is_some())
    })
}

/// A stamp that gives only the time of day ("Publiziert heute um 12:19 Uhr", "Publicerad 22:31") holds
/// at most this many words.
const MAX_CLOCK_STAMP_WORDS: usize = 5;

/// A name line's date stands within this many lines of it, blank lines aside.
const DATE_REACH: usize = 3;

/// A date printed without its year stands on a line of at most this many words.
pub(crate) const MAX_YEARLESS_DATELINE_WORDS: usize = 8;

/// A dated line with this many words beside its date reads as a caption's or a teaser's.
const MIN_CAPTION_WORDS_BESIDE_DATE: usize = 5;

/// A date stamp holds at most this many words beside its date ("Updated", "AM PT").
const MAX_WORDS_BESIDE_STAMP: usize = 2;

/// Lines this short may carry the article's date beside a few words ("Published April 25, 2023 12:26").
const MAX_DATE_LINE_WORDS: usize = 15;

/// Lines this short may carry the article's date in a part of its own, between separators...
const MAX_PARTED_DATE_LINE_WORDS: usize = 40;

/// ...when each of their parts holds at most this many words.
const MAX_DATE_LINE_PART_WORDS: usize = 10;

/// A stamp this near the headline (as [`article_date`] counts) gives the article's date before the page's
/// `<title>` does.
const TITLE_DATE_REACH: usize = 10;

/// A date that opens the page, with this many lines of the page's header between it and the headline (no
/// stamp), is the page's clock more often than the article's stamp...
const MIN_HEADER_LINES_UNDER_CLOCK: usize = 2;

/// ...where it opens the page under this many lines at most (the page's `<title>`).
const MAX_LINES_OVER_CLOCK: usize = 1;

/// The article's date: of the short lines that hold a date, the one nearest the headline (or the first
/// kept line), lines above it counting twice as far (four times over the page's header); the page's
/// clock lies farther away, a related item's headline and its stamp give none, and the dates of readers'
/// comments are theirs (taken last).
pub(crate) fn article_date(
    lines: &[Line],
    reasons: &[Option<Reason>],
    anchor: Option<usize>,
) -> Option<String> {
    let anchor = anchor.unwrap_or(0);
    // Readers' comments after the article carry their own dates, taken only when no other line has one
    // (a comment follows its article by hours: its day is a fair guess); so does a note of a post's edit.
    let comments = (anchor..lines.len())
        .find(|&i| reasons[i] == Some(Reason::Comments))
        .unwrap_or(lines.len());
    let headline = (reasons.get(anchor) == Some(&Some(Reason::Title))).then(|| &lines[anchor]);
    // The article's text ends at its last paragraph: a list of other stories after it dates its items.
    let text_end = (anchor..lines.len())
        .rev()
        .find(|&i| reasons[i] == Some(Reason::Content))
        .unwrap_or(lines.len());
    // The article's first paragraph: a kept line that ends a sentence (a stamp kept as text does not).
    let text_start = (anchor..lines.len())
        .find(|&i| reasons[i] == Some(Reason::Content) && lines[i].ends_sentence)
        .unwrap_or(lines.len());
    let listed = |r: Option<Reason>| {
        matches!(
            r,
            Some(Reason::RelatedBlock | Reason::ReadAlso | Reason::Teaser)
        )
    };
    let mut best: Option<((u8, bool, usize, bool), String)> = None;
    for (i, line) in lines.iter().enumerate() {
        // A post's stamp before its comments' counter and the post's title ("Posted on <date> by Name
        // - 5 Comments on <title>").
        let stamp = (line.digits && line.words > MAX_DATE_LINE_WORDS)
            .then(|| before_counter(line.folded))
            .flatten();
        // A link's address names the day of the page it points to, not this one's; a reference's day
        // the source was read on ("Retrieved 12 March 2020") is none of the article's either.
        if !line.digits
            || line.words > MAX_PARTED_DATE_LINE_WORDS && stamp.is_none()
            || reasons[i] == Some(Reason::StructuredData)
            || opens_with_link(line.folded)
            || date::is_access_stamp(line.folded)
        {
            continue;
        }
        // The headline printed again beside its stamp gives the stamp's date; of a published stamp and
        // an update's on one line, the published one.
        let beside_headline = headline
            .filter(|_| reasons[i] == Some(Reason::Dateline))
            .and_then(|h| title::stamp_beside_headline(line, h));
        let published_part = beside_headline.as_deref().or(stamp).or_else(|| {
            (!line.ends_sentence)
                .then(|| date::split_at_update(line.folded))
                .flatten()
                .map(|(published, _)| published)
        });
        let found = if let Some(part) = published_part {
            find_date(part)
        } else if line.words <= MAX_DATE_LINE_WORDS {
            line.date()
                .cloned()
                .or_else(|| date::find_glued_date(line.raw))
        } else if line.ends_sentence {
            // A sentence of the text, not a meta line.
            None
        } else {
            // A longer line of short parts, none a sentence, gives the date of a part that is only a date
            // ("by Name | Mar 11, 2023 | Section, Section | 0 comments"); a teaser's summary after its date
            // gives none.
            let parts = date::dateline_parts(line.folded);
            let short = |part: &&str| {
                part.split_whitespace().count() <= MAX_DATE_LINE_PART_WORDS
                    && !part.ends_with(['.', '!', '?', '؟', '۔', '…'])
            };
            if parts.len() >= 2 && parts.iter().all(short) {
                parts
                    .into_iter()
                    .filter(|part| date::dated_part(part))
                    .find_map(find_date)
            } else {
                None
            }
        };
        let Some(found) = found else {
            continue;
        };
        // A date above the headline counts as twice as far: pages print their clock up there; a date
        // that opens the page (under its `<title>` or not) with lines of the page's header between it and
        // the headline (a menu, a breaking-news label, a breadcrumb: no stamp), four times as far, the
        // clock of the page's top bar.
        let cost = if i < anchor {
            let opens_page = lines[..i]
                .iter()
                .filter(|l| !l.is_blank())
                .take(MAX_LINES_OVER_CLOCK + 1)
                .count()
                <= MAX_LINES_OVER_CLOCK;
            let header_between = (i + 1..anchor)
                .filter(|&k| {
                    !lines[k].is_blank()
                        && !matches!(reasons[k], Some(Reason::Dateline | Reason::Byline))
                })
                .count();
            let far = if opens_page && header_between >= MIN_HEADER_LINES_UNDER_CLOCK {
                4
            } else {
                2
            };
            far * (anchor - i) + 1
        } else if (text_start + 1..text_end).contains(&i) {
            // Between the article's paragraphs, a date is a reply's or an item's as often as the
            // article's (the stamp after its last paragraph closes it): four times as far.
            4 * (i - anchor)
        } else {
            i - anchor
        };
        // A stamp with its time, or labelled so, is how pages print when an article was published (an
        // update's stamp says when it last changed, and gives way to a published one as near); the dates
        // of related items and of the events a caption names come bare, and count as twice as far.
        let update = published_part.is_none() && date::is_update_stamp(line.folded);
        let published =
            !update && (found.iso.contains('T') || date::is_published_stamp(line.folded));
        let cost = if published { cost } else { 2 * cost };
        // A date on a line of many other words, not a byline's, is a caption's or a teaser's ("Troops
        // near the front, 24 April 2023"): the day of what it shows, taken only when no line is a
        // dateline.
        let words = published_part.map_or(line.words, |part| part.split_whitespace().count());
        let caption = words.saturating_sub(found.words_used) >= MIN_CAPTION_WORDS_BESIDE_DATE
            && byline::dated_byline(line.raw).is_none()
            && byline::byline_authors(line.raw).is_none();
        // A post's note of its last edit says when it changed, the page's clock the day it was read:
        // taken, as a comment's date, only when no other line has a date.
        // A related item's headline gives its own day ("Weather today, 17-12-2025.. cold and rain"); a
        // stamp alone on its line is the article's, whatever block it stands in.
        let related_item = words.saturating_sub(found.words_used) > MAX_WORDS_BESIDE_STAMP
            && matches!(
                reasons[i],
                Some(Reason::RelatedBlock | Reason::ReadAlso | Reason::Teaser)
            );
        if related_item {
            continue;
        }
        // A stamp alone on its line under a list's item after the article's text (a video's duration
        // may stand between) is the item's, never the article's (a list of other stories dates them
        // days or months apart from this one); so is one under an item of a list above the headline
        // (the most read, dated one by one).
        let item = (0..i)
            .rev()
            .find(|&k| !lines[k].is_blank() && reasons[k] != Some(Reason::Dateline));
        let item_stamp = (listed(reasons[i]) || reasons[i] == Some(Reason::Dateline))
            && item.is_some_and(|k| {
                listed(reasons[k])
                    && (i > text_end && k > text_end
                        || i < anchor
                            && (0..k)
                                .rev()
                                .find(|&j| {
                                    !lines[j].is_blank() && reasons[j] != Some(Reason::Dateline)
                                })
                                .is_some_and(|j| listed(reasons[j])))
            });
        if item_stamp {
            continue;
        }
        let late = (i >= comments
            || date::is_edit_stamp(line.folded)
            || date::is_today_clock(line.folded)) as u8;
        let key = (late, caption, cost, update);
        if best.as_ref().is_none_or(|(k, _)| key < *k) {
            best = Some((key, found.iso));
        }
    }
    // The page's `<title>` (its first non-blank line) may close with the day it was published ("Headline –
    // Site – 13.06.2023"): the date when no stamp stands near the headline. A page that opens with its
    // clock ("سه شنبه / ۷ مرداد / ۱۴۰۴ - 29 July, 2025") opens with no title.
    let titled = lines
        .iter()
        .position(|l| !l.blank)
        .filter(|&i| reasons[i] != Some(Reason::Dateline))
        .map(|i| title_parts(lines[i].raw))
        .filter(|parts| parts.len() > 1)
        .and_then(|parts| parts.last().copied())
        .filter(|last| date::dated_part(last))
        .and_then(|last| find_date(&fold(last)));
    match (best, titled) {
        (Some(((0, _, cost, _), iso)), _) if cost <= TITLE_DATE_REACH => Some(iso),
        (_, Some(titled)) => Some(titled.iso),
        (best, None) => best.map(|(_, iso)| iso),
    }
}

/// Metadata as plain text: the page's invisible marks dropped (direction marks and embeddings, zero-width
/// spaces, the byte-order mark, soft hyphens; not the zero-width non-joiner, which Persian spells words
/// with), every space (no-break, thin, ideographic) a plain one, runs of them one.
pub(crate) fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        let visible = word.chars().filter(|&c| {
            !matches!(
                c,
                '\u{200B}' | '\u{00AD}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}'
                    | '\u{2066}'..='\u{2069}'
            )
        });
        let start = out.len();
        if !out.is_empty() {
            out.push(' ');
        }
        let before = out.len();
        out.extend(visible);
        if out.len() == before {
            out.truncate(start);
        }
    }
    out
}
