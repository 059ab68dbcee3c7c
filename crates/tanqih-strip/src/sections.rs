//! The parts of a page around and inside the article that rules over runs of lines tell: its closing
//! paragraphs and writer's notes, interview answers, lists and tables it introduces, comments and
//! author boxes after it, the site's policies and cookie notices, polls, tickers and repeated lines.

use super::*;

/// A paragraph the model dropped, but scored at least this likely content (thousandths), is the article's
/// last when it closes it (see [`closing_paragraphs`]).
const MIN_CLOSING_SCORE: u16 = 300;

/// ...or this likely, right under a subheading the model kept, or under a paragraph that prints no
/// stop, as it prints none.
const MIN_HEADED_CLOSING_SCORE: u16 = 200;

/// A subheading holds at most this many words.
const MAX_SUBHEADING_WORDS: usize = 12;

/// A section of short sentences, one a line, under its subheading holds at most this many before its
/// last...
const MAX_SECTION_SENTENCES: usize = 4;

/// ...each of at most this many words.
const MAX_SECTION_SENTENCE_WORDS: usize = 15;

/// The article's last paragraph, which the chrome right after it pulls under the model's threshold: a
/// line of running text (or a shorter sentence that a conjunction opens, see [`opens_with_conjunction`],
/// or that a kept subheading heads)
/// that ends a sentence (or ends with no stop, as the paragraph before it does),
/// right after the last kept line and right before a
/// line a rule dropped as chrome (a prompt, a related block, comments, a copyright, ...), a list of
/// references' heading, or the page's end, is kept when the model gave it a fair chance.
pub(crate) fn closing_paragraphs(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &[Option<Evidence>],
    config: &StripConfig,
) {
    let non_blank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_blank()).collect();
    let Some(last_kept) = reasons.iter().rposition(|r| r.is_some_and(Reason::keeps)) else {
        return;
    };
    for (k, &i) in non_blank.iter().enumerate() {
        // Only after the article's last kept line: a caption or a teaser inside it is no closing.
        if i < last_kept {
            continue;
        }
        let line = &lines[i];
        // A page whose paragraphs end with no stop (many Arabic sites set none) closes with one too.
        let unstopped_before = k > 0 && {
            let before = &lines[non_blank[k - 1]];
            !before.ends_sentence && before.words >= config.min_content_words
        };
        // A subheading the model kept right above (a short line, no sentence, no comma or colon after
        // it) heads this paragraph, its last section's, however short and however low the chrome after
        // it pulls its score.
        let subheading = |before: usize| {
            reasons[before].is_some_and(Reason::keeps)
                && !lines[before].ends_sentence
                && lines[before].words <= MAX_SUBHEADING_WORDS
                // A greeting or a label ("Hi Charles,", "Note:") heads no section.
                && !lines[before].raw.trim_end().ends_with([',', '،', ':', ';', '؛'])
        };
        // Or heads the kept sentences right above it, one a line, this the section's last
        // ("نصائح لنجاح الكبسة" / "انقعي الأرز ..." / "استخدمي لحما طازجا ...").
        let under_subheading = k > 0 && {
            let sentences = non_blank[..k]
                .iter()
                .rev()
                .take(MAX_SECTION_SENTENCES + 1)
                .take_while(|&&j| {
                    reasons[j].is_some_and(Reason::keeps)
                        && lines[j].ends_sentence
                        && lines[j].words <= MAX_SECTION_SENTENCE_WORDS
                })
                .count();
            sentences <= MAX_SECTION_SENTENCES
                && k > sentences
                && subheading(non_blank[k - 1 - sentences])
        };
        // So does an interview's last question its answer ("... الشكاوى؟" / "نستقبل كل الشكاوى ...").
        let under_question = k > 0 && {
            let before = non_blank[k - 1];
            reasons[before].is_some_and(Reason::keeps)
                && lines[before].raw.trim_end().ends_with(['?', '؟'])
        };
        let headed = under_subheading || under_question;
        // On a page that prints no stop after its paragraphs, the model's sentence signals say little
        // of any line: the last paragraph, printed as the one above, needs no more than a headed one.
        let printed_unstopped = k > 0
            && !prints_stop(line.raw.trim())
            && reasons[non_blank[k - 1]].is_some_and(Reason::keeps)
            && !prints_stop(lines[non_blank[k - 1]].raw.trim())
            && lines[non_blank[k - 1]].words >= config.min_content_words;
        let min_score = if headed || printed_unstopped {
            MIN_HEADED_CLOSING_SCORE
        } else {
            MIN_CLOSING_SCORE
        };
        if reasons[i] != Some(Reason::LowScore)
            || !line.ends_sentence && !unstopped_before && !printed_unstopped
            || line.words < config.min_content_words
                && !(line.words >= MIN_CONJOINED_SENTENCE_WORDS
                    && (headed || opens_with_conjunction(line.raw.trim())))
            || evidence[i].as_ref().is_none_or(|e| e.score < min_score)
        {
            continue;
        }
        let after_kept = k > 0 && reasons[non_blank[k - 1]].is_some_and(Reason::keeps);
        // Or after its subheading, which the same chrome pulled under the threshold, right under kept
        // text: the two close the article together ("ردود الفعل" / "ورحب عدد من أعضاء ...").
        let dropped_subheading = (k > 1 && !after_kept)
            .then(|| non_blank[k - 1])
            .filter(|&sub| {
                reasons[sub] == Some(Reason::LowScore)
                    && !lines[sub].ends_sentence
                    && lines[sub].words <= MAX_SUBHEADING_WORDS
                    && !lines[sub]
                        .raw
                        .trim_end()
                        .ends_with([',', '،', ':', ';', '؛'])
                    // A note in brackets is a caption's or a credit's ("(Image credit: ...)").
                    && !lines[sub].raw.trim_start().starts_with('(')
                    && reasons[non_blank[k - 2]].is_some_and(Reason::keeps)
                    && line.words >= config.min_content_words
            });
        let chrome_next = non_blank.get(k + 1).is_none_or(|&j| {
            matches!(
                reasons[j],
                Some(
                    Reason::Prompt
                        | Reason::RelatedBlock
                        | Reason::ReadAlso
                        | Reason::Comments
                        | Reason::AuthorBox
                        | Reason::Copyright
                        | Reason::HeadlineList
                        | Reason::Ad
                        | Reason::Caption
                        | Reason::Ui
                )
            ) || lexicon::is_references_heading(lines[j].key)
        });
        if (after_kept || dropped_subheading.is_some()) && chrome_next {
            reasons[i] = Some(Reason::Content);
            if let Some(sub) = dropped_subheading {
                reasons[sub] = Some(Reason::ShortBetweenContent);
            }
        }
    }
}

/// A writer's note is at most this long.
const MAX_WRITERS_NOTE_WORDS: usize = 15;

/// The writer's note under the article's last paragraph ("كاتب وأكاديمي، أستاذ العلوم السياسية بجامعة
/// القاهرة"): a short line that opens with a writer's role and ends no sentence, kept by the model for
/// its place, is the writer's box, not the article.
pub(crate) fn writers_note(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
) {
    let Some(last) = reasons
        .iter()
        .zip(lines)
        .rposition(|(r, l)| *r == Some(Reason::Content) && l.ends_sentence)
    else {
        return;
    };
    let Some(next) = (last + 1..lines.len()).find(|&j| !lines[j].is_blank()) else {
        return;
    };
    let line = &lines[next];
    // The note may open with an asterisk that points back to the byline ("* استاد اقتصاد دانشگاه تهران").
    let note = line.raw.trim_start().trim_start_matches(['*', '٭', ' ']);
    if reasons[next].is_some_and(Reason::keeps)
        && line.words <= MAX_WRITERS_NOTE_WORDS
        && !line.ends_sentence
        && byline::opens_with_role(note)
    {
        reasons[next] = Some(Reason::Byline);
        evidence[next] = None;
    }
}

/// A writer's bio under the byline holds at most this many words.
const MAX_BIO_WORDS: usize = 40;

/// The writer's bio right under the byline ("سمير عطا الله" / "كاتب وصحافي لبناني، عمل في ..."): the
/// line after a byline, kept by the model, that opens with a writer's role and introduces the writer,
/// the article's text going on under it, is the writer's box.
pub(crate) fn bio_under_byline(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
) {
    let next_shown = |i: usize| (i + 1..lines.len()).find(|&j| !lines[j].is_blank());
    for b in 0..lines.len() {
        if reasons[b] != Some(Reason::Byline) {
            continue;
        }
        let Some(bio) = next_shown(b) else {
            continue;
        };
        let line = &lines[bio];
        let goes_on = next_shown(bio).is_some_and(|k| reasons[k] == Some(Reason::Content));
        if reasons[bio].is_some_and(Reason::keeps)
            && line.words <= MAX_BIO_WORDS
            && byline::opens_with_role(line.raw)
            && goes_on
        {
            reasons[bio] = Some(Reason::AuthorBox);
            evidence[bio] = None;
        }
    }
}

/// Labels of an interview's question and answer, one pair a language ("س:" / "ج:", "Q:" / "A:").
const INTERVIEW_LABELS: &[(&str, &str)] = &[
    ("س", "ج"),
    ("سؤال", "جواب"),
    ("پرسش", "پاسخ"),
    ("سوال", "جواب"),
    ("Q", "A"),
];

/// The label before a line's first colon.
fn turn_label(raw: &str) -> Option<&str> {
    raw.trim_start()
        .split_once([':', '：'])
        .map(|(label, _)| label.trim())
}

/// An interview's answer goes with its question: a line that opens with the answer's label ("ج:
/// المصارف والصحة والتعليم.") right after a kept line that opens with the question's, however short.
pub(crate) fn interview_answers(lines: &[Line], reasons: &mut [Option<Reason>]) {
    for i in 1..lines.len() {
        if reasons[i] != Some(Reason::LowScore) {
            continue;
        }
        let Some(answer) = turn_label(lines[i].raw) else {
            continue;
        };
        let Some(before) = (0..i).rev().find(|&j| !lines[j].is_blank()) else {
            continue;
        };
        let asked = reasons[before].is_some_and(Reason::keeps)
            && turn_label(lines[before].raw).is_some_and(|question| {
                INTERVIEW_LABELS
                    .iter()
                    .any(|&(q, a)| q == question && a == answer)
            });
        if asked {
            reasons[i] = Some(if lines[i].ends_sentence {
                Reason::SentenceFragment
            } else {
                Reason::ShortBetweenContent
            });
        }
    }
}

/// The writer's note with no heading over it: the last line kept, a paragraph that opens with the name
/// of the writer the byline gave ("د. سامر العلي أستاذ العلاقات الدولية ...", "Jane Roe is a reporter
/// ..."), after another paragraph, is the writer's box; so are the writer's name alone on a line after
/// the last paragraph and the short lines kept under it.
pub(crate) fn closing_author_note(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
    authors: &[String],
) {
    let Some(last) = reasons.iter().rposition(|r| r.is_some_and(Reason::keeps)) else {
        return;
    };
    let paragraphs_before = reasons[..last]
        .iter()
        .filter(|&&r| r == Some(Reason::Content))
        .count();
    if paragraphs_before == 0 {
        return;
    }
    // The writer's name alone under the last paragraph, and the short note kept under it: the box.
    let is_writer = |key: &str| {
        authors.iter().any(|author| {
            let name = fold::fold(author);
            name.split_whitespace().count() >= 2 && key == name
        })
    };
    let last_paragraph = reasons[..=last]
        .iter()
        .rposition(|&r| r == Some(Reason::Content));
    if let Some(box_from) = last_paragraph.and_then(|p| {
        (p + 1..=last).find(|&i| reasons[i].is_some_and(Reason::keeps) && is_writer(lines[i].key))
    }) {
        for i in box_from..=last {
            if reasons[i].is_some_and(Reason::keeps) && lines[i].words <= MAX_WRITERS_BOX_WORDS {
                reasons[i] = Some(Reason::AuthorBox);
                evidence[i] = None;
            }
        }
        return;
    }
    if reasons[last] != Some(Reason::Content) {
        return;
    }
    let key = lines[last].key;
    let opens_with_writer = authors.iter().any(|author| {
        let name = fold::fold(author);
        name.split_whitespace().count() >= 2
            && key
                .strip_prefix(name.as_str())
                .is_some_and(|rest| rest.starts_with([' ', ',', '،']))
    });
    if opens_with_writer {
        reasons[last] = Some(Reason::AuthorBox);
        evidence[last] = None;
    }
}

/// A line of the writer's box under their name holds at most this many words.
const MAX_WRITERS_BOX_WORDS: usize = 30;

/// The items of a list the article introduces ([`introduced_lists`]) share one fate: when the sentence
/// that introduces them and the line after the list are both kept, every item is, whatever the model made
/// of each (two-word items such as symptoms or names, a table's cells, score as low as a menu's). After a
/// table's cells ([`MIN_CELL_RUN`] lines or more of a few words each: a table of prices, one cell a line),
/// the paragraph the article goes on with is the article's too, however the cells' low scores pulled it
/// down (as after verse it quotes), and so is the sentence that introduces the table right under a
/// paragraph.
pub(crate) fn whole_lists(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    listed: &[bool],
    config: &StripConfig,
) {
    let keeps = |r: Option<Reason>| r.is_some_and(Reason::keeps);
    let mut i = 0;
    while i < lines.len() {
        if !listed[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && (listed[i] || lines[i].is_blank()) {
            i += 1;
        }
        let before = (0..start).rev().find(|&j| !lines[j].is_blank());
        let after = (i..lines.len()).find(|&j| !lines[j].is_blank());
        let cells = (start..i).filter(|&j| !lines[j].is_blank());
        let rows: Vec<usize> = cells.clone().collect();
        let table = rows.len() >= MIN_CELL_RUN
            && rows.iter().all(|&j| lines[j].words <= MAX_CELL_WORDS)
            || labelled_figures(lines, &rows);
        // Verse the article quotes pulls the paragraph after it down as a table does.
        let verse = related::is_verse(lines, &rows);
        let goes_on = |j: usize| {
            (table || verse)
                && reasons[j] == Some(Reason::LowScore)
                && lines[j].ends_sentence
                && lines[j].words >= config.min_content_words
        };
        // The sentence that introduces a table right under a paragraph of the article is the article's
        // (a long table pulls its score down too).
        let introduces = |j: usize| {
            table
                && reasons[j] == Some(Reason::LowScore)
                && (0..j)
                    .rev()
                    .find(|&k| !lines[k].is_blank())
                    .is_some_and(|k| reasons[k] == Some(Reason::Content))
        };
        let intro = before.filter(|&j| introduces(j));
        let rescued = after.filter(|&j| goes_on(j));
        if before.is_some_and(|j| keeps(reasons[j]) || intro.is_some())
            && after.is_some_and(|j| keeps(reasons[j]) || rescued.is_some())
        {
            if let Some(j) = rescued {
                reasons[j] = Some(Reason::Content);
            }
            for j in intro.into_iter().chain(start..i) {
                if reasons[j] != Some(Reason::LowScore) {
                    continue;
                }
                reasons[j] = Some(if lines[j].ends_sentence {
                    Reason::SentenceFragment
                } else {
                    Reason::ShortBetweenContent
                });
            }
        }
    }
}

/// A page's subheadings between kept paragraphs hold at most this many words each...
const MAX_SANDWICHED_HEADING_WORDS: usize = 8;
/// ...and stand there this many times at least.
const MIN_SANDWICHED_HEADINGS: usize = 3;
/// The article's first paragraph stands within this many lines under its headline (a date, a byline
/// between).
const HEADLINE_TO_TEXT_LINES: usize = 3;

/// The article's subheadings the model dropped: [`MIN_SANDWICHED_HEADINGS`] lines or more, each shaped
/// as a heading (two to [`MAX_SANDWICHED_HEADING_WORDS`] words, no final stop, colon or comma), printed
/// once in the page, with no slash (a picture's credit: "Name/Getty Images"), right between two kept
/// paragraphs. One such line may be a picture's caption; the article's sections repeat the pattern.
pub(crate) fn sandwiched_subheadings(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
    config: &StripConfig,
) {
    let paragraph = |k: usize| {
        reasons[k].is_some_and(Reason::keeps)
            && lines[k].ends_sentence
            && lines[k].words >= config.min_content_words
    };
    // The article's subheadings stand under its headline (the line that repeats the page's `<title>`,
    // a kept paragraph a few lines under it): above it, headlines between their summaries are teasers.
    let heads_text = |j: usize| {
        (j + 1..lines.len())
            .filter(|&k| !lines[k].is_blank())
            .take(HEADLINE_TO_TEXT_LINES)
            .any(paragraph)
    };
    let start = related::title_echo(lines, 0)
        .filter(|&j| heads_text(j))
        .unwrap_or(0);
    let shown: Vec<usize> = (start..lines.len())
        .filter(|&k| !lines[k].is_blank())
        .collect();
    let mut headings: Vec<usize> = shown
        .windows(3)
        .filter(|w| {
            let line = &lines[w[1]];
            reasons[w[1]] == Some(Reason::LowScore)
                && line.words <= MAX_SANDWICHED_HEADING_WORDS
                && heading_like(line)
                && !line.raw.contains('/')
                && paragraph(w[0])
                && paragraph(w[2])
        })
        .map(|w| w[1])
        .collect();
    if headings.len() < MIN_SANDWICHED_HEADINGS {
        return;
    }
    // Printed once: a label the page repeats ("Article content") heads no section.
    headings.retain(|&k| lines.iter().filter(|l| l.key == lines[k].key).count() == 1);
    if headings.len() >= MIN_SANDWICHED_HEADINGS {
        for k in headings {
            reasons[k] = Some(Reason::ShortBetweenContent);
            evidence[k] = None;
        }
    }
}

/// An ingredient's line holds at most this many words...
const MAX_INGREDIENT_WORDS: usize = 20;
/// ...and a list of them at most this many lines.
const MAX_INGREDIENT_LINES: usize = 40;

/// A recipe's ingredients under their heading ("المكونات", "Ingredients"), inside the article (the
/// article going on after the list, after the method's heading or not): the heading and every short
/// line under it the model or the headline-list rule dropped are kept; a checkbox's glyph or another
/// rule's line between them stays out.
pub(crate) fn ingredient_lists(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
) {
    let keeps = |r: Option<Reason>| r.is_some_and(Reason::keeps);
    let dropped_item = |r: Option<Reason>| {
        matches!(
            r,
            Some(Reason::LowScore | Reason::HeadlineList | Reason::Duplicate)
        )
    };
    for i in 0..lines.len() {
        if lines[i].is_blank()
            || !lexicon::is_ingredients_heading(lines[i].key)
            || !(keeps(reasons[i]) || dropped_item(reasons[i]))
        {
            continue;
        }
        let mut items = Vec::new();
        let mut method = None;
        let mut goes_on = false;
        for j in (i + 1..lines.len()).take(MAX_INGREDIENT_LINES) {
            if lines[j].is_blank() || reasons[j] == Some(Reason::Ui) {
                continue;
            }
            if lexicon::is_method_heading(lines[j].key) {
                method = Some(j);
                let next = (j + 1..lines.len()).find(|&k| !lines[k].is_blank());
                goes_on = next.is_some_and(|k| keeps(reasons[k]));
                break;
            }
            if keeps(reasons[j]) {
                goes_on = lines[j].words > MAX_INGREDIENT_WORDS || !items.is_empty();
                if lines[j].words > MAX_INGREDIENT_WORDS {
                    break;
                }
                continue;
            }
            if !dropped_item(reasons[j]) || lines[j].words > MAX_INGREDIENT_WORDS {
                break;
            }
            items.push(j);
        }
        if !goes_on || items.len() < 2 {
            continue;
        }
        for j in std::iter::once(i).chain(items).chain(method) {
            if !keeps(reasons[j]) {
                reasons[j] = Some(Reason::ShortBetweenContent);
                evidence[j] = None;
            }
        }
    }
}

/// A run of short lines between two paragraphs holds at least this many lines to be a table's...
const MIN_CELL_RUN: usize = 4;
/// ...of at most this many words each, when it stands under a sentence that introduces it.
const MAX_CELL_WORDS: usize = 3;

/// A table's cells between two of the article's paragraphs ("الفريق" / "لعب" / "النقاط" / "الأهلي" /
/// "5" / "13"): a run of short lines the model alone decided, with a paragraph kept right before and
/// right after it, shares one fate when the model kept most of it, when it is a table of figures, or
/// when it is a table of fields ([`field_table`]; a date may be a field's value there): every cell is
/// kept.
pub(crate) fn cell_runs(lines: &[Line], reasons: &mut [Option<Reason>], config: &StripConfig) {
    let model_short = |reasons: &[Option<Reason>], i: usize| {
        lines[i].words < config.min_content_words
            && match reasons[i] {
                Some(Reason::LowScore | Reason::ShortBetweenContent | Reason::SentenceFragment) => {
                    true
                }
                Some(Reason::Dateline) => (0..i)
                    .rev()
                    .find(|&j| !lines[j].is_blank())
                    .is_some_and(|j| field_label(&lines[j])),
                _ => false,
            }
    };
    let mut i = 0;
    while i < lines.len() {
        if lines[i].is_blank() || !model_short(reasons, i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && (lines[i].is_blank() || model_short(reasons, i)) {
            i += 1;
        }
        let run: Vec<usize> = (start..i).filter(|&j| !lines[j].is_blank()).collect();
        let before = (0..start).rev().find(|&j| !lines[j].is_blank());
        let after = (i < lines.len()).then_some(i);
        let paragraph = |j: Option<usize>| j.is_some_and(|j| reasons[j] == Some(Reason::Content));
        let kept = run
            .iter()
            .filter(|&&j| reasons[j] != Some(Reason::LowScore))
            .count();
        // A table of figures (half its cells or more print a number, every cell a few words, none a
        // label before a colon or a link: a share box's) is the article's whatever the model made of it.
        let figures = run.iter().all(|&j| {
            lines[j].words <= MAX_CELL_WORDS
                && !lines[j].raw.trim_end().ends_with(':')
                && !crate::opens_with_link(lines[j].folded)
        }) && 2 * run.iter().filter(|&&j| prints_figure(lines[j].raw)).count()
            >= run.len()
            || labelled_figures(lines, &run);
        let fields = field_table(lines, &run);
        if !fields && run.iter().any(|&j| reasons[j] == Some(Reason::Dateline)) {
            continue;
        }
        // After a table of figures the article goes on with a paragraph, however the cells pulled its
        // score down.
        let goes_on = after.filter(|&j| {
            figures
                && reasons[j] == Some(Reason::LowScore)
                && lines[j].ends_sentence
                && lines[j].words >= config.min_content_words
        });
        if run.len() >= MIN_CELL_RUN
            && (2 * kept > run.len() || figures || fields)
            && paragraph(before)
            && (paragraph(after) || goes_on.is_some())
        {
            if let Some(j) = goes_on {
                reasons[j] = Some(Reason::Content);
            }
            for &j in &run {
                if matches!(reasons[j], Some(Reason::LowScore | Reason::Dateline)) {
                    reasons[j] = Some(if lines[j].ends_sentence {
                        Reason::SentenceFragment
                    } else {
                        Reason::ShortBetweenContent
                    });
                }
            }
        }
    }
}

/// A table of fields, one cell a line ("الاسم الكامل:" / "نبيل محمود الفخراني" / "تاريخ الميلاد:" / "12
/// مارس 1950"): [`MIN_FIELD_ROWS`] labels or more, each a few words before a colon with its value, a few
/// words that end no sentence, on the next line; a heading over the table and one under it may close
/// the run.
fn field_table(lines: &[Line], run: &[usize]) -> bool {
    let value = |j: usize| {
        let l = &lines[j];
        (1..=MAX_FIELD_VALUE_WORDS).contains(&l.words)
            && !l.ends_sentence
            && !l.raw.trim_end().ends_with([':', '：'])
    };
    let mut k = usize::from(run.first().is_some_and(|&j| !field_label(&lines[j])));
    let mut rows = 0;
    while k + 1 < run.len() && field_label(&lines[run[k]]) && value(run[k + 1]) {
        rows += 1;
        k += 2;
    }
    rows >= MIN_FIELD_ROWS && run.len() - k <= 1
}

/// A field's label: a few words before a colon that ends the line ("تاريخ الميلاد:").
fn field_label(line: &Line) -> bool {
    (1..=MAX_FIGURE_LABEL_WORDS).contains(&line.words) && line.raw.trim_end().ends_with([':', '：'])
}

/// A table of fields holds at least this many...
const MIN_FIELD_ROWS: usize = 3;
/// ...each value of at most this many words.
const MAX_FIELD_VALUE_WORDS: usize = 6;

/// A table's rows, one a line, each a label and its value ("صفحه نمایش: ۶.۷ اینچ", "أبوظبي: العظمى 25
/// والصغرى 17", "Turnout: 41%"): [`MIN_FIGURE_ROWS`] rows or more, every one a label of a few words
/// before a colon and a short value after it, and all but one at most printing a figure in its value.
fn labelled_figures(lines: &[Line], rows: &[usize]) -> bool {
    let mut figures = 0;
    for &j in rows {
        let Some(value) = labelled_value(&lines[j]) else {
            return false;
        };
        figures += usize::from(prints_figure(value));
    }
    rows.len() >= MIN_FIGURE_ROWS && figures + 1 >= rows.len()
}

/// The value of a row that gives a label and its value on one line ("باتری: ۵۰۰۰ میلی‌آمپر ساعت"): a
/// label of a few words, a colon, and a value of a few words.
fn labelled_value<'a>(line: &Line<'a>) -> Option<&'a str> {
    // Most lines are longer than any row (a paragraph with a colon).
    if line.words > MAX_FIGURE_LABEL_WORDS + MAX_FIGURE_ROW_WORDS {
        return None;
    }
    let (label, value) = line.raw.trim().split_once([':', '：'])?;
    let label_words = label.split_whitespace().count();
    ((1..=MAX_FIGURE_LABEL_WORDS).contains(&label_words)
        && (1..=MAX_FIGURE_ROW_WORDS).contains(&value.split_whitespace().count()))
    .then_some(value)
}

/// A table of labelled figures holds at least this many rows...
const MIN_FIGURE_ROWS: usize = 3;
/// ...each a label of at most this many words...
const MAX_FIGURE_LABEL_WORDS: usize = 3;
/// ...and a value of at most this many.
const MAX_FIGURE_ROW_WORDS: usize = 6;

/// `cell` holds a figure, a word of digits alone ("4200", "1.5", "12%", "٣٦٧٥"), not an identifier that
/// mixes them with letters ("dp3_1_en").
fn prints_figure(cell: &str) -> bool {
    cell.split_whitespace().any(|w| {
        w.chars().any(char::is_numeric)
            && w.chars().all(|c| {
                c.is_numeric() || matches!(c, '.' | ',' | '٫' | '٬' | '%' | '٪' | '-' | '+')
            })
    })
}

/// At most this many open lines that are no sentence stand between the headline and the lead...
const MAX_LINES_BEFORE_LEAD: usize = 2;

/// ...each of at most this many words.
const MAX_WORDS_BEFORE_LEAD: usize = 15;

/// The body's first paragraphs read to tell a page with no stops.
const UNSTOPPED_BODY_LINES: usize = 3;

/// A lead holds at least this many words.
const MIN_LEAD_WORDS: usize = 5;

/// The article's lead: the first line after the headline that the rules left open (datelines, bylines,
/// captions, share buttons may stand between), when it is a paragraph the model dropped and kept lines
/// follow it. Between the headline and the body, a paragraph is the article's, however the share bar
/// under it pulls its score down. True when the lead is kept so.
pub(crate) fn lead_paragraph(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    headline: usize,
    config: &StripConfig,
) -> bool {
    let open = |r: Option<Reason>| r.is_none_or(|r| matches!(r, Reason::LowScore) || r.keeps());
    // A page that ends its paragraphs with no stop (many Arabic sites set none; see
    // `stop_unstopped_paragraphs`): its body's first paragraphs print none.
    let body: Vec<usize> = (headline + 1..lines.len())
        .filter(|&i| reasons[i] == Some(Reason::Content))
        .take(UNSTOPPED_BODY_LINES)
        .collect();
    let unstopped = body.len() >= 2 && body.iter().all(|&i| !prints_stop(lines[i].raw.trim()));
    // A line or two that are no sentence (a recipe's times, a stamp no rule read) may stand before it;
    // on a page with no stops, only lines shorter than a paragraph.
    let most_words_aside = if unstopped {
        config.min_content_words - 1
    } else {
        MAX_WORDS_BEFORE_LEAD
    };
    let aside = |i: usize| {
        reasons[i] == Some(Reason::LowScore)
            && !lines[i].ends_sentence
            && lines[i].words <= most_words_aside
    };
    let Some(lead) = (headline + 1..lines.len())
        .filter(|&i| !lines[i].is_blank() && open(reasons[i]))
        .take(MAX_LINES_BEFORE_LEAD + 1)
        .find(|&i| !aside(i))
    else {
        return false;
    };
    let line = &lines[lead];
    // A lead may end with a colon that introduces a list or a table ("وفيما يلي أسعار الصرف:"), and
    // with nothing on a page with no stops.
    let ends = line.ends_sentence || line.raw.trim_end().ends_with([':', '：']) || unstopped;
    if reasons[lead] != Some(Reason::LowScore) || !ends || line.words < MIN_LEAD_WORDS {
        return false;
    }
    // Short lines the rules left open (a stamp they did not read, a share bar) may come first.
    let body_follows = line.words >= config.min_content_words
        && (lead + 1..lines.len())
            .find(|&i| open(reasons[i]) && lines[i].words >= config.min_content_words)
            .is_some_and(|i| reasons[i] == Some(Reason::Content));
    // A page that sets each sentence on a line of its own: a short lead, the next sentence kept.
    let sentences_follow = line.ends_sentence
        && (lead + 1..lines.len())
            .find(|&i| !lines[i].is_blank())
            .is_some_and(|i| reasons[i].is_some_and(Reason::keeps) && lines[i].ends_sentence);
    let body_follows = body_follows || sentences_follow;
    if body_follows {
        reasons[lead] = Some(if line.words >= config.min_content_words {
            Reason::Content
        } else {
            Reason::SentenceFragment
        });
    }
    body_follows
}

/// A comments heading after the article (two paragraphs or more, and half of the page's paragraph words
/// or more, stand before it: a comment count or a menu item above or beside the article is no such
/// heading, while the comments after it may be as long as the article), and every line
/// after it that no rule decided: readers' comments, their names and dates, and the form to post one.
/// The footer after them is decided by its own rules.
pub(crate) fn comment_sections(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    config: &StripConfig,
) {
    let paragraph_words: Vec<usize> = (0..lines.len())
        .map(|i| {
            if reasons[i].is_none() && is_paragraph(lines, i, config) {
                lines[i].words
            } else {
                0
            }
        })
        .collect();
    let total: usize = paragraph_words.iter().sum();
    let (mut before, mut paragraphs_before) = (0, 0);
    let mut heading = None;
    for (i, line) in lines.iter().enumerate() {
        if paragraphs_before >= MIN_PARAGRAPHS_BEFORE_COMMENTS
            && before * 2 >= total
            && matches!(reasons[i], None | Some(Reason::Ui))
            && (line.words <= 4 && lexicon::is_comments_heading(line.key)
                || line.words <= MAX_COMMENTS_ON_TITLE_WORDS
                    && lexicon::is_comments_on_title(line.key))
        {
            heading = Some(i);
            break;
        }
        before += paragraph_words[i];
        paragraphs_before += (paragraph_words[i] > 0) as usize;
    }
    let Some(heading) = heading else {
        return;
    };
    reasons[heading] = Some(Reason::Comments);
    for r in reasons.iter_mut().skip(heading + 1) {
        if r.is_none() {
            *r = Some(Reason::Comments);
        }
    }
}

/// A heading of comments that names the article's title ("12 تعليقا على ...") holds at most this many
/// words.
const MAX_COMMENTS_ON_TITLE_WORDS: usize = 24;

/// An author box holds at most this many lines under its heading.
const MAX_AUTHOR_BOX_LINES: usize = 2;

/// The writer's box ("عن الكاتب", "درباره نویسنده", "About the author"): its heading, and the one or two
/// lines under it that no rule decided (the writer's note, however well written), up to a blank line
/// after them.
pub(crate) fn author_boxes(lines: &[Line], reasons: &mut [Option<Reason>]) {
    let mut i = 0;
    while i < lines.len() {
        if !(matches!(reasons[i], None | Some(Reason::Ui))
            && lines[i].words <= 5
            && lexicon::is_author_box_heading(lines[i].key))
        {
            i += 1;
            continue;
        }
        reasons[i] = Some(Reason::AuthorBox);
        let mut taken = 0;
        i += 1;
        while i < lines.len() && taken < MAX_AUTHOR_BOX_LINES && reasons[i].is_none() {
            if lines[i].is_blank() {
                if taken > 0 {
                    break;
                }
            } else {
                reasons[i] = Some(Reason::AuthorBox);
                taken += 1;
            }
            i += 1;
        }
    }
}

/// A thread of comments with no heading over it, after the article: three posts or more, each a short
/// line stamping it with its time ("Joseph • 3 weeks ago", "August 8, 2018 at 7:21 pm", "أحمد منذ
/// ساعتين") over a kept paragraph, each stamp within [`MAX_POST_LINES`] lines of the one before, and
/// [`MIN_PARAGRAPHS_BEFORE_THREAD`] paragraphs of the article kept above the first. What was kept from
/// the first stamp to the end of the last post goes as comments.
pub(crate) fn comment_threads(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    config: &StripConfig,
) {
    let kept = |r: Option<Reason>| r.is_some_and(Reason::keeps);
    let next_line = |i: usize| (i + 1..lines.len()).find(|&j| !lines[j].blank);
    let stamps: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            !lines[i].blank
                && lines[i].words <= MAX_STAMP_WORDS
                && lines[i].words > 0
                && next_line(i)
                    .is_some_and(|j| kept(reasons[j]) && lines[j].words >= config.min_content_words)
                && date::is_post_stamp(lines[i].folded)
        })
        .collect();
    // The first run of stamps that follow each other closely enough to be one thread.
    let mut run: &[usize] = &[];
    let mut start = 0;
    for k in 1..=stamps.len() {
        if k == stamps.len() || stamps[k] - stamps[k - 1] > MAX_POST_LINES {
            if k - start >= MIN_POSTS {
                run = &stamps[start..k];
                break;
            }
            start = k;
        }
    }
    let (Some(&first), Some(&last)) = (run.first(), run.last()) else {
        return;
    };
    let paragraphs_before = (0..first)
        .filter(|&i| kept(reasons[i]) && lines[i].words >= config.min_content_words)
        .count();
    if paragraphs_before < MIN_PARAGRAPHS_BEFORE_THREAD {
        return;
    }
    // The last post runs over its kept lines up to the first line dropped or the thread's reach.
    let end = (last + 1..lines.len().min(last + 1 + MAX_POST_LINES))
        .find(|&j| !lines[j].blank && !kept(reasons[j]))
        .unwrap_or(lines.len().min(last + 1 + MAX_POST_LINES));
    for r in &mut reasons[first..end] {
        if kept(*r) {
            *r = Some(Reason::Comments);
        }
    }
}

/// A post's stamp holds at most this many words.
pub(crate) const MAX_STAMP_WORDS: usize = 8;

/// A thread holds at least this many posts.
const MIN_POSTS: usize = 3;

/// A post (its stamp and its text) spans at most this many lines.
const MAX_POST_LINES: usize = 15;

/// A thread with no heading follows at least this many of the article's paragraphs.
const MIN_PARAGRAPHS_BEFORE_THREAD: usize = 3;

/// A comments heading follows at least this many of the article's paragraphs.
const MIN_PARAGRAPHS_BEFORE_COMMENTS: usize = 2;

/// A paragraph longer than a copyright line that speaks of three kinds of the site's rules (see
/// [`lexicon::is_site_policy`]: "ترحب شبكة … بالنقاش …", a cookie notice) is the site's policy; so is a
/// line of a cookie notice ([`cookie_notice`]). Such lines stand at an edge of the text the model kept,
/// after the article or before it, or beside another line dropped: only the kept lines of the model
/// (`open`) at such an edge are read, from either end inwards, after it scored them.
pub(crate) fn site_policies(lines: &[Line], reasons: &mut [Option<Reason>], open: &[bool]) {
    let kept = |r: Option<Reason>| r.is_some_and(Reason::keeps);
    let shown: Vec<usize> = (0..lines.len()).filter(|&j| !lines[j].is_blank()).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for (k, &i) in shown.iter().enumerate() {
            let at_edge = k == 0
                || k + 1 == shown.len()
                || !kept(reasons[shown[k - 1]])
                || !kept(reasons[shown[k + 1]]);
            if open[i]
                && kept(reasons[i])
                && at_edge
                && (lines[i].words > MAX_COPYRIGHT_WORDS
                    && lexicon::is_site_policy(lines[i].folded)
                    || cookie_notice(lines, &shown, k))
            {
                reasons[i] = Some(Reason::Copyright);
                changed = true;
            }
        }
    }
}

/// Lines in a row that name cookies make a cookie notice when there are this many.
const MIN_COOKIE_RUN: usize = 3;

/// The line `shown[k]` is a cookie notice's: it names cookies and the web (the site, the browser, the
/// ads: see [`lexicon::cookie_talk`]) in the site's own voice ("we use cookies to …", "نستخدم ملفات
/// تعريف الارتباط …"), or it stands among [`MIN_COOKIE_RUN`] lines in a row that all name cookies, the
/// web among them (a notice's list: "These cookies are necessary …", "This cookie is set by …"). An
/// article on cookies names them in a paragraph here and there, and quotes no site on its own cookies.
fn cookie_notice(lines: &[Line], shown: &[usize], k: usize) -> bool {
    let Some(talk) = lexicon::cookie_talk(lines[shown[k]].folded) else {
        return false;
    };
    if talk.web && talk.site_voice {
        return true;
    }
    if shown.len() < MIN_COOKIE_RUN {
        return false;
    }
    let talk_at = |j: usize| lexicon::cookie_talk(lines[shown[j]].folded);
    let last = shown.len() - MIN_COOKIE_RUN;
    (k.saturating_sub(MIN_COOKIE_RUN - 1)..=k.min(last)).any(|from| {
        let run: Option<Vec<_>> = (from..from + MIN_COOKIE_RUN).map(talk_at).collect();
        run.is_some_and(|run| run.iter().any(|t| t.web))
    })
}

/// A poll: its question (a line that asks), its options (a few short lines) and its buttons ("تصويت",
/// "عرض النتائج"), one line each, are the page's widget, not the article's text.
pub(crate) fn polls(lines: &[Line], reasons: &mut [Option<Reason>]) {
    for i in 0..lines.len() {
        if !lexicon::is_poll_button(lines[i].key) {
            continue;
        }
        let mut options = 0;
        let question = (0..i).rev().filter(|&j| !lines[j].is_blank()).find(|&j| {
            let asks = lines[j].raw.trim_end().ends_with(['?', '؟']);
            let option = reasons[j].is_none()
                && lines[j].words <= MAX_POLL_OPTION_WORDS
                && !lines[j].ends_sentence;
            options += option as usize;
            asks || !option || options > MAX_POLL_OPTIONS
        });
        let Some(q) = question.filter(|&q| lines[q].raw.trim_end().ends_with(['?', '؟'])) else {
            continue;
        };
        if options < 2 || reasons[q].is_some() {
            continue;
        }
        // The buttons that follow the first one ("تصويت" / "عرض النتائج") go with it.
        let last = (i + 1..lines.len())
            .take_while(|&j| lines[j].is_blank() || lexicon::is_poll_button(lines[j].key))
            .last()
            .unwrap_or(i);
        for r in &mut reasons[q..=last] {
            if r.is_none() {
                *r = Some(Reason::Ui);
            }
        }
    }
}

/// A poll offers at most this many options...
const MAX_POLL_OPTIONS: usize = 8;
/// ...of at most this many words each.
const MAX_POLL_OPTION_WORDS: usize = 6;

/// A breaking-news ticker's item the line model kept as a short line between the article's paragraphs
/// ("عاجل| ..."): a link to another story. The headline, chosen before, stays whatever its label.
pub(crate) fn ticker_items(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
) {
    for (i, line) in lines.iter().enumerate() {
        if reasons[i] == Some(Reason::ShortBetweenContent) && lexicon::is_ticker_item(line.folded) {
            reasons[i] = Some(Reason::Ui);
            evidence[i] = None;
        }
    }
}

/// A table's cell of at most this many words may repeat in the table (a labelled figure of more, too).
const MAX_REPEATED_CELL_WORDS: usize = 2;

/// Later repeats of a kept line (a duplicated title, caption or summary) are dropped; the first kept
/// one stays. A figure alone or a word or two (a table's cell) may repeat. A copy cut short with an
/// ellipsis near the paragraph it copies goes too, before or after it.
pub(crate) fn duplicates(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
) {
    let mut seen: HashSet<&str, FixedState> =
        HashSet::with_capacity_and_hasher(lines.len(), FixedState::default());
    for (i, line) in lines.iter().enumerate() {
        // A figure or a word or two repeats in a table's cells ("49.55", "شهري" in two rows), and a
        // labelled figure in two tables' rows ("حافظه داخلی: ۲۵۶ گیگابایت" of two phones): no text, no
        // repeat.
        let cell = || {
            line.words <= MAX_REPEATED_CELL_WORDS
                || line.digits
                    && (!line.key.contains(char::is_alphabetic)
                        || labelled_value(line).is_some_and(prints_figure))
        };
        if reasons[i].is_some_and(Reason::keeps) && !cell() && !seen.insert(line.key) {
            reasons[i] = Some(Reason::Duplicate);
            evidence[i] = None;
        }
    }
    // A summary cut short with an ellipsis, beside the paragraph it cuts ("... التي تصف..." over "...
    // التي تصف الجوانب المادية ..."): the page's own teaser of its text.
    let kept = |r: Option<Reason>| r.is_some_and(Reason::keeps);
    for i in 0..lines.len() {
        let line = &lines[i];
        if !kept(reasons[i]) || line.words < MIN_CUT_SUMMARY_WORDS || !ends_with_ellipsis(line.raw)
        {
            continue;
        }
        let mut near = (i.saturating_sub(CUT_COPY_REACH)
            ..(i + CUT_COPY_REACH + 1).min(lines.len()))
            .filter(|&j| j != i && kept(reasons[j]));
        // The paragraph goes on past the copy, on its line or wrapped over the lines under it.
        let cut_of = |j: usize| {
            if lines[j].key.len() > line.key.len() {
                return lines[j].key.starts_with(line.key);
            }
            // Word by word, punctuation aside: a wrapped line may end where the copy glues two words.
            let mut copy = words_of(line.key).peekable();
            for k in (j..lines.len()).take_while(|&k| k != i && kept(reasons[k])) {
                for word in words_of(lines[k].key) {
                    match copy.next() {
                        None => return true,
                        Some(w) if w == word => {}
                        // The copy's last word may be cut short.
                        Some(w) => return copy.peek().is_none() && word.starts_with(w),
                    }
                }
            }
            false
        };
        if near.any(cut_of) {
            reasons[i] = Some(Reason::Duplicate);
            evidence[i] = None;
        }
    }
    // A line that runs together the paragraphs under it (the page's description printed over the text
    // it sums up: "X. Y." over "X." and "Y."): a copy.
    for i in 0..lines.len() {
        if kept(reasons[i]) && lines[i].words >= MIN_CUT_SUMMARY_WORDS {
            let mut after = (i + 1..lines.len())
                .filter(|&j| !lines[j].is_blank())
                .take(CUT_COPY_REACH);
            if after.any(|j| kept(reasons[j]) && runs_together(lines, reasons, i, j)) {
                reasons[i] = Some(Reason::Duplicate);
                evidence[i] = None;
            }
        }
    }
}

/// Line `i` holds, word for word, the kept lines from `j` on (blank lines between them), two or more,
/// and ends where one of them ends.
fn runs_together(lines: &[Line], reasons: &[Option<Reason>], i: usize, j: usize) -> bool {
    // Most lines are no copy: a longer line that opens as line `j` does, byte for byte, is read word by
    // word.
    let (copy, first) = (lines[i].key, lines[j].key);
    let mut head = first.len().min(RUN_HEAD_BYTES);
    while !first.is_char_boundary(head) {
        head -= 1;
    }
    if copy.len() <= first.len() || !copy.starts_with(&first[..head]) {
        return false;
    }
    let mut copy = words_of(copy).peekable();
    let mut joined = 0;
    for k in (j..lines.len()).filter(|&k| !lines[k].is_blank()) {
        if !reasons[k].is_some_and(Reason::keeps) {
            return false;
        }
        for word in words_of(lines[k].key) {
            if copy.next() != Some(word) {
                return false;
            }
        }
        joined += 1;
        if copy.peek().is_none() {
            return joined >= 2;
        }
    }
    false
}

/// The words of a folded key, split at every mark, inside a word too: a copy glues what its paragraph
/// wraps ("میدهد.به" over "میدهد." / "به"), which `title::key_words`, trimming marks at a word's ends,
/// keeps whole.
fn words_of(key: &str) -> impl Iterator<Item = &str> {
    key.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The bytes of a paragraph's opening a line that runs it together with the next must open with.
const RUN_HEAD_BYTES: usize = 12;

/// How many lines away from the paragraph it cuts a cut copy of it may stand.
const CUT_COPY_REACH: usize = 3;

/// The header under a headline (bylines, datelines, captions, share buttons) holds at most this many
/// lines before its article's text.
const MAX_HEADER_LINES_UNDER_HEADLINE: usize = 6;

/// A page keeps an article when it keeps this many words at least besides its `<title>` and headline.
const MIN_ARTICLE_WORDS: usize = 20;

/// An article found only by [`empty_article`] takes back at least this many lines...
const MIN_FALLBACK_LINES: usize = 3;
/// ...of this many words on average at least (a menu's items and a recipe's ingredients are shorter).
const MIN_FALLBACK_MEAN_WORDS: usize = 4;

/// A page whose rules and model keep next to nothing ([`MIN_ARTICLE_WORDS`]) keeps the run of lines
/// right under its headline's header instead (its bylines, datelines, captions and buttons), the headline
/// being the line that repeats the page's `<title>` (or a part of it): the lines the model or the
/// headline-list rule dropped, up to the first a rule knew for chrome (a related block, a prompt, a
/// copyright, ...). An article of short lines with no stops, tips under numbered subheadings, reads as a
/// list of headlines, and a page is no article without its text.
pub(crate) fn empty_article(
    lines: &[Line],
    reasons: &mut [Option<Reason>],
    evidence: &mut [Option<Evidence>],
    config: &StripConfig,
) {
    let Some(opening) = lines.iter().position(|l| !l.is_blank()) else {
        return;
    };
    // Most pages keep an article whichever line the headline is: told before the headline is sought.
    let kept = (0..lines.len())
        .filter(|&i| i != opening && reasons[i].is_some_and(Reason::keeps))
        .map(|i| lines[i].words);
    let (sum, longest) = kept.fold((0, 0), |(sum, longest), w| (sum + w, longest.max(w)));
    if sum - longest >= MIN_ARTICLE_WORDS {
        return;
    }
    let title_keys: Vec<String> = std::iter::once(lines[opening].raw)
        .chain(title_parts(lines[opening].raw))
        .map(|part| {
            fold(part)
                .trim_matches(|c: char| !fold::is_alnum(c))
                .to_string()
        })
        .filter(|key| key.split(' ').nth(2).is_some())
        .collect();
    let Some(headline) = (opening + 1..lines.len())
        .find(|&j| !lines[j].is_blank() && title_keys.iter().any(|k| k == lines[j].key))
    else {
        return;
    };
    let kept_words: usize = (0..lines.len())
        .filter(|&i| i != opening && i != headline && reasons[i].is_some_and(Reason::keeps))
        .map(|i| lines[i].words)
        .sum();
    if kept_words >= MIN_ARTICLE_WORDS {
        return;
    }
    let header = |r: Option<Reason>| {
        matches!(
            r,
            Some(Reason::Byline | Reason::Dateline | Reason::Caption | Reason::Ui | Reason::Ad)
        )
    };
    let mut start = headline + 1;
    let mut header_lines = 0;
    while start < lines.len() && (lines[start].is_blank() || header(reasons[start])) {
        header_lines += !lines[start].is_blank() as usize;
        start += 1;
    }
    if header_lines > MAX_HEADER_LINES_UNDER_HEADLINE {
        return;
    }
    let text = |r: Option<Reason>| {
        r.is_some_and(Reason::keeps) || matches!(r, Some(Reason::LowScore | Reason::HeadlineList))
    };
    let end = (start..lines.len())
        .find(|&k| !lines[k].is_blank() && !text(reasons[k]))
        .unwrap_or(lines.len());
    let dropped: Vec<usize> = (start..end)
        .filter(|&k| !lines[k].is_blank() && !reasons[k].is_some_and(Reason::keeps))
        .collect();
    let words: usize = dropped.iter().map(|&k| lines[k].words).sum();
    if dropped.len() < MIN_FALLBACK_LINES || words < MIN_FALLBACK_MEAN_WORDS * dropped.len() {
        return;
    }
    for k in dropped {
        reasons[k] = Some(kept_reason(&lines[k], config));
        evidence[k] = None;
    }
}
