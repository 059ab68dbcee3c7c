//! Lists of other articles and teasers, wherever a page sets them: related-article blocks under their
//! heading, runs of headline-shaped lines, cards and teasers with a "read more" link, summaries a list
//! cut short, and where the article goes on after a "read also" pointer.

use super::*;

/// A related block above the article lists at least this many items.
const MIN_ITEMS_ABOVE_ARTICLE: usize = 2;

/// A "read also" pointer with its link on its line is at most this long.
const MAX_POINTER_WORDS: usize = 30;

/// A related-articles heading's line holds at most this many words (a phrase of seven, "سب سے زیادہ پڑھی
/// جانے والی خبریں", and two before it).
const MAX_RELATED_HEADING_LINE_WORDS: usize = 10;

/// A related-articles heading and the block of items after it. After the article has begun (a paragraph
/// came before), items may hold summaries: the block runs up to the next run of three long lines that
/// are not shaped as headlines (a headline between two summaries breaks the run), or to where the article
/// goes on with two paragraphs in a row ([`article_goes_on`]), whichever comes first. Before the article (a
/// sidebar or widget at the top), see [`block_before_article`]; a heading there over a single line is a
/// menu item over the headline, and no block. A "read also" pointer inside the article, where the article goes on after its links (two
/// paragraphs), names a link or two: its block ends where the article goes on; a pointer that holds its
/// link is a block of one line. Inside the article, a block that a line closes ("نهاية", "End of list")
/// ends there, set between the article's paragraphs as a pointer's is.
pub(crate) fn related_blocks(lines: &[Line], reasons: &mut [Option<Reason>], config: &StripConfig) {
    let mut article_begun = false;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        article_begun = article_begun
            || reasons[i].is_none() && is_paragraph(lines, i, config) && punctuated(line);
        // A heading repeated across documents, or one that is also a menu item ("آخر الأخبار"), is
        // still a heading: its block goes with it.
        let open = matches!(
            reasons[i],
            None | Some(Reason::RepeatedAcrossDocuments | Reason::Ui)
        );
        // A "read also" pointer may hold its link on its own line, as long as a headline.
        let pointer =
            article_begun && line.words <= MAX_POINTER_WORDS && lexicon::is_read_also(line.key);
        let heading = || {
            line.words <= MAX_RELATED_HEADING_LINE_WORDS
                && (lexicon::is_related_heading(line.key)
                    || article_begun && heads_list_after_article(lines, reasons, i, config))
        };
        if !open || !pointer && !heading() {
            i += 1;
            continue;
        }
        // A pointer that holds its link is a block of its own line.
        let inline = if pointer && lexicon::is_read_also_with_link(line.key) {
            Some(i + 1)
        } else {
            pointer
                .then(|| {
                    article_goes_on(lines, reasons, i + 1, config, false)
                        .or_else(|| after_links(lines, reasons, i + 1, config))
                })
                .flatten()
        };
        // Inside the article, a block closed by its end line ("نهاية") is set there as a pointer's is.
        let closed = (article_begun && inline.is_none())
            .then(|| block_end(lines, i + 1))
            .flatten();
        let (block, end) = match inline.or(closed) {
            Some(end) => (Reason::ReadAlso, Some(end)),
            None if article_begun => {
                let prose = run_of_long_lines(lines, reasons, i + 1, 3, |j| {
                    lines[j].words >= config.min_content_words && !headline_shaped(&lines[j])
                });
                let goes_on = article_goes_on(lines, reasons, i + 1, config, true);
                let end = match (prose, goes_on) {
                    (Some(prose), Some(goes_on)) => Some(prose.min(goes_on)),
                    (prose, goes_on) => prose.or(goes_on),
                };
                (Reason::RelatedBlock, end)
            }
            None => (
                Reason::RelatedBlock,
                block_before_article(lines, reasons, i + 1, config),
            ),
        };
        let end = end.unwrap_or(lines.len());
        // A pointer's links are headlines of a like length: a line far shorter than all of them, right
        // where the article goes on, is the article's subheading.
        let end = if block == Reason::ReadAlso {
            subheading_after_links(lines, i + 1, end).unwrap_or(end)
        } else {
            end
        };
        // Above the article, a heading over a single line is a menu item over the headline.
        let items = (i + 1..end).filter(|&j| reasons[j].is_none() && !lines[j].is_blank());
        if !article_begun && items.count() < MIN_ITEMS_ABOVE_ARTICLE {
            // The heading alone is still no part of the article ("آخرین مطالب" over a single link).
            if reasons[i].is_none() && lexicon::is_related_heading_alone(line.key) {
                reasons[i] = Some(Reason::RelatedBlock);
            }
            i += 1;
            continue;
        }
        reasons[i] = Some(block);
        for r in reasons.iter_mut().take(end).skip(i + 1) {
            // A pointer's block takes the chrome between its links too ("list 1 of 4"): the article
            // goes on after it, and the line model sees through the whole block.
            let chrome = block == Reason::ReadAlso
                && matches!(r, Some(Reason::LatinBlock | Reason::Ui | Reason::Dateline));
            if r.is_none() || chrome {
                *r = Some(block);
            }
        }
        i = end;
    }
}

/// A block of sponsored links holds at least this many headlines under its label.
const MIN_SPONSORED_LINKS: usize = 2;

/// Sponsored links: the headlines a label of sponsored links ("Sponsored Links", "روابط ممولة") stands
/// over, two or more in a row (in the page's script or another), blank lines between them or not, are
/// the ad's, and the line model sees through them (an article's subheading under an ad is a single line,
/// with its paragraph under it).
pub(crate) fn sponsored_links(lines: &[Line], reasons: &mut [Option<Reason>]) {
    let mut i = 0;
    while i < lines.len() {
        if reasons[i] != Some(Reason::Ad) || !lexicon::is_sponsored_links_label(lines[i].key) {
            i += 1;
            continue;
        }
        // The network's credit and the headlines in another script are the block's too ("Recommended
        // by ...", "Top Doctors: ...").
        let links: Vec<usize> = (i + 1..lines.len())
            .filter(|&j| !lines[j].is_blank())
            .take_while(|&j| match reasons[j] {
                None => shaped_as_headline(&lines[j], MAX_LINK_WORDS),
                Some(r) => matches!(r, Reason::LatinBlock | Reason::Ad),
            })
            .collect();
        if links.len() >= MIN_SPONSORED_LINKS {
            for &j in &links {
                reasons[j] = Some(Reason::Ad);
            }
        }
        i = links.last().map_or(i + 1, |&j| j + 1);
    }
}

/// A paragraph sets at least one mark between its clauses or sentences for this many words.
const MAX_WORDS_PER_MARK: usize = 50;

/// The line sets marks between its clauses or sentences ("،", ",", "؛", a full stop, a question mark) as
/// prose does, at least one for [`MAX_WORDS_PER_MARK`] words. A long line with hardly any is headlines
/// run together (a ticker flattened onto one line, its items parted by ".." at most), which begins no
/// article.
fn punctuated(line: &Line) -> bool {
    let raw = line.raw;
    let stops = raw
        .match_indices(['.', '!', '?', '؟', '۔'])
        .filter(|&(at, mark)| {
            let after = raw[at + mark.len()..].chars().next();
            (mark != "." || at == 0 || raw.as_bytes()[at - 1] != b'.')
                && after.is_none_or(char::is_whitespace)
        })
        .count();
    let marks = stops + raw.matches(['،', ',', '؛', ';']).count() + line.ends_sentence as usize;
    marks * MAX_WORDS_PER_MARK >= line.words
}

/// The line where a subheading opens the article again after a pointer's links, `from..end`: the last
/// line of the block, of at most [`MAX_SUBHEADING_WORDS`] words, after two links or more each at least
/// twice as long and a headline's length at least.
pub(crate) fn subheading_after_links(lines: &[Line], from: usize, end: usize) -> Option<usize> {
    let items: Vec<usize> = (from..end).filter(|&j| !lines[j].is_blank()).collect();
    let (&last, links) = items.split_last()?;
    let words = lines[last].words;
    (links.len() >= 2
        && (1..=MAX_SUBHEADING_WORDS).contains(&words)
        && !lines[last].ends_sentence
        && links
            .iter()
            .all(|&j| lines[j].words >= (2 * words).max(MIN_LINK_WORDS)))
    .then_some(last)
}

/// A subheading holds at most this many words...
const MAX_SUBHEADING_WORDS: usize = 3;
/// ...and the links before it at least this many.
const MIN_LINK_WORDS: usize = 5;

/// Where a related block before the article ends, from line `from` on: at the headline that repeats the
/// page's title, the headline over the article's byline or dateline, or the first paragraph, whichever
/// comes first; when its items hold summaries (a
/// headline, then a sentence), at that headline, as long as no two paragraphs come in a row before it.
fn block_before_article(
    lines: &[Line],
    reasons: &[Option<Reason>],
    from: usize,
    config: &StripConfig,
) -> Option<usize> {
    let paragraph = run_of_long_lines(lines, reasons, from, 1, |j| is_paragraph(lines, j, config))?;
    // The article's headline, over its byline or dateline and its first paragraph, ends the block
    // whatever else does; so does the article's stamp over its headline (a writer's name, the date, the
    // headline, the first paragraph).
    let headline = (from..paragraph).find(|&j| {
        reasons[j].is_none()
            && heading_like(&lines[j])
            && heads_an_article(lines, reasons, j, config)
    });
    let paragraph = headline
        .into_iter()
        .chain(stamp_over_headline(lines, reasons, from, paragraph))
        .min()
        .unwrap_or(paragraph);
    let echo = title_echo(lines, from);
    let prose = run_of_long_lines(lines, reasons, from, 2, |j| {
        is_paragraph(lines, j, config) && !headline_shaped(&lines[j])
    });
    match echo {
        Some(echo) if echo < paragraph || prose.is_none_or(|p| p > echo) => Some(echo),
        _ => Some(teasers_end(lines, reasons, from, prose, config).unwrap_or(paragraph)),
    }
}

/// A list item holds at most this many words.
const MAX_STACKED_ITEM_WORDS: usize = 3;

/// Line `j` is as short as a list's item and stacked right under two more of them, no blank line between
/// ("قیمت طلا" / "قیمت سکه" / "بازار کار"): the list's last item, no writer's name unless it holds a
/// given name.
fn last_of_stacked_items(lines: &[Line], j: usize) -> bool {
    let short = |k: usize| !lines[k].is_blank() && lines[k].words <= MAX_STACKED_ITEM_WORDS;
    j >= 2 && short(j) && short(j - 1) && short(j - 2)
}

/// The article's stamp over its headline, between `from` and the first paragraph: a dateline or a byline
/// with at most [`MAX_LINES_UNDER_STAMP`] lines between it and the paragraph (the headline, a subtitle),
/// from the writer's name right over it, if one stands there.
fn stamp_over_headline(
    lines: &[Line],
    reasons: &[Option<Reason>],
    from: usize,
    paragraph: usize,
) -> Option<usize> {
    let shown: Vec<usize> = (from..paragraph)
        .filter(|&j| !lines[j].is_blank())
        .collect();
    let at = shown
        .iter()
        .position(|&j| matches!(reasons[j], Some(Reason::Dateline | Reason::Byline)))?;
    // The lines under the stamp, a line printed again right under itself (the headline twice) and the
    // lines a rule took (a picture's credit) aside.
    let under = shown[at + 1..]
        .iter()
        .enumerate()
        .filter(|&(n, &j)| {
            reasons[j].is_none() && (n == 0 || lines[shown[at + n]].key != lines[j].key)
        })
        .count();
    if !(1..=MAX_LINES_UNDER_STAMP).contains(&under) {
        return None;
    }
    let name_over = at.checked_sub(1).map(|k| shown[k]).filter(|&k| {
        reasons[k].is_none()
            && model::name_shape(lines[k].raw).is_some()
            && (!last_of_stacked_items(lines, k)
                || byline::opens_with_given_name(lines[k].raw)
                || byline::holds_given_name(lines[k].raw))
    });
    Some(name_over.unwrap_or(shown[at]))
}

/// Lines between the article's stamp and its first paragraph at most: the headline and a subtitle.
const MAX_LINES_UNDER_STAMP: usize = 2;

/// With no echo of the page's title, the end of a block before the article whose items are teasers (a
/// headline, then its summary, two of them or more): the headline right above the article's first two
/// paragraphs in a row, when its byline or its dateline stands right under it.
fn teasers_end(
    lines: &[Line],
    reasons: &[Option<Reason>],
    from: usize,
    prose: Option<usize>,
    config: &StripConfig,
) -> Option<usize> {
    let open: Vec<usize> = (from..prose?)
        .filter(|&j| !lines[j].is_blank() && reasons[j].is_none())
        .collect();
    let (&headline, items) = open.split_last()?;
    let pairs = items
        .windows(2)
        .filter(|w| headline_shaped(&lines[w[0]]) && is_paragraph(lines, w[1], config))
        .count();
    // The article's headline stands over its byline or dateline; a teaser's over its summary.
    let header = (headline + 1..lines.len())
        .find(|&j| !lines[j].is_blank())
        .is_some_and(|j| matches!(reasons[j], Some(Reason::Byline | Reason::Dateline)));
    (headline_shaped(&lines[headline]) && header && pairs >= MIN_TEASERS).then_some(headline)
}

/// A block's items are teasers when this many of them hold a summary.
const MIN_TEASERS: usize = 2;

/// A headline holds at least this many words (a site's name may hold two).
const MIN_HEADLINE_WORDS: usize = 3;

/// The line that prints the page's headline: the longest part of its `<title>` (its first line), of
/// [`MIN_HEADLINE_WORDS`] words or more, alone on a line below it.
fn printed_headline(lines: &[Line]) -> Option<usize> {
    let opening = lines.iter().position(|l| !l.blank)?;
    let longest = crate::title::title_parts(lines[opening].raw)
        .into_iter()
        .max_by_key(|part| part.chars().count())?;
    let folded = fold(longest);
    let key = folded.trim_matches(|c: char| !c.is_alphanumeric());
    if key.split(' ').count() < MIN_HEADLINE_WORDS {
        return None;
    }
    (opening + 1..lines.len()).find(|&j| lines[j].key == key)
}

/// The first line from `from` on that repeats the page's opening line (its `<title>`) as a headline.
pub(crate) fn title_echo(lines: &[Line], from: usize) -> Option<usize> {
    let opening = lines.iter().position(|l| !l.blank)?;
    let title = lines[opening].key;
    (from.max(opening + 1)..lines.len()).find(|&j| {
        heading_like(&lines[j]) && lines[j].key.len() >= 8 && title.contains(lines[j].key)
    })
}

/// Cards of other articles with no heading over them, after the article: [`MIN_CARDS`] or more, each a
/// headline, a line or two of summary at most, and a date or a relative time, laid out alike (the stamps
/// the same number of lines apart, before or after the rest of each card). Live coverage, its entries
/// stamped alike too, opens none with a headline.
pub(crate) fn teaser_cards(lines: &[Line], reasons: &mut [Option<Reason>], config: &StripConfig) {
    let non_blank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].blank).collect();
    // Relative times too are datelines by now ("منذ ساعتين").
    let stamp =
        |i: usize| lines[i].words <= MAX_STAMP_WORDS && reasons[i] == Some(Reason::Dateline);
    let stamps: Vec<usize> = (0..non_blank.len())
        .filter(|&k| stamp(non_blank[k]))
        .collect();
    let card = |k: usize, len: usize| {
        // The card's other lines: a headline first, then short text.
        (k..k + len).all(|m| {
            non_blank.get(m).is_some_and(|&i| {
                !stamp(i)
                    && lines[i].words <= MAX_CARD_LINE_WORDS
                    && !reasons[i].is_some_and(|r| !r.keeps() && !matches!(r, Reason::LowScore))
            })
        }) && non_blank
            .get(k)
            .is_some_and(|&i| headline_shaped(&lines[i]))
    };
    let mut blocks = Vec::new();
    let mut a = 0;
    while a + MIN_CARDS <= stamps.len() {
        let gap = stamps[a + 1] - stamps[a];
        if !(2..=MAX_CARD_LINES + 1).contains(&gap) {
            a += 1;
            continue;
        }
        let mut b = a + 1;
        while b + 1 < stamps.len() && stamps[b + 1] - stamps[b] == gap {
            b += 1;
        }
        let run = &stamps[a..=b];
        let len = gap - 1;
        // Stamps after their cards, or before them.
        let after = run.iter().all(|&k| k >= len && card(k - len, len));
        let before = !after && run.iter().all(|&k| card(k + 1, len));
        if run.len() >= MIN_CARDS && (after || before) {
            let (from, to) = if after {
                (run[0] - len, run[run.len() - 1])
            } else {
                (run[0], run[run.len() - 1] + len)
            };
            let paragraphs_before = (0..non_blank[from])
                .filter(|&i| {
                    reasons[i].is_some_and(Reason::keeps)
                        && lines[i].words >= config.min_content_words
                })
                .count();
            if paragraphs_before >= MIN_PARAGRAPHS_BEFORE_CARDS {
                blocks.push((from, to));
            }
        }
        a = b + 1;
    }
    for (from, to) in blocks {
        for &i in &non_blank[from..=to] {
            if reasons[i].is_none_or(Reason::keeps) || reasons[i] == Some(Reason::LowScore) {
                reasons[i] = Some(Reason::RelatedBlock);
            }
        }
    }
}

/// Teasers that open the page before the article: [`MIN_TEASER_PAIRS`] or more headlines in a row, each
/// right over a one-sentence summary that repeats most of its words ("درخشش دانشگاه آزاد در المپیاد" /
/// "دانشجویان دانشگاه آزاد ... در المپیاد ... درخشیدند."), or any one-sentence summary above the line
/// that prints the page's headline ([`printed_headline`]), from the first kept line (or the dropped
/// headline right over it) on; the model may have dropped some of their lines. A pair whose
/// summary the article's text goes on after is the article's own headline and lead; the others are
/// other articles' teasers, when the article goes on after them.
pub(crate) fn teaser_pairs(lines: &[Line], reasons: &mut [Option<Reason>], config: &StripConfig) {
    let kept = |i: usize| reasons[i].is_some_and(Reason::keeps);
    // The model may have dropped a teaser's headline or summary.
    let read = |i: usize| kept(i) || reasons[i] == Some(Reason::LowScore);
    let shown: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].blank).collect();
    let Some(first_kept) = shown.iter().position(|&i| kept(i)) else {
        return;
    };
    // Above the page's headline, the line that prints its `<title>`'s, a summary need not repeat its
    // headline: the article begins at its headline.
    let headline = std::cell::OnceCell::new();
    let headline = || *headline.get_or_init(|| printed_headline(lines));
    // A paragraph of the text ends a sentence; the next teaser's headline does not.
    let paragraph = |k: usize| {
        shown.get(k).is_some_and(|&i| {
            kept(i) && lines[i].words >= config.min_content_words && lines[i].ends_sentence
        })
    };
    let pair_at = |k: usize| {
        let (&h, &s) = (shown.get(k)?, shown.get(k + 1)?);
        let summary = &lines[s];
        let one_sentence = summary.ends_sentence
            && (config.min_content_words..=MAX_TEASER_SUMMARY_WORDS).contains(&summary.words)
            && !SENTENCE_BREAKS.iter().any(|b| summary.raw.contains(b));
        (read(h)
            && read(s)
            && shaped_as_headline(&lines[h], MAX_TEASER_HEADLINE_WORDS)
            && one_sentence
            && (repeats_headline(lines[h].key, summary.key) || headline().is_some_and(|at| s < at)))
        .then_some((h, s, paragraph(k + 2)))
    };
    // The first kept line, or the dropped headline right over it.
    let start = match first_kept.checked_sub(1) {
        Some(k) if pair_at(k).is_some() => k,
        _ => first_kept,
    };
    let mut pairs = Vec::new();
    let mut k = start;
    while let Some(pair) = pair_at(k) {
        pairs.push(pair);
        k += 2;
    }
    let goes_on = shown[k.min(shown.len())..]
        .iter()
        .any(|&i| kept(i) && lines[i].words >= config.min_content_words);
    if pairs.len() < MIN_TEASER_PAIRS || !goes_on {
        return;
    }
    for &(h, s, _) in pairs.iter().filter(|(_, _, text_after)| !text_after) {
        reasons[h] = Some(Reason::Teaser);
        reasons[s] = Some(Reason::Teaser);
    }
}

/// Teasers that close the page after the article, with no heading over them: [`MIN_TEASER_PAIRS`] or
/// more headlines, each right over a one-sentence summary, after [`MIN_PARAGRAPHS_BEFORE_CARDS`]
/// paragraphs of the text and with no paragraph after them; lines a rule dropped (their dates) may stand
/// between, and the model may have dropped some of theirs. Each pair tells another story: its headline's
/// words are mostly not the article's, and its summary repeats most of the headline's words or is mostly
/// not in the article's words either. A subheading and its paragraph speak of the article's subject in
/// its words.
pub(crate) fn trailing_teaser_pairs(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    config: &StripConfig,
) {
    // The kept lines, and those the model dropped: it may drop the last teaser's summary, or a
    // headline among them.
    let dropped = |i: usize| reasons[i] == Some(Reason::LowScore);
    let read = |i: usize| reasons[i].is_some_and(Reason::keeps) || dropped(i);
    let mut shown: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].blank && read(i))
        .collect();
    let shaped_pair = |h: usize, s: usize| {
        let summary = &lines[s];
        shaped_as_headline(&lines[h], MAX_TEASER_HEADLINE_WORDS)
            && summary.ends_sentence
            && (config.min_content_words..=MAX_TEASER_SUMMARY_WORDS).contains(&summary.words)
            && !SENTENCE_BREAKS.iter().any(|b| summary.raw.contains(b))
    };
    // The page's dropped lines after the last pair (its footer's) are none of them.
    while let [.., h, s] = shown[..] {
        if !dropped(s) || shaped_pair(h, s) {
            break;
        }
        shown.pop();
    }
    // The pairs that end the kept text, read from its end.
    let mut k = shown.len();
    while k >= 2 && shaped_pair(shown[k - 2], shown[k - 1]) {
        k -= 2;
    }
    // Each pair tells another story than the text above the pairs: a pair that does not is the
    // article's, and so is every line above it.
    while (shown.len() - k) / 2 >= MIN_TEASER_PAIRS {
        let article = topic_words(lines, &shown[..k]);
        let other_story = |i: usize| {
            let words: Vec<&str> = topic_words_of(lines[i].key).collect();
            let known = words.iter().filter(|w| article.contains(*w)).count();
            known * 100 <= MAX_TEASER_WORDS_IN_ARTICLE_PERCENT * words.len()
        };
        // A summary that repeats its headline is a teaser's; one that does not, only when it too
        // speaks of other things than the article.
        let teaser = |h: usize, s: usize| {
            other_story(h) && (repeats_headline(lines[h].key, lines[s].key) || other_story(s))
        };
        let mut end = shown.len();
        while end >= k + 2 && teaser(shown[end - 2], shown[end - 1]) {
            end -= 2;
        }
        if end == k {
            break;
        }
        k = end;
    }
    let pairs = (shown.len() - k) / 2;
    let paragraphs = shown[..k]
        .iter()
        .filter(|&&i| lines[i].words >= config.min_content_words && lines[i].ends_sentence)
        .count();
    if pairs < MIN_TEASER_PAIRS || paragraphs < MIN_PARAGRAPHS_BEFORE_CARDS {
        return;
    }
    for &i in &shown[k..] {
        reasons[i] = Some(Reason::Teaser);
    }
}

/// The words of `key` that tell a story's subject ([`MIN_TOPIC_WORD_CHARS`] letters or more).
fn topic_words_of(key: &str) -> impl Iterator<Item = &str> {
    key.split(' ')
        .filter(|w| w.chars().count() >= MIN_TOPIC_WORD_CHARS)
}

/// The words that tell the subject of the lines `at`.
fn topic_words<'a>(lines: &[Line<'a>], at: &[usize]) -> crate::FastSet<&'a str> {
    at.iter()
        .flat_map(|&i| topic_words_of(lines[i].key))
        .collect()
}

/// Words of this many letters or more tell a story's subject.
const MIN_TOPIC_WORD_CHARS: usize = 4;

/// Of a teaser's headline's words that tell its subject, at most this share (in percent) are words of
/// the article above it.
const MAX_TEASER_WORDS_IN_ARTICLE_PERCENT: usize = 34;

/// A sentence's end followed by more text: a line that holds one holds two sentences.
const SENTENCE_BREAKS: &[&str] = &[". ", "! ", "? ", "؟ ", "۔ "];

/// Teasers' pairs that open a page are at least this many, the article's own headline and lead among
/// them.
const MIN_TEASER_PAIRS: usize = 3;

/// A teaser's headline holds at most this many words.
const MAX_TEASER_HEADLINE_WORDS: usize = 20;

/// A teaser's summary holds at most this many words.
const MAX_TEASER_SUMMARY_WORDS: usize = 45;

/// Of a headline's words of three letters or more, at least this share (in percent) stand in its
/// teaser's summary too.
const MIN_SUMMARY_ECHO_PERCENT: usize = 50;

/// The summary's key repeats [`MIN_SUMMARY_ECHO_PERCENT`] of the headline's words of three letters or
/// more, two at least; a word counts with the punctuation after it, or an Arabic conjunction or
/// preposition glued before it ("بالأسواق" for "الأسواق"), cut off.
fn repeats_headline(headline: &str, summary: &str) -> bool {
    let bare =
        |w: &'_ str| -> String { w.trim_matches(|c: char| !c.is_alphanumeric()).to_string() };
    let mut summary_words: crate::FastSet<String> = crate::FastSet::default();
    for word in summary.split(' ').map(bare) {
        let mut chars = word.chars();
        if matches!(chars.next(), Some('و' | 'ف' | 'ب' | 'ل' | 'ك')) && chars.clone().count() >= 3
        {
            summary_words.insert(chars.as_str().to_string());
        }
        summary_words.insert(word);
    }
    let (mut words, mut shared) = (0, 0);
    for word in headline
        .split(' ')
        .map(bare)
        .filter(|w| w.chars().count() >= 3)
    {
        words += 1;
        shared += summary_words.contains(&word) as usize;
    }
    shared >= 2 && shared * 100 >= MIN_SUMMARY_ECHO_PERCENT * words
}

/// A run of cards holds at least this many.
const MIN_CARDS: usize = 3;

/// A card holds at most this many lines beside its stamp.
const MAX_CARD_LINES: usize = 3;

/// A card's line holds at most this many words.
const MAX_CARD_LINE_WORDS: usize = 40;

/// Cards with no heading follow at least this many of the article's paragraphs.
const MIN_PARAGRAPHS_BEFORE_CARDS: usize = 2;

/// Where a block inside the article ends, from line `from` on: just after a line that closes it ("نهاية",
/// "End of list"), when one comes before the next long line.
fn block_end(lines: &[Line], from: usize) -> Option<usize> {
    (from..lines.len())
        .take_while(|&j| lines[j].words <= MAX_LINK_WORDS)
        .find(|&j| lexicon::is_block_end(lines[j].key))
        .map(|j| j + 1)
}

/// Where the article goes on after a "read also" pointer's links, from line `from` on: the first of two
/// paragraphs in a row that each end a sentence (the lines of one hard-wrapped paragraph are one), or of
/// one right before a related-articles heading, the article's last (after a pointer's few links, not in
/// a block whose items carry summaries, one right before the chrome that closes the article is too). In a block whose items carry summaries, `summaries` or a pointer's links with a summary
/// under one, a paragraph right under a headline is no such one: that is the last item's summary. A
/// link's headline ends no sentence, so it is no paragraph, however long; nor is a question no longer
/// than one.
fn article_goes_on(
    lines: &[Line],
    reasons: &[Option<Reason>],
    from: usize,
    config: &StripConfig,
    summaries: bool,
) -> Option<usize> {
    let (mut paragraphs, mut first, mut start) = (0, None, None);
    for j in from..lines.len() {
        if lines[j].is_blank() || reasons[j].is_some() {
            continue;
        }
        // A question no longer than a link's headline is one ("هل ...؟"), not the article's paragraph.
        let question =
            lines[j].words <= MAX_LINK_WORDS && lines[j].raw.trim_end().ends_with(['?', '؟']);
        if !is_paragraph(lines, j, config)
            || shaped_as_headline(&lines[j], MAX_LINK_WORDS)
            || question
        {
            (paragraphs, first, start) = (0, None, None);
            continue;
        }
        let begun = *start.get_or_insert(j);
        if lines[j].ends_sentence {
            first = first.or(start);
            start = None;
            paragraphs += 1;
            // The article's last paragraph may be all that follows, before the page's next
            // related-articles heading.
            let next = (j + 1..lines.len()).find(|&k| !lines[k].is_blank());
            let under_headline = (from..j)
                .rev()
                .find(|&k| !lines[k].is_blank())
                .filter(|&k| shaped_as_headline(&lines[k], MAX_LINK_WORDS));
            // A pointer's links that carry summaries are such a block too: a summary under a link
            // before this one's.
            let summary = under_headline.is_some_and(|h| {
                summaries
                    || (from..h).any(|k| {
                        reasons[k].is_none()
                            && lines[k].ends_sentence
                            && is_paragraph(lines, k, config)
                    })
            });
            // After a pointer's links, so may the chrome that closes the article ("انتهای پیام", its
            // tags, the copyright); a "read more" under a line is a card's, which the line is the
            // summary of, and a line that ends the page may be the last link's summary.
            let closes = |k: usize| {
                !summaries
                    && matches!(
                        reasons[k],
                        Some(Reason::Ui | Reason::Copyright | Reason::Comments)
                    )
                    && !lexicon::is_read_more(lines[k].key)
            };
            // (Only right after the pointer's links, a few headlines and nothing else.)
            let links_only = || {
                let links: Vec<usize> = (from..begun)
                    .filter(|&k| !lines[k].is_blank() && reasons[k].is_none())
                    .collect();
                links.len() <= MAX_POINTER_LINKS
                    && links
                        .iter()
                        .all(|&k| shaped_as_headline(&lines[k], MAX_LINK_WORDS))
            };
            let last = !summary
                && (next.is_some_and(|k| lexicon::is_related_heading(lines[k].key))
                    || next.is_some_and(closes) && links_only());
            if paragraphs == 2 || last {
                return first;
            }
        }
    }
    None
}

/// Where a "read also" pointer's links end, from line `from` on, when no two paragraphs in a row follow
/// them ([`article_goes_on`]) but the article goes on all the same, between an embedded post and a
/// subheading: the first line after one headline-shaped line or more that is none and ends no sentence
/// either (a line that introduces an embedded post), when a paragraph follows it (the lines between are
/// left to the line model). `None` when no paragraph follows: the pointer closed the article, and its
/// block runs on.
fn after_links(
    lines: &[Line],
    reasons: &[Option<Reason>],
    from: usize,
    config: &StripConfig,
) -> Option<usize> {
    let mut links = 0;
    let open = |j: usize| !lines[j].is_blank() && reasons[j].is_none();
    let end = (from..lines.len()).filter(|&j| open(j)).find(|&j| {
        let link = shaped_as_headline(&lines[j], MAX_LINK_WORDS) && links < MAX_POINTER_LINKS;
        links += link as usize;
        !link
    })?;
    let paragraph_follows = (end + 1..lines.len().min(end + 1 + AFTER_LINKS_REACH))
        .any(|k| open(k) && lines[k].ends_sentence && is_paragraph(lines, k, config));
    // A sentence right after the links is a teaser's summary, a part of the link: a list of teasers at
    // the article's end.
    (links > 0 && !lines[end].ends_sentence && paragraph_follows).then_some(end)
}

/// A "read also" pointer names at most this many links.
const MAX_POINTER_LINKS: usize = 4;

/// How many lines after a pointer's links a paragraph of the article must stand for the article to go on
/// there.
const AFTER_LINKS_REACH: usize = 8;

/// Where the first run of `needed` long lines (by `long`) the rules left open starts, from line `from` on;
/// blank lines and lines a rule decided (captions, prompts, ...) neither extend nor break a run.
fn run_of_long_lines(
    lines: &[Line],
    reasons: &[Option<Reason>],
    from: usize,
    needed: usize,
    long: impl Fn(usize) -> bool,
) -> Option<usize> {
    let (mut run, mut run_start) = (0, from);
    for j in from..lines.len() {
        if lines[j].is_blank() || reasons[j].is_some() {
            continue;
        }
        if !long(j) {
            run = 0;
            continue;
        }
        if run == 0 {
            run_start = j;
        }
        run += 1;
        if run >= needed {
            return Some(run_start);
        }
    }
    None
}

/// Headlines in lists are at most this long (lines of running text wrapped by a PDF extractor are
/// longer).
const MAX_HEADLINE_WORDS: usize = 10;

/// A list needs this many headline-shaped lines in a row.
const MIN_LIST_LINES: usize = 3;

/// A link's headline alone (after a "read also" pointer) may be this long.
const MAX_LINK_WORDS: usize = 16;

/// A headline: a few words (more than a menu item), no sentence mark at its end or inside it, at most one
/// comma.
fn headline_shaped(line: &Line) -> bool {
    shaped_as_headline(line, MAX_HEADLINE_WORDS)
}

/// [`headline_shaped`], up to `max_words` words.
fn shaped_as_headline(line: &Line, max_words: usize) -> bool {
    text_shaped_as_headline(line.raw.trim(), line, max_words)
}

/// `raw`, the text of `line` or the part after its item's number, is shaped as a headline.
fn text_shaped_as_headline(raw: &str, line: &Line, max_words: usize) -> bool {
    (3..=max_words).contains(&line.words)
        && !line.ends_sentence
        && !opens_with_conjunction(raw)
        && !raw.ends_with([':', ',', '،', ';', '؛'])
        && raw.matches([',', '،']).count() <= 1
        && !holds_full_stop(raw)
        && !raw.contains("۔ ")
}

/// The number of a list's item and the text after it ("3. خصومة المغرب ...", "12. Title").
fn item_number(raw: &str) -> Option<(u32, &str)> {
    // The number and its ". " open the line: the digits are read, not the line searched for ". ".
    let text = raw.trim();
    let digits = text
        .bytes()
        .skip(text.starts_with('+') as usize)
        .take_while(u8::is_ascii_digit)
        .count()
        + text.starts_with('+') as usize;
    let rest = text[digits..].strip_prefix(". ")?;
    Some((text[..digits].parse().ok()?, rest))
}

/// Line `j` is an item of a numbered list of headlines ("1. ضيف هسبريس: ..." / "2. خيمة الشعر
/// الأمازيغي"), as lists of the most read set them: the line before or after it is the item numbered
/// next to it, and the text after its number is shaped as a headline. A table of contents, its entries
/// led by dots to their page ("9. Bearer tokens........9"), and an article's numbered sections, text
/// between them, are none.
fn numbered_headline(lines: &[Line], j: usize) -> bool {
    let Some((n, rest)) = item_number(lines[j].raw) else {
        return false;
    };
    let numbered = |k: Option<usize>, want: u32| {
        k.and_then(|k| item_number(lines[k].raw))
            .is_some_and(|(m, _)| m == want)
    };
    let prev = (0..j).rev().find(|&k| !lines[k].is_blank());
    let next = (j + 1..lines.len()).find(|&k| !lines[k].is_blank());
    (numbered(prev, n.wrapping_sub(1)) || numbered(next, n + 1))
        && !rest.contains("....")
        && text_shaped_as_headline(rest, &lines[j], MAX_HEADLINE_WORDS)
}

/// A full stop with more text after it: a line that holds one holds two sentences. An ellipsis ("..",
/// "...") joins a headline's parts ("كييف تستعيد قرية.. وموسكو تؤكد ...") and ends no sentence.
fn holds_full_stop(raw: &str) -> bool {
    raw.match_indices(". ")
        .any(|(i, _)| !raw[..i].ends_with('.'))
}

/// Line `j` is a link's headline with its stamp on the next line ("ماذا نعرف عن مخيمات اللاجئين؟" /
/// "26 أكتوبر 2023"), as lists of other articles set them: as long as a link's headline, and it may ask
/// or exclaim.
fn stamped_link(lines: &[Line], reasons: &[Option<Reason>], j: usize) -> bool {
    // The stamp first: most lines have none under them, and are left at once.
    if !(3..=MAX_LINK_WORDS).contains(&lines[j].words)
        || (j + 1..lines.len())
            .find(|&k| !lines[k].is_blank())
            .is_none_or(|k| reasons[k] != Some(Reason::Dateline))
    {
        return false;
    }
    let raw = lines[j].raw.trim();
    let asks = raw.ends_with(['?', '؟', '!']);
    (!lines[j].ends_sentence || asks)
        && !raw
            .trim_end_matches(['?', '؟', '!'])
            .contains(['?', '؟', '!', '.'])
        && !raw.ends_with([':', ',', '،', ';', '؛'])
        && !opens_with_conjunction(raw)
}

/// The text opens with an Arabic word that the conjunction "و" joins ("وأضاف", "وبحسب", "وتابع",
/// "ويرى"): the next sentence of running text, never a headline. Only where the letter after "و" is one
/// no common word opens with "و" before it (أ إ ب ت ي م ن ذ ش خ), so "وزير", "وفاة", "ولي العهد" and
/// "واشنطن" open headlines as they may.
pub(crate) fn opens_with_conjunction(text: &str) -> bool {
    let mut letters = text
        .split(char::is_whitespace)
        .next()
        .unwrap_or("")
        .chars()
        .filter(|&c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'));
    letters.next() == Some('و')
        && letters.next().is_some_and(|c| "أإبتيمنذشخ".contains(c))
        && letters.count() >= 2
}

/// Runs of [`MIN_LIST_LINES`] or more headline-shaped lines the rules left open (lines they dropped may
/// stand between): lists of most-read or related headlines, whatever words they hold; not the items of a
/// list the article introduces (`listed`).
pub(crate) fn headline_lists(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    listed: &[bool],
    config: &StripConfig,
) {
    // Lines above the article's first paragraph (a line of running text that ends its sentence) are
    // its header.
    let first_paragraph = (0..lines.len())
        .find(|&k| {
            reasons[k].is_none()
                && lines[k].words >= config.min_content_words
                && lines[k].ends_sentence
        })
        .unwrap_or(lines.len());
    let last_paragraph = (first_paragraph..lines.len())
        .rev()
        .find(|&k| {
            reasons[k].is_none()
                && lines[k].words >= config.min_content_words
                && lines[k].ends_sentence
        })
        .unwrap_or(first_paragraph);
    // A numbered list of headlines stands outside the article's text; inside it, numbered lines are
    // the article's own points.
    let numbered_item =
        |j: usize| (j < first_paragraph || j > last_paragraph) && numbered_headline(lines, j);
    let stacked = stacked_headlines(lines);
    let fields = fact_box_fields(lines);
    let in_stack = |j: usize| match stacked[j] {
        Stacked::No => false,
        Stacked::Whole => true,
        Stacked::OverParagraph => j < first_paragraph,
    };
    let mut i = 0;
    while i < lines.len() {
        let mut members = Vec::new();
        let mut j = i;
        while j < lines.len() {
            if lines[j].is_blank() || reasons[j].is_some() && !members.is_empty() {
                j += 1;
                continue;
            }
            // A link with its stamp under it is no paragraph, though it may ask.
            if reasons[j].is_none()
                && !listed[j]
                && !fields[j]
                && ((headline_shaped(&lines[j]) || numbered_item(j))
                    && (!in_paragraph(lines, j, config) || in_stack(j))
                    || stamped_link(lines, reasons, j))
                && worded(lines[j].raw)
            {
                members.push(j);
                j += 1;
            } else {
                break;
            }
        }
        // The writer's name (three words may look like a headline) may close the run.
        let names = members
            .iter()
            .rev()
            .take_while(|&&m| model::name_shape(lines[m].raw).is_some())
            .count();
        let heads = members.len() - names;
        if heads > 0 && heads_an_article(lines, reasons, members[heads - 1], config) {
            // The article's headline (and the line above or below it: a kicker, a subtitle) ends the run.
            let stacked = heads >= 2 && adjacent(lines, reasons, members[heads - 2]);
            members.truncate(heads - 1 - stacked as usize);
        }
        // A list holds that many headlines of its own: a headline printed again under its subtitle
        // is one item.
        let mut keys: Vec<&str> = members.iter().map(|&m| lines[m].key).collect();
        keys.sort_unstable();
        keys.dedup();
        if keys.len() >= MIN_LIST_LINES
            && !is_verse(lines, &members)
            && !is_numbered_sections(lines, &members)
        {
            for &m in &members {
                reasons[m] = Some(Reason::HeadlineList);
            }
        }
        i = j.max(i + 1);
    }
}

/// Ordinal words that number an article's sections, first to tenth, as Arabic ("أولا: ...", "ثانياً -
/// ...") and Persian ("اول: ...", "دوم: ...") print them before a colon or a dash.
const ORDINALS: [&[&str]; 10] = [
    &["أولا", "اول", "یکم"],
    &["ثانيا", "دوم"],
    &["ثالثا", "سوم"],
    &["رابعا", "چهارم"],
    &["خامسا", "پنجم"],
    &["سادسا", "ششم"],
    &["سابعا", "هفتم"],
    &["ثامنا", "هشتم"],
    &["تاسعا", "نهم"],
    &["عاشرا", "دهم"],
];

/// The longest of [`ORDINALS`] as printed, with its tanween, in bytes.
const MAX_ORDINAL_BYTES: usize = 16;

/// The number (from one) that the folded `word` names as one of [`ORDINALS`].
fn ordinal(word: &str) -> Option<u32> {
    static CELL: std::sync::OnceLock<Vec<(String, u32)>> = std::sync::OnceLock::new();
    let folded = CELL.get_or_init(|| {
        (1..)
            .zip(ORDINALS)
            .flat_map(|(n, forms)| forms.iter().map(move |&form| (crate::fold::fold(form), n)))
            .collect()
    });
    folded
        .iter()
        .find(|(form, _)| form == word)
        .map(|&(_, n)| n)
}

/// The number that opens an article's numbered section heading and the heading after it ("1- ممارسة
/// الرياضة", "٢. تناول الطعام الصحي", "3) Sleep well", "أولا: الدخول إلى المنصة"): digits of any of the
/// Arabic script's sets or ASCII, or an ordinal word ([`ORDINALS`]), a dash, a dot (Urdu's "۔" too: "1۔ …"),
/// a bracket or a colon,
/// and two words or more.
pub(crate) fn section_number(raw: &str) -> Option<(u32, &str)> {
    let text = raw.trim();
    let mut number = 0u32;
    let mut digits = 0;
    for c in text.chars() {
        let digit = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '٠'..='٩' => c as u32 - '٠' as u32,
            '۰'..='۹' => c as u32 - '۰' as u32,
            _ => break,
        };
        number = number.checked_mul(10)?.checked_add(digit)?;
        digits += c.len_utf8();
    }
    if digits == 0 {
        let word = text.split([' ', ':', '-', '–', '.', ')']).next()?;
        // A word and then the mark, before the word is looked up.
        let marked = text[word.len()..]
            .trim_start()
            .starts_with(['-', '.', ')', '–', ':', '۔']);
        if word.len() > MAX_ORDINAL_BYTES || !marked {
            return None;
        }
        number = ordinal(&crate::fold::fold(word))?;
        digits = word.len();
    }
    let rest = text[digits..]
        .trim_start()
        .strip_prefix(['-', '.', ')', '–', ':', '۔'])?
        .trim_start();
    rest.split_whitespace().nth(1).map(|_| (number, rest))
}

/// A run holds at least this many numbered section headings to be an article's numbered sections.
const MIN_NUMBERED_SECTIONS: usize = 3;

/// Lines `members` are an article's numbered sections, not a list of headlines: headings numbered from
/// one in order ("1- ممارسة الرياضة بانتظام", "2- ..."), [`MIN_NUMBERED_SECTIONS`] or more, each with
/// a line of text or more under it before the next. A list of the most read numbers its headlines one
/// after another, or its numbers stand alone on their lines.
pub(crate) fn is_numbered_sections(lines: &[Line], members: &[usize]) -> bool {
    let numbered: Vec<(usize, u32)> = members
        .iter()
        .enumerate()
        .filter_map(|(at, &m)| section_number(lines[m].raw).map(|(n, _)| (at, n)))
        .collect();
    numbered.len() >= MIN_NUMBERED_SECTIONS
        && numbered
            .iter()
            .enumerate()
            .all(|(k, &(_, n))| n == k as u32 + 1)
        && numbered.iter().enumerate().all(|(k, &(at, _))| {
            numbered.get(k + 1).map_or(members.len(), |&(next, _)| next) > at + 1
        })
}

/// An article's numbered sections that the model dropped with their text (headings and lines of no
/// stop read as a list of headlines) are kept when they follow a line it kept: a run of dropped lines
/// right after kept text, [`is_numbered_sections`], through the last section's text (as many lines as
/// the longest section before it holds).
pub(crate) fn numbered_sections(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
    config: &StripConfig,
) {
    let mut i = 0;
    while i < lines.len() {
        let after_kept = (0..i)
            .rev()
            .find(|&k| !lines[k].is_blank())
            .is_some_and(|k| reasons[k].is_some_and(Reason::keeps));
        // The run opens right after kept text, or with the first section's heading.
        let first_section = || section_number(lines[i].raw).is_some_and(|(n, _)| n == 1);
        let opens = match reasons[i] {
            Some(Reason::LowScore) => after_kept || first_section(),
            // (A heading ends no sentence: kept paragraphs are not read for a number.)
            Some(r) => r.keeps() && !lines[i].ends_sentence && first_section(),
            None => false,
        };
        if lines[i].is_blank() || !opens {
            i += 1;
            continue;
        }
        // Lines the model kept may stand among them (a section's longer paragraph): a run that opens
        // with a heading holds one at least, the model's sign that an article is there.
        let run: Vec<usize> = (i..lines.len())
            .filter(|&k| !lines[k].is_blank())
            .take_while(|&k| {
                reasons[k] == Some(Reason::LowScore) || reasons[k].is_some_and(Reason::keeps)
            })
            .collect();
        let end = run.last().map_or(i + 1, |&k| k + 1);
        let anchored = after_kept || run.iter().any(|&k| reasons[k].is_some_and(Reason::keeps));
        if anchored && is_numbered_sections(lines, &run) {
            let headings: Vec<usize> = (0..run.len())
                .filter(|&at| section_number(lines[run[at]].raw).is_some())
                .collect();
            let longest = headings.windows(2).map(|w| w[1] - w[0]).max().unwrap_or(1);
            let last = headings.last().map_or(0, |&at| at);
            for &k in &run[..run.len().min(last + longest)] {
                if reasons[k] == Some(Reason::LowScore) {
                    reasons[k] = Some(kept_reason(&lines[k], config));
                    evidence[k] = None;
                }
            }
        }
        i = end;
    }
}

/// A fact box's field names are at most this long ("المؤلف", "عدد الصفحات", "Release date")...
const MAX_FIELD_NAME_WORDS: usize = 2;

/// ...and its values at most this long ("دار الفارابي", "312 صفحة").
const MAX_FIELD_VALUE_WORDS: usize = 5;

/// The fields of fact boxes: runs of [`MIN_LIST_LINES`] or more lines in a row, each a short name, a
/// colon and a short value, no two names alike (a book's "المؤلف: ..." / "الناشر: ..." / "عدد الصفحات:
/// ...", a phone's specifications, a match's details). They are no list of headlines, which repeat their
/// labels ("فيديو: ..." / "فيديو: ...") or set them on some items only.
pub(crate) fn fact_box_fields(lines: &[Line]) -> Vec<bool> {
    let name = |l: &Line| -> Option<String> {
        if l.words > MAX_FIELD_NAME_WORDS + MAX_FIELD_VALUE_WORDS {
            return None;
        }
        let raw = l.raw.trim();
        let at = memchr::memchr(b':', raw.as_bytes()).or_else(|| raw.find('：'))?;
        let (name, value) = (&raw[..at], &raw[at..].trim_start_matches([':', '：']));
        let (name_words, value_words) = (
            name.split_whitespace().count(),
            value.split_whitespace().count(),
        );
        ((1..=MAX_FIELD_NAME_WORDS).contains(&name_words)
            && (1..=MAX_FIELD_VALUE_WORDS).contains(&value_words)
            && !name.chars().any(|c| c.is_numeric()))
        .then(|| crate::fold::fold(name.trim()))
    };
    let mut fields = vec![false; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let mut names: Vec<String> = Vec::new();
        let (mut j, mut end) = (i, i);
        while let Some(n) = lines.get(j).and_then(name).filter(|n| !names.contains(n)) {
            names.push(n);
            j += 1;
            end = j;
            while lines.get(j).is_some_and(Line::is_blank) {
                j += 1;
            }
        }
        if names.len() >= MIN_LIST_LINES {
            fields[i..end].fill(true);
        }
        i = end.max(i + 1);
    }
    fields
}

/// Lines `members` are verse, not a list: Arabic-script lines of about one length, no two alike, in
/// couplets whose second lines all end with one word (the radif of Persian, Urdu and Arabic verse: "...
/// ذرا بھی" / "... سزا بھی"), which a first line does not end with (a list whose every item ends with
/// one word, "... فيديو", is a list).
pub(crate) fn is_verse(lines: &[Line], members: &[usize]) -> bool {
    let last_word = |m: usize| {
        lines[m]
            .key
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .trim_end_matches(|c: char| !crate::fold::is_alnum(c))
    };
    // Arabic-script lines, each its own, of one measure: hemistichs are about as long as each other.
    let widths = members.iter().map(|&m| lines[m].raw.trim().chars().count());
    let (shortest, longest) = (widths.clone().min().unwrap_or(0), widths.max().unwrap_or(0));
    let mut keys: Vec<&str> = members.iter().map(|&m| lines[m].key).collect();
    keys.sort_unstable();
    keys.dedup();
    if members.len() < 2 * MIN_COUPLETS
        || keys.len() < members.len()
        || 2 * longest > 3 * shortest
        || members.iter().any(|&m| lines[m].arabic <= lines[m].latin)
    {
        return false;
    }
    let radif = last_word(members[1]);
    !radif.is_empty()
        && members
            .iter()
            .skip(1)
            .step_by(2)
            .all(|&m| last_word(m) == radif)
        && members.iter().step_by(2).any(|&m| last_word(m) != radif)
}

/// Verse holds at least this many couplets.
const MIN_COUPLETS: usize = 2;

/// A headline holds three words of letters at least: a fact's label and its figure ("باتری: ۶۰۰۰
/// میلی‌آمپرساعت", "Population: 3.2 million") is no headline.
pub(crate) fn worded(raw: &str) -> bool {
    raw.split_whitespace()
        .filter(|w| w.chars().any(is_alpha))
        .count()
        >= 3
}

/// Line `last` stands right above a byline, a writer's name or a dateline (blank lines aside) that a
/// paragraph follows:
/// it is the article's headline, whatever the lines above it are.
fn heads_an_article(
    lines: &[Line],
    reasons: &[Option<Reason>],
    last: usize,
    config: &StripConfig,
) -> bool {
    let mut signed = false;
    for (j, line) in lines.iter().enumerate().skip(last + 1) {
        if line.is_blank() {
            continue;
        }
        match reasons[j] {
            Some(Reason::Byline | Reason::Dateline) => signed = true,
            // Share buttons may stand between the headline and its byline.
            Some(Reason::Ui | Reason::Prompt) => {}
            None if model::name_shape(line.raw).is_some() => signed = true,
            // The city the writer reports from, on its own line under the headline or the name
            // ("الدوحة").
            None if byline::is_place(line.raw) => {}
            // A paragraph, not a headline over one that a page with no blank lines sets right
            // above it: a paragraph's first line ends its sentence or runs on into the next line.
            None => {
                return signed
                    && is_paragraph(lines, j, config)
                    && (line.ends_sentence
                        || lines
                            .get(j + 1)
                            .is_some_and(|next| model::breaks_mid_sentence(line, next)))
            }
            _ => return false,
        }
    }
    false
}

/// Line `i` comes right after two paragraphs in a row, or a paragraph, a subheading and a paragraph, each
/// paragraph a long line that ends its sentence and that no rule took: a card's blurb stands alone under
/// its headline, a run of paragraphs is an article's. A "read more" there is no teaser's link: it opens
/// the rest of a box's text, or heads the list after the article ("اقرأ المزيد", "Read More" over its
/// headlines).
fn closes_paragraphs(
    lines: &[Line],
    reasons: &[Option<Reason>],
    i: usize,
    config: &StripConfig,
) -> bool {
    let paragraph = |k: usize| {
        let line = &lines[k];
        reasons[k].is_none() && line.ends_sentence && line.words >= config.min_content_words
    };
    let mut shown = (0..i).rev().filter(|&k| !lines[k].is_blank());
    let (Some(last), Some(before)) = (shown.next(), shown.next()) else {
        return false;
    };
    paragraph(last)
        && (paragraph(before)
            || reasons[before].is_none()
                && heading_like(&lines[before])
                && shown.next().is_some_and(paragraph))
}

/// Inside an article (a paragraph over it, the article going on after it, see [`article_goes_on`]), the
/// "read more" on line `i` opens the rest of the article, right under it, or points at another article
/// over at most [`MAX_POINTER_LINKS`] links, as "read also" does: where the article goes on, past the
/// pointer's links, and the pointer's own line when it has none.
fn read_more_pointer(
    lines: &[Line],
    reasons: &[Option<Reason>],
    i: usize,
    config: &StripConfig,
) -> Option<usize> {
    let prev = (0..i).rev().find(|&j| !lines[j].is_blank())?;
    if reasons[prev].is_some() || !is_paragraph(lines, prev, config) {
        return None;
    }
    let end = article_goes_on(lines, reasons, i + 1, config, false)?;
    let links: Vec<usize> = (i + 1..end)
        .filter(|&j| !lines[j].is_blank() && reasons[j].is_none())
        .collect();
    // With no link, the rest of the article follows right under it.
    let opens_rest = (i + 1..end).all(|j| lines[j].is_blank());
    ((opens_rest || !links.is_empty())
        && links.len() <= MAX_POINTER_LINKS
        && links.iter().all(|&j| lines[j].words <= MAX_LINK_WORDS))
    .then_some(if links.is_empty() { i } else { end })
}

/// Line `i` is a "read more" under a run of paragraphs ([`closes_paragraphs`]) over a headline, and no
/// pointer inside the article ([`read_more_pointer`]): the heading of a list after the article, not a
/// button of a promo's text.
fn heads_list_after_article(
    lines: &[Line],
    reasons: &[Option<Reason>],
    i: usize,
    config: &StripConfig,
) -> bool {
    closes_paragraphs(lines, reasons, i, config)
        && lexicon::is_read_more(lines[i].key)
        && read_more_pointer(lines, reasons, i, config).is_none()
        && (i + 1..lines.len())
            .find(|&j| !lines[j].is_blank())
            .is_some_and(|j| shaped_as_headline(&lines[j], MAX_LINK_WORDS))
}

/// The next line after `i` that is neither blank nor a rule's is the one after it: two lines stacked.
fn adjacent(lines: &[Line], reasons: &[Option<Reason>], i: usize) -> bool {
    let next = (i + 1..lines.len()).find(|&j| !lines[j].is_blank() && reasons[j].is_none());
    next.is_some_and(|n| (i + 1..n).all(|j| lines[j].is_blank()))
}

/// A blurb directly followed by a "learn more" link is a teaser. A "read more" inside an article
/// ([`read_more_pointer`]) and one under a run of paragraphs ([`closes_paragraphs`]) follow no blurb:
/// the paragraph before them stays.
pub(crate) fn teasers(lines: &[Line], reasons: &mut [Option<Reason>], config: &StripConfig) {
    for i in 0..lines.len() {
        if !lexicon::is_read_more(lines[i].key) {
            continue;
        }
        if let Some(end) = read_more_pointer(lines, reasons, i, config) {
            for r in &mut reasons[i..end] {
                if matches!(r, None | Some(Reason::Ui)) {
                    *r = Some(Reason::ReadAlso);
                }
            }
            continue;
        }
        let prev = (0..i).rev().find(|&j| !lines[j].is_blank());
        // A "read more" under a run of paragraphs heads the list after the article (see
        // [`related_blocks`]): the paragraph over it is the article's.
        if closes_paragraphs(lines, reasons, i, config) {
            continue;
        }
        if let Some(j) = prev {
            if reasons[j].is_none() {
                reasons[j] = Some(Reason::Teaser);
                // The card's headline over its blurb, a card's icon or date between them or not.
                let headline = (0..j).rev().find(|&k| {
                    !lines[k].is_blank()
                        && !matches!(
                            reasons[k],
                            Some(
                                Reason::LatinBlock
                                    | Reason::Ui
                                    | Reason::Dateline
                                    | Reason::Caption
                            )
                        )
                });
                if let Some(k) = headline.filter(|&k| {
                    // A card's headline may be two words ("منشآت الري").
                    let shaped = headline_shaped(&lines[k])
                        || lines[k].words == 2 && heading_like(&lines[k]);
                    reasons[k].is_none() && shaped && j - k <= MAX_CARD_SPAN
                }) {
                    reasons[k] = Some(Reason::Teaser);
                }
            }
        }
    }
}

/// A card's headline stands at most this many lines over its blurb (an icon, a date and blank lines
/// between them).
const MAX_CARD_SPAN: usize = 6;

/// Summaries a list cut short at about the same length, each ending with an ellipsis glued to its last
/// word ("... پورے انہماک...", "... التي تشهدها…"): [`MIN_CUT_SUMMARIES`] or more in a row (with a
/// headline or a date of their own between them, or not), each of [`MIN_CUT_SUMMARY_WORDS`] words or more,
/// the longest at most a quarter longer than the shortest, are a list of teasers with the headlines
/// between them and the first one's over it. An article's paragraphs that trail off so run to any
/// length. Read among the lines left to the line model (`open`), after it scored them: the model reads
/// the page as it was.
pub(crate) fn cut_summaries(lines: &[Line], reasons: &mut [Option<Reason>], open: &[bool]) {
    let cut = |l: &Line| {
        l.words >= MIN_CUT_SUMMARY_WORDS
            && ends_with_ellipsis(l.raw)
            && !l
                .raw
                .trim_end()
                .trim_end_matches(['.', '…'])
                .ends_with(char::is_whitespace)
    };
    let shown: Vec<usize> = (0..lines.len()).filter(|&j| !lines[j].is_blank()).collect();
    let mut k = 0;
    while k < shown.len() {
        if !open[shown[k]] || !cut(&lines[shown[k]]) {
            k += 1;
            continue;
        }
        // The run: cut lines, at most two short lines between two of them.
        let mut run = vec![shown[k]];
        let mut next = k + 1;
        while next < shown.len() {
            let gap = (next..shown.len())
                .take(3)
                .position(|m| open[shown[m]] && cut(&lines[shown[m]]));
            let Some(gap) = gap else { break };
            let between_short =
                (next..next + gap).all(|m| lines[shown[m]].words <= MAX_CUT_SUMMARY_GAP_WORDS);
            if !between_short {
                break;
            }
            run.push(shown[next + gap]);
            next += gap + 1;
        }
        let widths: Vec<usize> = run
            .iter()
            .map(|&j| lines[j].raw.trim().chars().count())
            .collect();
        let (shortest, longest) = (
            widths.iter().copied().min().unwrap_or(0),
            widths.iter().copied().max().unwrap_or(0),
        );
        if run.len() >= MIN_CUT_SUMMARIES && longest * 4 <= shortest * 5 {
            // The list's items: the summaries, the headlines and dates between them, and the first
            // item's headline over its summary.
            let first = run[0];
            let headline_over = (0..first)
                .rev()
                .find(|&j| !lines[j].is_blank())
                .filter(|&j| open[j] && headline_shaped(&lines[j]));
            let from = headline_over.unwrap_or(first);
            for j in from..=run[run.len() - 1] {
                if open[j] && !lines[j].is_blank() {
                    reasons[j] = Some(Reason::Teaser);
                }
            }
        }
        k = next.max(k + 1);
    }
}

/// Cut summaries in a row that make a list at least...
const MIN_CUT_SUMMARIES: usize = 2;
/// ...of at least this many words each...
pub(crate) const MIN_CUT_SUMMARY_WORDS: usize = 8;
/// ...with lines of at most this many words between two of them (their headlines, their dates).
const MAX_CUT_SUMMARY_GAP_WORDS: usize = 20;

/// A ticker's line holds at least this many words...
pub(crate) const MIN_TICKER_WORDS: usize = 40;

/// ...and at most one sentence mark for this many of its words (a headline may ask a question)...
const TICKER_WORDS_PER_STOP: usize = 40;

/// ...and at most one comma for this many (headlines hardly set one; running text sets one every
/// twenty words or so).
const TICKER_WORDS_PER_COMMA: usize = 50;

/// Lines this long are the article's running text, which the ticker stands above.
const MIN_RUNNING_TEXT_WORDS: usize = 12;

/// A news ticker above the article on a page in Arabic script: headlines run together on one long line
/// with a space between them (a news bar, its items joined as the page's text flattened them), kept as a
/// paragraph. It is a line of [`MIN_TICKER_WORDS`] words or more that ends with no stop, colon or comma
/// and holds hardly any stop or comma inside, above every line of running text that ends a sentence, on
/// a page whose running text ends its sentences (two lines or more, and two in three; on pages that set
/// no stops, an unstopped line is a paragraph like the others).
pub(crate) fn run_together_headlines(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
) {
    let arabic: usize = lines.iter().map(|l| l.arabic).sum();
    let latin: usize = lines.iter().map(|l| l.latin).sum();
    if arabic <= latin {
        return;
    }
    let running: Vec<bool> = lines
        .iter()
        .zip(reasons.iter())
        .map(|(l, r)| r.is_some_and(Reason::keeps) && l.words >= MIN_RUNNING_TEXT_WORDS)
        .collect();
    let stopped = |i: usize| running[i] && prints_stop(lines[i].raw.trim());
    let Some(first_stopped) = (0..lines.len()).find(|&i| stopped(i)) else {
        return;
    };
    // The page's running text but a ticker ends its sentences.
    let others = running.iter().filter(|&&r| r).count() - 1;
    let stopped_text = (0..lines.len()).filter(|&i| stopped(i)).count();
    if stopped_text < 2 || 3 * stopped_text < 2 * others {
        return;
    }
    for i in 0..first_stopped {
        let line = &lines[i];
        if running[i]
            && line.words >= MIN_TICKER_WORDS
            && line.arabic > line.latin
            // A paragraph that introduces what follows ends with a colon; a ticker's last headline
            // ends with a word.
            && !line.raw.trim_end().ends_with([':', '：', '؛', ';', ',', '،'])
            && sentence_marks(line.raw) * TICKER_WORDS_PER_STOP <= line.words
            && line.raw.matches([',', '،']).count() * TICKER_WORDS_PER_COMMA <= line.words
        {
            reasons[i] = Some(Reason::HeadlineList);
            evidence[i] = None;
        }
    }
}

/// The sentence marks of `text`: full stops (not a dot of a run of dots, nor one between digits),
/// question and exclamation marks.
fn sentence_marks(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .filter(|&i| match chars[i] {
            '!' | '?' | '؟' | '۔' => true,
            '.' => {
                let before = i.checked_sub(1).map(|j| chars[j]);
                let after = chars.get(i + 1).copied();
                before != Some('.')
                    && after != Some('.')
                    && !(before.is_some_and(|c| c.is_ascii_digit())
                        && after.is_some_and(|c| c.is_ascii_digit()))
            }
            _ => false,
        })
        .count()
}
