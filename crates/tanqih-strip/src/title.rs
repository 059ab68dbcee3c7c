//! The article's headline: the line that repeats the page's `<title>`, or the heading-like line over
//! the byline, the dateline or the first kept line.

use super::*;

/// A headline candidate this short that shares no word with the page title is taken for a label.
const MAX_LABEL_WORDS: usize = 5;

/// The article's first kept line right under its stamp is its headline when this short.
const MAX_HEADLINE_UNDER_STAMP_WORDS: usize = 15;

/// How many lines the model dropped before the article's first kept line may hold the headline.
const TITLE_REACH: usize = 4;

/// How many lines after the first kept line the headline may stand (a kept line may open the article
/// above its headline: a kicker, a dateline the model kept).
const HEADLINE_AFTER_START: usize = 3;

/// A weak echo of the page title stands at most this many lines above the article's first kept line...
const WEAK_ECHO_REACH: usize = 25;
/// ...and holds at least this many words.
const MIN_WEAK_ECHO_WORDS: usize = 5;

/// A headline that is not the page title's words whole shares at least this many words with it...
const MIN_ECHO_WORDS: usize = 3;
/// ...and this share of the words of both (percent, the Dice coefficient of their words).
const MIN_ECHO_OVERLAP: usize = 60;

/// The words of a folded key, without the punctuation around them.
fn key_words(key: &str) -> impl Iterator<Item = &str> {
    key.split(' ')
        .map(|w| w.trim_matches(|c: char| !fold::is_alnum(c)))
        .filter(|w| !w.is_empty())
}

/// A line that may be a headline: a few words, no final stop, colon or comma, not a note in brackets
/// ("(Redirected from Hypertext)").
pub(crate) fn heading_like(l: &Line) -> bool {
    let raw = l.raw.trim();
    l.words >= 2
        && l.words <= 25
        && (!raw.ends_with(['.', '۔', '。', ':', '،', ',', '؛', ';'])
            || ends_with_initialism(raw)
            || l.arabic > l.latin && ends_with_ellipsis(raw))
        && !(raw.starts_with('(') && raw.ends_with(')'))
}

/// `text` trails off with an ellipsis ("...", "۔۔۔۔"), which ends no sentence. (In Latin letters, a
/// link's text cut short ends so more often than a headline: "Confira últimas des...".)
fn ends_with_ellipsis(text: &str) -> bool {
    text.ends_with("..") || text.ends_with("۔۔")
}

/// `text` ends with an initialism ("N.Y.C.", "U.S."), whose last dot ends no sentence.
fn ends_with_initialism(text: &str) -> bool {
    let last = text.rsplit(' ').next().unwrap_or(text);
    let letters = last.chars().filter(|c| c.is_uppercase()).count();
    last.len() <= MAX_INITIALISM_LEN
        && letters >= 2
        && last.chars().enumerate().all(|(i, c)| {
            if i % 2 == 0 {
                c.is_uppercase()
            } else {
                c == '.'
            }
        })
}

/// A site's name at the end of a page's title holds at most this many words.
const MAX_SITE_NAME_WORDS: usize = 4;

/// An initialism at a headline's end ("N.Y.C.") is at most this long.
const MAX_INITIALISM_LEN: usize = 8;

/// The headline. A page converted from HTML opens with its `<title>`, which repeats the headline
/// (often with the site's name): the heading-like line that repeats most of the first line (the nearest
/// the article's start of those) is the headline. Otherwise, among the [`TITLE_REACH`] last lines the
/// model dropped before the first kept line, the heading-like line over the byline or dateline, else the
/// nearest; unless the first kept line stands right under the stamp and reads as a headline, or no such
/// line is found: the first kept line when it reads as a headline (or is a single word).
pub(crate) fn title(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    meta: &mut Metadata,
) -> Option<usize> {
    let first = reasons.iter().position(|r| r.is_some_and(Reason::keeps))?;
    let droppable = |r: Option<Reason>| {
        matches!(
            r,
            Some(
                Reason::LowScore
                    | Reason::HeadlineList
                    | Reason::RelatedBlock
                    | Reason::ShortBetweenContent
                    | Reason::Title
            )
        ) || r.is_some_and(Reason::keeps)
    };
    // The page's `<title>` opens it, unless the page opens with a UI string (a skip link, a ticker's
    // label), with its story's lead, with the imprint ("• بانی: Name"), with a tracker's text in
    // another script, with a number a rule took for the UI's (an article's number, a counter: "کد خبر:
    // ۵۶۰۸۴۶"), with a related list's heading ("آخرین مطالب"), or with the page's stamp: a writer's
    // name, a post's note of its last edit, a dateline that opens with its date, after its label or not
    // ("آخر تحديث: الثلاثاء 03 ديسمبر 2024"; a title may end with its day: "Opening Bell 11.18.19 -
    // Site"), or with a news bar: a list of headlines as long as a ticker's, run onto one line.
    let opening = lines.iter().position(|l| !l.blank).filter(|&o| {
        let only_a_date = || {
            let folded = lines[o].folded;
            let dated = folded
                .split_once(':')
                .filter(|(label, _)| label.split_whitespace().count() <= MAX_DATE_LABEL_WORDS)
                .map_or(folded, |(_, rest)| rest);
            // The first word, after a list's mark, is the date's; or the date reads in every word of
            // the line ("• دو شنبه 5 آذر 1403").
            let opens_dated = dated
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .find(|w| !w.is_empty())
                .is_some_and(|w| w.starts_with(|c: char| c.is_numeric()) || date::is_date_word(w));
            reasons[o] == Some(Reason::Dateline)
                && (opens_dated
                    || folded
                        .split_whitespace()
                        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                        .filter(|w| !w.is_empty())
                        .all(date::is_date_word))
        };
        !(lexicon::is_ui(lines[o].key)
            || lexicon::is_breaking_label(lines[o].key)
            || opens_news_lead(lines[o].raw)
            || lines[o].digits && reasons[o] == Some(Reason::Ui)
            // A tracker's or a widget's text in Latin letters atop an Arabic-script page.
            || reasons[o] == Some(Reason::LatinBlock)
            || reasons[o] == Some(Reason::HeadlineList)
                && lines[o].words >= related::MIN_TICKER_WORDS
            || matches!(
                reasons[o],
                Some(Reason::RelatedBlock | Reason::Byline | Reason::Copyright)
            )
            || only_a_date()
            || reasons[o] == Some(Reason::Dateline) && date::is_edit_stamp(lines[o].folded))
    });
    let echo = opening.and_then(|o| {
        let page_title = lines[o].key;
        // The site's name, which the title holds too, is no echo of its headline.
        let site = site_name(lines[o].raw);
        let in_site_name = |key: &str| site.as_ref().is_some_and(|site| site.contains(key));
        let mut title_words: Vec<&str> = key_words(page_title).collect();
        title_words.sort_unstable();
        title_words.dedup();
        // The fullest echo, and of those the nearest the article's start: a line the title holds whole,
        // else the line sharing most of its words with it (sites edit the headline or the title a little).
        (o + 1..lines.len())
            .filter_map(|j| {
                let key = lines[j].key;
                if !droppable(reasons[j])
                    || !heading_like(&lines[j])
                    || key.len() < 8
                    || wrapped_fragment(lines, reasons, j)
                {
                    return None;
                }
                if in_site_name(key) {
                    return None;
                }
                if page_title.contains(key) {
                    return Some((j, (2, key.len())));
                }
                let (mut words, mut shared) = (0, 0);
                for word in key_words(key) {
                    words += 1;
                    shared += title_words.binary_search(&word).is_ok() as usize;
                }
                let overlap = 2 * shared * 100 / (words + title_words.len()).max(1);
                if shared >= MIN_ECHO_WORDS && overlap >= MIN_ECHO_OVERLAP {
                    return Some((j, (1, overlap)));
                }
                // A headline the site wrote again for its title shares a few words with it at least:
                // a weak echo, which still beats the title's words found after the article (a tag).
                let near_start = j < first && j + WEAK_ECHO_REACH >= first;
                (near_start && shared >= MIN_ECHO_WORDS && words >= MIN_WEAK_ECHO_WORDS)
                    .then_some((j, (0, shared)))
            })
            // A headline stands before its article: an echo there beats a fuller one further down
            // (a related link, a footer's "share this article").
            .min_by_key(|&(j, rank)| {
                let before_article = j <= first + HEADLINE_AFTER_START;
                (!before_article, std::cmp::Reverse(rank), j.abs_diff(first))
            })
            .map(|(j, _)| j)
    });
    // Lines a rule dropped (datelines, bylines, captions, UI strings, ...) lie between a headline and
    // its article; the headline is among the lines the model dropped.
    // Of those, the one right above the article's byline or dateline (a label's line may stand between)
    // heads the article; a subheading or a label under them does not.
    // The line right under the site's name, as the page's `<title>` names it, is the site's tagline
    // ("بهار امید" / "نشریه اینترنتی ..."): with no echo of the title, the headline is not there.
    let site = opening.and_then(|o| site_name(lines[o].raw));
    let under_site_name = |j: usize| {
        (0..j)
            .rev()
            .find(|&k| !lines[k].is_blank())
            .is_some_and(|k| site.as_deref() == Some(lines[k].key))
    };
    // A fact box's fields ("المؤلف: ..." / "الناشر: ...") are no headline, however they read.
    let fields = related::fact_box_fields(lines);
    let before = || {
        let candidates = (0..first)
            .rev()
            .filter(|&j| reasons[j] == Some(Reason::LowScore) && !fields[j])
            .take(TITLE_REACH)
            .filter(|&j| {
                headline_shaped_alone(&lines[j])
                    && !wrapped_fragment(lines, reasons, j)
                    && !under_site_name(j)
                    // The page's `<title>` in parts (a site's name and its tagline) is the browser's,
                    // no headline the page prints.
                    && (Some(j) != opening || title_parts(lines[j].raw).len() == 1)
            });
        // A line printed twice in a row is a picture's alt text and its caption ("بطولة الصالات
        // للسيدات" twice over the first paragraph): the headline is another line, when one stands
        // above.
        let doubled = |j: usize| {
            let same = |k: usize| !lines[k].is_blank() && lines[k].key == lines[j].key;
            j > 0 && same(j - 1) || j + 1 < lines.len() && same(j + 1)
        };
        // The line over the byline may be the headline's standfirst, set with no stop: a line half again
        // as long as a headline-shaped one right over it, which ends no list and is no kicker (a few
        // words), is; that line is the headline.
        let over_standfirst = |j: usize| {
            let k = (0..j).rev().find(|&k| !lines[k].is_blank())?;
            let listed = |p: usize| {
                matches!(
                    reasons[p],
                    Some(Reason::LowScore | Reason::HeadlineList | Reason::RelatedBlock)
                ) && headline_shaped_alone(&lines[p])
            };
            (lines[j].words >= MIN_STANDFIRST_WORDS
                && 2 * lines[j].words >= 3 * lines[k].words
                && lines[k].words >= MIN_HEADLINE_OVER_STANDFIRST_WORDS
                && reasons[k] == Some(Reason::LowScore)
                && Some(k) != opening
                && headline_shaped_alone(&lines[k])
                && !wrapped_fragment(lines, reasons, k)
                && !under_site_name(k)
                && !(0..k)
                    .rev()
                    .find(|&p| !lines[p].is_blank())
                    .is_some_and(listed))
            .then_some(k)
        };
        // A few words right under a longer headline-shaped line are a label or a credit under the
        // headline ("بی بی سی اردو", "الجزيرة نت"), not the headline; a short headline the page prints
        // twice (over and under its subtitle) is the headline.
        let printed_twice =
            |j: usize| (0..lines.len()).any(|k| k != j && lines[k].key == lines[j].key);
        let label_under_headline = |j: usize| {
            lines[j].words <= MAX_LABEL_UNDER_HEADLINE_WORDS
                && !printed_twice(j)
                && (0..j)
                    .rev()
                    .find(|&k| !lines[k].is_blank())
                    .is_some_and(|k| {
                        reasons[k] == Some(Reason::LowScore)
                            && Some(k) != opening
                            && headline_shaped_alone(&lines[k])
                            && lines[k].words
                                >= lines[j].words + MIN_HEADLINE_OVER_LABEL_EXTRA_WORDS
                    })
        };
        let found = candidates
            .clone()
            .find(|&j| heads_its_header(lines, reasons, j))
            .map(|j| over_standfirst(j).unwrap_or(j))
            .or_else(|| {
                candidates
                    .clone()
                    .find(|&j| !doubled(j) && !label_under_headline(j))
            })
            .or_else(|| candidates.clone().next());
        // A line right under a byline is the writer's role more often than a headline ("أ.د. محمود
        // عبد العاطي" / "مدير مشروع ..." / "تاريخ النشر"): a headline over the byline goes first.
        let byline_over = |j: usize| {
            (0..j)
                .rev()
                .find(|&k| !lines[k].is_blank())
                .filter(|&k| reasons[k] == Some(Reason::Byline))
        };
        let found = match found.and_then(|j| byline_over(j).map(|b| (j, b))) {
            Some((j, byline)) => (0..byline)
                .rev()
                .filter(|&k| reasons[k] == Some(Reason::LowScore))
                .take(TITLE_REACH)
                .filter(|&k| headline_shaped_alone(&lines[k]))
                .find(|&k| heads_its_header(lines, reasons, k))
                .or(Some(j)),
            None => found,
        };
        // The first kept line right under the stamp, short and shaped as a headline (not the start of a
        // hard-wrapped paragraph), heads the article itself: the lines above the stamp are a writer's box (a blog post: name, bio, follow button,
        // date) or a kicker.
        // A line with more of the stamp under it (a writer's role between the byline and the date) is
        // inside the header, not under it.
        let stamp = |k: usize| matches!(reasons[k], Some(Reason::Dateline | Reason::Byline));
        let under_stamp = lines[first].words <= MAX_HEADLINE_UNDER_STAMP_WORDS
            && reasons[first] != Some(Reason::WrappedParagraph)
            && headline_shaped_alone(&lines[first])
            && (0..first)
                .rev()
                .find(|&k| !lines[k].is_blank())
                .is_some_and(stamp)
            && !(first + 1..lines.len())
                .take_while(|&k| reasons[k] != Some(Reason::Content))
                .any(stamp);
        // Nor is the last of a list of headlines stacked over the first kept line when that line reads
        // as a headline itself (a "most read" list, then the article's headline and its text).
        let under_list = |j: usize| {
            last_of_stacked_headlines(lines, reasons, j)
                && headline_shaped_alone(&lines[first])
                && (j + 1..first).all(|k| lines[k].is_blank())
        };
        found.filter(|&j| !under_stamp && !under_list(j))
    };
    // A page that opens with one word: its title, when its text opens right under it; the site's name
    // or its section's, over a headline. A number is no word of a title (a counter's, a code's).
    let one_word_opening = Some(first) == opening
        && lines[first].words == 1
        && !lines[first].ends_sentence
        && lines[first].key.chars().any(char::is_alphabetic);
    // A line that runs on mid-sentence into the next opens a paragraph, not a headline.
    let runs_on = |j: usize| {
        lines
            .get(j + 1)
            .is_some_and(|next| !next.is_blank() && model::breaks_mid_sentence(&lines[j], next))
    };
    let masthead = one_word_opening
        .then(|| headline_under(lines, reasons, first))
        .flatten()
        .filter(|&j| !runs_on(j));
    let chosen = echo
        .or_else(before)
        .or(masthead)
        .or(
            (headline_shaped_alone(&lines[first]) && !wrapped_fragment(lines, reasons, first)
                || one_word_opening)
                .then_some(first),
        )
        .or_else(|| under_kicker(lines, reasons, first));
    if masthead.is_some() && chosen == masthead {
        reasons[first] = Some(Reason::Ui);
    }
    // A headline printed again beside its stamp, found for the headline: the line above it is.
    let mut chosen = chosen.map(|j| {
        (0..j)
            .rev()
            .find(|&p| !lines[p].is_blank())
            .filter(|&p| stamp_beside_headline(&lines[j], &lines[p]).is_some())
            .unwrap_or(j)
    });
    // A short line found without the page title's word for it ("View All Results", "1:39 PM ET") is a
    // button or a label more often than a headline: the page title tells the title then.
    // With no headline found at all, the page title tells it too.
    let page_title = opening.filter(|&o| Some(o) != chosen && heading_like(&lines[o]));
    if let (None, Some(o)) = (echo, page_title) {
        let titled = without_site_name(unmarked(lines[o].raw));
        // A page title shorter than the candidate is a section's ("مقالات الرأي"), no better.
        let label = chosen.is_none_or(|j| {
            let shares_a_word = key_words(lines[j].key)
                .filter(|w| w.chars().count() >= 4)
                .any(|w| key_words(lines[o].key).any(|t| t == w));
            lines[j].words <= MAX_LABEL_WORDS
                && !shares_a_word
                && titled.split_whitespace().count() >= lines[j].words
        });
        if label && meta.title.is_none() {
            meta.title = Some(titled.to_string());
            // The line found is a label, then: it stays as the line model took it.
            chosen = None;
        }
    }
    if let Some(j) = chosen {
        reasons[j] = Some(Reason::Title);
        // The headline printed again further down (the page's and the article's), kept: a copy.
        for k in j + 1..lines.len() {
            if lines[k].key == lines[j].key && reasons[k].is_some_and(Reason::keeps) {
                reasons[k] = Some(Reason::Duplicate);
            }
        }
        // The headline printed again beside its stamp, just under it ("Thursday 08 February 2018
        // <headline>", "<headline> 2020-02-16T11:40:43+03:30"): a dateline.
        for k in (j + 1..lines.len())
            .filter(|&k| !lines[k].is_blank())
            .take(STAMP_REACH)
        {
            if reasons[k].is_none_or(Reason::keeps)
                && stamp_beside_headline(&lines[k], &lines[j]).is_some()
            {
                reasons[k] = Some(Reason::Dateline);
            }
        }
        if meta.title.is_none() {
            let mut t = said_once(unquoted(unmarked(lines[j].raw)));
            if Some(j) == opening {
                // The page's `<title>` itself, with no headline below it that repeats it.
                t = without_site_name(t);
            } else if opening.is_some_and(|o| lines[o].key == lines[j].key) {
                // The page's `<title>` printed again as its heading.
                t = without_printed_site_name(lines, reasons, t);
            }
            let fuller = opening
                .filter(|&o| o != j)
                .and_then(|o| fuller_title(lines[o].raw, t))
                .filter(|fuller| !prefixed_by_site_name(lines, j, fuller, t));
            meta.title = Some(fuller.unwrap_or(t.trim()).to_string());
        }
    }
    chosen.or(Some(first))
}

/// `text` once when the line says it twice, with at most [`MAX_WORDS_BETWEEN_TWICE`] words between
/// ("Headline Headline", a link's text and its image's alt text, or "Headline Empty Headline",
/// "Headline Read more Headline", an icon's alt text or a button between): the phrase of two words or
/// more that opens and closes the line.
fn said_once(text: &str) -> &str {
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let n = words.len();
    let twice = (0..=MAX_WORDS_BETWEEN_TWICE.min(n))
        .filter(|between| (n - between).is_multiple_of(2))
        .map(|between| (n - between) / 2)
        .find(|&half| {
            half >= 2
                && words[..half]
                    .iter()
                    .zip(&words[n - half..])
                    .all(|((_, a), (_, b))| a == b)
        });
    match twice {
        Some(half) => {
            let (at, last) = words[half - 1];
            &text[..at + last.len()]
        }
        None => text,
    }
}

/// A line that says its headline twice holds at most this many words between.
const MAX_WORDS_BETWEEN_TWICE: usize = 2;

/// The headline printed again beside its stamp stands within this many lines under it.
const STAMP_REACH: usize = 2;

/// A stamp beside the headline holds at most this many words beside its date ("GMT", "|").
const MAX_WORDS_BESIDE_HEADLINE_STAMP: usize = 2;

/// The stamp (folded) that `line` prints beside the whole of `headline`: the headline repeated with the
/// day it was published, before it or after it.
pub(crate) fn stamp_beside_headline(line: &Line, headline: &Line) -> Option<String> {
    if headline.words < MIN_ECHO_WORDS || !line.digits || line.key.len() <= headline.key.len() {
        return None;
    }
    let at = line.folded.find(headline.key)?;
    let rest = format!(
        "{} {}",
        &line.folded[..at],
        &line.folded[at + headline.key.len()..]
    );
    let rest = rest
        .trim_matches(|c: char| !fold::is_alnum(c))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let found = find_date(&rest)?;
    (rest.split(' ').count() <= found.words_used + MAX_WORDS_BESIDE_HEADLINE_STAMP).then_some(rest)
}

/// Line `j` closes a list of headlines: the [`STACKED_HEADLINES`] lines right above it, no blank line
/// between, are headlines the line model dropped too ("23 شهيدا بغزة ..." / "جولة مفاوضات مرتقبة ...").
fn last_of_stacked_headlines(lines: &[Line], reasons: &[Option<Reason>], j: usize) -> bool {
    j >= STACKED_HEADLINES
        && (j - STACKED_HEADLINES..j).all(|k| {
            !lines[k].is_blank()
                && reasons[k] == Some(Reason::LowScore)
                && headline_shaped_alone(&lines[k])
        })
}

/// Headlines stacked over a line make a list of this many at least.
const STACKED_HEADLINES: usize = 3;

/// A date's label before its colon holds at most this many words ("تاريخ النشر", "Last updated").
const MAX_DATE_LABEL_WORDS: usize = 3;

/// A kicker over a headline holds at most this many words.
const MAX_KICKER_WORDS: usize = 12;

/// The headline under the article's first kept line when that line is a kicker: a few words that end
/// with a semicolon or a colon ("راهنما به دانشگاه ها اعلام شد؛", as Persian agencies set a kicker over
/// their headline; "Exclusive:"), with a kept line that reads as a headline right under it.
fn under_kicker(lines: &[Line], reasons: &[Option<Reason>], first: usize) -> Option<usize> {
    let kicker = lines[first].raw.trim_end();
    if lines[first].words > MAX_KICKER_WORDS || !kicker.ends_with(['؛', ';', ':']) {
        return None;
    }
    headline_under(lines, reasons, first)
}

/// The kept line right under line `j` (blank lines aside), when it reads as a headline.
fn headline_under(lines: &[Line], reasons: &[Option<Reason>], j: usize) -> Option<usize> {
    let next = (j + 1..lines.len()).find(|&k| !lines[k].is_blank())?;
    (reasons[next].is_some_and(Reason::keeps) && headline_shaped_alone(&lines[next]))
        .then_some(next)
}

/// A sentence wrapped over two lines holds at least this many words on each (a headline's last word
/// wrapped alone, a byline's "von Landesspiegel", a heading's "partial Objects" or a contents label over
/// a lowercase headline hold fewer).
const MIN_WRAPPED_WORDS: usize = 6;

/// Line `j` is a piece of a sentence wrapped over lines, not a headline: it ends no sentence and the line
/// right under it goes on with a lowercase word, or it opens with one under a line that ends no sentence
/// ("network for your app. Each" / "container for a service joins the ... reachable by" / "other
/// containers on that network, and ..."), both lines holding [`MIN_WRAPPED_WORDS`] or more. A byline or
/// a dateline under a headline ("by Jane Roe") goes on with no sentence.
fn wrapped_fragment(lines: &[Line], reasons: &[Option<Reason>], j: usize) -> bool {
    let opens_lowercase = |k: usize| {
        lines[k]
            .raw
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    };
    let running = |k: usize| {
        lines[k].words >= MIN_WRAPPED_WORDS
            && !matches!(
                reasons[k],
                Some(Reason::Byline | Reason::Dateline | Reason::Caption)
            )
    };
    let into_next = j + 1 < lines.len()
        && running(j)
        && !lines[j].ends_sentence
        && running(j + 1)
        && opens_lowercase(j + 1);
    let from_previous =
        j > 0 && running(j) && running(j - 1) && !lines[j - 1].ends_sentence && opens_lowercase(j);
    into_next || from_previous
}

/// The next line after `j` (blank lines aside) is a byline or a dateline, or is the one after a dropped
/// line that reads as no headline (an article's number, a label).
fn heads_its_header(lines: &[Line], reasons: &[Option<Reason>], j: usize) -> bool {
    let mut next = (j + 1..lines.len()).filter(|&k| !lines[k].is_blank());
    let header = |k: usize| matches!(reasons[k], Some(Reason::Byline | Reason::Dateline));
    match next.next() {
        Some(k) if header(k) => true,
        Some(k) if reasons[k] == Some(Reason::LowScore) && !headline_shaped_alone(&lines[k]) => {
            next.next().is_some_and(header)
        }
        _ => false,
    }
}

/// A headline holds at least this many words beside a date it prints ("قیمت دلار امروز ۱۴ آذر ۱۴۰۳؛
/// ...").
const MIN_HEADLINE_WORDS: usize = 3;

/// A label or a credit under a headline holds at most this many words...
const MAX_LABEL_UNDER_HEADLINE_WORDS: usize = 4;
/// ...and the headline over it this many more at least.
const MIN_HEADLINE_OVER_LABEL_EXTRA_WORDS: usize = 3;

/// A standfirst set with no stop between the headline and the byline holds at least this many words.
const MIN_STANDFIRST_WORDS: usize = 14;
/// ...and the headline over it this many (a kicker holds fewer).
const MIN_HEADLINE_OVER_STANDFIRST_WORDS: usize = 5;

/// A line that reads as a headline without the page title's word for it: heading-like, three words or
/// more, neither a date line (a date or a time, with or without its year: "Monday 5 August, 14:47")
/// nor a person's name in a cased script (a one- or two-word line beside an article is a button,
/// a label or a section's name far more often than its headline), nor a writer's role ("محرر الشؤون
/// الاقتصادية"), nor a greeting that opens a post ("السلام عليكم ورحمة الله وبركاته"), nor a counter.
pub(crate) fn headline_shaped_alone(l: &Line) -> bool {
    heading_like(l)
        && l.words >= 3
        && (!l.digits || worded(l.raw))
        && !(l.digits
            && (find_date(l.folded).is_some_and(|d| l.words < d.words_used + MIN_HEADLINE_WORDS)
                || date::dated_part(l.raw)))
        && !model::is_name_line(l.raw)
        && !titled_name(l.raw)
        && !byline::is_role_line(l.raw)
        && !byline::opens_with_greeting(l.raw)
        && !opens_news_lead(l.raw)
        && !label_and_figure(l.raw)
}

/// `text` is a label and its figure after a colon ("تلاش کی گنتی: 17595", "Views: 1,204"): a counter.
fn label_and_figure(text: &str) -> bool {
    text.rsplit_once([':', '：']).is_some_and(|(_, figure)| {
        let figure = figure.trim();
        figure.chars().any(|c| c.is_numeric())
            && figure
                .chars()
                .all(|c| c.is_numeric() || matches!(c, ',' | '.' | '٬' | '٫' | ' '))
    })
}

/// The words that open a Persian news story's first sentence, "according to the report of" ("به گزارش
/// خبرنگار …، …"): a line that opens with them is the lead, cut where a link stood, never a headline.
const LEAD_OPENINGS: &[&str] = &["به گزارش"];

/// `text` opens with one of [`LEAD_OPENINGS`].
fn opens_news_lead(text: &str) -> bool {
    let text = text.trim_start();
    LEAD_OPENINGS.iter().any(|o| {
        text.strip_prefix(o)
            .is_some_and(|rest| rest.starts_with(char::is_whitespace))
    })
}

/// A person's name after a title ("د. سامي الخطيب", "Dr. Jane Roe"), or a few words of a script without
/// case that open with a common given name: a byline's line, not a headline.
pub(crate) fn titled_name(raw: &str) -> bool {
    let name = byline::without_honorific(raw);
    let words = name.split_whitespace().count();
    name.len() < raw.trim().len() && (words < 3 || model::name_shape(name).is_some())
        || words <= 4
            && model::name_shape(name) == Some(model::NameShape::Uncased)
            && byline::opens_with_given_name(name)
}

/// `text` trimmed, without a list or breadcrumb mark before it (`>`, `»`, `•`, `- `, ...), a Markdown heading's
/// marks (`## `), or a paragraph anchor or a row of bars after it (`¶`, `| ||||`).
pub(crate) fn unmarked(text: &str) -> &str {
    const OPENING: [char; 9] = ['>', '»', '›', '•', '·', '▶', '►', '■', '▪'];
    let text = text.trim();
    let text = text
        .trim_start_matches('#')
        .strip_prefix(' ')
        .filter(|_| (1..=6).contains(&(text.len() - text.trim_start_matches('#').len())))
        .unwrap_or(text);
    let text = text.trim_start_matches(OPENING).trim_start();
    // A list's dash or star before a space ("- Headline"); a dash glued to a word is the word's.
    let text = ["- ", "– ", "* "]
        .iter()
        .find_map(|mark| text.strip_prefix(mark))
        .unwrap_or(text);
    // A row of bars after it is a table's or a menu's rule, no part of the headline.
    text.trim_end_matches('¶')
        .trim_end_matches(|c: char| matches!(c, '|' | '¦') || c.is_whitespace())
        .trim()
}

/// `text` without the quotes around it when it opens and closes with a pair of them.
fn unquoted(text: &str) -> &str {
    const PAIRS: [(char, char); 4] = [('"', '"'), ('“', '”'), ('«', '»'), ('\'', '\'')];
    PAIRS
        .iter()
        .find_map(|&(open, close)| text.strip_prefix(open)?.strip_suffix(close))
        .filter(|inner| !inner.contains(['"', '“', '”', '«', '»']))
        .map_or(text, str::trim)
}

/// The page's first line (its `<title>`) [`without_site_name`] when it holds `headline` and more (the
/// page showed the headline cut), or the same words in other quote marks or case (the headline set in
/// typographic quotes, the `<title>` in plain ones: the document's declared spelling). A breadcrumb that
/// ends with the headline ("الرئيسية / أخبار العالم / …") is no fuller title.
pub(crate) fn fuller_title<'a>(first_line: &'a str, headline: &str) -> Option<&'a str> {
    let longest = without_site_name(first_line);
    let (whole, shown) = (plain_quotes(&fold(longest)), plain_quotes(&fold(headline)));
    // (A mark set apart by spaces: "<br/>" is a tag the extractor left.)
    let crumbs = || {
        whole.find(&shown).is_some_and(|at| {
            let trail = whole[..at].trim_end();
            trail
                .strip_suffix(['/', '›', '»', '>', '\\'])
                .is_some_and(|before| before.ends_with(' '))
        })
    };
    (whole != shown && whole.contains(&shown) && !crumbs()
        || whole == shown && longest != headline.trim())
    .then_some(longest)
}

/// `text` with typographic quote marks and apostrophes made plain ones (`’` as `'`, `“` as `"`).
fn plain_quotes(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '‘' | '’' | '‚' | '‛' | '′' => '\'',
            '“' | '”' | '„' | '‟' | '″' => '"',
            c => c,
        })
        .collect()
}

/// `fuller` is the headline of line `headline` after the site's name, which the page prints on a line
/// of its own at its top too ("مدونة الكتب والقراءة: مراجعة رواية ...", as blogs title their posts), not
/// as a kicker right over the headline: no fuller headline.
fn prefixed_by_site_name(lines: &[Line], headline: usize, fuller: &str, text: &str) -> bool {
    let (fuller, text) = (fold(fuller), fold(text));
    fuller.find(text.as_str()).is_some_and(|at| {
        let prefix = fuller[..at].trim_end_matches([':', ' ', '-', '|', '–']);
        !prefix.is_empty()
            && (0..=headline.saturating_sub(MIN_SITE_NAME_DISTANCE))
                .filter(|&j| !lines[j].blank)
                .take(MAX_SITE_NAME_LINE)
                .any(|j| lines[j].key == prefix)
    })
}

/// The site's name stands among the page's first lines, this many at most (a menu may stand above the
/// name its logo prints)...
const MAX_SITE_NAME_LINE: usize = 20;
/// ...and this many lines above the headline at least.
const MIN_SITE_NAME_DISTANCE: usize = 2;

/// The longest part of a page's `<title>` cut at ` | `, ` - `, ` – `, ` — `, ` :: `, ` » ` or ` · `: the
/// headline without the site's name.
pub(crate) fn without_site_name(title: &str) -> &str {
    title_parts(title)
        .into_iter()
        .max_by_key(|p| p.len())
        .map_or(title, str::trim)
}

/// `title` without its last part ([`title_parts`]) when that part is a site's name the page prints on a
/// line of its own outside the article, alone or as its domain ("Catering Tips | Cookshack" /
/// "Cookshack.com"): a heading that copies the page's `<title>` carries the site's name, which the
/// headline does not. A subheading the article prints ("... – das erwarten wir" / "Das erwarten wir")
/// leaves the title whole.
fn without_printed_site_name<'a>(
    lines: &[Line],
    reasons: &[Option<Reason>],
    title: &'a str,
) -> &'a str {
    let parts = title_parts(title);
    let Some(last) = parts.last().filter(|_| parts.len() > 1) else {
        return title;
    };
    if last.split_whitespace().count() > MAX_SITE_NAME_WORDS {
        return title;
    }
    let name = fold(last.trim());
    let printed = lines.iter().zip(reasons).any(|(l, r)| {
        !r.is_some_and(Reason::keeps)
            && (l.key == name
                || l.key
                    .strip_prefix(name.as_str())
                    .is_some_and(|domain| domain.starts_with('.') && !domain.contains(' ')))
    });
    if !printed {
        return title;
    }
    // The parts are slices of `title`: the headline ends where the last part's separator begins.
    let cut = last.as_ptr() as usize - title.as_ptr() as usize;
    title[..cut]
        .trim_end()
        .trim_end_matches(['|', '-', '–', '—', ':', '»', '·'])
        .trim_end()
}

/// The separators that set a site's name apart in a page's `<title>`, in the order they cut it.
const TITLE_SEPARATORS: [&str; 8] = [" | ", " - ", " -- ", " – ", " — ", " :: ", " » ", " · "];

/// The parts of a page's `<title>` cut at the separators that set the site's name apart. A "»" that
/// closes a quotation opened by "«" ("وكالة « معا » المؤسفة") cuts nothing.
pub(crate) fn title_parts(title: &str) -> Vec<&str> {
    // One pass over the title's spaces tells the separators it holds: a long line (a page with no
    // `<title>` opens on its first paragraph) holds none, and is not searched for each.
    let bytes = title.as_bytes();
    let mut held = [false; TITLE_SEPARATORS.len()];
    for at in memchr::memchr_iter(b' ', bytes) {
        let rest = &bytes[at..];
        // The byte after the space opens every separator: '|', '-', ':', or the lead byte of '–',
        // '—' (E2) and of '»', '·' (C2).
        if !matches!(rest.get(1), Some(b'|' | b'-' | b':' | 0xE2 | 0xC2)) {
            continue;
        }
        for (k, sep) in TITLE_SEPARATORS.iter().enumerate() {
            held[k] |= rest.starts_with(sep.as_bytes());
        }
    }
    TITLE_SEPARATORS
        .iter()
        .zip(held)
        .filter(|&(_, held)| held)
        .fold(vec![title.trim()], |parts, (sep, _)| {
            let mut cut = Vec::with_capacity(parts.len());
            for part in parts {
                split_outside_quotes(part, sep, &mut cut);
            }
            cut
        })
}

/// `text` cut at `sep` into `parts`, except where `sep` holds a "»" closing a "«" opened before it.
fn split_outside_quotes<'a>(text: &'a str, sep: &str, parts: &mut Vec<&'a str>) {
    if !sep.contains('»') {
        parts.extend(text.split(sep));
        return;
    }
    let mut start = 0;
    for (at, _) in text.match_indices(sep) {
        let before = &text[start..at];
        if before.matches('«').count() <= before.matches('»').count() {
            parts.push(before);
            start = at + sep.len();
        }
    }
    parts.push(&text[start..]);
}

/// The folded name of the site at the end of a page's `<title>` ("Headline - Site Name"): its last part,
/// when the title has more than one and it is a few words long.
pub(crate) fn site_name(title: &str) -> Option<String> {
    let parts = title_parts(title);
    parts
        .last()
        .filter(|_| parts.len() > 1)
        .filter(|p| p.split_whitespace().count() <= MAX_SITE_NAME_WORDS)
        .map(|p| fold(p.trim()))
}
