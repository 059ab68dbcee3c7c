use super::*;
use crate::line_rules::{comma_list, crumbs_over_numbered_headline, menu_row};
use crate::metadata::{named_dateline, web_name};
use crate::related::subheading_after_links;
use crate::title::{fuller_title, headline_shaped_alone, titled_name, unmarked, without_site_name};

/// A line model that keeps every line the rules leave open: the rules and mechanisms tested alone.
fn keep_open() -> LineModel {
    let zero = |n: usize| Logistic {
        bias: 0.0,
        weights: vec![0.0; n],
        means: vec![0.0; n],
    };
    LineModel {
        version: MODEL_VERSION,
        fitted_on: String::new(),
        local: zero(LOCAL_FEATURES.len()),
        context: vec![Logistic {
            bias: 5.0,
            ..zero(CONTEXT_FEATURES.len())
        }],
        trees: None,
        threshold: 0.5,
    }
}

fn strip(text: &str, config: &StripConfig) -> Stripped {
    strip_with_model(text, config, None, &keep_open())
}

fn strip_in_corpus(text: &str, config: &StripConfig, corpus: Option<CorpusContext>) -> Stripped {
    strip_with_model(text, config, corpus, &keep_open())
}

/// A page of `fixtures/strip-shapes` and what the bundled model makes of it.
fn shape_page(file: &str) -> (String, Stripped) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/strip-shapes/");
    let page = std::fs::read_to_string(format!("{dir}{file}")).unwrap();
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    (page, s)
}

fn decisions(text: &str) -> (Vec<(bool, Reason)>, Metadata) {
    let s = strip(text, &StripConfig::default());
    (s.lines.iter().map(|d| (d.keep, d.reason)).collect(), s.meta)
}

const BODY: &str = "وقال المتحدث باسم الوزارة في مؤتمر صحفي عقده اليوم إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة.";

/// A Persian story's lead and a paragraph of its text (on solar power).
const SOLAR_LEAD: &str = "وزیر نیرو امروز در نشست خبری گفت که ظرفیت نیروگاه‌های خورشیدی کشور تا پایان سال دو برابر می‌شود.";
const SOLAR_TEXT: &str = "او افزود که سرمایه‌گذاری بخش خصوصی در این طرح‌ها از سال گذشته افزایش یافته و قراردادهای تازه‌ای امضا شده است.";

#[test]
fn news_page_of_another_layout() {
    let page = format!(
        "الرئيسية\nسياسة\nاقتصاد\nرياضة\nالأحد 3 كانون الثاني 2021 - 10:15\nكتب: أحمد علي\n\
         وزير الخارجية يلتقي نظيره الفرنسي\n{BODY}\nتفاصيل اللقاء\n{BODY} وأضاف أن الحوار مستمر.\n\
         وأشار الوزير إلى أن البلدين اتفقا على تشكيل لجنة مشتركة تجتمع كل ثلاثة أشهر لمتابعة ما تم التوصل إليه.\n\
         ومن المنتظر أن يزور الوزير الفرنسي العاصمة في الربيع المقبل، بحسب ما أفاد به مصدر دبلوماسي.\n\
         اقرأ أيضا\nعنوان مقال آخر عن موضوع مختلف تماما في الشأن المحلي\n{BODY} ملخص.\nأضف تعليقك\n\
         جميع الحقوق محفوظة © 2021\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    let (d, meta): (Vec<(bool, Reason)>, Metadata) =
        (s.lines.iter().map(|d| (d.keep, d.reason)).collect(), s.meta);
    let kept: Vec<usize> = d
        .iter()
        .enumerate()
        .filter(|(_, x)| x.0)
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(kept, [7, 8, 9, 10, 11, 12], "{d:?}");
    assert_eq!(d[4].1, Reason::Dateline);
    assert_eq!(d[5].1, Reason::Byline);
    assert_eq!(d[6].1, Reason::Title);
    assert_eq!(d[8].1, Reason::ShortBetweenContent);
    assert_eq!(d[12].1, Reason::RelatedBlock);
    assert_eq!(d[13].1, Reason::RelatedBlock);
    assert_eq!(d[15].1, Reason::Prompt);
    assert_eq!(d[16].1, Reason::Copyright);
    assert_eq!(
        meta.title.as_deref(),
        Some("وزير الخارجية يلتقي نظيره الفرنسي")
    );
    assert_eq!(meta.authors, ["أحمد علي"]);
    assert_eq!(meta.date.as_deref(), Some("2021-01-03T10:15"));
}

#[test]
fn json_blob_authors_and_duplicates() {
    let page = format!(
        "{{\n  \"authors\": [\n    \"سارة محمود\"\n  ],\n  \"type\": \"news\"\n}}\nعنوان الخبر هنا\nعنوان الخبر هنا\n\
         {BODY}\nسارة محمود\nThe programme combines regional knowledge with comparative analysis.\n{BODY} ثانية.\n"
    );
    let (d, meta) = decisions(&page);
    assert!(
        d[..6].iter().all(|x| x.1 == Reason::StructuredData),
        "{d:?}"
    );
    assert_eq!(d[6].1, Reason::Title);
    assert_eq!(d[7].1, Reason::Duplicate);
    assert_eq!(d[9].1, Reason::Byline);
    assert_eq!(d[10].1, Reason::LatinBlock);
    assert!(d[11].0);
    assert_eq!(meta.authors, ["سارة محمود"]);
}

#[test]
fn rewrite_keeps_original_bytes_and_one_newline_between_lines() {
    let text = format!("الرئيسية\n\n{BODY}\nأضف تعليقك\n\n{BODY} ثانية.\n");
    let s = strip(&text, &StripConfig::default());
    let out = s.rewrite(&text);
    assert_eq!(out.text, format!("{BODY}\n{BODY} ثانية."));
    assert_eq!(out.text, s.kept_text(&text));
    let span = out.map.to_source(tanqih_core::Span::new(0, out.text.len()));
    assert_eq!(
        &text[span.start..span.end],
        format!("{BODY}\nأضف تعليقك\n\n{BODY} ثانية.")
    );
}

#[test]
fn empty_and_blank_documents() {
    assert!(strip("", &StripConfig::default())
        .lines
        .iter()
        .all(|d| !d.keep));
    let s = strip(" \n\t\n", &StripConfig::default());
    assert_eq!(s.lines.len(), 3);
    assert!(s.lines.iter().all(|d| d.reason == Reason::Blank));
    assert_eq!(s.rewrite(" \n\t\n").text, "");
}

#[test]
fn signature_with_a_no_break_space_names_the_author() {
    let page = format!("عنوان طويل بما يكفي ليكون عنوانا\nفلان الفلاني\n{BODY}\n{BODY} ثانية.\nوكالة -\u{a0}فلان الفلاني\n");
    let (d, meta) = decisions(&page);
    assert_eq!(meta.authors, ["فلان الفلاني"]);
    assert_eq!(d[1].1, Reason::Byline);
    assert_eq!(d[4].1, Reason::Byline);
}

/// The first of `docs`, stripped with lines counted over all of them (no sites).
fn strip_first_of(docs: &[String], config: &StripConfig) -> Stripped {
    let mut counts = LineCounts::new();
    docs.iter().for_each(|d| counts.add_document(d, None));
    let corpus = CorpusContext {
        counts: &counts,
        site: None,
    };
    strip_in_corpus(&docs[0], config, Some(corpus))
}

#[test]
fn lines_repeated_across_documents_are_dropped() {
    let docs: Vec<String> = (0..3)
        .map(|i| format!("{BODY} رقم {i}.\nتابع آخر الأخبار العاجلة والتقارير الخاصة على موقعنا الإلكتروني كل يوم\n"))
        .collect();
    let s = strip_first_of(&docs, &StripConfig::default());
    assert_eq!(s.lines[0].reason, Reason::Content);
    assert_eq!(s.lines[1].reason, Reason::RepeatedAcrossDocuments);
    let off = StripConfig {
        repeated_min_docs: 0,
        ..StripConfig::default()
    };
    assert!(strip_first_of(&docs, &off).lines[1].keep);
    // The counts read each line as the stripper does: a line of the page's list markup, or one whose
    // items wide spaces part, is counted under the key it is looked up by.
    for furniture in [
        "تابع آخر الأخبار العاجلة والتقارير    على موقعنا    الإلكتروني كل يوم ومساء",
        "[تابع آخر الأخبار العاجلة والتقارير الخاصة على موقعنا الإلكتروني كل يوم](https://example.com/a)",
    ] {
        let docs: Vec<String> = (0..3)
            .map(|i| format!("{BODY} رقم {i}.\n{furniture}\n"))
            .collect();
        let s = strip_first_of(&docs, &StripConfig::default());
        assert_eq!(
            s.lines[1].reason,
            Reason::RepeatedAcrossDocuments,
            "{furniture}: {:?}",
            s.lines
        );
    }
}

#[test]
fn syndicated_sentences_stay_where_furniture_goes() {
    // Three sites carry the same agency story under their own menus: the story's sentences repeat as
    // much as the menu line does, but they are the content.
    let story = format!("{BODY} والوكالة نقلت الخبر.");
    let docs: Vec<String> = ["أ", "ب", "ج"]
        .iter()
        .map(|site| format!("الرئيسية | أخبار | رياضة\n{story}\nموقع {site} الإخباري\n"))
        .collect();
    let s = strip_first_of(&docs, &StripConfig::default());
    assert!(!s.lines[0].keep);
    assert_eq!(s.lines[1].reason, Reason::Content);
    // The same story as a PDF extractor wraps it, its last line one word: still the story.
    let wrapped = "وقال المتحدث باسم الوزارة في مؤتمر صحفي عقده اليوم إن\n\
                   المفاوضات ستستأنف الأسبوع المقبل في العاصمة والوكالة نقلت\n\
                   الخبر.";
    let docs: Vec<String> = ["أ", "ب", "ج"]
        .iter()
        .map(|site| format!("الرئيسية | أخبار | رياضة\n{wrapped}\nموقع {site} الإخباري\n"))
        .collect();
    let s = strip_first_of(&docs, &StripConfig::default());
    // Its lines are neither repeated furniture nor a list of headlines (each alone has a headline's shape).
    assert!(
        s.lines[1..4].iter().all(|d| !matches!(
            d.reason,
            Reason::RepeatedAcrossDocuments | Reason::HeadlineList
        )),
        "{:?}",
        s.lines
    );
}

#[test]
fn a_sites_chrome_goes_when_its_pages_repeat_it() {
    let footer = "تابع آخر الأخبار العاجلة والتقارير الخاصة على موقعنا الإلكتروني كل يوم";
    let mut counts = LineCounts::new();
    counts.add_document(&format!("{BODY} أولى.\n{footer}"), Some("a.example"));
    counts.add_document(&format!("{BODY} ثانية.\n{footer}"), Some("a.example"));
    counts.add_document(&format!("{BODY} ثالثة.\n{footer}"), Some("b.example"));
    let config = StripConfig {
        repeated_min_docs: 10,
        ..StripConfig::default()
    };
    let in_site = |site| {
        let corpus = CorpusContext {
            counts: &counts,
            site: Some(site),
        };
        strip_in_corpus(&format!("{BODY} أولى.\n{footer}"), &config, Some(corpus)).lines[1].reason
    };
    // Two pages of a.example hold the footer: it is a.example's chrome, though the corpus holds it thrice
    // only; b.example printed it once, and keeps it.
    assert_eq!(in_site("a.example"), Reason::RepeatedAcrossDocuments);
    assert_ne!(in_site("b.example"), Reason::RepeatedAcrossDocuments);
}

#[test]
fn hard_wrapped_lines_join_into_paragraphs() {
    let text = "الجماعة الإرهابية في ساحة المعركة، بينما تستعد لاحتمالية سقوط بقية\nالمعاقل في الشمال والشرق.\n\nعنوان فرعي قصير\nوقال المتحدث باسم الوزارة في مؤتمر صحفي إن المفاوضات ستستأنف.\n";
    let s = strip(text, &StripConfig::default());
    assert!(
        s.lines[0].continues && !s.lines[1].continues && !s.lines[3].continues,
        "{:?}",
        s.lines
    );
    let joined = "الجماعة الإرهابية في ساحة المعركة، بينما تستعد لاحتمالية سقوط بقية المعاقل في الشمال والشرق.";
    assert!(
        s.kept_text(text).starts_with(&format!("{joined}\n")),
        "{}",
        s.kept_text(text)
    );
    let out = s.rewrite(text);
    assert_eq!(out.text, s.kept_text(text));
    // The joining space maps back to the newline it replaced.
    let at = out.text.find(" المعاقل").unwrap();
    assert_eq!(
        out.map.to_source(tanqih_core::Span::new(at, at + 1)),
        tanqih_core::Span::new(at, at + 1)
    );
}

#[test]
fn word_fragments_misplaced_by_pdf_extraction_are_joined_or_marked() {
    let text = "يا والعراق. وقالت المصادر إن القوات انسحبت بعد معارك عنيفة في شمال سور\n\n\
                في هذا السياق قال الوزير إن الحكومة ستعلن قرارها خلال أيام قليلة\n\n\
                ــتز وقال المتحدث باسم الوزارة إن المفاوضات ستستأنف بعد أن\n";
    let s = strip(text, &StripConfig::default());
    let fragments: Vec<_> = s.lines.iter().map(|l| l.fragment.clone()).collect();
    assert_eq!(
        fragments[0],
        Some(Fragment {
            text: "يا".into(),
            joined: true
        })
    );
    assert_eq!(
        fragments[2], None,
        "an ordinary opening word is no fragment"
    );
    assert_eq!(
        fragments[4],
        Some(Fragment {
            text: "ــتز".into(),
            joined: false
        }),
        "a stretched piece with no confirmed join is only marked"
    );
    let out = s.rewrite(text);
    let first = out.text.lines().next().unwrap();
    assert_eq!(
        first,
        "والعراق. وقالت المصادر إن القوات انسحبت بعد معارك عنيفة في شمال سوريا"
    );
    assert!(out.text.contains("ــتز وقال"));
    // The rest of the line maps back to its original bytes.
    let at = out.text.find("والعراق").unwrap();
    let source = out
        .map
        .to_source(tanqih_core::Span::new(at, at + "والعراق".len()));
    assert_eq!(&text[source.start..source.end], "والعراق");
    // `kept_text` keeps the original order (what `strip --json` reports).
    assert!(s.kept_text(text).starts_with("يا والعراق"));
    // The page is read without an edge mark, a no-break space or runs of spaces; the join happens in
    // the line as it is written, and nothing else of it is lost.
    for (before, after) in [("\u{200F}", ""), ("", "\u{00A0}"), (" ", "  ")] {
        let marked = text.replacen("يا والعراق.", &format!("{before}يا{after} والعراق."), 1);
        let s = strip(&marked, &StripConfig::default());
        let out = s.rewrite(&marked);
        let first = out.text.lines().next().unwrap();
        assert!(
            first.contains("والعراق. وقالت") && first.ends_with("شمال سوريا"),
            "{before:?} {after:?}: {first}"
        );
    }
}

#[test]
fn a_long_paragraph_that_mentions_copyright_is_prose() {
    let disclaimer = "الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة موقف الموقع.";
    let prose = format!(
        "{BODY} وأوضح أن قانون حقوق النشر الجديد يحمي المؤلفين والناشرين والفنانين من القرصنة الرقمية \
         ويفرض غرامات على المخالفين، مضيفا أن اللجنة ناقشت مواده كلها في جلسات طويلة حضرها ممثلون \
         عن النقابات والجامعات ودور النشر."
    );
    let (d, _) = decisions(&format!("{BODY}\n{prose}\n{BODY} ثانية.\n{disclaimer}\n"));
    assert_eq!(d[1], (true, Reason::Content), "{d:?}");
    assert_eq!(d[3], (false, Reason::Copyright), "{d:?}");
}

#[test]
fn a_long_paragraph_of_the_sites_rules_is_policy_in_any_language() {
    // A comment policy as long as a paragraph, speaking of comments, guidelines, privacy and terms.
    let policies = [
        "يرحب موقع المنارة اليوم بالنقاش الهادئ والمفيد بين قرائه، ولكي لا نضطر إلى مراجعة التعليقات \
         قبل نشرها ننصحك بقراءة إرشادات الاستخدام جيدا، وللعلم فإن كل ما تكتبه قد يستخدم مع اسمك \
         وصورتك وفقا لسياسة الخصوصية وبما يتوافق مع شروط استخدام الموقع المعلنة في أسفل كل صفحة من \
         صفحاته.",
        "Harbor Ledger welcomes a lively and civil discussion, and to keep it that way we ask every reader \
         to follow our community guidelines before posting. Comments are reviewed by moderators and may \
         be removed without notice. What you post, with your name and picture, may be used as our privacy \
         policy and our terms of use allow, so please read both of them before you join in.",
        "دیدگاه‌های ارسال شده پس از بررسی منتشر می‌شود و لطفا پیش از نوشتن قوانین سایت را بخوانید، هر \
         آنچه می‌نویسید با نام شما و بر اساس سیاست‌های حریم خصوصی نگهداری خواهد شد و ما حق داریم \
         دیدگاه‌هایی را که با قوانین و مقررات ما هماهنگ نیست بدون اطلاع شما منتشر نکنیم و حذف کنیم.",
    ];
    // A cookie notice as long: cookies, the privacy policy and the terms.
    let cookies = "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا وتقديم محتوى وإعلانات تناسب \
                   اهتماماتك، وبمواصلة تصفحك للموقع فإنك توافق على استخدامنا لها وفقا لسياسة الخصوصية وشروط \
                   الاستخدام الخاصة بنا، ويمكنك تغيير إعداداتك في أي وقت من صفحة الإعدادات في أسفل الموقع.";
    for policy in policies.into_iter().chain([cookies]) {
        let (d, _) = decisions(&format!("{BODY}\n{BODY} ثانية.\n{policy}\n"));
        assert_eq!(d[2], (false, Reason::Copyright), "{policy}: {d:?}");
    }
    // An article's paragraph on a privacy law names a policy or two of the sites it rules: prose.
    let prose = format!(
        "{BODY} وأوضح أن القانون الجديد يلزم المواقع بنشر سياسة الخصوصية بلغة واضحة يفهمها المستخدم، \
         وبحذف التعليقات التي تنشر بيانات الآخرين خلال يومين، مضيفا أن اللجنة ناقشت مواده كلها في \
         جلسات طويلة حضرها ممثلون عن الشركات والجامعات والنقابات."
    );
    let (d, _) = decisions(&format!("{BODY}\n{prose}\n{BODY} ثانية.\n"));
    assert_eq!(d[1], (true, Reason::Content), "{d:?}");
}

#[test]
fn a_cookie_notice_goes_and_an_article_on_cookies_stays() {
    // The site speaks of its own cookies and of the web, in a paragraph of any length.
    let notices = [
        "نستخدم ملفات تعريف الارتباط لنعرف كيف تتصفح الموقع ولنعرض عليك إعلانات تناسبك.",
        "ما از کوکی‌ها استفاده می‌کنیم تا تجربه شما در سایت بهتر شود.",
        "We use cookies to understand how you use our website and to show you relevant ads.",
    ];
    for notice in notices {
        let (d, _) = decisions(&format!("{BODY}\n{BODY} ثانية.\n{notice}\n"));
        assert_eq!(d[2], (false, Reason::Copyright), "{notice}: {d:?}");
    }
    // A notice's list of cookies, three lines in a row that name them, none in the site's voice.
    let list = "These cookies are necessary for the website to function and cannot be switched off.\n\
                This cookie is set by an analytics provider to count the visitors of the site and their visits.\n\
                The cookie stores a unique number that identifies a returning browser for a year.";
    let (d, _) = decisions(&format!("{BODY}\n{BODY} ثانية.\n{list}\n"));
    assert!(
        d[2..5].iter().all(|&x| x == (false, Reason::Copyright)),
        "{d:?}"
    );
    // An article names cookies here and there, a baker's or a browser's, and stays.
    let article = [
        "US regulators said browsers should block third-party cookies by default, since advertisers use \
         them to follow readers from one website to the next without asking them.",
        "The new rules take effect next spring, and companies that break them face fines of up to four \
         percent of their yearly turnover, the commission said in a statement.",
        "Our grandmother's recipe calls for a chocolate chip cookie dough rested overnight, which lets us \
         bake a softer cookie the next day.",
        "The ministry added that most complaints it received last year concerned online shops that kept \
         the data of their customers longer than the law allows.",
    ];
    let (d, _) = decisions(&article.join("\n"));
    assert!(d.iter().all(|&(keep, _)| keep), "{d:?}");
    // "Cookie-cutter" names no cookie.
    assert_eq!(lexicon::cookie_talk("our cookie-cutter website"), None);
    // A notice's cookies that track the reader's browsing name the web.
    let talk = lexicon::cookie_talk(&fold(
        "These cookies track your browsing habits to show sponsorship credits.",
    ))
    .unwrap();
    assert!(talk.web);
}

#[test]
fn lines_split_as_str_split_does() {
    for text in ["", "\n", "a", "a\n", "\nب\n\nc", "ا\nب\n"] {
        assert_eq!(
            split_lines(text).collect::<Vec<_>>(),
            text.split('\n').collect::<Vec<_>>(),
            "{text:?}"
        );
    }
}

/// An English page as HTML-to-text leaves it: the `<title>` with the site's name first, a menu, the
/// page's clock, the headline, a byline without "By" beside the date, the article, a related item with
/// its own date, an ad widget with the ad network's "by" line, a footer.
const ENGLISH_PAGE: &str = "Council approves the new harbour plan | The Daily Coast\n\
Home | News | Sport | Business | Opinion\n\
Monday, 3 March 2025\n\
Council approves the new harbour plan\n\
Maria Lopez\n\
Published April 25, 2023 12:26 PM\n\
The city council voted on Tuesday to approve the long-debated plan to rebuild the harbour, ending two years of hearings.\n\
Under the plan, the old ferry terminal will be torn down and replaced by a public park and a smaller, modern pier.\n\
Opponents said the cost, estimated at forty million, was too high for a town of its size, and asked for a referendum.\n\
The mayor said work would begin next spring and should be finished before the summer of the following year.\n\
Related stories\n\
Ferry service cut to three days a week\n\
March 1, 2025\n\
Sponsored stories\n\
Doctors stunned by this simple morning habit\n\
by Project Agora\n\
Terms of Service | Privacy Policy | Contact Us\n";

#[test]
fn an_english_page_gives_its_headline_byline_and_own_date() {
    let s = super::strip(ENGLISH_PAGE, &StripConfig::default());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("Council approves the new harbour plan")
    );
    assert_eq!(s.meta.authors, ["Maria Lopez"]);
    assert_eq!(s.meta.date.as_deref(), Some("2023-04-25T12:26"));
    let kept: Vec<usize> = s.lines.iter().filter(|d| d.keep).map(|d| d.line).collect();
    assert!(kept.iter().all(|&n| (4..=10).contains(&n)), "{:?}", s.lines);
    for n in 7..=10 {
        assert!(kept.contains(&n), "paragraph {n}: {:?}", s.lines[n - 1]);
    }
}

#[test]
fn an_ad_networks_credit_beside_its_label_is_the_ads_and_names_no_author() {
    for (label, credit) in [
        ("Sponsored Links", "by Example Ads Network"),
        ("روابط ممولة", "بواسطة شبكة المثال الإعلانية"),
        ("广告", "by Example Ads Network"),
    ] {
        let page = format!(
            "الحكومة تعلن خطة جديدة لدعم المزارعين - الموقع\nالرئيسية\n\
             الحكومة تعلن خطة جديدة لدعم المزارعين\n{BODY}\n{BODY} ثانية.\n{label}\n{credit}\n\
             وصفة سهلة لتحضير الكنافة في المنزل\n"
        );
        let s = super::strip(&page, &StripConfig::default());
        assert!(s.meta.authors.is_empty(), "{label}: {:?}", s.meta.authors);
        let reasons: Vec<Reason> = s.lines.iter().map(|d| d.reason).collect();
        assert_eq!(
            reasons[5..7],
            [Reason::Ad, Reason::Ad],
            "{label}: {reasons:?}"
        );
    }
}

#[test]
fn a_menus_latest_news_item_does_not_take_the_stamp_and_headline_under_it() {
    let page = format!(
        "جريدة المثال\nالرئيسية\nآخر الأخبار\nسياسة\nاقتصاد\nرياضة\nمقالات\nأحمد علي\n\
         الجمعة 6 ديسمبر 2024\nالاقتصاد بين الوعود والواقع\n{BODY}\n{BODY} ثانية.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.title.as_deref(), Some("الاقتصاد بين الوعود والواقع"));
    assert_eq!(s.meta.authors, ["أحمد علي"]);
    assert_eq!(s.meta.date.as_deref(), Some("2024-12-06"));
    assert_eq!(s.lines[2].reason, Reason::RelatedBlock, "{:?}", s.lines);
    assert_eq!(s.lines[7].reason, Reason::Byline, "{:?}", s.lines);
}

#[test]
fn the_clock_of_the_page_s_top_bar_does_not_date_the_article() {
    // The page's clock opens it (under its `<title>`), a breaking-news label and a breadcrumb between it
    // and the headline; the article's own stamp stands under the headline, further down.
    for (clock, stamp, want) in [
        (
            "السبت , يوليو 27 2024",
            "الرباط، 10 فبراير 2021",
            "2021-02-10",
        ),
        ("شنبه ۵ آبان ۱۴۰۳", "تهران - ۱۲ مهر ۱۴۰۲", "2023-10-04"),
    ] {
        let page = format!(
            "المجلس يختتم دورته التشريعية الأولى - موقع المثال\n{clock}\nأخبار عاجلة\nالرئيسية / أخبار عامة / سياسة\n\n\
             المجلس يختتم دورته التشريعية الأولى\n\nكلمة الرئيس\n\nفي اختتام الدورة الأولى\n\n\
             من السنة التشريعية الخامسة\n\nمن الولاية العاشرة\n\n{stamp}\n\n{BODY}\n{BODY} ثانية.\n"
        );
        let s = super::strip(&page, &StripConfig::default());
        assert_eq!(
            s.meta.title.as_deref(),
            Some("المجلس يختتم دورته التشريعية الأولى")
        );
        assert_eq!(s.meta.date.as_deref(), Some(want), "{clock}");
    }
    // A stamp right over the headline, under the page's title, is the article's.
    let page = format!("موقع المثال\nالسبت 27 يوليو 2024\nالمجلس يختتم دورته التشريعية الأولى\n{BODY}\n{BODY} ثانية.\n");
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.date.as_deref(), Some("2024-07-27"));
}

#[test]
fn a_picture_s_alt_text_over_its_credited_caption_is_the_caption_s() {
    // The alt text, then the caption with its credit glued: neither is the headline, which stands above.
    let page = format!(
        "خبرنامه\n\nبازار ارز در هفته‌ای پرنوسان؛ دلار به کجا می‌رود؟\n\nنوسان نرخ دلار در بازار تهران\n\
         نوسان نرخ دلار در بازار تهران Copyright Example Photo\nنگارش از Jane Roe\nهمرسانی نظرها\n\n\
         {PERSIAN_BODY}\n\n{PERSIAN_BODY} دوم.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[4].reason, Reason::Caption, "{:?}", s.lines);
    assert_eq!(s.lines[7].reason, Reason::Ui, "{:?}", s.lines);
    assert_eq!(
        s.meta.title.as_deref(),
        Some("بازار ارز در هفته‌ای پرنوسان؛ دلار به کجا می‌رود؟")
    );
    assert_eq!(s.meta.authors, ["Jane Roe"]);
    // The alt text cut short over the caption that closes with its source after a comma.
    let page = format!(
        "عنوان الخبر الرئيسي اليوم\n\nبرلمان مصر خلال عصر\nبرلمان مصر خلال عصر الملكية، صحيفة المثال\n\n\
         {BODY}\n\n{BODY} ثانية.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[2].reason, Reason::Caption, "{:?}", s.lines);
    assert_eq!(s.lines[3].reason, Reason::Caption, "{:?}", s.lines);
}

#[test]
fn the_headline_printed_again_under_its_subtitle_is_a_copy() {
    let headline = "بانک مرکزی با منتشر نکردن آمار، به اقتصاد کشور ضربه می زند/ از تورم ۸ درصدی برنامه ششم تا \
                    تورم ۲۲ درصدی امروز";
    let page = format!(
        "۲۷ شهریور ۱۳۹۹ - ۰۷:۰۳\n{headline}\nگفتگو با ایمان زنگنه؛ کارشناس اقتصادی\n\n{headline}\n\n\
         {PERSIAN_BODY}\n\n{PERSIAN_BODY} دوم.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    // The first copy is the headline; the second, kept as text, is its copy.
    assert_eq!(s.lines[1].reason, Reason::Title, "{:?}", s.lines);
    assert_eq!(s.lines[4].reason, Reason::Duplicate, "{:?}", s.lines);
    assert_eq!(s.meta.date.as_deref(), Some("2020-09-17T07:03"));
}

#[test]
fn the_names_under_a_masthead_s_labels_are_the_imprint_s() {
    for (label, name) in [
        ("رئيس التحرير", "د. محمود سامي علي"),
        ("سردبیر", "مریم احمدی"),
        ("الإشراف العام", "هالة محمود سالم"),
    ] {
        let page = format!(
            "عاجل\nرئيس مجلس الإدارة\nد. أحمد عبد الله\n{label}\n{name}\n\n{BODY}\n{BODY} ثانية.\n"
        );
        let s = super::strip(&page, &StripConfig::default());
        assert_eq!(s.lines[2].reason, Reason::Copyright, "{:?}", s.lines);
        assert_eq!(s.lines[4].reason, Reason::Copyright, "{:?}", s.lines);
        assert_eq!(s.meta.title, None);
        assert!(s.meta.authors.is_empty());
    }
}

#[test]
fn stacked_headlines_joined_by_ellipses_are_a_list_not_a_wrapped_paragraph() {
    let list = "ارتفاع أسعار الذهب في الأسواق المحلية لليوم الثالث\n\
                افتتاح معرض الكتاب الدولي بمشاركة 40 دولة عربية\n\
                الأمطار تغمر شوارع المدينة.. والبلدية تعلن الطوارئ\n\
                المنتخب يتأهل إلى نهائي البطولة بعد فوز صعب\n\
                وزير الصحة يفتتح مستشفى جديدا في الجنوب";
    let page =
        format!("عنوان الخبر الرئيسي عن الاقتصاد اليوم\n\n{list}\n\n{BODY}\n\n{BODY} ثانية.\n");
    let s = super::strip(&page, &StripConfig::default());
    for i in 2..=6 {
        assert_eq!(
            s.lines[i].reason,
            Reason::HeadlineList,
            "{i}: {:?}",
            s.lines
        );
    }
    // A paragraph an extractor wrapped runs on from line to line: it stays.
    let wrapped = "وقال المتحدث باسم الوزارة إن الحكومة ستواصل العمل على\n\
                   تنفيذ الخطة الوطنية للطاقة خلال الأعوام المقبلة، مع\n\
                   التركيز على المشروعات التي تخدم المناطق الريفية في\n\
                   المحافظات الجنوبية والشرقية من البلاد";
    let page =
        format!("عنوان الخبر الرئيسي عن الاقتصاد اليوم\n\n{BODY}\n\n{wrapped}\n\n{BODY} ثانية.\n");
    let s = super::strip(&page, &StripConfig::default());
    for i in 4..=7 {
        assert!(s.lines[i].keep, "{i}: {:?}", s.lines);
    }
}

#[test]
fn the_section_label_a_headline_opens_with_is_no_writer() {
    let page = format!(
        "عاجل\n\nصحف الخليج| الأمطار تغمر الشوارع.. والبلدية تعلن الطوارئ\n\nصحف الخليج\n\n{BODY}\n\n\
         {BODY} ثانية.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta);
    assert_ne!(s.lines[4].reason, Reason::Byline);
}

#[test]
fn a_headline_printed_again_under_its_subtitle_is_no_list_and_its_writer_s_role_no_name() {
    // The page's clock opens it, each stamp a list's item; the headline, its subtitle and the headline
    // again; the writer glued to the role by a dash.
    let page = format!(
        "  • دو شنبه 5 آذر 1403\n  • 2024 Nov 25\nسه شنبه 19 تیر 1403\n\n10دروغ تنها در4ماه\n\n\
         انتشار گزارش‌ها علیه مدیریت شهری ادامه دارد\n\n10دروغ تنها در4ماه\n\nمهدی احمدی-روزنامه‌نگار\n\n\
         {PERSIAN_BODY}\n\n{PERSIAN_BODY} دوم.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("10دروغ تنها در4ماه"),
        "{:?}",
        s.lines
    );
    assert_eq!(s.meta.authors, ["مهدی احمدی"]);
    assert_eq!(s.meta.date.as_deref(), Some("2024-07-09"));
}

#[test]
fn a_masthead_s_pairs_over_its_known_labels_are_the_imprint_s() {
    let page = format!(
        "عاجل\nرئيس حزب الأمة\nد.سامي عبد الله\nرئيس مجلس الإدارة\nد.أحمد فؤاد\nرئيس التحرير\nد. وجدى علي\n\n\
         {BODY}\n{BODY} ثانية.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[1].reason, Reason::Ui, "{:?}", s.lines);
    assert_eq!(s.lines[2].reason, Reason::Copyright, "{:?}", s.lines);
    assert_eq!(s.meta.title, None);
    assert!(s.meta.authors.is_empty());
}

#[test]
fn a_source_line_under_a_headline_printed_twice_is_no_headline() {
    let page = format!(
        "الجمعة 08/10/2021 - 15:31 بتوقيت نيويورك\n\nالحكومة تعلن التشكيلة الجديدة\n\n\
         الحكومة تعلن التشكيلة الجديدة\n\nالمصدر / القاهرة:وكالات\n\n{BODY}\n\n{BODY} ثانية.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("الحكومة تعلن التشكيلة الجديدة")
    );
    assert_eq!(s.lines[6].reason, Reason::Caption, "{:?}", s.lines);
}

#[test]
fn an_outlets_name_under_the_headline_is_no_headline() {
    let body = "وفاقی حکومت نے آج کسانوں کے لیے ایک نئے امدادی پیکج کا اعلان کیا ہے جس کے تحت انہیں آسان شرائط پر قرضے اور بہتر بیج فراہم کیے جائیں گے۔\n\
                وزیر زراعت نے پریس کانفرنس میں بتایا کہ اس منصوبے پر تین مرحلوں میں عمل کیا جائے گا اور پہلے مرحلے میں دس ہزار کسان مستفید ہوں گے۔\n";
    let headline = "حکومت کا کسانوں کے لیے نئے امدادی پیکج کا اعلان";
    let page = format!("اردو نیوز\n{headline}\nبی بی سی اردو\n{body}");
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.title.as_deref(), Some(headline));
    assert_eq!(s.lines[1].reason, Reason::Title);
}

#[test]
fn a_section_s_label_the_page_title_outranks_is_not_kept_as_the_headline() {
    let page = format!(
        "الأمن يغلق الطريق الساحلي بعد العاصفة\n\nأخبار الطقس العالمية\n\nأخبار الطقس العالمية\n\n\
         23/08/2025\n\n{BODY}\n\n{BODY} ثانية.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("الأمن يغلق الطريق الساحلي بعد العاصفة")
    );
    assert!(!s.lines[2].keep && !s.lines[4].keep, "{:?}", s.lines);
}

#[test]
fn a_post_s_excerpt_cut_with_brackets_over_its_wrapped_text_is_a_copy() {
    let page = "راهنمای جستجوی فارسی در اینترنت\n\n\
        خط فارسی دشواری‌های بسیاری دارد که در جستجو و بازیابی اطلاعات کاربران را به زحمت می‌اندازد.با رشد \
        انتشارات الکترونیکی بر روی وب در شکل‌های گوناگون این دشواری‌ها بیشتر شده […]\n\
        خط فارسی دشواری‌های بسیاری دارد که در جستجو و بازیابی اطلاعات کاربران را\n\
        به زحمت می‌اندازد.\n\
        با رشد انتشارات الکترونیکی بر روی وب در شکل‌های گوناگون این دشواری‌ها بیشتر شده است و\n\
        جستجوگران مطالب فارسی با مشکلات فراوانی روبرو می‌شوند.\n";
    let s = super::strip(page, &StripConfig::default());
    assert_eq!(s.lines[2].reason, Reason::Duplicate, "{:?}", s.lines);
    assert!(s.lines[3].keep, "{:?}", s.lines);
}

#[test]
fn a_blog_s_search_box_is_no_page_title() {
    let page = format!(
        "بحث هذه المدونة الإلكترونية\n\nالجمعة، 30 أكتوبر 2020\n\nالهلال لا يخسر\n\n{BODY}\n\n{BODY} ثانية.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[0].reason, Reason::Ui, "{:?}", s.lines);
    assert_eq!(s.meta.title.as_deref(), Some("الهلال لا يخسر"));
    assert_eq!(s.meta.date.as_deref(), Some("2020-10-30"));
}

#[test]
fn a_blog_s_sidebar_widgets_are_ui() {
    for widget in ["ابر برچسب ها", "آمار وبلاگ", "آرشیو مطالب", "سحابة الوسوم"]
    {
        let (d, _) = decisions(&format!("{PERSIAN_BODY}\n{widget}\n{PERSIAN_BODY}\n"));
        assert_eq!(d[1].1, Reason::Ui, "{widget}");
    }
}

#[test]
fn a_summary_with_its_read_more_link_glued_after_it_is_a_teaser() {
    for teaser in [
        "ایک بات طے ہے کہ قومی ٹیم اچھا کھیلے یا برا بہرحال کھیلتی وہ کرکٹ ہی ہے اور شائقین ہر حال میں مزید پڑھیں",
        "پژوهشگران می‌گویند این کشف می‌تواند درک ما از تاریخ منطقه را تغییر دهد و ... ادامه مطلب",
        "Nevada, Arizona and Florida are among those furthest from their peak employment during... Read more",
        // A one-word link after an ellipsis.
        "• 06:52 . تصريحات مثيرة للجدل تثير سخط الشارع في المدينة... المزيد",
    ] {
        let (d, _) = decisions(&format!("{BODY}\n{BODY} ثانية.\n{teaser}\n{teaser} ثانية\n"));
        assert_eq!(d[2], (false, Reason::Teaser), "{teaser}: {d:?}");
    }
    // A sentence that ends with the words is the article's.
    let (d, _) = decisions(&format!(
        "{BODY}\nوقال الوزير إن الحكومة ستطلق برنامجا جديدا يشجع الأطفال على أن يقرؤوا أكثر ويتعلموا المزيد.\n\
         {BODY} ثانية.\n"
    ));
    assert!(d[1].0, "{d:?}");
    assert!(!lexicon::ends_with_read_more(&fold(
        "وقال إن الأطفال يقرؤون أكثر ويتعلمون المزيد"
    )));
}

#[test]
fn verse_whose_couplets_end_with_one_word_is_no_headline_list() {
    let urdu = "شاعر نے اپنی نئی کتاب کی تقریب رونمائی میں کہا کہ شاعری دلوں کو جوڑنے کا کام کرتی ہے اور آج کے دور میں اس کی ضرورت پہلے سے زیادہ ہے۔";
    let verse = "شام ڈھلے جب دیپ جلے تو\nیاد تمہاری آئی بھی\nپھول کھلے جب باغ میں سارے\nخوشبو ساتھ میں لائی بھی";
    let page = format!("{urdu}\n{verse}\n{urdu} اور انہوں نے اپنی کئی نظمیں سنائیں۔\n");
    let (d, _) = decisions(&page);
    assert!(d[1..5].iter().all(|&(keep, _)| keep), "{d:?}");
    let s = super::strip(&page, &StripConfig::default());
    assert!(s.lines[1..5].iter().all(|l| l.keep), "{:?}", s.lines);
    // A list whose every item ends with one word is a list still.
    let list = "افتتاح مهرجان الربيع في المدينة فيديو\nأمطار غزيرة تغرق الشوارع فيديو\nالفريق يفوز بالكأس للمرة الثالثة فيديو\nحريق في مصنع للأثاث فيديو";
    let (d, _) = decisions(&format!("{list}\n{BODY}\n{BODY} وأضاف.\n"));
    assert!(
        d[..4].iter().all(|&d| d == (false, Reason::HeadlineList)),
        "{d:?}"
    );
}

#[test]
fn a_cards_headline_goes_with_its_blurb_and_read_more_link() {
    let card = |headline: &str, blurb: &str| {
        format!("  • {headline}\n\n    Icon 08\n\n    {blurb}\n\n    اقرأ المزيد\n\n")
    };
    let page = format!(
        "{}{}",
        card(
            "منشآت الري",
            "يقوم نظام توزيع المياه في الواحة على مبدأ الاستغلال الكامل والعادل لمياه الأمطار وتوزيعها بدقة على البساتين كلها...."
        ),
        card(
            "نظام تقسيم مياه السيول",
            "أنشئ النظام التقليدي لتقسيم مياه الأمطار منذ قرون طويلة، وطوره بعد ذلك أهل الواحة جيلا بعد جيل حتى صار على ما هو عليه اليوم......"
        ),
    );
    let (d, _) = decisions(&page);
    for i in [0, 4, 8, 12] {
        assert_eq!(d[i], (false, Reason::Teaser), "line {}: {d:?}", i + 1);
    }
}

#[test]
fn summaries_cut_at_one_length_are_a_list_of_teasers_and_paragraphs_that_trail_off_are_not() {
    let cut = [
        "موسم کی پہلی برفباری کے بعد شمالی علاقوں میں سیاحوں کی بڑی تعداد پہنچ گئی اور ہوٹل...",
        "وزیر تعلیم نے اعلان کیا ہے کہ اگلے سال سے سرکاری اسکولوں میں نیا نصاب نافذ ہوگا جس...",
        "شہر کے مرکزی بازار میں لگنے والی آگ پر کئی گھنٹوں کی کوشش کے بعد قابو پا لیا گیا اور...",
    ];
    let page = format!(
        "{BODY}\n{BODY} ثانية.\n{BODY} ثالثة.\nبرفباری کے بعد سیاحوں کا رش\n{}\nنیا نصاب\n{}\n{}\n",
        cut[0], cut[1], cut[2]
    );
    let s = super::strip(&page, &StripConfig::default());
    let reasons: Vec<Reason> = s.lines.iter().map(|d| d.reason).collect();
    assert_eq!(reasons[3..8], [Reason::Teaser; 5], "{reasons:?}");
    // Paragraphs of an article that trail off, of any lengths.
    let trailing = format!(
        "{BODY}\nوقال إن الأمور لم تعد كما كانت في الماضي القريب أبدا...\n{BODY} ثانية، وأضاف أن الناس ينتظرون منذ سنوات طويلة حلا \
         لا يأتي، وأن الصبر قد نفد عند كثيرين في القرى البعيدة عن العاصمة وفي المدن الصغيرة...\n{BODY} ثالثة.\n"
    );
    let s = super::strip(&trailing, &StripConfig::default());
    assert!(s.lines[..4].iter().all(|d| d.keep), "{:?}", s.lines);
}

#[test]
fn a_copy_of_a_paragraph_cut_with_an_ellipsis_beside_it_is_a_duplicate() {
    let paragraph = "البرنامج عبارة عن مجموعة من التعليمات المستخدمة لتشغيل أجهزة الكمبيوتر وتنفيذ مهام محددة، \
                     وهو عكس الأجهزة التي تصف الجوانب المادية للكمبيوتر.";
    let cut =
        "البرنامج عبارة عن مجموعة من التعليمات المستخدمة لتشغيل أجهزة الكمبيوتر وتنفيذ مهام...";
    let (d, _) = decisions(&format!("{cut}\n{paragraph}\n{BODY}\n"));
    assert_eq!(d[0], (false, Reason::Duplicate), "{d:?}");
    assert!(d[1].0, "{d:?}");
}

#[test]
fn the_lead_of_a_page_with_no_stops_is_kept_however_few_its_function_words() {
    let page = "افتتاح مستشفى جديد في المدينة - جريدة المثال\nالرئيسية\nمحليات\n\
افتتاح مستشفى جديد في المدينة\nالأحد 01 ديسمبر 2024\n\
افتتح محافظ المدينة صباح اليوم المستشفى العام الجديد بتكلفة بلغت مئتي مليون\n\
ويضم المستشفى ثلاثمئة سرير وقسما للطوارئ وآخر لعلاج الأورام\n\
وقال المحافظ إن المستشفى سيخدم أكثر من مليون مواطن في المدينة والقرى المجاورة\n\
وأضاف أن العمل جار على تجهيز مستشفى آخر في الجزء الشمالي من المحافظة\n";
    let s = super::strip(page, &StripConfig::default());
    assert!(s.lines[5].keep, "{:?}", s.lines);
    assert!(s.lines[6..9].iter().all(|d| d.keep), "{:?}", s.lines);
}

#[test]
fn an_embedded_post_between_its_skip_link_and_its_end_goes_and_the_paragraphs_around_it_stay() {
    let notice = "يحتوي هذا المقال على محتوى من المنصة، ونطلب موافقتك قبل تحميل أي شيء لأنها قد تستخدم \
                  ملفات تعريف الارتباط وتقنيات أخرى، وقد تود قراءة سياستها قبل الموافقة على عرض المحتوى.";
    for (skip, end) in [
        ("تخطى منشورات X", "نهاية منشورات X"),
        ("Skip twitter post", "End of twitter post"),
        ("رد شدن از پست X", "پایان پست X"),
        ("X پوسٹ نظرانداز کریں", "X پوسٹ کا اختتام"),
    ] {
        let page = format!(
            "{BODY}\n{BODY} ثانية.\n{skip}\nالسماح بمحتوى المنصة؟\n{notice}\nموافقة ومتابعة\n{end}\n\
             {BODY} ثالثة.\n{BODY} رابعة.\n"
        );
        let s = super::strip(&page, &StripConfig::default());
        let reasons: Vec<Reason> = s.lines.iter().map(|d| d.reason).collect();
        assert_eq!(reasons[2..7], [Reason::Caption; 5], "{skip}: {reasons:?}");
        assert!(
            [0, 1, 7, 8].iter().all(|&k| s.lines[k].keep),
            "{skip}: {reasons:?}"
        );
    }
    // A skip link with no end naming the same post is a skip link alone.
    let (d, _) = decisions(&format!(
        "{BODY}\nتخطى منشورات X\n{BODY} ثانية.\nنهاية منشورات فيسبوك\n"
    ));
    assert_ne!(d[1].1, Reason::Caption, "{d:?}");
}

#[test]
fn a_sites_name_and_a_writers_before_the_date_give_the_writer() {
    for stamp in [
        "الواحة - محمد الراجي الأحد 1 دجنبر 2024 - 10:00",
        "محمد الراجي | الرباط الأحد 1 دجنبر 2024",
    ] {
        let page = format!(
            "عنوان الخبر عن الاقتصاد - الواحة\nالرئيسية\nعنوان الخبر عن الاقتصاد\n{stamp}\n{BODY}\n{BODY} ثانية.\n"
        );
        let s = super::strip(&page, &StripConfig::default());
        assert_eq!(s.meta.authors, ["محمد الراجي"], "{stamp}");
        assert_eq!(
            s.meta.date.as_deref().map(|d| &d[..10]),
            Some("2024-12-01"),
            "{stamp}"
        );
    }
    // A place and a desk beside the date name no writer.
    let page = format!(
        "عنوان الخبر عن الاقتصاد - الواحة\nالرئيسية\nعنوان الخبر عن الاقتصاد\n\
         الرباط - قسم الأخبار الأحد 1 دجنبر 2024\n{BODY}\n{BODY} ثانية.\n"
    );
    assert!(super::strip(&page, &StripConfig::default())
        .meta
        .authors
        .is_empty());
}

#[test]
fn dates_in_other_languages_and_orders() {
    let iso = |line: &str| date::find_date(&fold(line)).map(|d| d.iso);
    assert_eq!(iso("27. April 2024").as_deref(), Some("2024-04-27"));
    assert_eq!(iso("3 mars 2021").as_deref(), Some("2021-03-03"));
    assert_eq!(iso("Updated Apr 5, 2022").as_deref(), Some("2022-04-05"));
    assert_eq!(iso("04/25/2023").as_deref(), Some("2023-04-25"));
    assert_eq!(iso("25.04.2023").as_deref(), Some("2023-04-25"));
    // Both numbers could be the month: a clock of twelve hours in Latin letters puts the month first, as
    // the United States print it; without one, or with an Arabic one, the day comes first.
    assert_eq!(iso("9/11/13 10:00AM").as_deref(), Some("2013-09-11T10:00"));
    assert_eq!(
        iso("04/05/2023 6:39 pm").as_deref(),
        Some("2023-04-05T18:39")
    );
    assert_eq!(iso("04/05/2023").as_deref(), Some("2023-05-04"));
    // Joined by dashes, as forums of day-first locales print them beside a Latin clock: the day first.
    assert_eq!(
        iso("12-03-2024, 09:15 PM").as_deref(),
        Some("2024-03-12T21:15")
    );
    assert_eq!(
        iso("04/05/2023 06:39 م").as_deref(),
        Some("2023-05-04T18:39")
    );
    assert_eq!(
        iso("2023-04-05 6:39 pm").as_deref(),
        Some("2023-04-05T18:39")
    );
    // German "am" (on) is no clock's.
    assert_eq!(
        iso("Aktualisiert am 07.01.2026 - 18:50 Uhr").as_deref(),
        Some("2026-01-07T18:50")
    );
    assert_eq!(
        iso("12. MÄR 2025 18:03").as_deref(),
        Some("2025-03-12T18:03")
    );
    assert_eq!(
        iso("Publiziert17. Dezember 2024, 12:17").as_deref(),
        Some("2024-12-17T12:17")
    );
    assert_eq!(iso("March 22nd, 2024").as_deref(), Some("2024-03-22"));
    assert_eq!(
        iso("Apr 5, 2022 3:05pm").as_deref(),
        Some("2022-04-05T15:05")
    );
    assert_eq!(iso("۱۲ ژانویه ۲۰۲۴").as_deref(), Some("2024-01-12"));
    // Solar Hijri dates, converted.
    assert_eq!(iso("۲۲ اسفند ۱۴۰۲").as_deref(), Some("2024-03-12"));
    assert_eq!(
        iso("سه‌شنبه ۱ فروردین ۱۴۰۳ - ۱۰:۳۰").as_deref(),
        Some("2024-03-20T10:30")
    );
    assert_eq!(iso("۱۰ دی ۱۴۰۲").as_deref(), Some("2023-12-31"));
    assert_eq!(iso("۳۰ اسفند ۱۳۹۹").as_deref(), Some("2021-03-20"));
    // Maghrebi month names.
    assert_eq!(
        iso("الخميس 28 نونبر 2024 - 18:20").as_deref(),
        Some("2024-11-28T18:20")
    );
    assert_eq!(iso("3 غشت 2023").as_deref(), Some("2023-08-03"));
    assert_eq!(iso("الثلاثاء 14 جانفي 2025").as_deref(), Some("2025-01-14"));
    assert_eq!(iso("5 أفريل 2022").as_deref(), Some("2022-04-05"));
    // A lunar Hijri date beside the Gregorian one gives none of its numbers to it.
    assert_eq!(
        iso("الأحد 12 رمضان 1445 هـ - 24 مارس 2024 م").as_deref(),
        Some("2024-03-24")
    );
    assert_eq!(
        iso("24 مارس 2024 م الموافق 14 رمضان 1445 هـ").as_deref(),
        Some("2024-03-24")
    );
    assert_eq!(
        iso("الخميس 3 ذو الحجة 1444 هـ الموافق 22 يونيو 2023").as_deref(),
        Some("2023-06-22")
    );
    // Written in numbers with its era mark, day first or year first, glued or not.
    assert_eq!(
        iso("الخميس 7/3/1429 هـ - الموافق 13/3/2008 م الساعة 16:25").as_deref(),
        Some("2008-03-13T16:25")
    );
    assert_eq!(
        iso("1445/09/12هـ الموافق 2024/03/22م").as_deref(),
        Some("2024-03-22")
    );
    // Alone, it is converted (a name like رمضان with no year is no month).
    assert_eq!(iso("12 رمضان 1445 هـ").as_deref(), Some("2024-03-22"));
    assert_eq!(iso("12/9/1445 هـ").as_deref(), Some("2024-03-22"));
    // A Solar Hijri date marked so ("ه.ش") is no lunar one.
    assert_eq!(iso("1403/02/25 ه.ش").as_deref(), Some("2024-05-14"));
    assert_eq!(iso("رمضان 24 مارس 2024").as_deref(), Some("2024-03-24"));
}

#[test]
fn relative_times_are_datelines_without_a_date() {
    let relative = |line: &str| date::is_relative_time(&fold(line));
    for line in [
        "قبل 3 ساعات",
        "منذ ٥ دقائق",
        "قبل ساعتين",
        "نشر قبل يومين",
        "منذ يوم",
        "قبل ساعة",
        "۲ ساعت پیش",
        "3 گھنٹے قبل",
        "5 hours ago",
        "Updated 10 minutes ago",
        "ایک گھنٹہ قبل",
        "یک روز پیش",
        "an hour ago",
    ] {
        assert!(relative(line), "{line}");
    }
    for line in [
        "قبل 3 أيام من الانتخابات أعلنت اللجنة",
        "3 ساعات",
        "قبل الظهر",
        "قبل يوم الجمعة",
        "Two hours ago the council met",
        "5 days",
        "ایک گھنٹہ",
        "a day in the life",
    ] {
        assert!(!relative(line), "{line}");
    }
    let (d, meta) = decisions(&format!("{BODY}\nقبل 3 ساعات\n{BODY} وأضاف.\n"));
    assert_eq!(d[1].1, Reason::Dateline);
    assert_eq!(meta.date, None);
}

#[test]
fn the_sites_name_and_a_writers_over_the_text_with_a_colon_is_a_byline() {
    let (lead, body) = (SOLAR_LEAD, SOLAR_TEXT);
    let page = format!(
        "همشهری آنلاین\nاقتصادی\n۱۷ آذر ۱۴۰۵ - ۱۰:۲۰\nظرفیت نیروگاه‌های خورشیدی دو برابر می‌شود\n{lead}\n\
        همشهری آنلاین - مریم احمدی:\n{body}\n{body}\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.authors, ["مریم احمدی"], "{:?}", s.lines);
    assert_eq!(s.lines[5].reason, Reason::Byline);
}

#[test]
fn names_are_told_from_menu_items() {
    assert!(model::is_name_line("Conor Allison"));
    assert!(model::is_name_line("Claire Benit-Gbaffou"));
    assert!(!model::is_name_line("Terms of Service"));
    assert!(!model::is_name_line("alle Sendungen"));
    assert!(!model::is_name_line("Maria"));
    assert_eq!(
        crate::byline::signature_author("Archiv - alle Sendungen"),
        None
    );
    assert_eq!(
        crate::byline::signature_author("وكالة - فلان الفلاني").as_deref(),
        Some("فلان الفلاني")
    );
    // A body's name after the site's is the figures' source, no writer.
    for line in [
        "رؤيا - دائرة الإحصاءات العامة",
        "ایسنا - سازمان هواشناسی",
        "ایکسپریس - محکمہ موسمیات",
    ] {
        assert_eq!(crate::byline::signature_author(line), None, "{line}");
    }
}

#[test]
fn the_page_title_gives_the_headline_in_full_when_the_page_cuts_it() {
    assert_eq!(
        fuller_title(
            "How to Design a Website: a Complete Guide for 2026 | Clay",
            "How to Design a Website"
        ),
        Some("How to Design a Website: a Complete Guide for 2026")
    );
    // A headline the first line does not hold, or holds whole, stays.
    assert_eq!(fuller_title("Clay | Home", "How to Design a Website"), None);
    assert_eq!(
        fuller_title(
            "Council approves plan | The Daily Coast",
            "Council approves plan"
        ),
        None
    );
    // The same words in other quote marks: the `<title>`'s spelling.
    assert_eq!(
        fuller_title(
            "Mayor's plan for 'green' streets wins the vote | The Daily Coast",
            "Mayor’s plan for ‘green’ streets wins the vote"
        ),
        Some("Mayor's plan for 'green' streets wins the vote")
    );
    assert_eq!(
        fuller_title(
            "المجلس يقر «خطة الشوارع» | صحيفة الساحل",
            "المجلس يقر «خطة الشوارع»"
        ),
        None
    );
}

#[test]
fn bylines_of_several_authors_give_each_name() {
    assert_eq!(
        crate::byline::author_names("Maya Gebeily and Anthony Deutsch"),
        ["Maya Gebeily", "Anthony Deutsch"]
    );
    assert_eq!(
        crate::byline::author_names("Chus del Pino y Martí Abad"),
        ["Chus del Pino", "Martí Abad"]
    );
    assert_eq!(
        crate::byline::author_names("محمد حسان، أحمد علي"),
        ["محمد حسان", "أحمد علي"]
    );
    // An outlet or a place after the names and a comma is none of them.
    assert_eq!(
        crate::byline::author_names("پل آدامز، بی‌بی‌سی نیوز، بیت‌المقدس"),
        ["پل آدامز"]
    );
    assert_eq!(
        crate::byline::author_names("محمد حسان، أحمد علي، القاهرة"),
        ["محمد حسان", "أحمد علي"]
    );
    // Arabic glues its "and" to the next name; Urdu writes "اور".
    assert_eq!(
        crate::byline::author_names("محمد علي وأحمد حسن"),
        ["محمد علي", "أحمد حسن"]
    );
    assert_eq!(
        crate::byline::author_names("محمد علي، أحمد حسن وسارة محمود"),
        ["محمد علي", "أحمد حسن", "سارة محمود"]
    );
    assert_eq!(
        crate::byline::author_names("علی رضا اور احمد خان"),
        ["علی رضا", "احمد خان"]
    );
    // A name that opens with "و", or a name of one word before the "و", is no join.
    assert_eq!(
        crate::byline::author_names("محمد علي وليد حسن"),
        ["محمد علي وليد حسن"]
    );
    assert_eq!(
        crate::byline::author_names("محمد وجدي حسن"),
        ["محمد وجدي حسن"]
    );
    let page = format!(
        "اتفاقية للربط الكهربائي | الشرق اليوم\nاتفاقية للربط الكهربائي بين البلدين\n\
         كتب: محمد علي، أحمد حسن وسارة محمود\n{BODY}\n{BODY} وأضاف.\n"
    );
    assert_eq!(
        super::strip(&page, &StripConfig::default()).meta.authors,
        ["محمد علي", "أحمد حسن", "سارة محمود"]
    );
    // Parts that do not each read as a name stay one byline.
    assert_eq!(
        crate::byline::author_names("Reuters, Thorsten Kramer"),
        ["Reuters, Thorsten Kramer"]
    );
    assert_eq!(
        crate::byline::author_names("Research and Markets"),
        ["Research and Markets"]
    );
    assert_eq!(
        crate::byline::author_names("محمد محمود بشار"),
        ["محمد محمود بشار"]
    );
}

/// A line model that drops every line the rules leave open: what the rules keep, they keep alone.
fn drop_open() -> LineModel {
    let mut model = keep_open();
    model.context[0].bias = -5.0;
    model
}

fn reasons_dropping_open(text: &str) -> Vec<Reason> {
    strip_with_model(text, &StripConfig::default(), None, &drop_open())
        .lines
        .iter()
        .map(|d| d.reason)
        .collect()
}

#[test]
fn hard_wrapped_paragraphs_stay_when_the_model_drops_them() {
    // Arabic, wrapped at a width: breaks after a preposition and a conjunction; the block ends at a blank
    // line, its last sentence cut by the extractor.
    let arabic = "من أجل تجنب استغلال تنظيم الدولة للمقاتلين دعا الباحث الحكومة إلى\n\
                  دمج أولئك الذين يرغبون في البقاء في الهيكل العسكري للدولة مع\n\
                  مراقبة سلوكهم بعناية، وشهدت هذه المناطق زيادة كبيرة في النشاط منذ\n\
                  سقوط النظام وفقا لبيانات رسمية\n\nالرئيسية";
    let r = reasons_dropping_open(arabic);
    // (The first kept line of a page with no other is taken for its headline.)
    assert!(r[..4].iter().all(|r| r.keeps()), "{r:?}");
    assert!(
        r[1..4].iter().all(|&r| r == Reason::WrappedParagraph),
        "{r:?}"
    );
    assert!(!r[5].keeps());
    // English, wrapped at a width: its lines run on in lowercase, across a sentence end.
    let english = "The functools module is for higher-order functions: functions that act on\n\
                   or return other functions. In general, any callable object can be treated as\n\
                   a function for the purposes of this module, and the cache is threadsafe so\n\
                   that the wrapped function can be used in multiple threads.\n";
    let r = reasons_dropping_open(english);
    assert!(r[..4].iter().all(|r| r.keeps()), "{r:?}");
    assert!(
        r[1..4].iter().all(|&r| r == Reason::WrappedParagraph),
        "{r:?}"
    );
    // A credited caption with no stop runs into the paragraph under it: the paragraph is still one.
    let captioned = "The lab tests samples that readers send in by post, and it publishes every\n\
         result online within a week of the test, with the name of the drug that\n\
         was found in the sample.\n\
         The lab's founder at work in Madrid. Photo: Jane Roe\n\
         She first wrote about the project in April 2013, when she offered to answer\n\
         questions that a typical doctor is not prepared, or willing, to answer, at\n\
         least not without a lecture, and the requests flooded in within a week.\n";
    let r = reasons_dropping_open(captioned);
    assert_eq!(r[3], Reason::Caption, "{r:?}");
    assert!(
        r[4..7].iter().all(|&r| r == Reason::WrappedParagraph),
        "{r:?}"
    );
}

#[test]
fn lists_of_headlines_are_no_wrapped_paragraphs() {
    // Each item opens with a capital and no break falls mid-sentence.
    let english = "Breakthrough: New Discovery in Treating Fibromyalgia and Arthritis\n\
                   Early Warning Signs of a Heart Attack Revealed by Doctors\n\
                   These Two Triggers Cause Your Memory Loss Say Researchers\n\
                   The Second Coming: What Does the Bible Really Predict?\n";
    let r = reasons_dropping_open(english);
    assert!(r.iter().all(|&r| !r.keeps()), "{r:?}");
    // Arabic headlines: no break after a function word or a comma, no sentence end inside a line.
    let arabic = "وزير الخارجية يبحث مع نظيره الفرنسي تطورات الأوضاع الإقليمية\n\
                  ارتفاع أسعار النفط عالميا بعد قرار خفض الإنتاج الجديد\n\
                  المنتخب الوطني يتأهل إلى نهائي البطولة العربية لكرة القدم\n\
                  افتتاح معرض الكتاب الدولي بمشاركة مئات دور النشر العربية\n";
    let r = reasons_dropping_open(arabic);
    assert!(r.iter().all(|&r| !r.keeps()), "{r:?}");
}

#[test]
fn a_wrapped_block_repeated_across_documents_is_syndicated_text() {
    // Copies of a story wrapped at the same width repeat its lines; the block ends at a blank line
    // without a sentence end (the extractor cut it), and stays.
    let wrapped = "من أجل تجنب استغلال تنظيم الدولة للمقاتلين دعا الباحث الحكومة إلى\n\
                   دمج أولئك الذين يرغبون في البقاء في الهيكل العسكري للدولة مع\n\
                   مراقبة سلوكهم بعناية وشهدت هذه المناطق زيادة كبيرة في النشاط منذ\n\
                   سقوط النظام";
    let docs: Vec<String> = ["أ", "ب", "ج"]
        .iter()
        .map(|site| format!("{wrapped}\n\nموقع {site} الإخباري\n"))
        .collect();
    let s = strip_first_of(&docs, &StripConfig::default());
    assert!(
        s.lines[..4]
            .iter()
            .all(|d| d.reason != Reason::RepeatedAcrossDocuments),
        "{:?}",
        s.lines
    );
}

#[test]
fn bylines_open_with_the_word_each_language_uses() {
    let names = |line: &str| crate::byline::byline_authors(line);
    assert_eq!(
        names("Von Christian Unger, Redakteur").unwrap(),
        ["Christian Unger"]
    );
    assert_eq!(
        names("Von: Nadja Zinsmeister").unwrap(),
        ["Nadja Zinsmeister"]
    );
    assert_eq!(
        names("par Jeanne Martin et Paul Durand").unwrap(),
        ["Jeanne Martin", "Paul Durand"]
    );
    assert_eq!(names("By Jon King, News Reporter").unwrap(), ["Jon King"]);
    assert_eq!(names("By Reuters").unwrap(), ["Reuters"]);
    // A news agency as it prints its name, alone or last on the list of writers.
    assert_eq!(names("Von dpa").unwrap(), ["dpa"]);
    assert_eq!(
        names("Von Felix Weber und Jonas Roth, dpa").unwrap(),
        ["Felix Weber", "Jonas Roth", "dpa"]
    );
    assert_eq!(names("By Jane Roe, AP").unwrap(), ["Jane Roe", "AP"]);
    assert_eq!(names("Von Felix Weber, Hamburg").unwrap(), ["Felix Weber"]);
    assert_eq!(names("Von zeit"), None);
    assert_eq!(names("نویسنده: مریم احمدی").unwrap(), ["مریم احمدی"]);
    assert_eq!(names("نگارش از Jane Roe").unwrap(), ["Jane Roe"]);
    assert_eq!(names("به کوشش مریم احمدی").unwrap(), ["مریم احمدی"]);
    assert_eq!(names("تحریر: عائشہ خان").unwrap(), ["عائشہ خان"]);
    assert_eq!(names("تقرير: سارة محمود").unwrap(), ["سارة محمود"]);
    assert_eq!(names("أجرى الحوار: محمد الأمين").unwrap(), ["محمد الأمين"]);
    // The writer's avatar prints the name before the byline.
    assert_eq!(names("بلال رشید by بلال رشید").unwrap(), ["بلال رشید"]);
    assert_eq!(names("Jane Roe By Jane Roe").unwrap(), ["Jane Roe"]);
    // Whatever whitespace the page set around the opener; the same name on both sides only.
    assert_eq!(
        names("Jane Roe\u{a0} By \u{a0}Jane Roe").unwrap(),
        ["Jane Roe"]
    );
    assert_eq!(names("بلال رشید  by \tبلال رشید").unwrap(), ["بلال رشید"]);
    assert_eq!(names("Jane Roe By John Doe Jane Roe"), None);
    assert_eq!(names("Jane Roe By Jane Roes"), None);
    // The place it was written in between the opening and the name.
    assert_eq!(
        names("حاوره في صنعاء / عبد الملك أحمد -").unwrap(),
        ["عبد الملك أحمد"]
    );
    assert_eq!(names("كتب من القاهرة: أحمد علي").unwrap(), ["أحمد علي"]);
    assert_eq!(names("تقرير في الشأن الاقتصادي العربي: الأسعار ترتفع"), None);
    assert_eq!(names("تقرير من غزة: الوضع كارثي"), None);
    assert_eq!(names("گزارش از تهران: قیمت‌ها بالا رفت"), None);
    assert_eq!(names("A Study in Scarlet by Arthur Conan Doyle"), None);
    // A noun that opens a byline only with its colon: without it, a headline ("a photo report of ...").
    assert_eq!(names("گزارش تصویری از نمایشگاه کتاب"), None);
    assert_eq!(names("تقرير عن الأوضاع في المدينة"), None);
    // A noun of the writing itself opens one without its colon when only a person's name follows.
    assert_eq!(names("تحریر فرحان علی").unwrap(), ["فرحان علی"]);
    assert_eq!(names("إعداد سارة محمود").unwrap(), ["سارة محمود"]);
    assert_eq!(names("تحرير الأخبار في الصحف المحلية"), None);
    // A name's joining word counts with the next ("عبد"); a semicolon ends the name, the writer's
    // role and workplace after it.
    assert_eq!(
        names("إعداد سامي عبد الحميد النجار").unwrap(),
        ["سامي عبد الحميد النجار"]
    );
    assert_eq!(
        names("إعداد سامي عبد الحميد النجار ; باحث في علوم المكتبات ; جامعة نموذجية - عمان ; ;")
            .unwrap(),
        ["سامي عبد الحميد النجار"]
    );
    assert_eq!(
        names("إعداد: سامي عبد الحميد النجار؛ باحث في علوم المكتبات").unwrap(),
        ["سامي عبد الحميد النجار"]
    );
    // A pen's sign signs a post, glued to the name or not.
    assert_eq!(names("🖋شیدا رضایی، بی‌بی‌سی").unwrap(), ["شیدا رضایی"]);
    assert_eq!(names("✒️ Jane Roe").unwrap(), ["Jane Roe"]);
    assert_eq!(names("✍️ محمد أحمد - القاهرة").unwrap(), ["محمد أحمد"]);
    // A list item's mark may stand before the opening.
    assert_eq!(names("- تحریر فرحان علی").unwrap(), ["فرحان علی"]);
    // A given name joined to the name of God is a name too.
    assert_eq!(names("- تحریر وسعت اللہ خان").unwrap(), ["وسعت اللہ خان"]);
    // The writer's titles alone before a colon open a byline.
    assert_eq!(
        names("الدكتور المهندس : يحيى محمد الوادي").unwrap(),
        ["يحيى محمد الوادي"]
    );
    assert_eq!(names("الدكتور المهندس : مستقبل الطاقة"), None);
    assert_eq!(
        names("رپورٹنگ: عمر دراز ننگیانہ، اسد صہیب").unwrap(),
        ["عمر دراز ننگیانہ", "اسد صہیب"]
    );
    assert_eq!(names("• By Jane Roe").unwrap(), ["Jane Roe"]);
    assert_eq!(names("متابعة: أحمد فؤاد").unwrap(), ["أحمد فؤاد"]);
    assert_eq!(names("متابعة الأوضاع في المدينة"), None);
    assert_eq!(names("بقلم: محمد حسان").unwrap(), ["محمد حسان"]);
    // A label may end with a comma, as a label read aloud only is written.
    assert_eq!(names("مصنف, احمد رضا").unwrap(), ["احمد رضا"]);
    assert_eq!(names("Author, Jane Smith").unwrap(), ["Jane Smith"]);
    assert_eq!(names("بقلم, محمد"), None);
    // A slash or a dash may end the opening as a colon does.
    assert_eq!(names("بقلم/ محمد أحمد").unwrap(), ["محمد أحمد"]);
    assert_eq!(names("كتب- محمد عبد الله").unwrap(), ["محمد عبد الله"]);
    assert!(names("By-election results in three towns").is_none());
    assert_eq!(names("كتب/محمد أحمد").unwrap(), ["محمد أحمد"]);
    // A forum's "post by", its date after the name.
    assert_eq!(
        names("مُساهمة من طرف أحمد السبت يناير 03, 2015 5:17 am").unwrap(),
        ["أحمد"]
    );
    assert_eq!(names("من طرف المحكمة الدستورية العليا"), None);
    assert_eq!(names("تقرير/ سارة محمود").unwrap(), ["سارة محمود"]);
    // A role's word after the name is no part of it.
    assert_eq!(
        names("بقلم: هدى عبد الرحمن صحافية").unwrap(),
        ["هدى عبد الرحمن"]
    );
    // Nor a role before it that a colon ends.
    assert_eq!(names("بقلم الكاتب: محمود سعد").unwrap(), ["محمود سعد"]);
    // Nor the capitalised word that qualifies a lowercase role; a capitalised role leaves the name whole.
    assert_eq!(
        byline::without_trailing_role("Jane Mary Roe Parliamentary editor"),
        "Jane Mary Roe"
    );
    assert_eq!(byline::without_trailing_role("Jane Roe Editor"), "Jane Roe");
    assert_eq!(
        byline::without_trailing_role("مهدی احمدی-خبرنگار"),
        "مهدی احمدی"
    );
    assert_eq!(
        byline::without_trailing_role("Jean-Paul Sartre"),
        "Jean-Paul Sartre"
    );
    assert_eq!(
        byline::without_trailing_role("Jane Roe Parliamentary editor"),
        "Jane Roe"
    );
    assert_eq!(
        byline::without_trailing_role("Roe Senior editor"),
        "Roe Senior"
    );
    // A tatweel set alone after the opening is a dash; inside the opener it stretches it.
    assert_eq!(names("كتب ـ محمد السيد").unwrap(), ["محمد السيد"]);
    assert_eq!(names("إعداد ـ هبة محمد").unwrap(), ["هبة محمد"]);
    assert_eq!(names("كتـب: محمد السيد").unwrap(), ["محمد السيد"]);
    // Where the opener is also a common preposition, what follows must read as a name.
    assert_eq!(names("Von Berlin nach Hamburg"), None);
    assert_eq!(names("Von Hamburg"), None);
    assert_eq!(names("Par ailleurs"), None);
    assert_eq!(names("By clicking here you agree"), None);
    // A date may follow the name; a number among words that print no date makes no name.
    assert_eq!(
        names("by Paul Serran Jul. 19, 2026 9:45 am").unwrap(),
        ["Paul Serran"]
    );
    assert_eq!(names("كتب: محمد علي 01 ديسمبر 2026").unwrap(), ["محمد علي"]);
    assert_eq!(
        names("تقرير: الجوع يهدد حياة 50 مليون شخص حول العالم"),
        None
    );
}

#[test]
fn a_sites_name_before_a_noun_of_the_writing_and_its_colon_leaves_a_byline() {
    let names = crate::byline::byline_authors;
    assert_eq!(
        names("مع الوطن متابعة: سمير الحداد").unwrap(),
        ["سمير الحداد"]
    );
    assert_eq!(names("الصباح - إعداد: هدى منصور").unwrap(), ["هدى منصور"]);
    // After the colon a headline goes on, not a name; "by" after a verb names an editor or a sort.
    assert_eq!(names("وزارة الصحة متابعة: الوضع مستقر في المستشفيات"), None);
    assert_eq!(names("Edited by: Jane Roe"), None);
    assert_eq!(names("Sort by: Most Votes"), None);
    let page = "أقسام الموقع\n\
السلطات تعلن خطة لمواجهة الجفاف في القرى الجبلية.. والسكان يطالبون بحلول عاجلة\n\
مع الوطن متابعة: سمير الحداد\n\
أعلنت السلطات المحلية أمس عن خطة جديدة لمواجهة الجفاف في القرى الجبلية، تشمل حفر آبار جديدة وتوزيع صهاريج المياه على الأحياء الأكثر تضررا.\n\
وقال مسؤول في البلدية إن الخطة ستنفذ على مراحل خلال الأشهر المقبلة، بالتنسيق مع الجمعيات المحلية والسكان.\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.lines[2].reason, Reason::Byline);
    assert_eq!(s.meta.authors, ["سمير الحداد"]);
    assert!(s
        .meta
        .title
        .as_deref()
        .is_some_and(|t| t.starts_with("السلطات تعلن")));
}

#[test]
fn a_numbered_list_of_headlines_outside_the_article_is_a_list_and_its_numbered_points_are_not() {
    let page = "الأكثر قراءة\n\
1. الحكومة تقر خطة جديدة لدعم المزارعين (4.50)\n\
2. ارتفاع أسعار الخضر في الأسواق قبل رمضان (4.00)\n\
3. المنتخب الوطني يستعد لمباراة ودية جديدة (3.50)\n\
4. مهرجان الموسيقى يعود إلى المدينة (3.00)\n\
أعلنت وزارة الصحة اليوم عن حملة وطنية للتوعية بأمراض القلب، تستمر شهرا كاملا في جميع المحافظات.\n\
وقالت الوزارة إن الحملة تقوم على ثلاث خطوات يمكن لكل مواطن أن يتبعها بسهولة في حياته اليومية.\n\
1. تقليل استهلاك الملح والسكر في الطعام اليومي\n\
2. ممارسة المشي نصف ساعة على الأقل كل يوم\n\
3. إجراء فحص دوري لضغط الدم مرة كل ستة أشهر\n\
وأضافت أن الفحوص ستكون مجانية في المراكز الصحية طوال مدة الحملة، بالتعاون مع الجمعيات المحلية.\n";
    let (reasons, _) = decisions(page);
    for (line, reason) in reasons.iter().enumerate().take(5).skip(1) {
        assert_eq!(*reason, (false, Reason::HeadlineList), "line {line}");
    }
    for (line, reason) in reasons.iter().enumerate().take(10).skip(7) {
        assert!(reason.0, "line {line}: {reason:?}");
    }
}

#[test]
fn a_bylines_row_of_fields_past_a_bylines_length_is_a_byline() {
    let page = "How to replace brake pads at home in one afternoon\n\
by Daniel Gibson | Mar 11, 2023 | All About Brakes and Brake Repair, Learn About Brakes | 0 comments\n\
Replacing brake pads is one of the easiest repairs you can do on your own car, and it saves money.\n\
First, loosen the lug nuts while the car is still on the ground, then raise it with a jack.\n";
    let (reasons, meta) = decisions(page);
    assert_eq!(reasons[1], (false, Reason::Byline));
    assert_eq!(meta.authors, ["Daniel Gibson"]);
    let page = "وزارة التعليم تعلن مواعيد امتحانات نهاية العام الدراسي\n\
بواسطة سارة المصري | 12 مارس 2024 | أخبار التعليم والجامعات والمدارس الحكومية والخاصة في المحافظات | 0 تعليق\n\
أعلنت وزارة التربية والتعليم اليوم عن مواعيد امتحانات نهاية العام الدراسي لجميع المراحل الدراسية.\n\
وقال المتحدث باسم الوزارة إن الجداول التفصيلية ستنشر على الموقع الرسمي خلال أيام قليلة.\n";
    let (reasons, meta) = decisions(page);
    assert_eq!(reasons[1], (false, Reason::Byline));
    assert_eq!(meta.authors, ["سارة المصري"]);
    // Some pages set the fields apart with the dot operator.
    let page = "The Best Hiking Boots of the Year\n\
By Dana Whitfield ⋅ Review Editor ⋅ Updated November 18, 2025\n\
We walked more than four hundred miles in twenty pairs of boots to find the ones that keep your feet dry and happy.\n\
Over the last decade our team has tested more than a hundred boots on every kind of trail, in every season of the year.\n";
    let (reasons, meta) = decisions(page);
    assert_eq!(reasons[1], (false, Reason::Byline));
    assert_eq!(meta.authors, ["Dana Whitfield"]);
    // One bar is no row of fields: a long line that opens with "By" stays text.
    assert_eq!(
        byline::first_field_of_row("By the end of the year the council had approved | the plan"),
        None
    );
}

#[test]
fn a_label_about_the_story_under_its_headline_names_no_writer() {
    let page = |under: &str| {
        format!(
            "أخبار المنطقة\nالمجلس البلدي يقر ميزانية المدينة للعام المقبل\n{under}\n\
أقر المجلس البلدي أمس ميزانية المدينة للعام المقبل بعد نقاش طويل حول مشاريع الطرق والمدارس الجديدة.\n\
وقال رئيس المجلس إن الميزانية تزيد على ميزانية العام الحالي بعشرة في المئة، وتخصص نصف الزيادة للتعليم.\n"
        )
    };
    let authors = |under: &str| {
        strip_with_model(
            &page(under),
            &StripConfig::default(),
            None,
            LineModel::bundled(),
        )
        .meta
        .authors
    };
    assert!(authors("صورة الخبر").is_empty());
    assert!(authors("نص المقال").is_empty());
    assert_eq!(authors("هالة الحداد"), ["هالة الحداد"]);
}

#[test]
fn a_long_list_of_names_or_tags_between_commas_is_no_paragraph() {
    let handles: Vec<String> = (1..=30).map(|n| format!("reader{n}")).collect();
    let kudos = format!(
        "{} and reader31 as well as 200 guests left kudos on this work!",
        handles.join(", ")
    );
    assert!(comma_list(&kudos));
    let tags = "الرياضة، كرة القدم، الدوري، المنتخب، الملاعب، التحكيم، الانتقالات، المدربون، \
                الجماهير، البطولة، الكأس، الهدافون، الحراس، الإصابات، التذاكر، المباريات، الأندية، \
                الاتحاد، اللاعبون، الموسم، الترتيب";
    assert!(comma_list(tags));
    // Prose lists a dozen things at most, and its commas fall among longer clauses.
    assert!(!comma_list(
        "The market sold apples, pears, plums, figs, dates, grapes, melons, lemons, limes, oranges, \
         cherries and peaches, all from farms nearby."
    ));
    let prose = "وقال الوزير إن الحكومة، التي تواجه ضغوطا متزايدة، ستعلن خطتها قريبا، ".repeat(8);
    assert!(!comma_list(&prose));
    let page = format!(
        "Chapter One\nThe rain had not stopped for three days when the letter finally arrived at the house.\n\
         She read it twice before she understood what it meant, and then she sat down by the window.\n{kudos}\n"
    );
    let (reasons, _) = decisions(&page);
    assert_eq!(reasons[3], (false, Reason::Ui));
}

#[test]
fn a_line_of_identifiers_is_structured_data() {
    assert!(identifiers(
        "9303097ac-d3e5-41e1-baf5-303640756ebfX2bf8403c-6590-4d73-8b16-95f6c3ecdef8 \
         84f535a2-9d93-4358-b5a8-c77d761c12e9S74566818-87fa-4f92"
    ));
    assert!(identifiers("session_token_a81f33c09be24d7f9ac6e1b2"));
    // Words, a long word of letters alone, a link: no identifiers.
    assert!(!identifiers(
        "Sponsored results for camera lenses and tripods near you"
    ));
    assert!(!identifiers("Donaudampfschifffahrtsgesellschaftskapitän"));
    assert!(!identifiers(
        "https://example.com/2024/05/article-title-with-words-1234567"
    ));
    let page = "Camera lens 50mm f/1.8\n\
84f535a2-9d93-4358-b5a8-c77d761c12e9S74566818-87fa-4f92-a44b-1994747f4b09p4aaa672b\n\
This lens is sharp from edge to edge, light enough to carry all day, and fast in low light.\n";
    let (reasons, _) = decisions(page);
    assert_eq!(reasons[1], (false, Reason::StructuredData));
}

#[test]
fn a_posts_stamp_before_its_comments_counter_gives_the_writer_and_the_date() {
    let page = |stamp: &str| {
        format!(
            "Do you need fourteen USB ports on a small computer?\n{stamp}\n\
If you do, then you are in luck, thanks to a new expansion board that adds ten ports for a total of fourteen.\n\
The board connects to the computer's PCIe connector and adds four fast ports and four slower ones on the side.\n"
        )
    };
    let s = strip_with_model(
        &page("Posted on December 20, 2025 by Jane Roe (Example Tech) - 5 Comments on Do you need fourteen USB ports on a small computer?"),
        &StripConfig::default(),
        None,
        LineModel::bundled(),
    );
    assert_eq!(s.lines[1].reason, Reason::Byline);
    assert_eq!(s.meta.authors, ["Jane Roe"]);
    assert_eq!(s.meta.date.as_deref(), Some("2025-12-20"));
    assert!(s
        .meta
        .title
        .as_deref()
        .is_some_and(|t| t.starts_with("Do you need")));
    assert_eq!(
        before_counter("Posted by Name - 3 تعليقات على عنوان المقال"),
        Some("Posted by Name")
    );
    assert_eq!(before_counter("Rome - 3 people were hurt on Monday"), None);
}

#[test]
fn a_link_whose_address_names_a_day_is_no_dateline() {
    let page = "أعلنت وزارة الصحة اليوم عن حملة وطنية للتوعية بأمراض القلب تستمر شهرا كاملا في المحافظات.\n\
المصدر:\n\
http://example.com/2011/09/07/health-campaign-announced/\n\
https://www.example.org/news/2024-03-12/heart-disease\n";
    let (reasons, meta) = decisions(page);
    assert_ne!(reasons[2].1, Reason::Dateline);
    assert_ne!(reasons[3].1, Reason::Dateline);
    assert_eq!(meta.date, None);
}

#[test]
fn a_byline_label_alone_names_the_author_on_the_next_line() {
    let page = "Harbour plan approved after long debate\n\
By\n\
Aaron Kliegman | Example News\n\
April 25, 2023\n\
The council approved the plan on Tuesday after a debate that lasted most of the night and ended in a vote.\n\
Members said the harbour would be rebuilt over the next five years, starting with the northern quay.\n";
    let (reasons, meta) = decisions(page);
    assert_eq!(meta.authors, ["Aaron Kliegman"]);
    assert_eq!(reasons[1], (false, Reason::Byline));
    assert_eq!(reasons[2], (false, Reason::Byline));
    assert!(crate::byline::is_lone_byline_label("Autorin/Autor"));
    assert!(crate::byline::is_lone_byline_label("نویسنده:"));
    assert!(!crate::byline::is_lone_byline_label("Byline of the day"));
    // A kind of piece before the opening labels the byline; a reviewer's line does not.
    assert!(crate::byline::is_lone_byline_label("Ein Kommentar von"));
    assert!(crate::byline::is_lone_byline_label("Analysis by"));
    assert!(!crate::byline::is_lone_byline_label("Reviewed by"));
    assert!(!crate::byline::is_lone_byline_label(
        "Skip to main content by"
    ));
}

#[test]
fn a_kind_of_piece_may_stand_before_the_byline_on_its_line() {
    let authors = crate::byline::byline_authors;
    for (line, name) in [
        ("Kolumne von Carla Siepmann -", "Carla Siepmann"),
        ("Eine Analyse von Frank Weber", "Frank Weber"),
        ("Analysis by Jane Doe", "Jane Doe"),
        ("تحليل بقلم: محمد علي", "محمد علي"),
        ("مقال رأي بقلم سامي خليل", "سامي خليل"),
        ("By Carla Siepmann |", "Carla Siepmann"),
    ] {
        assert_eq!(authors(line), Some(vec![name.to_string()]), "{line}");
    }
    // A reviewer's or a photographer's line names no author.
    assert_eq!(authors("Reviewed by Jane Doe"), None);
    assert_eq!(authors("Photos by Jane Doe"), None);
    let page =
        format!("وزير الخارجية يلتقي نظيره الفرنسي\nتحليل بقلم: محمد علي\n{BODY}\n{BODY} وأضاف.\n");
    assert_eq!(decisions(&page).1.authors, ["محمد علي"]);
}

/// Three paragraphs of an article, for pages the tests build around them.
const ARTICLE: &str = "The council approved the plan on Tuesday after a debate that lasted most of the night and ended in a vote.\n\
Members said the harbour would be rebuilt over the next five years, starting with the northern quay.\n\
The mayor said the first contracts would be signed in the spring, once the last permits had come through.\n";

#[test]
fn a_captions_date_gives_way_to_the_datelines() {
    let page = "Home\nPolitik\n\
Die Gegenoffensive: Ziele, Chancen und Risiken\n\
Die Armee bereitet sich auf eine entscheidende Offensive vor, doch die Lage an der Front bleibt unklar.\n\
Panzer bei den Kämpfen um die Stadt im Osten, 24. April 2023\n\
Seit Wochen wird über den Beginn der Offensive spekuliert, und die Regierung hält sich mit Angaben zurück.\n\
Beobachter rechnen damit, dass die Kämpfe in den kommenden Wochen an Heftigkeit zunehmen werden.\n\
Datum\n28.04.2023\n";
    assert_eq!(decisions(page).1.date.as_deref(), Some("2023-04-28"));
    // With no dateline, the caption's date is the only one there is.
    let page = page.replace("Datum\n28.04.2023\n", "");
    assert_eq!(decisions(&page).1.date.as_deref(), Some("2023-04-24"));
}

#[test]
fn the_outlet_after_a_writers_name_is_no_part_of_it() {
    assert_eq!(
        crate::byline::author_names("Dolores Chang For Dailymail.Com"),
        ["Dolores Chang"]
    );
    assert_eq!(
        crate::byline::author_names("Jane Doe and John Smith for CNN"),
        ["Jane Doe", "John Smith"]
    );
    // "for" inside what is no name stays.
    assert_eq!(
        crate::byline::author_names("Centre for Policy Studies"),
        ["Centre for Policy Studies"]
    );
}

#[test]
fn the_sites_name_is_no_echo_of_the_headline() {
    // The title holds the site's name whole, the headline edited: the headline is still the title, and
    // one ending with an initialism ("N.Y.C.") is a headline all the same.
    let page = format!(
        "How Winter Wreaks Havoc on the Pipes Under N.Y.C. - The City Times\n\
Sections\nThe City Times\nLog In\n\
How Winter Wreaks Havoc on the Pipes Under N.Y.C.\nBy Jane Holloway\n{ARTICLE}"
    );
    assert_eq!(
        decisions(&page).1.title.as_deref(),
        Some("How Winter Wreaks Havoc on the Pipes Under N.Y.C.")
    );
}

#[test]
fn a_name_shaped_menu_item_is_no_author() {
    // "Federal Politics" between two other items of the menu, near the headline and its date.
    let menu = format!(
        "Home\nElections\nFederal Politics\nState Politics\nWorld\nOpinion\n\
Council approves the harbour plan after a long night\n26 November 2024 10:00am\n{ARTICLE}"
    );
    assert!(decisions(&menu).1.authors.is_empty());
    // A byline after the menu, with its section and date below it, is the author's.
    let byline = format!(
        "Home\nElections\nCoupons\nJane Holloway\nBusiness\nNov 7, 2023 2:00 AM\n\
Council approves the harbour plan after a long night\n{ARTICLE}"
    );
    assert_eq!(decisions(&byline).1.authors, ["Jane Holloway"]);
}

#[test]
fn a_name_line_sheds_a_glued_handle_and_a_trailing_comma() {
    let handle = format!(
        "Home\nMarkets\nCouncil approves the harbour plan after a long night\n\
Published Fri, Apr 28 20232:23 PM EDT\nJane Holloway@JaneHolloway\nWATCH LIVE\n{ARTICLE}"
    );
    assert_eq!(decisions(&handle).1.authors, ["Jane Holloway"]);
    let comma = format!(
        "Home\nMarkets\nCouncil approves the harbour plan after a long night\n\
Jane Holloway,\n26.04.2024 10:00 Uhr\n{ARTICLE}"
    );
    assert_eq!(decisions(&comma).1.authors, ["Jane Holloway"]);
    // A handle after a space is shed too.
    let spaced = format!(
        "اجتماع وزاري لبحث خطة التنمية الجديدة في المنطقة\nمحمد علي @mali\nالأحد 6 ديسمبر 2026\n{BODY}\n{BODY} وأضاف.\n"
    );
    assert_eq!(decisions(&spaced).1.authors, ["محمد علي"]);
}

#[test]
fn a_name_in_the_header_between_headline_and_text_is_the_byline() {
    // Whatever block a rule takes the header for, a name over its role under the headline is the byline.
    let page = format!(
        "Home\nPolitics\nBusiness\n\
Council approves the harbour plan after a long night\n\
The vote ends a debate that has divided the town for two years and opens the way to building work\n\
Jane Holloway\n\
Political Correspondent\n\
16 September 2024 9:33pm\n\
Related Topics\n\
Harbour,\n\
Town council\n{ARTICLE}"
    );
    let (_, meta) = decisions(&page);
    assert_eq!(meta.authors, ["Jane Holloway"]);
}

#[test]
fn names_one_a_line_over_the_date_are_co_writers_not_an_outlet() {
    for (names, writers) in [
        (
            "Jane Holloway\nMark Ellison\nRuth Adeyemi",
            vec!["Jane Holloway", "Mark Ellison", "Ruth Adeyemi"],
        ),
        ("Tom Davies\nAssociated Press", vec!["Tom Davies"]),
    ] {
        let page = format!(
            "Home\nPolitics\nCouncil approves the harbour plan after a long night\n{names}\n16 September 2024 9:33pm\n{ARTICLE}"
        );
        let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
        assert_eq!(s.meta.authors, writers, "{names}");
    }
}

#[test]
fn an_author_box_under_the_articles_chrome_names_the_writer_unless_the_footer_came_first() {
    let chrome = "Found a mistake?\nWrite to us\nFeedback\nShare\nPolitics\nHarbour\nTown council\nMore on this\n";
    for (footer, writers) in [
        ("", vec!["Jane Holloway"]),
        (
            "Copyright 2024 Harbour News. All rights reserved.\n",
            vec![],
        ),
    ] {
        let page = format!(
            "Home\nPolitics\nCouncil approves the harbour plan after a long night\n{ARTICLE}{chrome}{footer}16 September 2024, 9:33\nAnalysis by\nJane Holloway\nPolitical Correspondent\n"
        );
        let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
        assert_eq!(s.meta.authors, writers, "{footer}");
    }
}

#[test]
fn a_short_links_label_between_paragraphs_is_seen_through() {
    let paragraphs = [
        "به گزارش خبرنگار ما، وزیر امور خارجه امروز در نشست خبری گفت که مذاکرات با طرف های اروپایی ادامه خواهد داشت و نتایج آن به زودی اعلام می شود.",
        "وی افزود که دولت به تعهدات خود پایبند است و از هر ابتکاری برای کاهش تنش ها استقبال می کند، اما منافع ملی را فدای هیچ توافقی نخواهد کرد.",
        "او همچنین درباره وضعیت اقتصادی کشور توضیح داد و گفت تورم در ماه های اخیر کاهش یافته است و دولت برنامه تازه ای برای حمایت از تولید دارد.",
        "وزیر خارجه در پایان تاکید کرد که سال آینده سال اصلاحات بزرگ در حوزه های آموزش، بهداشت و حمل و نقل خواهد بود.",
    ];
    for label in ["لینک کوتاه", "رابط مختصر"] {
        let page = format!(
            "خانه\nسیاسی\nوزیر خارجه: مذاکرات با اروپا ادامه دارد\n۱۶ آذر ۱۴۰۵ - ۱۰:۳۰\n{}\n{}\n{label}\n{}\n{}\nکلیه حقوق محفوظ است\n",
            paragraphs[0], paragraphs[1], paragraphs[2], paragraphs[3]
        );
        let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
        assert_eq!(s.lines[6].reason, Reason::Ui, "{label}");
        for i in [4, 5, 7, 8] {
            assert!(s.lines[i].keep, "{label}: line {}: {:?}", i + 1, s.lines[i]);
        }
    }
}

#[test]
fn a_prompt_to_follow_the_site_on_an_app_between_paragraphs_is_seen_through() {
    let pages = [
        (
            "وزير الخارجية: المفاوضات مع أوروبا مستمرة\nالأحد 7 ديسمبر 2026",
            [
                "قال وزير الخارجية في مؤتمر صحفي اليوم إن المفاوضات مع الجانب الأوروبي ستستمر خلال الأسابيع المقبلة، وإن النتائج ستعلن قريبا.",
                "وأضاف أن الحكومة ملتزمة بتعهداتها وترحب بأي مبادرة لخفض التوتر، لكنها لن تتنازل عن مصالحها الوطنية في أي اتفاق.",
                "كما تحدث عن الوضع الاقتصادي في البلاد، مشيرا إلى أن التضخم تراجع خلال الأشهر الأخيرة، وأن الحكومة تعمل على خطة جديدة لدعم الصناعة المحلية.",
                "وختم بالقول إن العام المقبل سيكون عام الإصلاحات الكبرى في قطاعات التعليم والصحة والنقل.",
            ],
            "تابعونا على تطبيق تلغرام",
        ),
        (
            "مہنگائی پر قابو پانے کے لیے نئی پالیسی کا اعلان\n07 دسمبر 2026",
            [
                "وزیر خزانہ نے آج پریس کانفرنس میں کہا کہ حکومت مہنگائی پر قابو پانے کے لیے تمام ممکنہ اقدامات کر رہی ہے اور آئندہ ماہ نئی پالیسی کا اعلان کیا جائے گا۔",
                "انہوں نے مزید کہا کہ عالمی مالیاتی ادارے کے ساتھ مذاکرات مثبت انداز میں آگے بڑھ رہے ہیں اور جلد معاہدہ طے پا جائے گا۔",
                "اس موقع پر صحافیوں کے سوالات کے جواب دیتے ہوئے انہوں نے کہا کہ بجلی کی قیمتوں میں کمی کا فیصلہ بھی زیر غور ہے۔",
                "وزیر خزانہ نے آخر میں کہا کہ آئندہ سال تعلیم، صحت اور ٹرانسپورٹ کے شعبوں میں بڑی اصلاحات کا سال ہوگا۔",
            ],
            "ہمارا واٹس ایپ چینل جوائن کریں",
        ),
    ];
    for (header, [p1, p2, p3, p4], prompt) in pages {
        let page = format!("Home\nNews\n{header}\n{p1}\n{p2}\n{prompt}\n{p3}\n{p4}\nأسعار الذهب اليوم في مصر\n© 2026\n");
        let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
        assert_eq!(s.lines[6].reason, Reason::Prompt, "{prompt}");
        for i in [4, 5, 7, 8] {
            assert!(
                s.lines[i].keep,
                "{prompt}: line {}: {:?}",
                i + 1,
                s.lines[i]
            );
        }
    }
}

#[test]
fn the_last_paragraph_after_a_pointers_link_is_the_articles_before_its_closing_chrome() {
    let last = "رئیس سازمان توسعه تجارت همچنین گفت که کشورهای همسایه همچنان مقصد اصلی کالاهای ایرانی هستند و سهم عراق، ترکیه و امارات از کل صادرات بیش از ۵۰ درصد است.";
    for (pointer, after) in [
        ("بیشتر بخوانید:", "انتهای پیام\nکلیه حقوق محفوظ است\n"),
        ("بیشتر بخوانید", "کلیه حقوق محفوظ است\n"),
    ] {
        let page = format!(
            "افزایش ۱۵ درصدی صادرات غیرنفتی در هشت ماه نخست سال\n{SOLAR_LEAD}\n{SOLAR_TEXT}\n{pointer}\nقیمت دلار امروز ۱۷ آذر\n{last}\n{after}"
        );
        let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
        assert_eq!(s.lines[3].reason, Reason::ReadAlso, "{pointer} / {after}");
        assert_eq!(s.lines[4].reason, Reason::ReadAlso, "{pointer} / {after}");
        assert!(s.lines[5].keep, "{pointer} / {after}: {:?}", s.lines[5]);
    }
}

#[test]
fn a_list_of_more_on_the_story_dates_its_items_not_the_article() {
    let paragraphs = "پاکستان کے شمالی علاقوں میں شدید برفباری کے بعد کئی اہم شاہراہیں بند ہو گئی ہیں جبکہ سیاحوں کو سفر سے گریز کرنے کی ہدایت کی گئی ہے۔\n\
        محکمہ موسمیات کے مطابق آئندہ تین روز کے دوران سردی کی شدت میں مزید اضافے کا امکان ہے اور کئی شہروں میں درجہ حرارت نیچے جا سکتا ہے۔\n\
        مقامی انتظامیہ کا کہنا ہے کہ سڑکوں سے برف ہٹانے کا کام جاری ہے اور پھنسے ہوئے مسافروں کو محفوظ مقامات پر منتقل کیا جا رہا ہے۔";
    for heading in ["اس بارے میں مزید", "در همین زمینه"] {
        let page = format!(
            "پاکستان میں شدید سردی کی لہر\nایک گھنٹہ قبل\n{paragraphs}\n{heading}\n\
            پاکستان کے گلیشیئرز تیزی سے پگھل رہے ہیں\n12 نومبر 2026\nسموگ سے لاہور میں سکول بند\n3 نومبر 2026\n"
        );
        let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
        assert_eq!(s.lines[1].reason, Reason::Dateline, "{heading}");
        assert_eq!(s.lines[5].reason, Reason::RelatedBlock, "{heading}");
        assert_eq!(s.meta.date, None, "{heading}: {:?}", s.lines);
    }
}

#[test]
fn a_cased_script_is_told_as_unicode_tells_it() {
    for c in (0..0x3400).filter_map(char::from_u32) {
        let expected = c.is_uppercase() || c.is_lowercase();
        assert_eq!(
            byline::is_cased(&format!("ب{c}")),
            expected,
            "U+{:04X}",
            c as u32
        );
    }
}

#[test]
fn a_role_glued_to_a_name_is_cut_off() {
    use crate::byline::unglued;
    assert_eq!(
        unglued("Sophie FosterTravel News Reporter"),
        "Sophie Foster"
    );
    assert_eq!(unglued("Emma MackenzieLifestyle Writer"), "Emma Mackenzie");
    // Capitals inside a name stay.
    assert_eq!(unglued("Ronald McDonald"), "Ronald McDonald");
    assert_eq!(unglued("Ron DeSantis"), "Ron DeSantis");
    assert_eq!(unglued("Anna MacKenzie"), "Anna MacKenzie");
    // Without case: a city, a role or a desk glued to the name's last word, or set after it.
    assert_eq!(unglued("خالد المنصوريأبوظبي"), "خالد المنصوري");
    assert_eq!(unglued("خالد المنصوري أبوظبي"), "خالد المنصوري");
    assert_eq!(unglued("د. ليلى حدادكاتبة"), "د. ليلى حداد");
    assert_eq!(unglued("شہباز راناویب ڈیسک"), "شہباز رانا");
    assert_eq!(unglued("مریم احمدیتهران"), "مریم احمدی");
    // A name's own letters stay: the city inside a word after three letters, a name of one word.
    assert_eq!(unglued("محمد النعمان"), "محمد النعمان");
    assert_eq!(unglued("القاهرة"), "القاهرة");
    assert_eq!(unglued("صالح القاهرة"), "صالح القاهرة");
}

#[test]
fn a_title_case_phrase_of_the_page_is_no_name_line() {
    let page = "Harbour plan approved after long debate\n\
Social Sharing\n\
April 25, 2023\n\
The council approved the plan on Tuesday after a debate that lasted most of the night and ended in a vote.\n\
The sharing of the cost was the hardest part, members said, as social groups asked for a say in it.\n";
    let (_, meta) = decisions(page);
    assert!(meta.authors.is_empty(), "{:?}", meta.authors);
    let named = page.replace("Social Sharing", "Yasmine Hassan");
    assert_eq!(decisions(&named).1.authors, ["Yasmine Hassan"]);
}

#[test]
fn the_headline_is_found_when_the_page_title_words_it_a_little_differently() {
    let page = "Council backs harbour plan after long debate - Example News\n\
Home | World | Business\n\
Key Points\n\
Council approves harbour plan after a long debate\n\
The council approved the plan on Tuesday after a debate that lasted most of the night and ended in a vote.\n\
Members said the harbour would be rebuilt over the next five years, starting with the northern quay.\n";
    let (_, meta) = decisions(page);
    assert_eq!(
        meta.title.as_deref(),
        Some("Council approves harbour plan after a long debate")
    );
}

#[test]
fn trees_laid_out_complete_score_as_walked_node_by_node() {
    let trees = LineModel::bundled()
        .trees
        .as_ref()
        .expect("the bundled model has trees");
    let n = trees.means.len();
    // Feature vectors around the means, some far off, one NaN: every path of every tree is taken.
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 40) as f32 / (1u64 << 24) as f32
    };
    let mut rows = Vec::new();
    for round in 0..2000 {
        let x: Vec<f32> = (0..n)
            .map(|i| match round {
                0 => f32::NAN,
                _ => trees.means[i] * 4.0 * next() - 1.0 + 2.0 * next(),
            })
            .collect();
        assert_eq!(trees.logit(&x).to_bits(), trees.walk(&x).to_bits(), "{x:?}");
        rows.extend(x);
    }
    // Scored many at once (whole blocks of lines and the rest one by one), each row as alone.
    for take in [2000, 1999, 13, 8, 7, 1, 0] {
        let batch = trees.logits(&rows[..take * n], n);
        assert_eq!(batch.len(), take);
        for (z, x) in batch.iter().zip(rows.chunks_exact(n)) {
            assert_eq!(z.to_bits(), trees.walk(x).to_bits(), "{x:?}");
        }
    }
}

#[test]
fn a_clause_or_a_ui_string_is_no_author() {
    assert_eq!(
        crate::byline::signature_author("القاعدة – التي كان تنظيمها"),
        None
    );
    assert_eq!(crate::byline::byline_authors("كتب إلى أن هذا"), None);
    let page = "Harbour plan approved after long debate\n\
Link Copied\n\
April 25, 2023\n\
The council approved the plan on Tuesday after a debate that lasted most of the night and ended in a vote.\n\
Members said the harbour would be rebuilt over the next five years, starting with the northern quay.\n";
    assert!(decisions(page).1.authors.is_empty());
}

#[test]
fn the_headline_echo_before_the_article_beats_a_fuller_one_below_it() {
    let page = "LTE patent: Samsung must destroy phones over patent | Example Tech\n\
Home | Mobile | Science\n\
Samsung must destroy phones over patent\n\
April 28, 2024\n\
The court ruled on Friday that the company must recall and destroy the phones sold in the country.\n\
The company said it would appeal the ruling and that customers would not be affected for now.\n\
Lawyers for the patent holder said the ruling was the first of several they expected this year.\n\
The phones concerned were sold between 2019 and 2022, according to the documents seen by reporters.\n\
A spokesperson declined to say how many devices were still in the company's warehouses in the country.\n\
Most read this week\n\
LTE patent: Samsung must destroy phones over patent\n\
June 27, 2024\n";
    let s = super::strip(page, &StripConfig::default());
    let meta = s.meta;
    let headline = s
        .lines
        .iter()
        .find(|d| d.reason == Reason::Title)
        .map(|d| d.line);
    assert_eq!(headline, Some(3), "{:?}", s.lines);
    assert_eq!(meta.date.as_deref(), Some("2024-04-28"));
}

#[test]
fn a_byline_goes_on_over_the_lines_that_continue_its_list() {
    let page = "China's spy network reached German universities\n\
von Till Eckert\n\
, Max Bernhard\n\
und Martin Murphy\n\
Leitender Redakteur\n\
21. Mai 2026\n\
Zwei mutmaßliche Spione wurden festgenommen, die Behörden hatten das Netzwerk lange beobachtet.\n\
Im Visier hatten sie offenbar auch Drohnen, die an mehreren Hochschulen entwickelt werden.\n";
    let (reasons, meta) = decisions(page);
    assert_eq!(
        meta.authors,
        ["Till Eckert", "Max Bernhard", "Martin Murphy"]
    );
    assert!(
        reasons[1..4].iter().all(|r| r.1 == Reason::Byline),
        "{reasons:?}"
    );
    assert_eq!(crate::byline::continued_name("Barbara Schneider"), None);
    assert_eq!(
        crate::byline::continued_name("Mariana Lenharo,"),
        Some("Mariana Lenharo")
    );
}

#[test]
fn writers_listed_one_a_line_are_all_authors_and_labels_or_phrases_among_them_are_not() {
    // Under a lone label, one name a line, a role glued to some.
    let page = "Riots spread to five more cities\n\
By\n\
Dana WhitfieldNews Reporter\n\
Omar Haddad\n\
Lena Brandt\n\
Updated 20:49, 5 Aug 2024\n\
Counter protesters gathered in several cities where demonstrations had been planned for the evening.\n\
Police said three officers were injured after stones were thrown at the crowd in the city centre.\n";
    let (reasons, meta) = decisions(page);
    assert_eq!(
        meta.authors,
        ["Dana Whitfield", "Omar Haddad", "Lena Brandt"]
    );
    assert!(
        reasons[1..5].iter().all(|r| r.1 == Reason::Byline),
        "{reasons:?}"
    );
    // Name lines under the headline without a label that open with given names.
    let arabic = "ارتفاع صادرات التمور إلى أوروبا بنسبة الثلث\n\
أحمد سمير\n\
محمد عبد الله\n\
الخميس 5 ديسمبر 2024\n\
قالت وزارة الزراعة إن صادرات التمور إلى الأسواق الأوروبية ارتفعت بنسبة الثلث خلال العام الجاري.\n\
وأضافت الوزارة في بيان أن المزارعين استفادوا من برنامج دعم التعبئة والتغليف الذي أطلقته الحكومة.\n";
    let (reasons, meta) = decisions(arabic);
    assert_eq!(meta.authors, ["أحمد سمير", "محمد عبد الله"]);
    assert!(
        reasons[1..3].iter().all(|r| r.1 == Reason::Byline),
        "{reasons:?}"
    );
    // Capitalised words under a name line without a label may be a button's or a section's.
    let button = "Riots spread to five more cities\n\
Tom Davies\n\
Mobile Apps\n\
Updated 20:49, 5 Aug 2024\n\
Counter protesters gathered in several cities where demonstrations had been planned for the evening.\n\
Police said three officers were injured after stones were thrown at the crowd in the city centre.\n";
    let (_, meta) = decisions(button);
    assert_eq!(meta.authors, ["Tom Davies"]);
    // A label with a colon, a role, or a phrase whose words the page writes in lowercase is no writer.
    let labels = "Ten quiet trails for a related program of autumn walks\n\
Author\n\
Jane Porter\n\
Related Program\n\
August 30, 2024\n\
These trails were chosen for a related walking program that the park runs every autumn season.\n\
Each route is under ten miles and marked at every junction, with water available at the start.\n";
    let (_, meta) = decisions(labels);
    assert_eq!(meta.authors, ["Jane Porter"]);
    let role = "Ministers defend the new budget\n\
Amy Fowler\n\
Political Correspondent\n\
16 September 2024 9:33pm\n\
Ministers defended the budget on Monday as opposition parties called for a vote on its tax measures.\n\
The chancellor said the plan would bring the deficit down within three years of its adoption.\n";
    let (_, meta) = decisions(role);
    assert_eq!(meta.authors, ["Amy Fowler"]);
    assert_eq!(crate::byline::listed_name("Last Updated:"), None);
    // A date on the name's line ends the list; a section's name over each of its stories is no writer.
    let dated = "Riots spread to five more cities\n\
By\n\
Dana Whitfield November 19, 2019, 07:47 PM EST\n\
Sharing Panel Buttons\n\
Counter protesters gathered in several cities where demonstrations had been planned for the evening.\n\
Police said three officers were injured after stones were thrown at the crowd in the city centre.\n";
    assert_eq!(decisions(dated).1.authors, ["Dana Whitfield"]);
    let section = "Opening Bell 11.18.19\n\
Counter protesters gathered in several cities where demonstrations had been planned for the evening.\n\
Police said three officers were injured after stones were thrown at the crowd in the city centre.\n\
Sign up for the newsletter.\n\
By\n\
The Morning Desk\n\
Opening Bell\n\
Opening Bell 10.29.19\n\
Opening Bell\n\
Opening Bell 6.7.19\n";
    let (reasons, _) = decisions(section);
    assert_ne!(reasons[6].1, Reason::Byline, "{reasons:?}");
}

#[test]
fn a_read_also_pointer_takes_its_links_and_leaves_the_article_after_them() {
    let arabic = |n: usize| format!("{BODY} وأضاف أن الجولة رقم {n} ستتناول الملفات العالقة كلها.");
    let english = |n: usize| {
        format!("The ministry said on Tuesday that round {n} of the talks would resume next week in the capital.")
    };
    let urdu = |n: usize| {
        format!("وزارت کے ترجمان نے بتایا کہ مذاکرات کا دور نمبر {n} اگلے ہفتے دارالحکومت میں دوبارہ شروع ہوگا۔")
    };
    // The pointer's link is a long headline that ends no sentence: no paragraph of its own.
    type Paragraph<'a> = &'a dyn Fn(usize) -> String;
    let pages: [(Paragraph, &str, &str); 3] = [
        (
            &arabic,
            "اقرأ أيضا..",
            "التعليم: لا تغيير في نظام تقييم طلاب الصف الأول الثانوي هذا العام",
        ),
        (
            &english,
            "Read also:",
            "Ministry says nothing changes in how first-year pupils are assessed this year",
        ),
        (
            &urdu,
            "یہ بھی پڑھیں",
            "وزارت تعلیم کا امتحانات کے نئے شیڈول کے اعلان کا فیصلہ اگلے ہفتے متوقع",
        ),
    ];
    for (para, pointer, link) in pages {
        // The page's title first, as an extractor gives it.
        let page = format!(
            "Headline\n{}\n{}\n{pointer}\n{link}\n{}\n{}\n",
            para(1),
            para(2),
            para(3),
            para(4)
        );
        let (d, _) = decisions(&page);
        let reasons: Vec<Reason> = d.iter().map(|x| x.1).collect();
        assert_eq!(
            &reasons[1..7],
            &[
                Reason::Content,
                Reason::Content,
                Reason::ReadAlso,
                Reason::ReadAlso,
                Reason::Content,
                Reason::Content
            ],
            "{pointer}"
        );
    }
}

#[test]
fn the_title_loses_the_marks_around_it() {
    assert_eq!(
        unmarked(" > Europe : les ventes progressent "),
        "Europe : les ventes progressent"
    );
    assert_eq!(
        unmarked("functools — Higher-order functions¶"),
        "functools — Higher-order functions"
    );
    assert_eq!(
        unmarked("» وزير التعليم يعلن موعد الامتحانات"),
        "وزير التعليم يعلن موعد الامتحانات"
    );
    assert_eq!(unmarked("Learn C#"), "Learn C#");
    // A Markdown heading's marks, not a hashtag or seven marks.
    assert_eq!(
        unmarked("## مطار حلب يستعد لاستيعاب 12 مليون مسافر"),
        "مطار حلب يستعد لاستيعاب 12 مليون مسافر"
    );
    assert_eq!(unmarked("#عاجل انقطاع الكهرباء"), "#عاجل انقطاع الكهرباء");
    assert_eq!(unmarked("####### seven"), "####### seven");
    // A list's dash before a space, not one glued to a word.
    assert_eq!(
        unmarked("- المجلس يمنح لجنة التحقيق مهلة أسبوعين"),
        "المجلس يمنح لجنة التحقيق مهلة أسبوعين"
    );
    assert_eq!(unmarked("-5 degrees tonight"), "-5 degrees tonight");
    // A row of bars after the headline, a table's rule as the page's text flattened it.
    assert_eq!(
        unmarked("المجلس يمنح لجنة التحقيق مهلة أسبوعين | ||||||||||||"),
        "المجلس يمنح لجنة التحقيق مهلة أسبوعين"
    );
}

#[test]
fn readers_comments_after_the_article_go_and_a_comment_count_above_it_stays() {
    let article = format!(
        "{BODY}\nوأضاف أن اللجنة المشتركة ستعقد اجتماعها الأول في العاصمة خلال الشهر المقبل لبحث الملفات العالقة.\n\
         وأشار إلى أن الحكومة تعول على نتائج هذه الجولة لتحسين الأوضاع الاقتصادية في البلاد خلال العام المقبل.\n"
    );
    let comments =
        "تعليقات الزوار\n1 - مواطن\nهذا القرار جاء متأخرا كثيرا، ونتمنى أن يتم تنفيذه بسرعة.\n";
    let (d, _) = decisions(&format!("{article}{comments}"));
    let reasons: Vec<Reason> = d.iter().map(|x| x.1).collect();
    assert_eq!(&reasons[..3], &[Reason::Content; 3]);
    assert_eq!(&reasons[3..6], &[Reason::Comments; 3]);
    // A count beside the headline, before the article, opens no comments.
    let (d, _) = decisions(&format!("5 تعليقات\n{article}"));
    assert!(d.iter().all(|x| x.1 != Reason::Comments), "{d:?}");
    // Nor does a menu item in the middle of the page.
    let (d, _) = decisions(&format!("{BODY}\nالتعليقات\n{article}"));
    assert!(d.iter().all(|x| x.1 != Reason::Comments), "{d:?}");
    // Comments as long as the article still go.
    let long = "آراء القراء (3)\nأبو محمد\nأسكن في شقة صغيرة وأدفع نصف راتبي للإيجار، والوضع لم يعد يحتمل أبدا يا جماعة.\n\
                سارة\nالحل في بناء مدن جديدة حول العاصمة وتوفير مواصلات عامة سريعة ومريحة للموظفين.\n";
    let (d, _) = decisions(&format!("{article}{long}"));
    let reasons: Vec<Reason> = d.iter().map(|x| x.1).collect();
    assert_eq!(&reasons[3..8], &[Reason::Comments; 5], "{reasons:?}");
    // A blog's heading names the count and the article's title.
    for heading in [
        "12 تعليقا على \"ارتفاع أسعار النفط في الأسواق العالمية\"",
        "۲۴ دیدگاه برای «افزایش قیمت نفت»",
        "5 ردود على «ارتفاع أسعار النفط»",
    ] {
        let (d, _) = decisions(&format!("{article}{heading}\n{comments}"));
        let reasons: Vec<Reason> = d.iter().map(|x| x.1).collect();
        assert_eq!(
            &reasons[3..7],
            &[Reason::Comments; 4],
            "{heading}: {reasons:?}"
        );
    }
    // A sentence that opens with a count of comments is no heading.
    assert!(!lexicon::is_comments_on_title("12 تعليقا"));
    assert!(!lexicon::is_comments_on_title("many comments on the bill"));
}

#[test]
fn a_name_right_under_the_headline_is_the_byline_without_a_date() {
    // The page prints no date, only how long ago: the name under the headline is still its author.
    let page = ENGLISH_PAGE
        .replace("Published April 25, 2023 12:26 PM", "7 hours ago")
        .replace("Monday, 3 March 2025\n", "");
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.authors, ["Maria Lopez"]);
    // One line lower, with no date beside it, a name is not taken.
    let page = page.replace("Maria Lopez\n7 hours ago\n", "7 hours ago\nMaria Lopez\n");
    let s = super::strip(&page, &StripConfig::default());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
    // A name in a script without case, with its titles before the given name.
    for name in ["د. أحمد سمير", "الدكتور أحمد سمير", "دکتر سارا محمدی"]
    {
        let page =
            format!("موقع الأخبار\nالحكومة تعلن خطة جديدة لدعم المزارعين\n{name}\n{BODY}\n{BODY}\n");
        let s = super::strip(&page, &StripConfig::default());
        assert_eq!(s.meta.authors, [name], "{name}");
        assert_eq!(s.lines[2].reason, Reason::Byline, "{name}");
    }
}

#[test]
fn a_newspapers_imprint_is_dropped_and_names_no_writer() {
    for credit in [
        "رئيس مجلس الإدارة ورئيس التحرير: سامي فؤاد",
        "رئيس التحرير: جابر سليم",
        "مدیر مسئول: حسن رضایی",
        "چیف ایڈیٹر: عامر خان",
        "Editor-in-Chief: Jane Roe",
        "  • بانی: عامر خان",
        "گروپ چیف ایگزیکٹو ایڈیٹر انچیف: عامر خان",
        "بانی: عامر خان      ایڈیٹرانچیف : ثاقب علی",
        "• گروپ چیف ایگزیکٹووایڈیٹرانچیف: عامر خان",
    ] {
        let page = format!(
            "صحيفة الرأي اليوم\n{credit}\nالرئيسية\nأخبار\nالحكومة تعلن خطة جديدة للنقل العام\n{BODY}\n\
             {BODY} وأضاف.\n{BODY} وأشار.\n"
        );
        let s = super::strip(&page, &StripConfig::default());
        assert_eq!(
            s.lines[1].reason,
            Reason::Copyright,
            "{credit}: {:?}",
            s.lines
        );
        assert!(s.meta.authors.is_empty(), "{credit}: {:?}", s.meta.authors);
    }
    // A role quoted in a sentence is the article's.
    let quote = "رئيس التحرير: نحن ملتزمون بنشر الحقيقة كاملة مهما كانت الضغوط التي نتعرض لها.";
    assert!(!crate::lexicon::is_imprint_credit(&fold(quote)));
    assert!(!crate::lexicon::is_imprint_credit(&fold(
        "رئيس التحرير: لن نتراجع."
    )));
    // A role's word inside another word is none.
    assert!(!crate::lexicon::is_imprint_credit(&fold(
        "با مهربانی: علی رضایی"
    )));
}

#[test]
fn a_latest_news_heading_over_the_headline_and_its_share_button_takes_neither() {
    let page = format!(
        "آخر الأخبار\n\nعشرون عاما على تأسيس الموقع.. عندما أصبحت الصحافة ذاكرة وطن\n\nشارك\n\n\
         خالد عبدالله أحمد\n\n{BODY}\n\n{BODY} ثانية.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("عشرون عاما على تأسيس الموقع.. عندما أصبحت الصحافة ذاكرة وطن"),
        "{:?}",
        s.lines
    );
    // The name over the first paragraph, a share button between it and the headline, is the writer's.
    assert_eq!(s.meta.authors, ["خالد عبدالله أحمد"]);
}

#[test]
fn a_writer_named_after_the_city_reported_from_is_the_byline() {
    let page = format!(
        "السبت، 11 يوليو 2015\n\nتجار الذهب يلوحون بإغلاق محلاتهم احتجاجا على زيادة الرسوم\n\n\
         الخرطوم: محمد بدر الدين\n{BODY}\n{BODY} ثانية.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[4].reason, Reason::Byline, "{:?}", s.lines);
    assert_eq!(s.meta.authors, ["محمد بدر الدين"]);
    assert_eq!(
        s.meta.title.as_deref(),
        Some("تجار الذهب يلوحون بإغلاق محلاتهم احتجاجا على زيادة الرسوم")
    );
    // A team sheet's position is no city, and a headline's place is followed by no name.
    assert_eq!(byline::place_and_name("حراسة المرمى: محمد الشناوي"), None);
    assert_eq!(
        byline::place_and_name("الخرطوم: انفجار في السوق العربي"),
        None
    );
}

#[test]
fn a_persian_blog_post_s_stamp_names_its_writer_and_its_tagline_is_no_headline() {
    let page = format!(
        "از فوتبال تا کتاب، یادداشت‌های یک معلم - بهار امید\nبهار امید\nنشریه اینترنتی کانون فرهنگی شهر قم\n\
         نگارش در تاریخ دوشنبه 31 خردادماه سال 1389 توسط خادم الشهدا\n\n{PERSIAN_BODY}\n\n{PERSIAN_BODY} دوم.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[3].reason, Reason::Byline, "{:?}", s.lines);
    assert_eq!(s.meta.authors, ["خادم الشهدا"]);
    assert_eq!(s.meta.date.as_deref(), Some("2010-06-21"));
    assert_eq!(
        s.meta.title.as_deref(),
        Some("از فوتبال تا کتاب، یادداشت‌های یک معلم")
    );
    // A post's sender, the date after its own label.
    assert_eq!(
        crate::byline::byline_authors("ارسال‌کننده : محمد رضا صدف در : 92/3/3 5:24 عصر").unwrap(),
        ["محمد رضا صدف"]
    );
}

#[test]
fn links_with_their_stamps_under_them_are_a_list_though_they_ask() {
    let page = format!(
        "الحكومة تعلن خطة جديدة للنقل العام\n\n{BODY}\n\n{BODY} ثانية.\n\n\
         ماذا نعرف عن مخيمات اللاجئين في قطاع غزة؟\n26 أكتوبر 2023\n\
         لماذا ترتفع أسعار الذهب في الأسواق العالمية؟\n25 أكتوبر 2023\n\
         كيف تستعد المدن العربية لموسم الأمطار هذا العام؟\n24 أكتوبر 2023\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    for i in [6, 8, 10] {
        assert_eq!(
            s.lines[i].reason,
            Reason::HeadlineList,
            "{i}: {:?}",
            s.lines
        );
    }
}

#[test]
fn a_masthead_s_label_and_name_on_one_line_and_a_doubled_caption_are_no_headline() {
    let page = format!(
        "الثلاثاء 9 ديسمبر 2025 12:23 صـ 17 جمادى آخر 1447هـ\nأنا حوا\n\nرئيس التحرير محمد الغيطي\n\n\
         المدير العام منى باروما\n\nيحدث الآن\nرياضة\n\n\
         لتعزيز المنافسة.. الاتحاد يستحدث نظاما جديدا لدوري السيدات\n\nبطولة الصالات للسيدات\n\
         بطولة الصالات للسيدات\n\n{BODY}\n\n{BODY} ثانية.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[0].reason, Reason::Dateline, "{:?}", s.lines);
    assert_eq!(s.lines[3].reason, Reason::Copyright, "{:?}", s.lines);
    assert_eq!(s.lines[5].reason, Reason::Copyright, "{:?}", s.lines);
    assert_eq!(
        s.meta.title.as_deref(),
        Some("لتعزيز المنافسة.. الاتحاد يستحدث نظاما جديدا لدوري السيدات")
    );
    // A label that goes on to say something is no credit.
    assert!(!lexicon::is_masthead_credit(&fold(
        "رئيس التحرير يكتب عن الأزمة"
    )));
}

#[test]
fn a_tracker_s_latin_text_atop_the_page_is_no_title_and_an_ellipsis_ends_no_headline() {
    let page = format!(
        "Web Analytics Made Easy - Statcounter\nبه نقل از «ایسنا»\n\nفرصتی بزرگ برای مردم\n\n\
         تاریخ انتشار: ۲۱ بهمن ۱۴۰۲ | کد خبر: ۳۹۷۱۸۲۴۹\n\nفرصتی بزرگ برای مردم\n\n\
         {PERSIAN_BODY}\n\n{PERSIAN_BODY} دوم.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.title.as_deref(), Some("فرصتی بزرگ برای مردم"));
    let page = "اور بھی کھیل ہیں دنیا میں کرکٹ کے سوا۔۔۔۔\n- تحریر سعد الرحمٰن ملک\n- 03/27/2017 5:20 PM\n\
                کھیل کسی بھی صحت مند معاشرے کا ایک اہم حصہ ہوتے ہیں، جو معاشرے میں مثبت رجحانات اور صحت مند \
                مقابلے کو پروان چڑھاتے ہیں۔\n";
    let s = super::strip(page, &StripConfig::default());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("اور بھی کھیل ہیں دنیا میں کرکٹ کے سوا۔۔۔۔")
    );
}

#[test]
fn a_column_s_header_prints_the_writer_twice_around_its_label() {
    let page = format!(
        "مروة خليل مقال رأي مروة خليل الثلاثاء 15-08-2023 04:26\n\n{BODY}\n\n{BODY} ثانية.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[0].reason, Reason::Byline, "{:?}", s.lines);
    assert_eq!(s.meta.authors, ["مروة خليل"]);
    assert_eq!(s.meta.date.as_deref(), Some("2023-08-15T04:26"));
    assert_eq!(
        byline::name_around_label("مروة خليل مقال رأي مروة خليل"),
        Some("مروة خليل")
    );
    // Two different names, or a headline that names one twice, are not such a header.
    assert_eq!(
        byline::name_around_label("مروة خليل مقال رأي سارة علي"),
        None
    );
    assert_eq!(
        byline::name_around_label("ميسي يقود برشلونة للفوز في مباراة ميسي"),
        None
    );
}

#[test]
fn pages_with_no_blank_lines_keep_their_lists_apart_from_the_first_paragraph() {
    // An HTML page's text as scrapers leave it: a line a block, no blank line anywhere.
    let list = "ارتفاع أسعار الذهب في الأسواق المحلية لليوم الثالث\n\
                افتتاح معرض الكتاب الدولي بمشاركة 40 دولة عربية\n\
                الأمطار تغمر شوارع المدينة.. والبلدية تعلن الطوارئ\n\
                المنتخب يتأهل إلى نهائي البطولة بعد فوز صعب\n\
                وزير الصحة يفتتح مستشفى جديدا في الجنوب";
    let page = format!(
        "أخبار عاجلة\nأزمة في النادي بسبب عقد المدرب الجديد -\n\
         صحف الخليج| الحكومة تعلن خطة جديدة للنقل العام في العاصمة.. والنواب يطالبون بمراجعة الأسعار\n\
         صحف الخليج\n{list}\n{BODY}\n{BODY} ثانية.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    // The ticker's item under its label is neither the headline nor the text.
    assert_eq!(s.lines[1].reason, Reason::Ui, "{:?}", s.lines);
    for i in 4..=8 {
        assert_eq!(
            s.lines[i].reason,
            Reason::HeadlineList,
            "{i}: {:?}",
            s.lines
        );
    }
    assert!(s.lines[9].keep && s.lines[10].keep, "{:?}", s.lines);
    assert_eq!(
        s.meta.title.as_deref(),
        Some("صحف الخليج| الحكومة تعلن خطة جديدة للنقل العام في العاصمة.. والنواب يطالبون بمراجعة الأسعار")
    );
    // A ticker's label that opens the page is no page title (here the headline is lost in the list).
    let page = format!(
        "أخبار عاجلة\nأزمة في النادي بسبب عقد المدرب الجديد -\n{list}\n{BODY}\n{BODY} ثانية.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_ne!(s.meta.title.as_deref(), Some("أخبار عاجلة"));
    // Between the article's paragraphs, such a stack is its key points, and stays.
    let page = format!("عنوان الخبر الرئيسي عن الاقتصاد اليوم\n{BODY}\n{list}\n{BODY} ثانية.\n");
    let s = super::strip(&page, &StripConfig::default());
    assert!(
        (2..=6).all(|i| s.lines[i].reason != Reason::HeadlineList),
        "{:?}",
        s.lines
    );
}

#[test]
fn a_latest_news_block_ends_at_the_stamp_over_a_headline_printed_twice() {
    let page = format!(
        "أحدث الأخبار|\nوزير الخارجية يبحث مع نظيره الفرنسي تطورات المنطقة البرلمان يقر الموازنة \
         الجديدة المنتخب يتأهل إلى النهائي الأمطار تغمر شوارع المدينة الحكومة تطلق خطة للنقل \
         العام أسعار الذهب ترتفع في الأسواق\n\
         الجمعة 08/10/2021 - 15:31 بتوقيت نيويورك\nالمغرب تعلن الحكومة الجديدة\n\
         المغرب تعلن الحكومة الجديدة\nالمصدر / القاهرة:وكالات\n{BODY}\n{BODY} ثانية.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("المغرب تعلن الحكومة الجديدة"),
        "{:?}",
        s.lines
    );
}

#[test]
fn a_list_of_columns_with_their_stamps_ends_over_the_headline_not_in_it() {
    // Each column's title over its date and writer; then the article's headline right over its
    // first paragraph, with no blank line between.
    let page = format!(
        "عيون المقالات\nأعيدوا لنا العلم\n18/09/2025 - أحمد سالم\nعودة روسية قوية إلى المنطقة\n\
         17/09/2025 - بكر علي\nلعبة الأمم في المنطقة\n10/09/2025 - غازي محمود\n\
         الوطنية وبدائلها في زمن الأزمات\n04/09/2025 - ياسين صالح\n\
         رئيس الوزراء الجديد أحد المقربين من الرئيس وبلا انتماء سياسي\n{BODY}\n{BODY} ثانية.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[7].reason, Reason::HeadlineList, "{:?}", s.lines);
    assert_eq!(
        s.meta.title.as_deref(),
        Some("رئيس الوزراء الجديد أحد المقربين من الرئيس وبلا انتماء سياسي")
    );
}

#[test]
fn a_blessing_that_closes_a_forum_post_names_no_writer() {
    let page = "تعلم برمجة المتحكمات الدقيقة خطوة بخطوة\n\
        قديم 16-05-2017, 02:06 PM المشاركة 1\n\
        اريد تعلم البرمجة باي لغة سنختارها للمتحكمات ولكن بطريقتي التي اراها مناسبة لي، وارجو من الجميع المشاركة.\n\
        اريد من اي شخص يريد المشاركة ان يضع كل امر او تعليمة تخص هذا المتحكم ويقوم على شرحها وتعريفها.\n\
        بارك الله بكم\n\
        التعديل الأخير تم بواسطة : مسلم11 بتاريخ 16-05-2017 الساعة 02:09 PM\n";
    let s = super::strip(page, &StripConfig::default());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta);
    assert!(byline::opens_with_greeting("جزاكم الله خيرا"));
}

#[test]
fn a_persian_lead_cut_where_its_link_stood_is_no_headline() {
    let page = "به گزارش خبرنگار\n\
        اقتصادی باشگاه خبرنگاران جوان؛ شاخص کل قیمت و بازده نقدی بورس تهران امروز با کاهش ۱۲۰ واحدی به ۱۴۵ هزار واحد رسید.\n\
        همچنین ارزش کل معاملات بورس تهران از سه میلیارد و سیصد میلیون سهم گذشت و معامله‌گران خرید بیشتری داشتند.\n";
    let s = super::strip(page, &StripConfig::default());
    assert_eq!(s.meta.title, None, "{:?}", s.lines);
}

#[test]
fn a_speech_s_salutation_under_its_dateline_names_no_writer() {
    let page = format!(
        "كلمة رئيس المجلس في اختتام الدورة التشريعية الأولى\nمجلس النواب ،10 فبراير 2021\n\
         السيدات والسادة الوزراء\nالسيدات والسادة النواب\n{BODY}\n{BODY} ثانية.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta);
    assert_eq!(model::name_shape("السياسة والاقتصاد"), None);
    assert!(model::name_shape("أحمد والي").is_some());
}

#[test]
fn a_tracker_s_latin_line_names_no_writer() {
    let page = format!(
        "Web Analytics Made Easy - Statcounter\nبه نقل از «ایسنا»\n2024-05-08@03:11:53 GMT\n\
         فرصتی بزرگ برای مردم\nتاریخ انتشار: ۲۱ بهمن ۱۴۰۲ | کد خبر: ۳۹۷۱۸۲۴۹\n\
         {PERSIAN_BODY}\n{PERSIAN_BODY} دوم.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta);
}

#[test]
fn a_page_that_opens_with_its_imprint_has_no_title_there() {
    let page = format!(
        "  • بانی: عامر خان\n  • چیف ایڈیٹر: ثاقب علی\n\n\
         حکومت نے نقل و حمل کا نیا منصوبہ پیش کر دیا، شہریوں کو سستی سواری ملے گی اور سڑکوں پر رش کم ہو گا، وزیر نے بتایا\n\n\
         {BODY}\n\n{BODY} ثانية.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[0].reason, Reason::Copyright, "{:?}", s.lines);
    assert_ne!(s.meta.title.as_deref(), Some("بانی: عامر خان"));
}

#[test]
fn a_title_before_a_name_line_does_not_hide_the_author() {
    assert_eq!(byline::without_honorific("د. خالد المنصور"), "خالد المنصور");
    assert_eq!(byline::without_honorific("د.خالد المنصور"), "خالد المنصور");
    assert_eq!(byline::without_honorific("د."), "د.");
    assert_eq!(byline::without_honorific("Dr. Jane Smith"), "Jane Smith");
    assert_eq!(byline::without_honorific("خالد المنصور"), "خالد المنصور");
    assert_eq!(
        byline::without_honorific("الشيخ د. خالد بن سعد المنصور"),
        "خالد بن سعد المنصور"
    );
    assert_eq!(
        byline::without_honorific("Prof. Dr. Jane Smith"),
        "Jane Smith"
    );
    let page = format!(
        "عن الثقافة والمدينة | صحيفة الرأي\nعن الثقافة والمدينة\nد. خالد المنصور\nنشر في: 15 يناير 2024\n\
         {BODY}\n{BODY} وأضاف.\n{BODY} وأشار.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.authors, ["د. خالد المنصور"]);
    assert_eq!(s.meta.date.as_deref(), Some("2024-01-15"));
}

#[test]
fn an_ads_label_between_paragraphs_goes_and_they_stay() {
    for label in [
        "إعلان",
        "Advertisement",
        "تبلیغات",
        "اشتہار",
        "مساحة إعلانية",
        "اضافة اعلان",
    ] {
        let (d, _) = decisions(&format!("{BODY}\n{label}\n{BODY} وأضاف.\n"));
        let reasons: Vec<Reason> = d.iter().map(|x| x.1).collect();
        assert_eq!(
            &reasons[..3],
            &[Reason::Content, Reason::Ad, Reason::Content],
            "{label}"
        );
    }
}

#[test]
fn a_caption_label_takes_its_caption_on_the_same_line_or_the_next() {
    for (label, caption) in [
        ("مصدر الصورة،Getty Images", None),
        ("التعليق على الصورة،يقضي الأطفال ساعات أمام الشاشات", None),
        ("منبع تصویر, Getty Images", None),
        (
            "،تصویر کا کیپشن",
            Some("شہری پانی کے لیے قطاروں میں کھڑے ہیں"),
        ),
        (
            "Image caption",
            Some("Children spend hours in front of screens"),
        ),
    ] {
        let page = match caption {
            Some(c) => format!("{BODY}\n{label}\n{c}\n{BODY} وأضاف.\n"),
            None => format!("{BODY}\n{label}\n{BODY} وأضاف.\n"),
        };
        let (d, _) = decisions(&page);
        let reasons: Vec<Reason> = d.iter().map(|x| x.1).collect();
        let captions = 1 + caption.is_some() as usize;
        assert_eq!(reasons[0], Reason::Content, "{label}");
        assert!(
            reasons[1..=captions].iter().all(|&r| r == Reason::Caption),
            "{label}: {reasons:?}"
        );
        assert_eq!(reasons[captions + 1], Reason::Content, "{label}");
    }
    // A label word inside a sentence is no label.
    assert!(!lexicon::is_caption(
        &fold("image sources differ in this story"),
        5
    ));
}

#[test]
fn a_related_block_of_headlines_and_summaries_runs_past_the_headlines_between_them() {
    let article = format!("{BODY}\n{BODY} وأضاف.\n{BODY} وأشار.\n");
    let picks = "اختيارات المحرر\n\
        أسعار النفط تتراجع مع ارتفاع المخزونات الأميركية\n\
        تراجعت أسعار النفط في تعاملات الثلاثاء بعد بيانات أظهرت زيادة غير متوقعة في المخزونات.\n\
        البنوك الخليجية تحقق أرباحا قياسية في الربع الثالث\n\
        سجلت البنوك الكبرى في المنطقة نموا في الأرباح بدعم من ارتفاع أسعار الفائدة.\n\
        مصر تطرح مناقصة لاستيراد الغاز المسال\n\
        طرحت الحكومة المصرية مناقصة جديدة لشراء شحنات من الغاز المسال للشتاء.\n";
    let (d, _) = decisions(&format!("{article}{picks}"));
    let reasons: Vec<Reason> = d.iter().map(|x| x.1).collect();
    assert_eq!(&reasons[..3], &[Reason::Content; 3]);
    assert_eq!(&reasons[3..10], &[Reason::RelatedBlock; 7], "{reasons:?}");
    // Three paragraphs in a row after the heading are the article going on.
    let more = format!("{BODY} وأكد.\n{BODY} وتابع.\n{BODY} وختم.\n");
    let (d, _) = decisions(&format!("{article}اختيارات المحرر\n{more}"));
    let reasons: Vec<Reason> = d.iter().map(|x| x.1).collect();
    assert_eq!(&reasons[4..7], &[Reason::Content; 3], "{reasons:?}");
}

#[test]
fn the_headline_inside_a_list_of_links_above_it_is_still_the_title() {
    let page = format!(
        "احتجاج على قلة المياه في المدينة | شبكة الأخبار\nمزيد خبریں\nسونے کی قیمت میں نمایاں کمی\n\
         کرکٹ ٹیم کا اعلان کر دیا گیا\nاحتجاج على قلة المياه في المدينة\n{BODY}\n{BODY} وأضاف.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("احتجاج على قلة المياه في المدينة")
    );
    assert_eq!(s.lines[4].reason, Reason::Title);
}

#[test]
fn a_reporters_city_before_the_name_is_no_part_of_it() {
    assert_eq!(byline::without_place("الرياض: فيصل الحربي"), "فيصل الحربي");
    assert_eq!(byline::without_place("فيصل الحربي"), "فيصل الحربي");
    // A longer opening or one with digits is no place.
    assert_eq!(byline::without_place("نشر في 12: خبر"), "نشر في 12: خبر");
    // A place or a role after the name, one or two words of letters, goes too.
    assert_eq!(
        byline::without_trailing_place("أحمد محمود - القاهرة"),
        "أحمد محمود"
    );
    assert_eq!(
        byline::without_trailing_place("Jane Doe | Reporter"),
        "Jane Doe"
    );
    assert_eq!(byline::without_trailing_place("فيصل الحربي"), "فيصل الحربي");
    assert_eq!(
        byline::without_trailing_place("أسعار الذهب - 3 أيام"),
        "أسعار الذهب - 3 أيام"
    );
    let page = format!(
        "اتفاقية للربط الكهربائي | الشرق اليوم\nاتفاقية للربط الكهربائي بين البلدين\n\
         الرياض: فيصل الحربي\nنُشر: 1 ديسمبر 2026\n{BODY}\n{BODY} وأضاف.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.authors, ["فيصل الحربي"]);
}

#[test]
fn a_list_the_article_introduces_is_no_list_of_links() {
    let items = "وقف شامل لإطلاق النار لمدة ستين يوما\nتبادل الأسرى على ثلاث مراحل\n\
                 فتح المعابر أمام المساعدات الإنسانية\nانسحاب القوات من المناطق السكنية\n";
    let page = format!("{BODY}\nوفيما يلي أبرز بنود الاتفاق:\n{items}{BODY} وأضاف.\n");
    let (d, _) = decisions(&page);
    assert!(d.iter().all(|x| x.1 != Reason::HeadlineList), "{d:?}");
    assert!(d[2..6].iter().all(|x| x.0), "{d:?}");
    // Without the sentence that introduces it, or with no paragraph after it, the same run is a list of
    // links.
    for page in [
        format!("{BODY}\n{items}{BODY} وأضاف.\n"),
        format!("{BODY}\nوفيما يلي أبرز بنود الاتفاق:\n{items}"),
    ] {
        let (d, _) = decisions(&page);
        assert!(d.iter().any(|x| x.1 == Reason::HeadlineList), "{d:?}");
    }
}

#[test]
fn a_read_also_pointer_may_hold_its_link_on_its_line() {
    let page = format!(
        "{BODY}\n{BODY} وأضاف.\nمزید پڑھیں: ایل این جی کے دو نئے کارگو پہنچ گئے\n{BODY} وأشار.\n{BODY} وتابع.\n"
    );
    let (d, _) = decisions(&page);
    let reasons: Vec<Reason> = d.iter().map(|x| x.1).collect();
    assert_eq!(reasons[2], Reason::ReadAlso, "{reasons:?}");
    assert_eq!(&reasons[3..5], &[Reason::Content; 2]);
}

#[test]
fn an_interviewers_label_opens_a_byline() {
    let page = format!(
        "وزير الزراعة: نستهدف الاكتفاء الذاتي - الوطن اليوم\nوزير الزراعة: نستهدف الاكتفاء الذاتي\n\
         حاوره: سامر الخطيب\n{BODY}\n{BODY} وأضاف.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.authors, ["سامر الخطيب"]);
}

#[test]
fn cookie_notices_and_prompts_go_in_persian_and_urdu_too() {
    for (line, reason) in [
        (
            "این سایت از کوکی‌ها برای بهبود تجربه کاربری استفاده می‌کند.",
            Reason::Copyright,
        ),
        (
            "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.",
            Reason::Copyright,
        ),
        (
            "برای دریافت آخرین اخبار در خبرنامه عضو شوید",
            Reason::Prompt,
        ),
        ("ہمارا یوٹیوب چینل سبسکرائب کریں", Reason::Prompt),
    ] {
        let (d, _) = decisions(&format!("{BODY}\n{line}\n{BODY} وأضاف.\n"));
        assert_eq!(d[1].1, reason, "{line}");
    }
}

#[test]
fn a_block_of_headlines_with_summaries_above_the_article_runs_to_its_headline() {
    let page = format!(
        "ارتفاع صادرات التمور خلال العام | بوابة الاقتصاد\nآخر الأخبار\n\
         البورصة تغلق على ارتفاع بدعم من أسهم البنوك\n\
         أغلق المؤشر الرئيسي للبورصة مرتفعا بنسبة طفيفة في ختام تعاملات اليوم.\n\
         الذهب يتراجع مع صعود الدولار\n\
         تراجعت أسعار الذهب في التعاملات الفورية مع ارتفاع مؤشر الدولار الأمريكي.\n\
         ارتفاع صادرات التمور خلال العام\n{BODY}\n{BODY} وأضاف.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    let reasons: Vec<Reason> = s.lines.iter().map(|d| d.reason).collect();
    assert_eq!(&reasons[1..6], &[Reason::RelatedBlock; 5], "{reasons:?}");
    assert_eq!(reasons[6], Reason::Title);
    assert_eq!(
        s.meta.title.as_deref(),
        Some("ارتفاع صادرات التمور خلال العام")
    );
}

#[test]
fn the_articles_short_last_paragraph_stays_before_the_chrome() {
    let text = format!(
        "{BODY}\nسیریز کا دوسرا میچ جمعرات کو اسی میدان پر کھیلا جائے گا۔\nہمارا یوٹیوب چینل سبسکرائب کریں\n"
    );
    let mut folded = String::new();
    let lines = Line::split(&text, &mut folded);
    let config = StripConfig::default();
    for (score, next, kept) in [
        (480, Reason::Prompt, true),
        // A source line ("المصدر: وكالات") or a share bar closes the article as well.
        (380, Reason::Caption, true),
        (380, Reason::Ui, true),
        // Too unlikely for the model, or no chrome after it: it stays dropped.
        (200, Reason::Prompt, false),
        (480, Reason::LowScore, false),
    ] {
        let mut reasons = vec![
            Some(Reason::Content),
            Some(Reason::LowScore),
            Some(next),
            Some(Reason::Blank),
        ];
        let evidence = vec![scored(900), scored(score), None, None];
        closing_paragraphs(&lines, &mut reasons, &evidence, &config);
        assert_eq!(
            reasons[1] == Some(Reason::Content),
            kept,
            "{score} {next:?}"
        );
    }
}

#[test]
fn a_short_last_paragraph_under_a_kept_subheading_stays_before_the_chrome() {
    let config = StripConfig::default();
    for (heading, kept) in [
        ("5- تدفئة الجسم جيدا", true),
        // A greeting that opens a reply to a comment heads no section.
        ("مرحبا أحمد،", false),
    ] {
        let text =
            format!("{BODY}\n{heading}\nارتداء الملابس الثقيلة يقلل الضغط على القلب.\nاقرأ أيضا\n");
        let mut folded = String::new();
        let lines = Line::split(&text, &mut folded);
        let mut reasons = vec![
            Some(Reason::Content),
            Some(Reason::ShortBetweenContent),
            Some(Reason::LowScore),
            Some(Reason::RelatedBlock),
            Some(Reason::Blank),
        ];
        let evidence = vec![scored(900), scored(600), scored(290), None, None];
        closing_paragraphs(&lines, &mut reasons, &evidence, &config);
        assert_eq!(reasons[2] == Some(Reason::Content), kept, "{heading}");
    }
}

#[test]
fn the_last_paragraph_of_a_page_that_prints_no_stops_stays_before_the_chrome() {
    let page = "ارتفاع أسعار الأرز في الأسواق المحلية بنسبة 15 بالمئة\n\
        ارتفعت أسعار الأرز في الأسواق المحلية خلال الأسبوع الماضي بنسبة 15 بالمئة مقارنة بالشهر السابق وسط شكاوى من المستهلكين\n\
        وعزا تجار الجملة الارتفاع إلى زيادة تكاليف الشحن وتراجع المعروض في الأسواق العالمية بعد قيود التصدير التي فرضتها بعض الدول المنتجة\n\
        وطالبت جمعية حماية المستهلك الجهات المختصة بتشديد الرقابة على الأسواق ومنع استغلال التجار للأزمة\n\
        0 تعليق\nآخر الأخبار\nوزير التعليم يتفقد عددا من المدارس\nانطلاق فعاليات معرض الكتاب الأسبوع المقبل\n\
        الأمطار تغمر شوارع العاصمة\nتابعونا على\nفيسبوك\nتويتر\nجميع الحقوق محفوظة لصحيفة الوطن\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert!(s.lines[3].keep, "{:?}", s.lines);
    assert!(!s.lines[4].keep && !s.lines[6].keep, "{:?}", s.lines);
}

#[test]
fn the_tail_of_a_kept_sentence_broken_over_lines_is_kept() {
    let mut evidence = vec![None; 6];
    for (open_end, kept) in [
        ("فاحرص على أصدقائك الحقيقيين،", true),
        ("فاحرص على أصدقائك الحقيقيين", false),
    ] {
        let text =
            format!("{BODY}\n{open_end}\nفهم كنز لا يقدر بثمن.\nالتصنيفات: خواطر\n3 تعليقات\n");
        let mut folded = String::new();
        let lines = Line::split(&text, &mut folded);
        let mut reasons = vec![
            Some(Reason::Content),
            Some(Reason::ShortBetweenContent),
            Some(Reason::LowScore),
            Some(Reason::Ui),
            Some(Reason::Ui),
            Some(Reason::Blank),
        ];
        sentence_tails(&lines, &mut reasons, &mut evidence);
        assert_eq!(
            reasons[2] == Some(Reason::WrappedParagraph),
            kept,
            "{open_end}"
        );
    }
}

#[test]
fn a_short_last_sentence_of_a_kept_section_stays_before_the_chrome() {
    let page = format!(
        "{BODY}\nنصائح لنجاح الكبسة\nانقعي الأرز في الماء لمدة نصف ساعة قبل الطبخ.\n\
        استخدمي لحما طازجا للحصول على أفضل نكهة.\nقد يعجبك أيضا\nطريقة عمل المندي في الفرن\n"
    );
    let mut folded = String::new();
    let lines = Line::split(&page, &mut folded);
    let evidence = vec![
        scored(900),
        scored(650),
        scored(730),
        scored(480),
        None,
        None,
        None,
    ];
    for (heading, kept) in [
        (Reason::ShortBetweenContent, true),
        // With the subheading dropped, the short sentences are no kept section's.
        (Reason::LowScore, false),
    ] {
        let mut reasons = vec![
            Some(Reason::Content),
            Some(heading),
            Some(Reason::Content),
            Some(Reason::LowScore),
            Some(Reason::RelatedBlock),
            Some(Reason::RelatedBlock),
            Some(Reason::Blank),
        ];
        closing_paragraphs(&lines, &mut reasons, &evidence, &StripConfig::default());
        assert_eq!(reasons[3] == Some(Reason::Content), kept, "{heading:?}");
    }
}

#[test]
fn an_article_of_short_lines_without_stops_is_kept_when_nothing_else_would_be() {
    let tips = "يزداد خطر الإصابة بأمراض القلب في فصل الشتاء\n\
        ويرجع ذلك إلى انخفاض درجات الحرارة وقلة الحركة\n\
        1- ممارسة الرياضة بانتظام\n\
        ينصح الأطباء بالمشي نصف ساعة يوميا على الأقل\n\
        2- تناول الطعام الصحي\n\
        يجب الإكثار من الخضروات والفواكه وتقليل الدهون\n\
        3- الابتعاد عن التدخين\n\
        التدخين من أهم أسباب أمراض القلب والشرايين\n";
    let page = format!(
        "نصائح للحفاظ على صحة القلب في الشتاء - موقع صحتك\nالرئيسية\nصحة\n\
         نصائح للحفاظ على صحة القلب في الشتاء\nكتبت: سارة أحمد\nالأحد 14 يناير 2024\n{tips}\
         اقرأ أيضا\nأطعمة تقوي المناعة في الشتاء\nعلامات تدل على نقص فيتامين د\n"
    );
    let (d, meta) = decisions(&page);
    assert!(d[6..14].iter().all(|&(keep, _)| keep), "{d:?}");
    assert!(d[14..17].iter().all(|&(keep, _)| !keep), "{d:?}");
    assert_eq!(
        meta.title.as_deref(),
        Some("نصائح للحفاظ على صحة القلب في الشتاء")
    );
    // Under the headline, a run of lines of a few words each is kept; a menu's short items are not.
    let config = StripConfig::default();
    for (run, kept) in [
        (
            "ينصح الأطباء بالمشي نصف ساعة\nيجب الإكثار من الخضروات والفواكه\nالتدخين من أهم أسباب أمراض القلب\n",
            true,
        ),
        ("أخبار\nرياضة\nاقتصاد\n", false),
    ] {
        let text = format!(
            "نصائح للحفاظ على صحة القلب في الشتاء - موقع صحتك\n\
             نصائح للحفاظ على صحة القلب في الشتاء\n{run}اقرأ أيضا\n"
        );
        let mut folded = String::new();
        let lines = Line::split(&text, &mut folded);
        let mut reasons = vec![
            Some(Reason::LowScore),
            Some(Reason::LowScore),
            Some(Reason::HeadlineList),
            Some(Reason::HeadlineList),
            Some(Reason::HeadlineList),
            Some(Reason::RelatedBlock),
            Some(Reason::Blank),
        ];
        let mut evidence = vec![None; reasons.len()];
        empty_article(&lines, &mut reasons, &mut evidence, &config);
        assert!(
            reasons[2..5].iter().all(|r| r.is_some_and(Reason::keeps) == kept),
            "{reasons:?}"
        );
        assert_eq!(reasons[5], Some(Reason::RelatedBlock));
    }
}

#[test]
fn an_articles_numbered_sections_without_stops_are_no_list_of_headlines() {
    let intro = "يزداد خطر الإصابة بأمراض القلب في فصل الشتاء، بحسب دراسات حديثة أجريت في عدة دول، خاصة لدى كبار السن\n\
        ويرجع ذلك إلى انخفاض درجات الحرارة وقلة الحركة، إضافة إلى تغير العادات الغذائية خلال الأشهر الباردة\n\
        ونقدم لكم في السطور التالية أهم النصائح\n";
    let sections = "1- ممارسة الرياضة بانتظام\n\
        ينصح الأطباء بالمشي نصف ساعة يوميا على الأقل\n\
        2- تناول الطعام الصحي\n\
        يجب الإكثار من الخضروات والفواكه وتقليل الدهون\n\
        3- الحصول على قسط كاف من النوم\n\
        النوم الجيد يساعد على تنظيم ضغط الدم\n\
        4- الابتعاد عن التدخين\n\
        التدخين من أهم أسباب أمراض القلب والشرايين\n\
        5- تدفئة الجسم جيدا\n\
        ارتداء الملابس الثقيلة يقلل الضغط على القلب\n";
    let page = format!(
        "5 نصائح للحفاظ على صحة القلب في الشتاء - موقع صحتك\nالرئيسية\nصحة\n\
         5 نصائح للحفاظ على صحة القلب في الشتاء\nكتبت: سارة أحمد\nالأحد 14 يناير 2024\n{intro}{sections}\
         اقرأ أيضا\nأطعمة تقوي المناعة في الشتاء\nعلامات تدل على نقص فيتامين د\n"
    );
    // Read with the bundled model, which drops such sections' lines: a rule keeps them after it.
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    let d: Vec<(bool, Reason)> = s.lines.iter().map(|l| (l.keep, l.reason)).collect();
    assert!(d[6..19].iter().all(|&(keep, _)| keep), "{d:?}");
    assert!(d[19..22].iter().all(|&(keep, _)| !keep), "{d:?}");
    // Headlines numbered one after another, or under numbers alone on their lines, are a list.
    let runs = |text: &str| {
        let mut folded = String::new();
        let lines = Line::split(text, &mut folded);
        let members: Vec<usize> = (0..lines.len()).filter(|&k| !lines[k].is_blank()).collect();
        related::is_numbered_sections(&lines, &members)
    };
    assert!(runs(sections));
    assert!(!runs(
        "1- ارتفاع أسعار الذهب في الأسواق\n2- افتتاح معرض الكتاب الدولي\n3- المنتخب يستعد للمباراة\n"
    ));
    assert!(!runs(
        "1\nارتفاع أسعار الذهب في الأسواق\n2\nافتتاح معرض الكتاب الدولي\n3\nالمنتخب يستعد للمباراة\n"
    ));
    // Numbered from elsewhere than one, they are no article's sections.
    assert!(!runs(&sections.replace("1-", "4-")));
}

#[test]
fn the_items_of_an_introduced_list_share_one_fate() {
    let text =
        format!("{BODY}\nوأبرز أعراض الإصابة بالمرض:\nالحمى\nالسعال الجاف\nالتهاب الحلق\n{BODY}\n");
    let mut folded = String::new();
    let lines = Line::split(&text, &mut folded);
    let listed = vec![false, false, true, true, true, false, false];
    let mixed = [
        Reason::ShortBetweenContent,
        Reason::LowScore,
        Reason::LowScore,
    ];
    for (intro, after, kept) in [
        (Reason::Content, Reason::Content, true),
        // The sentence that introduces it or the line after it dropped: each item keeps its own fate.
        (Reason::LowScore, Reason::Content, false),
        (Reason::Content, Reason::LowScore, false),
    ] {
        let mut reasons: Vec<Option<Reason>> = [Reason::Content, intro]
            .into_iter()
            .chain(mixed)
            .chain([after, Reason::Blank])
            .map(Some)
            .collect();
        whole_lists(&lines, &mut reasons, &listed, &StripConfig::default());
        let items: Vec<bool> = reasons[2..5].iter().map(|r| r.unwrap().keeps()).collect();
        assert_eq!(items, [true, kept, kept], "{intro:?} {after:?}");
    }
}

#[test]
fn rows_of_labelled_figures_between_paragraphs_are_a_table() {
    let rows = |rows: &[&str]| {
        let text = format!("{BODY}\n{}\n{BODY}\n", rows.join("\n"));
        let mut folded = String::new();
        let lines = Line::split(&text, &mut folded);
        let mut reasons = vec![Some(Reason::LowScore); lines.len()];
        reasons[0] = Some(Reason::Content);
        reasons[rows.len() + 1] = Some(Reason::Content);
        reasons[rows.len() + 2] = Some(Reason::Blank);
        cell_runs(&lines, &mut reasons, &StripConfig::default());
        reasons[1..=rows.len()]
            .iter()
            .map(|r| r.unwrap().keeps())
            .collect::<Vec<_>>()
    };
    // A phone's specifications under its name: a label, a colon and a value with a figure.
    let specs = [
        "گوشی اول: گلکسی A56",
        "صفحه نمایش: ۶.۷ اینچ",
        "پردازنده: اگزینوس ۱۵۸۰",
        "باتری: ۵۰۰۰ میلی‌آمپر ساعت",
    ];
    assert_eq!(rows(&specs), [true; 4]);
    // Labels without figures (a form's fields, a box of links) are no table of figures.
    let fields = [
        "الاسم: محمد علي",
        "البلد: مصر",
        "المهنة: مهندس",
        "الهواية: القراءة",
    ];
    assert_eq!(rows(&fields), [false; 4]);
}

#[test]
fn a_table_of_fields_between_paragraphs_is_kept_a_date_among_its_values() {
    let cells = |cells: &[(&str, Reason)]| {
        let text = format!(
            "{BODY}\n{}\n{BODY}\n",
            cells.iter().map(|c| c.0).collect::<Vec<_>>().join("\n")
        );
        let mut folded = String::new();
        let lines = Line::split(&text, &mut folded);
        let mut reasons: Vec<Option<Reason>> = std::iter::once(Reason::Content)
            .chain(cells.iter().map(|c| c.1))
            .chain([Reason::Content, Reason::Blank])
            .map(Some)
            .collect();
        cell_runs(&lines, &mut reasons, &StripConfig::default());
        reasons[1..=cells.len()]
            .iter()
            .map(|r| r.unwrap().keeps())
            .collect::<Vec<_>>()
    };
    let low = Reason::LowScore;
    // A biography's card under its heading, one cell a line, the birth date a value.
    let card = [
        ("بطاقة تعريف", low),
        ("الاسم الكامل:", low),
        ("نبيل محمود الفخراني", low),
        ("تاريخ الميلاد:", low),
        ("12 مارس 1950", Reason::Dateline),
        ("مكان الميلاد:", low),
        ("الإسكندرية", low),
    ];
    assert_eq!(cells(&card), [true; 7]);
    // A form's labels with no values between them are no table.
    let form = [
        ("اترك تعليقا", low),
        ("الاسم:", low),
        ("البريد الإلكتروني:", low),
        ("التعليق:", low),
        ("إرسال", low),
    ];
    assert_eq!(cells(&form), [false; 5]);
}

#[test]
fn a_byline_after_a_date_of_numbers_names_the_writer() {
    for stamp in [
        "07/12/2026 10:20 كتب أحمد حسن",
        "07/12/2026 كتب أحمد حسن",
        "10:20 07/12/2026 كتب أحمد حسن",
    ] {
        let page =
            format!("وزير الخارجية يلتقي نظيره الفرنسي في باريس\n{stamp}\n{BODY}\n{BODY} وأضاف.\n");
        let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
        assert_eq!(s.lines[1].reason, Reason::Byline, "{stamp}");
        assert_eq!(s.meta.authors, ["أحمد حسن"], "{stamp}");
        assert_eq!(s.meta.date.as_deref().map(|d| &d[..10]), Some("2026-12-07"));
    }
}

#[test]
fn urdu_bylines_name_the_writer_not_the_role_the_city_or_the_date() {
    for (byline, writer) in [
        // A role no list holds after the name: the part with a given name is the writer's.
        ("محمد اسلم - بیورو چیف", "محمد اسلم"),
        ("محمد علي - رئيس التحرير", "محمد علي"),
        // The city after a comma is none of the writers (اسلام is a given name too).
        ("رپورٹ: محمد اسلم، اسلام آباد", "محمد اسلم"),
        // So is the city after a dash.
        ("محمد اسلم - اسلام آباد", "محمد اسلم"),
        // A title of descent or learning before the given name.
        ("سید علی گیلانی", "سید علی گیلانی"),
        ("مولانا محمد اسلم", "مولانا محمد اسلم"),
        // A given name of the Urdu list, alone and before a correspondent's role of two words.
        ("علیم احمد", "علیم احمد"),
        ("علیم احمد (نامہ نگار)", "علیم احمد"),
        // A noun's label with its colon after the date, and a desk after the date.
        ("07 دسمبر 2026 (10:20 PKT) تحریر: عائشہ خان", "عائشہ خان"),
        ("۷ دسمبر ۲۰۲۶ ویب ڈیسک", "ویب ڈیسک"),
    ] {
        let page = format!(
            "وزیر خارجہ کی پیرس میں فرانسیسی ہم منصب سے ملاقات\n{byline}\n{BODY}\n{BODY} وأضاف.\n"
        );
        let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
        assert_eq!(s.meta.authors, [writer], "{byline}");
        assert!(!s.lines[1].keep, "{byline}: {:?}", s.lines[1]);
    }
}

#[test]
fn a_source_and_its_city_over_the_first_paragraph_is_a_dateline_not_the_headline() {
    for (headline, line) in [
        (
            "وزير الخارجية: المفاوضات مع أوروبا مستمرة",
            "سكاي نيوز عربية - أبوظبي",
        ),
        (
            "وزیر خارجہ کی پیرس میں فرانسیسی ہم منصب سے ملاقات",
            "بی بی سی اردو، اسلام آباد",
        ),
    ] {
        let page = format!("{headline}\n{line}\n{BODY}\n{BODY} وأضاف.\n");
        let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
        assert_eq!(s.lines[1].reason, Reason::Dateline, "{line}");
        assert_eq!(s.meta.title.as_deref(), Some(headline), "{line}");
        assert!(s.meta.authors.is_empty(), "{line}: {:?}", s.meta.authors);
    }
    // A city and a few words that name no outlet are a headline's ("باريس - من المقرر أن يجتمع"), and
    // name no writer either.
    for line in ["باريس - من المقرر أن يجتمع", "غزة - الاحتلال يقصف المستشفى"]
    {
        let page =
            format!("وزير الخارجية: المفاوضات مع أوروبا مستمرة\n{line}\n{BODY}\n{BODY} وأضاف.\n");
        let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
        assert_ne!(s.lines[1].reason, Reason::Dateline, "{line}");
        assert_ne!(s.lines[1].reason, Reason::Byline, "{line}");
        assert!(s.meta.authors.is_empty(), "{line}: {:?}", s.meta.authors);
    }
}

#[test]
fn a_correspondents_city_names_no_writer() {
    // "اسلام" is a given name too: the city is still no writer.
    let page = format!(
        "وزیر خارجہ کی پیرس میں فرانسیسی ہم منصب سے ملاقات\nنامہ نگار، اسلام آباد\n{BODY}\n{BODY} وأضاف.\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
    assert_eq!(s.lines[1].reason, Reason::Byline);
}

#[test]
fn a_correspondents_role_and_outlet_under_the_name_name_no_outlet() {
    let page = format!(
        "وزیر خارجہ کی پیرس میں فرانسیسی ہم منصب سے ملاقات\nسارہ احمد\nنامہ نگار، بی بی سی اردو\n{BODY}\n{BODY} وأضاف.\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.authors, ["سارہ احمد"], "{:?}", s.lines);
    // An author's label with a comma names whoever follows it; a correspondent's, a person.
    assert_eq!(
        crate::byline::byline_authors("مصنف, سحر بلوچ"),
        Some(vec!["سحر بلوچ".to_string()])
    );
    assert_eq!(
        crate::byline::byline_authors("نامہ نگار، سارہ احمد"),
        Some(vec!["سارہ احمد".to_string()])
    );
    assert_eq!(
        crate::byline::byline_authors("نامہ نگار، بی بی سی اردو"),
        None
    );
}

#[test]
fn an_ad_slots_continue_reading_line_between_paragraphs_is_ui() {
    for line in [
        "تابع القراءة بالأسفل",
        "تابع القراءة بعد الإعلان",
        "ادامه مطلب را بخوانید",
    ] {
        let page = format!("{BODY}\n{line}\n{BODY} وأضاف.\n");
        let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
        assert_eq!(s.lines[1].reason, Reason::Ui, "{line}");
    }
}

#[test]
fn the_dates_of_a_most_read_list_above_the_headline_are_its_items() {
    let page = format!(
        "وزير الخارجية يلتقي نظيره الفرنسي | الخبر اليوم\nالاثنين 14 ديسمبر 2026\nالرئيسية\nسياسة\nالأكثر قراءة\n\
         ارتفاع أسعار الذهب في الأسواق المحلية\n10 ديسمبر 2026\nتراجع أسعار النفط عالميا\n11 ديسمبر 2026\n\
         وزير الخارجية يلتقي نظيره الفرنسي\n{BODY}\n{BODY} وأضاف.\n"
    );
    // With no stamp of the article's, the page's clock is taken before them, as under the article.
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.date.as_deref(), Some("2026-12-14"), "{:?}", s.lines);
    // The article's own stamp under the headline is taken over all of them.
    let dated = page.replace("الفرنسي\nوقال", "الفرنسي\n07 ديسمبر 2026\nوقال");
    let s = strip_with_model(&dated, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.date.as_deref(), Some("2026-12-07"));
}

#[test]
fn a_byline_under_a_related_item_after_the_article_names_the_items_writer() {
    let page = format!(
        "وزير الخارجية يلتقي نظيره الفرنسي\n07 ديسمبر 2026\n{BODY}\n{BODY} وأضاف.\nمقالات ذات صلة\n\
         ارتفاع أسعار الذهب في الأسواق المحلية\nبقلم: سارة علي\nتراجع أسعار النفط عالميا\nبقلم: خالد منصور\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
    // The article's own signature under its text still names its writer.
    let signed = page.replace("وأضاف.\n", "وأضاف.\nبقلم: أحمد حسن\n");
    let s = strip_with_model(&signed, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.authors, ["أحمد حسن"]);
}

#[test]
fn the_name_under_an_about_the_author_heading_is_the_writer() {
    let page = format!(
        "وزير الخارجية يلتقي نظيره الفرنسي\n07 ديسمبر 2026\n{BODY}\n{BODY} وأضاف.\nالأكثر قراءة\n\
         ارتفاع أسعار الذهب في الأسواق المحلية\nتراجع أسعار النفط عالميا\nعن الكاتب\nمحمد الشريف\n\
         صحفي متخصص في الشؤون السياسية والدبلوماسية\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.authors, ["محمد الشريف"]);
    // A byline the article prints comes first; a line under the heading that is no name names no one.
    let signed = page.replace("2026\n", "2026\nكتب: أحمد حسن\n");
    let s = strip_with_model(&signed, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.authors, ["أحمد حسن"]);
    let unnamed = page.replace("محمد الشريف\n", "");
    let s = strip_with_model(
        &unnamed,
        &StripConfig::default(),
        None,
        LineModel::bundled(),
    );
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
}

#[test]
fn a_labelled_figure_repeated_in_two_tables_is_no_duplicate() {
    let row = "حافظه داخلی: ۲۵۶ گیگابایت";
    let caption = "نمایی از گوشی گلکسی در مراسم رونمایی امروز";
    let text = format!("{row}\n{BODY}\n{row}\n{caption}\n{BODY} وأضاف.\n{caption}\n");
    let mut folded = String::new();
    let lines = Line::split(&text, &mut folded);
    let mut reasons = vec![Some(Reason::Content); lines.len()];
    let mut evidence = vec![None; lines.len()];
    duplicates(&lines, &mut reasons, &mut evidence);
    let reasons: Vec<Reason> = reasons.into_iter().map(Option::unwrap).collect();
    // The row stays in both tables; a repeated caption goes.
    assert_eq!(reasons[2], Reason::Content);
    assert_eq!(reasons[5], Reason::Duplicate);
}

#[test]
fn the_paragraph_after_an_introduced_table_of_figures_is_the_articles() {
    let text = format!(
        "{BODY}\nوجاءت درجات الحرارة المتوقعة على النحو التالي:\nأبوظبي: العظمى 25 والصغرى 17\n\
         دبي: العظمى 26 والصغرى 18\nالعين: العظمى 24 والصغرى 13\n{BODY}\n"
    );
    let mut folded = String::new();
    let lines = Line::split(&text, &mut folded);
    let listed = vec![false, false, true, true, true, false, false];
    let mut reasons: Vec<Option<Reason>> = [
        Reason::Content,
        Reason::ShortBetweenContent,
        Reason::LowScore,
        Reason::LowScore,
        Reason::LowScore,
        Reason::LowScore,
        Reason::Blank,
    ]
    .into_iter()
    .map(Some)
    .collect();
    whole_lists(&lines, &mut reasons, &listed, &StripConfig::default());
    let kept: Vec<bool> = reasons.iter().map(|r| r.unwrap().keeps()).collect();
    assert_eq!(kept, [true, true, true, true, true, true, false]);
}

#[test]
fn a_related_heading_over_the_headline_alone_is_a_menu_item() {
    let page =
        format!("عاجل\nآخر الأخبار\nوزير الخارجية يلتقي نظيره الفرنسي\n{BODY}\n{BODY} وأضاف.\n");
    let s = super::strip(&page, &StripConfig::default());
    assert!(
        s.lines.iter().all(|d| d.reason != Reason::RelatedBlock),
        "{:?}",
        s.lines
    );
    assert_eq!(
        s.meta.title.as_deref(),
        Some("وزير الخارجية يلتقي نظيره الفرنسي")
    );
}

#[test]
fn the_lead_between_the_headline_and_the_share_bar_is_the_articles() {
    let text = format!(
        "افتتاح خط ۱۰ مترو\nمدیرعامل شرکت مترو از افتتاح بخش نخست خط ۱۰ مترو تا پایان سال جاری خبر داد.\nچاپ\n{BODY}\n"
    );
    let mut folded = String::new();
    let lines = Line::split(&text, &mut folded);
    let config = StripConfig::default();
    for (after, kept) in [(Reason::Content, true), (Reason::LowScore, false)] {
        let mut reasons = vec![
            Some(Reason::Title),
            Some(Reason::LowScore),
            Some(Reason::Ui),
            Some(after),
            Some(Reason::Blank),
        ];
        lead_paragraph(&lines, &mut reasons, 0, &config);
        assert_eq!(reasons[1] == Some(Reason::Content), kept, "{after:?}");
    }
    // A line or two that are no sentence (a recipe's times) may stand between the headline and the lead;
    // three are a block of their own.
    for (before, kept) in [(1, true), (3, false)] {
        let times = "وقت التحضير: 15 دقيقة وقت الطهي: 40 دقيقة تكفي: 4 أشخاص\n".repeat(before);
        let text = format!(
            "طريقة عمل المجدرة\n{times}\
             المجدرة من أشهر الأطباق الشعبية في بلاد الشام، وهي وجبة مشبعة واقتصادية.\nالمكونات\n{BODY}\n"
        );
        let lines = Line::split(&text, &mut folded);
        let mut reasons = vec![Some(Reason::Title)];
        reasons.extend(std::iter::repeat_n(Some(Reason::LowScore), before + 2));
        reasons.extend([Some(Reason::Content), Some(Reason::Blank)]);
        lead_paragraph(&lines, &mut reasons, 0, &config);
        assert_eq!(
            reasons[before + 1] == Some(Reason::Content),
            kept,
            "{before}"
        );
    }
}

#[test]
fn a_line_of_tags_after_its_label_is_ui() {
    for line in [
        "وسوم: يونيسف، التعليم، الأطفال",
        "برچسب‌ها: نمایشگاه کتاب، ناشران",
        "Tags: Education, Children",
    ] {
        let (d, _) = decisions(&format!("{BODY}\n{line}\n{BODY} وأضاف.\n"));
        assert_eq!(d[1].1, Reason::Ui, "{line}");
    }
    // A sentence that opens with such a word and a colon is no tag list.
    assert!(!lexicon::is_tag_list("مواضيع كثيرة: منها التعليم والصحة"));
}

#[test]
fn a_row_of_share_buttons_is_ui_apart_or_glued() {
    for line in [
        "فيسبوك تويتر واتساب نسخ الرابط",
        "تلگرامواتساپایکسکپی لینک",
        "فیس بک | ٹوئٹر | واٹس ایپ",
        // Twitter's other Urdu spelling, glued as an extractor joins a block's links.
        "فیس بکٹویٹرواٹس ایپ",
        "FacebookTwitterPinterestEmail",
    ] {
        let (d, _) = decisions(&format!("{BODY}\n{line}\n{BODY} وأضاف.\n"));
        assert_eq!(d[1].1, Reason::Ui, "{line}");
    }
    // Words that only open with a button's name, or a sentence naming the networks, are no row.
    for key in [
        "sharepoint",
        "facebook and twitter said",
        "تويتر تعلن عن ميزة جديدة",
        "واتساپ",
    ] {
        assert!(!lexicon::is_ui_row(&fold(key)), "{key}");
    }
}

#[test]
fn a_dateline_carries_the_byline_after_its_date() {
    for (line, author) in [
        (
            "الثلاثاء 01 ديسمبر 2026 10:15 ص | كتب: محمد عبد الله",
            "محمد عبد الله",
        ),
        (
            "نشر في: 01 ديسمبر 2026 - 10:15 ص | بقلم: محمد عبد الله",
            "محمد عبد الله",
        ),
        (
            "كتب محمد عبد الله الثلاثاء، 01 ديسمبر 2026 10:15 ص",
            "محمد عبد الله",
        ),
        (
            "Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner-Rätsch",
            "Eva Kirchner-Rätsch",
        ),
        ("By Jane Doe Published 12 May 2024", "Jane Doe"),
        // Inline tags laid side by side glue the date to the name.
        ("كتب: محمد عبد الله01 ديسمبر 2026", "محمد عبد الله"),
        // With no opening, a name that opens with a common given name.
        (
            "محمد عبد الله - الثلاثاء 01 ديسمبر 2026 10:15 ص",
            "محمد عبد الله",
        ),
        ("الثلاثاء 01 ديسمبر 2026 | سارة علي", "سارة علي"),
    ] {
        let page = format!(
            "اتفاقية للربط الكهربائي | الشرق اليوم\nاتفاقية للربط الكهربائي بين البلدين\n\
             {line}\n{BODY}\n{BODY} وأضاف.\n"
        );
        let s = super::strip(&page, &StripConfig::default());
        assert_eq!(s.meta.authors, [author], "{line}");
        assert_eq!(s.lines[2].reason, Reason::Byline, "{line}");
    }
    // Other words with no opening beside the date may be a section's: the line is a dateline, with no
    // author.
    for line in [
        "أخبار مصر - الثلاثاء 01 ديسمبر 2026 10:15 ص",
        "الثلاثاء 01 ديسمبر 2026 / أخبار مصر",
    ] {
        let page = format!(
            "اتفاقية للربط الكهربائي | الشرق اليوم\nاتفاقية للربط الكهربائي بين البلدين\n\
             {line}\n{BODY}\n{BODY} وأضاف.\n"
        );
        let s = super::strip(&page, &StripConfig::default());
        assert!(s.meta.authors.is_empty(), "{line}: {:?}", s.meta.authors);
        assert_eq!(s.lines[2].reason, Reason::Dateline, "{line}");
        assert_eq!(
            s.meta.date.as_deref().map(|d| &d[..10]),
            Some("2026-12-01"),
            "{line}"
        );
    }
}

#[test]
fn a_line_of_dated_items_is_no_dateline() {
    // Parts with commas are a list's items, and a part before a byline must print a date.
    assert!(!date::is_parted_dateline(
        "Web Summit - November 9 - 12, 2026, Lisbon, Portugal",
        &fold("Web Summit - November 9 - 12, 2026, Lisbon, Portugal"),
    ));
    assert!(date::is_parted_dateline(
        "Berlin | 25.04.2024 | 14:07 Uhr",
        &fold("Berlin | 25.04.2024 | 14:07 Uhr"),
    ));
    assert_eq!(byline::dated_byline("أخبار مصر | كتب: محمد عبد الله"), None);
    assert_eq!(byline::dated_byline("1 - محمد صلاح"), None);
    // A post's stamp whose date reads in no known form (a year of two digits), the byline after it.
    assert_eq!(
        byline::dated_byline("ارسال شده در جمعه 90/11/7 ساعت 8:0 ع نویسنده : ایمان احمدی").unwrap(),
        ["ایمان احمدی"]
    );
    // Numbers alone (a phone's) make no stamp, and a weak opener needs a date that reads whole.
    assert_eq!(
        byline::dated_byline("Hub. 0813 3350 0792 Grosir Mainan di Lamongan Toko Mainan"),
        None
    );
}

#[test]
fn a_name_that_goes_on_to_the_date_is_the_byline_in_a_cased_script() {
    let body =
        "The government set out its plans for the year ahead in a speech that covered housing, \
                energy and the economy, with more than forty bills.";
    let page = format!(
        "Five key policies in the speech | Metro\nHome › News\nFive key policies in the speech\n\
         By the numbers\nJen Mills Published Jul 17, 2024, 11:21am\n{body}\n{body} More.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.authors, ["Jen Mills"]);
    assert_eq!(s.meta.date.as_deref(), Some("2024-07-17T11:21"));
    // In a script without case, the words before a date may be a section's: no author.
    let page = format!(
        "اتفاقية للربط الكهربائي | الشرق اليوم\nاتفاقية للربط الكهربائي بين البلدين\n\
         أخبار مصر الثلاثاء 01 ديسمبر 2026\n{BODY}\n{BODY} وأضاف.\n"
    );
    assert!(super::strip(&page, &StripConfig::default())
        .meta
        .authors
        .is_empty());
}

#[test]
fn a_title_line_taken_alone_loses_the_sites_name() {
    assert_eq!(
        without_site_name("Catering Tips | Cookshack"),
        "Catering Tips"
    );
    assert_eq!(
        without_site_name("وزير الخارجية يبحث تطورات الأوضاع - الشرق اليوم"),
        "وزير الخارجية يبحث تطورات الأوضاع"
    );
    assert_eq!(without_site_name("Outside the web · V8"), "Outside the web");
    assert_eq!(without_site_name("No site here"), "No site here");
    // A "»" closing a quotation is no separator; one after the quotation closed is.
    assert_eq!(
        without_site_name("انتقادات لتقرير « اللجنة » الأخير بشأن الموازنة"),
        "انتقادات لتقرير « اللجنة » الأخير بشأن الموازنة"
    );
    assert_eq!(
        without_site_name("انتقادات لتقرير « اللجنة » الأخير بشأن الموازنة » الأخبار"),
        "انتقادات لتقرير « اللجنة » الأخير بشأن الموازنة"
    );
}

#[test]
fn a_heading_copying_the_pages_title_loses_the_sites_name_the_page_prints_apart() {
    let title = |page: &str| super::strip(page, &StripConfig::default()).meta.title;
    // The site's name printed alone under the `<title>`, dropped: the heading copying the `<title>`
    // gives the headline without it.
    let arabic = "الحكومة تقر خطة جديدة لدعم المزارعين - الشرق اليوم\nالشرق اليوم\n\
        الرئيسية | أخبار | اقتصاد | رياضة\nالحكومة تقر خطة جديدة لدعم المزارعين - الشرق اليوم\n\
        أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تشمل قروضا ميسرة وبذورا محسنة.\n\
        وقال وزير الزراعة إن الخطة تبدأ الشهر المقبل وتستمر ثلاث سنوات، وإن تمويلها يأتي من الموازنة العامة.\n";
    assert_eq!(
        title(arabic).as_deref(),
        Some("الحكومة تقر خطة جديدة لدعم المزارعين")
    );
    // Printed as its domain, at the page's foot.
    let english = "Catering Tips | Cookshack\nSkip to main content\nCatering Tips | Cookshack\n\
        Plan the menu a week ahead, and smoke the brisket the night before so that it rests while you pack.\n\
        Bring two thermometers and a spare bag of wood: a crowd eats more than it says it will.\n\n\
        Cookshack.com\nPrivacy Policy\nTerms of Use\n";
    assert_eq!(title(english).as_deref(), Some("Catering Tips"));
    // The last part of the title is a subheading the article keeps, not a site's name.
    let subheading = "Farm plan: the vote – What comes next?\nSkip to main content\n\
        Farm plan: the vote – What comes next?\n\
        The government approved a new plan on Tuesday to support farmers in rural areas, with cheap loans and better seeds for every village.\n\
        The plan was debated for a month before the vote, and the opposition voted against it in the end.\n\
        What comes next?\n\
        The minister said the plan starts next month and runs for three years, paid for from the general budget and a loan.\n\
        Each village will name a committee to hand out the seeds, and the first loans will be paid in the spring.\n";
    assert_eq!(
        title(subheading).as_deref(),
        Some("Farm plan: the vote – What comes next?")
    );
}

#[test]
fn the_author_box_after_the_article_names_its_author_and_a_list_of_other_articles_does_not() {
    let body = "أعلنت وزارة الصحة اليوم عن خطة جديدة لتوسيع خدمات الرعاية الأولية في القرى، تبدأ الشهر المقبل.\n\
        وقال المتحدث باسم الوزارة إن الخطة تشمل بناء عشرين مركزا صحيا وتدريب مئات الممرضين في المحافظات.\n\
        وأضاف أن التمويل يأتي من الموازنة العامة ومن قرض ميسر وقعته الحكومة مع بنك التنمية في الربيع الماضي.\n\
        ومن المنتظر أن تعلن الوزارة أسماء القرى المستفيدة في المرحلة الأولى خلال الأسابيع القليلة المقبلة.\n";
    let page = |after: &str| {
        format!(
            "الرئيسية | أخبار | صحة | اقتصاد\nالصحة تعلن خطة لتوسيع الرعاية الأولية في القرى\n\
             الأحد 29 نوفمبر 2026\n{body}فيسبوك\nتويتر\nواتساب\nنسخ الرابط\n{after}\n\
             جميع الحقوق محفوظة © 2026\n"
        )
    };
    // The label alone on its line, the name under it, five lines after the last paragraph.
    let s = super::strip(&page("الكاتب\nسارة محمود"), &StripConfig::default());
    assert_eq!(s.meta.authors, ["سارة محمود"], "{:?}", s.lines);
    // Another article's byline as far below the article names no author of this one.
    let s = super::strip(
        &page("انخفاض أسعار الدواجن في الأسواق\nبقلم خالد يوسف"),
        &StripConfig::default(),
    );
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);

    let german = "Stadtrat beschließt neuen Radweg am Fluss\n\
        Der Stadtrat hat am Dienstag den Bau eines neuen Radwegs entlang des Flusses beschlossen, der im Frühjahr beginnt.\n\
        Die Kosten von rund zwei Millionen Euro trägt zum größten Teil das Land, wie die Verwaltung mitteilte.\n\
        Anwohner hatten sich seit Jahren für eine sichere Verbindung zwischen den beiden Stadtteilen eingesetzt.\n\
        Teilen\nDrucken\nKommentare\nAutorin/Autor\nJulia Berger\nImpressum | Datenschutz\n";
    let s = super::strip(german, &StripConfig::default());
    assert_eq!(s.meta.authors, ["Julia Berger"], "{:?}", s.lines);
}

/// An article of four paragraphs, then `after`, then a footer.
fn article_then(after: &str) -> String {
    format!(
        "مجلس المدينة يقر خطة لتوسيع شبكة النقل العام\n\
         أقر مجلس المدينة مساء أمس خطة لتوسيع شبكة النقل العام تشمل ثلاثة خطوط جديدة للحافلات ومحطة مركزية.\n\
         وقال رئيس المجلس إن الخطة تستهدف تقليص زمن التنقل بين الأحياء الشرقية ووسط المدينة إلى النصف.\n\
         وأوضح أن التمويل يأتي من موازنة البلدية ومن منحة حكومية خصصت لمشروعات النقل في العام الماضي.\n\
         ومن المقرر أن يبدأ العمل في الخط الأول مطلع الصيف المقبل على أن ينتهي خلال ثمانية عشر شهرا.\n\
         {after}\nجميع الحقوق محفوظة © 2026\n"
    )
}

#[test]
fn a_thread_of_stamped_comments_after_the_article_goes_without_a_heading() {
    let comment = |stamp: &str, text: &str| format!("{stamp}\n{text}\n");
    let thread = [
        comment(
            "سامي منذ ساعتين",
            "خطة ممتازة لكن يجب أن تشمل الأحياء الغربية أيضا لأن سكانها يعانون من الزحام كل يوم.",
        ),
        comment(
            "ليلى • قبل 3 ساعات",
            "نتمنى أن ترى هذه الخطة النور قريبا وألا تبقى حبرا على ورق كما حدث مع خطط سابقة.",
        ),
        comment(
            "الثلاثاء 01 ديسمبر 2026 10:15",
            "عشت في هذه المدينة سنوات طويلة وكانت الحافلات تتأخر دائما، لذلك هذا خبر سار للجميع.",
        ),
        comment(
            "أم خالد منذ يومين",
            "أتمنى أن تعمل الخطوط الجديدة في عطلة نهاية الأسبوع أيضا وإلا فلن تفيد كثيرا.",
        ),
    ]
    .concat();
    let page = article_then(&thread);
    let (d, _) = decisions(&page);
    let kept: Vec<usize> = (0..d.len()).filter(|&i| d[i].0).collect();
    assert_eq!(kept, [0, 1, 2, 3, 4], "{d:?}");
    assert!(
        d[5..13].iter().all(|x| x.1 == Reason::Comments || !x.0),
        "{d:?}"
    );

    // Two posts are no thread; entries headed by a clock time alone (live coverage) are no comments.
    let two = article_then(&thread.lines().take(4).collect::<Vec<_>>().join("\n"));
    let (d, _) = decisions(&two);
    assert!(d.iter().all(|x| x.1 != Reason::Comments), "{d:?}");
    let live = article_then(
        &[
            comment(
                "14:44",
                "وصل الوفد الحكومي إلى موقع المشروع وبدأ جولة تفقدية في المحطة المركزية الجديدة.",
            ),
            comment(
                "14:32",
                "أعلن المجلس أن الخط الأول سيمر بالقرب من الجامعة والمستشفى الرئيسي في المدينة.",
            ),
            comment(
                "13:54",
                "تجمع عدد من السكان أمام مقر البلدية للتعبير عن دعمهم للخطة الجديدة ومطالبهم.",
            ),
        ]
        .concat(),
    );
    let (d, _) = decisions(&live);
    assert!(d.iter().all(|x| x.1 != Reason::Comments), "{d:?}");
}

#[test]
fn a_post_stamp_is_a_date_with_its_time_or_a_relative_time() {
    for stamp in [
        "August 8, 2018 at 7:21 pm",
        "28. April 2024 um 10:17 Uhr",
        "Joseph • 3 weeks ago",
        "2 days ago at 08:49 am",
        "أحمد منذ ساعتين",
        "مریم ۲ ساعت پیش",
        "الثلاثاء 01 ديسمبر 2026 10:15",
    ] {
        assert!(date::is_post_stamp(&fold(stamp)), "{stamp}");
    }
    for line in [
        "14:44",
        "28. April 2024",
        "الثلاثاء 01 ديسمبر 2026",
        "Joseph Miller",
    ] {
        assert!(!date::is_post_stamp(&fold(line)), "{line}");
    }
}

#[test]
fn a_posts_note_of_its_last_edit_goes_and_the_post_keeps_its_date() {
    for (posted, post, edit) in [
        (
            "15-05-2017, 11:40 PM",
            "مرحبا بالجميع، أردت أن أسأل عن أفضل طريقة لتعلم برمجة المتحكمات الدقيقة من البداية، وشكرا لكم مقدما.",
            "التعديل الأخير تم بواسطة : سامي88 بتاريخ 16-05-2017 الساعة 02:09 PM",
        ),
        (
            "15-05-2017 23:40",
            "سلام به همه، می‌خواستم بپرسم بهترین راه یادگیری برنامه‌نویسی میکروکنترلر از ابتدا چیست؟ ممنون از راهنمایی شما.",
            "آخرین ویرایش توسط رضا۷۲ در 16-05-2017 ساعت ۱۰:۳۰",
        ),
        (
            "May 15, 2017, 11:40 PM",
            "Hello all, I wanted to ask what the best way is to learn microcontroller programming from the start. Thanks in advance for any pointers.",
            "Last edited by harbourfan; 16-05-2017, 09:08.",
        ),
    ] {
        let page = format!("{posted}\n{post}\n{edit}\n{post} {post}\n");
        let (d, meta) = decisions(&page);
        assert_eq!(d[2], (false, Reason::Dateline), "{edit} {d:?}");
        assert!(d[1].0 && d[3].0, "{d:?}");
        assert_eq!(meta.date.as_deref(), Some("2017-05-15T23:40"), "{edit}");
    }
    // A note without a date or a time is no stamp.
    assert!(!date::is_edit_stamp(&fold("Edited by Jane Holloway")));
    assert!(!date::is_edit_stamp(&fold("Unedited footage, 2017")));
}

/// A wiki's footer: the note of the page's last edit is a stamp, its licence a copyright line.
#[test]
fn a_wikis_last_edit_and_licence_are_its_footer() {
    for (edit, licence) in [
        (
            "این صفحه آخرین بار در ۱۰ آذر ۱۴۰۵ ساعت ۱۲:۳۰ ویرایش شده است.",
            "متن تحت مجوز کریتیو کامنز است؛ ممکن است شرایط دیگری نیز اعمال شود.",
        ),
        (
            "اس صفحہ میں آخری بار مورخہ 5 دسمبر 2026ء کو 12:30 بجے ترمیم کی گئی۔",
            "تمام مواد کریئیٹو کامنز اجازت نامے کے تحت دستیاب ہے۔",
        ),
        (
            "This page was last edited on 5 December 2026, at 12:30 (UTC).",
            "Text is available under the Creative Commons Attribution-ShareAlike License.",
        ),
    ] {
        let page = format!("{BODY}\n{BODY} وأضاف.\n{edit}\n{licence}\n");
        let (d, _) = decisions(&page);
        assert_eq!(d[2], (false, Reason::Dateline), "{edit}");
        assert_eq!(d[3], (false, Reason::Copyright), "{licence}");
    }
}

/// The line model's evidence for a line it scored `score` (thousandths), with no signals.
fn scored(score: u16) -> Option<Evidence> {
    Some(Evidence {
        score,
        signals: Vec::new(),
    })
}

const PERSIAN_BODY: &str = "به گزارش خبرنگار ما، وزارت آموزش و پرورش امروز اعلام کرد که برنامه تازه درسی از ابتدای سال تحصیلی آینده در همه مدارس کشور اجرا خواهد شد.";

#[test]
fn a_writers_name_among_the_headers_list_items_is_the_author() {
    let page = format!(
        "برنامه تازه درسی از سال آینده اجرا می‌شود\n\n  • 1402/1/16\n  • محسن رضایی\n  • 3\n\n\
         {PERSIAN_BODY}\n{PERSIAN_BODY} و معلمان آماده‌اند.\n"
    );
    let meta = super::strip(&page, &StripConfig::default()).meta;
    assert_eq!(meta.authors, ["محسن رضایی"]);
    assert_eq!(meta.date.as_deref(), Some("2023-04-05"));
}

#[test]
fn an_arabic_name_with_a_family_name_under_the_headline_is_the_author() {
    let body = "نحتاج في بعض الأحيان إلى تكرار إجراء ما، مثل إخراج القيم من قائمة واحدة تلو الأخرى أو تشغيل الشيفرة نفسها لكل عدد على حدة.";
    let page = |under: &str| {
        format!("حلقات التكرار في لغات البرمجة\n\n{under}\n\n{body}\n{body} وهذا مثال آخر.\n")
    };
    let authors = |under: &str| {
        super::strip(&page(under), &StripConfig::default())
            .meta
            .authors
    };
    assert_eq!(authors("رهف المصري"), ["رهف المصري"]);
    // A section's label is none, nor a name with no family name after its article.
    assert!(authors("أخبار العالم").is_empty());
    assert!(authors("الأخبار المحلية").is_empty());
}

#[test]
fn a_date_label_left_without_its_date_goes() {
    let page = format!(
        "×\nاجتماعی\nشناسه خبر : 123456\nتاریخ انتشار :\n\nبرنامه تازه درسی از سال آینده اجرا می‌شود\n\n\
         {PERSIAN_BODY}\n{PERSIAN_BODY}\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[3].reason, Reason::Dateline);
    let meta = s.meta;
    assert_eq!(
        meta.title.as_deref(),
        Some("برنامه تازه درسی از سال آینده اجرا می‌شود")
    );
    for label in [
        "Published:",
        "Updated :",
        "تاريخ النشر:",
        "تاریخ انتشار :",
        "نشر",
        "Published",
    ] {
        assert!(date::is_bare_date_label(&fold(label)), "{label}");
    }
    // A code's key or a user's name before a colon is no date's label.
    for line in [
        "network1:",
        "services:",
        "Ingredients:",
        "تاریخ انتشار : ۱۴۰۵/۰۹/۱۰",
        // A weekday alone needs its colon to be a label.
        "Monday",
    ] {
        assert!(!date::is_bare_date_label(&fold(line)), "{line}");
    }
    // What a label alone stands over, the publisher's name, is no headline.
    let page = format!(
        "رئيس التحرير
أحمد ناصف

البرلمان يعقد جلسة عامة لمناقشة البيان الوزاري للحكومة

         نشر
مستقبل وطن نيوز

{BODY}
{BODY} وأضاف.
"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("البرلمان يعقد جلسة عامة لمناقشة البيان الوزاري للحكومة")
    );
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
    assert_eq!(s.lines[0].reason, Reason::Ui);
}

#[test]
fn a_kicker_that_ends_with_a_semicolon_leaves_the_headline_under_it_the_title() {
    // The kicker, the headline, the lead, then the stamp: no stamp heads the headline.
    let page = format!(
        "وزارت آموزش و پرورش اعلام کرد؛\n\nبرنامه تازه درسی از سال آینده اجرا می‌شود\n\n\
         برنامه تازه درسی پس از دو سال بازنگری به همه استان‌ها ابلاغ شد.\n\n\
         تاریخ انتشار: 10اردیبهشت1397|12:10\n\nکد خبر: 18593\n\n{PERSIAN_BODY}\n{PERSIAN_BODY}\n"
    );
    // Kept or not by the model, the kicker is no headline.
    for meta in [
        strip(&page, &StripConfig::default()).meta,
        super::strip(&page, &StripConfig::default()).meta,
    ] {
        assert_eq!(
            meta.title.as_deref(),
            Some("برنامه تازه درسی از سال آینده اجرا می‌شود")
        );
        assert_eq!(meta.date.as_deref(), Some("2018-04-30T12:10"));
    }
}

#[test]
fn a_related_heading_over_a_single_link_is_no_title() {
    // The latest posts' heading over one post, whose headline the page prints three times.
    let page = "آخرین مطالب\n\
         \n\
         گزارش «نمونه» از سیاست دولت‌ها در برابر مطبوعات منتقد در سال‌های اخیر و بیست سال روزنامه‌نگاری رو به افول در شهرهای کوچک\n\
         \n\
         گزارش «نمونه» از سیاست دولت‌ها در برابر مطبوعات منتقد در سال‌های اخیر و بیست سال روزنامه‌نگاری رو به افول در شهرهای کوچک فرهنگی - سیاسی - اجتماعی - مقالات فرهنگی\n\
         \n\
         گزارش «نمونه» از سیاست دولت‌ها در برابر مطبوعات منتقد در سال‌های اخیر و بیست سال روزنامه‌نگاری رو به افول در شهرهای کوچک\n\
         \n\
           بزرگنمایی:\n\
         \n\
         روزنامه نمونه\n\
         \n\
         کد خبر: 191264\n\
         \n\
         تاریخ خبر: 1401 یکشنبه 10 مهر\n\
         \n\
         گزارش «نمونه» از سیاست دولت‌ها در برابر مطبوعات منتقد در سال‌های اخیر\n\
         \n\
         بیست سال روزنامه‌نگاری رو به افول در شهرهای کوچک\n\
         \n\
         اگر سال‌های پس از انتخابات را دوره تازه‌ای برای روزنامه‌های منتقد بدانیم، مروری بر رویدادهای بیست سال اخیر نشان می‌دهد که رفتار دولت‌ها با خبرنگاران این روزنامه‌ها بیشتر به سوی سخت‌گیری رفته است تا گشایش.\n\
         در این مدت بسیاری از روزنامه‌های شهرهای کوچک بسته شدند و خبرنگاران آن‌ها به کارهای دیگری روی آوردند، در حالی که خوانندگان نیز بیشتر به شبکه‌های اجتماعی رو کردند.\n\
         ";
    let s = super::strip(page, &StripConfig::default());
    assert_eq!(s.lines[0].reason, Reason::RelatedBlock);
    assert_ne!(s.meta.title.as_deref(), Some("آخرین مطالب"));
}

#[test]
fn a_byline_with_the_writers_role_after_a_semicolon_names_the_writer() {
    let page = format!(
        "تقنيات التعريف بالترددات في المكتبات\n\
         إعداد سامي عبد الحميد النجار ; باحث في علوم المكتبات ; جامعة نموذجية - عمان ; ;\n{BODY}\n{BODY} وأضاف.\n"
    );
    let (d, meta) = decisions(&page);
    assert_eq!(d[1], (false, Reason::Byline));
    assert_eq!(meta.authors, ["سامي عبد الحميد النجار"]);
}

#[test]
fn a_photo_agencys_credit_and_the_alt_text_over_it_are_a_caption() {
    let urdu = "وفاقی کابینہ نے آج ہونے والے اجلاس میں نئے مالی سال کے بجٹ کی منظوری دے دی اور اسے پارلیمان میں پیش کرنے کا فیصلہ کیا۔";
    for (alt, credit) in [
        ("پارلیمان کی عمارت کا ایک منظر", "EPA"),
        ("پارلیمان کی عمارت", "اے ایف پی"),
        ("مبنى البرلمان في العاصمة", "رويترز"),
        ("بجٹ اجلاس سے پہلے وزرا", "AFP via Getty Images"),
        ("اجلاس کے بعد وزرا", "Reuters/AP"),
        ("نشست هیئت دولت", "ایسنا"),
        ("اجتماع مجلس الوزراء", "واس"),
    ] {
        let page = format!("{urdu}\n{alt}\n{credit}\n\n{BODY}\n");
        let (d, _) = decisions(&page);
        assert_eq!(d[1], (false, Reason::Caption), "{alt}");
        assert_eq!(d[2], (false, Reason::Caption), "{credit}");
        assert!(d[0].0 && d[4].0, "{d:?}");
    }
    // The page's `<title>` over an agency's name (its logo) is no picture's alt text.
    let page = format!("افزایش قیمت بنزین در سال آینده منتفی است | ایسنا\nایسنا\n{BODY}\n{BODY}\n");
    let (d, _) = decisions(&page);
    assert_ne!(d[0].1, Reason::Caption, "{d:?}");
    // An agency under a headline with the date under it is the article's source, no picture's.
    let page = format!(
        "أسعار النفط تقفز بعد قرار خفض الإنتاج\nرويترز\nالخميس 5 ديسمبر 2024\n{BODY}\n{BODY}\n"
    );
    let (d, meta) = decisions(&page);
    assert_ne!(d[1].1, Reason::Caption, "{d:?}");
    assert_eq!(
        meta.title.as_deref(),
        Some("أسعار النفط تقفز بعد قرار خفض الإنتاج")
    );
    assert!(!lexicon::is_photo_agency_credit(&fold("EPA chief resigns")));
}

#[test]
fn a_long_meta_line_gives_the_date_of_its_date_part_and_a_teaser_gives_none() {
    let meta_line = "كتب: محمد علي | الأحد 29 نوفمبر 2026 | أخبار مصر، اقتصاد، أسواق المال، البورصة المصرية | 3 تعليقات";
    let page = article_then("").replacen('\n', &format!("\n{meta_line}\n"), 1);
    let (_, meta) = decisions(&page);
    assert_eq!(meta.date.as_deref(), Some("2026-11-29"), "{page}");

    let teaser = "28 نوفمبر 2026 • وزارة النقل تعلن مواعيد جديدة لقطارات الضواحي بعد شكاوى الركاب من التأخير المتكرر في ساعات الذروة.";
    let page = article_then(&format!("اقرأ أيضا\n{teaser}"));
    let (_, meta) = decisions(&page);
    assert_eq!(meta.date, None, "{page}");
}

#[test]
fn persian_and_urdu_typed_on_an_arabic_keyboard_read_as_in_their_own_letters() {
    let persian =
        "خانه | اخبار | اقتصاد\nعنوان خبر اصلی درباره اقتصاد امروز\nنویسنده: مریم احمدی\n\
        دولت امروز از طرح تازه‌ای برای حمایت از کسب‌وکارهای کوچک در همه استان‌ها خبر داد.\n\
        وزیر گفت این طرح از ماه آینده آغاز می‌شود و سه سال ادامه خواهد داشت.\n\
        وی افزود که جزئیات کامل طرح هفته آینده در یک نشست خبری اعلام می‌شود.\n\
        برچسب‌ها: اقتصاد، بورس\nتبلیغات\nیکم آذر ۱۴۰۵\n";
    let arabic_keyboard = persian.replace('ی', "ي").replace('ک', "ك");
    assert_ne!(persian, arabic_keyboard);
    let (d, meta) = decisions(persian);
    let (d2, meta2) = decisions(&arabic_keyboard);
    assert_eq!(d, d2);
    assert_eq!(meta.authors, ["مریم احمدی"]);
    assert_eq!(meta2.authors, ["مريم احمدي"]);
    assert_eq!(meta2.date.as_deref(), Some("2026-11-22"));
    assert_eq!(d2[2].1, Reason::Byline);
    assert_eq!(d2[7].1, Reason::Ad);

    // Urdu typed with Arabic heh, yeh and kaf.
    let urdu = "مرکزی صفحہ\nپنجاب میں اسموگ کے باعث اسکول ایک ہفتے کے لیے بند\nرپورٹر: محمد علی\n\
        شائع 01 دسمبر 2026\n\
        پنجاب حکومت نے صوبے میں اسموگ کی بگڑتی صورتحال کے پیش نظر دس اضلاع میں تمام اسکول بند کر دیے ہیں۔\n\
        صوبائی وزیر تعلیم نے بتایا کہ فضائی معیار کا انڈیکس خطرناک حد سے تجاوز کر چکا ہے۔\n\
        شہریوں کو ہدایت کی گئی ہے کہ وہ غیر ضروری طور پر گھروں سے باہر نہ نکلیں۔\n\
        یہ بھی پڑھیں\nلاہور دنیا کا آلودہ ترین شہر قرار\nتبصرے (0)\n";
    let arabic_keyboard: String = urdu
        .chars()
        .map(|c| match c {
            'ہ' | 'ھ' => 'ه',
            'ی' => 'ي',
            'ک' => 'ك',
            c => c,
        })
        .collect();
    let (d, meta) = decisions(urdu);
    let (d2, meta2) = decisions(&arabic_keyboard);
    assert_eq!(d, d2);
    assert_eq!(meta.authors.len(), 1);
    assert_eq!(meta2.authors.len(), 1);
    assert_eq!(d2[7].1, Reason::RelatedBlock, "{d2:?}");
}

#[test]
fn an_arabic_name_line_under_the_headline_may_hold_ali_compound_names_and_a_place_after() {
    for (line, name) in [
        ("سارة أحمد علي", "سارة أحمد علي"),
        ("أحمد محمود عبد الله", "أحمد محمود عبد الله"),
        ("خالد أبو بكر", "خالد أبو بكر"),
        ("أحمد محمود - القاهرة", "أحمد محمود"),
        ("محمد علی، اسلام آباد", "محمد علی"),
    ] {
        let page = format!(
            "مجلس المدينة يقر خطة لتوسيع شبكة النقل العام - صحيفة المدينة\nالرئيسية\nأخبار\n\
             مجلس المدينة يقر خطة لتوسيع شبكة النقل العام\n{line}\nالأحد 29 نوفمبر 2026\n\
             أقر مجلس المدينة مساء أمس خطة لتوسيع شبكة النقل العام تشمل ثلاثة خطوط جديدة للحافلات.\n\
             وقال رئيس المجلس إن الخطة تستهدف تقليص زمن التنقل بين الأحياء الشرقية ووسط المدينة.\n\
             وأوضح أن التمويل يأتي من موازنة البلدية ومن منحة حكومية خصصت لمشروعات النقل.\n"
        );
        let (d, meta) = decisions(&page);
        assert_eq!(meta.authors, [name], "{d:?}");
        assert_eq!(
            meta.title.as_deref(),
            Some("مجلس المدينة يقر خطة لتوسيع شبكة النقل العام")
        );
    }
    // The preposition, spelled with alef maksura, still makes a line no name.
    assert_eq!(model::name_shape("الهجوم على المدينة"), None);
    assert_eq!(
        model::name_shape("محمد بن عبد الله"),
        Some(model::NameShape::Uncased)
    );
    // Share buttons side by side are capitalised words, and no name.
    assert_eq!(model::name_shape("Facebook Twitter Whatsapp"), None);
    assert_eq!(
        model::name_shape("Jane Holloway"),
        Some(model::NameShape::Cased)
    );
}

#[test]
fn a_name_that_opens_with_a_given_name_needs_no_opening_beside_its_date() {
    let page = |line: &str| {
        format!(
            "عنوان الخبر الرئيسي عن الاقتصاد اليوم - بوابة الخبر\nالرئيسية\nأخبار\n\
             عنوان الخبر الرئيسي عن الاقتصاد اليوم\n{line}\n\
             أعلنت الحكومة اليوم عن خطة جديدة لدعم المشروعات الصغيرة والمتوسطة في المحافظات كافة.\n\
             وقال الوزير إن الخطة تبدأ الشهر المقبل وتستمر ثلاث سنوات بتمويل من البنك الدولي.\n\
             وأضاف أن الوزارة ستعلن التفاصيل الكاملة للخطة في مؤتمر صحفي الأسبوع المقبل.\n"
        )
    };
    for (line, author) in [
        ("أحمد محمود نشر في 29 نوفمبر 2026", "أحمد محمود"),
        ("أحمد محمود الأحد 29 نوفمبر 2026 10:15 ص", "أحمد محمود"),
        (
            "آخر تحديث: الأحد 29 نوفمبر 2026 - 10:15 | أحمد محمود",
            "أحمد محمود",
        ),
        ("محمد علی | ۱۰ آذر ۱۴۰۵", "محمد علی"),
        ("محمد علی | اشاعت: 29 نومبر 2026", "محمد علی"),
    ] {
        let s = super::strip(&page(line), &StripConfig::default());
        assert_eq!(s.meta.authors, [author], "{line}");
        assert!(!s.lines[4].keep, "{line}: {:?}", s.lines[4]);
        assert!(s.meta.date.is_some(), "{line}");
    }
    for line in [
        "أخبار محلية الأحد 29 نوفمبر 2026 10:15 ص",
        "الأحد 29 نوفمبر 2026 - 10:15 بتوقيت القاهرة",
    ] {
        let s = super::strip(&page(line), &StripConfig::default());
        assert!(s.meta.authors.is_empty(), "{line}: {:?}", s.meta.authors);
    }
}

#[test]
fn a_name_the_article_speaks_of_again_and_again_is_its_subject_not_its_writer() {
    let page = "Harbour plan approved after long debate\n\
Maria Lopez\n\
April 25, 2023\n\
The council approved the plan on Tuesday after Maria Lopez, the mayor, spoke for most of the night.\n\
Maria Lopez said the harbour would be rebuilt over the next five years, starting with the northern quay.\n";
    let (_, meta) = decisions(page);
    assert!(meta.authors.is_empty(), "{:?}", meta.authors);
    // Named once, as a paragraph may close with its writer's name, the line is still the byline.
    let once = page.replace("Maria Lopez said", "The mayor said");
    assert_eq!(decisions(&once).1.authors, ["Maria Lopez"]);
    // The same in Arabic: a minister the report names twice is no author.
    let arabic = "الحكومة تقر خطة جديدة لتطوير الميناء\n\
محمد العلي\n\
الثلاثاء 25 أبريل 2023\n\
أعلن محمد العلي وزير النقل أن الحكومة أقرت خطة لتطوير الميناء خلال السنوات الخمس المقبلة.\n\
وقال محمد العلي إن العمل سيبدأ في الرصيف الشمالي قبل نهاية العام الجاري بحسب الخطة.\n";
    assert!(decisions(arabic).1.authors.is_empty());
    let once = arabic.replace("وقال محمد العلي", "وقال الوزير");
    assert_eq!(decisions(&once).1.authors, ["محمد العلي"]);
}

#[test]
fn a_byline_above_images_and_share_buttons_still_names_the_author() {
    let page = |photos: usize, byline: &str| {
        let mut page = format!("{byline}\n");
        for k in 0..photos {
            page.push_str(&format!("Photo {k}: the northern quay at dawn\n"));
        }
        page + "The council approved the plan on Tuesday after a debate that lasted most of the night and ended in a vote.\n\
Members said the harbour would be rebuilt over the next five years, starting with the northern quay.\n"
    };
    assert_eq!(
        decisions(&page(12, "By\nAaron Kliegman")).1.authors,
        ["Aaron Kliegman"]
    );
    // A menu's "By Location" filter is no byline, however near.
    assert!(decisions(&page(12, "By Location")).1.authors.is_empty());
    // Too far above the article, a byline belongs to something else.
    assert!(decisions(&page(40, "By\nAaron Kliegman"))
        .1
        .authors
        .is_empty());
}

#[test]
fn a_line_of_parts_that_opens_with_a_name_and_holds_the_date_is_the_byline() {
    let page = "What is next for the harbour after the vote?\n\
Yasmine Hassan · Example News · Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8\n\
The council approved the plan on Tuesday after a debate that lasted most of the night and ended in a vote.\n\
Members said the harbour would be rebuilt over the next five years, starting with the northern quay.\n";
    let (reasons, meta) = decisions(page);
    assert_eq!(meta.authors, ["Yasmine Hassan"]);
    assert_eq!(reasons[1], (false, Reason::Byline));
    // A section's label before the date is no name; a sentence among the parts makes it no byline.
    let section = page.replace("Yasmine Hassan", "Middle east");
    assert!(decisions(&section).1.authors.is_empty());
    let sentence = page.replace("Example News", "Members met for hours, and then voted");
    assert!(decisions(&sentence).1.authors.is_empty());
    let arabic = "ماذا بعد إقرار خطة تطوير الميناء؟\n\
أحمد منصور · الجزيرة نت · نشر في: 12 مايو 2024 الساعة 10:15 | آخر تحديث: 12 مايو\n\
أعلن وزير النقل أن الحكومة أقرت خطة لتطوير الميناء خلال السنوات الخمس المقبلة بعد نقاش طويل.\n\
وقال الوزير إن العمل سيبدأ في الرصيف الشمالي قبل نهاية العام الجاري بحسب الخطة المعلنة.\n";
    assert_eq!(decisions(arabic).1.authors, ["أحمد منصور"]);
}
#[test]
fn dates_glued_to_the_words_or_the_time_beside_them_are_read() {
    use crate::date::{find_date, find_glued_date};
    let iso = |d: Option<crate::date::FoundDate>| d.map(|d| d.iso);
    // A byline's outlet glued to the month, a year glued to the time, as inline tags leave them.
    assert_eq!(
        iso(find_glued_date("Associated PressApril 28, 2023 GMT")).as_deref(),
        Some("2023-04-28")
    );
    assert_eq!(
        iso(find_glued_date("Published Fri, Apr 28 20232:23 PM EDT")).as_deref(),
        Some("2023-04-28T14:23")
    );
    assert_eq!(
        iso(find_glued_date("By Jane RoeJanuary 14, 202620 Mins Read")).as_deref(),
        Some("2026-01-14")
    );
    // In Eastern Arabic or Persian digits too.
    assert_eq!(
        iso(find_glued_date("آخر تحديث: ١/١٢/٢٠٢٤١٠:٤٥ ص")).as_deref(),
        iso(find_glued_date("آخر تحديث: 1/12/202410:45 ص")).as_deref()
    );
    assert!(iso(find_glued_date("۱/۱۲/۲۰۲۴۱۰:۴۵")).is_some());
    // No glue, no second reading; a long number is no year before a time.
    assert!(find_glued_date("April 28, 2023").is_none());
    assert!(find_glued_date("Order 120232:23").is_none());
    // A numeric date with a year of two digits.
    assert_eq!(
        iso(find_date(&fold("15.10.24 23:35"))).as_deref(),
        Some("2024-10-15T23:35")
    );
    assert_eq!(
        iso(find_date(&fold("الأحد 25/04/24"))).as_deref(),
        Some("2024-04-25")
    );
    assert_eq!(
        iso(find_date(&fold("Do 25.04.99 | 14:07 Uhr"))).as_deref(),
        Some("1999-04-25T14:07")
    );
    // Three numbers apart, or a version, are no date.
    assert!(find_date(&fold("Seite 15 10 24")).is_none());
    assert!(find_date(&fold("Version 1.2.345")).is_none());
    // A month's name that is a person's name is passed over for the one beside the day.
    assert_eq!(
        iso(find_date(&fold("by Laura June Topolsky July 10, 2015"))).as_deref(),
        Some("2015-07-10")
    );
    // The day is the number beside the month's name, not the first number of the line.
    assert_eq!(
        iso(find_date(&fold("2 minute read April 25, 2023 2:26 PM"))).as_deref(),
        Some("2023-04-25T14:26")
    );
    assert_eq!(
        iso(find_date(&fold("3 دقائق قراءة 25 أبريل 2023"))).as_deref(),
        Some("2023-04-25")
    );
    // A page's glued dateline gives the article's date.
    let page = "Harbour plan approved after long debate\n\
Example NewsApril 28, 2023 GMT\n\
The council approved the plan on Tuesday after a debate that lasted most of the night and ended in a vote.\n\
Members said the harbour would be rebuilt over the next five years, starting with the northern quay.\n";
    assert_eq!(decisions(page).1.date.as_deref(), Some("2023-04-28"));
}

#[test]
fn a_short_label_before_the_article_gives_way_to_the_page_title() {
    // With the bundled model, which drops the short lines before the article.
    let title = |page: &str| crate::strip(page, &StripConfig::default()).meta.title;
    let page = "Council approves harbour plan after a long debate | Example News\n\
Menu\n\
View All Results\n\
The council approved the plan on Tuesday after a debate that lasted most of the night and ended in a vote.\n\
Members said the harbour would be rebuilt over the next five years, starting with the northern quay.\n";
    assert_eq!(
        title(page).as_deref(),
        Some("Council approves harbour plan after a long debate")
    );
    // A short headline that shares a word with the page title stays the title.
    let short = page.replace("View All Results", "Harbour plan approved");
    assert_eq!(title(&short).as_deref(), Some("Harbour plan approved"));
    let arabic = "الحكومة تقر خطة جديدة لتطوير الميناء - موقع الأخبار\n\
القائمة\n\
أضف إلى قائمتك\n\
أعلن وزير النقل أن الحكومة أقرت خطة لتطوير الميناء خلال السنوات الخمس المقبلة بعد نقاش طويل.\n\
وقال الوزير إن العمل سيبدأ في الرصيف الشمالي قبل نهاية العام الجاري بحسب الخطة المعلنة.\n";
    assert_eq!(
        title(arabic).as_deref(),
        Some("الحكومة تقر خطة جديدة لتطوير الميناء")
    );
}

#[test]
fn a_piece_of_a_sentence_wrapped_over_lines_is_no_headline() {
    let title = |page: &str| crate::strip(page, &StripConfig::default()).meta.title;
    // The article's first kept line is a sentence's middle, wrapped into a line that goes on with a
    // lowercase word: the page title gives the headline instead.
    let page = "Emergency plan in schools: children and residents had a quiet but hot Monday\n\
Skip to content\n\
Weather\n\
News\n\
Sport\n\
Listen\n\
In brief\n\
The article summarised for you\n\
This summary was made by a machine. We\n\
keep working on this service and are glad of any comments you send us about it.\n\
A large fire at the waste centre led schools and nurseries in the valley to switch to emergency operation.\n\
Parents could decide whether to keep their children at home or send them to school, as during the pandemic.\n\
The regular timetable is to resume on Tuesday, as the situation has improved since the weekend.\n";
    assert_eq!(
        title(page).as_deref(),
        Some("Emergency plan in schools: children and residents had a quiet but hot Monday")
    );
    // A headline whose last word wraps alone, or a lowercase headline under a short label, is still one.
    let wrapped_word = "Una solución para la cuestión del puerto - Diario Ejemplo\n\
Menú\n\
Una solución para la cuestión del\n\
puerto\n\
El concejo aprobó el plan el martes después de un debate que duró casi toda la noche y terminó en una votación.\n\
Los miembros dijeron que el puerto se reconstruirá en los próximos cinco años, empezando por el muelle norte.\n";
    assert_eq!(
        title(wrapped_word).as_deref(),
        Some("Una solución para la cuestión del puerto")
    );
}

#[test]
fn a_name_over_its_writers_role_is_the_byline() {
    let page = "Harbour plan approved after long debate\n\
Residents were told the work will start next spring\n\
Maria Lopez\n\
Political Correspondent\n\
The council approved the plan on Tuesday after a debate that lasted most of the night and ended in a vote.\n\
Members said the harbour would be rebuilt over the next five years, starting with the northern quay.\n";
    let (reasons, meta) = decisions(page);
    assert_eq!(meta.authors, ["Maria Lopez"], "{reasons:?}");
    // Over a line that names no role, a name far from any date is no byline.
    let unroled = page.replace("Political Correspondent", "Northern Quay Works");
    assert!(decisions(&unroled).1.authors.is_empty());
    // A separator after the name, before the date on the next line, is no part of it.
    let barred = page.replace(
        "Maria Lopez\nPolitical Correspondent",
        "Maria Lopez |\n25.04.2023 - 10:15",
    );
    assert_eq!(decisions(&barred).1.authors, ["Maria Lopez"]);
    let arabic = "الحكومة تقر خطة جديدة لتطوير الميناء\n\
السكان أبلغوا أن العمل يبدأ في الربيع المقبل\n\
سامي الحربي\n\
مراسل الشؤون السياسية\n\
أعلن وزير النقل أن الحكومة أقرت خطة لتطوير الميناء خلال السنوات الخمس المقبلة بعد نقاش طويل.\n\
وقال الوزير إن العمل سيبدأ في الرصيف الشمالي قبل نهاية العام الجاري بحسب الخطة المعلنة.\n";
    assert_eq!(decisions(arabic).1.authors, ["سامي الحربي"]);
}

#[test]
fn a_date_or_time_without_its_year_is_no_headline() {
    let shaped = |raw: &str| {
        let mut folded = String::new();
        let lines = Line::split(raw, &mut folded);
        headline_shaped_alone(&lines[0])
    };
    assert!(!shaped("Monday 5 August at 14:47"));
    assert!(!shaped("1:39 PM ET"));
    assert!(!shaped("الأحد 5 أغسطس الساعة 14:47"));
    assert!(shaped("Five key policies announced in 2024"));
    // A greeting that opens a post is no headline; peace as a headline's first word is.
    assert!(!shaped("السلام عليكم ورحمة الله وبركاته"));
    assert!(!shaped("Hello everyone and welcome back"));
    assert!(shaped("السلام في الشرق الأوسط بعيد المنال"));
    // A page with no headline line found takes its title from the page title.
    let title = |page: &str| crate::strip(page, &StripConfig::default()).meta.title;
    let page = "Council approves harbour plan after a long debate | Example News\n\
Home\n\
World\n\
Sport\n\
Weather\n\
1:39 PM ET\n\
The council approved the plan on Tuesday after a debate that lasted most of the night and ended in a vote.\n\
Members said the harbour would be rebuilt over the next five years, starting with the northern quay.\n";
    assert_eq!(
        title(page).as_deref(),
        Some("Council approves harbour plan after a long debate")
    );
}

#[test]
fn a_line_of_a_published_and_an_update_stamp_is_a_dateline_of_the_published_one() {
    for (stamp, date) in [
        (
            "نشر في: 01 ديسمبر ,2024: 10:00 ص GST آخر تحديث: 02 ديسمبر ,2024: 12:30 م GST",
            "2024-12-01T10:00",
        ),
        (
            "Published 10:00 AM, Dec 1, 2024 Updated 12:30 PM, Dec 2, 2024",
            "2024-12-01T10:00",
        ),
        // The update's stamp first, the published one after it.
        (
            "آخر تحديث: 02 ديسمبر 2024 - 12:30 م | تاريخ النشر: 01 ديسمبر 2024 - 10:00 ص",
            "2024-12-01T10:00",
        ),
        (
            "Updated 12:30 PM, Dec 2, 2024 | Published 10:00 AM, Dec 1, 2024",
            "2024-12-01T10:00",
        ),
    ] {
        let page = format!("Harbour plan approved after long debate\nHome\n{stamp}\n{ARTICLE}");
        let (reasons, meta) = decisions(&page);
        assert_eq!(reasons[2].1, Reason::Dateline, "{stamp}");
        assert_eq!(meta.date.as_deref(), Some(date), "{stamp}");
    }
    // A sentence that speaks of an update is no stamp.
    let sentence = "The plan of 12 March 2021 was updated on 14 March 2023 after a long debate.";
    assert!(crate::date::split_at_update(&crate::fold::fold(sentence)).is_some());
    let page = format!("Harbour plan approved after long debate\n{sentence}\n{ARTICLE}");
    assert_ne!(decisions(&page).0[1].1, Reason::Dateline);
}

#[test]
fn a_date_stamped_with_its_time_beats_a_bare_date_as_near() {
    let page = "Harbour plan approved after long debate\n\
Members met for hours\n\
Harbour history: 12 March 2021\n\
Published 14 March 2023 10:15\n\
The council approved the plan on Tuesday after a debate that lasted most of the night and ended in a vote.\n\
Members said the harbour would be rebuilt over the next five years, starting with the northern quay.\n";
    assert_eq!(decisions(page).1.date.as_deref(), Some("2023-03-14T10:15"));
    // An update's stamp says when the article last changed, not when it came out.
    let updated = page
        .replace("Harbour history: 12 March 2021", "Published 14 March 2023")
        .replace(
            "Published 14 March 2023 10:15",
            "Updated 15 March 2023 10:15",
        );
    assert_eq!(decisions(&updated).1.date.as_deref(), Some("2023-03-14"));
    let arabic = "الحكومة تقر خطة جديدة لتطوير الميناء\n\
السكان أبلغوا أن العمل يبدأ قريبا\n\
تاريخ الميناء: 12 مارس 2021\n\
نشر في: 15 مارس 2023 الساعة 10:15\n\
أعلن وزير النقل أن الحكومة أقرت خطة لتطوير الميناء خلال السنوات الخمس المقبلة بعد نقاش طويل.\n\
وقال الوزير إن العمل سيبدأ في الرصيف الشمالي قبل نهاية العام الجاري بحسب الخطة المعلنة.\n";
    assert_eq!(
        decisions(arabic).1.date.as_deref(),
        Some("2023-03-15T10:15")
    );
}

#[test]
fn a_date_between_the_paragraphs_counts_as_four_times_as_far() {
    // A forum thread: the first post's stamp over its title, a reply's under the first post.
    let page = "طريقة تنظيف شاشة اللابتوب - منتدى التقنية\n\
التسجيل\n\
البحث\n\
#1\n\
03-14-2023, 09:41 PM\n\
سامي الحربي\n\
عضو جديد\n\
المشاركات: 12\n\
طريقة تنظيف شاشة اللابتوب بدون خدوش\n\
لاحظت أن شاشة جهازي امتلأت بالبقع والغبار، وجربت مسحها بمنديل ورقي فتركت آثارا أكثر، فهل هناك طريقة آمنة لتنظيفها؟\n\
رد مع اقتباس\n\
#2\n\
03-14-2023, 10:15 PM\n\
أبو فهد\n\
أفضل طريقة هي إطفاء الجهاز أولا، ثم استخدام قطعة قماش من الألياف الدقيقة مبللة قليلا بالماء المقطر دون أي منظف.\n\
امسح بحركات دائرية خفيفة دون ضغط، ثم اترك الشاشة تجف تماما قبل تشغيل الجهاز مرة أخرى.\n";
    let date = |page: &str| {
        let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
        s.meta.date
    };
    assert_eq!(date(page).as_deref(), Some("2023-03-14T21:41"));
    // With no stamp above, the one under the first paragraph is the article's.
    let unstamped = page.replace("03-14-2023, 09:41 PM\n", "");
    assert_eq!(date(&unstamped).as_deref(), Some("2023-03-14T22:15"));
}

#[test]
fn a_name_on_the_line_of_its_date_may_stand_further_from_the_article() {
    let authors = |page: &str| crate::strip(page, &StripConfig::default()).meta.authors;
    let page = |gap: usize, byline: &str| {
        format!(
            "Home › News › Politics\n{byline}\n{}The council approved the plan on Tuesday after a debate that lasted most of the night and ended in a vote.\n\
Members said the harbour would be rebuilt over the next five years, starting with the northern quay.\n\
The work will start with the northern quay and go on to the southern docks in the following years.\n",
            "Share\nComment\nvideo\n".repeat(gap / 3)
        )
    };
    let dated = "Jane MillsPublished Jul 17, 2024, 11:21am";
    assert_eq!(authors(&page(9, dated)), ["Jane Mills"]);
    // A name alone on its line that far from the article is no byline.
    assert!(authors(&page(9, "Jane Mills\nJul 17, 2024, 11:21am")).is_empty());
    // Nor a dated name further still.
    assert!(authors(&page(15, dated)).is_empty());
}

#[test]
fn a_name_stamped_with_a_relative_time_or_glued_to_its_opener_is_the_byline() {
    let page = |byline: &str| {
        format!(
            "Harbour plan approved after long debate\n{byline}\n\
The council approved the plan on Tuesday after a debate that lasted most of the night and ended in a vote.\n\
Members said the harbour would be rebuilt over the next five years, starting with the northern quay.\n"
        )
    };
    for byline in [
        "Maria Lopez|Published 15 hours ago",
        "Maria Lopez2 minutes ago",
        "byMaria Lopez",
    ] {
        assert_eq!(
            decisions(&page(byline)).1.authors,
            ["Maria Lopez"],
            "{byline}"
        );
    }
    // A date label and an abbreviated weekday before a glued date are no name.
    let stamp = page("Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago");
    assert!(decisions(&stamp).1.authors.is_empty());
    let before =
        crate::byline::before_date("Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago");
    assert!(!crate::byline::surely_a_name(before), "{before}");
    let arabic = "الحكومة تقر خطة جديدة لتطوير الميناء\n\
محمد منصور|منذ 3 ساعات\n\
أعلن وزير النقل أن الحكومة أقرت خطة لتطوير الميناء خلال السنوات الخمس المقبلة بعد نقاش طويل.\n\
وقال الوزير إن العمل سيبدأ في الرصيف الشمالي قبل نهاية العام الجاري بحسب الخطة المعلنة.\n";
    assert_eq!(decisions(arabic).1.authors, ["محمد منصور"]);
    // A weekday glued to the name by inline tags is the date's.
    for byline in [
        "كتب: محمود عبد الرحمنالأربعاء 04/ديسمبر/2024 - 09:45 م",
        "كتب: محمود عبد الرحمنالأربعاء، 04 ديسمبر 2024",
    ] {
        let glued = arabic.replacen("محمد منصور|منذ 3 ساعات", byline, 1);
        assert_eq!(
            decisions(&glued).1.authors,
            ["محمود عبد الرحمن"],
            "{byline}"
        );
    }
}

#[test]
fn an_opinion_page_gives_its_headline_and_writer_not_its_section_or_the_writers_bio() {
    // With the bundled model, as a user runs it.
    let page = "مقالات الرأي | موقع المثال\n\
الرئيسية\n\
مقالات\n\
الأحد، 29 نوفمبر 2026 - 08:00 م\n\
الاقتصاد الرقمي وفرص الشباب\n\
د. سامي الخطيب\n\
يتحدث الجميع اليوم عن الاقتصاد الرقمي، لكن قليلين يسألون عن موقع الشباب العربي فيه.\n\
فالأرقام تقول إن أكثر من نصف سكان المنطقة تحت سن الثلاثين، وهي ثروة لم نحسن استثمارها بعد.\n\
لقد تغيرت طبيعة الوظائف خلال عقد واحد، وأصبحت المهارات الرقمية شرطا لا ترفا.\n\
المطلوب ليس مزيدا من الشعارات، بل برامج تدريب حقيقية ترتبط بسوق العمل وتقيس نتائجها.\n\
الكاتب أستاذ الاقتصاد في جامعة القاهرة\n\
© 2026 جميع الحقوق محفوظة\n";
    let s = crate::strip(page, &StripConfig::default());
    assert_eq!(s.meta.title.as_deref(), Some("الاقتصاد الرقمي وفرص الشباب"));
    assert_eq!(s.meta.authors, ["د. سامي الخطيب"]);
    assert!(
        !s.lines[5].keep,
        "the writer's name is no text of the article"
    );
    // A label of a script without case, with no colon, opens a byline only before a given name.
    assert!(crate::byline::byline_authors("الكاتب أستاذ الاقتصاد في جامعة القاهرة").is_none());
    assert_eq!(
        crate::byline::byline_authors("الكاتب محمد السيد").as_deref(),
        Some(&["محمد السيد".to_string()][..])
    );
    assert_eq!(
        crate::byline::byline_authors("الكاتب: سامي الخطيب").as_deref(),
        Some(&["سامي الخطيب".to_string()][..])
    );
}

#[test]
fn a_dateline_that_goes_on_to_its_byline_names_the_author() {
    let names = |line: &str| crate::byline::dated_byline(line);
    assert_eq!(
        names("نشر في 12 مايو 2024 بواسطة محمد علي").as_deref(),
        Some(&["محمد علي".to_string()][..])
    );
    assert_eq!(
        names("Posted on December 20, 2025 by Jean Aufranc").as_deref(),
        Some(&["Jean Aufranc".to_string()][..])
    );
    // A relative time is a dated part too.
    assert_eq!(
        names("منذ 3 ساعات - بقلم سارة أحمد").as_deref(),
        Some(&["سارة أحمد".to_string()][..])
    );
    // A byline's label after the date, as a page sets them apart by a wide gap only.
    assert_eq!(
        names("2023/07/24 الكاتب :د. سامي الخطيب").as_deref(),
        Some(&["د. سامي الخطيب".to_string()][..])
    );
    let page =
        format!("قواعد النشر العلمي\n2023/07/24   الكاتب :د. سامي الخطيب\n{BODY}\n{BODY} وأضاف.\n");
    assert_eq!(decisions(&page).1.authors, ["د. سامي الخطيب"]);
    // A label with its colon glued to it, glued to the stamp's time as inline tags leave them.
    assert_eq!(
        names("سه‌شنبه ۱۸ آذر ۱۴۰۴ - ۱۰:۲۵خبرنگار: مریم احمدی").as_deref(),
        Some(&["مریم احمدی".to_string()][..])
    );
    assert_eq!(
        names("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde").as_deref(),
        Some(&["Clarissa Borba".to_string()][..])
    );
    // An opener before any date, or words that only look like one, name no one.
    assert_eq!(names("By the river, 12 May 2024"), None);
    assert_eq!(
        names("Updated 12 May 2024 by clicking here you agree"),
        None
    );
}

#[test]
fn a_day_and_month_without_a_year_is_a_dateline_beside_the_byline() {
    let page = format!(
        "Home\nMarkets\nCouncil approves the harbour plan after a long night\n\
Jane Holloway\nMonday 5 August at 14:47\n{ARTICLE}"
    );
    let (d, meta) = decisions(&page);
    // Lines: Home, Markets, the headline, the name, the stamp.
    assert_eq!(d[4], (false, Reason::Dateline));
    assert_eq!(meta.authors, ["Jane Holloway"]);
    // It names no day of a year.
    assert_eq!(meta.date, None);
    let arabic = format!("{BODY}\nالأحد 5 أغسطس الساعة 14:47\n{BODY} وأضاف.\n");
    assert_eq!(decisions(&arabic).0[1].1, Reason::Dateline);
}

#[test]
fn a_poll_between_the_paragraphs_is_the_pages_widget() {
    let page = format!(
        "{BODY}\nبه نظر شما قیمت نان در ماه‌های آینده افزایش می‌یابد؟\nبله\nخیر\nنظری ندارم\nثبت رای\nمشاهده نتایج\n{BODY} وأضاف.\n"
    );
    let (d, _) = decisions(&page);
    for (line, decision) in d.iter().enumerate().take(7).skip(1) {
        assert_eq!(*decision, (false, Reason::Ui), "line {line}");
    }
    assert!(d[7].0);
    // A question the article asks, with no options under it, stays; so do short lines with no button.
    let asked = format!("{BODY}\nهل تتوقع استمرار ارتفاع الأسعار؟\n{BODY} وأضاف.\nتصويت\n");
    assert_ne!(decisions(&asked).0[1].1, Reason::Ui);
}

#[test]
fn a_headline_the_title_rewrote_beats_the_titles_words_in_a_tag_below() {
    // The page's title is the site's rewording of the headline; "Harbour Plan" below the article is a
    // tag that the title holds whole.
    let page = format!(
        "Town Council Backs Harbour Plan After Night Vote - Example News\nHome\nPolitics\n\
The council approves the harbour plan after a long night of debate\nBy\nJane Holloway\n\
2025-03-29T11:36:01Z\nShare\nFacebook\nEmail\nSave\nRead in app\n{ARTICLE}\nHarbour Plan\nRead next\n"
    );
    // The bundled model, which drops the menu above the headline and the buttons under it.
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    let meta = s.meta;
    assert_eq!(
        meta.title.as_deref(),
        Some("The council approves the harbour plan after a long night of debate")
    );
}

#[test]
fn the_pages_title_naming_site_and_section_is_no_signature() {
    let page = format!("جريدة الصباح الجديد - مقالات الرأي\n{BODY}\n{BODY} وأضاف.\n");
    let (d, meta) = decisions(&page);
    assert_ne!(d[0].1, Reason::Byline);
    assert!(meta.authors.is_empty());
    // Further down, the same shape signs the article.
    let signed = format!("{BODY}\n{BODY} وأضاف.\nوكالة - سامي الخطيب\n");
    assert_eq!(decisions(&signed).1.authors, ["سامي الخطيب"]);
}

#[test]
fn a_tickers_item_between_paragraphs_is_a_link_to_another_story() {
    let ticker = |line: &str| crate::lexicon::is_ticker_item(&fold(line));
    assert!(ticker("عاجل| ارتفاع منسوب المياه في بحيرة ناصر"));
    assert!(ticker("خبر فوری: افزایش قیمت بنزین"));
    assert!(ticker("Breaking: Council approves the harbour plan"));
    // A sentence that opens with the word, or the label alone, is none.
    assert!(!ticker("عاجل ما يحدث في المنطقة."));
    assert!(!ticker("عاجل"));
    assert!(!ticker("Breaking: the council approved the plan."));
    let page = format!("{BODY}\nعاجل| ارتفاع منسوب المياه في بحيرة ناصر\n{BODY} وأضاف.\n");
    assert_eq!(decisions(&page).0[1], (false, Reason::Ui));
}

#[test]
fn a_section_label_under_the_headline_that_the_menu_holds_is_no_writer() {
    for (under, authors) in [("شؤون عربية", vec![]), ("أحمد الخطيب", vec!["أحمد الخطيب"])]
    {
        let page = format!(
            "ارتفاع أسعار النفط - موقع الأخبار\nالرئيسية\nسياسة\nشؤون عربية\n\
ارتفاع أسعار النفط في الأسواق العالمية\n{under}\nالأربعاء 2 ديسمبر 2026\n{BODY}\n{BODY} وأضاف.\n"
        );
        let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
        assert_eq!(s.meta.authors, authors, "{under}");
    }
}

#[test]
fn long_lines_of_running_text_end_their_sentence_on_an_arabic_page_that_sets_no_stops() {
    let unstopped = BODY.trim_end_matches('.');
    let menu = "الرئيسية أخبار رياضة اقتصاد ثقافة فنون منوعات صحة تكنولوجيا سيارات سياحة";
    for (page, ends) in [
        // Most long lines end with no stop: each line of running text ends its sentence, a menu not.
        (
            format!("{unstopped}\n{unstopped}\n{unstopped}\n{menu}\n"),
            vec![true, true, true, false],
        ),
        // Most end with one: a line with no stop stays open.
        (
            format!("{BODY}\n{BODY}\n{unstopped}\n{menu}\n"),
            vec![true, true, false, false],
        ),
    ] {
        let mut folded = String::new();
        let lines = Line::split(&page, &mut folded);
        let got: Vec<bool> = lines[..4].iter().map(|l| l.ends_sentence).collect();
        assert_eq!(got, ends, "{page}");
    }
    // Wrapped text, whose stops fall inside its lines, is left as it is.
    let wrapped = format!("{BODY} {unstopped}");
    let page = format!("{wrapped}\n{wrapped}\n{wrapped}\n");
    let mut folded = String::new();
    assert!(Line::split(&page, &mut folded)
        .iter()
        .all(|l| !l.ends_sentence));
    // Persian and Urdu sentences end on their verb, an auxiliary among the function words ("است",
    // "ہے"): a line ending on one ends its sentence there, not mid-sentence.
    for (lines, last_line) in [
        (
            [
                "مدیرکل راهداری استان از مسدود شدن راه ارتباطی بیش از دویست روستا در پی بارش برف خبر داده است",
                "وی گفت که گروه‌های راهداری از شب گذشته در حال بازگشایی مسیرها هستند و تا عصر کار ادامه دارد",
                "بر اساس پیش‌بینی هواشناسی بارش برف تا پایان هفته در ارتفاعات استان ادامه خواهد داشت",
            ],
            "استفاده از مطالب این سایت با ذکر منبع آزاد است",
        ),
        (
            [
                "وفاقی حکومت نے آئندہ پندرہ روز کے لیے پٹرول کی قیمت میں پانچ روپے فی لیٹر کمی کا اعلان کر دیا ہے",
                "وزارت خزانہ کی جانب سے جاری نوٹیفکیشن کے مطابق ہائی اسپیڈ ڈیزل کی قیمت میں بھی کمی کی گئی ہے",
                "حکام کا کہنا ہے کہ عالمی منڈی میں تیل کی قیمتوں میں کمی کا فائدہ عوام تک پہنچایا جا رہا ہے",
            ],
            "ادارے کا کالم نگار کی رائے سے متفق ہونا ضروری نہیں",
        ),
    ] {
        let page = format!("{}\n{last_line}\n", lines.join("\n"));
        let mut folded = String::new();
        let split = Line::split(&page, &mut folded);
        assert!(split[..3].iter().all(|l| l.ends_sentence), "{page}");
    }
    // A page in Latin script that ends its long lines with no stop is left as it is.
    let teaser =
        "The council approves the harbour plan after a long night of debate in the town hall";
    let page = format!("{teaser}\n{teaser}\n{teaser}\n");
    let mut folded = String::new();
    assert!(Line::split(&page, &mut folded)
        .iter()
        .all(|l| !l.ends_sentence));
}

#[test]
fn a_list_over_a_short_story_that_sets_no_stops_ends_at_its_headline() {
    let unstopped = BODY.trim_end_matches('.');
    let page = format!(
        "الأكثر قراءة\n         انفجار قوي يهز العاصمة صباح اليوم\n         ارتفاع أسعار الوقود في الأسواق المحلية\n         زلزال بقوة 5.2 درجة يضرب جنوب البلاد\n         الجمعة 06 ديسمبر 2024 - 10:12 ص\n         {unstopped}\n         وأوضح المركز أن مركز الزلزال كان على عمق عشرة كيلومترات وشعر به سكان عدة مدن في المنطقة\n"
    );
    let (d, meta) = decisions(&page);
    assert_eq!(d[..3], [(false, Reason::RelatedBlock); 3], "{d:?}");
    assert!(d[5].0 && d[6].0, "{d:?}");
    assert_eq!(
        meta.title.as_deref(),
        Some("زلزال بقوة 5.2 درجة يضرب جنوب البلاد")
    );
}

#[test]
fn a_word_the_conjunction_joins_opens_running_text_not_a_headline() {
    for (text, joined) in [
        ("وأضاف الوزير أن الخطة ستنفذ", true),
        ("وبحسب البيان فإن العمل مستمر", true),
        ("وتحرر المحضر اللازم", true),
        ("ويرى المحللون أن الأسعار سترتفع", true),
        // "و" is the word's own letter: headlines open so.
        ("وزير الخارجية يلتقي نظيره الفرنسي", false),
        ("ولي العهد يستقبل رئيس الوزراء", false),
        ("واشنطن تفرض عقوبات جديدة", false),
        ("وفاة الفنان الكبير عن عمر 80 عاما", false),
        // Too short to be a word after the conjunction; Latin text.
        ("وب", false),
        ("Wall Street rallies", false),
    ] {
        assert_eq!(opens_with_conjunction(text), joined, "{text}");
    }
    // Three short paragraphs that conjunctions open are no list of headlines.
    let page = format!(
        "{BODY}\nوأضاف أن المفاوضات ستستأنف قريبا\nوتابع أن الوفد سيزور العاصمة\nوبين أن الاتفاق بات وشيكا\n{BODY}\n"
    );
    let (d, _) = decisions(&page);
    assert!(
        d[1..4].iter().all(|(_, r)| *r != Reason::HeadlineList),
        "{d:?}"
    );
}

#[test]
fn a_writers_role_under_the_headline_is_no_headline() {
    let page = format!(
        "عنوان - موقع\nالرئيسية\nارتفاع أسعار النفط في الأسواق العالمية\nمحرر الشؤون الاقتصادية\n\
الأربعاء 2 ديسمبر 2026\n{BODY}\n{BODY} وأضاف.\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("ارتفاع أسعار النفط في الأسواق العالمية")
    );
}

#[test]
fn a_related_heading_inside_the_article_ends_where_two_paragraphs_follow() {
    let page = format!(
        "{BODY}\n{BODY} وأضاف.\nمقالات ذات صلة\nوزير الخارجية يلتقي نظيره الفرنسي\n{BODY} وتابع.\n{BODY} وختم.\n"
    );
    let (d, _) = decisions(&page);
    assert_eq!(d[2].1, Reason::RelatedBlock);
    assert_eq!(d[3].1, Reason::RelatedBlock);
    assert!(d[4].0 && d[5].0, "{d:?}");
    // A question as long as a headline, then its summary, is a teaser, not the article going on.
    let teasers = format!(
        "{BODY}\n{BODY} وأضاف.\nمقالات ذات صلة\nهل تنجح المفاوضات الجارية في العاصمة في إنهاء الأزمة المستمرة منذ سنوات؟\n{BODY}\nالقاهرة\n"
    );
    let (d, _) = decisions(&teasers);
    assert!(
        d[3..6].iter().all(|(_, r)| *r == Reason::RelatedBlock),
        "{d:?}"
    );
}

#[test]
fn a_readers_comment_dates_the_article_only_when_nothing_else_does() {
    let comments =
        "التعليقات\nأحمد\n12 نوفمبر 2026 - 10:15\nمقال مفيد جدا، شكرا للكاتب على هذا التحليل.\n";
    // The page's clock above the headline is far, the comment's date near: the clock still wins.
    let page = format!(
        "الأربعاء 2 ديسمبر 2026\nالرئيسية\nارتفاع أسعار النفط في الأسواق العالمية\n{BODY}\n{BODY} وأضاف.\n{comments}"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.date.as_deref(), Some("2026-12-02"));
    // With no other date on the page, the comment's day is the best guess there is.
    let page = format!(
        "الرئيسية\nارتفاع أسعار النفط في الأسواق العالمية\n{BODY}\n{BODY} وأضاف.\n{comments}"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.date.as_deref(), Some("2026-11-12T10:15"));
    // A blog's byline dates and signs the article, however its line ends.
    let page = format!(
        "ارتفاع أسعار النفط في الأسواق العالمية\nنشرت بواسطة سارة الخطيب في 18 مارس 2024 · 12 تعليقا\n\
         {BODY}\n{BODY} وأضاف.\n{comments}"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.date.as_deref(), Some("2024-03-18"));
    assert_eq!(s.meta.authors, ["سارة الخطيب"]);
}

#[test]
fn the_writers_note_under_the_last_paragraph_is_no_article() {
    for (note, kept) in [
        ("كاتب وأكاديمي، أستاذ العلوم السياسية بجامعة القاهرة", false),
        ("Journalist and author based in Cairo", false),
        // A line that opens otherwise stays the model's to judge (kept here).
        ("وأكد أن الحوار مستمر بين الطرفين", true),
    ] {
        let page = format!("{BODY}\n{BODY} وأضاف.\n{note}\n");
        let (d, _) = decisions(&page);
        assert_eq!(d[2].0, kept, "{note}: {d:?}");
    }
}

#[test]
fn the_writers_box_goes_with_its_heading_or_under_the_writers_name() {
    let model = |page: &str| {
        strip_with_model(page, &StripConfig::default(), None, LineModel::bundled())
            .lines
            .into_iter()
            .map(|d| d.reason)
            .collect::<Vec<_>>()
    };
    let article = "هل تنجح الدبلوماسية المائية في حوض النيل؟\nد. سامر العلي\n02 ديسمبر 2024\n\
        لم يعد الخلاف حول مياه النهر شأناً فنياً يخص المهندسين وحدهم، بل صار جزءاً من حسابات الأمن القومي.\n\
        وتكشف جولات التفاوض المتعثرة أن المشكلة ليست في غياب الحلول الفنية، وإنما في انعدام الثقة بين الأطراف.\n";
    let note = "د. سامر العلي أستاذ العلاقات الدولية في جامعة القاهرة، وله عدة كتب في قضايا المياه والأمن الإقليمي.";
    // Under its heading, in any of the languages the lexicon holds.
    for heading in ["عن الكاتب", "نبذة عن الكاتبة", "درباره نویسنده"]
    {
        let r = model(&format!(
            "{article}{heading}\n{note}\n© 2024 جميع الحقوق محفوظة\n"
        ));
        assert_eq!(&r[5..7], &[Reason::AuthorBox; 2], "{heading}: {r:?}");
        assert_eq!(r[4], Reason::Content, "{r:?}");
    }
    // With no heading, the last paragraph that opens with the byline's name.
    let r = model(&format!("{article}{note}\n"));
    assert_eq!(r[5], Reason::AuthorBox, "{r:?}");
    // A last paragraph that only names someone else stays.
    let r = model(&format!(
        "{article}{}\n",
        note.replace("سامر العلي", "خالد حسن")
    ));
    assert_eq!(r[5], Reason::Content, "{r:?}");
}

#[test]
fn the_headline_block_over_a_byline_is_no_list_of_links() {
    // A section's label, a headline and its subtitle stacked over the writer's name and the date: three
    // headline-shaped lines, but an article follows them.
    let page = "فرهنگ و هنر\nگفت‌وگو با کارگردان فیلم «باغ انار»\nساخت این فیلم هفت سال طول کشید\nمریم کریمی\n\
        سه‌شنبه ۱۳ آذر ۱۴۰۳ ساعت ۱۶:۳۰\n\
        فیلم «باغ انار» که این روزها در جشنواره‌ها دیده می‌شود، داستان خانواده‌ای روستایی را روایت می‌کند که پس از خشکسالی مهاجرت می‌کنند.\n\
        پیدا کردن سرمایه سخت‌ترین بخش کار بود و بیشتر تهیه‌کنندگان فکر می‌کردند فیلمی درباره روستا مخاطب ندارد.\n";
    let (d, _) = decisions(page);
    assert!(d[..3].iter().all(|x| x.1 != Reason::HeadlineList), "{d:?}");
    // The same three lines over nothing but more headlines are a list.
    let list = "فرهنگ و هنر\nگفت‌وگو با کارگردان فیلم «باغ انار»\nساخت این فیلم هفت سال طول کشید\n\
        نمایشگاه عکس «زمین تشنه» افتتاح شد\n";
    let (d, _) = decisions(list);
    assert!(d[..4].iter().all(|x| x.1 == Reason::HeadlineList), "{d:?}");
}

#[test]
fn a_list_of_facts_and_figures_is_no_list_of_headlines() {
    // Each line a label and its figure: two words of letters, not a headline's three.
    let facts = "نمایشگر: ۶.۶ اینچ\nباتری: ۶۰۰۰ میلی‌آمپرساعت\nحافظه: ۱۲۸ گیگابایت\n";
    let (d, _) = decisions(facts);
    assert!(d.iter().all(|x| x.1 != Reason::HeadlineList), "{d:?}");
    let headlines =
        "افزایش قیمت خودرو در بازار\nبورس تهران امروز سبز شد\nقیمت دلار در بازار آزاد کاهش یافت\n";
    let (d, _) = decisions(headlines);
    assert!(d[..3].iter().all(|x| x.1 == Reason::HeadlineList), "{d:?}");
}

#[test]
fn the_reading_time_and_a_desk_before_its_date_are_no_text() {
    for (line, reason) in [
        ("زمان مطالعه: ۳ دقیقه", Reason::Ui),
        ("زمن القراءة: 4 دقائق", Reason::Ui),
        ("5 min read", Reason::Ui),
        // A date on the line makes it a dateline, whatever else it says.
        ("Published Jun 05, 2026 • 3 minute read", Reason::Dateline),
        // A desk's name before the date, set apart by spaces, signs the piece as on a line of its own.
        ("ویب ڈیسک  جمعرات 5 دسمبر 2024", Reason::Byline),
    ] {
        let page = format!("{line}\n{BODY}\n");
        let (d, _) = decisions(&page);
        assert_eq!(d[0].1, reason, "{line}: {d:?}");
    }
    let page =
        format!("خبر عن الطقس في المدينة\nویب ڈیسک  جمعرات 5 دسمبر 2024\n{BODY}\n{BODY} وأضاف.\n");
    assert_eq!(decisions(&page).1.authors, ["ویب ڈیسک"]);
    for (line, desk) in [
        ("فريق التحرير 6 ديسمبر 2026", "فريق التحرير"),
        ("تحریریه ۱۶ آذر ۱۴۰۵", "تحریریه"),
    ] {
        let page = format!("خبر عن الطقس في المدينة\n{line}\n{BODY}\n{BODY} وأضاف.\n");
        assert_eq!(decisions(&page).1.authors, [desk], "{line}");
    }
    // So does one glued to its date, as inline tags leave them.
    let page = format!(
        "خبر عن الطقس في المدينة\nویب ڈیسک07 دسمبر 2026(10:45 am)\n{BODY}\n{BODY} وأضاف.\n"
    );
    let (d, meta) = decisions(&page);
    assert_eq!(
        (d[1].1, meta.authors),
        (Reason::Byline, vec!["ویب ڈیسک".to_string()])
    );
    // A writer's name there is a byline, and the writer is the author.
    let page =
        format!("خبر عن الطقس في المدينة\nمحمد علي  الخميس 5 ديسمبر 2024\n{BODY}\n{BODY} وأضاف.\n");
    let s = strip(&page, &StripConfig::default());
    assert_eq!(s.lines[1].reason, Reason::Byline, "{:?}", s.lines);
    assert_eq!(s.meta.authors, ["محمد علي"]);
    // Or a family name that is a father's given name, before a date in Latin letters.
    let page =
        format!("خبر عن الطقس في المدينة\nعلیم احمد December 29, 2017\n{BODY}\n{BODY} وأضاف.\n");
    let s = strip(&page, &StripConfig::default());
    assert_eq!(s.lines[1].reason, Reason::Byline, "{:?}", s.lines);
    assert_eq!(s.meta.authors, ["علیم احمد"]);
    // A headline that speaks of minutes of reading holds more words than a label and a unit.
    for headline in [
        "امام‌جمعه شهر: طلاب روزانه ۷۵دقیقه مطالعه دارند",
        "Why a 5 min read beats a long report for busy managers",
    ] {
        assert!(!lexicon::is_reading_time(&fold(headline)), "{headline}");
    }
    assert!(lexicon::is_reading_time(&fold(
        "Stand: 20:03 Uhr | Lesedauer: 4 Minuten"
    )));
}

#[test]
fn a_number_a_rule_took_for_the_uis_is_no_page_title_and_a_latin_banner_names_no_writer() {
    // Text scraped without its `<title>` may open with the article's number.
    let page =
        format!("کد خبر: ۵۶۰۸۴۶\nتاریخ انتشار: ۱۵:۲۸ - ۲۰ مرداد ۱۳۹۸\n{BODY}\n{BODY} وأضاف.\n");
    let s = strip(&page, &StripConfig::default());
    assert_eq!(s.lines[0].reason, Reason::Ui, "{:?}", s.lines);
    assert_eq!(s.meta.title, None);
    // Among an Arabic-script article's paragraphs, a name in Latin letters under an ad's heading is a
    // banner's; above them, right under the headline, it is the writer's.
    let banner = format!(
        "خبر عن الطقس في المدينة\nالخميس 5 ديسمبر 2024\n{BODY}\nإعلانات الموقع\nHEIDARI SAMAN\n\
         {BODY} وأضاف.\n{BODY} وأشار.\n"
    );
    let s = strip(&banner, &StripConfig::default());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
    let writer =
        format!("خبر عن الطقس في المدينة\nJane Roe\nالخميس 5 ديسمبر 2024\n{BODY}\n{BODY} وأضاف.\n");
    let s = strip(&writer, &StripConfig::default());
    assert_eq!(s.meta.authors, ["Jane Roe"]);
}

#[test]
fn recommendations_between_the_paragraphs_are_a_related_block() {
    let page = format!(
        "{BODY}\nترشيحات\nمصرع شاب في حادث تصادم بالطريق الدائري\nبدء محاكمة المتهمين بقضية الآثار\n\
         وكانت بلاغات عدة قد وردت إلى أقسام الشرطة من مواطنين بسرقة سياراتهم أثناء ركنها ليلا في الشوارع.\n\
         وبمواجهة المتهمين اعترفوا بارتكاب الوقائع، وتحرر المحضر اللازم وتولت النيابة العامة التحقيق معهم.\n"
    );
    let (d, _) = decisions(&page);
    assert!(d[1..4].iter().all(|x| x.1 == Reason::RelatedBlock), "{d:?}");
    assert!(d[4].0 && d[5].0, "{d:?}");
}

#[test]
fn a_place_and_its_quoted_source_by_the_date_is_a_dateline() {
    let page = format!(
        "\"أدنوك\" توقع اتفاقية لتوريد الغاز المسال إلى اليابان\nأبوظبي: «الخليج اليوم»\n4 ديسمبر 2024\n{BODY}\n"
    );
    let (d, _) = decisions(&page);
    assert_eq!(d[1].1, Reason::Dateline, "{d:?}");
    // The same shape among headlines quotes someone.
    let list =
        "ترامب: «لن نتراجع»\nارتفاع أسعار النفط في الأسواق العالمية\nافتتاح معرض الكتاب الدولي\n";
    let (d, _) = decisions(list);
    assert_ne!(d[0].1, Reason::Dateline, "{d:?}");
}

#[test]
fn the_role_under_a_labelled_byline_is_part_of_it() {
    let page = format!(
        "پاکستان میں پولیو کے کیسز میں اضافہ\nمضمون کی تفصیل\nمصنف, سحر بلوچ\nعہدہ, بی بی سی اردو، اسلام آباد\n4 دسمبر 2024\n{BODY}\n{BODY} وأضاف.\n"
    );
    let s = strip(&page, &StripConfig::default());
    let reasons: Vec<Reason> = s.lines.iter().map(|d| d.reason).collect();
    assert_eq!(
        &reasons[1..5],
        &[Reason::Ui, Reason::Byline, Reason::Byline, Reason::Dateline]
    );
    assert_eq!(s.meta.authors, ["سحر بلوچ"]);
}

#[test]
fn the_article_goes_on_after_an_embedded_post() {
    let page = "محمد صلاح يقود ليفربول لفوز صعب على نيوكاسل\nبقلم: عمر حسين\nنشر في 4 ديسمبر 2024\n\
        قاد النجم المصري محمد صلاح فريقه ليفربول إلى فوز صعب على نيوكاسل بنتيجة 3-2، بعدما سجل هدفين وصنع الثالث.\n\
        واحتفى حساب النادي على منصة إكس بصلاح بعد المباراة، ونشر صورة له مع تعليق قصير:\n\
        The Egyptian King pic.twitter.com/AbCdEf123\n\
        — Liverpool FC (@LFCArabic) December 4, 2024\n\
        وبهذا الفوز عزز ليفربول صدارته لجدول ترتيب الدوري الإنجليزي بفارق تسع نقاط عن أقرب ملاحقيه.\n\
        وقال مدرب الفريق في المؤتمر الصحفي إن صلاح يعيش أفضل فتراته، وإن الفريق يحتاج إلى مواصلة التركيز.\n\
        آخر مقالات الكاتب\nريال مدريد يتعثر أمام أتلتيكو\nبرشلونة يعلن إصابة نجمه الشاب\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    let kept: Vec<usize> = s.lines.iter().filter(|d| d.keep).map(|d| d.line).collect();
    assert_eq!(kept, [1, 4, 5, 8, 9], "{:?}", s.lines);
}

#[test]
fn metadata_is_plain_text_without_the_pages_invisible_marks() {
    let page = format!(
        "\u{200F}البنك\u{a0}المركزي يثبت أسعار\u{a0}\u{a0}الفائدة\nبقلم:\u{a0}خالد\u{200E} عبد الله\n{BODY}\n{BODY} وأضاف.\n"
    );
    let s = strip(&page, &StripConfig::default());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("البنك المركزي يثبت أسعار الفائدة")
    );
    assert_eq!(s.meta.authors, ["خالد عبد الله"]);
    // Persian spells words with the zero-width non-joiner: it stays.
    assert_eq!(
        super::plain_text("گفت\u{200C}وگو\u{200F} با"),
        "گفت\u{200C}وگو با"
    );
}

#[test]
fn cards_of_other_articles_with_their_stamps_are_a_related_block() {
    let article = "ارتفاع صادرات المغرب من الفوسفات\nالأربعاء 4 دجنبر 2024 - 11:20\n\
        سجلت صادرات المغرب من الفوسفات ومشتقاته ارتفاعا بنسبة 18 في المائة خلال الأشهر العشرة الأولى من السنة.\n\
        وأوضحت المعطيات أن قيمة هذه الصادرات بلغت أزيد من 70 مليار درهم، مدفوعة بارتفاع الطلب على الأسمدة.\n\
        ويرى خبراء أن المغرب يستفيد من موقعه بوصفه أكبر مالك لاحتياطيات الفوسفات في العالم.\n";
    let cards = "الحكومة تصادق على مشروع قانون المالية\nصادق مجلس الحكومة على مشروع قانون المالية للسنة المقبلة بعد نقاش مطول.\nمنذ ساعتين\n\
        بنك المغرب يخفض سعر الفائدة الرئيسي\nقرر مجلس بنك المغرب خفض سعر الفائدة الرئيسي بربع نقطة مئوية.\nمنذ 5 ساعات\n\
        ارتفاع عدد السياح الوافدين على المملكة\nاستقبل المغرب أكثر من 14 مليون سائح منذ بداية السنة الجارية.\nمنذ يوم\n";
    let s = strip_with_model(
        &format!("{article}{cards}"),
        &StripConfig::default(),
        None,
        LineModel::bundled(),
    );
    let kept: Vec<usize> = s.lines.iter().filter(|d| d.keep).map(|d| d.line).collect();
    assert_eq!(kept, [1, 3, 4, 5], "{:?}", s.lines);
    // Live coverage stamps its entries alike, but none opens with a headline: they stay.
    let live =
        "18:40\nقال الجيش إن وحداته انتشرت في ثلاث بلدات حدودية جديدة في إطار الخطة المتفق عليها.\n\
        17:55\nأفادت مصادر محلية بسقوط قذيفتين على أطراف بلدة حدودية دون وقوع إصابات بين السكان.\n\
        17:10\nأعلنت وزارة الصحة أن حصيلة الغارات منذ الصباح بلغت أربعة قتلى وعشرة جرحى.\n";
    let s = strip_with_model(
        &format!("{article}{live}"),
        &StripConfig::default(),
        None,
        LineModel::bundled(),
    );
    assert!(
        s.lines[5..]
            .iter()
            .filter(|d| d.line % 2 == 1)
            .all(|d| d.keep),
        "{:?}",
        s.lines
    );
}

#[test]
fn a_prompt_written_as_a_sentence_is_a_prompt() {
    for line in [
        "حمّل تطبيق الموقع الآن على متجر جوجل بلاي وآب ستور لتصلك آخر الأخبار والتحليلات الاقتصادية لحظة بلحظة أينما كنت.",
        "هل أعجبك هذا المقال؟ اشترك في نشرتنا الاقتصادية الأسبوعية لتصلك أهم الأخبار مباشرة إلى بريدك الإلكتروني كل يوم أحد.",
        "Sign up for our daily newsletter to receive the best stories from the magazine in your inbox.",
        // A call to open an account or to log in before reading or replying.
        "أنشئ حسابا أو سجل الدخول لمتابعة قراءة المقال والتعليق عليه والمشاركة في النقاش مع القراء.",
        "Create an account or sign in to continue with your reading experience and join the conversation.",
        "Sign in to see price",
        "برای ادامه وارد شوید یا ثبت نام کنید",
        // The site's own app, "our app".
        "تابع آخر الأخبار عبر تطبيقنا",
    ] {
        let (d, _) = decisions(&format!("{line}\n"));
        assert_eq!(d[0].1, Reason::Prompt, "{line}");
    }
    // One call alone, or app stores named in the news, is a sentence of the article.
    for line in [
        "أعلنت الشركة عن تطبيق جديد متاح على جوجل بلاي وآب ستور يتيح للمستخدمين دفع فواتيرهم من هواتفهم.",
        "ودعا الوزير المواطنين إلى متابعة الإعلانات الرسمية وعدم الالتفات إلى الشائعات المنتشرة على وسائل التواصل.",
    ] {
        let (d, _) = decisions(&format!("{line}\n"));
        assert_ne!(d[0].1, Reason::Prompt, "{line}");
    }
}

#[test]
fn a_prompt_glued_into_the_articles_sentence_leaves_it_text() {
    // An extractor glued the call into a paragraph's line: the line is the article's still.
    let line = "وقال الباحث إن الهجمات على المطار والسوق اشترك في قائمتنا البريدية للحصول على التحديثات الجديدة.";
    let (d, _) = decisions(&format!("{line}\n"));
    assert_ne!(d[0].1, Reason::Prompt, "{d:?}");
}

#[test]
fn a_writers_role_is_no_part_of_the_name_and_a_correspondents_line_is_a_byline() {
    let page = |line: &str| {
        format!("عنوان خبر مهم اليوم في القاهرة عن الاقتصاد\n{line}\n{BODY}\n{BODY} وأضاف.\n")
    };
    let s = strip(
        &page("بقلم الكاتب الصحفي محمود سعد"),
        &StripConfig::default(),
    );
    assert_eq!(s.meta.authors, ["محمود سعد"]);
    let s = strip(&page("كتبت الصحفية سارة علي"), &StripConfig::default());
    assert_eq!(s.meta.authors, ["سارة علي"]);
    let s = strip(&page("مراسل الجزيرة نت - عمان"), &StripConfig::default());
    assert_eq!(s.lines[1].reason, Reason::Byline);
    assert!(s.meta.authors.is_empty());
    // With the date under it, what follows the role is the outlet still, not a writer's name.
    for line in [
        "مراسل الجزيرة نت - عمان
الأحد 6 ديسمبر 2026",
        "مراسلة بي بي سي
الأحد 6 ديسمبر 2026",
    ] {
        let s = strip(&page(line), &StripConfig::default());
        assert!(s.meta.authors.is_empty(), "{line}: {:?}", s.meta.authors);
    }
    // The writer's role after a dash: the name stands before it; so it does before a place and an
    // outlet.
    for (line, name) in [
        (
            "محمد علي - الرياض - الخليج اليوم\nالأحد 6 ديسمبر 2026",
            "محمد علي",
        ),
        ("محمد علي - مراسل الجزيرة\nالأحد 6 ديسمبر 2026", "محمد علي"),
        (
            "د. سلمى حسن - كاتبة صحفية\nالأحد 6 ديسمبر 2026",
            "د. سلمى حسن",
        ),
    ] {
        let s = strip(&page(line), &StripConfig::default());
        assert_eq!(s.meta.authors, [name], "{line}");
    }
    // A correspondent's label before the name, the place reported from between them or not.
    for line in ["مراسلة في القاهرة: سلمى حسن", "المراسل: سلمى حسن"]
    {
        let s = strip(&page(line), &StripConfig::default());
        assert_eq!(s.meta.authors, ["سلمى حسن"], "{line}");
    }
}

#[test]
fn an_articles_number_on_its_site_is_no_text() {
    for line in [
        "کد خبر ۶۳۰۵۸۷۲",
        "کد مطلب: 456789",
        "رقم الخبر: 1234",
        "News ID: 99",
    ] {
        let (d, _) = decisions(&format!("{line}\n{BODY}\n"));
        assert_eq!(d[0].1, Reason::Ui, "{line}");
    }
    // A line that goes on after the number is no code alone.
    let (d, _) = decisions(&format!(
        "کد خبر ۱۲ نشان می‌دهد که این خبر مهم است\n{BODY}\n"
    ));
    assert_ne!(d[0].1, Reason::Ui, "{d:?}");
}

#[test]
fn a_sections_label_by_the_date_is_no_writer() {
    for (label, author) in [("اخبار اقتصادی", None), ("مریم کریمی", Some("مریم کریمی"))]
    {
        let page = format!(
            "افزایش ۲۰ درصدی صادرات غیرنفتی در ۸ ماه\n۱۴ آذر ۱۴۰۳ - ۱۱:۳۰\n{label}\n{BODY}\n{BODY} وأضاف.\n"
        );
        let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
        assert_eq!(
            s.meta.authors.first().map(String::as_str),
            author,
            "{label}: {:?}",
            s.lines
        );
    }
}

#[test]
fn the_sites_name_and_a_place_under_the_headline_is_no_headline() {
    let page = format!(
        "اردو نیوز\nتازہ ترین\nسعودی عرب میں کم از کم اجرت میں اضافے کا اعلان\nاردو نیوز، ریاض\nجمعرات 5 دسمبر 2024 10:15\n{BODY}\n{BODY} وأضاف.\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("سعودی عرب میں کم از کم اجرت میں اضافے کا اعلان")
    );
    assert!(!s.lines[3].keep, "{:?}", s.lines);
    // The site's name and a writer's is the writer's byline.
    let page = format!(
        "هسبريس\nسياسة\nالأحد 6 دجنبر 2026 - 14:30\nهسبريس - محمد الراجي\nالحكومة تعلن برنامجا جديدا لدعم السكن\n{BODY}\n{BODY} وأضاف.\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.authors, ["محمد الراجي"], "{:?}", s.lines);
    assert_eq!(s.lines[3].reason, Reason::Byline);
}

#[test]
fn an_interviews_short_answer_goes_with_its_question() {
    let page = format!(
        "{BODY}\n{BODY} وأضاف.\nس: ما القطاعات الأكثر استفادة؟\nج: المصارف والصحة والتعليم.\nمقالات ذات صلة\nكيف تستعد الشركات للتحول الرقمي\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert!(s.lines[2].keep && s.lines[3].keep, "{:?}", s.lines);
}

#[test]
fn a_lead_that_introduces_a_table_keeps_it_figures_and_all() {
    let page = "سعر الدولار اليوم الأربعاء في البنوك | بوابة الاقتصاد\nالرئيسية بنوك بورصة ذهب عملات\n\
        سعر الدولار اليوم الأربعاء في البنوك\nكتب: محمود فتحي\nالأربعاء، 04 ديسمبر 2024 09:15 ص\n\
        استقر سعر الدولار الأمريكي أمام الجنيه المصري في بداية تعاملات اليوم في البنوك العاملة في السوق المحلية، وفيما يلي أسعار الصرف:\n\
        البنك\nالشراء\nالبيع\nالبنك الأهلي المصري\n49.55\n49.65\nبنك مصر\n49.55\n49.65\n\
        وكان البنك المركزي قد أبقى على أسعار الفائدة دون تغيير في اجتماعه الأخير، في ظل تراجع معدلات التضخم.\n\
        ويتوقع محللون أن يظل سعر الصرف مستقرا خلال الفترة المقبلة مع تحسن تدفقات النقد الأجنبي.\n\
        اقرأ أيضا\nسعر الذهب اليوم\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    let kept: Vec<usize> = s.lines.iter().filter(|d| d.keep).map(|d| d.line).collect();
    let want: Vec<usize> = [3].into_iter().chain(6..=17).collect();
    assert_eq!(kept, want, "{:?}", s.lines);
}

#[test]
fn a_writers_name_and_role_and_the_note_under_the_piece_are_the_byline() {
    let page = format!(
        "چرا تورم مهار نمی‌شود؟\nدکتر حسین عباسی؛ اقتصاددان\n۱۳ آذر ۱۴۰۳\n{BODY}\n{BODY} وأضاف.\n* استاد اقتصاد دانشگاه تهران\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.title.as_deref(), Some("چرا تورم مهار نمی‌شود؟"));
    assert_eq!(s.meta.authors, ["دکتر حسین عباسی"]);
    assert_eq!(s.lines[5].reason, Reason::Byline, "{:?}", s.lines);
}

#[test]
fn a_short_lead_on_a_page_of_one_sentence_a_line_stays() {
    let page = "الأهلي يتعاقد مع مدافع تونسي لمدة ثلاثة مواسم\nكتب: خالد إبراهيم\nالخميس، 05 ديسمبر 2024 02:00 م\n\
        أعلن النادي الأهلي التعاقد مع مدافع تونسي.\nويمتد العقد لمدة ثلاثة مواسم.\nوخضع اللاعب للكشف الطبي أمس.\n\
        ويبلغ اللاعب من العمر 24 عاما.\nوسبق له اللعب في الدوري الفرنسي.\nويعد الصفقة الثالثة للنادي هذا الموسم.\n\
        الأهلي\nالدوري المصري\nانتقالات\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    let kept: Vec<usize> = s.lines.iter().filter(|d| d.keep).map(|d| d.line).collect();
    assert_eq!(kept, [1, 4, 5, 6, 7, 8, 9], "{:?}", s.lines);
}

#[test]
fn a_columnists_name_in_the_breadcrumb_and_under_the_headline_is_the_writer() {
    let page = format!(
        "کالمز\nحامد میر\nتعلیم کا بحران اور ہماری ترجیحات\nحامد میر\n۰۵ دسمبر ، ۲۰۲۴\n{BODY}\n{BODY} وأضاف.\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.authors, ["حامد میر"], "{:?}", s.lines);
}

#[test]
fn a_table_of_contents_goes_and_the_headings_it_names_stay() {
    let page = "موسوعة صحتك\nالرئيسية\nتغذية\nفوائد الصيام المتقطع وأضراره: ما الذي تقوله الدراسات؟\n\
        آخر تحديث: 2 ديسمبر 2024\nبواسطة: د. ليلى حداد\nمحتويات المقال\n\
        ما هو الصيام المتقطع؟\nفوائد الصيام المتقطع\nأضرار الصيام المتقطع\n\
        ما هو الصيام المتقطع؟\n\
        الصيام المتقطع نظام غذائي يقوم على التناوب بين فترات الأكل وفترات الامتناع عن الطعام، وأشهر صوره نظام 16:8.\n\
        فوائد الصيام المتقطع\n\
        تشير دراسات عدة إلى أن الصيام المتقطع قد يساعد على خفض الوزن وتحسين حساسية الإنسولين لدى البالغين.\n\
        أضرار الصيام المتقطع\n\
        قد يسبب الصيام المتقطع في أيامه الأولى صداعا وتعبا وصعوبة في التركيز لدى كثير من الناس.\n\
        مقالات ذات صلة\nنظام الكيتو: دليل شامل للمبتدئين\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    let reasons: Vec<Reason> = s.lines.iter().map(|d| d.reason).collect();
    assert_eq!(reasons[7..10], [Reason::Ui; 3], "{:?}", s.lines);
    let kept: Vec<usize> = s.lines.iter().filter(|d| d.keep).map(|d| d.line).collect();
    assert_eq!(kept, [4, 11, 12, 13, 14, 15, 16], "{:?}", s.lines);
    assert_eq!(
        s.meta.title.as_deref(),
        Some("فوائد الصيام المتقطع وأضراره: ما الذي تقوله الدراسات؟")
    );
}

#[test]
fn a_numbered_table_of_contents_names_its_headings_but_not_the_references() {
    let page = "موضوع\nالرئيسية\nصحة\nفوائد الزنجبيل للجسم\nمحتويات\n\
        ١ فوائد الزنجبيل\n٢ طريقة استخدام الزنجبيل\n٣ أضرار الزنجبيل\n٤ المراجع\n\
        فوائد الزنجبيل\n\
        يعد الزنجبيل من أكثر التوابل استخداما في العالم، ويحتوي على مركبات مضادة للأكسدة تساعد في تقليل الالتهابات وتحسين الهضم.\n\
        كما تشير بعض الدراسات إلى أن تناول الزنجبيل قد يساعد في تخفيف الغثيان لدى الحوامل ومرضى العلاج الكيميائي.\n\
        طريقة استخدام الزنجبيل\n\
        يمكن إضافة الزنجبيل الطازج إلى الشاي أو العصائر أو الأطباق المطبوخة، كما يمكن تناوله مجففا على شكل مسحوق في الوصفات المختلفة.\n\
        أضرار الزنجبيل\n\
        قد يسبب الإفراط في تناول الزنجبيل حرقة في المعدة أو اضطرابات في الهضم لدى بعض الأشخاص، لذا يُنصح بعدم تجاوز الكمية الموصى بها.\n\
        المراجع\n\
        ↑ \"Ginger\", www.healthline.com, Retrieved 5-12-2026.\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    let reasons: Vec<Reason> = s.lines.iter().map(|d| d.reason).collect();
    // The references' entry too: its heading stands over the list of references, no paragraph.
    assert_eq!(reasons[5..9], [Reason::Ui; 4], "{:?}", s.lines);
    let kept: Vec<usize> = s.lines.iter().filter(|d| d.keep).map(|d| d.line).collect();
    assert_eq!(kept, [4, 10, 11, 12, 13, 14, 15, 16], "{:?}", s.lines);
    assert_eq!(s.meta.title.as_deref(), Some("فوائد الزنجبيل للجسم"));
    // Two sections and the references make a table of contents.
    let two = page
        .replace("٣ أضرار الزنجبيل\n", "")
        .replace("أضرار الزنجبيل\n", "");
    let s = strip_with_model(&two, &StripConfig::default(), None, LineModel::bundled());
    let reasons: Vec<Reason> = s.lines.iter().map(|d| d.reason).collect();
    assert_eq!(reasons[5..8], [Reason::Ui; 3], "{:?}", s.lines);
}

#[test]
fn a_breadcrumb_that_ends_with_the_headline_is_no_fuller_title() {
    let headline = "ارتفاع حصيلة ضحايا الفيضانات في جنوب آسيا إلى 300 قتيل";
    for crumbs in [
        "الرئيسية / أخبار العالم /",
        "الرئيسية › أخبار العالم ›",
        "Home > World >",
    ] {
        let page = format!("{crumbs} {headline}\n{headline}\nمنذ ساعتين\n{BODY}\n{BODY} وأضاف.\n");
        let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
        assert_eq!(s.meta.title.as_deref(), Some(headline), "{crumbs}");
    }
    // A kicker before the headline in the `<title>` makes it fuller still.
    assert_eq!(
        title::fuller_title(
            "عاجل: ارتفاع حصيلة ضحايا الفيضانات",
            "ارتفاع حصيلة ضحايا الفيضانات"
        ),
        Some("عاجل: ارتفاع حصيلة ضحايا الفيضانات")
    );
}

#[test]
fn a_menu_that_the_footer_repeats_is_no_table_of_contents() {
    let lines = ["أخبار", "رياضة", "اقتصاد", "فنون"];
    let page = format!(
        "{}\nعنوان الخبر الرئيسي في الصفحة\n{BODY}\n{}\n",
        lines.join("\n"),
        lines.join("\n")
    );
    let (folded, mut headings) = (&mut String::new(), Vec::new());
    let split = Line::split(&page, folded);
    let mut reasons = vec![None; split.len()];
    contents_lists(&split, &mut reasons, &StripConfig::default(), &mut headings);
    assert!(reasons.iter().all(Option::is_none), "{reasons:?}");
    assert!(headings.is_empty());
}

#[test]
fn the_headline_over_the_dateline_beats_a_label_under_it() {
    let page = "إسلام ويب\nالفتاوى\nالاستشارات\nحكم قضاء الصلوات الفائتة لمن تركها سنوات\nرقم الفتوى: 481236\n\
        تاريخ النشر: الثلاثاء 3-12-2024 م\nالتصنيف: قضاء الفوائت\nالسؤال\n\
        كنت لا أصلي لسنوات طويلة ثم تبت إلى الله، فهل يلزمني قضاء كل الصلوات التي تركتها؟ وكيف أقضيها؟\n\
        الإجابة\nالحمد لله، والصلاة والسلام على رسول الله، وعلى آله وصحبه، أما بعد فنسأل الله أن يتقبل توبتك.\n\
        وإذا كنت لا تعرف عددها على وجه التحديد، فإنك تقضي ما يغلب على ظنك أن ذمتك تبرأ به.\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("حكم قضاء الصلوات الفائتة لمن تركها سنوات"),
        "{:?}",
        s.lines
    );
    assert_eq!(s.lines[6].reason, Reason::Ui, "{:?}", s.lines);
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
}

#[test]
fn a_call_to_follow_the_sites_messaging_channel_is_a_prompt_whatever_the_word_order() {
    for line in [
        "پاک نیوز کا واٹس ایپ چینل فالو کریں اور تازہ ترین خبریں اپنے موبائل پر حاصل کریں۔",
        "برای دریافت آخرین اخبار به کانال تلگرام ما بپیوندید",
        "تابعوا قناتنا على تلغرام لمتابعة آخر الأخبار العاجلة.",
        "انضم إلى قناتنا على تيليجرام",
    ] {
        let (d, _) = decisions(&format!("{BODY}\n{line}\n"));
        assert_eq!(d[1].1, Reason::Prompt, "{line}");
    }
    // "انضم" calls to join beside a channel only: it also says that someone joined.
    let (d, _) = decisions(&format!(
        "{BODY}\nانضم اللاعب إلى النادي بعد مفاوضات طويلة مع إدارته\n"
    ));
    assert_ne!(d[1].1, Reason::Prompt);
    // The article may speak of a messenger's channels without calling on its reader.
    let (d, _) = decisions(&format!(
        "{BODY}\nأطلقت الشركة ميزة قناة واتساب للمؤسسات الإعلامية في عشرات الدول هذا العام.\n"
    ));
    assert_ne!(d[1].1, Reason::Prompt);
}

#[test]
fn a_gallerys_counters_and_captions_go_and_the_article_goes_on_after_them() {
    for counter in ["2 / 6", "۳ از ۱۰", "4 of 12", "1/14"] {
        let mut folded = String::new();
        let line = Line::split(counter, &mut folded);
        assert!(gallery_counter(line[0].key), "{counter}");
    }
    for not_counter in ["7 / 3", "0 / 5", "2024 / 2025 / 1", "الفصل 2 من 6"] {
        assert!(!gallery_counter(not_counter), "{not_counter}");
    }
    let page = "بالصور.. افتتاح أكبر معرض للكتاب في الخليج بمشاركة 1200 دار نشر\nالأربعاء 6 نوفمبر 2024 09:15 ص\n\
        افتتح حاكم الشارقة، صباح اليوم الأربعاء، الدورة الثالثة والأربعين من معرض الشارقة الدولي للكتاب، بمشاركة أكثر من 1200 دار نشر.\n\
        ويستضيف المعرض هذا العام المغرب ضيف شرف، حيث يقدم الجناح المغربي برنامجا ثقافيا يضم أمسيات شعرية.\n\
        1 / 3\nجانب من حفل الافتتاح\n2 / 3\nحاكم الشارقة يتجول في أجنحة المعرض\n3 / 3\nزوار المعرض في اليوم الأول\n\
        ويستمر المعرض حتى السابع عشر من نوفمبر الجاري، ويضم برنامجه أكثر من 600 فعالية بين ندوات وورش عمل.\n\
        وقالت إدارة المعرض إن عدد الزوار في الدورة الماضية تجاوز مليوني زائر، متوقعة أن يرتفع العدد هذا العام.\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    let kept: Vec<usize> = s.lines.iter().filter(|d| d.keep).map(|d| d.line).collect();
    assert_eq!(kept, [1, 3, 4, 11, 12], "{:?}", s.lines);
    assert!(s.lines[4..10].iter().all(|d| d.reason == Reason::Caption));
}

#[test]
fn a_menu_or_breadcrumb_on_one_line_is_ui_and_a_page_title_or_dateline_is_not() {
    for row in [
        "صفحه اصلی › اقتصاد › بازار",
        "من نحن | اتصل بنا | سياسة الخصوصية | الإعلانات",
        "Home » News » Politics",
        // A breadcrumb that ends with the page's own headline.
        "الرئيسية » أخبار » وزير التعليم يعلن موعد امتحانات نصف العام",
        "صفحه اصلی › اخبار › چرا هر برنامه‌نویسی باید گیت را عمیق یاد بگیرد؟",
    ] {
        assert!(menu_row(row), "{row}");
    }
    for not_row in [
        "الأمم المتحدة تحذر من أزمة غذاء في منطقة الساحل | شبكة الأخبار",
        // A long item before a separator, or one long item after a single short one.
        "أخبار » وزير التعليم يعلن موعد امتحانات نصف العام",
        // Slashes set apart a sentence's alternatives.
        "I love it / it segfaulted / there's a problem in the manual!",
        "Home » Die Regierung hat am Montag ein neues Gesetz zum Klimaschutz beschlossen » News",
        "قال الوزير إن الخطة جاهزة. | وأضاف أنها ستطبق قريبا. | وختم.",
    ] {
        assert!(!menu_row(not_row), "{not_row}");
    }
}

#[test]
fn a_breadcrumb_over_a_headline_that_prints_a_number_is_ui() {
    for row in [
        "ہوم » خبریں » پٹرول کی قیمت میں 5 روپے فی لیٹر اضافہ کر دیا گیا",
        "الرئيسية › اقتصاد › ارتفاع أسعار الذهب 2% في ختام تعاملات الأسبوع",
        "Home > World > Quake of magnitude 6.1 strikes off the coast of Japan",
    ] {
        assert!(crumbs_over_numbered_headline(row), "{row}");
    }
    for not_row in [
        // A line of code, a dateline's parts, a table's row, a short last item.
        "if (!name || !email || !message) return new Response(\"Missing fields\", { status: 400 });",
        "دبي | 5 ديسمبر 2026 | 10:30 صباحا بتوقيت الإمارات العربية",
        "الذهب عيار 21 | 3500 جنيه | ارتفاع بنسبة 2 بالمئة عن الأسبوع الماضي",
        "Home » Sport » Euro 2024",
        "Home / World / Quake of magnitude 6.1 strikes off the coast of Japan",
    ] {
        assert!(!crumbs_over_numbered_headline(not_row), "{not_row}");
    }
    // The page prints its headline only there: the `<title>` names it, not the breadcrumb.
    let headline = "پٹرول کی قیمت میں 5 روپے فی لیٹر اضافہ کر دیا گیا";
    let page = format!(
        "{headline} - اردو نیوز\nہوم » خبریں » {headline}\nاسلام آباد (نمائندہ خصوصی)\n\
        حکومت نے پٹرول کی قیمت میں پانچ روپے فی لیٹر اضافے کا اعلان کر دیا ہے جس کا اطلاق آج رات بارہ بجے سے ہوگا۔\n\
        وزارت خزانہ کے مطابق عالمی منڈی میں تیل کی قیمتوں میں اضافے کے باعث یہ فیصلہ کیا گیا ہے۔\n\
        شہریوں نے قیمتوں میں اضافے پر شدید ردعمل کا اظہار کیا ہے اور حکومت سے فیصلہ واپس لینے کا مطالبہ کیا ہے۔\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.lines[1].reason, Reason::Ui);
    assert_eq!(s.meta.title.as_deref(), Some(headline));
}

#[test]
fn a_posts_row_that_files_it_under_a_section_after_the_name_names_the_writer() {
    let page = |row: &str| {
        format!(
            "الحكومة تستهدف خفض عجز الموازنة - الأخبار\nالرئيسية\nاقتصاد\n\
            الحكومة تستهدف خفض عجز الموازنة خلال العام المقبل\n{row}\n{BODY}\n{BODY}\n"
        )
    };
    let authors = |row: &str| {
        strip_with_model(
            &page(row),
            &StripConfig::default(),
            None,
            LineModel::bundled(),
        )
        .meta
        .authors
    };
    // The section on the row, or its link on the next line.
    assert_eq!(
        authors("الخميس 5 ديسمبر 2025 • محمد علي في اقتصاد"),
        ["محمد علي"]
    );
    assert_eq!(
        authors("الخميس 5 ديسمبر 2025 • محمد علي في\nاقتصاد"),
        ["محمد علي"]
    );
    assert_eq!(
        authors("۱۴ آذر ۱۴۰۴ • سارا محمدی در اقتصادی"),
        ["سارا محمدی"]
    );
    // An office is no name, wherever it is.
    assert!(authors("الخميس 5 ديسمبر 2025 • الرئيس في القاهرة").is_empty());
}

#[test]
fn a_sections_label_beside_the_date_names_no_one() {
    let page = |label: &str| {
        format!(
            "ملک بھر میں سردی کی شدت میں اضافہ - اردو نیوز\nہوم\nپاکستان\n\
            ملک بھر میں سردی کی شدت میں اضافہ\nہفتہ 6 دسمبر 2025\n{label}\n\
            محکمہ موسمیات نے آئندہ ہفتے کے دوران ملک کے بیشتر علاقوں میں سردی کی شدت میں مزید اضافے کی پیشگوئی کی ہے۔\n\
            محکمہ موسمیات کے مطابق شمالی علاقوں میں درجہ حرارت نقطہ انجماد سے نیچے گرنے کا امکان ہے۔\n"
        )
    };
    let authors = |label: &str| {
        strip_with_model(
            &page(label),
            &StripConfig::default(),
            None,
            LineModel::bundled(),
        )
        .meta
        .authors
    };
    for label in ["عالمی خبریں", "صحة وطب", "فيديو وصور", "سیاست خارجی"]
    {
        assert!(authors(label).is_empty(), "{label}");
        assert_eq!(model::name_shape(label), None, "{label}");
    }
    // A writer's name there is one, a given name the lists know or not, a section's word inside it or
    // not ("بخش" only opens a section's label).
    for name in ["سجى الحاج", "خدا بخش"] {
        assert_eq!(authors(name), [name]);
    }
}

#[test]
fn a_topics_tag_beside_the_date_names_no_one() {
    let page = |tag: &str, text: &str| {
        format!(
            "تصاعد التوتر في المنطقة - الأخبار\nالرئيسية\nعربي ودولي\n\
            تصاعد التوتر في المنطقة مع تعثر المفاوضات\nالسبت 6 ديسمبر 2025\n{tag}\n{text}\n{BODY}\n"
        )
    };
    let authors = |tag: &str, text: &str| {
        strip_with_model(
            &page(tag, text),
            &StripConfig::default(),
            None,
            LineModel::bundled(),
        )
        .meta
        .authors
    };
    let says = |tag: &str| {
        format!(
            "وقال مسؤول في {tag} إن الأوضاع الإنسانية تزداد صعوبة يوما بعد يوم مع استمرار المواجهات."
        )
    };
    let silent = "وقال مسؤول إن الأوضاع الإنسانية تزداد صعوبة يوما بعد يوم مع استمرار المواجهات.";
    // A phrase with no given name that the text says is its topic; no name opens with the article.
    for tag in ["قطاع غزة", "كأس العالم"] {
        assert!(authors(tag, &says(tag)).is_empty(), "{tag}");
    }
    assert!(authors("الشرق الأوسط", silent).is_empty());
    // A writer's name the given names' list does not hold, which the text does not say, is one.
    assert_eq!(authors("سجى الحاج", silent), ["سجى الحاج"]);
    // A name that opens with a given name is one whatever the text says of it.
    assert_eq!(authors("محمد الحاج", &says("محمد الحاج")), ["محمد الحاج"]);
    // A control's label or a label about the piece is none, though the text never says it.
    for label in ["اقرأ المقال", "نص المقال", "تابع الخبر"] {
        assert!(authors(label, silent).is_empty(), "{label}");
    }
}

#[test]
fn the_dates_of_a_list_after_the_article_are_its_items_never_the_articles() {
    let page = |stamp: &str| {
        format!(
            "الحكومة تستهدف خفض عجز الموازنة - الأخبار\nاليوم: السبت 6 ديسمبر 2025\nالرئيسية\nاقتصاد\n\
            الحكومة تستهدف خفض عجز الموازنة خلال العام المقبل\n{stamp}{BODY}\n{BODY}\n\
            أخبار ذات صلة\nالبنك المركزي يثبت أسعار الفائدة\n3 ديسمبر 2025\n\
            ارتفاع الاحتياطي النقدي إلى مستوى قياسي\n1 ديسمبر 2025\n"
        )
    };
    let date = |stamp: &str| {
        strip_with_model(
            &page(stamp),
            &StripConfig::default(),
            None,
            LineModel::bundled(),
        )
        .meta
        .date
    };
    // With no stamp of its own, the page's clock gives a better guess than another story's day.
    assert_eq!(date("").as_deref(), Some("2025-12-06"));
    assert_eq!(
        date("الجمعة 5 ديسمبر 2025\n").as_deref(),
        Some("2025-12-05")
    );
    // With neither, another story's day is none of this one's.
    let unclocked = |stamp: &str| {
        let page = page(stamp).replace("اليوم: السبت 6 ديسمبر 2025\n", "");
        strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled())
            .meta
            .date
    };
    assert_eq!(unclocked("منذ 3 ساعات\n"), None);
    assert_eq!(
        unclocked("الجمعة 5 ديسمبر 2025\n").as_deref(),
        Some("2025-12-05")
    );
    // A stamp and its last modification on one line: the published one.
    let stamp = "Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST";
    let page = format!(
        "Whale strandings worry tribes | World news\nWhale strandings worry tribes\n{stamp}\n\
        November marked the beginning of whale stranding season, and it started with a surge in incidents, according to officials.\n\
        The tribes say the strandings are a sign that something is wrong with the ocean, and they want more research.\n\
        More than 140 pilot whales die in stranding\nA hiker camping alerted authorities to the discovery\nPublished: 25 Nov 2018\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.date.as_deref(), Some("2019-01-03"));
}

#[test]
fn a_signature_under_the_last_paragraph_names_the_writer_no_byline_named() {
    let page = |signature: &str| {
        format!(
            "الحكومة تستهدف خفض عجز الموازنة - الأخبار\nالرئيسية\nاقتصاد\n\
            الحكومة تستهدف خفض عجز الموازنة خلال العام المقبل\nالجمعة 5 ديسمبر 2025\n{BODY}\n\
            وأشار إلى أن الدين العام سيشهد تراجعا تدريجيا خلال السنوات الثلاث المقبلة بفضل زيادة معدلات النمو.\n\
            وأكد أن الموازنة الجديدة ستتضمن زيادة مخصصات الدعم والحماية الاجتماعية لتخفيف آثار التضخم.\n\
            وأضاف الوزير أن الحكومة ستواصل برنامج الإصلاح الاقتصادي وتعمل على زيادة الإيرادات.\n\
            {signature}\nأخبار ذات صلة\nالبنك المركزي يثبت أسعار الفائدة\nارتفاع الاحتياطي النقدي إلى مستوى قياسي\n"
        )
    };
    let signed = |signature: &str| {
        let s = strip_with_model(
            &page(signature),
            &StripConfig::default(),
            None,
            LineModel::bundled(),
        );
        (s.meta.authors, s.lines[9].reason)
    };
    for (signature, name) in [
        ("محمد علي", "محمد علي"),
        ("* محمد علي - القاهرة", "محمد علي"),
        ("سارا محمدی، تهران", "سارا محمدی"),
    ] {
        assert_eq!(
            signed(signature),
            (vec![name.to_string()], Reason::Byline),
            "{signature}"
        );
    }
    // A related headline that opens with a name is no signature; nor a name the text speaks of.
    assert!(signed("محمد صلاح يسجل هدفين").0.is_empty());
    let said = page("محمد الحاج").replace("وأضاف الوزير", "وأضاف الوزير محمد الحاج");
    let s = strip_with_model(&said, &StripConfig::default(), None, LineModel::bundled());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
}

#[test]
fn a_table_of_prices_one_cell_a_line_and_the_text_after_it_stay() {
    let page = |table: &str| {
        format!(
            "أسعار الذهب اليوم في مصر - الأخبار\nالرئيسية\nاقتصاد\nأسعار الذهب اليوم في مصر\nكتب محمد علي\n\
            الأحد 7 ديسمبر 2025 10:00 ص\n\
            استقرت أسعار الذهب في مصر خلال تعاملات اليوم الأحد، وسط ترقب لقرارات البنك المركزي بشأن أسعار الفائدة.\n\
            وجاءت أسعار الذهب على النحو التالي:\n{table}\n\
            ويرى خبراء أن الأسعار ستظل في نطاق ضيق حتى صدور قرار لجنة السياسة النقدية الأسبوع المقبل.\n\
            اقرأ أيضا\nسعر الدولار اليوم في البنوك\nأسعار الحديد والأسمنت اليوم\n"
        )
    };
    // A short table, and a long one whose cells pull the sentence over it down too.
    let mut table = String::from("العيار\nسعر البيع\nسعر الشراء");
    for karat in [24, 21, 18, 14, 12, 9, 8, 6] {
        table.push_str(&format!(
            "\nعيار {karat}\n{}0 جنيه\n{}5 جنيه",
            karat * 150,
            karat * 149
        ));
        let cells = table.lines().count();
        if cells != 9 && cells != 27 {
            continue;
        }
        let s = strip_with_model(
            &page(&table),
            &StripConfig::default(),
            None,
            LineModel::bundled(),
        );
        let kept: Vec<usize> = s.lines.iter().filter(|d| d.keep).map(|d| d.line).collect();
        // The headline, then the lead, the sentence over the table, its cells and the paragraph after.
        let expected: Vec<usize> = [4].into_iter().chain(7..=9 + cells).collect();
        assert_eq!(kept, expected, "{cells} cells");
    }
    // With no sentence over it, a table of figures between two paragraphs stays whole too.
    let bare = page(
        "العيار\nسعر البيع\nسعر الشراء\nعيار 24\n4200 جنيه\n4180 جنيه\nعيار 21\n3675 جنيه\n3655 جنيه\n\
        عيار 18\n3150 جنيه\n3130 جنيه\nالجنيه الذهب\n29400 جنيه\n29250 جنيه",
    )
    .replace("وجاءت أسعار الذهب على النحو التالي:\n", "");
    let s = strip_with_model(&bare, &StripConfig::default(), None, LineModel::bundled());
    assert!(
        s.lines[7..23].iter().all(|d| d.keep),
        "{:?}",
        &s.lines[7..23]
    );
    // Headlines under a line that ends with a colon are no table: the sentence after them is the
    // model's to judge.
    let headlines =
        "وزير المالية يلتقي وفد صندوق النقد الدولي\nالحكومة تعلن حزمة حماية اجتماعية جديدة\n\
        البنك المركزي يثبت أسعار الفائدة للمرة الثالثة\nارتفاع الاحتياطي النقدي إلى مستوى قياسي";
    let s = strip_with_model(
        &page(headlines),
        &StripConfig::default(),
        None,
        LineModel::bundled(),
    );
    assert_ne!(s.lines[12].reason, Reason::Content, "{:?}", s.lines[12]);
}

#[test]
fn a_columnists_name_right_under_the_headline_is_the_writer() {
    let page = format!(
        "أخبار عربية أفضل\nأخبار عربية أفضل\nموقع الخليج اليوم -\nأخبار عربية أفضل\nجهاد الحسيني\n{BODY}\n{BODY}\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.authors, ["جهاد الحسيني"]);
}

#[test]
fn a_name_its_sites_web_name_and_the_date_in_parts_are_the_byline() {
    assert_eq!(
        named_dateline("Jane Roe / EXAMPLE.COM / Apr 16, 2026, 14:04 IST"),
        Some("Jane Roe")
    );
    assert_eq!(
        named_dateline("Lifestyle Desk / news.example.in / Updated: Dec 17, 2025, 21:47 IST"),
        Some("Lifestyle Desk")
    );
    // The name may close the line after the stamp; not after a caption that names the day.
    assert_eq!(
        named_dateline("9. September 2025 um 15:46 Uhr / Frank Weber"),
        Some("Frank Weber")
    );
    assert_eq!(
        named_dateline("الخميس 5 ديسمبر 2024 / محمد علي"),
        Some("محمد علي")
    );
    assert_eq!(
        named_dateline("Crowds in the park on 15 May 2025 in Madrid / Europa Press"),
        None
    );
    // In a cased script, a section's capitals after a bar are no name.
    assert_eq!(named_dateline("5 December 2024 | World News"), None);
    assert!(web_name("الخليج.نت") && web_name("example.co.uk"));
    assert!(!web_name("end of a sentence.") && !web_name("3.5") && !web_name("e.g."));
    // The byline under the headline beats the last item of a list over it.
    let page = "Newborns left in dustbins: state tops the country in abandonment cases | Example Times\n\
                Home\nCity\nIndia\nWorld\nTrending\n\
                Andhra Pradesh Accident\nLucknow Fire Tragedy\nPower Grid Transformers\n\
                Newborns left in dustbins: state tops the country in abandonment cases\n\
                Jane Roe / EXAMPLE.COM / Apr 16, 2026, 14:04 IST\n\
                The state recorded the highest number of abandoned newborns for the fifth year running, figures released on Thursday showed.\n\
                Officials said most of the infants were found by passers-by and taken to hospitals, where many of them survived.\n\
                Child rights groups called for more cradle points at hospitals, where parents can leave a baby without being named.\n";
    let s = super::strip(page, &StripConfig::default());
    assert_eq!(s.meta.authors, ["Jane Roe"]);
    assert_eq!(s.meta.date.as_deref(), Some("2026-04-16T14:04"));
    let arabic = format!(
        "موقع الأخبار\nالحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب\nالخميس 5 ديسمبر 2024 / محمد علي\n{BODY}\n{BODY}\n"
    );
    let s = super::strip(&arabic, &StripConfig::default());
    assert_eq!(s.meta.authors, ["محمد علي"]);
    assert_eq!(s.lines[2].reason, Reason::Byline);
}

#[test]
fn a_list_of_titles_and_writers_over_the_article_leaves_its_headline_and_writer() {
    // A scholar's name after a title, five words with "بن", is a name, no headline.
    assert!(titled_name("د. خالد بن عبد الرحمن الجريسي"));
    assert!(!titled_name(
        "د. الاقتصاد العالمي يواجه أزمة جديدة في الأسواق"
    ));
    let page = format!(
        "شبكة المعرفة\nالصفحة الرئيسية\nاتصل بنا\nآخر الإضافات\nحقوق الوالدين في الكتاب والسنة\n\
         د. أمير بن محمد المدري\nتفسير سورة الكوثر\nيوسف بن عبد العزيز السيف\n\
         ما يجوز من الإجارة وما يكون خلافا فيها\nد. خالد بن عبد الرحمن الجريسي\n\
         تاريخ الإضافة: 12/3/2013 ميلادي - 1/5/1434 هجري\n{BODY}\n{BODY}\n{BODY}\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("ما يجوز من الإجارة وما يكون خلافا فيها")
    );
    assert_eq!(s.meta.authors, ["د. خالد بن عبد الرحمن الجريسي"]);
    // Two titles before the name, and the writer's other pieces listed above: the name is still a name.
    let page = format!(
        "شبكة المعرفة\nالصفحة الرئيسية\nآخر الإضافات\nأحكام الوقف المختصرة\n\
         الشيخ د. سالم بن حمد الراشد\nمسائل في صلاة السفر\nالشيخ د. سالم بن حمد الراشد\n\
         السكوت في موضع الحاجة\nالشيخ د. سالم بن حمد الراشد\n\
         تاريخ الإضافة: 12/3/2018 ميلادي - 25/6/1439 هجري\n{BODY}\n{BODY}\n{BODY}\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.title.as_deref(), Some("السكوت في موضع الحاجة"));
    assert_eq!(s.meta.authors, ["الشيخ د. سالم بن حمد الراشد"]);
}

#[test]
fn a_recipes_ingredients_under_their_heading_are_the_articles() {
    let page = "طريقة عمل الكبسة باللحم | مطبخ الأسرة\nالرئيسية\nوصفات\nحلويات\n\
        طريقة عمل الكبسة باللحم\n\
        الكبسة من أشهر الأطباق في الخليج العربي، وتقدم في المناسبات والعزائم، وإليك طريقة تحضيرها في البيت بخطوات سهلة.\n\
        المكونات\nكيلو لحم غنم مقطع\n3 أكواب أرز بسمتي\n2 بصل مفروم\n2 طماطم مبشورة\n\
        ملعقة كبيرة بهارات كبسة\n4 أكواب ماء\nطريقة التحضير\n\
        في قدر على النار، نقلي البصل بالزيت حتى يذبل، ثم نضيف اللحم ونقلبه حتى يتغير لونه من جميع الجهات.\n\
        نضيف الطماطم والبهارات والماء، ونترك اللحم على نار هادئة نحو ساعة ونصف حتى ينضج تماما.\n\
        نخرج اللحم ونضيف الأرز المغسول إلى المرق، ونتركه على نار هادئة حتى يتشرب الماء وينضج.\n\
        وصفات ذات صلة\nطريقة عمل المندي\nطريقة عمل المقلوبة\n";
    let s = super::strip(page, &StripConfig::default());
    let kept: Vec<usize> = s.lines.iter().filter(|d| d.keep).map(|d| d.line).collect();
    // The heading, six ingredients and the method's heading, between the lead and the method.
    assert!((7..=14).all(|n| kept.contains(&n)), "{kept:?}");
    assert!(!kept.contains(&19) && !kept.contains(&20), "{kept:?}");
    // A list under the heading that nothing of the article follows stays out.
    let sidebar = page
        .replace("طريقة التحضير\n", "")
        .split("في قدر")
        .next()
        .unwrap()
        .to_string()
        + "وصفات ذات صلة\nطريقة عمل المندي\n";
    let s = super::strip(&sidebar, &StripConfig::default());
    assert!(!s.lines[8].keep, "{:?}", s.lines[8]);
}

#[test]
fn buttons_sponsor_labels_and_sources_between_paragraphs_are_chrome() {
    for (line, reason) in [
        ("للمزيد اضغط هنا", Reason::Ui),
        ("إرسال لصديق", Reason::Ui),
        ("اینجا کلیک کنید", Reason::Ui),
        ("شارك برأيك", Reason::Prompt),
        ("إعلان ممول", Reason::Ad),
        ("رپورتاژ آگهی", Reason::Ad),
        ("Sponsored content", Reason::Ad),
        // A sponsor's note, the sponsor named.
        ("هذا المحتوى مقدم من شركة الاتصالات الوطنية", Reason::Ad),
        ("Sponsored by Acme Bank", Reason::Ad),
        ("المصدر : الجزيرة نت", Reason::Caption),
        ("شريط الأخبار", Reason::RelatedBlock),
        ("برچسب‌ها", Reason::Ui),
        ("ارسال نظر", Reason::Prompt),
        ("منبع: ایسنا", Reason::Caption),
        ("شیئر کریں", Reason::Ui),
        ("ذریعہ: اے ایف پی", Reason::Caption),
        ("کاپی رائٹ", Reason::Copyright),
        ("نهاية الخبر", Reason::Ui),
        ("(وكالات)", Reason::Caption),
        ("ترجمة: أحمد علي", Reason::Caption),
        ("عکاس: مریم احمدی", Reason::Caption),
        ("الأخبار المتعلقة", Reason::RelatedBlock),
        // Engagement counters, with a label or not.
        ("0 تعليق", Reason::Ui),
        ("التعليقات (3)", Reason::Ui),
        ("عدد المشاهدات: 1,520", Reason::Ui),
        ("۲۳ بازدید", Reason::Ui),
        // Links within the page, and an article's audio.
        ("اذهب إلى الأعلى", Reason::Ui),
        ("بازگشت به بالا", Reason::Ui),
        ("استمع إلى المقال", Reason::Ui),
        ("قيم هذا المقال", Reason::Ui),
        // A page's tags: as hashtags, or after a label.
        ("#الذهب #أسعار_الذهب #مصر", Reason::Ui),
        ("الكلمات الدالة: الذهب، أسعار الذهب، عيار 21", Reason::Ui),
        // Calls to click, to watch or to read on, to write a comment.
        ("للمزيد من التفاصيل اضغط هنا", Reason::Prompt),
        ("شاهد الفيديو", Reason::Ui),
        ("أكمل القراءة", Reason::Ui),
        ("اكتب تعليقك هنا", Reason::Prompt),
        ("هل أعجبك المقال؟", Reason::Prompt),
        // Paid and sponsored content's labels, an aggregator's source and its note on a copied story.
        ("إعلان مدفوع", Reason::Ad),
        ("برعاية", Reason::Ad),
        ("مصدر الخبر: اليوم السابع", Reason::Caption),
        ("خبر کا ذریعہ: جیو نیوز", Reason::Caption),
        ("خبر کا ماخذ: اے پی پی", Reason::Caption),
        (
            "تم نقل هذا الخبر آليا من مصدره ولا يتحمل الموقع أي مسؤولية عن محتواه",
            Reason::Copyright,
        ),
        // Links to the next story, a pager, a section's and a breadcrumb's labels, widgets' headings.
        ("المقال التالي", Reason::Ui),
        ("خبر بعدی", Reason::Ui),
        ("صفحة 1 من 3", Reason::Ui),
        ("سرویس: سیاسی", Reason::Ui),
        ("أنت هنا: الرئيسية / أخبار", Reason::Ui),
        ("مواقيت الصلاة", Reason::Ui),
        ("تليجرام", Reason::Ui),
        ("كن أول من يعلق على هذا الخبر", Reason::Prompt),
        // "Read also" pointers with their link, as Arabic, Persian and Urdu pages word them.
        (
            "شاهد أيضا: ارتفاع أسعار الذهب في الأسواق المحلية اليوم",
            Reason::ReadAlso,
        ),
        (
            "طالع أيضا: الأرصاد تحذر من موجة حارة خلال الأيام المقبلة",
            Reason::ReadAlso,
        ),
        (
            "ذات صلة: البنك المركزي يبقي على أسعار الفائدة دون تغيير",
            Reason::ReadAlso,
        ),
        (
            "مطلب مرتبط: بانک مرکزی نرخ سود را افزایش داد",
            Reason::ReadAlso,
        ),
        (
            "اقرأ أيضا.. وزير الداخلية يتفقد مراكز الاقتراع في العاصمة",
            Reason::ReadAlso,
        ),
        (
            "بیشتر بخوانید؛ بانک مرکزی نرخ سود را افزایش داد",
            Reason::ReadAlso,
        ),
        // An article's own buttons, a site's account prompts and link lists, in three languages.
        ("شارك هذا المقال", Reason::Ui),
        ("الإبلاغ عن خطأ", Reason::Ui),
        ("تفعيل الإشعارات", Reason::Ui),
        ("مقالات الكاتب", Reason::Ui),
        ("اشتراک این مطلب", Reason::Ui),
        ("سب دیکھیں", Reason::Ui),
        // A row of tag links, each comma glued to the tag after it.
        ("اخبارسیاسی ,خبرهای سیاسی ,دولت", Reason::Ui),
        // A Persian agency's end marker and buttons; Urdu buttons and calls.
        ("انتهای خبر/", Reason::Ui),
        ("گزارش خطا", Reason::Ui),
        ("منبع : ایسنا", Reason::Caption),
        ("ویدیو", Reason::Ui),
        ("کاپی لنک", Reason::Ui),
        ("تبصرہ کریں", Reason::Prompt),
        // An embedded post's link and credit, as an Arabic page prints them.
        ("عرض هذا المنشور على Instagram", Reason::Caption),
        ("تمت المشاركة بواسطة محمد علي (@m.ali)", Reason::Caption),
        // A forum's buttons and a post's details.
        ("رد مع اقتباس", Reason::Ui),
        ("تاريخ التسجيل", Reason::Ui),
        ("پاسخ با نقل قول", Reason::Ui),
        ("Reply With Quote", Reason::Ui),
        // A Persian comment box's moderation counts.
        ("انتشار یافته: ۳", Reason::Ui),
        ("در انتظار بررسی: ۰", Reason::Ui),
        ("غیر قابل انتشار: ۰", Reason::Ui),
    ] {
        let page = format!("{BODY}\n{line}\n{BODY} وأضاف أن الحوار مستمر.\n");
        let (d, _) = decisions(&page);
        assert_eq!(d[1], (false, reason), "{line}");
    }
    assert!(!lexicon::is_counter("عدد 5") && !lexicon::is_counter("قراءة في 3 كتب"));
}

#[test]
fn persian_update_and_publication_stamps_are_datelines() {
    for (line, date) in [
        ("آخرین به‌روزرسانی: ۱۴ آذر ۱۴۰۵ - ۱۰:۳۰", "2026-12-05T10:30"),
        ("منتشر شده در ۱۴ آذر ۱۴۰۵", "2026-12-05"),
        ("تاریخ انتشار: ۱۴۰۵/۰۹/۱۴", "2026-12-05"),
        // The day first, after the clock.
        ("تاریخ انتشار: ۱۰:۳۰ - ۱۴-۰۹-۱۴۰۵", "2026-12-05T10:30"),
    ] {
        let page = format!("نشست شورای امنیت درباره بحران آب برگزار شد\n{line}\n{BODY}\n{BODY}\n");
        let (d, meta) = decisions(&page);
        assert_eq!(d[1], (false, Reason::Dateline), "{line}");
        assert_eq!(meta.date.as_deref(), Some(date), "{line}");
    }
}

#[test]
fn a_references_day_of_reading_is_no_articles_date() {
    for reference in [
        "^ \"النيل\". الموسوعة البريطانية. اطلع عليه بتاريخ 12 مارس 2020.",
        "^ \"The Nile\". Encyclopaedia. Retrieved 12 March 2020.",
    ] {
        let page = format!(
            "نهر النيل - الموسوعة\nنهر النيل\n{BODY}\n{BODY} وأضاف.\nالمراجع\n{reference}\n"
        );
        assert_eq!(decisions(&page).1.date, None, "{reference}");
        // The page's note of its last edit gives its day.
        let page = format!("{page}آخر تعديل لهذه الصفحة كان يوم 5 مارس 2024، الساعة 10:30.\n");
        assert_eq!(
            decisions(&page).1.date.as_deref(),
            Some("2024-03-05T10:30"),
            "{reference}"
        );
    }
}

#[test]
fn a_published_stamp_outweighs_an_update_stamp_as_near_the_headline() {
    // The update's stamp right under the headline, the published one under it, with their times or
    // bare; the page's clock over the headline and a published stamp under the text.
    let arabic = "مجلس الأمن يعقد جلسة طارئة بشأن أزمة المياه";
    let persian = "نشست شورای امنیت درباره بحران آب برگزار شد";
    for (headline, stamps, body, date) in [
        (
            arabic,
            "آخر تحديث: 20 يناير 2024 - 10:15\nنشر في: 14 يناير 2024 - 09:00",
            BODY,
            "2024-01-14T09:00",
        ),
        (
            arabic,
            "تم التحديث في 20/01/2024\nتاريخ النشر 14/01/2024",
            BODY,
            "2024-01-14",
        ),
        (
            persian,
            "آخرین به روز رسانی: ۱۸ آذر ۱۴۰۳ - ۱۲:۰۰\nتاریخ انتشار: ۱۴ آذر ۱۴۰۳ - ۰۹:۳۰",
            PERSIAN_BODY,
            "2024-12-04T09:30",
        ),
    ] {
        let page = format!("{headline}\n{stamps}\n{body}\n{body}\n");
        let (_, meta) = decisions(&page);
        assert_eq!(meta.date.as_deref(), Some(date), "{stamps}");
    }
    let page =
        format!("الأحد 21 يناير 2024\n{arabic}\n{BODY}\n{BODY}\n{BODY}\nنشر بتاريخ 14 يناير 2024\n");
    assert_eq!(decisions(&page).1.date.as_deref(), Some("2024-01-14"));
}

#[test]
fn an_embedded_instagram_post_between_paragraphs_is_seen_through() {
    let page = format!(
        "وزير الخارجية يلتقي نظيره الفرنسي في العاصمة\n{BODY}\n{BODY} وأضاف.\n\
         View this post on Instagram\nA post shared by وزارة الخارجية (@mfa_example)\n\
         وأشار إلى أن البلدين اتفقا على تشكيل لجنة مشتركة تجتمع كل ثلاثة أشهر لمتابعة ما تم التوصل إليه من تفاهمات.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[4].reason, Reason::Caption);
    assert!(!s.lines[3].keep && s.lines[5].keep, "{:?}", s.lines);
    // So is one whose embed speaks Arabic.
    let page = page
        .replace(
            "View this post on Instagram",
            "عرض هذا المنشور على Instagram",
        )
        .replace("A post shared by", "تمت المشاركة بواسطة");
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[4].reason, Reason::Caption);
    assert!(!s.lines[3].keep && s.lines[5].keep, "{:?}", s.lines);
}

#[test]
fn the_writers_role_between_byline_and_date_is_no_headline() {
    let page = format!(
        "الرئيسية\nمعامل التأثير في المجلات العربية\nالكاتب : د. محمود عبد الله\n\
         مدير مشروع معامل التأثير العربي\nتاريخ النشر\n24, أغسطس 2019\n{BODY}\n{BODY}\nشارك المقال\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("معامل التأثير في المجلات العربية")
    );
    assert_eq!(s.meta.authors, ["د. محمود عبد الله"]);
    assert_eq!(s.meta.date.as_deref(), Some("2019-08-24"));
}

#[test]
fn a_country_under_the_headline_is_the_storys_region_not_its_writer() {
    let page = "صفحه اصلی\nسیاسی\nنشست شورای امنیت درباره بحران آب برگزار شد\nایالات متحده آمریکا\n\
                تاریخ خبر: یکشنبه 10 مهر 1401\n\
                به گزارش خبرنگار ما، نشست شورای امنیت سازمان ملل متحد درباره بحران آب در منطقه روز گذشته برگزار شد و نمایندگان کشورها دیدگاه‌های خود را مطرح کردند.\n\
                در این نشست چند کشور خواستار همکاری بیشتر برای مدیریت منابع آب شدند و پیشنهادهایی برای تشکیل کارگروه مشترک ارائه شد.\n";
    let s = super::strip(page, &StripConfig::default());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
    // A writer's name there is still the writer's.
    let page = page.replace("ایالات متحده آمریکا", "مریم احمدی");
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.authors, ["مریم احمدی"]);
}

#[test]
fn headlines_flattened_onto_one_line_are_a_list_and_sentences_or_a_dateline_are_not() {
    for row in [
        "دقائق من الرعب جنوب المدينة.. مصابون في انقلاب حافلة • بالصور.. تشييع جثمان الفنان في ليلة حزينة • وزير الخارجية يختتم جولته الأفريقية بشراكة جديدة",
        "قیمت طلا امروز در بازار تهران | افزایش قیمت بنزین از ماه آینده | برگزاری نمایشگاه کتاب در اصفهان",
        "وزیراعظم کا دورہ چین مکمل ہو گیا · بارش کا نیا سلسلہ شروع ہونے کا امکان · کرکٹ ٹیم کا اعلان کر دیا گیا",
        "Gold price in the capital today | Silver rate in the capital | Bank holidays this month",
        // Quotes, a dash and a no-break space before the first separator.
        "«المنتخب» يستعد لمباراة الحسم –\u{a0}أمام ضيفه • بالصور.. تشييع جثمان الفنان في ليلة حزينة ◄ وزير الخارجية يختتم جولته الأفريقية بشراكة جديدة",
    ] {
        assert!(headline_row(row), "{row}");
    }
    for not_row in [
        // A menu's items are shorter: a menu row.
        "من نحن | اتصل بنا | سياسة الخصوصية | الإعلانات",
        // A title with its section and site.
        "الأمم المتحدة تحذر من أزمة غذاء في منطقة الساحل | أخبار | شبكة الأخبار",
        // Sentences.
        "قال الوزير إن الخطة جاهزة الآن. | وأضاف أنها ستطبق قريبا جدا. | وختم حديثه بالشكر.",
        // Dashes set between words in prose.
        "أكد الوزير - في مؤتمر صحفي عقده اليوم - أن المفاوضات - رغم صعوبتها - ستستمر",
    ] {
        assert!(!headline_row(not_row), "{not_row}");
    }
    let page = format!(
        "الرئيسية\nأخبار\nعاجل سعر الذهب اليوم في الأسواق المحلية | افتتاح معرض الكتاب في دورته الجديدة | \
         المنتخب يستعد لمباراة الحسم أمام ضيفه\nوزير الخارجية يلتقي نظيره الفرنسي\n{BODY}\n{BODY}\n"
    );
    let (d, _) = decisions(&page);
    assert_eq!(d[2], (false, Reason::HeadlineList));
    assert!(d[3].0 && d[4].0);
    // A dateline's stamps between bullets are none.
    let page = "City council approves the new budget for schools\n\
                Published Aug 28, 2024 • Last updated 1 hour ago • 4 minute read\n\
                The city council approved on Monday a budget that raises spending on schools by a tenth.\n";
    let (d, meta) = decisions(page);
    assert_eq!(d[1], (false, Reason::Dateline));
    assert_eq!(meta.date.as_deref(), Some("2024-08-28"));
    // A long row may hold a question or a short teaser among its headlines; a short one may not.
    let long = "ارتفاع أسعار الذهب في الأسواق المحلية | افتتاح معرض الكتاب في دورته الجديدة | \
                الحكومة الجديدة أمام مهمة صعبة.. ماذا ينتظرها؟ | المنتخب يستعد لمباراة الحسم أمام ضيفه | \
                تعرف على حالة الطقس المتوقعة غدا | سعر الدولار اليوم الأربعاء 12-6-2024 في البنوك";
    assert!(headline_row(long));
    assert!(!headline_row(
        "ارتفاع أسعار الذهب في الأسواق المحلية | ماذا ينتظر الحكومة الجديدة؟ | افتتاح معرض الكتاب"
    ));
}

#[test]
fn a_ticker_whose_headlines_only_wide_spaces_part_is_a_list() {
    let ticker = "رئيس الوزراء يهنئ الأزهر بعيد الأضحى المبارك    طفرة تعليمية بمعايير عالمية    \
        الحكومة الجديدة في مهمة اقتصادية صعبة.. ماذا في انتظارها؟    رئيس الجامعة يتفقد لجان الامتحانات    \
        سعر صرف الدينار اليوم الأربعاء 12-6-2024 في البنوك    تعرف على التأخيرات المتوقعة للقطارات اليوم";
    let page = format!(
        "الرئيسية\nأخبار\n{ticker}\nوزير المالية يعلن حزمة جديدة لدعم الصادرات\n{BODY}\n{BODY} وأضاف.\n"
    );
    let (d, _) = decisions(&page);
    assert_eq!(d[2], (false, Reason::HeadlineList), "{d:?}");
    assert!(d[4].0 && d[5].0, "{d:?}");
    // A ticker's whole bar holds questions, exclamations and two-word teasers among its headlines; under
    // the last paragraph, with no blank line between, it is no line of a hard-wrapped paragraph.
    let bar = [
        "محافظ المدينة يفتتح جسرا جديدا فوق النهر",
        "الخريف الطويل",
        "أسعار الخضار في الأسواق.. إلى أين؟!",
        "منتخب الشباب يتأهل إلى نصف النهائي",
        "هل تعود الأمطار الأسبوع المقبل؟",
        "مهرجان الزيتون السنوي",
        "افتتاح مكتبة عامة في الحي القديم",
        "جامعة العاصمة تعلن مواعيد التسجيل",
        "الطيران المدني يحذر المسافرين من التأخير",
    ]
    .join("    ");
    let commas = "وأوضح الوزير أن الحزمة تشمل قروضا ميسرة، وإعفاءات جمركية للمصانع الصغيرة، \
                  وبرامج تدريب للعاملين في قطاع التصدير، على أن تبدأ مطلع العام المقبل.";
    let more =
        "وأشار إلى أن الوزارة ستتابع التنفيذ، وأنها ستنشر تقريرا كل ثلاثة أشهر، داعيا المصدرين \
                إلى التسجيل.";
    for page in [
        format!("{bar}\nوزير المالية يعلن حزمة جديدة لدعم الصادرات\n{BODY}\n{BODY} وأضاف.\n"),
        format!("وزير المالية يعلن حزمة جديدة لدعم الصادرات\n\n{BODY}\n{commas}\n{more}\n{bar}\n"),
    ] {
        let (d, meta) = decisions(&page);
        let row = page.lines().position(|l| l == bar).unwrap();
        assert_eq!(d[row], (false, Reason::HeadlineList), "{d:?}");
        let kept = page.lines().filter(|l| !l.is_empty() && *l != bar).count();
        assert_eq!(d.iter().filter(|(keep, _)| *keep).count(), kept, "{d:?}");
        assert_eq!(
            meta.title.as_deref(),
            Some("وزير المالية يعلن حزمة جديدة لدعم الصادرات")
        );
    }
    // The gaps become bars only on a line with two of them or more: one wide gap (a verse's two halves,
    // a label and its value) stays a space, as do the edges' spaces, tabs and two spaces.
    let marked = view::with_row_gaps_marked("أ ب    ج د\n  قال     الوزير   إن  \nهـ و\tز ح  ط");
    assert_eq!(marked, "أ ب    ج د\n  قال | الوزير | إن  \nهـ و\tز ح  ط");
    assert!(matches!(
        view::with_row_gaps_marked("قال الوزير  إن الخطة جاهزة"),
        std::borrow::Cow::Borrowed(_)
    ));
    // Lines gapped one after the other are a layout's columns, whose text goes on down each column.
    let columns = "قال الوزير إن    الحكومة ستطلق خطة    جديدة للنقل العام\n\
                   الخطة جاهزة الآن    في المدن الكبرى    بدءا من الشهر المقبل";
    assert!(matches!(
        view::with_row_gaps_marked(columns),
        std::borrow::Cow::Borrowed(_)
    ));
}

#[test]
fn a_headline_that_prints_a_date_is_still_the_headline_and_a_breadcrumb_is_not() {
    let page = "نگاه روز\nصفحه اصلی › اقتصاد › بازار\nقیمت دلار امروز ۱۴ آذر ۱۴۰۳؛ دلار در کانال ۷۰ هزار تومان ماند\n\
        نویسنده: مریم احمدی\n۱۴ آذر ۱۴۰۳ - ۰۹:۳۰\n\
        قیمت دلار در بازار آزاد تهران امروز چهارشنبه با افزایش ۲۰۰ تومانی نسبت به روز گذشته به ۷۰ هزار تومان رسید.\n\
        به گفته فعالان بازار، انتظار برای تصمیمات جدید بانک مرکزی درباره نرخ ارز، معاملات امروز را کم‌رونق کرده است.\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.lines[1].reason, Reason::Ui, "{:?}", s.lines);
    assert_eq!(
        s.meta.title.as_deref(),
        Some("قیمت دلار امروز ۱۴ آذر ۱۴۰۳؛ دلار در کانال ۷۰ هزار تومان ماند")
    );
}

#[test]
fn a_most_read_list_above_the_article_ends_at_the_headline_over_the_byline() {
    let page = "الشرق اليوم | أخبار العالم العربي\nالأكثر قراءة\n1\nارتفاع قياسي في أسعار الذهب مع تصاعد التوترات\n\
        2\nالحكومة تعلن موعد صرف رواتب ديسمبر\n3\nتعرف على حالة الطقس في عطلة نهاية الأسبوع\n\
        وزير الصحة: 5 إجراءات جديدة لتقليل قوائم انتظار العمليات الجراحية\nمحمد عبد الله\n04 ديسمبر 2024 | 11:20 ص\n\
        أعلن وزير الصحة والسكان حزمة من الإجراءات الجديدة تهدف إلى تقليص قوائم انتظار العمليات الجراحية في المستشفيات.\n\
        وقال الوزير في مؤتمر صحفي إن عدد المرضى على قوائم الانتظار تراجع بنسبة 40 في المئة منذ إطلاق المبادرة.\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.lines[8].reason, Reason::Title, "{:?}", s.lines);
    assert_eq!(s.meta.authors, ["محمد عبد الله"]);
    assert!(s.lines[1..8].iter().all(|d| !d.keep), "{:?}", s.lines);
}

#[test]
fn a_video_players_controls_under_the_headline_name_no_writer() {
    let page = format!(
        "شاهد.. لحظة انهيار مبنى سكني في الإسكندرية\nPlay Video\nPlay\nMute\nDuration 2:14\nFullscreen\n\
         الخميس 05 ديسمبر 2024 - 17:02\n{BODY}\n{BODY} وأضاف.\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
    assert_eq!(s.lines[1].reason, Reason::LatinBlock, "{:?}", s.lines);
    // A writer's name in Latin letters, alone among the Arabic lines, is still the byline.
    let page = format!(
        "شاهد.. لحظة انهيار مبنى سكني في الإسكندرية\nJohn Smith\nالخميس 05 ديسمبر 2024 - 17:02\n{BODY}\n{BODY} وأضاف.\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.authors, ["John Smith"], "{:?}", s.lines);
}

#[test]
fn a_blog_posts_headline_under_the_writers_box_and_its_stamp_is_the_title() {
    let page = "ویرگول\nنوشتن\nمهدی رضایی\nبرنامه‌نویس و علاقه‌مند به یادگیری ماشین\nدنبال کردن\n۲ روز پیش\n\
        چرا هر برنامه‌نویسی باید گیت را عمیق یاد بگیرد؟\n\
        بیشتر برنامه‌نویس‌هایی که می‌شناسم از گیت فقط چند دستور ساده بلدند: کامیت، پوش و پول. تا وقتی همه چیز خوب پیش برود این کافی است.\n\
        گیت در واقع یک پایگاه داده ساده از اشیاء است. هر کامیت یک عکس کامل از پروژه است که به کامیت‌های قبلی اشاره می‌کند.\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("چرا هر برنامه‌نویسی باید گیت را عمیق یاد بگیرد؟"),
        "{:?}",
        s.lines
    );
    assert!(!s.lines[3].keep, "{:?}", s.lines);
}

#[test]
fn a_columnists_name_over_the_date_over_the_headline_is_the_writer() {
    let page = format!(
        "روزنامہ ایکسپریس\nکالم\nبلاگ\nڈاکٹر منصور نورانی\nجمعہ 6 دسمبر 2024\nمعیشت کی بحالی: خواب یا حقیقت؟\n{BODY}\n{BODY} وأضاف.\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.authors, ["ڈاکٹر منصور نورانی"], "{:?}", s.lines);
    // A section's label over the date names no one.
    let page = format!(
        "روزنامہ ایکسپریس\nکالم\nبلاگ\nاقتصادی خبریں\nجمعہ 6 دسمبر 2024\nمعیشت کی بحالی: خواب یا حقیقت؟\n{BODY}\n{BODY} وأضاف.\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
}

#[test]
fn a_tables_cells_inside_the_article_name_no_writer_and_may_repeat() {
    let page = "البنك الأهلي يطرح شهادة ادخار جديدة بعائد 23.5%\nالأحد 8 ديسمبر 2024 - 11:45 ص\n\
        طرح البنك الأهلي المصري، اليوم الأحد، شهادة ادخار جديدة لمدة عام بعائد ثابت يبلغ 23.5 في المئة يصرف شهريا.\n\
        وقال مصدر مصرفي إن الشهادة الجديدة تأتي في إطار خطة البنك لجذب مزيد من السيولة بعد انتهاء أجل شهادات سابقة.\n\
        مدة الشهادة\nالعائد\nدورية الصرف\nسنة\n23.5%\nشهري\n3 سنوات\n19%\nشهري\n\
        وأوضح المصدر أن الشهادة متاحة للأفراد من المصريين فقط، ويجوز الاقتراض بضمانها بنسبة تصل إلى 90 في المئة.\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
    assert_ne!(s.lines[12].reason, Reason::Duplicate, "{:?}", s.lines);
}

#[test]
fn a_footers_links_alone_on_their_lines_are_ui() {
    for link in [
        "من نحن",
        "اتصل بنا",
        "درباره ما",
        "تماس با ما",
        "ہمارے بارے میں",
        "About us",
    ] {
        let (d, _) = decisions(&format!("{BODY}\n{link}\n"));
        assert_eq!(d[1].1, Reason::Ui, "{link}");
    }
}

#[test]
fn a_list_of_name_and_country_pairs_is_no_signature() {
    let page = format!(
        "{BODY}\nأديمولا لوكمان - نيجيريا\nأشرف حكيمي - المغرب\nرونوير ويليامز - جنوب أفريقيا\n{BODY} وأضاف.\n"
    );
    let (d, meta) = decisions(&page);
    assert!(meta.authors.is_empty(), "{:?} {d:?}", meta.authors);
    assert!(d[1..4].iter().all(|&(_, r)| r != Reason::Byline), "{d:?}");
    // One such line alone after the article is its signature.
    let (d, meta) = decisions(&format!("{BODY}\n{BODY} وأضاف.\nالقاهرة - أحمد علي\n"));
    assert_eq!(d[2].1, Reason::Byline, "{d:?} {meta:?}");
}

#[test]
fn a_dates_two_month_names_a_bbc_image_source_and_a_skip_link_are_read_as_such() {
    for line in ["8 ديسمبر/ كانون الأول 2024", "8 كانون الأول/ ديسمبر 2024"]
    {
        let (d, meta) = decisions(&format!("{line}\n{BODY}\n"));
        assert_eq!(d[0].1, Reason::Dateline, "{line}");
        assert_eq!(meta.date.as_deref(), Some("2024-12-08"), "{line}");
    }
    // A month's name may end the line: there is no word after it to read (this panicked once).
    assert!(date::find_date("2024 8 ديسمبر").is_none_or(|d| d.words_used <= 3));
    let (d, _) = decisions(&format!("{BODY}\nصدر الصورة، NASA\n{BODY} وأضاف.\n"));
    assert_eq!(d[1].1, Reason::Caption);
    let s = strip_with_model(
        &format!("تخطى إلى المحتوى\n{BODY}\n{BODY} وأضاف.\n"),
        &StripConfig::default(),
        None,
        LineModel::bundled(),
    );
    assert_ne!(s.meta.title.as_deref(), Some("تخطى إلى المحتوى"));
}

#[test]
fn bylines_with_longer_openings_and_a_date_after_the_name_give_the_writer() {
    for (line, name) in [
        ("نشر بواسطة: سارة أحمد في 5/12/2024", "سارة أحمد"),
        ("نوشته شده توسط علی رضایی", "علی رضایی"),
        ("یادداشت از مریم احمدی", "مریم احمدی"),
        ("ارسال شده توسط: مریم کریمی ۱۵ آذر ۱۴۰۳", "مریم کریمی"),
    ] {
        let page = format!("عنوان الخبر الرئيسي عن الاقتصاد اليوم\n{line}\n{BODY}\n{BODY} وأضاف.\n");
        let (d, meta) = decisions(&page);
        assert_eq!(d[1].1, Reason::Byline, "{line}");
        assert_eq!(meta.authors, [name], "{line}");
    }
}

#[test]
fn a_tables_cells_between_two_paragraphs_share_one_fate() {
    let (page, s) = shape_page("ar-league-table.txt");
    let text: Vec<&str> = page.split('\n').collect();
    let kept: Vec<&str> = s
        .lines
        .iter()
        .filter(|l| l.keep)
        .map(|l| text[l.line - 1])
        .collect();
    for cell in ["الفريق", "لعب", "النقاط", "بيراميدز", "13", "11"] {
        assert!(kept.contains(&cell), "{cell} dropped: {kept:?}");
    }
    // The scores above the article and the menu stay out.
    assert!(!kept.iter().any(|l| l.contains("3 - 1")), "{kept:?}");
    assert_eq!(s.meta.authors, ["محمود عبد الرحمن"]);
}

#[test]
fn a_name_line_under_the_headline_is_read_without_the_roles_before_it() {
    let page = |byline: &str| {
        format!(
            "خطة اقتصادية جديدة لدعم الصناعات الصغيرة | الخبر\nالرئيسية\nأخبار\n\
             خطة اقتصادية جديدة لدعم الصناعات الصغيرة\n{byline}\n4 ديسمبر 2024\n{BODY}\n{BODY} وأضاف.\n"
        )
    };
    for (byline, authors) in [
        ("الكاتب الصحفي محمود سعد", vec!["محمود سعد"]),
        // A role alone signs the piece as it is.
        ("نمائندہ خصوصی", vec!["نمائندہ خصوصی"]),
        ("محمد عبد الله - القاهرة", vec!["محمد عبد الله"]),
    ] {
        let s = strip_with_model(
            &page(byline),
            &StripConfig::default(),
            None,
            LineModel::bundled(),
        );
        assert_eq!(s.meta.authors, authors, "{byline}");
    }
}

#[test]
fn a_table_of_contents_under_the_headline_names_no_writer() {
    let page = "تجديد جواز السفر إلكترونيا | دليل الخدمات\nالرئيسية\nخدمات\n\
                تجديد جواز السفر إلكترونيا\nآخر تحديث: 3 أبريل 2025\nمحتويات المقال\nشروط التجديد\n\
                الرسوم\nالأسئلة الشائعة\n";
    let page = format!("{page}{BODY}\n{BODY} وأضاف.\n");
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
    // A widget asking whether the page helped is UI.
    assert!(lexicon::is_ui(&fold("هل كانت هذه المعلومات مفيدة")));
}

#[test]
fn a_writers_card_glued_to_their_role_over_the_headline_is_the_author() {
    let (_, s) = shape_page("ar-opinion-column-with-the-writers-card-glued-to-their-role.txt");
    assert_eq!(s.meta.authors, ["د. ليلى حداد"]);
    // A name glued to the writer's city is the name alone.
    let (_, s) = shape_page("ar-gulf-paper-with-the-writers-city-glued-to-the-name.txt");
    assert_eq!(s.meta.authors, ["خالد المنصوري"]);
}

#[test]
fn a_writer_over_their_role_over_the_headline_is_the_author() {
    let (_, s) = shape_page("ar-column-writer-over-headline.txt");
    assert_eq!(s.meta.authors, ["د. سامي الخطيب"]);
    assert_eq!(
        s.meta.title.as_deref(),
        Some("هل تنجح الدبلوماسية في إنهاء الحرب؟")
    );
}

#[test]
fn the_last_paragraph_over_a_list_of_references_is_the_articles() {
    let (page, s) = shape_page("ar-encyclopaedia-references.txt");
    let text: Vec<&str> = page.split('\n').collect();
    let last_kept = s.lines.iter().rfind(|l| l.keep).unwrap();
    assert!(
        text[last_kept.line - 1].ends_with("أولا.[٣]"),
        "{}",
        text[last_kept.line - 1]
    );
    assert!(s
        .lines
        .iter()
        .filter(|l| l.keep)
        .all(|l| !text[l.line - 1].contains("Retrieved")));
    // "كتابة:" opens the byline, glued to the name.
    assert_eq!(s.meta.authors, ["رنا الحلبي"]);
    assert_eq!(crate::without_citations("أولا.[٣]"), "أولا.");
    assert_eq!(crate::without_citations("in 2019.[12][a]"), "in 2019.");
    assert_eq!(crate::without_citations("see [the list]"), "see [the list]");
}

#[test]
fn a_labels_comma_glued_to_the_name_opens_a_byline() {
    assert_eq!(
        crate::byline::byline_authors("نویسنده,مریم افشنگ"),
        Some(vec!["مریم افشنگ".to_string()])
    );
    assert_eq!(
        crate::byline::byline_authors("Author,Jane Holloway"),
        Some(vec!["Jane Holloway".to_string()])
    );
}

#[test]
fn a_name_with_vowel_marks_or_an_arabic_kaf_in_its_title_is_still_a_name() {
    let page = |byline: &str| {
        format!(
            "الحكومة تقر خطة جديدة لتطوير الميناء\n{byline}\n2 ديسمبر 2024\n\
أعلن وزير النقل أن الحكومة أقرت خطة لتطوير الميناء خلال السنوات الخمس المقبلة بعد نقاش طويل.\n\
وقال الوزير إن العمل سيبدأ في الرصيف الشمالي قبل نهاية العام الجاري بحسب الخطة المعلنة.\n"
        )
    };
    for (byline, name) in [
        ("مُحمّد منصور", "مُحمّد منصور"),
        ("عَلی رضایی", "عَلی رضایی"),
        ("دكتر حسين عباسي", "دكتر حسين عباسي"),
    ] {
        let s = strip_with_model(
            &page(byline),
            &StripConfig::default(),
            None,
            LineModel::bundled(),
        );
        assert_eq!(s.meta.authors, [name], "{byline}");
    }
}

#[test]
fn buttons_that_load_more_between_paragraphs_are_ui() {
    let page = "عنوان المقال عن الاقتصاد\nجاري التحميل...\n\
بدأت الحكومة اليوم تنفيذ خطة جديدة لدعم المزارعين في المحافظات الجنوبية بعد موسم صعب.\nادامه مطلب\n\
وقال الوزير إن الخطة تشمل قروضا ميسرة وبذورا محسنة وتوسيع شبكات الري في القرى.\nمزید دیکھیں\nLoading...\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    for line in [2, 4, 6, 7] {
        assert_eq!(s.lines[line - 1].reason, Reason::Ui, "line {line}");
    }
    assert!(s.lines[2].keep && s.lines[4].keep);
}

#[test]
fn a_city_and_its_source_under_the_headline_is_a_dateline_not_the_headline() {
    let page = format!(
        "الرئيسية\nأخبار العالم\nاقتصاد\nالإمارات تعلن عن خطة جديدة لدعم الطاقة المتجددة\n\
         شبكة الأفق الإخبارية - أبوظبي\nنشر في: 05 ديسمبر 2026 - 10:15\n{BODY}\n{BODY}\n{BODY}\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("الإمارات تعلن عن خطة جديدة لدعم الطاقة المتجددة")
    );
    assert!(!s.lines[4].keep);
    assert_eq!(s.meta.authors, ["شبكة الأفق الإخبارية"]);
    // A city before a dash opens a reporter's byline as a city before a colon does.
    assert_eq!(byline::without_place("مسقط - سالم البلوشي"), "سالم البلوشي");
    assert_eq!(
        byline::without_place("عاجل - سالم البلوشي"),
        "عاجل - سالم البلوشي"
    );
}

#[test]
fn the_sites_name_before_a_dash_is_no_part_of_the_writers_name() {
    let page = format!(
        "مغرب بريس\nالرئيسية\nسياسة\nالحكومة تصادق على مشروع قانون جديد لتنظيم العمل عن بعد\n\
         مغرب بريس - يوسف بنعلي\nالجمعة 5 دجنبر 2026 - 12:40\n{BODY}\n{BODY}\n{BODY}\n"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.authors, ["يوسف بنعلي"]);
    assert!(!s.lines[4].keep);
}

#[test]
fn a_dont_miss_box_between_paragraphs_is_a_related_block() {
    let page = "محافظ الجيزة يتفقد أعمال رصف الطرق بالمدينة\n\
        تفقد المحافظ، اليوم الخميس، أعمال رصف وتطوير عدد من الطرق الرئيسية بالمدينة، ضمن خطة لرفع كفاءة الشبكة.\n\
        واستمع المحافظ خلال الجولة إلى شرح من رئيس الحي حول نسب التنفيذ، والتي وصلت إلى ثلاثة أرباع المرحلة الأولى.\n\
        لا يفوتك\n\
        محافظ الجيزة يوجه بسرعة الانتهاء من مشروعات الطرق\n\
        ووجه المحافظ بضرورة الالتزام بالجدول الزمني المحدد، ومراعاة معايير الجودة في جميع مراحل العمل.\n\
        كما شدد على أهمية التنسيق مع شركات المرافق قبل البدء في أعمال الرصف، لتفادي إعادة الحفر بعد انتهائها.\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(
        (s.lines[3].reason, s.lines[4].reason),
        (Reason::RelatedBlock, Reason::RelatedBlock)
    );
    assert!(s.lines[5].keep);
}

#[test]
fn a_subheading_after_a_pointers_links_opens_the_article_again() {
    let page = "البرلمان يقر موازنة العام المقبل بعد أشهر من الخلاف\n\
        صوت مجلس النواب، مساء الخميس، على قانون الموازنة العامة للعام المقبل بعد أشهر من الخلافات بين الكتل.\n\
        وقالت الدائرة الإعلامية للمجلس في بيان إن القانون أقر بمواده كافة بعد إدخال تعديلات على الجداول.\n\
        اقرأ أيضا\n\
        العراق يرفع صادراته النفطية إلى أعلى مستوى منذ سنوات\n\
        خلافات الموازنة تؤخر رواتب موظفي الإقليم مرة أخرى\n\
        عجز متوقع\n\
        وتبلغ قيمة الموازنة نحو مئتي تريليون دينار، بعجز متوقع يقارب ستين تريليونا وفق اللجنة المالية.\n\
        وأوضح عضو اللجنة أن الحكومة ستلجأ إلى الاقتراض الداخلي والخارجي لسد جزء من العجز المتوقع.\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    let reasons: Vec<Reason> = s.lines.iter().map(|d| d.reason).collect();
    assert_eq!(reasons[3..6], [Reason::ReadAlso; 3]);
    assert_ne!(reasons[6], Reason::ReadAlso);
    // Among links as short as it, a short line is the last link.
    let mut folded = String::new();
    let lines = Line::split(page, &mut folded);
    assert_eq!(subheading_after_links(&lines, 4, 7), Some(6));
    let short = "اقرأ أيضا\nأسعار النفط\nرواتب الإقليم\nعجز متوقع\n";
    let lines = Line::split(short, &mut folded);
    assert_eq!(subheading_after_links(&lines, 1, 4), None);
}

#[test]
fn read_more_inside_an_article_points_at_another_and_leaves_the_paragraph_before() {
    let page = "موسكو: محادثات جديدة مع كييف ممكنة مطلع العام المقبل\n\
        وقال المتحدث باسم الكرملين في تصريحات للصحفيين اليوم الجمعة إن موسكو لم تغلق الباب أمام الحلول الدبلوماسية.\n\
        وأشار إلى أن مكان المحادثات وموعدها لم يحددا بعد، وأن الجانب الروسي ينتظر ردا على مقترحاته الأخيرة.\n\
        اقرأ المزيد\n\
        لافروف يبحث مع نظيره التركي الوضع في أوكرانيا\n\
        من جهتها، قالت الخارجية الأوكرانية إن كييف مستعدة لأي مفاوضات تحترم سيادة البلاد ووحدة أراضيها.\n\
        وكانت آخر جولة من المحادثات المباشرة بين الطرفين قد عقدت في إسطنبول، وأسفرت عن اتفاق على تبادل الأسرى.\n";
    let (d, _) = decisions(page);
    assert!(d[2].0, "{:?}", d[2]);
    assert_eq!(d[3..5], [(false, Reason::ReadAlso); 2]);
    assert!(d[5].0 && d[6].0);
    // Where cards follow it, a summary over its "read more" is a teaser still.
    let cards = "أسعار الذهب اليوم\n\
        ارتفعت أسعار الذهب في الأسواق المحلية اليوم مع تراجع الدولار وتزايد الطلب على الملاذات الآمنة.\n\
        اقرأ المزيد\n\
        موعد صرف الرواتب\n\
        أعلنت وزارة المالية موعد صرف رواتب شهر ديسمبر للعاملين في الدولة بزيادة جديدة هذا العام.\n\
        اقرأ المزيد\n";
    let (d, _) = decisions(cards);
    assert_eq!((d[1].1, d[4].1), (Reason::Teaser, Reason::Teaser));
}

#[test]
fn a_pointers_last_summary_before_a_related_heading_is_its_items() {
    let page = format!(
        "{SOLAR_LEAD}\n{SOLAR_TEXT}\n\
         بیشتر بخوانید\n\
         افزایش قیمت طلا در بازار\n\
         قیمت طلا در معاملات امروز افزایش چشمگیری داشت و کارشناسان پیش‌بینی می‌کنند این روند ادامه یابد.\n\
         هشدار هواشناسی درباره سرما\n\
         سازمان هواشناسی نسبت به کاهش شدید دما در روزهای آینده در بیشتر مناطق کشور هشدار داد.\n\
         اخبار مرتبط\n\
         افزایش ساعت کار مترو در روزهای پایانی هفته\n"
    );
    let (d, _) = decisions(&page);
    assert!(d[0].0 && d[1].0, "{d:?}");
    assert!(d[2..9].iter().all(|&(keep, _)| !keep), "{d:?}");
    // After a single link, the paragraph before the related heading is the article's last.
    let page = format!(
        "{SOLAR_LEAD}\n{SOLAR_TEXT}\n\
         بیشتر بخوانید\n\
         افزایش قیمت طلا در بازار\n\
         سازمان هواشناسی نسبت به کاهش شدید دما در روزهای آینده در بیشتر مناطق کشور هشدار داد.\n\
         اخبار مرتبط\n\
         افزایش ساعت کار مترو در روزهای پایانی هفته\n"
    );
    let (d, _) = decisions(&page);
    assert_eq!(d[2..4], [(false, Reason::ReadAlso); 2], "{d:?}");
    assert!(d[4].0, "{d:?}");
}

#[test]
fn read_more_under_the_articles_last_paragraphs_heads_the_list_after_it() {
    let related = "اقرأ المزيد\n\
        ارتفاع أسعار الذهب في الأسواق المحلية\n\
        سجلت أسعار الذهب ارتفاعا ملحوظا في تعاملات اليوم وسط توقعات باستمرار الصعود خلال الأسبوع المقبل.\n\
        افتتاح معرض الكتاب في دورته الجديدة\n\
        افتتح وزير الثقافة معرض الكتاب بمشاركة مئات الناشرين من مختلف الدول العربية والأجنبية.\n";
    let last = "وأضاف أن الأسعار مرشحة للاستقرار مع دخول إنتاج البيوت المحمية إلى الأسواق خلال الأسابيع المقبلة.\n";
    // Two paragraphs, or a paragraph, a subheading and a paragraph, close the article over it.
    for article in [
        format!("{BODY}\n{last}"),
        format!("{BODY}\nأسباب الارتفاع\n{last}"),
    ] {
        let page = format!("{article}{related}");
        let (d, meta) = decisions(&page);
        let n = article.lines().count();
        assert!(d[..n].iter().all(|&(keep, _)| keep), "{page}\n{d:?}");
        // Under a paragraph the page opens with, a two-word line is a subheading, no writer's name.
        assert!(meta.authors.is_empty(), "{:?}", meta.authors);
        assert_eq!(d[n..n + 5], [(false, Reason::RelatedBlock); 5], "{page}");
    }
    // A card's blurb alone under its headline is a teaser still, and so is a promo's text over its
    // "read more" with no headline after it.
    let promo = format!("{BODY}\n{last}اقرأ المزيد\nتابعونا على مواقع التواصل\n");
    let (d, _) = decisions(&format!("عنوان البطاقة الأولى هنا\n{last}{related}"));
    assert_eq!(d[1], (false, Reason::Teaser), "{d:?}");
    let (d, _) = decisions(&promo);
    assert!(d[1].0, "{d:?}");
}

#[test]
fn an_arabic_byline_opener_in_persian_or_urdu_letters_is_another_word() {
    // "كتب" (wrote) opens an Arabic byline; "کتب" (books) opens an Urdu headline.
    assert_eq!(
        byline::byline_authors("كتب محمد علي"),
        Some(vec!["محمد علي".to_string()])
    );
    assert_eq!(byline::byline_authors("کتب میلے کا افتتاح"), None);
    assert_eq!(
        byline::byline_authors("نوشته مریم احمدی"),
        Some(vec!["مریم احمدی".to_string()])
    );
}

#[test]
fn a_preposition_opens_a_byline_only_before_a_name_alone() {
    // Urdu "از" (by) before a name, its date and a post's fields after it or not.
    for (line, name) in [
        ("از سارہ احمد", "سارہ احمد"),
        ("از محمد علی 7 دسمبر 2026", "محمد علی"),
        ("از سارہ احمد7 دسمبر 20260 تبصرے124 مناظر", "سارہ احمد"),
    ] {
        assert_eq!(
            byline::byline_authors(line),
            Some(vec![name.to_string()]),
            "{line}"
        );
    }
    // Persian "از" (from) before a place, a phrase, a range.
    for line in [
        "از تهران",
        "از سوی دیگر",
        "از نگاه کارشناسان",
        "از محمد تا امروز",
        "از علی تا حسین",
    ] {
        assert_eq!(byline::byline_authors(line), None, "{line}");
    }
}

#[test]
fn a_reading_time_glued_after_a_bylines_date_leaves_the_byline() {
    assert_eq!(
        byline::byline_authors("نویسنده: مریم احمدی۱۴ آذر ۱۴۰۵، ۱۰:۳۰زمان مطالعه: ۳ دقیقه"),
        Some(vec!["مریم احمدی".to_string()])
    );
    // Other words after the date still make no byline of a headline.
    assert_eq!(
        byline::byline_authors("تقرير: الجوع يهدد حياة 50 مليون شخص حول العالم"),
        None
    );
    assert!(lexicon::is_ui_row(&fold("لینک کوتاهنسخه چاپیذخیره")));
    assert!(lexicon::is_ui_row(&fold("همرسانی نظرها")));
    assert!(lexicon::is_ui_row(&fold("همرسانی Close Button")));
}

#[test]
fn a_line_ending_with_a_source_and_photographer_in_parentheses_is_a_caption() {
    let credited = |line: &str| lexicon::ends_with_credit(line, line.split_whitespace().count());
    assert!(credited(
        "مزارع يسقي أرضه من بئر في ريف درعا - 20 تشرين الثاني 2026 (بلدي نت/ سلمى العلي)"
    ));
    assert!(credited(
        "Agents watch the cameras of the camp, on 1 August 2024.Alketa Misja (dpa/picture alliance via Getty)"
    ));
    // A sentence that closes on parentheses, or parentheses with no slash, are no credit.
    assert!(!credited(
        "وقال الوزير إن الخطة ستنفذ على مراحل. (وكالات/ رويترز)"
    ));
    assert!(!credited("Home theatre receivers (A/V 2)"));
    assert!(!credited("وزار الوفد مدينة حلب (شمال سوريا)"));
    // A photo's label before its source marks a credit after any words.
    assert!(credited(
        "سائنس کے میدان میں یہ سال بھی ایجادات کے حوالے سے بھرپور رہا۔ (فوٹو: انٹرنیٹ)"
    ));
    assert!(credited("عکسی از نشست خبری وزیر در تهران (عکس: ایرنا)"));
    assert!(credited(
        "Protesters gather outside the council building (Image: Getty)"
    ));
    // A label that credits no photo, or one with nothing after it, is none.
    assert!(!credited(
        "وقال الوزير إن الخطة جاهزة (المصدر: وزارة المالية)"
    ));
    assert!(!credited(
        "Protesters gather outside the council building (Photo:)"
    ));
}

#[test]
fn the_writers_name_alone_under_the_last_paragraph_opens_their_box() {
    let page = "المياه الجوفية في الجنوب السوري أزمة صامتة تهدد الزراعة\n\
        سلمى العلي3 كانون الأول 2026قراءة 6 دقائق\n\
        لم يعد أبو خالد، المزارع الستيني من ريف درعا الغربي، قادرا على سقاية أشجار الزيتون التي ورثها عن والده.\n\
        يقول أبو خالد إن مستوى المياه في البئر انخفض عاما بعد عام، حتى اضطر إلى تعميقها مرتين قبل أن تجف.\n\
        ويرى خبراء أن الحل يبدأ من تنظيم حفر الآبار، وتشجيع أنظمة الري الحديثة، وإنشاء سدود صغيرة للأمطار.\n\
        سلمى العلي\n\
        صحفية سورية مختصة بالشؤون البيئية والزراعية.\n\
        كل مقالات الكاتب\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.authors, ["سلمى العلي"]);
    assert!(s.lines[4].keep);
    assert!(s.lines[5..].iter().all(|d| !d.keep), "{:?}", &s.lines[5..]);
}

#[test]
fn a_video_players_controls_are_ui_and_name_no_writer() {
    let page = "افتتاح بزرگ‌ترین نیروگاه خورشیدی کشور در کرمان\n\
        پنجشنبه ۱۳ آذر ۱۴۰۵ - ۱۸:۲۰\n\
        پخش\n\
        00:00 / 03:12\n\
        تمام صفحه\n\
        بزرگ‌ترین نیروگاه خورشیدی کشور با ظرفیت ۳۰۰ مگاوات امروز با حضور وزیر نیرو در استان کرمان افتتاح شد.\n\
        این نیروگاه در زمینی به مساحت ۶۰۰ هکتار احداث شده و برق مورد نیاز حدود ۲۰۰ هزار خانوار را تأمین می‌کند.\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
    assert_eq!(
        (s.lines[2].reason, s.lines[4].reason),
        (Reason::Ui, Reason::Ui)
    );
}

#[test]
fn a_videos_card_with_its_duration_glued_to_the_title_is_a_link() {
    let page = "الهلال يقلب الطاولة على النصر ويتصدر الدوري\n\
        قلب فريق الهلال تأخره بهدف أمام غريمه النصر إلى فوز بهدفين مقابل هدف، في المباراة التي جمعتهما مساء اليوم.\n\
        وتقدم النصر في الدقيقة 23 عن طريق مهاجمه البرازيلي، قبل أن يدرك الهلال التعادل في الدقيقة 58 من ركلة جزاء.\n\
        شاهدملخص وأهداف مباراة الهلال والنصر04:32\n\
        وبهذا الفوز رفع الهلال رصيده إلى 31 نقطة ليتصدر جدول الترتيب بفارق نقطتين عن الاتحاد في المركز الثاني.\n\
        وقال مدرب الهلال في المؤتمر الصحفي عقب المباراة إن فريقه أظهر شخصية البطل في الشوط الثاني من اللقاء.\n";
    let (d, _) = decisions(page);
    assert_eq!(d[3], (false, Reason::RelatedBlock));
    assert!(d[4].0 && d[2].0);
    // A time with a space before it, or a sentence's, is no video's duration.
    let (d, _) = decisions("وانطلقت المباراة عند الساعة 20:00\n");
    assert_ne!(d[0].1, Reason::RelatedBlock);
}

#[test]
fn a_pagers_numbers_are_ui() {
    for key in ["12345", "1 2 3 4 5 6 7 8", "1 | 2 | 3", "12345678910"] {
        assert!(pager(key), "{key}");
    }
    for key in ["2024", "1500", "12", "135", "23456"] {
        assert!(!pager(key), "{key}");
    }
}

#[test]
fn an_illustrations_label_and_a_photographers_credit_name_no_writer() {
    let page = "دراسة: النوم أقل من 6 ساعات يرفع خطر الإصابة بأمراض القلب\n\
        صورة تعبيرية\n\
        تصوير - محمد حسن:\n\
        كشفت دراسة حديثة أن البالغين الذين ينامون أقل من ست ساعات في الليلة معرضون أكثر لأمراض القلب.\n\
        وتابعت الدراسة أكثر من 400 ألف شخص على مدى عشر سنوات، ووجدت أن قلة النوم رفعت الخطر بنسبة 20%.\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
    assert_eq!(
        (s.lines[1].reason, s.lines[2].reason),
        (Reason::Caption, Reason::Caption)
    );
    // A city of three letters beside a source is a dateline too.
    assert!(byline::is_place("دبي"));
}

#[test]
fn a_role_glued_to_a_short_last_name_and_a_city_after_a_glued_comma_are_cut_off() {
    assert_eq!(byline::unglued("نازیہ علیصحافی"), "نازیہ علی");
    // The article before a role's word makes a name of it.
    assert_eq!(byline::unglued("محمد الكاتب"), "محمد الكاتب");
    assert_eq!(
        byline::without_trailing_place("فاروق اقدس،اسلام آباد"),
        "فاروق اقدس"
    );
}

#[test]
fn a_byline_over_its_date_under_the_standfirst_names_the_writer() {
    let page = "موسمیاتی تبدیلی: گلیشیئرز پگھلنے سے شمالی علاقوں کو خطرہ\n\
        ماہرین کا کہنا ہے کہ گلگت بلتستان میں تین ہزار سے زائد گلیشیئرز تیزی سے پگھل رہے ہیں۔\n\
        نازیہ علیصحافی@naziaali\n\
        بدھ 3 دسمبر 2026 9:15\n\
        ہنزہ میں پاسو گلیشیئر کا ایک منظر (اے ایف پی)\n\
        گلگت بلتستان کے پہاڑی علاقوں میں گلیشیئرز کے تیزی سے پگھلنے کے باعث جھیلوں کے پھٹنے کے واقعات بڑھ رہے ہیں۔\n\
        محکمہ موسمیات کے ایک عہدیدار نے بتایا کہ گذشتہ ایک دہائی میں درجہ حرارت میں اوسطاً ڈیڑھ ڈگری اضافہ ہوا ہے۔\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.authors, ["نازیہ علی"]);
    assert_eq!(s.lines[4].reason, Reason::Caption);
    assert!(s.lines[1].keep);
}

#[test]
fn an_unstopped_standfirst_between_the_headline_and_the_byline_is_no_headline() {
    let body = "أعلنت الحكومة المصرية اليوم الخميس عن خطة جديدة لدعم الاقتصاد المحلي، تتضمن حزمة من الإجراءات التي تستهدف الشركات الصغيرة والمتوسطة.\n\
        وقال وزير المالية في مؤتمر صحفي إن الخطة ستنفذ على مراحل خلال العام المقبل، وإن الحكومة خصصت لها مبالغ كبيرة من الموازنة.\n\
        وأضاف أن الهدف هو تحفيز النمو وخلق فرص عمل جديدة للشباب في مختلف المحافظات.\n";
    let headline = "مصر تعلن خطة جديدة لدعم الاقتصاد المحلي";
    let standfirst = "أعلنت الحكومة المصرية عن حزمة إجراءات لدعم الاقتصاد تشمل خفض الضرائب على الشركات الصغيرة والمتوسطة";
    // The page's `<title>` names only the site, and a menu stands over the headline.
    let page = format!(
        "شبكة الأخبار\nالرئيسية | أخبار | سياسة | اقتصاد | رياضة\n{headline}\n{standfirst}\n\
        القاهرة - محمد علي\n5 ديسمبر 2026\n{body}"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.title.as_deref(), Some(headline));
    assert_eq!(s.meta.authors, ["محمد علي"]);
    // A kicker of a few words over a long headline is no headline.
    let long = "وزير الخارجية السعودي يلتقي نظيره الأمريكي في الرياض لبحث التطورات الإقليمية والملفات المشتركة بين البلدين";
    let page = format!(
        "شبكة الأخبار\nالرئيسية | أخبار | سياسة | اقتصاد | رياضة\nالشرق الأوسط اليوم\n{long}\n\
        الرياض - محمد علي\n5 ديسمبر 2026\n{body}"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.title.as_deref(), Some(long));
}

#[test]
fn a_blogs_name_before_the_posts_title_makes_no_fuller_headline() {
    let post = "مراجعة رواية موسم الهجرة إلى الشمال";
    let body = "تعد رواية موسم الهجرة إلى الشمال للطيب صالح واحدة من أهم الروايات العربية في القرن العشرين.\n\
        تدور أحداث الرواية حول الراوي العائد من أوروبا إلى قريته على ضفاف النيل، حيث يلتقي بمصطفى سعيد.\n";
    let page = format!(
        "مدونة الكتب والقراءة: {post}\nمدونة الكتب والقراءة\nالأحد، 30 نوفمبر 2026\n{post}\n{body}"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.title.as_deref(), Some(post));
    // So with the blog's menu before its name.
    let menu = "الرئيسية\nأخبار\nسياسة\nاقتصاد\nرياضة\nثقافة\nتكنولوجيا\nصحة\nمنوعات\nفيديو\n";
    let page = page.replacen('\n', &format!("\n{menu}"), 1);
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.title.as_deref(), Some(post));
    // A kicker right over the headline is part of the fuller title.
    let page = format!("ملف الأسبوع: {post}\nالرئيسية\nملف الأسبوع\n{post}\n{body}");
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.title, Some(format!("ملف الأسبوع: {post}")));
}

#[test]
fn a_pointer_or_a_heading_glued_to_its_link_is_one() {
    let page = "خبر عن الطاقة النظيفة في الإمارات\n\
        أطلقت دولة الإمارات، أمس، استراتيجية وطنية محدثة للطاقة النظيفة تمتد حتى عام 2050، تهدف إلى مضاعفة مساهمتها.\n\
        وأوضح وزير الطاقة والبنية التحتية، خلال الإعلان عن الاستراتيجية، أن الدولة ستستثمر مليارات الدراهم حتى عام 2030.\n\
        اقرأ أيضاالإمارات تفتتح أكبر محطة طاقة شمسية في موقع واحد\n\
        وتشمل الاستراتيجية رفع القدرة الإنتاجية للطاقة النظيفة بحلول نهاية العقد، وتطوير مشاريع للهيدروجين الأخضر.\n\
        وقال الوزير إن الاستراتيجية تعكس التزام الدولة بتحقيق الحياد المناخي، وتفتح فرصا استثمارية أمام القطاع الخاص.\n\
        مواضيع ذات صلةارتفاع أرباح البنوك الإماراتية\n";
    let (d, _) = decisions(page);
    assert_eq!(d[3], (false, Reason::ReadAlso));
    assert_eq!(d[6], (false, Reason::RelatedBlock));
    assert!(d[4].0 && d[5].0);
    // A Latin phrase glued to a word is left alone ("more fromage").
    assert!(!lexicon::is_related_heading(&fold("more fromage")));
    // A word or two may come before a related phrase ("today's most read news"), no more.
    assert!(lexicon::is_related_heading(&fold(
        "آج کی سب سے زیادہ پڑھی جانے والی خبریں"
    )));
    assert!(lexicon::is_related_heading(&fold("More related articles")));
    assert!(!lexicon::is_related_heading(&fold(
        "The life and times of related articles"
    )));
}

#[test]
fn a_writers_name_right_over_the_headline_with_the_date_under_it_is_the_byline() {
    let body = "كشفت السنوات الماضية أن التعليم عن بعد يمكن أن يكون أداة مساعدة مهمة، لكنه لا يحل محل المدرسة.\n\
        فالطالب لا يتعلم من المعلم وحده، بل من زملائه ومن الأنشطة اليومية التي تبني شخصيته وتعلمه العمل الجماعي.\n";
    let page = format!(
        "جريدة الوطن الجديد\nكتاب وآراء\nمنى الحربي\nالتعليم عن بعد ليس بديلا عن المدرسة\nالخميس 4 ديسمبر 2026\n{body}"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.authors, ["منى الحربي"]);
    // With no date right under the headline, a name over it may be a kicker.
    let page = format!(
        "جريدة الوطن الجديد\nكتاب وآراء\nمنى الحربي\nالتعليم عن بعد ليس بديلا عن المدرسة\n{body}"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
}

#[test]
fn a_name_beside_a_stamp_of_the_time_of_day_is_the_byline() {
    // A standfirst between the headline and the name: the name needs its stamp beside it, and a stamp
    // may give only the time of day.
    let page = ENGLISH_PAGE
        .replace(
            "Maria Lopez\nPublished April 25, 2023 12:26 PM\n",
            "The harbour will get a park and a new pier, after two years of hearings and a heated vote.\n\
             Maria Lopez\nPublished today at 12:26\n",
        )
        .replace("Monday, 3 March 2025\n", "");
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.authors, ["Maria Lopez"]);
    // Without the stamp, the name under the standfirst is not taken.
    let page = page.replace("Published today at 12:26\n", "");
    let s = super::strip(&page, &StripConfig::default());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
}

#[test]
fn a_name_may_hold_particles_between_its_first_and_last_words() {
    for name in [
        "Ursula von der Heide",
        "Chus del Pino",
        "Fouzia Van Der Fort",
    ] {
        let page = ENGLISH_PAGE.replace("Maria Lopez", name);
        let s = super::strip(&page, &StripConfig::default());
        assert_eq!(s.meta.authors, [name]);
    }
    // A particle ends no name.
    assert_eq!(model::name_shape("Maria de"), None);
    assert_eq!(
        model::name_shape("Maria de Lopez"),
        Some(model::NameShape::Cased)
    );
}

#[test]
fn a_date_that_closes_the_pages_title_is_the_date_when_no_stamp_is_near_the_headline() {
    let page = ENGLISH_PAGE
        .replace(
            "Council approves the new harbour plan | The Daily Coast",
            "Council approves the new harbour plan | The Daily Coast | 04.03.2025",
        )
        .replace("Monday, 3 March 2025\n", "")
        .replace("Published April 25, 2023 12:26 PM\n", "");
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.date.as_deref(), Some("2025-03-04"));
    // Blank lines before the title change nothing.
    let s = super::strip(&format!("\n\n{page}"), &StripConfig::default());
    assert_eq!(s.meta.date.as_deref(), Some("2025-03-04"));
    // A stamp by the headline is the article's own.
    let page = page.replace(
        "Maria Lopez\n",
        "Maria Lopez\nPublished April 25, 2023 12:26 PM\n",
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.date.as_deref(), Some("2023-04-25T12:26"));
    // A page that opens with its clock opens with no title: the source's stamp far above the headline
    // gives the date.
    let headline = "برنامه تازه درسی از سال آینده اجرا می‌شود";
    let filler = "خانه\nسیاسی\nاقتصادی\nورزشی\nفرهنگی\nاجتماعی\n";
    let page = format!(
        "سه شنبه / ۷ مرداد / ۱۴۰۴ - 29 July, 2025\nخبرگزاری نمونه / ۱۴۰۳/۱۲/۲۰\n{filler}{headline}\n{PERSIAN_BODY}\n{PERSIAN_BODY}\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.date.as_deref(), Some("2025-03-10"));
}

#[test]
fn a_name_line_beside_the_headers_stamp_is_the_byline_however_far_below_the_headline() {
    // The headline, its standfirst, share buttons, a photo and its caption, then the writer and the
    // date: the name stands more lines under the headline than a name line is looked for.
    let header = "تتضمن الخطة حزمة من التسهيلات التمويلية والإعفاءات الضريبية لمدة خمس سنوات\n\
                  شارك\nفيسبوك\nتويتر\nواتساب\nنسخ الرابط\nصورة أرشيفية\n\
                  وزير المالية خلال مؤتمر صحفي في العاصمة\nحفظ\n";
    for (name, stamp, date) in [
        ("خالد المنصوري", "الأحد 6 أكتوبر 2024", "2024-10-06"),
        ("علی رضایی", "۱۴ مهر ۱۴۰۳", "2024-10-05"),
    ] {
        let page = format!(
            "خطة جديدة لدعم المشروعات الصغيرة | موقع الخبر\nالرئيسية\nاقتصاد\n\
             خطة جديدة لدعم المشروعات الصغيرة\n{header}{name}\n{stamp}\n\
             {BODY}\n{BODY} وأضاف.\n{BODY} وأشار.\n"
        );
        let s = super::strip(&page, &StripConfig::default());
        assert_eq!(s.meta.authors, [name], "{name}");
        assert_eq!(s.meta.date.as_deref(), Some(date), "{name}");
    }
    // A label over a user's handle over a post's stamp is no name: the handle, a line the model read,
    // stands between the label and the stamp.
    let page = format!(
        "Travel agents | Forum\nHome\nTravel agents\n{header}Recommended Posts\nsomeuser\n\
         Posted April 18, 2024\n{BODY}\n{BODY} وأضاف.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
    // Nor is the greeting that opens a post under its stamp.
    for greeting in [
        "Hi Guys",
        "Hallo Leute,",
        "Olá Pessoal",
        "مرحبا بالجميع",
        "أهلا وسهلا",
    ] {
        let page = format!(
            "Travel agents | Forum\nHome\nTravel agents\n{header}07-12-2021, 02:20 PM\n{greeting}\n\
             {BODY}\n{BODY} وأضاف.\n"
        );
        let s = super::strip(&page, &StripConfig::default());
        assert!(
            s.meta.authors.is_empty(),
            "{greeting}: {:?}",
            s.meta.authors
        );
    }
}

#[test]
fn an_archive_pictures_caption_repeated_over_the_byline_leaves_the_title_to_the_headline() {
    let page = format!(
        "الحكومة تقر حزمة دعم جديدة للمزارعين قبل الموسم الشتوي\n\n\
         حقول القمح - أرشيفية\nحقول القمح - أرشيفية\nكتب محمود عبد الرحمن\n\
         {BODY}\n{BODY} وأضاف.\n{BODY} وأشار.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("الحكومة تقر حزمة دعم جديدة للمزارعين قبل الموسم الشتوي")
    );
    let (d, _) = decisions(&page);
    assert_eq!(d[2], (false, Reason::Caption), "{d:?}");
    assert_eq!(d[3], (false, Reason::Caption), "{d:?}");
}

#[test]
fn a_related_items_headline_gives_no_date_but_a_stamp_in_its_block_does() {
    let related = "الأكثر قراءة\n\n\
                   الطقس اليوم الأربعاء 17-12-2025.. أجواء باردة وانخفاض بالحرارة وأمطار\n\n\
                   نهائي عربي خالص في كأس البطولة بعد فوزين مثيرين\n\n\
                   أسعار الذهب اليوم الأربعاء 17-12-2025 في محلات الصاغة\n";
    let page = format!(
        "الحكومة تقر حزمة دعم جديدة للمزارعين قبل الموسم الشتوي\n\
         كتب محمود عبد الرحمن\n{BODY}\n{BODY} وأضاف.\n{BODY} وأشار.\n\n{related}"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert!(s.lines[8..].iter().all(|l| !l.keep), "{:?}", s.lines);
    assert_eq!(s.meta.date, None);
    // The article's own stamp is taken over them.
    let dated = page.replace(
        "كتب محمود عبد الرحمن\n",
        "كتب محمود عبد الرحمن\nالثلاثاء، 16 ديسمبر 2025 04:30 م\n",
    );
    let s = super::strip(&dated, &StripConfig::default());
    assert_eq!(s.meta.date.as_deref(), Some("2025-12-16T16:30"));
}

#[test]
fn a_lists_last_short_item_over_the_stamp_is_no_writer_and_no_headline() {
    let headline = "برنامه تازه درسی از ابتدای سال تحصیلی آینده در همه مدارس کشور اجرا می‌شود";
    let page = format!(
        "مطالب مرتبط:\nقیمت طلا\nقیمت سکه\nآب و هوا\nبازار کار\nطنز و کاریکاتور\nبازار آتی سکه\n\
         چهارشنبه، 25 مرداد 1402 ساعت 14:35\n\n{headline}\n\n\n{PERSIAN_BODY}\n\n{PERSIAN_BODY} و معلمان آماده‌اند.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.title.as_deref(), Some(headline));
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
    assert!(s.lines[..8].iter().all(|l| !l.keep), "{:?}", s.lines);
}

#[test]
fn a_sections_more_from_link_or_most_popular_after_the_article_is_a_related_heading() {
    let body = "ذرائع کے مطابق اجلاس میں ملکی سیاسی صورتحال کا جائزہ لیا جائے گا اور اہم امور پر مشاورت بھی ہوگی۔";
    for heading in ["قومی خبریں سے مزید", "کھیل سے مزید", "مقبول ترین"]
    {
        let (d, _) = decisions(&format!("{body}\n{body} یہ بات طے ہے۔\n{heading}\n"));
        assert_eq!(d[2], (false, Reason::RelatedBlock), "{heading}: {d:?}");
    }
}

#[test]
fn names_a_slash_parts_in_a_byline_are_each_a_writer() {
    for (line, names) in [
        (
            "بقلم البارون الاخير / محمود صلاح الدين",
            vec!["البارون الاخير", "محمود صلاح الدين"],
        ),
        ("By Jane Holloway / Staff Writers", vec!["Jane Holloway"]),
        (
            "By Mark Lee and Tom Ward / Daily Coast Staff Writers",
            vec!["Mark Lee", "Tom Ward"],
        ),
    ] {
        assert_eq!(
            byline::byline_authors(line),
            Some(names.iter().map(|n| n.to_string()).collect()),
            "{line}"
        );
    }
    let page = format!(
        "الثلاثاء، 28 سبتمبر 2021\n\nمقال\n\nجدلية التطبيع ومؤتمر المدينة\n\n\
         بقلم البارون الاخير / محمود صلاح الدين\n\n{BODY}\n{BODY} وأضاف.\n{BODY} وأشار.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("جدلية التطبيع ومؤتمر المدينة")
    );
    assert_eq!(s.meta.authors, ["البارون الاخير", "محمود صلاح الدين"]);
}

#[test]
fn a_controls_number_beside_its_label_and_a_tag_lists_label_are_the_pages() {
    for line in ["18 حجم الخط", "14 font size"] {
        let (d, _) = decisions(&format!("{BODY}\n{line}\n{BODY} وأضاف.\n"));
        assert_eq!(d[1], (false, Reason::Ui), "{line}: {d:?}");
    }
    // A number with a word that is no control's is the article's.
    let (d, _) = decisions(&format!("{BODY}\n18 حجم الإنتاج\n{BODY} وأضاف.\n"));
    assert!(d[1].0, "{d:?}");
    let tags = "كلمات دلالية: الدوري السعودي فوز الاتفاق دوري روشن";
    let (d, _) = decisions(&format!("{BODY}\n{BODY} وأضاف.\n{tags}\n"));
    assert_eq!(d[2], (false, Reason::Ui), "{d:?}");
}

#[test]
fn a_number_that_opens_the_page_is_no_title() {
    let s = super::strip(
        &format!("169\n{BODY}\n{BODY} وأضاف.\n"),
        &StripConfig::default(),
    );
    assert_eq!(s.meta.title, None);
    // A word is.
    let s = super::strip(
        &format!("الكبة\n{BODY}\n{BODY} وأضاف.\n"),
        &StripConfig::default(),
    );
    assert_eq!(s.meta.title.as_deref(), Some("الكبة"));
}

#[test]
fn the_headline_printed_again_beside_its_stamp_is_a_dateline_that_gives_the_date() {
    let headline = "افتتاح خط جديد للقطارات بين المدينتين";
    for (again, date) in [
        (format!("الخميس 08 فبراير 2018 {headline}"), "2018-02-08"),
        (
            format!(" {headline} 2020-02-16T11:40:43+03:30"),
            "2020-02-16T11:40",
        ),
    ] {
        let page = format!("{headline}\n{again}\n{BODY}\n{BODY} وأضاف.\n");
        let s = super::strip(&page, &StripConfig::default());
        assert_eq!(s.meta.title.as_deref(), Some(headline), "{again}");
        assert_eq!(s.lines[1].reason, Reason::Dateline, "{again}");
        assert_eq!(s.meta.date.as_deref(), Some(date), "{again}");
    }
    // The headline with more than a stamp beside it is no dateline.
    let page =
        format!("{headline}\n{headline} في عام 2018 بكلفة كبيرة جدا\n{BODY}\n{BODY} وأضاف.\n");
    let s = super::strip(&page, &StripConfig::default());
    assert_ne!(s.lines[1].reason, Reason::Dateline);
}

#[test]
fn a_ticker_of_headlines_run_together_above_the_article_is_a_headline_list() {
    let ticker = [
        "وزير الزراعة يتفقد مزارع القمح في الشمال",
        "ارتفاع أسعار الحديد للأسبوع الثالث.. تعرف على الجديد",
        "المنتخب يستعد لمواجهة حاسمة في التصفيات",
        "هل تنخفض أسعار الوقود الشهر المقبل؟",
        "افتتاح معرض الكتاب بمشاركة 40 دولة",
        "الأرصاد: أمطار رعدية على المرتفعات حتى الخميس",
        "جامعة العاصمة تطلق برنامجا جديدا لتعليم البرمجة للأطفال",
    ]
    .join(" ");
    let headline = "الحكومة تعلن موعد استئناف المفاوضات";
    let page = format!("{ticker}\n{headline}\n{BODY}\n{BODY} وأضاف.\n{BODY}\n");
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[0].reason, Reason::HeadlineList, "{:?}", s.lines);
    assert_eq!(s.meta.title.as_deref(), Some(headline));
    // On a page whose text sets no stops, a long line without one is a paragraph like the others.
    let unstopped = BODY.trim_end_matches('.');
    let page = format!("{ticker}\n{headline}\n{unstopped}\n{unstopped}\n{unstopped}\n");
    let s = super::strip(&page, &StripConfig::default());
    assert_ne!(s.lines[0].reason, Reason::HeadlineList, "{:?}", s.lines);
    // Running text cut off before its stop sets commas as it goes: it stays.
    let cut = format!(
        "{}، {}، {}",
        &BODY[..BODY.len() - 1],
        &BODY[..BODY.len() - 1],
        &BODY[..BODY.len() - 1]
    );
    let page = format!("{cut}\n{headline}\n{BODY}\n{BODY} وأضاف.\n{BODY}\n");
    let s = super::strip(&page, &StripConfig::default());
    assert_ne!(s.lines[0].reason, Reason::HeadlineList, "{:?}", s.lines);
    // A long line of the article's text, under its first stopped paragraph, stays.
    let page = format!("{headline}\n{BODY}\n{ticker}\n{BODY} وأضاف.\n{BODY}\n");
    let s = super::strip(&page, &StripConfig::default());
    assert!(s.lines[2].keep, "{:?}", s.lines);
    // The article's first paragraph, introducing a list with its colon, stays however few its stops.
    let intro = format!("{} ومنها ما يلي:", ticker.replace(['؟', '.'], ""));
    let page = format!("{headline}\n{intro}\n1- {BODY}\n2- {BODY} وأضاف.\n{BODY}\n");
    let s = super::strip(&page, &StripConfig::default());
    assert!(s.lines[1].keep, "{:?}", s.lines);
}

#[test]
fn a_link_to_the_printed_issue_over_the_headline_is_no_title() {
    let headline = "حديث على ضفة النهر!";
    for link in ["تصفح عدد اليوم", "ای پیپر", "النسخة الورقية"] {
        let page = format!("الرئيسية\nمقالات\n{link}\n{headline}\n{BODY}\n{BODY} وأضاف.\n");
        let s = super::strip(&page, &StripConfig::default());
        assert_eq!(s.lines[2].reason, Reason::Ui, "{link}");
        assert_eq!(s.meta.title.as_deref(), Some(headline), "{link}");
    }
}

#[test]
fn skip_links_and_a_breaking_news_label_open_the_page_as_ui() {
    for link in [
        "1. پرش به گزارش",
        "2. پرش به منوی اصلی",
        "تخطي إلى القائمة الرئيسية",
        "مین مینو پر جائیں",
        "لینک‌های قابلیت دسترسی",
        "(جاری ہے)",
    ] {
        let (d, _) = decisions(&format!("{link}\n{PERSIAN_BODY}\n{PERSIAN_BODY}\n"));
        assert_eq!(d[0].1, Reason::Ui, "{link}");
    }
    // An article's number after its label, glued or not.
    assert!(lexicon::is_news_code(&fold("کدخبر: ۲۹۱۳۵۳")));
    // A headline that opens with the same verb is no skip link.
    assert!(!lexicon::is_skip_link(&fold(
        "انتقل إلى رحمة الله الفنان الكبير"
    )));
    assert!(!lexicon::is_skip_link(&fold("انتقل إلى القائمة السوداء")));
    // A ticker's label over the page's clock is no writer.
    let headline = "برنامه تازه درسی از سال آینده اجرا می‌شود";
    let page = format!(
        "خبر فوری\nیکشنبه ۴ آذر ۱۴۰۳ تهران ۱۶:۰۵\n{headline}\n{PERSIAN_BODY}\n{PERSIAN_BODY}\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[0].reason, Reason::Ui);
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
    assert_eq!(s.meta.title.as_deref(), Some(headline));
}

#[test]
fn a_note_in_brackets_over_the_text_is_no_title() {
    let page = format!("الرئيسية\n(بالتحويل من الموسوعة القديمة)\n{BODY}\n{BODY} وأضاف.\n");
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.title, None, "{:?}", s.lines);
    assert!(!s.lines[1].keep);
}

#[test]
fn one_word_over_a_headline_is_the_sites_name_and_the_headline_is_the_title() {
    let headline = "هل تنجح خطة الحكومة الجديدة في خفض أسعار الخبز؟";
    for gap in ["\n", "\n\n"] {
        let page = format!("الرصيف{gap}{headline}{gap}{BODY}\n{BODY} وأضاف.\n");
        let s = super::strip(&page, &StripConfig::default());
        assert_eq!(s.meta.title.as_deref(), Some(headline), "{page}");
        assert_eq!(s.lines[0].reason, Reason::Ui, "{page}");
    }
    // A word over the opening line of a paragraph that runs on into the next line is the title still.
    let page = format!(
        "الكبة\nبعد عامين من التجارب في المطابخ الشامية والعراقية، يقدم الطهاة اليوم وصفة في\nصورة جديدة تناسب الموائد الحديثة.\n{BODY}\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.title.as_deref(), Some("الكبة"));
}

#[test]
fn a_stamp_that_opens_the_page_is_no_page_title() {
    for stamp in [
        "آخر تحديث: الثلاثاء 03 ديسمبر 2024",
        "الثلاثاء، 28 سبتمبر 2021",
        "Last updated: 3 December 2024",
        "التعديل الأخير تم بواسطة : عضو11 بتاريخ 16-05-2017 الساعة 02:09 PM",
    ] {
        let page = format!("{stamp}\nفتاوى\n\n{BODY}\n{BODY} وأضاف.\n");
        let s = super::strip(&page, &StripConfig::default());
        assert_ne!(s.meta.title.as_deref(), Some(stamp), "{stamp}");
        assert_eq!(s.lines[0].reason, Reason::Dateline, "{stamp}");
    }
}

#[test]
fn teasers_of_other_articles_that_open_the_page_go_and_the_article_stays() {
    let teasers = "افتتاح مستشفى جديد للأطفال في مدينة الزرقاء\n\
        افتتح وزير الصحة اليوم مستشفى جديدا للأطفال في مدينة الزرقاء بسعة مئتي سرير ومجهز بأحدث الأجهزة.\n\
        ارتفاع أسعار الذهب في السوق المحلية مع بداية الأسبوع\n\
        سجلت أسعار الذهب في السوق المحلية ارتفاعا ملحوظا مع بداية الأسبوع وسط إقبال على الشراء.\n\
        منتخب الشباب يتأهل إلى نهائي البطولة العربية\n\
        تأهل منتخب الشباب إلى نهائي البطولة العربية بعد فوزه في نصف النهائي بهدفين نظيفين.\n\n";
    let article =
        format!("الحكومة تقر خطة جديدة لدعم المزارعين\n\n{BODY}\n{BODY} وأضاف.\n{BODY} وأشار.\n");
    let page = format!("{teasers}{article}");
    let s = super::strip(&page, &StripConfig::default());
    let reasons: Vec<Reason> = s.lines.iter().map(|l| l.reason).collect();
    assert!(
        reasons[..6].iter().all(|&r| r == Reason::Teaser),
        "{reasons:?}"
    );
    assert_eq!(
        s.meta.title.as_deref(),
        Some("الحكومة تقر خطة جديدة لدعم المزارعين")
    );
    assert!(
        s.lines[9..]
            .iter()
            .filter(|l| l.reason != Reason::Blank)
            .all(|l| l.keep),
        "{:?}",
        s.lines
    );
    // Headlines whose text goes on under them are the article's sections.
    let sections = teasers.replace(
        ".\n",
        ". ثم تابع المسؤولون العمل في الموقع حتى المساء مع فرق الطوارئ.\n",
    );
    let s = super::strip(&format!("{sections}{article}"), &StripConfig::default());
    assert!(
        s.lines.iter().all(|l| l.reason != Reason::Teaser),
        "{:?}",
        s.lines
    );
}

#[test]
fn the_last_of_a_list_of_headlines_over_the_articles_headline_is_no_title() {
    let list = "انطلاق معرض الكتاب الدولي بمشاركة خمسين دار نشر\n\
        منتخب الشباب يتأهل إلى نهائي البطولة العربية للمرة الأولى\n\
        هل تنبأ المسلسل الشهير بأحداث العام المقبل؟\n\
        ارتفاع أسعار الذهب في السوق المحلية مع بداية الأسبوع\n\
        وفاة الشاعرة الكبيرة عن عمر ناهز التسعين عاما\n\
        افتتاح مستشفى جديد للأطفال في مدينة الزرقاء الشهر المقبل\n\
        لاعب دولي يحسم موقفه من الانتقال إلى نادٍ جديد\n\
        الخارجية: العاصمة تستضيف اجتماعات أممية الأسبوع المقبل\n\
        بلدية المدينة توقع اتفاقية لإعادة جدولة المديونية\n\n";
    let page = format!("{list}الحكومة تقر خطة جديدة لدعم المزارعين\n\n{BODY}\n{BODY} وأضاف.\n");
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("الحكومة تقر خطة جديدة لدعم المزارعين")
    );
    assert!(s.lines[..9].iter().all(|l| !l.keep), "{:?}", s.lines);
    // Whatever the line model made of the headline: kept as a short line, the list's last item over it
    // is still no title.
    let mut folded = String::new();
    let lines = Line::split(&page, &mut folded);
    let mut reasons: Vec<Option<Reason>> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            Some(match i {
                _ if l.is_blank() => Reason::Blank,
                0..=8 => Reason::LowScore,
                10 => Reason::ShortBetweenContent,
                _ => Reason::Content,
            })
        })
        .collect();
    let mut meta = tanqih_core::Metadata::default();
    assert_eq!(title::title(&lines, &mut reasons, &mut meta), Some(10));
    assert_eq!(
        meta.title.as_deref(),
        Some("الحكومة تقر خطة جديدة لدعم المزارعين")
    );
}

#[test]
fn a_dates_badge_of_day_and_month_on_two_lines_is_a_dateline() {
    let headline = "برنامه تازه درسی از سال آینده اجرا می‌شود";
    for (first, second) in [("22", "سپتامبر"), ("اکتبر", "22"), ("۱۴", "نوامبر")]
    {
        let page = format!("{first}\n{second}\n\n{headline}\n\n{PERSIAN_BODY}\n{PERSIAN_BODY}\n");
        let s = super::strip(&page, &StripConfig::default());
        assert_eq!(s.lines[0].reason, Reason::Dateline, "{first} {second}");
        assert_eq!(s.lines[1].reason, Reason::Dateline, "{first} {second}");
        assert_eq!(s.meta.title.as_deref(), Some(headline), "{first} {second}");
    }
    // An archive's month over its count of posts is no date.
    let (d, _) = decisions(&format!("{PERSIAN_BODY}\nJanuary\n(11)\n{PERSIAN_BODY}\n"));
    assert_ne!(d[2].1, Reason::Dateline, "{d:?}");
}

#[test]
fn a_page_writes_a_word_in_lowercase_only_as_a_whole_word() {
    let text =
        "Related Program\nThe related program runs (daily), with programs.\nنص عربي\n".to_string();
    let mut folded = String::new();
    let lines = Line::split(&text, &mut folded);
    let lowercase = crate::metadata::lowercase_words(&lines);
    // A word, whatever stands at its edges that is not a letter or a digit.
    assert!(lowercase.contains("related"));
    assert!(lowercase.contains("daily"));
    // Not a part of a longer word, nor a word the page writes capitalized only.
    assert!(!lowercase.contains("program's"));
    assert!(!lowercase.contains("progra"));
    assert!(!lowercase.contains("the"));
    // Only words that open with a lowercase letter.
    assert!(!lowercase.contains("Related"));
    assert!(!lowercase.contains("نص"));
    assert!(lowercase.contains("programs"));
    assert!(lowercase.contains("program"));
}

#[test]
fn a_byline_opens_with_a_word_of_an_opening_or_a_title() {
    use crate::byline::byline_authors;
    // Openings of one to three words, a title before a colon, a label glued to its comma.
    for line in [
        "نوشته شده توسط مریم افشار",
        "By: Jane Miller",
        "بقلم/ محمد علي",
        "الدكتور المهندس : محمد أحمد علي",
        "نویسنده,مریم افشنگ",
        "Written by Jane Miller",
    ] {
        assert!(byline_authors(line).is_some(), "{line:?}");
    }
    // A first word that opens no opening and is no title.
    for line in ["Breaking news by Jane Miller", "قال محمد علي"] {
        assert!(byline_authors(line).is_none(), "{line:?}");
    }
}

#[test]
fn a_ticker_run_onto_one_line_neither_begins_the_article_nor_lets_a_lists_heading_name_a_writer() {
    // The paper's line names two of its roles joined ("... رئيس مجلس الإدارة ورئيس التحرير" and the
    // name glued after them), a ticker runs a dozen headlines onto one line with no mark between them,
    // and a section's label stands over the headline.
    let ticker = "الحكومة تبحث خطة لدعم المزارعين قبل موسم الحصاد الوزير يزور مصانع الأسمدة في الدلتا \
        منتخب الشباب يتأهل إلى نهائي البطولة الإقليمية أسعار الذهب تتراجع في ختام تعاملات الأسبوع \
        افتتاح معرض الكتاب بمشاركة ثلاثين دولة عربية وأجنبية الأرصاد تحذر من موجة حارة تبدأ غدا \
        البنك المركزي يبقي على أسعار الفائدة دون تغيير جامعة القاهرة تعلن مواعيد امتحانات نهاية العام \
        مجلس النواب يناقش مشروع قانون الإيجارات القديمة هيئة السكك الحديدية تعلن تعديل مواعيد القطارات";
    let page = format!(
        "الشروق اليوم\nالخميس 4 ديسمبر 2025 10:15 صـ\n\
        جريدة الشروق اليوم رئيس مجلس الإدارة ورئيس التحريرسامي منصور\n{ticker}\n\n\
        أهم الأخبار\n\n\
        البرلمان يقر تعديلات قانون الضرائب\n\n\
        أقر مجلس النواب في جلسته اليوم تعديلات قانون الضرائب على الدخل، بعد مناقشة استمرت ثلاثة أيام.\n\
        وقال رئيس لجنة الخطة إن التعديلات تخفف العبء عن أصحاب الدخول المحدودة، وتوسع قاعدة الممولين.\n"
    );
    let stripped = super::strip(&page, &StripConfig::default());
    let reason = |n: usize| stripped.lines[n - 1].reason;
    assert_eq!(reason(3), Reason::Copyright, "the paper's line");
    assert!(!stripped.lines[3].keep, "the ticker");
    assert_eq!(
        stripped.meta.title.as_deref(),
        Some("البرلمان يقر تعديلات قانون الضرائب")
    );
    assert!(
        stripped.meta.authors.is_empty(),
        "{:?}",
        stripped.meta.authors
    );
    // A story that names one of the roles is no masthead.
    let story = "رئيس مجلس الإدارة يعلن نتائج الشركة السنوية\n\
        أعلن رئيس مجلس الإدارة اليوم أن أرباح الشركة ارتفعت بنسبة عشرة في المئة خلال العام الماضي.\n\
        وأضاف أن الشركة تعتزم توزيع أرباح نقدية على المساهمين في الربع الأول من العام المقبل.\n";
    let stripped = super::strip(story, &StripConfig::default());
    assert!(stripped.lines[0].keep);
}

#[test]
fn a_news_bar_that_opens_the_page_is_not_its_title() {
    // A page that opens with its news bar (headlines parted by wide spaces) and has its headline over
    // the byline, a caption under it: the headline is the title, though the caption shares the bar's
    // words.
    let bar = [
        "الحكومة تبحث خطة لدعم المزارعين قبل موسم الحصاد",
        "سعر الذهب اليوم الاثنين في السوق المحلية بعد الانخفاض الأخير",
        "وزير العمل: نواجه كل أشكال عمالة الأطفال بالتوعية والتفتيش",
        "منتخب الشباب يتأهل إلى نهائي البطولة الإقليمية لأول مرة",
        "هل تنخفض أسعار الوقود الشهر المقبل؟ خبير يجيب",
        "افتتاح معرض الكتاب بمشاركة ثلاثين دولة عربية وأجنبية",
    ]
    .join("    ");
    let headline = "المكتبة الوطنية تحتفل بمرور مئة عام على تأسيسها";
    let caption = "الوزير ورئيس المكتبة يفتتحان المعرض الأول للمخطوطات اليوم في السوق القديمة";
    let page = format!(
        "{bar}\n\n{headline}\n\nكتب: سامي منصور\n{caption}\n\n{BODY}\n{BODY} وأضاف أن الاحتفال يستمر أسبوعا.\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[0].reason, Reason::HeadlineList, "{:?}", s.lines);
    assert_eq!(s.meta.title.as_deref(), Some(headline), "{:?}", s.lines);
    // A page title that holds a few headline-like parts is still the page's title.
    let page =
        format!("{headline} | ثقافة | المكتبة\n{headline}\nكتب: سامي منصور\n{BODY}\n{BODY}\n");
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.title.as_deref(), Some(headline), "{:?}", s.lines);
}

#[test]
fn the_pages_clock_is_neither_its_title_nor_its_date() {
    let (lead, body) = (SOLAR_LEAD, SOLAR_TEXT);
    let page = format!(
        "امروز: دوشنبه ۱۵ آذر ۱۴۰۳ - ۱۰:۲۰ تبلیغات\n\nظرفیت نیروگاه‌های خورشیدی دو برابر می‌شود\n\n{lead}\n{body}\n{body}\n\nتاریخ انتشار: ۱۲ آذر ۱۴۰۳\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[0].reason, Reason::Dateline, "{:?}", s.lines);
    assert_eq!(
        s.meta.title.as_deref(),
        Some("ظرفیت نیروگاه‌های خورشیدی دو برابر می‌شود")
    );
    assert_eq!(s.meta.date.as_deref(), Some("2024-12-02"));
    // With no other date on the page, the clock's is the best guess.
    let page = page.replace("تاریخ انتشار: ۱۲ آذر ۱۴۰۳", "");
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.meta.date.as_deref(), Some("2024-12-05T10:20"));
}

#[test]
fn a_pages_keywords_go_however_many_and_a_list_in_a_sentence_stays() {
    let (lead, body) = (SOLAR_LEAD, SOLAR_TEXT);
    let keywords =
        "انرژی خورشیدی, نیروگاه, وزیر نیرو, برق, انرژی پاک, سرمایه‌گذاری, طرح‌های خورشیدی,";
    let tags = format!(
        "Tags: {}",
        [
            "solar power",
            "power plants",
            "energy ministry",
            "clean energy",
            "investment",
            "private sector",
            "electricity grid",
            "renewables",
            "Iran",
            "Tehran"
        ]
        .join(", ")
    );
    let page = format!(
        "ظرفیت نیروگاه‌های خورشیدی دو برابر می‌شود\n\n{keywords}\n\n{lead}\n{body}\n\n{tags}\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[2].reason, Reason::Ui, "{:?}", s.lines);
    assert_eq!(s.lines[7].reason, Reason::Ui, "{:?}", s.lines);
    assert!(s.lines[4].keep && s.lines[5].keep);
    // The same items as a sentence's list, or wrapped into the next line, stay.
    let listed = format!("{lead}\n\nانرژی خورشیدی، نیروگاه، وزیر نیرو، برق، انرژی پاک، سرمایه‌گذاری و طرح‌های خورشیدی.\n\n{body}\n");
    let s = super::strip(&listed, &StripConfig::default());
    assert!(s.lines[2].keep, "{:?}", s.lines);
    let wrapped = format!("{lead}\n{keywords}\n{body}\n");
    let s = super::strip(&wrapped, &StripConfig::default());
    assert_ne!(s.lines[1].reason, Reason::Ui, "{:?}", s.lines);
}

#[test]
fn a_summary_that_runs_the_paragraphs_under_it_together_is_a_copy() {
    let first = "یمن میں صدارتی کونسل نے ایک علیحدگی پسند گروہ کے رہنما پر الزام لگایا ہے کیونکہ وہ مذاکرات کے لیے نہیں آئے تھے۔";
    let second = "کونسل کے دیگر ارکان نے کہا کہ وہ جمہوریہ کی خودمختاری کو نقصان پہنچا رہے ہیں۔";
    let third = "اتحاد نے مزید کہا کہ اس کے جواب میں فضائی حملے کیے گئے اور مذاکرات کی نئی تاریخ جلد طے ہو گی۔";
    let page = format!("یمن میں رہنما پر غداری کا الزام\n\n{first} {second}\nیمن\n\n{first}\n\n{second}\n\n{third}\n");
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[2].reason, Reason::Duplicate, "{:?}", s.lines);
    assert!(
        s.lines[5].keep && s.lines[7].keep && s.lines[9].keep,
        "{:?}",
        s.lines
    );
    // A paragraph that goes on past the ones under it copies none of them.
    let page = format!(
        "یمن میں رہنما پر غداری کا الزام\n\n{first} {second} {third}\n\n{first}\n\n{second}\n"
    );
    let s = super::strip(&page, &StripConfig::default());
    assert!(s.lines[2].keep, "{:?}", s.lines);
}

#[test]
fn a_counter_is_no_headline() {
    let text = "اسلام آباد: قائمہ کمیٹی برائے اطلاعات کے اجلاس میں اراکین نے بتایا کہ ترمیم کے بعد صوبے مقدمہ درج نہیں کر سکتے۔";
    for counter in [
        "تلاش کی گنتی: 17595",
        "Seitenaufrufe insgesamt: 1.204",
        "عدد المشاهدات: ٣٤٥",
    ] {
        let page = format!("2025-09-18 16:31 GMT\n{counter}\n\n{text}\n");
        let s = super::strip(&page, &StripConfig::default());
        assert_eq!(s.meta.title, None, "{counter}: {:?}", s.lines);
    }
}

#[test]
fn a_credited_caption_between_paragraphs_goes_and_the_text_around_it_stays() {
    // Urdu, a caption closing with its credit after an Arabic semicolon, between two paragraphs.
    let urdu = "سائنس دانوں نے برف کے نمونوں سے ماضی کے موسم کا ریکارڈ تیار کیا ہے جو ہزاروں سال پرانا ہے۔";
    let page = format!("برف زار کی کہانی\n{urdu}\nبرف زار کے شان دار ماضی کی کہانی، محققین کی زبانی۔ فوٹو؛ فائل\n{urdu} ماہرین کا کہنا ہے کہ یہ تحقیق مستقبل کے لیے اہم ہے۔\n");
    let s = super::strip(&page, &StripConfig::default());
    assert_eq!(s.lines[2].reason, Reason::Caption, "{:?}", s.lines);
    assert!(s.lines[1].keep && s.lines[3].keep, "{:?}", s.lines);
    // Hard-wrapped text, the caption between two of its paragraphs: both stay whole.
    let page = "The lab tests samples that readers send in by post, and it publishes every\n\
        result online within a week of the test, with the name of the drug that\n\
        was found in the sample and the amount of it.\n\
        The lab's founder at work in Madrid. Photo: Jane Roe\n\
        She first wrote about the project in April 2013, when she offered to answer\n\
        questions that a typical doctor is not prepared, or willing, to answer, at\n\
        least not without a lecture, and the requests flooded in within a week.\n";
    let s = super::strip(page, &StripConfig::default());
    assert_eq!(s.lines[3].reason, Reason::Caption, "{:?}", s.lines);
    assert!(
        s.lines
            .iter()
            .enumerate()
            .all(|(i, d)| i == 3 || i == 7 || d.keep),
        "{:?}",
        s.lines
    );
    // The line model reads through the caption, as through a blank line, from the paragraph's last
    // line to the next one's first.
    let config = StripConfig::default();
    let mut folded = String::new();
    let lines = Line::split(page, &mut folded);
    let reasons = rule_reasons(
        &lines,
        &config,
        None,
        &mut Metadata::default(),
        &mut Vec::new(),
        &mut Vec::new(),
    );
    assert!(set_aside(&lines, &reasons, &config)[3]);
}

#[test]
fn the_pages_header_above_the_headline_goes_and_a_lead_above_it_keeps_what_it_has() {
    // The page's `<title>`, a counter and two other stories' headlines over the headline: the page's
    // header, whatever the line model makes of it.
    let headline = "البرلمان يقر تعديلات قانون الضرائب";
    let page = format!(
        "{headline} - الأفق\nعدد الزوار 12450\nأسعار الذهب تتراجع مع صعود الدولار\n\
        الحكومة تقر موازنة العام المقبل\n\n{headline}\n\n{BODY}\n{BODY} وأضاف أن التعديلات تسري من الشهر المقبل.\n"
    );
    let s = strip(&page, &StripConfig::default());
    let title_at = s.lines.iter().position(|d| d.reason == Reason::Title);
    assert_eq!(title_at, Some(5), "{:?}", s.lines);
    assert!(s.lines[..5].iter().all(|d| !d.keep), "{:?}", s.lines);
    // The headline printed again under another story's headline, before the text: that headline is the
    // page's too.
    let page = format!(
        "{headline}\n\nالحكومة تقر موازنة العام المقبل\n\n{headline}\n\n{headline}\n\n{BODY}\n{BODY} وأضاف أن التعديلات تسري من الشهر المقبل.\n"
    );
    let s = strip(&page, &StripConfig::default());
    assert_eq!(s.lines[0].reason, Reason::Title, "{:?}", s.lines);
    assert_eq!(s.lines[2].reason, Reason::Ui, "{:?}", s.lines);
    assert!(s.lines[8].keep && s.lines[9].keep, "{:?}", s.lines);
    // With a paragraph kept above the headline, the lines above it stay as the line model took them.
    let page = format!(
        "{BODY}\nأسعار الذهب تتراجع مع صعود الدولار\n\n{headline}\n\n{BODY} وأضاف أن التعديلات تسري من الشهر المقبل.\n"
    );
    let s = strip(&page, &StripConfig::default());
    assert!(s.lines[1].keep, "{:?}", s.lines);
}

#[test]
fn a_columns_headline_names_its_writer_before_writes() {
    let page = |headline: &str| {
        format!(
            "الرئيسية | أخبار | مقالات | رياضة\n{headline}\n\
            لم يعد خافيا أن الاقتصاد يمر بمرحلة دقيقة، تتطلب قرارات جريئة ورؤية واضحة لأولويات الإنفاق.\n\
            فالحكومة مطالبة اليوم بأن تصارح الناس بحجم التحديات، وأن تشركهم في اختيار الطريق إلى الإصلاح.\n"
        )
    };
    let authors = |headline: &str| {
        super::strip(&page(headline), &StripConfig::default())
            .meta
            .authors
    };
    assert_eq!(
        authors("الدكتور سامر حلمي يكتب: أولويات الإنفاق في زمن الأزمة"),
        ["سامر حلمي"]
    );
    assert_eq!(
        authors("محمد عادل يكتب: أولويات الإنفاق في زمن الأزمة"),
        ["محمد عادل"]
    );
    // A role or a paper "writes" too: no writer's name.
    assert!(authors("رئيس التحرير يكتب: أولويات الإنفاق في زمن الأزمة").is_empty());
    assert!(authors("الشرق الأوسط تكتب: أولويات الإنفاق في زمن الأزمة").is_empty());
}

#[test]
fn a_persian_or_urdu_writers_name_under_the_headline_is_read_by_its_given_name() {
    let page = |name: &str| {
        format!(
            "صفحه نخست | سیاسی | اقتصادی | ورزشی\nافزایش قیمت مسکن در تهران ادامه دارد\n{name}\n\
            بر اساس تازه‌ترین گزارش بانک مرکزی، میانگین قیمت هر متر مسکن در تهران در ماه گذشته نسبت به ماه قبل پنج درصد افزایش یافت.\n\
            کارشناسان بازار می‌گویند کمبود عرضه و افزایش هزینه ساخت مهم‌ترین دلیل این افزایش است و انتظار می‌رود روند ادامه یابد.\n"
        )
    };
    for name in ["بنفشه کریمی", "کیوان رستمی", "تنویر حسین"] {
        let meta = super::strip(&page(name), &StripConfig::default()).meta;
        assert_eq!(meta.authors, [name]);
    }
    // A section's label there names no one.
    let meta = super::strip(&page("اخبار داخلی"), &StripConfig::default()).meta;
    assert!(meta.authors.is_empty(), "{:?}", meta.authors);
}

#[test]
fn a_headline_line_that_says_its_headline_twice_gives_it_once() {
    let page = |headline: &str| {
        format!(
            "منتدى الحوار الأدبي\nالرئيسية | المنتديات | التسجيل | دخول\n{headline}\n\
            مساهمة من طرف سالم الأحد مارس 05, 2017 9:10 pm\n\
            يبدأ المقال المقنع بفكرة واضحة يستطيع القارئ أن يلخصها في جملة واحدة، ثم تأتي الأدلة التي تسندها واحدا بعد آخر.\n\
            وعلى الكاتب أن يتوقع اعتراضات القارئ فيرد عليها قبل أن يطرحها، وأن يختم بما يذكر القارئ بالفكرة الأولى.\n"
        )
    };
    let title = |headline: &str| {
        super::strip(&page(headline), &StripConfig::default())
            .meta
            .title
    };
    // A link's text and its image's alt text, with an icon's word between or not.
    for doubled in [
        "كيف تكتب مقالا مقنعا Empty كيف تكتب مقالا مقنعا",
        "كيف تكتب مقالا مقنعا كيف تكتب مقالا مقنعا",
        "كيف تكتب مقالا مقنعا اقرأ المزيد كيف تكتب مقالا مقنعا",
    ] {
        assert_eq!(title(doubled).as_deref(), Some("كيف تكتب مقالا مقنعا"));
    }
    // A headline that repeats no phrase of its own stays whole.
    assert_eq!(
        title("كيف تكتب مقالا مقنعا في ساعة").as_deref(),
        Some("كيف تكتب مقالا مقنعا في ساعة")
    );
}

#[test]
fn a_page_in_presentation_forms_or_drawn_in_visual_order_strips_as_its_plain_letters_do() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/pdf-presentation-forms"
    );
    let read = |name: &str| std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
    let plain = super::strip(&read("logical.txt"), &StripConfig::default());
    let keeps = |s: &super::Stripped| s.lines.iter().map(|l| l.keep).collect::<Vec<_>>();
    assert_eq!(
        plain.meta.title.as_deref(),
        Some("ارتفاع أسعار القمح في الأسواق العالمية")
    );
    let shaped = read("shaped.txt");
    let shaped_text = super::strip(&shaped, &StripConfig::default())
        .rewrite(&shaped)
        .text;
    for name in ["shaped.txt", "drawn.txt"] {
        let page = read(name);
        let stripped = super::strip(&page, &StripConfig::default());
        assert_eq!(keeps(&stripped), keeps(&plain), "{name}");
        assert_eq!(stripped.meta, plain.meta, "{name}");
        // The kept lines come out in logical order, in the page's own letters.
        assert_eq!(stripped.rewrite(&page).text, shaped_text, "{name}");
    }
}

#[test]
fn a_desk_alone_under_the_headline_signs_the_piece() {
    let urdu = "وفاقی حکومت نے آئندہ پندرہ روز کے لیے پٹرول کی قیمت میں پانچ روپے فی لیٹر کمی کا اعلان کر دیا ہے جس کا اطلاق آج رات سے ہوگا۔";
    for (line, desk) in [
        ("مانیٹرنگ ڈیسک", "مانیٹرنگ ڈیسک"),
        ("لاہور: اسٹاف رپورٹر", "اسٹاف رپورٹر"),
        ("نمائندہ خصوصی", "نمائندہ خصوصی"),
        ("اسلام آباد (نمائندہ خصوصی)", "نمائندہ خصوصی"),
    ] {
        let page = format!("پٹرول کی قیمت میں کمی کا اعلان\n{line}\n{urdu}\n{urdu}\n");
        let (d, meta) = decisions(&page);
        assert_eq!(d[1], (false, Reason::Byline), "{line}");
        assert_eq!(meta.authors, [desk], "{line}");
    }
    // A desk's word in a sentence is no desk's line.
    assert_eq!(byline::desk_alone("نیوز ڈیسک پر کام کرنے والے صحافی"), None);
}

#[test]
fn co_writers_a_bracketed_reporter_and_a_persian_report_by_sign_the_piece() {
    let arabic = format!(
        "مجلس الأمن يعقد جلسة طارئة بشأن أزمة المياه - الموقع\n\
         مجلس الأمن يعقد جلسة طارئة بشأن أزمة المياه\n{{line}}\n{BODY}\n\
         وأضاف أن الجانبين اتفقا على تشكيل لجنة فنية مشتركة تعقد اجتماعاتها بشكل دوري، على أن ترفع تقاريرها كل شهرين.\n"
    );
    let persian = format!("نشست شورای امنیت درباره بحران آب برگزار شد\n{{line}}\n{PERSIAN_BODY}\n{PERSIAN_BODY} او افزود.\n");
    let urdu = "وفاقی حکومت نے آئندہ پندرہ روز کے لیے پٹرول کی قیمت میں پانچ روپے فی لیٹر کمی کا اعلان کر دیا ہے جس کا اطلاق آج رات سے ہوگا۔";
    let urdu = format!("پٹرول کی قیمت میں کمی کا اعلان\n{{line}}\n{urdu}\n{urdu}\n");
    for (page, line, authors) in [
        (
            &arabic,
            "محمد أبو زيد وأحمد عادل",
            &["محمد أبو زيد", "أحمد عادل"][..],
        ),
        (
            &arabic,
            "محمد أبو زيد و أحمد عادل",
            &["محمد أبو زيد", "أحمد عادل"],
        ),
        (
            &arabic,
            "محمد أبو زيد، أحمد عادل",
            &["محمد أبو زيد", "أحمد عادل"],
        ),
        (&urdu, "اسلام آباد (محمد اسلم)", &["محمد اسلم"]),
        // With the date after them on their line.
        (&urdu, "اسلام آباد (محمد اسلم) 7 دسمبر 2026ء", &["محمد اسلم"]),
        (
            &urdu,
            "لاہور (نمائندہ خصوصی) 7 دسمبر 2026ء",
            &["نمائندہ خصوصی"],
        ),
        (&persian, "گزارش از سارا محمدی", &["سارا محمدی"]),
        // A place, a subject or an agency is no writer.
        (&persian, "گزارش از تهران", &[]),
        (&persian, "گزارش از نشست شورای شهر", &[]),
        (&urdu, "اسلام آباد (اے پی پی)", &[]),
    ] {
        let page = page.replace("{line}", line);
        let (_, meta) = decisions(&page);
        assert_eq!(meta.authors, authors, "{line}");
    }
    // A writer's role after the comma is no co-writer.
    assert_eq!(
        byline::name_and_role("رامي الخطيب، صحفي متخصص"),
        Some("رامي الخطيب")
    );
    assert_eq!(byline::name_and_role("محمد أبو زيد، أحمد عادل"), None);
    // The role or the place may stand in brackets after the name.
    assert_eq!(
        byline::name_and_role("أحمد سمير (مراسل الموقع)"),
        Some("أحمد سمير")
    );
    assert_eq!(
        byline::name_and_role("سارا محمدی (تهران)"),
        Some("سارا محمدی")
    );
    assert_eq!(byline::name_and_role("الوزير (في الوسط) خلال الجولة"), None);
    // A caption's mark of where the person stands in the picture is no role.
    assert_eq!(byline::name_and_role("محمد صلاح (يمين)"), None);
}

#[test]
fn other_stories_headlines_and_summaries_after_the_article_are_teasers_its_subheadings_are_not() {
    let article = "وزير الخارجية يبحث مع نظيره الفرنسي تطورات الأوضاع في المنطقة\n\
بحث وزير الخارجية اليوم مع نظيره الفرنسي في اتصال هاتفي تطورات الأوضاع في المنطقة، وسبل تعزيز العلاقات الثنائية بين البلدين.\n\
وأكد الوزيران خلال الاتصال أهمية مواصلة التنسيق والتشاور بين البلدين إزاء القضايا ذات الاهتمام المشترك، والعمل على خفض التصعيد.\n\
وتناول الاتصال كذلك الجهود المبذولة لإيصال المساعدات الإنسانية إلى المتضررين، وضرورة احترام القانون الدولي الإنساني.\n";
    let teasers = "وزير الداخلية يتفقد مراكز الاقتراع في العاصمة\n\
تفقد وزير الداخلية صباح اليوم عددا من مراكز الاقتراع في العاصمة للاطمئنان على سير العملية الانتخابية.\n\
ارتفاع أسعار الذهب في الأسواق المحلية\n\
سجلت أسعار الذهب ارتفاعا ملحوظا في تعاملات اليوم بالأسواق المحلية، مدفوعة بصعود الأوقية عالميا.\n\
البنك المركزي يبقي على أسعار الفائدة دون تغيير\n\
قرر البنك المركزي في اجتماعه الدوري اليوم الإبقاء على أسعار الفائدة دون تغيير، في ظل استقرار التضخم.\n";
    let (d, _) = decisions(&format!("{article}{teasers}"));
    assert!(d[..4].iter().all(|&(keep, _)| keep), "{d:?}");
    assert!(
        d[4..10].iter().all(|&r| r == (false, Reason::Teaser)),
        "{d:?}"
    );
    // An explainer's closing subheadings, each over a paragraph in the article's words, stay.
    let explainer = "ما هو التضخم وكيف يؤثر على الأسعار والأجور\n\
التضخم هو الارتفاع المستمر في المستوى العام للأسعار في الاقتصاد خلال فترة زمنية معينة، وهو يقلل القيمة الحقيقية للأجور.\n\
ويقيس الاقتصاديون التضخم عادة بمؤشر أسعار المستهلك الذي يرصد أسعار سلة من السلع والخدمات التي تشتريها الأسر.\n\
ويؤثر التضخم على الأجور والمدخرات، إذ تتراجع القيمة الحقيقية للأموال كلما ارتفعت الأسعار بوتيرة أسرع من الأجور.\n\
أسباب التضخم في الاقتصاد\n\
ترجع أسباب التضخم في الاقتصاد عادة إلى زيادة الطلب على السلع أو ارتفاع تكاليف الإنتاج والأجور.\n\
آثار التضخم على الأجور\n\
تتراجع القيمة الحقيقية للأجور مع التضخم عندما لا ترتفع الأجور بالوتيرة نفسها التي ترتفع بها الأسعار.\n\
مواجهة التضخم وارتفاع الأسعار\n\
تلجأ البنوك المركزية لمواجهة التضخم وارتفاع الأسعار إلى رفع أسعار الفائدة وتقليل السيولة في الاقتصاد.\n";
    let (d, _) = decisions(explainer);
    assert!(d.iter().all(|&(_, r)| r != Reason::Teaser), "{d:?}");
    // Teasers whose summaries do not repeat their headlines, each summary of another story too.
    let unechoed = "وزير الداخلية يتفقد مراكز الاقتراع في العاصمة\n\
وأكد المسؤولون أن الاستعدادات اكتملت لاستقبال الناخبين صباح الغد وسط إجراءات تنظيمية مشددة.\n\
ارتفاع أسعار الذهب في الأسواق المحلية\n\
وسجلت الأوقية مكاسب قوية خلال تعاملات الأسبوع مع تراجع الدولار وتزايد الطلب على الملاذات الآمنة.\n\
افتتاح معرض الكتاب بمشاركة خمسمائة دار نشر\n\
ويشهد الحدث ندوات وأمسيات شعرية وحفلات توقيع يومية على مدى عشرة أيام متتالية.\n";
    let (d, _) = decisions(&format!("{article}{unechoed}"));
    assert!(d[..4].iter().all(|&(keep, _)| keep), "{d:?}");
    assert!(
        d[4..10].iter().all(|&r| r == (false, Reason::Teaser)),
        "{d:?}"
    );
    // So too when the model dropped the last summary, the footer's line after it.
    let page = format!("{article}{unechoed}جميع الحقوق محفوظة 2026\n");
    let mut folded = String::new();
    let lines = Line::split(&page, &mut folded);
    let mut reasons: Vec<Option<Reason>> = (0..lines.len())
        .map(|i| match i {
            9 => Some(Reason::LowScore),
            10 => Some(Reason::Copyright),
            11.. => Some(Reason::Blank),
            _ => Some(Reason::Content),
        })
        .collect();
    related::trailing_teaser_pairs(&lines, &mut reasons, &StripConfig::default());
    assert_eq!(reasons[4..10], [Some(Reason::Teaser); 6], "{reasons:?}");
    // Subheadings whose paragraphs speak of the article's subject in its words stay, echo or not.
    let explainer = explainer
        .replace(
            "ترجع أسباب التضخم في الاقتصاد عادة",
            "ويرجع ذلك عادة في الاقتصاد",
        )
        .replace(
            "تتراجع القيمة الحقيقية للأجور مع التضخم",
            "وتتراجع القيمة الحقيقية للأجور مع التضخم",
        );
    let (d, _) = decisions(&explainer);
    assert!(d.iter().all(|&(_, r)| r != Reason::Teaser), "{d:?}");
}

#[test]
fn a_writers_bio_under_the_byline_is_the_writers_box_and_an_issue_number_closes_a_dateline() {
    let page = format!(
        "أسعار النفط تقفز بعد قرار خفض الإنتاج\n\
         الثلاثاء - 13 شعبان 1438 هـ - 09 مايو 2017 مـ رقم العدد [14042]\n\
         كتب: سمير عطا الله\n\
         كاتب وصحافي لبناني، عمل في كل من صحيفة النهار ومجلتي الأسبوع العربي والصياد اللبنانية.\n\
         {BODY}\n{BODY} وأضاف أن الحوار مستمر.\n"
    );
    let (d, meta) = decisions(&page);
    assert_eq!(d[1], (false, Reason::Dateline));
    assert_eq!(meta.date.as_deref(), Some("2017-05-09"));
    assert_eq!(d[2], (false, Reason::Byline));
    assert_eq!(d[3], (false, Reason::AuthorBox));
    assert!(d[4].0 && d[5].0, "{d:?}");
    assert_eq!(
        date::without_issue_number("السبت 5 آذر 1403 شماره ۸۵۱۲"),
        "السبت 5 آذر 1403"
    );
    assert_eq!(
        date::without_issue_number("عدد الضحايا 12"),
        "عدد الضحايا 12"
    );
}

#[test]
fn another_storys_summary_cut_short_above_the_headline_is_a_teaser() {
    let page = format!(
        "البرلمان يقر قانون الاستثمار الجديد - بوابة الأخبار\n\
         وزير الداخلية يتفقد مراكز الاقتراع في العاصمة\n\
         تفقد وزير الداخلية صباح اليوم عددا من مراكز الاقتراع في العاصمة للاطمئنان على سير العملية الانتخابية. وأكد الوزير أهمية تأمين اللجان وتيسير…\n\
         البرلمان يقر قانون الاستثمار الجديد\n{BODY}\n{BODY} وأضاف أن الحوار مستمر.\n"
    );
    let (d, meta) = decisions(&page);
    assert_eq!(d[2], (false, Reason::Teaser), "{d:?}");
    assert_eq!(d[3], (true, Reason::Title), "{d:?}");
    assert_eq!(
        meta.title.as_deref(),
        Some("البرلمان يقر قانون الاستثمار الجديد")
    );
}

/// A post's row of fields after its byline, glued or spaced as inline tags leave it: the writer, the
/// date (a count glued to its year), the comments' and the views' counters and the reading time.
#[test]
fn a_post_row_of_fields_after_the_byline_names_the_writer_and_dates_the_post() {
    let page =
        |title: &str, row: &str, body: &[&str]| format!("{title}\n{row}\n{}\n", body.join("\n"));
    let fa_title = "افزایش قیمت سبزیجات در بازارهای شهر با آغاز زمستان";
    let fa_body = [SOLAR_LEAD, SOLAR_TEXT, SOLAR_LEAD];
    for row in [
        "نویسنده: سارا محمدی ۱۷ آذر ۱۴۰۵ ۰ دیدگاه ۱۲۴ بازدید زمان مطالعه: ۲ دقیقه",
        "نویسنده: سارا محمدی۱۷ آذر ۱۴۰۵۰ دیدگاه۱۲۴ بازدیدزمان مطالعه: ۲ دقیقه",
    ] {
        let (d, meta) = decisions(&page(fa_title, row, &fa_body));
        assert_eq!(d[1], (false, Reason::Byline), "{row}");
        assert_eq!(meta.authors, vec!["سارا محمدی"], "{row}");
        assert_eq!(meta.date.as_deref(), Some("2026-12-08"), "{row}");
    }
    let ar_title = "ارتفاع أسعار الخضروات في الأسواق المحلية مع بداية الشتاء";
    let ur_title = "موسم سرما کے آغاز پر مقامی منڈیوں میں سبزیوں کی قیمتوں میں اضافہ";
    let ur_body = [
        "شہر کی سبزی منڈیوں میں گزشتہ چند دنوں کے دوران قیمتوں میں نمایاں اضافہ دیکھا گیا ہے اور منڈیوں میں سبزیوں کی آمد کم ہو گئی ہے۔",
        "مرکزی منڈی کے کئی تاجروں نے بتایا کہ ٹماٹر کی فی کلو قیمت گزشتہ ماہ کے مقابلے میں تقریباً دگنی ہو گئی ہے۔",
        "انجمن کے صدر نے قیمتوں میں اضافے کو موسمی عوامل کا نتیجہ قرار دیا اور صارفین سے اپیل کی کہ وہ گھبراہٹ میں خریداری نہ کریں۔",
    ];
    for (title, row, body, author) in [
        (
            ar_title,
            "بواسطة سارة المحمد 7 ديسمبر، 2026 0 تعليق 124 مشاهدة دقيقتين للقراءة",
            [BODY; 3],
            "سارة المحمد",
        ),
        (
            ur_title,
            "بذریعہ سارہ احمد 7 دسمبر 2026 0 تبصرے 124 مناظر",
            ur_body,
            "سارہ احمد",
        ),
        (
            ur_title,
            "بذریعہ سارہ احمد7 دسمبر 20260 تبصرے124 مناظر",
            ur_body,
            "سارہ احمد",
        ),
        (
            ur_title,
            "سارہ احمد 7 دسمبر 2026 0 تبصرے 124 مناظر",
            ur_body,
            "سارہ احمد",
        ),
    ] {
        let (d, meta) = decisions(&page(title, row, &body));
        assert_eq!(d[1], (false, Reason::Byline), "{row}");
        assert_eq!(meta.authors, vec![author], "{row}");
        assert_eq!(meta.date.as_deref(), Some("2026-12-07"), "{row}");
    }
    // The row with no writer is the post's dateline; its counters alone are the page's.
    let (d, meta) = decisions(&page(ur_title, "7 دسمبر 2026 0 تبصرے", &ur_body));
    assert_eq!(d[1], (false, Reason::Dateline));
    assert_eq!(meta.date.as_deref(), Some("2026-12-07"));
    let (d, _) = decisions(&page(ur_title, "0 تبصرے 124 مناظر", &ur_body));
    assert_eq!(d[1], (false, Reason::Ui));
}

/// Urdu "تبصرے" (comments, remarks) is a word of articles too: a sentence that holds it is no comment
/// policy.
#[test]
fn an_urdu_sentence_of_remarks_is_no_comment_policy() {
    let body = [
        "وزیراعظم نے اپنے دورے کے دوران چینی قیادت سے ملاقاتیں کیں اور دونوں ممالک کے درمیان تعاون بڑھانے پر اتفاق ہوا۔",
        "سوشل میڈیا پر صارفین نے اس فیصلے پر ملے جلے تبصرے کیے ہیں۔",
        "انہوں نے اپنے تبصرے میں کہا کہ حکومت جلد نئی پالیسی کا اعلان کرے گی۔",
        "ماہرین کا کہنا ہے کہ ان معاہدوں سے ملک میں سرمایہ کاری بڑھے گی اور روزگار کے نئے مواقع پیدا ہوں گے۔",
        "ادارے کا قارئین کی رائے سے متفق ہونا ضروری نہیں۔ غیر اخلاقی زبان والے تبصرے شائع نہیں کیے جائیں گے۔",
    ];
    let (d, _) = decisions(&body.join("\n"));
    assert!(d[1].0 && d[2].0, "{d:?}");
    assert_eq!(d[4], (false, Reason::Copyright));
}

/// An interview's last answer, short and pulled low by the footer under it, goes with the question the
/// model kept above it.
#[test]
fn an_interviews_last_answer_stays_under_its_question_before_the_footer() {
    let page = "وزير التعليم: لا تغيير في مواعيد الامتحانات هذا العام - جريدة الوطن\nالرئيسية\nحوارات\n\
        وزير التعليم: لا تغيير في مواعيد الامتحانات هذا العام\nحاوره: خالد منصور\nالأحد 14 يناير 2024\n\
        أكد وزير التعليم في حوار خاص مع الجريدة أن مواعيد امتحانات نهاية العام لن تتغير، وأن الوزارة انتهت من إعداد الجداول.\n\
        كيف تستعدون لامتحانات هذا العام؟\n\
        انتهينا من كل الترتيبات، ووزعنا المراقبين على اللجان، وجهزنا غرف العمليات في جميع المحافظات.\n\
        هل هناك نية لتغيير نظام التقييم؟\n\
        لا، النظام الحالي مستمر حتى نهاية العام الدراسي، وأي تعديل سيعلن عنه في وقت مبكر.\n\
        وماذا عن شكاوى أولياء الأمور؟\nنستقبل كل الشكاوى ونتعامل معها بجدية.\nشارك\n\n\
        من نحن\nاتصل بنا\nسياسة الخصوصية\nشروط الاستخدام\nجميع الحقوق محفوظة © 2026\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert!(
        s.lines[11].keep && s.lines[12].keep,
        "{:?}",
        &s.lines[10..14]
    );
    assert!(!s.lines[13].keep);
}

/// A short page whose article and "most read" list both print bullets of their own is read with them:
/// the article's list, introduced by its sentence, and the sentence after it stay (an extractor's
/// marking of every item takes ten lines or more, or Markdown's links and headings).
#[test]
fn a_short_pages_own_bullets_are_its_text() {
    let page = "أبرز قرارات مجلس الوزراء في جلسته الأسبوعية - جريدة الوطن\nالرئيسية\nمحليات\n\
        أبرز قرارات مجلس الوزراء في جلسته الأسبوعية\nالثلاثاء 5 مارس 2024\n\
        عقد مجلس الوزراء جلسته الأسبوعية برئاسة رئيس الوزراء، وأصدر عددا من القرارات المهمة، أبرزها:\n\
        • الموافقة على مشروع قانون الاستثمار الجديد\n• اعتماد خطة تطوير النقل العام في العاصمة\n\
        • تخصيص مليار دولار لدعم المشروعات الصغيرة\n• الموافقة على إنشاء جامعة تكنولوجية في الجنوب\n\
        وأكد رئيس الوزراء أن هذه القرارات تأتي في إطار خطة الحكومة لتحفيز الاقتصاد وتوفير فرص العمل للشباب.\n\
        الأكثر قراءة\n• ارتفاع أسعار الذهب في الأسواق المحلية\n• افتتاح معرض الكتاب في دورته الجديدة\n\
        • المنتخب يستعد لمباراة الحسم\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    let keeps: Vec<bool> = s.lines.iter().map(|d| d.keep).collect();
    assert!(keeps[5..11].iter().all(|&k| k), "{:?}", s.lines);
    assert!(keeps[11..].iter().all(|&k| !k), "{:?}", s.lines);
}

/// The article's last section, its subheading and its paragraph pulled under the threshold together by
/// the chrome after them (a list of other articles appended to the page), closes the article.
#[test]
fn the_last_section_with_its_dropped_subheading_closes_the_article() {
    let page = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/strip-shapes/ar-html-key-points-list-under-a-subheading.txt"
    ))
    .unwrap();
    let related = "أخبار ذات صلة\nارتفاع أسعار الذهب في الأسواق المحلية\nافتتاح معرض الكتاب في دورته الجديدة\n\
        المنتخب يستعد لمباراة الحسم أمام ضيفه\nالأرصاد تحذر من موجة برد قارس\n";
    let appended = format!("{}\n{related}", page.trim_end());
    let s = strip_with_model(
        &appended,
        &StripConfig::default(),
        None,
        LineModel::bundled(),
    );
    // "ردود الفعل" and "ورحب عدد من أعضاء مجلس النواب بالقرار، ..."
    assert!(
        s.lines[14].keep && s.lines[15].keep,
        "{:?}",
        &s.lines[13..17]
    );
    assert!(!s.lines[16].keep);
}

/// A related block whose items carry summaries runs over its last summary when another related heading
/// follows it: a sentence right under an item's headline is no paragraph of the article going on.
#[test]
fn a_related_blocks_last_summary_before_another_heading_stays_in_the_block() {
    let page = format!(
        "أمانة المدينة تستعد لموسم الأمطار\n{BODY}\n\
         ودعا السكان إلى تجنب مجاري السيول أثناء هطول الأمطار، والالتزام بتعليمات الدفاع المدني حفاظا على سلامتهم.\n\
         مواضيع قد تهمك\nالدفاع المدني يحذر من السباحة في الأودية\n\
         حذرت المديرية العامة للدفاع المدني من الاقتراب من الأودية ومجاري السيول خلال موسم الأمطار.\n\
         الأرصاد: أمطار رعدية على معظم المناطق\n\
         توقع المركز الوطني للأرصاد هطول أمطار رعدية متوسطة إلى غزيرة على أجزاء واسعة من المملكة.\n\
         أخبار ذات صلة\nارتفاع أسعار الذهب في الأسواق المحلية\nافتتاح معرض الكتاب في دورته الجديدة\n"
    );
    let (d, _) = decisions(&page);
    assert!(d[1].0 && d[2].0, "{d:?}");
    assert!(d[3..].iter().all(|&(keep, _)| !keep), "{d:?}");
    assert_eq!(d[7], (false, Reason::RelatedBlock));
}

/// The headlines under a label of sponsored links are the ad's; a generic ad label over an ad's slot
/// names nothing under it.
#[test]
fn sponsored_links_under_their_label_are_an_ad() {
    let page = format!(
        "عنوان الخبر في الصفحة\n{BODY}\n{BODY} وأضاف.\nروابط ممولة\nارتفاع أسعار الخضار في الأسواق الشعبية\n\
         افتتاح معرض الكتاب بمشاركة مئة دار نشر (صور)\nفريق محلي يفوز بالبطولة الإقليمية.. فيديو\n"
    );
    let (d, _) = decisions(&page);
    assert_eq!(d[3..7], [(false, Reason::Ad); 4], "{d:?}");
    let slot = page.replace("روابط ممولة", "إعلان");
    let (d, _) = decisions(&slot);
    assert_eq!(d[3], (false, Reason::Ad));
    assert!(d[4..7].iter().all(|&(_, r)| r != Reason::Ad), "{d:?}");
}

/// A block of sponsored links with the network's credit and a headline in another script between two
/// paragraphs is the ad's whole, and the line model sees through it: the article's last paragraphs
/// under it stay.
#[test]
fn a_sponsored_block_between_paragraphs_is_seen_through() {
    let paragraphs = [
        "عاد شبح الحروب التجارية ليخيم على الاقتصاد العالمي، بعد إعلان حزمة جديدة من الرسوم الجمركية على واردات عدد من الدول، في خطوة أثارت قلق الأسواق.",
        "والتاريخ الاقتصادي يعلمنا أن الحمائية قد تمنح الصناعات المحلية فترة من الراحة، لكنها في المدى الطويل ترفع الأسعار على المستهلكين.",
        "ولا يمكن فهم ما يجري بمعزل عن التحولات الجيوسياسية الكبرى، فالتجارة لم تعد مجرد تبادل للسلع، بل أصبحت أداة من أدوات الصراع على النفوذ.",
        "يتساءل كثيرون اليوم عن قدرة الاقتصادات الناشئة على تحمل هذه الصدمة، خصوصا تلك التي تعتمد على التصدير بشكل كبير.",
        "وفي تقديري أن الخروج من هذه الدوامة يتطلب عودة جادة إلى طاولة المفاوضات، وإصلاح قواعد منظمة التجارة العالمية.",
    ];
    let page = format!(
        "هل يصمد الاقتصاد العالمي أمام موجة جديدة من الرسوم الجمركية؟\n{}\nSponsored Links\nRecommended by Example Network\n\
        هذه الطريقة البسيطة تساعدك على تقليل فاتورة الكهرباء\nTop Doctors: The Simple Trick to Reduce Knee Pain\n{}\n\
        الكلمات الدالة\nالرسوم الجمركية\nالتجارة العالمية\n",
        paragraphs[..3].join("\n"),
        paragraphs[3..].join("\n")
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    for i in 4..8 {
        assert_eq!(
            s.lines[i].reason,
            Reason::Ad,
            "line {}: {:?}",
            i + 1,
            s.lines
        );
    }
    assert!(s.lines[8].keep && s.lines[9].keep, "{:?}", s.lines);
}

/// A row of share buttons set a line each between two paragraphs is seen through, as a row on one line
/// is: a two-paragraph story keeps both.
#[test]
fn share_buttons_a_line_each_between_two_paragraphs_are_seen_through() {
    let page = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/strip-shapes/ar-breaking-news-with-a-two-paragraph-story.txt"
    ))
    .unwrap();
    let lines: Vec<&str> = page.split('\n').collect();
    let shared = [
        &lines[..13],
        &["شارك", "فيسبوك", "تويتر", "واتساب"],
        &lines[13..],
    ]
    .concat()
    .join("\n");
    let s = strip_with_model(&shared, &StripConfig::default(), None, LineModel::bundled());
    assert!(
        s.lines[12].keep && s.lines[17].keep,
        "{:?}",
        &s.lines[10..19]
    );
    assert!(s.lines[13..17].iter().all(|d| !d.keep));
}

/// A pointer to a video between two paragraphs, its link on its line, is a "read also" pointer.
#[test]
fn a_pointer_to_a_video_between_paragraphs_is_a_read_also() {
    for (pointer, text) in [
        ("شاهد الفيديو: لحظة انهيار المبنى في وسط المدينة", BODY),
        ("همچنین ببینید: ویدیوی لحظه انفجار در بندر", SOLAR_LEAD),
        // A one-word pointer with its colon glued after it.
        ("ببینید: ویدیوی لحظه انفجار در بندر", SOLAR_LEAD),
        (
            "ویڈیو دیکھیں: دھماکے کا لمحہ کیمرے میں محفوظ",
            "دفتر خارجہ کے ترجمان نے بتایا کہ دونوں ملکوں نے اگلے سال مشترکہ کمیشن کا اجلاس اسلام آباد میں منعقد کرنے پر بھی اتفاق کیا ہے۔",
        ),
    ] {
        let page = format!("عنوان\n{text}\n{pointer}\n{text} ثم\n");
        let (d, _) = decisions(&page);
        assert_eq!(d[2], (false, Reason::ReadAlso), "{pointer}");
        assert!(d[1].0 && d[3].0, "{pointer}: {d:?}");
    }
    // Without the colon, the verb opens a sentence ("see, ...").
    assert!(!lexicon::is_read_also(&fold(
        "ببینید، این طرح از سال گذشته آغاز شده است"
    )));
    assert!(!lexicon::is_read_also(&fold("ببینید")));
}

#[test]
fn fields_glued_by_inline_tags_are_read_piece_by_piece() {
    // A stamp, the article's code and a "link copied" note side by side, no space between them.
    let headline = "برنامه تازه درسی از سال آینده اجرا می‌شود";
    for row in [
        "۱۷ آذر ۱۴۰۵ - ۱۰:۴۲کد خبر: 3412987لینک کوتاه کپی شد",
        "12:43, 20 Apr 2026Updated 12:44, 20 Apr 2026",
    ] {
        let page = format!("{headline}\n{row}\n{SOLAR_LEAD}\n{SOLAR_TEXT}\n{SOLAR_LEAD} و\n");
        let (d, _) = decisions(&page);
        assert_eq!(d[1], (false, Reason::Dateline), "{row}");
    }
    // A writer's byline glued after the stamp names the writer.
    let page = format!(
        "{headline}\n۱۷ آذر ۱۴۰۵ - ۱۰:۴۲کد خبر: 3412987نویسنده: سارا محمدی\n{SOLAR_LEAD}\n{SOLAR_TEXT}\n"
    );
    let (d, meta) = decisions(&page);
    assert_eq!(d[1], (false, Reason::Byline));
    assert_eq!(meta.authors, ["سارا محمدی"]);
    // A piece that is no field keeps the row from being read as one: a headline glued to its date.
    let page = format!(
        "{headline}\n۱۷ آذر ۱۴۰۵وزیر نیرو از طرح تازه خورشیدی خبر داد\n{SOLAR_LEAD}\n{SOLAR_TEXT}\n"
    );
    let (d, _) = decisions(&page);
    assert_ne!(d[1].1, Reason::Dateline);
    assert_ne!(d[1].1, Reason::Ui);
}

#[test]
fn a_media_players_clock_is_ui() {
    for clock in ["00:00 / 02:41", "0:00/1:02:15", "0:07 / 0:15"] {
        let page = format!("{BODY}\n{clock}\n{BODY} وأضاف.\n");
        assert_eq!(decisions(&page).0[1], (false, Reason::Ui), "{clock}");
    }
    // A ratio or a score is no clock.
    assert!(!line_rules::player_clock("3/4"));
    assert!(!line_rules::player_clock("2024/12/07"));
}

#[test]
fn an_outlets_name_before_the_date_names_no_writer() {
    // "تسنیم" is a given name, but an agency's name opens with its kind.
    for stamp in [
        "خبرگزاری تسنیم دوشنبه ۱۷ آذر ۱۴۰۵",
        "خبرگزاری تسنیمدوشنبه ۱۷ آذر ۱۴۰۵",
    ] {
        let page = format!("{stamp}\n{SOLAR_LEAD}\n{SOLAR_TEXT}\n{SOLAR_LEAD} و\n");
        let (d, meta) = decisions(&page);
        assert_eq!(d[0], (false, Reason::Dateline), "{stamp}");
        assert!(meta.authors.is_empty(), "{stamp}");
    }
    // A person of that name is still the writer.
    let page = format!("سارا تسنیم ۱۷ آذر ۱۴۰۵\n{SOLAR_LEAD}\n{SOLAR_TEXT}\n{SOLAR_LEAD} و\n");
    let (d, meta) = decisions(&page);
    assert_eq!(d[0], (false, Reason::Byline));
    assert_eq!(meta.authors, ["سارا تسنیم"]);
}

#[test]
fn a_name_with_its_titles_before_the_date_is_the_writer() {
    for (stamp, name) in [
        ("د. سلمى حسن 6 ديسمبر 2026", "د. سلمى حسن"),
        ("دکتر علی رضایی ۱۶ آذر ۱۴۰۵", "دکتر علی رضایی"),
        ("ڈاکٹر سارہ احمد 6 دسمبر 2026", "ڈاکٹر سارہ احمد"),
    ] {
        let page = format!("عنوان الخبر هنا اليوم\n{stamp}\n{BODY}\n{BODY} وأضاف.\n");
        let (d, meta) = decisions(&page);
        assert_eq!(d[1], (false, Reason::Byline), "{stamp}");
        assert_eq!(meta.authors, [name], "{stamp}");
    }
    // A title before a word that is no name names no one.
    let page = format!("عنوان الخبر هنا اليوم\nد. الاقتصاد 6 ديسمبر 2026\n{BODY}\n{BODY} وأضاف.\n");
    assert!(decisions(&page).1.authors.is_empty());
}

#[test]
fn headlines_over_summaries_above_the_pages_headline_are_teasers_though_no_summary_repeats_its_headline(
) {
    let teasers = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية\n\
وقال المسؤولون إن الخطة تتضمن حزمة من الإجراءات التي تستهدف تحسين أوضاع المزارعين وزيادة الإنتاج خلال العام المقبل.\n\
ارتفاع أسعار النفط مع تراجع المخزونات العالمية\n\
وأوضح التقرير أن الأسعار شهدت تقلبات كبيرة خلال الأسبوع الماضي نتيجة التوترات الجيوسياسية وتغير توقعات الطلب العالمي.\n\
افتتاح معرض الكتاب الدولي بمشاركة 500 دار نشر\n\
ويشارك في المعرض عدد كبير من الناشرين والكتاب من مختلف الدول العربية والأجنبية على مدى عشرة أيام.\n";
    let article = "أعلنت وزارة النقل اليوم عن بدء تشغيل خط جديد للحافلات الكهربائية يربط وسط المدينة بالمطار الدولي، في خطوة تهدف إلى تقليل الازدحام المروري.\n\
وقال الوزير في مؤتمر صحفي إن الخط الجديد يضم 40 حافلة حديثة تعمل على مدار الساعة، بتذكرة موحدة يمكن دفعها عبر التطبيق الإلكتروني.\n\
وأضاف أن الوزارة تخطط لتوسيع الشبكة لتشمل خمسة خطوط إضافية خلال العامين المقبلين، بالشراكة مع القطاع الخاص.\n";
    let headline = "تشغيل خط حافلات كهربائية إلى المطار";
    let page = format!(
        "{headline} | الخبر اليوم\nالخبر اليوم\nالرئيسيةمحلياتاقتصادرياضة\n{teasers}{headline}\nالأحد 6 ديسمبر 2026\n{article}"
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    let reasons: Vec<Reason> = s.lines.iter().map(|l| l.reason).collect();
    assert!(s.lines[3..9].iter().all(|l| !l.keep), "{reasons:?}");
    assert!(
        s.lines[9..]
            .iter()
            .filter(|l| !matches!(l.reason, Reason::Dateline | Reason::Blank))
            .all(|l| l.keep),
        "{reasons:?}"
    );
    assert_eq!(s.meta.title.as_deref(), Some(headline));
    // With no line that prints the `<title>`'s headline, such pairs are left to the model.
    let mut folded = String::new();
    let untitled = format!("{teasers}{article}");
    let lines = Line::split(&untitled, &mut folded);
    let mut reasons = vec![Some(Reason::Content); lines.len()];
    related::teaser_pairs(&lines, &mut reasons, &StripConfig::default());
    assert!(!reasons.contains(&Some(Reason::Teaser)), "{reasons:?}");
}

#[test]
fn title_parts_cut_at_every_separator_the_title_holds_and_nowhere_else() {
    use crate::title::title_parts;
    assert_eq!(
        title_parts("عنوان الخبر - تفاصيل | موقع الأخبار"),
        vec!["عنوان الخبر", "تفاصيل", "موقع الأخبار"]
    );
    assert_eq!(
        title_parts("Headline — Subhead · Site :: Section"),
        vec!["Headline", "Subhead", "Site", "Section"]
    );
    assert_eq!(
        title_parts("Headline -- Section -- Site"),
        vec!["Headline", "Section", "Site"]
    );
    // A "»" closing a "«" cuts nothing; one after it does.
    assert_eq!(
        title_parts("وكالة « معا » المؤسفة » الرئيسية"),
        vec!["وكالة « معا » المؤسفة", "الرئيسية"]
    );
    // Dashes inside words and a colon without spaces are no separators.
    let paragraph =
        "قال الوزير إن الخطة طويلة-المدى تشمل 12:30 موعدا، وإن العمل مستمر حتى نهاية العام.";
    assert_eq!(title_parts(paragraph), vec![paragraph]);
    assert_eq!(title_parts("  Only a headline  "), vec!["Only a headline"]);
}

#[test]
fn one_scan_tells_the_lists_a_line_holds_a_phrase_of() {
    use crate::lexicon::{phrase_kinds, PhraseKind};
    let kinds = |line: &str| {
        let found = phrase_kinds(&fold(line));
        [
            PhraseKind::Copyright,
            PhraseKind::Prompt,
            PhraseKind::ImprintRole,
            PhraseKind::Channel,
        ]
        .into_iter()
        .filter(|&k| found.holds(k))
        .collect::<Vec<_>>()
    };
    assert_eq!(kinds("جميع الحقوق محفوظة © 2026"), [PhraseKind::Copyright]);
    assert_eq!(
        kinds("Subscribe to our newsletter. All rights reserved."),
        [PhraseKind::Copyright, PhraseKind::Prompt]
    );
    assert_eq!(kinds("رئيس التحرير: أحمد علي"), [PhraseKind::ImprintRole]);
    assert!(kinds("پاک نیوز کا واٹس ایپ چینل فالو کریں").contains(&PhraseKind::Channel));
    assert!(kinds("وقال الوزير إن الحكومة ستعلن خطتها قريبا.").is_empty());
}

#[test]
fn the_word_for_last_belongs_to_the_update_label_after_a_published_stamp() {
    let split = |line: &str| {
        crate::date::split_at_update(&fold(line)).map(|(p, u)| (p.to_string(), u.to_string()))
    };
    let (published, update) =
        split("نشر في: الأحد 6 ديسمبر 2026 - 10:30 م | آخر تحديث: الأحد 6 ديسمبر 2026 - 11:00 م")
            .unwrap();
    assert_eq!(published, fold("نشر في: الأحد 6 ديسمبر 2026 - 10:30 م"));
    assert_eq!(update, fold("آخر تحديث: الأحد 6 ديسمبر 2026 - 11:00 م"));
    let (published, _) =
        split("Published Dec 6, 2026 10:30 AM Last updated Dec 6, 2026 11:00 AM").unwrap();
    assert_eq!(published, fold("Published Dec 6, 2026 10:30 AM"));
    let (published, _) = split("انتشار: ۱۶ آذر ۱۴۰۵ آخرین بروزرسانی: ۱۶ آذر ۱۴۰۵").unwrap();
    assert_eq!(published, fold("انتشار: ۱۶ آذر ۱۴۰۵"));
    // On a page, the line is a dateline, and the date the published one.
    let page = "افتتاح معرض الكتاب الدولي\nنشر في: الأحد 6 ديسمبر 2026 - 10:30 م | آخر تحديث: الأحد 6 ديسمبر 2026 - 11:00 م\n\
                افتتح وزير الثقافة اليوم معرض الكتاب الدولي في دورته الجديدة بمشاركة أكثر من خمسمئة دار نشر من ثلاثين دولة.\n\
                ويضم المعرض هذا العام جناحا خاصا لكتب الأطفال وبرنامجا ثقافيا يشمل ندوات وأمسيات شعرية وتوقيع كتب.\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.lines[1].reason, Reason::Dateline);
    assert_eq!(s.meta.date.as_deref(), Some("2026-12-06T22:30"));
}

#[test]
fn a_city_on_its_own_line_under_the_writers_name_is_no_co_writer() {
    let page = "بین الاقوامی کتاب میلے کا افتتاح\nمحمد عاطف\nاسلام آباد\n06 دسمبر 2026\n\
                وزیر ثقافت نے آج بین الاقوامی کتاب میلے کا افتتاح کیا جس میں تیس ممالک کے پانچ سو سے زائد پبلشرز حصہ لے رہے ہیں۔\n\
                میلے میں اس سال بچوں کی کتابوں کے لیے خصوصی حصہ رکھا گیا ہے اور مشاعرے اور مذاکرے بھی ہوں گے۔\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.authors, ["محمد عاطف"]);
    assert!(!s.lines[2].keep);
}

#[test]
fn two_nouns_of_the_work_joined_by_and_open_a_byline() {
    let names = |line: &str| crate::byline::byline_authors(line);
    for line in [
        "إعداد وتقديم: منى الشاذلي",
        "كتابة وإعداد: منى الشاذلي",
        "تحرير وإعداد منى الشاذلي",
    ] {
        assert_eq!(names(line).unwrap(), ["منى الشاذلي"], "{line}");
    }
    for line in ["تهیه و تنظیم: سارا محمدی", "گردآوری و تنظیم: سارا محمدی"]
    {
        assert_eq!(names(line).unwrap(), ["سارا محمدی"], "{line}");
    }
    assert_eq!(names("تحریر و تحقیق: محمد عاطف").unwrap(), ["محمد عاطف"]);
    // The writer who took the pictures too: a noun of the work, then one of the picture's making.
    assert_eq!(names("گزارش و عکس: سارا محمدی").unwrap(), ["سارا محمدی"]);
    assert_eq!(names("نص وتصوير: أحمد سمير").unwrap(), ["أحمد سمير"]);
    // A photographer's and a cameraman's credit names no writer.
    assert_eq!(names("عکس و فیلم: سارا محمدی"), None);
    // A noun of the work joined to another noun is no byline's opening ("إعداد والتزام").
    assert_eq!(names("إعداد وتنظيم المؤتمر: بدأ العمل"), None);
    assert_eq!(names("تهیه و توزیع: غذای گرم"), None);
}

#[test]
fn a_byline_with_the_photographers_credit_after_it_names_the_writer() {
    let writers = |line: &str| crate::byline::before_photo_credit(line);
    for (line, writer) in [
        ("تقرير: أحمد سمير - تصوير: محمد علي", "أحمد سمير"),
        ("كتب: أحمد سمير | تصوير: محمد علي", "أحمد سمير"),
        ("گزارش: سارا محمدی - عکس: علی رضایی", "سارا محمدی"),
        // Beside the pictures' credit, the text's label names the writer, which it does not alone.
        ("نص: سارة محمود | صور: علي حسن", "سارة محمود"),
        ("متن: مریم احمدی | عکس: رضا کریمی", "مریم احمدی"),
        ("Text: Jane Roe | Photos: John Doe", "Jane Roe"),
    ] {
        assert_eq!(writers(line), Some(vec![writer.to_string()]), "{line}");
    }
    // A caption's credit after a caption names no writer.
    assert_eq!(writers("الوزير خلال جولته في السوق - تصوير: محمد علي"), None);
    assert_eq!(crate::byline::byline_authors("متن: مریم احمدی"), None);
    assert_eq!(writers("متن: سخنرانی رئیس جمهور | عکس: رضا کریمی"), None);
    let page = "افتتاح معرض الكتاب الدولي بمشاركة 500 دار نشر\nتقرير: أحمد سمير - تصوير: محمد علي\n\
                افتتح وزير الثقافة اليوم معرض الكتاب الدولي في دورته الجديدة بمشاركة أكثر من خمسمئة دار نشر.\n\
                ويضم المعرض هذا العام جناحا خاصا لكتب الأطفال وبرنامجا ثقافيا يشمل ندوات وأمسيات شعرية.\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.lines[1].reason, Reason::Byline);
    assert_eq!(s.meta.authors, ["أحمد سمير"]);
    // A bar sets the credit apart as a dash does.
    let page = page.replace(
        "تقرير: أحمد سمير - تصوير: محمد علي",
        "نص: أحمد سمير | صور: محمد علي",
    );
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.lines[1].reason, Reason::Byline);
    assert_eq!(s.meta.authors, ["أحمد سمير"]);
}

#[test]
fn a_fact_box_under_the_headline_is_no_list_of_headlines_and_no_headline() {
    let page = "الرئيسية\nسينما\n\
                فيلم \"البيت الأخير\" يفتتح مهرجان القاهرة السينمائي\n\
                عرض: منى الشريف\n\
                الجمعة 4 ديسمبر 2026\n\
                المخرج: كريم عادل\n\
                بطولة: هند صبري وآسر ياسين\n\
                مدة العرض: 118 دقيقة\n\
                سنة الإنتاج: 2026\n\
                افتتح فيلم البيت الأخير الدورة الجديدة من المهرجان، في عرض حضره صناع الفيلم وعدد كبير من النقاد والجمهور.\n\
                ويحكي الفيلم قصة عائلة تعود إلى بيتها القديم بعد غياب عشرين عاما، لتجد أن الحي كله قد تغير من حولها.\n\
                وقال المخرج في الندوة التي أعقبت العرض إن التصوير استغرق عامين كاملين بين القاهرة والإسكندرية.\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("فيلم \"البيت الأخير\" يفتتح مهرجان القاهرة السينمائي")
    );
    assert_eq!(s.meta.authors, ["منى الشريف"]);
    assert_eq!(s.lines[3].reason, Reason::Byline);
    assert!(
        s.lines[5..9]
            .iter()
            .all(|d| d.reason != Reason::HeadlineList),
        "{:?}",
        s.lines
    );
    // Labels a list repeats ("فيديو: ...") make no fact box: the list is one.
    let list = "ارتفاع أسعار الذهب في السوق المحلية\nفيديو: لحظة انهيار مبنى قديم\n\
                فيديو: أمطار غزيرة تغرق الشوارع\nفيديو: حريق في مصنع للبلاستيك\n";
    let mut folded = String::new();
    let lines = Line::split(list, &mut folded);
    assert!(crate::related::fact_box_fields(&lines).iter().all(|&f| !f));
    let fields = list.replace("فيديو: أمطار", "صور: أمطار");
    let fields = fields.replace("فيديو: حريق", "تقرير: حريق");
    let lines = Line::split(&fields, &mut folded);
    assert_eq!(
        crate::related::fact_box_fields(&lines)[..4],
        [false, true, true, true]
    );
}

#[test]
fn the_paragraph_after_verse_the_article_quotes_is_the_articles() {
    let page = "صفحه اصلی\nادبیات\nهنر\nادبیات\n\
                بزرگداشت حافظ در شیراز با حضور شاعران\n\
                ۲۰ مهر ۱۴۰۵ - ۱۸:۴۰\n\
                کد خبر: ۷۷۱۲۰۴\n\
                مراسم بزرگداشت حافظ امروز با حضور شاعران و پژوهشگران ادبی از سراسر کشور در آرامگاه این شاعر در شیراز برگزار شد.\n\
                به گزارش خبرنگار ما، در این مراسم چند پژوهش تازه درباره نسخه‌های خطی دیوان حافظ معرفی شد و شاعران جوان نیز شعر خواندند.\n\
                در پایان مراسم، یکی از استادان دانشگاه غزلی از حافظ را خواند که حاضران بارها آن را همراهی کردند:\n\
                دوش دیدم که ملائک در میخانه زدند\n\
                گل آدم بسرشتند و به پیمانه زدند\n\
                ساکنان حرم ستر و عفاف ملکوت\n\
                با من راه نشین باده مستانه زدند\n\
                برگزارکنندگان می‌گویند این مراسم هر سال با استقبال بیشتری روبه‌رو می‌شود و امسال شمار گردشگران خارجی نیز افزایش یافته است.\n\
                بیشتر بخوانید:\n\
                نمایشگاه کتاب تهران در اردیبهشت برگزار می‌شود\n\
                انتهای پیام/\n\
                برچسب‌ها\nحافظ\nشیراز\nنظر شما\nنام\nارسال\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    let kept: Vec<usize> = (0..s.lines.len()).filter(|&i| s.lines[i].keep).collect();
    assert_eq!(kept, [4, 7, 8, 9, 10, 11, 12, 13, 14], "{:?}", s.lines);
}

#[test]
fn a_short_sentence_introducing_a_post_in_another_script_stays_with_the_article() {
    let page = "الرئيسية\nرياضة\n\
                ليفربول يعلن تجديد عقد قائده حتى عام 2029\n\
                لندن - وكالات\n\
                الخميس 3 ديسمبر 2026\n\
                أعلن نادي ليفربول الإنجليزي تجديد عقد قائده لثلاثة مواسم إضافية، بعد مفاوضات استمرت أكثر من شهرين بين الطرفين.\n\
                ونشر النادي على حسابه الرسمي:\n\
                Our captain is staying. Proud to sign a new deal with the club I love.\n\
                وكان اللاعب قد انضم إلى النادي قبل سبعة أعوام، وفاز معه بلقب الدوري الإنجليزي ودوري أبطال أوروبا.\n\
                ويعد القائد من أكثر اللاعبين مشاركة في تاريخ النادي خلال العقد الأخير، بحسب إحصاءات الرابطة.\n\
                اقرأ أيضا\nمانشستر سيتي يتعثر أمام برايتون\nريال مدريد يستعيد الصدارة\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.lines[7].reason, Reason::LatinBlock);
    assert!(s.lines[6].keep, "{:?}", s.lines[6]);
}

#[test]
fn a_writers_city_on_its_own_line_ends_a_list_of_latest_news_above_the_headline() {
    let page = "آخر الأخبار\n\
                عاجل: انقطاع الكهرباء عن أحياء شرق المدينة\n10:05\n\
                الدفاع المدني يحذر من السيول\n09:30\n\
                اقتصاد\n\
                هيئة السوق المالية تعتمد قواعد جديدة للطروحات العامة\n\
                فهد السبيعي\n\
                الرياض\n\
                الخميس 10 ديسمبر 2026\n\
                اعتمد مجلس هيئة السوق المالية قواعد جديدة تنظم الطروحات العامة الأولية، تهدف إلى تسريع إجراءات الإدراج وتعزيز حماية المستثمرين.\n\
                وتلزم القواعد الجديدة الشركات الراغبة في الطرح بالإفصاح عن خططها لاستخدام حصيلة الطرح بشكل مفصل.\n\
                وقالت الهيئة إن القواعد تدخل حيز التنفيذ مطلع الربع الثاني من العام المقبل بعد فترة انتقالية.\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("هيئة السوق المالية تعتمد قواعد جديدة للطروحات العامة")
    );
    assert_eq!(s.meta.authors, ["فهد السبيعي"]);
    assert_eq!(s.meta.date.as_deref(), Some("2026-12-10"));
    // The city alone under the headline, no writer named.
    let page = page.replace("فهد السبيعي\n", "");
    let s = strip_with_model(&page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(
        s.meta.title.as_deref(),
        Some("هيئة السوق المالية تعتمد قواعد جديدة للطروحات العامة")
    );
    assert_eq!(s.meta.date.as_deref(), Some("2026-12-10"));
}

#[test]
fn sections_numbered_by_ordinal_words_are_kept_with_their_text() {
    let page = "كيف تفتح حسابا بنكيا عبر الهاتف | دليل الخدمات\nالرئيسية\nخدمات\n\
                كيف تفتح حسابا بنكيا عبر الهاتف\n\
                أصبح فتح الحساب البنكي ممكنا من الهاتف في دقائق، بعد أن أتاحت أغلب البنوك تطبيقات تتيح ذلك دون زيارة الفرع.\n\
                أولاً - تنزيل التطبيق\n\
                ينزل العميل تطبيق البنك من متجر التطبيقات، ثم يختار فتح حساب جديد من الشاشة الأولى.\n\
                ثانياً - التحقق من الهوية\n\
                يصور العميل بطاقة الهوية من الجهتين، ثم يلتقط صورة لوجهه يطابقها النظام مع صورة البطاقة.\n\
                ثالثاً - اختيار نوع الحساب\n\
                يختار العميل بين الحساب الجاري وحساب التوفير، ويحدد العملة التي يريد فتح الحساب بها.\n\
                رابعاً - تفعيل البطاقة\n\
                تصل البطاقة إلى عنوان العميل خلال أسبوع، ويفعلها من التطبيق برمز يصله في رسالة نصية.\n\
                هل كانت هذه الصفحة مفيدة؟\nشارك الصفحة\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    let kept: Vec<usize> = (0..s.lines.len()).filter(|&i| s.lines[i].keep).collect();
    assert_eq!(kept, (3..=12).collect::<Vec<_>>(), "{:?}", s.lines);
    // Persian ordinals number sections as Arabic ones do; a word that only opens a heading does not.
    for (line, number) in [
        ("اول: ثبت نام در سامانه", Some(1)),
        ("سوم - پرداخت هزینه‌ها", Some(3)),
        ("ثالثا: دفع الرسوم المقررة", Some(3)),
        ("اول مهر ماه مدارس باز می‌شوند", None),
    ] {
        assert_eq!(
            crate::related::section_number(line).map(|(n, _)| n),
            number,
            "{line}"
        );
    }
}

#[test]
fn subheadings_between_kept_paragraphs_throughout_the_article_are_kept() {
    let page = "خطوات تجديد جواز السفر إلكترونيا | دليل المواطن\n\
                الرئيسية\n\
                خدمات\n\
                خطوات تجديد جواز السفر إلكترونيا\n\
                أتاحت المديرية العامة للجوازات خدمة تجديد جواز السفر إلكترونيا دون الحاجة إلى مراجعة مكاتبها، عبر منصة الخدمات الحكومية.\n\
                الدخول إلى المنصة\n\
                يدخل المستخدم إلى المنصة باسم المستخدم وكلمة المرور، ثم يختار خدمة تجديد الجواز من قائمة الخدمات.\n\
                تعبئة البيانات\n\
                يتحقق النظام من البيانات الشخصية آليا، ويطلب من المستخدم تحديث العنوان ورقم الجوال إن لزم الأمر.\n\
                دفع الرسوم\n\
                تدفع الرسوم عبر نظام سداد، وتبلغ 300 ريال للجواز الصالح لخمس سنوات و600 ريال للجواز الصالح لعشر سنوات.\n\
                استلام الجواز\n\
                يصل الجواز إلى عنوان المستخدم عبر البريد خلال خمسة أيام عمل من تاريخ الطلب.\n\
                هل استفدت من هذه المعلومات؟\n\
                شارك الصفحة\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    let kept: Vec<usize> = (0..s.lines.len()).filter(|&i| s.lines[i].keep).collect();
    assert_eq!(kept, (3..=12).collect::<Vec<_>>(), "{:?}", s.lines);
    // One such line alone may be a picture's caption: it stays as the model took it.
    let text = format!("{BODY}\nالوزير خلال الجلسة\n{BODY}\n");
    let mut folded = String::new();
    let lines = Line::split(&text, &mut folded);
    let mut reasons = vec![
        Some(Reason::Content),
        Some(Reason::LowScore),
        Some(Reason::Content),
        None,
    ];
    let mut evidence = vec![None; 4];
    crate::sections::sandwiched_subheadings(
        &lines,
        &mut reasons,
        &mut evidence,
        &StripConfig::default(),
    );
    assert_eq!(reasons[1], Some(Reason::LowScore));
    // Above the headline (the line that repeats the page's title, its text under it), headlines between
    // their summaries are teasers, however a model took the summaries.
    let teasers = format!(
        "تشغيل خط حافلات كهربائية إلى المطار | الخبر اليوم\n\
         الحكومة تعلن خطة لدعم المزارعين\n{BODY}\nارتفاع أسعار النفط مع تراجع المخزونات\n{BODY}\n\
         افتتاح معرض الكتاب الدولي\n{BODY}\nالمنتخب يستعد لمواجهة حاسمة\n{BODY}\n\
         تشغيل خط حافلات كهربائية إلى المطار\n{BODY}\n"
    );
    let lines = Line::split(&teasers, &mut folded);
    let mut reasons: Vec<Option<Reason>> = lines
        .iter()
        .map(|l| {
            Some(if l.ends_sentence {
                Reason::Content
            } else {
                Reason::LowScore
            })
        })
        .collect();
    let mut evidence = vec![None; lines.len()];
    crate::sections::sandwiched_subheadings(
        &lines,
        &mut reasons,
        &mut evidence,
        &StripConfig::default(),
    );
    assert!(
        reasons[3..8]
            .iter()
            .all(|r| *r != Some(Reason::ShortBetweenContent)),
        "{reasons:?}"
    );
}

#[test]
fn a_news_agencys_name_beside_the_stamp_signs_a_wire_story() {
    let page = "أسعار النفط تتراجع مع زيادة المخزونات الأمريكية | موقع الأخبار\nالرئيسية\nاقتصاد\n\
                أسعار النفط تتراجع مع زيادة المخزونات الأمريكية\n\
                رويترز\n\
                الثلاثاء 8 ديسمبر 2026 - 10:15 ص\n\
                تراجعت أسعار النفط اليوم الثلاثاء بعد أن أظهرت بيانات زيادة غير متوقعة في مخزونات الخام الأمريكية الأسبوع الماضي.\n\
                وانخفضت العقود الآجلة لخام برنت بنسبة واحد في المئة، فيما تراجع الخام الأمريكي بنسبة مماثلة في التعاملات المبكرة.\n\
                ويترقب المستثمرون اجتماع تحالف أوبك بلس الأسبوع المقبل لمعرفة خططه للإنتاج في الربع الأول.\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    assert_eq!(s.meta.authors, ["رويترز"]);
    assert_eq!(s.lines[4].reason, Reason::Byline);
    // A picture's credit between the paragraphs, far from the stamp, signs nothing.
    let credited = page
        .replace("رويترز\n", "")
        .replace("وانخفضت", "ناقلة نفط في ميناء رأس تنورة\nرويترز\nوانخفضت");
    let s = strip_with_model(
        &credited,
        &StripConfig::default(),
        None,
        LineModel::bundled(),
    );
    assert!(s.meta.authors.is_empty(), "{:?}", s.meta.authors);
}

#[test]
fn sections_numbered_with_urdus_full_stop_are_kept_from_the_first_one_the_model_kept() {
    let page = "سردیوں میں صحت مند رہنے کے پانچ آسان طریقے | صحت نامہ\n\
                ہوم\n\
                صحت\n\
                سردیوں میں صحت مند رہنے کے پانچ آسان طریقے\n\
                ویب ڈیسک\n\
                07 دسمبر 2026\n\
                سردیوں کے موسم میں نزلہ، زکام اور کھانسی عام ہو جاتے ہیں، لیکن چند آسان عادات اپنا کر ان سے بچا جا سکتا ہے۔\n\
                1۔ پانی کا زیادہ استعمال\n\
                سردیوں میں پیاس کم لگتی ہے مگر جسم کو پانی کی اتنی ہی ضرورت ہوتی ہے، اس لیے دن بھر میں کم از کم آٹھ گلاس پانی پئیں۔\n\
                2۔ متوازن غذا\n\
                موسمی پھل اور سبزیاں خاص طور پر مالٹے، گاجر اور پالک قوت مدافعت بڑھاتے ہیں۔\n\
                3۔ ورزش کو معمول بنائیں\n\
                روزانہ تیس منٹ کی چہل قدمی جسم کو گرم رکھتی ہے اور خون کی گردش بہتر بناتی ہے۔\n\
                4۔ نیند پوری کریں\n\
                رات کو سات سے آٹھ گھنٹے کی نیند جسم کو بیماریوں سے لڑنے کے قابل بناتی ہے۔\n\
                5۔ ہاتھ دھونے کی عادت\n\
                کھانے سے پہلے اور باہر سے آنے کے بعد ہاتھ دھونا جراثیم سے بچاؤ کا سب سے آسان طریقہ ہے۔\n\
                نوٹ: یہ مضمون صرف معلومات کے لیے ہے، کسی بھی مسئلے کی صورت میں اپنے معالج سے رجوع کریں۔\n\
                متعلقہ خبریں\n\
                موسم سرما میں جلد کی حفاظت کیسے کریں؟\n";
    let s = strip_with_model(page, &StripConfig::default(), None, LineModel::bundled());
    let kept: Vec<usize> = (0..s.lines.len()).filter(|&i| s.lines[i].keep).collect();
    // The headline, the lead, every section's heading and text, and the note under them.
    assert_eq!(
        kept,
        [3].into_iter().chain(6..=17).collect::<Vec<_>>(),
        "{:?}",
        s.lines
    );
    assert_eq!(
        crate::related::section_number("1۔ پانی کا زیادہ استعمال").map(|(n, _)| n),
        Some(1)
    );
}
