//! Boilerplate shapes of news pages in Arabic, Persian and Urdu (`fixtures/strip-shapes`, pages written
//! for these tests): the lines kept, the headline, the date and the authors; and, on any text, one decision with one
//! reason for every line.

use std::path::Path;

use proptest::prelude::*;
use tanqih_strip::{strip, StripConfig, Stripped};

/// The shape pages: each page's file name, its text, and what `expected.json` says of it.
fn shape_pages() -> Vec<(String, String, serde_json::Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/strip-shapes");
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    expected["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|page| {
            let file = page["file"].as_str().unwrap().to_string();
            let text = std::fs::read_to_string(dir.join(&file)).unwrap();
            (file, text, page.clone())
        })
        .collect()
}

/// Each line's reason code.
fn reasons(s: &Stripped) -> Vec<&'static str> {
    s.lines.iter().map(|d| d.reason.code()).collect()
}

#[test]
fn news_pages_of_three_languages_keep_their_article_only() {
    for (file, text, page) in shape_pages() {
        let s = strip(&text, &StripConfig::default());
        let kept: Vec<u64> = s
            .lines
            .iter()
            .filter(|d| d.keep)
            .map(|d| d.line as u64)
            .collect();
        let want: Vec<u64> = page["kept"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_u64().unwrap())
            .collect();
        let explain: Vec<String> = s
            .lines
            .iter()
            .map(|d| format!("{} {}", d.line, d.reason.code()))
            .collect();
        assert_eq!(kept, want, "{file}: {explain:?}");
        assert_eq!(s.meta.title.as_deref(), page["title"].as_str(), "{file}");
        assert_eq!(s.meta.date.as_deref(), page["date"].as_str(), "{file}");
        let authors: Vec<&str> = page["authors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        assert_eq!(s.meta.authors, authors, "{file}");
    }
}

/// Invisible marks right-to-left pages set at the edges of lines: a right-to-left mark, an embedding, a
/// left-to-right mark, a byte-order mark, a no-break space, an Arabic letter mark.
const EDGE_MARKS: [&str; 6] = [
    "\u{200F}", "\u{202B}", "\u{200E}", "\u{FEFF}", "\u{00A0}", "\u{061C}",
];

#[test]
fn invisible_marks_at_the_edges_of_lines_change_no_decision() {
    for (file, text, _) in shape_pages() {
        let marked: Vec<String> = text
            .split('\n')
            .enumerate()
            .map(|(i, line)| {
                let after = if i % 3 == 0 { "\u{200F}" } else { "" };
                format!("{}{line}{after}", EDGE_MARKS[i % EDGE_MARKS.len()])
            })
            .collect();
        let plain = strip(&text, &StripConfig::default());
        let with_marks = strip(&marked.join("\n"), &StripConfig::default());
        assert_eq!(reasons(&with_marks), reasons(&plain), "{file}");
        assert_eq!(with_marks.meta, plain.meta, "{file}");
    }
}

#[test]
fn words_apart_by_other_spaces_decide_as_by_one_plain_space() {
    for (file, text, _) in shape_pages() {
        let plain = strip(&text, &StripConfig::default());
        for other in ["\t", "\u{00A0}", "  ", "\u{2009}", " &nbsp;"] {
            let spaced = text.replace(' ', other);
            let s = strip(&spaced, &StripConfig::default());
            assert_eq!(reasons(&s), reasons(&plain), "{file} with {other:?}");
            assert_eq!(s.meta, plain.meta, "{file} with {other:?}");
        }
    }
}

#[test]
fn digits_of_any_arabic_script_and_arabic_yeh_and_kaf_decide_as_the_page() {
    let digits = |text: &str, zero: char| -> String {
        text.chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(zero as u32 + (c as u32 - '0' as u32)).unwrap(),
                _ => c,
            })
            .collect()
    };
    for (file, text, _) in shape_pages() {
        let plain = strip(&text, &StripConfig::default());
        // Persian typed on an Arabic keyboard spells yeh and kaf with the Arabic letters.
        let variants = [
            ("Eastern Arabic digits", digits(&text, '٠')),
            ("Persian digits", digits(&text, '۰')),
            (
                "Arabic yeh and kaf",
                text.replace('ی', "ي").replace('ک', "ك"),
            ),
        ];
        for (what, variant) in variants {
            let s = strip(&variant, &StripConfig::default());
            assert_eq!(reasons(&s), reasons(&plain), "{file} with {what}");
            assert_eq!(s.meta.date, plain.meta.date, "{file} with {what}");
            assert_eq!(
                s.meta.authors.len(),
                plain.meta.authors.len(),
                "{file} with {what}"
            );
        }
    }
}

#[test]
fn a_page_whose_extractor_marks_list_items_and_links_decides_as_the_page() {
    let marks = ['*', '-', '+', '•', '·', '–', '►', '▸', '●', '◦', '▪'];
    for (file, text, _) in shape_pages() {
        // Pages that type marks of their own are read with them; a page of few short lines shows no
        // extractor's marking (ten lines and three in ten at least are marked).
        let shown = text.lines().filter(|l| !l.trim().is_empty()).count();
        let short = text
            .lines()
            .filter(|l| (1..=6).contains(&l.split_whitespace().count()))
            .count();
        if text.lines().any(|l| l.starts_with(marks)) || short < 10 || short * 10 < shown * 3 {
            continue;
        }
        let plain = strip(&text, &StripConfig::default());
        for mark in ["* ", "- ", "• ", "* [link]"] {
            // A converter to Markdown-like text marks every item: menus, lists of links, short lines;
            // "* [link]" writes each as a link too.
            let marked: String = text
                .split('\n')
                .enumerate()
                .map(|(i, l)| {
                    let short = (1..=6).contains(&l.split_whitespace().count());
                    match (short, mark) {
                        (false, _) => l.to_string(),
                        (true, "* [link]") => format!("* [{l}](https://example.test/{i})"),
                        (true, _) => format!("{mark}{l}"),
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            let s = strip(&marked, &StripConfig::default());
            assert_eq!(reasons(&s), reasons(&plain), "{file} with {mark:?}");
            assert_eq!(s.meta, plain.meta, "{file} with {mark:?}");
        }
    }
}

#[test]
fn a_double_spaced_page_decides_as_the_page() {
    for (file, text, _) in shape_pages() {
        let lines: Vec<&str> = text.trim_end_matches('\n').split('\n').collect();
        // Another extractor's output: a blank line between every two lines.
        let spaced = lines.join("\n\n") + "\n";
        let plain = strip(&text, &StripConfig::default());
        let double = strip(&spaced, &StripConfig::default());
        let shown = |s: &Stripped| -> Vec<&'static str> {
            s.lines
                .iter()
                .filter(|d| d.reason != tanqih_strip::Reason::Blank)
                .map(|d| d.reason.code())
                .collect()
        };
        assert_eq!(shown(&double), shown(&plain), "{file}");
        assert!(
            double.lines.iter().skip(1).step_by(2).all(|d| !d.keep),
            "{file}"
        );
        assert_eq!(double.meta, plain.meta, "{file}");
        assert_eq!(
            double
                .kept_text(&spaced)
                .split_whitespace()
                .collect::<Vec<_>>(),
            plain
                .kept_text(&text)
                .split_whitespace()
                .collect::<Vec<_>>(),
            "{file}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Every line gets exactly one decision, numbered in order, whose keep flag is its reason's; the line
    /// model's evidence only on lines no rule decided; the kept text is the kept lines.
    #[test]
    fn every_line_has_one_decision_and_reason(
        lines in prop::collection::vec(
            prop::sample::select(vec![
                "", " ", "الرئيسية | أخبار | رياضة", "Home | News | Sport",
                "وقال المتحدث باسم الوزارة إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة.",
                "The council voted on Tuesday to approve the plan to rebuild the harbour.",
                "الأحد 3 كانون الثاني 2021 - 10:15", "بقلم: أحمد علي", "اقرأ أيضا",
                "عودة الأمطار الغزيرة إلى عدة مناطق (صور)", "{", "\"a\": [1, 2],", "}",
                "广告", "© 2024 جميع الحقوق محفوظة", "Maria Lopez", "Published April 25, 2023",
                "ـــ", "\u{200c}", "a\u{0}b", "....",
            ]),
            0..40,
        ),
    ) {
        let text = lines.join("\n");
        let s = strip(&text, &StripConfig::default());
        let raw: Vec<&str> = text.split('\n').collect();
        prop_assert_eq!(s.lines.len(), raw.len());
        for (i, d) in s.lines.iter().enumerate() {
            prop_assert_eq!(d.line, i + 1);
            prop_assert_eq!(d.keep, d.reason.keeps());
            if d.evidence.is_some() {
                prop_assert!(!matches!(d.reason.code(), "blank" | "structured-data" | "ui" | "dateline"));
            }
        }
        // The kept text is the kept lines, one separator between two.
        let kept: Vec<&str> = s.lines.iter().filter(|d| d.keep).map(|d| raw[d.line - 1]).collect();
        prop_assert_eq!(
            s.kept_text(&text).len(),
            kept.iter().map(|l| l.len()).sum::<usize>() + kept.len().saturating_sub(1)
        );
    }
}
