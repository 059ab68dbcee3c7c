//! Word lists of boilerplate, matched on folded text (see `crate::fold`): alef forms, teh marbuta and
//! alef maksura folded, marks removed, Latin lowercased.

use std::collections::HashSet;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use foldhash::fast::FixedState;

use crate::fold::{fold, is_alnum};

/// Whole-line UI strings: menus, buttons, labels (one a line, with `#` comments).
const UI: &str = include_str!("../data/ui-strings.txt");

/// Headings of a table of contents.
const CONTENTS_HEADINGS: &[&str] = &[
    "محتويات المقال",
    "محتويات",
    "المحتويات",
    "فهرس المحتويات",
    "فهرس المقال",
    "جدول المحتويات",
    "فهرست مطالب",
    "فهرست",
    "فہرست",
    "مشمولات",
    "table of contents",
    "contents",
];

/// A poll's buttons, under its question and its options.
const POLL_BUTTONS: &[&str] = &[
    "تصويت",
    "صوت",
    "صوت الآن",
    "عرض النتائج",
    "النتائج",
    "رای دهید",
    "ثبت رای",
    "مشاهده نتایج",
    "ووٹ دیں",
    "نتائج دیکھیں",
    "vote",
    "vote now",
    "view results",
    "results",
];

/// Words that make a short line a prompt.
const PROMPTS: &str = include_str!("../data/prompts.txt");

/// A site's channel on a messaging app, which a prompt asks the reader to follow or join ("واٹس ایپ
/// چینل فالو کریں", "به کانال تلگرام ما بپیوندید").
const CHANNELS: &[&str] = &[
    "قناة واتساب",
    "قناتنا على واتساب",
    "قناة تلغرام",
    "قناة تيليجرام",
    "قناتنا على تلغرام",
    "قناتنا على تيليجرام",
    "کانال تلگرام",
    "کانال واتساپ",
    "کانال بله",
    "کانال ایتا",
    "واٹس ایپ چینل",
    "ٹیلی گرام چینل",
    "whatsapp channel",
    "telegram channel",
];

/// App stores a prompt sends the reader to.
const APP_STORES: &[&str] = &[
    "جوجل بلاي",
    "غوغل بلاي",
    "آب ستور",
    "اب ستور",
    "گوگل پلی",
    "کافه بازار",
    "مایکت",
    "گوگل پلے",
    "ایپ اسٹور",
    "google play",
    "app store",
];

/// Words of copyright lines and institutional disclaimers.
const COPYRIGHT: &str = include_str!("../data/copyright.txt");

/// The rules a site sets for its readers, by kind: its privacy policy, its terms, its guidelines for
/// discussion, the readers' comments themselves, and its cookies. A paragraph that speaks of three kinds
/// or more is the site's policy or its cookie notice, however long it runs (an article on a privacy law
/// names one or two).
const SITE_RULES: [&[&str]; 5] = [
    &[
        "سياسة الخصوصية",
        "سياسه خصوصيه",
        "حریم خصوصی",
        "رازداری کی پالیسی",
        "privacy policy",
        "privacy statement",
    ],
    &[
        "شروط الاستخدام",
        "شروط استخدام",
        "شروط الخدمة",
        "شرائط و ضوابط",
        "شرایط استفاده",
        "قوانین سایت",
        "قوانین و مقررات",
        "terms of use",
        "terms of service",
        "terms and conditions",
    ],
    &[
        "إرشادات الاستخدام",
        "إرشادات المجتمع",
        "معايير المجتمع",
        "آداب الحوار",
        "سياسة التعليقات",
        "قواعد النشر",
        "community guidelines",
        "community standards",
        "comment policy",
        "house rules",
    ],
    &[
        "التعليقات",
        "تعليقاتكم",
        "تعليقك",
        "نظرات",
        "دیدگاه",
        "تبصرے",
        "تبصرہ",
        "comments",
        "comment",
    ],
    &[
        "ملفات تعريف الارتباط",
        "الكوكيز",
        "کوکی",
        "کوکیز",
        "cookies",
        "cookie",
    ],
];

/// Kinds of [`SITE_RULES`] a paragraph must speak of to be the site's policy.
const MIN_SITE_RULE_KINDS: usize = 3;

/// A word of every phrase of three kinds of [`SITE_RULES`], the privacy policy, the terms and the
/// cookies: any three kinds of the five hold one of them at least (a test checks both).
const SITE_RULE_ANCHORS: [&str; 11] = [
    "خصوص",
    "شروط",
    "شرائط",
    "شرایط",
    "قوانین",
    "پالیسی",
    "privacy",
    "terms",
    "الارتباط",
    "کوکی",
    "cookie",
];

/// The names of a web cookie.
const COOKIES: &[&str] = &[
    "ملفات تعريف الارتباط",
    "ملف تعريف الارتباط",
    "الكوكيز",
    "كوكيز",
    "کوکی",
    "کوکی‌ها",
    "کوکیز",
    "cookie",
    "cookies",
];

/// Words of the web that a cookie notice names beside its cookies: the site, the browser, the visit,
/// the ads, the settings (a chocolate-chip cookie names none).
const WEB_WORDS: &[&str] = &[
    "الموقع",
    "موقع",
    "المتصفح",
    "متصفح",
    "تصفح",
    "تصفحك",
    "الإعلانات",
    "إعلانات",
    "الإعدادات",
    "إعدادات",
    "سایت",
    "وب‌سایت",
    "مرورگر",
    "تبلیغات",
    "تنظیمات",
    "ویب سائٹ",
    "سائٹ",
    "براؤزر",
    "اشتہارات",
    "ترتیبات",
    "website",
    "websites",
    "site",
    "sites",
    "browser",
    "browsers",
    "browsing",
    "device",
    "devices",
    "visit",
    "visits",
    "online",
    "advertising",
    "ads",
    "traffic",
    "settings",
    "consent",
    "tracking",
];

/// Words in which a site speaks of itself ("we use cookies", "نستخدم", "سایت ما", "ہماری ویب سائٹ").
const SITE_VOICE: &[&str] = &[
    "نستخدم",
    "نحن",
    "موقعنا",
    "لدينا",
    "استخدامنا",
    "سایت ما",
    "ما از",
    "می‌کنیم",
    "ہم",
    "ہماری",
    "ہمارے",
    "we",
    "our",
];

/// Headings of related-article blocks.
const RELATED: &str = include_str!("../data/related-headings.txt");

/// "Read also" pointers: headings of the one or two links a page sets between its article's paragraphs.
/// Each is also a heading of [`RELATED`].
const READ_ALSO: &[&str] = &[
    "اقرأ أيضا",
    "اقرأ ايضا",
    "إقرأ أيضا",
    "اقرأ كذلك",
    "شاهد أيضا",
    "طالع أيضا",
    "ذات صلة",
    "مطالب مرتبط",
    "مطلب مرتبط",
    "یہ بھی دیکھیں",
    "بیشتر بخوانید",
    "بخوانید",
    "یہ بھی پڑھیں",
    "یہ بھی پڑھیے",
    "مزید پڑھیں",
    "همچنین بخوانید",
    "read also",
    "also read",
];

/// Pointers to a video ("watch also"), phrases of two words or more (a verb alone opens sentences too:
/// "شاهد عيان ...", "ببینید، ..."): a pointer only with its link on the line, as alone they are a
/// player's button ("شاهد الفيديو").
const WATCH_ALSO: &[&str] = &[
    "شاهد الفيديو",
    "همچنین ببینید",
    "ویدیو را ببینید",
    "ویڈیو دیکھیں",
    "یہ ویڈیو بھی دیکھیں",
    "watch also",
];

/// One-word pointers to a video ("ببینید", see; "شاهد", watch): a pointer only with a colon glued after
/// them and the link after it ("ببینید: ویدیوی لحظه انفجار"), as the verb opens sentences ("ببینید، ...").
const WATCH_WITH_COLON: &[&str] = &["ببینید", "شاهد", "دیکھیں"];

/// Labels of a breaking-news ticker's items ("عاجل| headline", "Breaking: headline").
const BREAKING: &[&str] = &[
    "عاجل",
    "خبر عاجل",
    "أخبار عاجلة",
    "اخبار عاجلة",
    "فوري",
    "فوری",
    "خبر فوری",
    "اخبار فوری",
    "بریکنگ نیوز",
    "breaking",
    "breaking news",
];

/// The key is a breaking-news label in Arabic script alone on its line ([`BREAKING`]): a ticker's label,
/// no writer. (Latin-script pages set theirs beside the share bar and the menus the line model reads.)
pub(crate) fn is_breaking_label(key: &str) -> bool {
    breaking().contains(key) && !key.is_ascii()
}

/// Openings of a skip link in Arabic script, the accessibility links that open a page ("پرش به منوی
/// اصلی", skip to the main menu; Latin-script pages' skip links are left to the line model).
const SKIP_OPENINGS: &[&str] = &[
    "پرش به",
    "تخطى إلى",
    "تخطي إلى",
    "انتقل إلى",
    "الانتقال إلى",
    "اذهب إلى",
];

/// The Urdu skip link's verb, which ends it ("مین مینو پر جائیں").
const SKIP_CLOSINGS: &[&str] = &["پر جائیں", "پر جائے"];

/// The parts of a page a skip link leads to, as its words after the verb open ("القائمة الرئيسية",
/// the main menu: a list alone, "القائمة", is a headline's word too).
const PAGE_PARTS: &[&str] = &[
    "محتوا",
    "منو",
    "منوی",
    "گزارش",
    "جستجو",
    "صفحات",
    "دیگر",
    "المحتوى",
    "القائمة الرئيسية",
    "التنقل",
    "البحث",
    "التقرير",
    "المقال",
    "مواد",
    "مینو",
    "مین",
    "تلاش",
];

/// A skip link holds at most this many words.
pub(crate) const MAX_SKIP_LINK_WORDS: usize = 7;

/// The key is a skip link ("1. پرش به منوی اصلی", "مین مینو پر جائیں"): a few words, after a list's
/// number, that lead to a part of the page.
pub(crate) fn is_skip_link(key: &str) -> bool {
    let key = key.trim_start_matches(|c: char| c.is_numeric() || matches!(c, '.' | ')' | ' '));
    if key.split(' ').nth(MAX_SKIP_LINK_WORDS).is_some() {
        return false;
    }
    let leads_to_part = |target: &str| {
        page_parts().iter().any(|p| {
            target
                .strip_prefix(p.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
    };
    skip_openings().iter().any(|o| {
        key.strip_prefix(o.as_str())
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(leads_to_part)
    }) || skip_closings().iter().any(|c| {
        key.strip_suffix(c.as_str())
            .and_then(|rest| rest.strip_suffix(' '))
            .is_some_and(|rest| rest.split(' ').any(|w| page_parts().contains(w)))
    })
}

/// Words that close a block inside an article, as pages write them for screen readers after a list
/// of links ("نهاية", "End of list").
const BLOCK_ENDS: &[&str] = &["نهاية", "پایان", "ختم", "end of"];

/// Headings of a page's reader comments (a count may stand before or after them: "التعليقات (2)").
const COMMENTS: &[&str] = &[
    "تعليقات",
    "التعليقات",
    "تعليقات الزوار",
    "تعليقات القراء",
    "تعليقات الفيسبوك",
    "آراء القراء",
    "الردود",
    "نظرات",
    "نظر",
    "نظرات کاربران",
    "نظرات خوانندگان",
    "دیدگاه",
    "دیدگاه‌ها",
    "دیدگاه ها",
    "تبصرے",
    "تبصرہ",
    "قارئین کی رائے",
    "comments",
    "reader comments",
    "kommentare",
    "commentaires",
    "comentarios",
];

/// Labels of an article's reading time ("زمن القراءة: 3 دقائق", "5 min read").
const READING_TIME: &[&str] = &[
    "زمن القراءة",
    "وقت القراءة",
    "مدة القراءة",
    "دقيقة قراءة",
    "دقائق قراءة",
    "دقائق للقراءة",
    "دقيقة للقراءة",
    "دقيقتين للقراءة",
    "دقيقتان للقراءة",
    "زمان مطالعه",
    "مدت زمان مطالعه",
    "زمان تقریبی مطالعه",
    "دقیقه مطالعه",
    "پڑھنے کا وقت",
    "منٹ میں پڑھیں",
    "min read",
    "mins read",
    "minute read",
    "minutes read",
    "reading time",
    "read time",
    "lesedauer",
    "lesezeit",
    "temps de lecture",
    "tiempo de lectura",
    "min de lectura",
    "leestijd",
    "tempo di lettura",
];

/// Labels of an article's number on its site ("کد خبر: ۶۳۰۵۸۷۲", "رقم الخبر: 1234").
const NEWS_CODES: &[&str] = &[
    "کد خبر",
    "کدخبر",
    "کد مطلب",
    "شناسه خبر",
    "شماره خبر",
    "رقم الخبر",
    "رقم المقال",
    "رقم الخبر الصحفي",
    "خبر نمبر",
    "news id",
    "article id",
    "story id",
];

/// The roles a newspaper's imprint names, in its header or footer ("رئيس التحرير: Name", "مدیر مسئول:
/// Name", "Editor-in-Chief: Name"): the publication's staff, not the article's writer. Matched folded,
/// so one spelling serves the Arabic and the Persian letters.
const IMPRINT_ROLES: &[&str] = &[
    "رئيس التحرير",
    "رئيس مجلس الإدارة",
    "نائب رئيس التحرير",
    "مدير التحرير",
    "المدير العام",
    "المدير المسؤول",
    "الإشراف العام",
    "المشرف العام",
    "مدیر مسئول",
    "سردبیر",
    "صاحب امتیاز",
    "صاحب‌امتیاز",
    "چیف ایڈیٹر",
    "ایڈیٹر انچیف",
    "ایڈیٹرانچیف",
    // The founder, named at the head of the imprint.
    "المؤسس",
    "مؤسس",
    "بنیانگذار",
    "بانی",
    "editor-in-chief",
    "editor in chief",
    "managing editor",
];

/// Headings of the writer's box after an article.
const AUTHOR_BOX: &[&str] = &[
    "عن الكاتب",
    "عن الكاتبة",
    "نبذة عن الكاتب",
    "نبذة عن الكاتبة",
    "عن المؤلف",
    "درباره نویسنده",
    "درباره نگارنده",
    "مصنف کے بارے میں",
    "مصنف کا تعارف",
    "about the author",
    "about the writer",
    "about the authors",
    "über den autor",
    "über die autorin",
    "à propos de l'auteur",
    "sobre el autor",
    "sobre la autora",
];

/// Labels of a page's tag list, on the tags' line ("وسوم: يونيسف، التعليم") or alone above them, and
/// of its category ("التصنيف: قضاء الفوائت", "Filed under: Politics").
const TAG_LABELS: &[&str] = &[
    "التصنيف",
    "تصنيف",
    "التصنيفات",
    "القسم",
    "دسته‌بندی",
    "دسته بندی",
    "زمرہ",
    "زمرے",
    "category",
    "categories",
    "filed under",
    "kategorie",
    "catégorie",
    "categoría",
    "categoria",
    "وسوم",
    "الوسوم",
    "كلمات مفتاحية",
    "الكلمات المفتاحية",
    "كلمات دلالية",
    "الكلمات الدلالية",
    "الكلمات المتعلقة",
    "الكلمات الدالة",
    "كلمات دالة",
    "العلامات",
    "مواضيع",
    "برچسب ها",
    "برچسب‌ها",
    "کلیدواژه",
    "کلیدواژه‌ها",
    "ٹیگز",
    "tags",
    "topics",
    // A section's label over a Persian agency's story ("سرویس: سیاسی", "گروه: اقتصادی").
    "سرویس",
    "گروه",
    // A breadcrumb's ("أنت هنا: الرئيسية / أخبار").
    "أنت هنا",
    "شما اینجا هستید",
    "you are here",
];

/// Bytes enough for the longest tag label before folding, with room for marks (Arabic letters take two
/// bytes each).
const LONGEST_TAG_LABEL_BYTES: usize = 64;

/// Headings of a list of references or sources under an article (a health or encyclopaedia page); the
/// list itself is citations, not the article's text.
const REFERENCES: &[&str] = &[
    "المراجع",
    "مراجع",
    "المصادر",
    "مصادر",
    "المصادر والمراجع",
    "منابع",
    "منبع",
    "منابع و مآخذ",
    "حوالہ جات",
    "حوالے",
    "references",
    "sources",
    "bibliography",
    "einzelnachweise",
    "quellen",
    "références",
    "sources et références",
    "referencias",
    "fuentes",
    "bibliografía",
    "riferimenti",
    "fonti",
    "referências",
    "fontes",
];

/// Labels a page sets over an ad, also between the article's paragraphs.
const AD_LABELS: &str = include_str!("../data/ad-labels.txt");

/// "Read more" links that follow a teaser.
const READ_MORE: &[&str] = &[
    "تعرف على المزيد",
    "اقرأ المزيد",
    "قراءة المزيد",
    "تابع القراءة",
    "أكمل القراءة",
    "المزيد",
    "learn more",
    "read more",
    "continue reading",
];

/// Words of an engagement counter beside its number ("0 تعليق", "التعليقات (3)", "1520 مشاهدة", "۲۳ بازدید").
const COUNTER_WORDS: &[&str] = &[
    "تعليق",
    "تعليقات",
    "التعليقات",
    "مشاهدة",
    "مشاهدات",
    "المشاهدات",
    "قراءة",
    "قراءات",
    "القراءات",
    "زيارة",
    "زيارات",
    "بازدید",
    "نظر",
    // A Persian comment box's moderation counts ("انتشار یافته: ۳", "در انتظار بررسی: ۰", "غیر قابل
    // انتشار: ۰").
    "انتشار",
    "بررسی",
    "دیدگاه",
    "تبصرے",
    "تبصرہ",
    "ویوز",
    "مناظر",
    "views",
    "view",
    "comments",
    "comment",
    "shares",
    "reads",
    "likes",
];

/// Words a counter's label may add ("عدد المشاهدات: 1520", "در انتظار بررسی: ۰").
const COUNTER_LABELS: &[&str] = &["عدد", "تعداد", "یافته", "در", "انتظار", "غیر", "قابل"];

/// Headings of a recipe's list of ingredients: the list under one is the article's, however much its
/// short lines look like a menu's.
const INGREDIENT_HEADINGS: &[&str] = &[
    "المكونات",
    "مكونات",
    "المقادير",
    "مقادير",
    "مواد لازم",
    "مواد لازم برای تهیه",
    "اجزاء",
    "اجزا",
    "ingredients",
    "zutaten",
    "ingrédients",
    "ingredientes",
    "ingredienti",
    "ingrediënten",
    "składniki",
    "ingredienser",
    "malzemeler",
];

/// Headings of a recipe's method, which follows its ingredients.
const METHOD_HEADINGS: &[&str] = &[
    "طريقة التحضير",
    "طريقة العمل",
    "طريقة الطهي",
    "الطريقة",
    "طرز تهیه",
    "دستور پخت",
    "ترکیب",
    "طریقہ",
    "instructions",
    "method",
    "directions",
    "preparation",
    "zubereitung",
    "préparation",
    "preparación",
    "preparazione",
    "bereiding",
    "przygotowanie",
    "yapılışı",
];

/// Marks of image captions and credits.
const CAPTION: &str = include_str!("../data/captions.txt");

/// Labels a page sets before an image's source or caption, on the caption's line or alone on the line
/// before it.
const CAPTION_LABELS: &[&str] = &[
    "مصدر الصورة",
    "صدر الصورة",
    "صدر الفيديو",
    "التعليق على الصورة",
    "منبع تصویر",
    "منبع عکس",
    "توضیح تصویر",
    "تصویر کا ذریعہ",
    "تصویر کا کیپشن",
    "ویڈیو کیپشن",
    "ویڈیو کا کیپشن",
    "توضیح ویدیو",
    "التعليق على الفيديو",
    "image source",
    "image caption",
    "video caption",
];

fn fold_all(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| fold(s)).collect()
}

/// The entries of a bundled word list: one a line, blank lines and `#` comments aside.
pub(crate) fn list_lines(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// An automaton over a folded list, built once: a full DFA, which reads a byte in one step (the lists
/// are small), and no prefilter (their Arabic phrases open with the lead bytes of every Arabic letter
/// and "ال", so that a prefilter would stop at most words of a line).
macro_rules! automaton {
    ($name:ident, $list:expr) => {
        fn $name() -> &'static AhoCorasick {
            static CELL: OnceLock<AhoCorasick> = OnceLock::new();
            CELL.get_or_init(|| {
                AhoCorasick::builder()
                    .kind(Some(AhoCorasickKind::DFA))
                    .prefilter(false)
                    .build(fold_all($list))
                    .expect("word lists compile")
            })
        }
    };
}

/// A folded word list: its words in their order, and a hash set of them that answers
/// [`WordList::contains`] in one probe (a list is looked up once or more for every line of a page), a
/// text longer than its longest word answered without hashing it (most lines of a page are).
pub(crate) struct WordList {
    words: Vec<String>,
    set: HashSet<String, FixedState>,
    longest: usize,
}

impl WordList {
    /// The list of `words`, as given.
    pub(crate) fn new(words: Vec<String>) -> WordList {
        let set = words.iter().cloned().collect();
        let longest = words.iter().map(String::len).max().unwrap_or(0);
        WordList {
            words,
            set,
            longest,
        }
    }

    /// `word` is one of the list's words.
    pub(crate) fn contains(&self, word: &str) -> bool {
        word.len() <= self.longest && self.set.contains(word)
    }
}

impl std::ops::Deref for WordList {
    type Target = [String];

    fn deref(&self) -> &[String] {
        &self.words
    }
}

/// A folded list, built once.
macro_rules! folded_list {
    ($name:ident, $list:expr) => {
        fn $name() -> &'static WordList {
            static CELL: OnceLock<WordList> = OnceLock::new();
            CELL.get_or_init(|| WordList::new(fold_all($list)))
        }
    };
}

/// Words that open the name of an outlet or of a body, not of a person: an agency, a paper, a channel,
/// a site ("خبرگزاری تسنیم": تسنیم is a given name too).
const OUTLET_KINDS: &[&str] = &[
    "وكالة",
    "جريدة",
    "صحيفة",
    "مجلة",
    "قناة",
    "شبكة",
    "موقع",
    "بوابة",
    "إذاعة",
    "تلفزيون",
    "مؤسسة",
    "خبرگزاری",
    "روزنامه",
    "هفته‌نامه",
    "ماهنامه",
    "مجله",
    "شبکه",
    "پایگاه",
    "سایت",
    "رادیو",
    "تلویزیون",
    "باشگاه",
    "روزنامہ",
    "ماہنامہ",
    "ادارہ",
    "چینل",
];

folded_list!(outlet_kinds, OUTLET_KINDS);

/// Words that open the name of a public body, a company or an institution, not of a person ("دائرة
/// الإحصاءات العامة", "وزارت بهداشت", "محکمہ موسمیات").
const BODY_KINDS: &[&str] = &[
    "وزارة",
    "هيئة",
    "دائرة",
    "مديرية",
    "إدارة",
    "شركة",
    "جمعية",
    "منظمة",
    "مجلس",
    "لجنة",
    "جامعة",
    "مركز",
    "بنك",
    "صندوق",
    "اتحاد",
    "نقابة",
    "مكتب",
    "محكمة",
    "سفارة",
    "بلدية",
    "وزارت",
    "سازمان",
    "اداره",
    "شرکت",
    "دانشگاه",
    "مرکز",
    "بانک",
    "انجمن",
    "شورای",
    "کمیته",
    "ستاد",
    "محکمہ",
    "کمپنی",
    "تنظیم",
    "بینک",
    "کمیٹی",
    "یونیورسٹی",
];

folded_list!(body_kinds, BODY_KINDS);

/// The name opens with a word of an outlet's or another body's name ([`OUTLET_KINDS`], [`BODY_KINDS`]),
/// not a person's.
pub(crate) fn opens_with_outlet_kind(name: &str) -> bool {
    let first = fold(name.split_whitespace().next().unwrap_or(""));
    outlet_kinds().contains(&first) || body_kinds().contains(&first)
}

/// Words that make a phrase a news outlet's name wherever they stand in it ("سكاي نيوز عربية", "بی بی سی
/// اردو", "الجزيرة نت", "رويترز"): the outlets' kinds ([`OUTLET_KINDS`]), "news" in the region's scripts, a
/// service's language, and the wire agencies the region's datelines credit.
const NEWS_SOURCE_WORDS: &[&str] = &[
    "نيوز",
    "نیوز",
    "نت",
    "عربية",
    "عربي",
    "اردو",
    "فارسی",
    "الإخبارية",
    "الاخبارية",
    "أخبار",
    "اخبار",
    "خبر",
    "news",
    "رويترز",
    "روئٹرز",
    "رویترز",
    "برس",
    "پریس",
    "وام",
    "واس",
    "قنا",
    "بنا",
    "كونا",
    "سانا",
    "بترا",
    "سونا",
    "ايرنا",
    "ایرنا",
    "ایسنا",
    "وكالات",
];

folded_list!(news_source_words, NEWS_SOURCE_WORDS);

/// `phrase` holds a word of a news outlet's name ([`NEWS_SOURCE_WORDS`], [`OUTLET_KINDS`]).
pub(crate) fn names_news_source(phrase: &str) -> bool {
    phrase.split_whitespace().any(|w| {
        let w = fold(w);
        news_source_words().contains(&w) || outlet_kinds().contains(&w)
    })
}

/// A masthead's labels over the names of the site's staff, alone on their line: the editor in chief
/// under them is no article's writer.
const MASTHEAD_LABELS: &[&str] = &[
    "رئيس التحرير",
    "رئيس مجلس الإدارة",
    "الإشراف العام",
    "المشرف العام",
    "المدير العام",
    "رئيس التحرير التنفيذي",
    "نائب رئيس التحرير",
    "مدير التحرير",
    "سردبیر",
    "مدیرمسئول",
    "مدیر مسئول",
    "صاحب امتیاز",
    "ایڈیٹر انچیف",
    "editor-in-chief",
    "editor in chief",
];

folded_list!(masthead_labels, MASTHEAD_LABELS);

/// The key is only a masthead's label ([`MASTHEAD_LABELS`]).
pub(crate) fn is_masthead_label(key: &str) -> bool {
    masthead_labels().contains(key)
}

/// The folded line is a masthead's label and a person's name with no colon between ("رئيس التحرير
/// محمد الغيطي"): a name of two to four words, in a script without case, that opens with a common given
/// name (after its honorific), and nothing more ("رئيس التحرير يكتب عن ..." is no credit).
pub(crate) fn is_masthead_credit(folded_line: &str) -> bool {
    masthead_labels().iter().any(|label| {
        folded_line
            .strip_prefix(label.as_str())
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|name| {
                let bare = crate::byline::without_honorific(name);
                (2..=4).contains(&bare.split_whitespace().count())
                    && crate::model::name_shape(bare) == Some(crate::model::NameShape::Uncased)
                    && crate::byline::opens_with_given_name(bare)
            })
    })
}

/// The key opens with the first word of a masthead's label ("رئيس حزب ..." as "رئيس التحرير" does).
pub(crate) fn opens_as_masthead_label(key: &str) -> bool {
    let first = key.split(' ').next().unwrap_or("");
    masthead_labels()
        .iter()
        .any(|l| l.split(' ').next() == Some(first))
}

/// A folded word list indexed by its entries' first and last chars: the entries a line may open or
/// end with are found without trying the others.
struct Indexed {
    /// The entries, sorted: those that open with one char stand together...
    sorted: Vec<String>,
    /// ...in this range of `sorted`, by that char.
    by_first: crate::FastMap<char, std::ops::Range<usize>>,
    by_last: crate::FastMap<char, Vec<String>>,
}

impl Indexed {
    fn new(mut list: Vec<String>) -> Self {
        list.sort();
        let mut by_first: crate::FastMap<char, std::ops::Range<usize>> = Default::default();
        let mut by_last: crate::FastMap<char, Vec<String>> = crate::FastMap::default();
        for (i, entry) in list.iter().enumerate() {
            if let Some(first) = entry.chars().next() {
                by_first.entry(first).or_insert(i..i).end = i + 1;
            }
            if let Some(last) = entry.chars().next_back() {
                by_last.entry(last).or_default().push(entry.clone());
            }
        }
        Indexed {
            sorted: list,
            by_first,
            by_last,
        }
    }

    /// The entries that open with the first char of `text` (every entry `text` may open with).
    fn opening(&self, text: &str) -> &[String] {
        text.chars()
            .next()
            .and_then(|first| self.by_first.get(&first))
            .map_or(&[], |range| &self.sorted[range.clone()])
    }

    /// The entries that end with the last char of `text` (every entry `text` may end with).
    fn closing(&self, text: &str) -> &[String] {
        text.chars()
            .next_back()
            .and_then(|last| self.by_last.get(&last))
            .map_or(&[], Vec::as_slice)
    }
}

/// A word list folded and indexed ([`Indexed`]), built once.
macro_rules! indexed_list {
    ($name:ident, $list:expr) => {
        fn $name() -> &'static Indexed {
            static CELL: OnceLock<Indexed> = OnceLock::new();
            CELL.get_or_init(|| Indexed::new(fold_all($list)))
        }
    };
}

/// The folded words of a list as SIMD substring finders, built once: most lines hold none of them, and
/// finders skip such lines faster than an automaton reads them.
macro_rules! finders {
    ($name:ident, $list:expr) => {
        fn $name() -> &'static [memchr::memmem::Finder<'static>] {
            static CELL: OnceLock<Vec<memchr::memmem::Finder<'static>>> = OnceLock::new();
            CELL.get_or_init(|| {
                fold_all(&$list)
                    .iter()
                    .map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
                    .collect()
            })
        }
    };
}

/// `text` holds one of `finders`' words.
fn holds_any(finders: &[memchr::memmem::Finder<'static>], text: &str) -> bool {
    finders.iter().any(|f| f.find(text.as_bytes()).is_some())
}

/// One automaton over several folded lists, and the list each of its patterns comes from (a full DFA
/// without a prefilter, as [`automaton!`]'s).
fn kinds_automaton(lists: &[&[&str]]) -> (AhoCorasick, Vec<usize>) {
    let kind_of = lists
        .iter()
        .enumerate()
        .flat_map(|(kind, list)| list.iter().map(move |_| kind))
        .collect();
    let automaton = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .prefilter(false)
        .build(lists.iter().flat_map(|list| fold_all(list)))
        .expect("word lists compile");
    (automaton, kind_of)
}

automaton!(app_stores, APP_STORES);
indexed_list!(related, &list_lines(RELATED));
folded_list!(read_also, READ_ALSO);
folded_list!(block_ends, BLOCK_ENDS);
folded_list!(breaking, BREAKING);
folded_list!(skip_openings, SKIP_OPENINGS);
folded_list!(skip_closings, SKIP_CLOSINGS);
folded_list!(page_parts, PAGE_PARTS);
folded_list!(comments, COMMENTS);
folded_list!(author_box, AUTHOR_BOX);
folded_list!(news_codes, NEWS_CODES);
folded_list!(imprint_roles, IMPRINT_ROLES);
automaton!(reading_time, READING_TIME);
folded_list!(ad_labels, &list_lines(AD_LABELS));
folded_list!(references, REFERENCES);
folded_list!(tag_labels, TAG_LABELS);
folded_list!(read_more, READ_MORE);
folded_list!(watch_also, WATCH_ALSO);
folded_list!(watch_with_colon, WATCH_WITH_COLON);
folded_list!(contents_headings, CONTENTS_HEADINGS);
indexed_list!(caption, &list_lines(CAPTION));
folded_list!(ingredient_headings, INGREDIENT_HEADINGS);
folded_list!(counter_words, COUNTER_WORDS);
folded_list!(counter_labels, COUNTER_LABELS);
folded_list!(method_headings, METHOD_HEADINGS);
folded_list!(caption_labels, CAPTION_LABELS);

folded_list!(ui, &list_lines(UI));

/// `key` (a line without edge punctuation) is a UI string.
pub(crate) fn is_ui(key: &str) -> bool {
    ui().contains(key)
}

/// `key` is two UI strings or prompts or more ([`UI`], [`PROMPTS`]) one after the other, apart or glued, with nothing between
/// them but spaces and punctuation: a row of share buttons or menu items ("فيسبوك تويتر واتساب",
/// "تلگرامواتساپکپی لینک" as an extractor glues the links of one block).
pub(crate) fn is_ui_row(key: &str) -> bool {
    if key.len() > MAX_UI_ROW_BYTES {
        return false;
    }
    let bytes = key.as_bytes();
    let (mut at, mut pieces) = (0, 0);
    while at < key.len() {
        let input = aho_corasick::Input::new(bytes)
            .range(at..)
            .anchored(aho_corasick::Anchored::Yes);
        match ui_row_pieces().find(input) {
            Some(m) => {
                pieces += 1;
                at = m.end();
            }
            None => return false,
        }
        // What follows a piece is a space or punctuation up to the next, or the line's end.
        let rest = &key[at..];
        at += rest.len()
            - rest
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
    }
    pieces >= 2
}

/// A row of UI strings is at most this long (a dozen buttons' names).
const MAX_UI_ROW_BYTES: usize = 160;

/// The UI strings and prompts as an anchored automaton that finds the longest one at a given position:
/// a contiguous NFA, which an anchored search walks as fast as a DFA and which builds in a third of the
/// time (a one-page `tanqih strip` spent a fifth of its instructions building the DFA).
fn ui_row_pieces() -> &'static AhoCorasick {
    static CELL: OnceLock<AhoCorasick> = OnceLock::new();
    CELL.get_or_init(|| {
        AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .start_kind(aho_corasick::StartKind::Anchored)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(
                fold_all(&list_lines(UI))
                    .into_iter()
                    .chain(fold_all(&list_lines(PROMPTS))),
            )
            .expect("word lists compile")
    })
}

/// `key` (a line without edge punctuation) is the heading of a table of contents ("محتويات المقال",
/// "فهرست مطالب", "Table of contents").
pub(crate) fn is_contents_heading(key: &str) -> bool {
    contents_headings().contains(key)
}

/// `key` (a line without edge punctuation) is a poll's button ("تصويت", "عرض النتائج", "View results").
pub(crate) fn is_poll_button(key: &str) -> bool {
    static CELL: OnceLock<HashSet<String, FixedState>> = OnceLock::new();
    CELL.get_or_init(|| fold_all(POLL_BUTTONS).into_iter().collect())
        .contains(key)
}

/// The line holds a prompt word (at word boundaries).
pub(crate) fn has_prompt(key: &str) -> bool {
    prompt_phrases(key).next().is_some()
}

/// The line calls on the reader twice over, as a sentence-long prompt does ("اشترك في نشرتنا لتصلك
/// الأخبار إلى بريدك الإلكتروني", "حمّل تطبيق الموقع على جوجل بلاي وآب ستور"): two different prompt
/// phrases, or one and an app store's name, the first opening a sentence among the line's first
/// [`MAX_PROMPT_LEAD_WORDS`] words ("هل أعجبك هذا المقال؟ اشترك ..."); a call in the middle of a
/// sentence is the article's words, or a prompt an extractor glued into them.
pub(crate) fn is_prompt_sentence(key: &str) -> bool {
    // The first phrase opens within the lead's words: most lines are read no further than them.
    let lead_end = key
        .split_whitespace()
        .nth(MAX_PROMPT_LEAD_WORDS)
        .map_or(key.len(), |w| w.as_ptr() as usize - key.as_ptr() as usize);
    let mut end = (lead_end + LONGEST_PROMPT_BYTES).min(key.len());
    while !key.is_char_boundary(end) {
        end -= 1;
    }
    if !holds_phrase(PhraseKind::Prompt, &key[..end]) {
        return false;
    }
    let mut first = None;
    for m in prompt_phrases(key) {
        match first {
            None => {
                let before = key[..m.start()].trim_end();
                let opens = before.is_empty() || before.ends_with(['.', '!', '?', '؟', '۔', ':']);
                if !opens || before.split_whitespace().count() > MAX_PROMPT_LEAD_WORDS {
                    return false;
                }
                first = Some(m.pattern());
            }
            Some(p) if p != m.pattern() => return true,
            _ => {}
        }
    }
    first.is_some() && app_stores().is_match(key)
}

/// The line names a site's channel on a messaging app ([`CHANNELS`]) and calls on the reader anywhere
/// in it (to join it too: [`JOIN_VERBS`]): Persian and Urdu set the verb last ("پاک نیوز کا واٹس ایپ چینل
/// فالو کریں").
pub(crate) fn is_channel_prompt(key: &str) -> bool {
    holds_any(channel_words(), key)
        && holds_phrase(PhraseKind::Channel, key)
        && (prompt_phrases(key).next().is_some()
            || key.split_whitespace().any(|w| JOIN_VERBS.contains(&w)))
}

/// Messaging apps and social networks on which a site asks its readers to follow it, as prompts name
/// them ("تابعونا على تطبيق تلغرام", "ہمارا واٹس ایپ چینل جوائن کریں").
const FOLLOW_APPS: &[&str] = &[
    "واتساب",
    "واتس اب",
    "واتس آب",
    "واٹس ایپ",
    "واتس‌اپ",
    "تلغرام",
    "تيليجرام",
    "تليجرام",
    "تلیگرام",
    "تلگرام",
    "ٹیلی گرام",
    "فيسبوك",
    "فیس بک",
    "فیسبوک",
    "تويتر",
    "ٹوئٹر",
    "توییتر",
    "انستغرام",
    "انستجرام",
    "اینستاگرام",
    "انسٹاگرام",
    "يوتيوب",
    "یوتیوب",
    "یوٹیوب",
    "تيك توك",
    "تیک تاک",
    "whatsapp",
    "telegram",
    "facebook",
    "twitter",
    "instagram",
    "youtube",
    "tiktok",
    "google news",
];

finders!(follow_apps, FOLLOW_APPS);

/// The folded line names a messaging app or a social network ([`FOLLOW_APPS`]).
pub(crate) fn names_follow_app(folded: &str) -> bool {
    holds_any(follow_apps(), folded)
}

/// Arabic calls to join, folded: a prompt beside a site's channel only ("انضم إلى قناتنا على تيليجرام"),
/// as "انضم" also says that someone joined.
const JOIN_VERBS: &[&str] = &["انضم", "انضموا", "انضمي"];

// The word for a channel that every phrase of [`CHANNELS`] holds.
finders!(channel_words, ["قنا", "کانال", "چینل", "channel"]);

/// Bytes enough for the longest prompt phrase, folded (Arabic letters take two bytes each).
const LONGEST_PROMPT_BYTES: usize = 48;

/// A sentence-long prompt opens within this many words of its line.
const MAX_PROMPT_LEAD_WORDS: usize = 8;

/// The prompt phrases of `key` at word boundaries.
fn prompt_phrases(key: &str) -> impl Iterator<Item = aho_corasick::Match> + '_ {
    phrases_of(PhraseKind::Prompt, key).filter(|m| {
        let before = key[..m.start()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = key[m.end()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}

/// The lists whose phrases one scan of a line finds together ([`phrase_kinds`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PhraseKind {
    /// Copyright and disclaimer phrases ([`COPYRIGHT`]).
    Copyright,
    /// The reader's prompts ([`has_prompt`], [`is_prompt_sentence`]).
    Prompt,
    /// The roles of a site's imprint ([`holds_joined_imprint_roles`]).
    ImprintRole,
    /// A site's channels on messaging apps ([`is_channel_prompt`]).
    Channel,
}

/// The [`PhraseKind`]s with a phrase in a folded line, a bit each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PhraseKinds(u8);

impl PhraseKinds {
    /// The line holds a phrase of `kind`'s list (perhaps inside a longer word: the rules that ask
    /// read the phrase's place themselves).
    pub(crate) fn holds(self, kind: PhraseKind) -> bool {
        self.0 & 1 << kind as u8 != 0
    }
}

/// The lists of [`PhraseKind`] with a phrase anywhere in `folded_line`, found by one automaton in one
/// pass: most lines hold none of them, and are read once instead of once a list.
pub(crate) fn phrase_kinds(folded_line: &str) -> PhraseKinds {
    let (automaton, kind_of) = phrase_automaton();
    let mut bits = 0u8;
    for m in automaton.find_overlapping_iter(folded_line) {
        bits |= 1 << kind_of[m.pattern().as_usize()];
    }
    PhraseKinds(bits)
}

/// The one automaton over the lists of [`PhraseKind`], and the kind of each of its patterns.
fn phrase_automaton() -> &'static (AhoCorasick, Vec<usize>) {
    static CELL: OnceLock<(AhoCorasick, Vec<usize>)> = OnceLock::new();
    CELL.get_or_init(|| {
        // In the order of `PhraseKind`.
        kinds_automaton(&[
            &list_lines(COPYRIGHT),
            &list_lines(PROMPTS),
            IMPRINT_ROLES,
            CHANNELS,
        ])
    })
}

/// Every phrase of `kind`'s list in `text`, overlapping ones too, in the order they end.
fn phrases_of(kind: PhraseKind, text: &str) -> impl Iterator<Item = aho_corasick::Match> + '_ {
    let (automaton, kind_of) = phrase_automaton();
    automaton
        .find_overlapping_iter(text)
        .filter(move |m| kind_of[m.pattern().as_usize()] == kind as usize)
}

/// `text` holds a phrase of `kind`'s list.
fn holds_phrase(kind: PhraseKind, text: &str) -> bool {
    phrases_of(kind, text).next().is_some()
}

/// The folded line speaks of [`MIN_SITE_RULE_KINDS`] kinds of a site's rules or more ("... before
/// comments are published, read our usage guidelines ... under our privacy policy and terms of use").
pub(crate) fn is_site_policy(folded_line: &str) -> bool {
    // Three kinds hold the privacy policy, the terms or the cookies: a word of theirs settles most
    // paragraphs before the phrases are looked for.
    finders!(anchors, SITE_RULE_ANCHORS);
    if !holds_any(anchors(), folded_line) {
        return false;
    }
    static CELL: OnceLock<(AhoCorasick, Vec<usize>)> = OnceLock::new();
    let (automaton, kind_of) = CELL.get_or_init(|| kinds_automaton(&SITE_RULES));
    let mut kinds = [false; SITE_RULES.len()];
    for m in automaton.find_iter(folded_line) {
        kinds[kind_of[m.pattern().as_usize()]] = true;
        if kinds.iter().filter(|&&k| k).count() >= MIN_SITE_RULE_KINDS {
            return true;
        }
    }
    false
}

/// What a line says of cookies ([`cookie_talk`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct CookieTalk {
    /// It names a web word beside the cookie ([`WEB_WORDS`]).
    pub web: bool,
    /// The site speaks in it ([`SITE_VOICE`]).
    pub site_voice: bool,
}

/// What the folded line says of cookies, at word boundaries (a hyphen joins words: "cookie-cutter" names
/// no cookie); `None` when it names none ([`COOKIES`]).
pub(crate) fn cookie_talk(folded_line: &str) -> Option<CookieTalk> {
    // A word every name of a cookie holds: most lines hold none.
    finders!(anchors, ["cookie", "الارتباط", "کوکی"]);
    if !holds_any(anchors(), folded_line) {
        return None;
    }
    static CELL: OnceLock<(AhoCorasick, Vec<usize>)> = OnceLock::new();
    let (automaton, kind_of) =
        CELL.get_or_init(|| kinds_automaton(&[COOKIES, WEB_WORDS, SITE_VOICE]));
    let joins = |c: char| c.is_alphanumeric() || c == '-';
    let mut found = [false; 3];
    for m in automaton.find_overlapping_iter(folded_line) {
        let before = folded_line[..m.start()].chars().next_back();
        let after = folded_line[m.end()..].chars().next();
        if !before.is_some_and(joins) && !after.is_some_and(joins) {
            found[kind_of[m.pattern().as_usize()]] = true;
        }
    }
    found[0].then_some(CookieTalk {
        web: found[1],
        site_voice: found[2],
    })
}

/// `key` opens with `heading` as [`opens_with`] reads it, or glued to the next word when the heading is a
/// phrase of two words or more in Arabic script, as an extractor joins a label's span to its link ("اقرأ
/// أيضاالإمارات تفتتح ..."): no sentence opens so. (Latin phrases are left out: "more from" opens "more
/// fromage".) The prefix is compared first: most lines open otherwise.
fn opens_heading(key: &str, heading: &str) -> bool {
    key.strip_prefix(heading)
        .is_some_and(|rest| match rest.chars().next() {
            // A colon, dots, a dash or an Arabic semicolon or comma may set the link apart ("اقرأ
            // أيضا.. عنوان", "بیشتر بخوانید؛ عنوان").
            None | Some(' ' | ':' | '.' | '؛' | '،' | '-' | '–') => true,
            Some(c) => c.is_alphabetic() && heading.contains(' ') && !heading.is_ascii(),
        })
}

/// `key` is `heading`, or opens with it as whole words (a space or a colon after it).
fn opens_with(key: &str, heading: &str) -> bool {
    key.strip_prefix(heading)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':']))
}

/// The folded line states the article's reading time: a label of [`READING_TIME`] at word bounds (or
/// glued after a time, as inline tags leave it: "۱۰:۳۰زمان مطالعه").
pub(crate) fn has_reading_time(folded_line: &str) -> bool {
    reading_time_at(folded_line).next().is_some()
}

/// Where the folded line names a reading time, each phrase standing apart from the words around it (a
/// number may be glued before it: "۷دقیقه مطالعه").
fn reading_time_at(folded_line: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    reading_time()
        .find_overlapping_iter(folded_line)
        .filter(|m| {
            let before = folded_line[..m.start()].chars().next_back();
            let after = folded_line[m.end()..].chars().next();
            before.is_none_or(|c| !c.is_alphabetic()) && after.is_none_or(|c| !c.is_alphanumeric())
        })
        .map(|m| m.range())
}

/// Units of a reading time's minutes, a number before them or not ("دقيقتين", "۲ دقیقه", "5 min").
const MINUTE_UNITS: &[&str] = &[
    "دقيقة",
    "دقائق",
    "دقيقتين",
    "دقيقتان",
    "دقیقه",
    "منٹ",
    "min",
    "mins",
    "minute",
    "minutes",
];

folded_list!(minute_units, MINUTE_UNITS);

/// The folded word is a counter's word or label, or a unit of minutes: a word of a post's fields.
pub(crate) fn is_field_word(word: &str) -> bool {
    counter_words().contains(word)
        || counter_labels().contains(word)
        || minute_units().contains(word)
}

/// The folded text is only fields of a post's row: numbers, engagement counters ([`COUNTER_WORDS`]) and
/// the reading time, one of them at least, and words `other` accepts (a date's): "0 تعليق 124 مشاهدة
/// دقيقتين للقراءة", "۰ دیدگاه ۱۲۴ بازدید زمان مطالعه: ۲ دقیقه".
pub(crate) fn is_post_fields(folded: &str, other: impl Fn(&str) -> bool) -> bool {
    let phrases: Vec<std::ops::Range<usize>> = reading_time_at(folded).collect();
    let mut field = !phrases.is_empty();
    let base = folded.as_ptr() as usize;
    for word in folded
        .split(|c: char| !is_alnum(c))
        .filter(|w| !w.is_empty())
    {
        let at = word.as_ptr() as usize - base;
        if phrases.iter().any(|p| p.contains(&at)) || word.chars().all(char::is_numeric) {
            continue;
        }
        if counter_words().contains(word) {
            field = true;
        } else if !(is_field_word(word) || other(word)) {
            return false;
        }
    }
    field
}

/// A reading time's line holds at most this many words beside its phrase and its numbers (labels and
/// units: "زمان مطالعه: ۳ دقیقه", "Stand: 20:03 Uhr | Lesedauer: 4 Minuten").
const MAX_READING_TIME_OTHER_WORDS: usize = 3;

/// The folded line is a reading time and little else: a headline that speaks of minutes of reading
/// ("طلاب روزانه ۷۵دقیقه مطالعه دارند") holds more words.
pub(crate) fn is_reading_time(folded_line: &str) -> bool {
    reading_time_at(folded_line).any(|phrase| {
        let others = folded_line[..phrase.start]
            .split_whitespace()
            .chain(folded_line[phrase.end..].split_whitespace())
            .filter(|w| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_numeric))
            .count();
        others <= MAX_READING_TIME_OTHER_WORDS
    })
}

/// The line is only a pager's "page 3 of 7" ("صفحة 1 من 3", "صفحه ۲ از ۵", "Page 2 of 4").
pub(crate) fn is_page_of_pages(key: &str) -> bool {
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let mut words = key.split(' ');
    let (Some(page), Some(n), Some(of), Some(m), None) = (
        words.next(),
        words.next(),
        words.next(),
        words.next(),
        words.next(),
    ) else {
        return false;
    };
    number(n) && number(m) && page_words().contains(page) && of_words().contains(of)
}

/// The word a pager names its pages by...
const PAGE_WORDS: &[&str] = &[
    "صفحة",
    "الصفحة",
    "صفحه",
    "صفحہ",
    "page",
    "seite",
    "página",
    "pagina",
];
/// ...and the word between its numbers.
const OF_WORDS: &[&str] = &["من", "از", "of", "von", "de", "di"];

folded_list!(page_words, PAGE_WORDS);
folded_list!(of_words, OF_WORDS);

/// The line is only an article's number after its label ("کد خبر ۶۳۰۵۸۷۲", "News ID: 1234").
pub(crate) fn is_news_code(key: &str) -> bool {
    news_codes().iter().any(|label| {
        key.strip_prefix(label.as_str()).is_some_and(|rest| {
            let rest = rest.trim_start_matches([':', ' ', '#', '-']);
            !rest.is_empty() && rest.chars().all(|c| c.is_numeric())
        })
    })
}

/// The imprint's words for a role are at most this many, a second role joined to the first included
/// ("رئيس مجلس الإدارة ورئيس التحرير")...
const MAX_IMPRINT_ROLE_WORDS: usize = 7;
/// ...and the names after them at most this many.
const MAX_IMPRINT_NAME_WORDS: usize = 6;

/// The folded line is an imprint's credit: a publication's role ([`IMPRINT_ROLES`]) in a few words, a
/// colon and a name or two ("رئيس التحرير: جابر سالم", "سردبیر: مریم احمدی", as a list's item: "• بانی:
/// Name"), no sentence after it.
pub(crate) fn is_imprint_credit(folded_line: &str) -> bool {
    // The colon first: most lines hold none, and are left at once.
    let Some((role, names)) = folded_line.split_once([':', '：']) else {
        return false;
    };
    let role = role
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim();
    let count = |text: &str| text.split_whitespace().count();
    // The label first, which is short: most lines' text before a colon holds no role.
    if count(role) > MAX_IMPRINT_ROLE_WORDS || !holds_imprint_role(role) {
        return false;
    }
    // A second credit may follow on the line ("بانی: Name ایڈیٹرانچیف : Name").
    let next_credit = (names.contains([':', '：']) && holds_phrase(PhraseKind::ImprintRole, names))
        .then(|| {
            imprint_roles()
                .iter()
                .filter_map(|r| find_words(names, r))
                .filter(|&at| names[at..].contains([':', '：']))
                .min()
        })
        .flatten();
    let (names, more) = match next_credit {
        Some(at) => (&names[..at], Some(&names[at..])),
        None => (names, None),
    };
    let names = names.trim();
    (1..=MAX_IMPRINT_NAME_WORDS).contains(&count(names))
        && !names.ends_with(['.', '!', '?', '؟', '۔'])
        && more.is_none_or(is_imprint_credit)
}

/// The folded line names two of a publication's roles ([`IMPRINT_ROLES`]) joined by "and" ("رئيس مجلس
/// الإدارة ورئيس التحرير"): a masthead's line, whatever stands around the roles (the paper's name before
/// them, the name glued after them). A story about such people names one role at a time.
pub(crate) fn holds_joined_imprint_roles(folded_line: &str) -> bool {
    if !holds_phrase(PhraseKind::ImprintRole, folded_line) {
        return false;
    }
    imprint_roles().iter().any(|first| {
        folded_line.match_indices(first.as_str()).any(|(at, _)| {
            let rest = folded_line[at + first.len()..].trim_start();
            ["و", "and "].iter().any(|and| {
                rest.strip_prefix(and).is_some_and(|second| {
                    let second = second.trim_start();
                    imprint_roles()
                        .iter()
                        .any(|r| r != first && second.starts_with(r.as_str()))
                })
            })
        })
    })
}

/// Where `words` first stand in `text` as whole words (not inside a longer word: "بانی" in "مهربانی"); a
/// long role may stand glued to the word before it, as inline tags leave it
/// ("ایگزیکٹووایڈیٹرانچیف").
fn find_words(text: &str, words: &str) -> Option<usize> {
    let long = words.chars().count() >= MIN_GLUED_ROLE_CHARS;
    text.match_indices(words).map(|(at, _)| at).find(|&at| {
        if long {
            return true;
        }
        let before = text[..at].chars().next_back();
        let after = text[at + words.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

/// `text` holds one of [`IMPRINT_ROLES`] as whole words ([`find_words`]): one pass of the automaton
/// tells most lines, which hold none.
fn holds_imprint_role(text: &str) -> bool {
    holds_phrase(PhraseKind::ImprintRole, text)
        && imprint_roles()
            .iter()
            .any(|r| find_words(text, r).is_some())
}

/// A role this long (in chars) is found glued to the word before it too.
const MIN_GLUED_ROLE_CHARS: usize = 8;

/// The line is the heading of a writer's box ("عن الكاتب", "About the author").
pub(crate) fn is_author_box_heading(key: &str) -> bool {
    author_box().contains(key)
}

/// The line is a related-articles heading and nothing else ("آخرین مطالب", "Related articles").
pub(crate) fn is_related_heading_alone(key: &str) -> bool {
    related().opening(key).iter().any(|h| key == h)
}

/// The line is a related-articles heading (with at most a few words after it), or a heading that ends
/// with one of two words or more after a word or two ("مواضيع قد تهمك", "More related articles").
pub(crate) fn is_related_heading(key: &str) -> bool {
    let words = key.split(' ').take(MAX_HEADING_WORDS + 1).count();
    let related = related();
    related
        .opening(key)
        .iter()
        .any(|h| key == h || words <= MAX_HEADING_WORDS && opens_heading(key, h))
        || related.closing(key).iter().any(|h| {
            h.contains(' ')
                && key.strip_suffix(h.as_str()).is_some_and(|head| {
                    head.ends_with(' ')
                        && head.split_whitespace().count() <= MAX_WORDS_BEFORE_RELATED_PHRASE
                })
        })
}

/// A related-articles heading holds at most this many words, the phrase's and those after it.
const MAX_HEADING_WORDS: usize = 6;

/// A heading that ends with a related-articles phrase of two words or more holds at most this many words
/// before it ("More", "آج کی").
const MAX_WORDS_BEFORE_RELATED_PHRASE: usize = 2;

/// The line is a "read also" pointer (with or without the link after it on the same line).
pub(crate) fn is_read_also(key: &str) -> bool {
    read_also().iter().any(|h| opens_heading(key, h)) || is_video_pointer(key)
}

/// The line is a pointer to a video with its link after it ([`WATCH_ALSO`], [`WATCH_WITH_COLON`]).
fn is_video_pointer(key: &str) -> bool {
    watch_also().iter().any(|h| opens_with_link(key, h)) || {
        // The colon right after the word: looked for among the line's first bytes only.
        let longest = watch_with_colon()
            .iter()
            .map(String::len)
            .max()
            .unwrap_or(0);
        let bytes = key.as_bytes();
        memchr::memchr(b':', &bytes[..bytes.len().min(longest + 1)]).is_some_and(|at| {
            watch_with_colon().contains(&key[..at]) && key[at + 1..].contains(char::is_alphanumeric)
        })
    }
}

/// The line is a "read also" pointer with its link after it on the same line ("اقرأ أيضا: عنوان",
/// "شاهد الفيديو: عنوان").
pub(crate) fn is_read_also_with_link(key: &str) -> bool {
    read_also().iter().any(|h| opens_with_link(key, h)) || is_video_pointer(key)
}

/// `key` opens with the pointer `heading` and a link's text after it.
fn opens_with_link(key: &str, heading: &str) -> bool {
    opens_heading(key, heading) && key[heading.len()..].contains(char::is_alphanumeric)
}

/// The folded line is a ticker's item: a breaking-news label, a separator, then a headline ("عاجل|
/// ارتفاع منسوب المياه", "عاجل: ..."), with no sentence's end.
pub(crate) fn is_ticker_item(folded: &str) -> bool {
    breaking().iter().any(|label| {
        folded.strip_prefix(label.as_str()).is_some_and(|rest| {
            let rest = rest.trim_start();
            let headline = rest.trim_start_matches(['|', ':', '-', '–', '—']).trim();
            headline.len() < rest.len()
                && headline.contains(char::is_alphanumeric)
                && !headline.ends_with(['.', '!', '؟', '?', '۔'])
        })
    })
}

/// The line closes a block set inside the article, as pages write for screen readers ("نهاية",
/// "End of list", "پایان"): the word alone or with a few words after it.
pub(crate) fn is_block_end(key: &str) -> bool {
    key.split(' ').count() <= MAX_BLOCK_END_WORDS && block_ends().iter().any(|h| opens_with(key, h))
}

/// A line that closes a block holds at most this many words.
const MAX_BLOCK_END_WORDS: usize = 4;

/// The line is a heading of reader comments, alone or with their count.
pub(crate) fn is_comments_heading(key: &str) -> bool {
    let count = |s: &str| {
        let s = s.trim().trim_matches(['(', ')', '[', ']']);
        !s.is_empty() && s.chars().all(|c| c.is_ascii_digit())
    };
    comments().iter().any(|h| {
        key == h
            || key.strip_prefix(h.as_str()).is_some_and(count)
            || key.strip_suffix(h.as_str()).is_some_and(count)
    })
}

/// The heading a blog gives its readers' comments: their count, the word for them and the article's
/// title after "on" ("12 تعليقا على \"...\"", "۲۴ دیدگاه برای «...»", "3 thoughts on “...”").
pub(crate) fn is_comments_on_title(key: &str) -> bool {
    let mut words = key.split_whitespace();
    let (Some(count), Some(noun), Some(on), Some(_title)) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return false;
    };
    let count = count.trim_matches(['(', ')']);
    !count.is_empty()
        && count.bytes().all(|b| b.is_ascii_digit())
        && comment_nouns().contains(noun)
        && comment_on().contains(on)
}

/// Words for readers' comments after their count.
const COMMENT_NOUNS: &[&str] = &[
    "تعليق",
    "تعليقا",
    "تعليقات",
    "ردا",
    "ردود",
    "دیدگاه",
    "نظر",
    "comment",
    "comments",
    "thought",
    "thoughts",
    "response",
    "responses",
    "reply",
    "replies",
];

/// The word between a comment count and the article's title.
const COMMENT_ON: &[&str] = &["على", "حول", "برای", "بر", "on", "to"];

folded_list!(comment_nouns, COMMENT_NOUNS);
folded_list!(comment_on, COMMENT_ON);

/// The line is only hashtags, two or more ("#الذهب #أسعار_الذهب #مصر"): a page's tags as links.
pub(crate) fn is_hashtag_row(raw: &str) -> bool {
    let mut tags = 0;
    for word in raw.split_whitespace() {
        if !(word.len() > 1 && word.starts_with('#')) {
            return false;
        }
        tags += 1;
    }
    tags >= 2
}

/// The line is a list of tags after its label and a colon ("وسوم: يونيسف، التعليم، الأطفال").
pub(crate) fn is_tag_list(raw: &str) -> bool {
    let Some((label, tags)) = split_at_colon(raw) else {
        return false;
    };
    if tags.trim().is_empty() || label.len() > LONGEST_TAG_LABEL_BYTES {
        return false;
    }
    let label = fold(label.trim());
    tag_labels().contains(&label)
}

/// An item of a list of tags or keywords holds at most this many words.
const MAX_TAG_WORDS: usize = 4;

/// The items of `text` after its label (its first colon, if any), parted by commas, are each a tag's: a
/// few words at most ("advertising branding, b2b, marketing services").
pub(crate) fn short_items(text: &str) -> bool {
    let items = split_at_colon(text).map_or(text, |(_, items)| items);
    items
        .split([',', '،'])
        .all(|item| item.split_whitespace().count() <= MAX_TAG_WORDS)
}

/// `text` before and after its first colon, ASCII or full-width (U+FF1A), found by memchr.
fn split_at_colon(text: &str) -> Option<(&str, &str)> {
    const FULL_WIDTH: &str = "：";
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(k) = memchr::memchr2(b':', FULL_WIDTH.as_bytes()[0], &bytes[from..]) {
        let at = from + k;
        if bytes[at] == b':' {
            return Some((&text[..at], &text[at + 1..]));
        }
        if text[at..].starts_with(FULL_WIDTH) {
            return Some((&text[..at], &text[at + FULL_WIDTH.len()..]));
        }
        from = at + 1;
    }
    None
}

/// The line is only the heading of a list of references.
pub(crate) fn is_references_heading(key: &str) -> bool {
    references().contains(key)
}

/// The line is only an ad's label.
pub(crate) fn is_ad_label(key: &str) -> bool {
    ad_labels().contains(key)
}

/// Ad labels that stand over sponsored links or stories, not over an ad's slot alone.
const SPONSORED_LINK_LABELS: &[&str] = &[
    "روابط ممولة",
    "روابط إعلانية",
    "محتوى مروج",
    "محتوى ممول",
    "محتوى مدفوع",
    "محتوى مدعوم",
    "محتوای تبلیغاتی",
    "اسپانسر شده",
    "سپانسرڈ",
    "sponsored links",
    "sponsored stories",
    "sponsored content",
    "promoted links",
    "promoted stories",
    "promoted content",
    "paid content",
    "partner content",
];

folded_list!(sponsored_link_labels, SPONSORED_LINK_LABELS);

/// The line is only a label over sponsored links ("Sponsored Links", "روابط ممولة").
pub(crate) fn is_sponsored_links_label(key: &str) -> bool {
    sponsored_link_labels().contains(key)
}

/// Words that open a sponsor's note over or under its paid piece, the sponsor's name after them ("هذا
/// المحتوى مقدم من شركة …", "Sponsored by …"). Not "برعاية" (under the patronage of) nor "بالتعاون مع",
/// which open headlines too ("برعاية أمير المنطقة.. انطلاق المهرجان"): alone they are ad labels.
const SPONSOR_OPENERS: &[&str] = &[
    "هذا المحتوى مقدم من",
    "المحتوى مقدم من",
    "محتوى مقدم من",
    "هذا المحتوى برعاية",
    "محتوى برعاية",
    "هذا المحتوى من",
    "این محتوا توسط",
    "محتوای حمایت شده توسط",
    "sponsored by",
    "presented by",
    "paid for by",
    "brought to you by",
    "this content is sponsored by",
    "this content was paid for by",
    "gesponsert von",
];
folded_list!(sponsor_openers, SPONSOR_OPENERS);

/// A sponsor's note holds at most this many words.
const MAX_SPONSOR_NOTE_WORDS: usize = 10;

/// The line is a sponsor's note: one of [`SPONSOR_OPENERS`], then the sponsor's name of a few words, no
/// sentence after it.
pub(crate) fn is_sponsor_note(key: &str) -> bool {
    sponsor_openers().iter().any(|opener| {
        key.strip_prefix(opener.as_str())
            .is_some_and(|rest| rest.starts_with([' ', ':']) && rest.len() > 1)
    }) && key.split(' ').nth(MAX_SPONSOR_NOTE_WORDS).is_none()
}

/// The line is only an engagement counter: numbers and a counter's words ([`COUNTER_WORDS`]), a label
/// or not, nothing else ("0 تعليق", "التعليقات (3)", "عدد المشاهدات: 1,520").
pub(crate) fn is_counter(key: &str) -> bool {
    let (mut numbers, mut counted, mut words) = (0, 0, 0);
    for word in key.split(|c: char| !is_alnum(c)).filter(|w| !w.is_empty()) {
        words += 1;
        if word.chars().all(|c| c.is_ascii_digit()) {
            numbers += 1;
        } else if counter_words().contains(word) {
            counted += 1;
        } else if !counter_labels().contains(word) {
            return false;
        }
    }
    numbers > 0 && counted > 0 && words <= MAX_COUNTER_WORDS
}

/// The text opens with an engagement counter, a number and a counter's word ("5 Comments on <the
/// post's title>", "3 تعليقات على ...").
pub(crate) fn opens_with_counter(key: &str) -> bool {
    let mut words = key.split(' ').filter(|w| !w.is_empty());
    words
        .next()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
        && words.next().is_some_and(|w| counter_words().contains(w))
}

/// A counter holds at most this many words, numbers included.
const MAX_COUNTER_WORDS: usize = 5;

/// The line is only the heading of a recipe's ingredients.
pub(crate) fn is_ingredients_heading(key: &str) -> bool {
    ingredient_headings().contains(key)
}

/// The line is only the heading of a recipe's method.
pub(crate) fn is_method_heading(key: &str) -> bool {
    method_headings().contains(key)
}

/// Words that open the link skipping an embedded post ("تخطى منشورات X", "Skip twitter post", "رد شدن
/// از پست X") and the line that ends it ("نهاية منشورات X", "End of twitter post", "پایان پست X"); in
/// Urdu they close the line ("X پوسٹ نظرانداز کریں", "X پوسٹ کا اختتام").
const EMBED_SKIP_OPENERS: &[&str] = &["تخطى", "تخط", "skip", "رد شدن از", "پرش از"];
const EMBED_END_OPENERS: &[&str] = &["نهاية", "end of", "پایان"];
const EMBED_SKIP_CLOSERS: &[&str] = &["نظرانداز کریں"];
const EMBED_END_CLOSERS: &[&str] = &["کا اختتام"];

folded_list!(embed_skip_openers, EMBED_SKIP_OPENERS);
folded_list!(embed_end_openers, EMBED_END_OPENERS);
folded_list!(embed_skip_closers, EMBED_SKIP_CLOSERS);
folded_list!(embed_end_closers, EMBED_END_CLOSERS);

/// Which end of an embedded post a marker line stands at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EmbedMarker {
    /// The link that skips the post, before it.
    Skip,
    /// The line that ends it.
    End,
}

/// The line is a marker around an embedded post, and what it names (the platform and the post: "منشورات
/// x", "twitter post"), for the marker at the other end to match.
pub(crate) fn embed_marker(key: &str) -> Option<(EmbedMarker, &str)> {
    let opened = |list: &[String]| {
        list.iter().find_map(|w| {
            key.strip_prefix(w.as_str())
                .and_then(|rest| rest.strip_prefix(' '))
                .filter(|rest| !rest.is_empty())
        })
    };
    let closed = |list: &[String]| {
        list.iter().find_map(|w| {
            key.strip_suffix(w.as_str())
                .and_then(|rest| rest.strip_suffix(' '))
                .filter(|rest| !rest.is_empty())
        })
    };
    opened(embed_skip_openers())
        .or_else(|| closed(embed_skip_closers()))
        .map(|named| (EmbedMarker::Skip, named))
        .or_else(|| {
            opened(embed_end_openers())
                .or_else(|| closed(embed_end_closers()))
                .map(|named| (EmbedMarker::End, named))
        })
}

/// The line is a read-more link.
pub(crate) fn is_read_more(key: &str) -> bool {
    read_more().contains(key)
}

/// Read-more links that a line of their own does not make a teaser of: a button that opens the rest
/// of the article ("ادامه مطلب"), a related list's heading ("مزید پڑھیں"). Glued after a summary they
/// are its link, as those of [`READ_MORE`] are.
const GLUED_READ_MORE: &[&str] = &["ادامه مطلب", "ادامه خبر", "مزید پڑھیں"];

folded_list!(glued_read_more, GLUED_READ_MORE);

/// The line ends with a read-more link of two words or more glued after its text ("... جو کسی کا
/// آلہ کار مزید پڑھیں", "... the first results… Read more"), or of one word after an ellipsis ("...
/// تصريحات تثير الجدل... المزيد"): a teaser's cut summary and its link.
pub(crate) fn ends_with_read_more(key: &str) -> bool {
    read_more().iter().chain(glued_read_more().iter()).any(|r| {
        let Some(text) = key.strip_suffix(r.as_str()).filter(|text| !text.is_empty()) else {
            return false;
        };
        if r.contains(' ') {
            text.ends_with([' ', '…', '.'])
        } else {
            let text = text.trim_end();
            text.ends_with("...") || text.ends_with('…')
        }
    })
}

/// The line (folded, no spaces at the edges) is an image caption or credit.
pub(crate) fn is_caption(folded_line: &str, words: usize) -> bool {
    let line = folded_line.as_bytes();
    let Some(last) = line.last() else {
        return false;
    };
    if words > 25 && *last != b')' {
        return false;
    }
    let unmarked = folded_line.trim_start_matches(|c: char| !c.is_alphanumeric());
    // A dash or a bullet may open a caption ("— فائل فوٹو: رائٹرز").
    let bare = unmarked.as_bytes();
    // The first and last two bytes (an Arabic letter's) tell most entries apart before comparing them.
    let (n, c_last) = (line.len(), line.len() - 1);
    let opens_with = |text: &[u8], c: &[u8]| {
        text.first() == c.first()
            && (c.len() == 1 || text.get(1) == c.get(1))
            && text.starts_with(c)
    };
    let caption = caption();
    caption
        .opening(folded_line)
        .iter()
        .any(|c| opens_with(line, c.as_bytes()))
        || caption
            .opening(unmarked)
            .iter()
            .any(|c| opens_with(bare, c.as_bytes()))
        || caption.closing(folded_line).iter().any(|c| {
            let (c, k) = (c.as_bytes(), c.len() - 1);
            let closes = c[k] == line[c_last] && (k == 0 || n == 1 || c[k - 1] == line[c_last - 1]);
            closes && line.ends_with(c)
        })
        || caption_labels()
            .iter()
            .any(|l| opens_with_label(unmarked, l))
}

/// News-photo agencies, as a picture's credit names them on a line of its own under its alt text
/// ("یمن، سعودی" / "EPA"), in Latin letters and as Arabic, Persian and Urdu pages spell them: the world's
/// wire services, and the national agencies of the Arab countries, Iran and Pakistan by the short names
/// their credits print.
const PHOTO_AGENCIES: &[&str] = &[
    "afp",
    "ap",
    "ap photo",
    "epa",
    "epa-efe",
    "reuters",
    "getty images",
    "getty",
    "anadolu",
    "anadolu agency",
    "shutterstock",
    "pa",
    "pa media",
    "pa wire",
    "dpa",
    "xinhua",
    "associated press",
    "the associated press",
    "sid",
    "apa",
    "sda",
    "kna",
    "epd",
    "ansa",
    "efe",
    "anp",
    "belga",
    "رويترز",
    "أ ف ب",
    "أ.ف.ب",
    "أ ب",
    "إ ب أ",
    "فرانس برس",
    "أسوشيتد برس",
    "الأناضول",
    "غيتي",
    "غيتي إيمجز",
    "رویترز",
    "خبرگزاری فرانسه",
    "آسوشیتدپرس",
    "گتی ایمجز",
    "اے ایف پی",
    "رائٹرز",
    "اے پی",
    "ای پی اے",
    "گیٹی امیجز",
    "شينخوا",
    "د ب أ",
    "واس",
    "وام",
    "قنا",
    "كونا",
    "بترا",
    "سانا",
    "أ ش أ",
    "وفا",
    "واع",
    "سبأ",
    "ومع",
    "واج",
    "ایرنا",
    "ایسنا",
    "ایلنا",
    "تسنیم",
    "فارس",
    "مهر",
    "خبرگزاری فارس",
    "خبرگزاری مهر",
    "شینهوا",
    "اے پی پی",
    "این این آئی",
];

/// A credit of two agencies holds at most this many bytes, folded.
const MAX_AGENCY_CREDIT_BYTES: usize = 48;

/// The folded agencies of [`PHOTO_AGENCIES`], built once.
fn agencies() -> &'static crate::FastSet<String> {
    static CELL: OnceLock<crate::FastSet<String>> = OnceLock::new();
    CELL.get_or_init(|| PHOTO_AGENCIES.iter().map(|w| fold(w)).collect())
}

/// `word` (as printed) names a news agency of [`PHOTO_AGENCIES`], whatever its case ("dpa", "AFP").
pub(crate) fn is_agency(word: &str) -> bool {
    agencies().contains(&fold(word))
}

/// The folded line names only a news-photo agency or two ("EPA", "AFP via Getty Images", "Reuters/AP"):
/// a picture's credit.
pub(crate) fn is_photo_agency_credit(key: &str) -> bool {
    let agencies = agencies();
    if key.len() > MAX_AGENCY_CREDIT_BYTES {
        return false;
    }
    if agencies.contains(key) {
        return true;
    }
    let (first, second) = match key.split_once(['/', ',', '،']) {
        Some(parts) => parts,
        None => match memchr::memmem::find(key.as_bytes(), b" via ") {
            Some(at) => (&key[..at], &key[at + 5..]),
            None => return false,
        },
    };
    agencies.contains(first.trim()) && agencies.contains(second.trim())
}

/// Labels of a photo's credit in parentheses ("(فوٹو: انٹرنیٹ)", "(Photo: Jane Doe)").
const PHOTO_LABELS: &[&str] = &[
    "فوٹو",
    "تصویر",
    "عکس",
    "صورة",
    "الصورة",
    "صور",
    "تصوير",
    "photo",
    "photos",
    "foto",
    "image",
    "bild",
];

/// The line ends with a photo's credit in parentheses: its source and its photographer apart by a slash
/// ("... في ريف درعا - 20 تشرين الثاني 2026 (بلدي نت/ سلمى العلي)", "(Reuters/Jane Doe)"), after words
/// that end no sentence, or a photo's label before a colon ("... بھرپور رہا۔ (فوٹو: انٹرنیٹ)"), after any
/// words: a caption, whatever words it holds.
pub(crate) fn ends_with_credit(raw: &str, words: usize) -> bool {
    let raw = raw.trim_end();
    if words <= MAX_CREDITED_CAPTION_WORDS && ends_with_labelled_credit(raw) {
        return true;
    }
    let Some((before, inner)) = raw.strip_suffix(')').and_then(|head| head.rsplit_once('(')) else {
        return false;
    };
    let before = before.trim_end();
    let named = |part: &str| {
        let part = part.trim();
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '.')
    };
    let labelled = || {
        inner.split_once(':').is_some_and(|(label, source)| {
            photo_labels().contains(&fold(label.trim())) && !source.trim().is_empty()
        })
    };
    // A note of what the picture is: its label and an archive's or a file's word ("(صورة أرشيفية)",
    // "(عکس از آرشیو)", "(File photo)").
    let noted = || {
        let words: Vec<String> = inner.split_whitespace().map(fold).collect();
        let (labels, notes) = (photo_labels(), photo_note_words());
        words.iter().any(|w| labels.contains(w))
            && words.iter().any(|w| notes.contains(w))
            && words
                .iter()
                .all(|w| labels.contains(w) || notes.contains(w))
    };
    let slashed = || {
        !before.ends_with(['.', '!', '?', '؟', '۔'])
            && inner
                .split_once('/')
                .is_some_and(|(source, name)| named(source) && named(name))
    };
    words <= MAX_CREDITED_CAPTION_WORDS
        && !before.is_empty()
        && inner.split_whitespace().count() <= MAX_CREDIT_WORDS
        && (labelled() || slashed() || noted())
}

/// Words a bracketed note of a picture holds beside its label: an archive, a file, the links between (a
/// label alone in brackets marks a headline that shows pictures: "(عکس)", "(PHOTO)").
const PHOTO_NOTE_WORDS: &[&str] = &[
    "أرشيفية",
    "أرشيف",
    "الأرشيف",
    "من",
    "آرشیو",
    "آرشیوی",
    "از",
    "تزئینی",
    "فائل",
    "file",
    "archive",
    "from",
];

folded_list!(photo_note_words, PHOTO_NOTE_WORDS);

/// `text` closes its last sentence, or what a dash or a bar sets apart, with a photo's label and its
/// source, unbracketed, after a colon or an Arabic semicolon ("... کی زبانی۔ فوٹو؛ فائل", "... near
/// Kherson. Photo: Reuters", "وزیر امور خارجه - عکس: ایرنا").
fn ends_with_labelled_credit(text: &str) -> bool {
    // The credit is in the line's last bytes, with its colon (':', or '؛', D8 9B: the byte 9B finds it
    // and a few other letters).
    let mut from = text.len().saturating_sub(MAX_LABELLED_CREDIT_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let tail = &text[from..];
    if memchr::memchr2(b':', 0x9B, tail.as_bytes()).is_none() {
        return false;
    }
    let after_stop = tail.rsplit_once(['.', '۔', '!', '?', '؟']).map(|(_, c)| c);
    let after_dash = [" - ", " – ", " — ", " | "]
        .iter()
        .filter_map(|dash| tail.rsplit_once(dash).map(|(_, c)| c))
        .min_by_key(|c| c.len());
    // The nearer of the two to the end.
    let Some(credit) = after_stop
        .into_iter()
        .chain(after_dash)
        .min_by_key(|c| c.len())
    else {
        return false;
    };
    is_labelled_photo_credit(credit)
}

/// `text` is a photo's label, a colon (or an Arabic semicolon) and its source of a few words ("تصوير:
/// محمد علي", "Photo: Reuters", "عکس: ایرنا").
pub(crate) fn is_labelled_photo_credit(text: &str) -> bool {
    text.split_once([':', '؛']).is_some_and(|(label, source)| {
        photo_labels().contains(&fold(label.trim()))
            && (1..=MAX_LABELLED_SOURCE_WORDS).contains(&source.split_whitespace().count())
    })
}

/// A photo's label and its source after the caption's last sentence take at most this many bytes.
const MAX_LABELLED_CREDIT_BYTES: usize = 96;

folded_list!(photo_labels, PHOTO_LABELS);

/// A photo's source after its label, out of brackets, holds at most this many words.
const MAX_LABELLED_SOURCE_WORDS: usize = 3;

/// A caption with its credit holds at most this many words...
const MAX_CREDITED_CAPTION_WORDS: usize = 40;
/// ...its credit at most this many.
const MAX_CREDIT_WORDS: usize = 6;

/// `text` opens with `label` followed by its end, a space or punctuation ("مصدر الصورة،Getty Images"), or
/// by a word of another script glued to it ("تصویر کا ذریعہReuters"); a label of three words or more
/// by any word glued to it ("تصویر کا کیپشنشہر کے ..."): no sentence opens with such a phrase.
fn opens_with_label(text: &str, label: &str) -> bool {
    text.strip_prefix(label).is_some_and(|rest| {
        let label_ascii = label.chars().last().is_some_and(|c| c.is_ascii());
        label.split(' ').count() >= MIN_GLUED_LABEL_WORDS
            || label.ends_with(caption_loanword())
            || rest
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() || c.is_ascii() != label_ascii)
    })
}

/// "کیپشن", the loanword Urdu labels end with ("ویڈیو کیپشن"): no Urdu word goes on from it, so a
/// label that ends with it is one whatever is glued to it.
const CAPTION_LOANWORD: &str = "کیپشن";

/// [`CAPTION_LOANWORD`] folded, as the labels are.
fn caption_loanword() -> &'static str {
    static CELL: OnceLock<String> = OnceLock::new();
    CELL.get_or_init(|| fold(CAPTION_LOANWORD))
}

/// A caption label of this many words is one whatever is glued to it.
const MIN_GLUED_LABEL_WORDS: usize = 3;

/// `key` is only a caption label: the line after it is the caption.
pub(crate) fn is_caption_label(key: &str) -> bool {
    caption_labels().contains(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_channel_phrase_holds_a_word_for_channel() {
        for phrase in fold_all(CHANNELS) {
            assert!(holds_any(channel_words(), &phrase), "{phrase}");
        }
    }

    #[test]
    fn every_anchored_site_rule_holds_an_anchor() {
        // The privacy policy, the terms, the cookies.
        const ANCHORED_SITE_RULES: [usize; 3] = [0, 1, 4];
        assert!(ANCHORED_SITE_RULES.len() + MIN_SITE_RULE_KINDS > SITE_RULES.len());
        for phrase in ANCHORED_SITE_RULES
            .iter()
            .flat_map(|&kind| fold_all(SITE_RULES[kind]))
        {
            assert!(
                fold_all(&SITE_RULE_ANCHORS)
                    .iter()
                    .any(|a| phrase.contains(a.as_str())),
                "{phrase}"
            );
        }
    }

    #[test]
    fn a_short_heading_that_ends_with_a_related_phrase_is_one() {
        let heading = |line: &str| is_related_heading(&fold(line));
        assert!(heading("مواضيع قد تهمك"));
        assert!(heading("More stories"));
        assert!(heading("Even more related articles"));
        // The site's latest posts, in Arabic and Persian.
        assert!(heading("أحدث المقالات"));
        assert!(heading("آخرین مطالب"));
        // A phrase of one word ends many a headline: only phrases of two words or more count.
        assert!(!heading("Ten things that are related"));
        assert!(!heading("مقترحات الحكومة قد تهمك كثيرا في العام المقبل"));
    }

    #[test]
    fn a_caption_label_may_have_a_credit_of_another_script_glued_to_it() {
        let caption = |line: &str| is_caption(&fold(line), line.split_whitespace().count());
        assert!(caption("،تصویر کا ذریعہReuters"));
        assert!(caption("،ویڈیو کیپشنپولیو ورکرز کی مشکلات"));
        assert!(caption("(فرانس برس)"));
        assert!(caption("متظاهرون في العاصمة (أسوشيتد برس)"));
        assert!(caption("مصدر الصورة،Getty Images"));
        assert!(caption("Image source, AFP"));
        // A word of a short label's own script glued to it makes another word; a long label is one
        // whatever is glued to it.
        assert!(!caption("منبع تصویرها در این گزارش مشخص نشده است"));
        assert!(caption(
            "،تصویر کا کیپشنشہر کے کئی علاقوں میں شہری پانی کے ٹینکروں پر انحصار کرتے ہیں"
        ));
        assert!(!caption("Image sourceful thinking"));
    }

    #[test]
    fn a_file_photo_credit_marks_a_caption_in_persian_urdu_and_english() {
        let caption = |line: &str| is_caption(&fold(line), line.split_whitespace().count());
        assert!(caption("وزیراعظم کا دورہ چین — فائل فوٹو"));
        assert!(ends_with_credit(
            "برف زار کے ماضی کی کہانی، محققین کی زبانی۔ فوٹو؛ فائل",
            10
        ));
        assert!(ends_with_credit(
            "Troops near the front line. Photo: Jane Roe",
            8
        ));
        assert!(!ends_with_credit("He said: the photo was taken in March. Photo: it shows the square and the crowd before the march", 20));
        assert!(caption("— فائل فوٹو: رائٹرز"));
        assert!(caption("عکس: خبرگزاری ایرنا"));
        assert!(caption(
            "نیپرا نے قیمت میں اضافے کی منظوری دے دی ہے۔ فوٹو: فائل"
        ));
        assert!(caption("Firefighters at the scene in 2019. (File photo)"));
        // A dash sets the credit apart; a bracketed note says the picture is an archive's.
        assert!(ends_with_credit("وزیر امور خارجه - عکس: ایرنا", 6));
        assert!(ends_with_credit("وزیر امور خارجه (عکس از آرشیو)", 6));
        assert!(ends_with_credit("جانب من الاجتماع (صورة أرشيفية)", 5));
        assert!(ends_with_credit("وزير الخارجية (صورة من الأرشيف)", 5));
        assert!(!ends_with_credit("الوزير يفتتح معرض الصور (من الأرشيف)", 7));
        // A headline's mark that it shows pictures is no note of one.
        assert!(!ends_with_credit("بارش برف در جاده‌های شمالی کشور (عکس)", 6));
        assert!(!ends_with_credit(
            "Photo - a history of the camera: from 1839 on",
            9
        ));
        // The words inside a sentence mark nothing.
        assert!(!caption(
            "ایک فائل فوٹو کے مطابق وزیراعظم نے دورہ ملتوی کر دیا"
        ));
    }

    #[test]
    fn a_sponsor_note_names_its_sponsor_and_a_patrons_headline_is_none() {
        assert!(is_sponsor_note(&fold("هذا المحتوى مقدم من بنك الخليج")));
        assert!(is_sponsor_note(&fold("Sponsored by: Acme Bank")));
        // The opener alone names no sponsor; a sentence after it is no note.
        assert!(!is_sponsor_note(&fold("Sponsored by")));
        assert!(!is_sponsor_note(&fold(
            "هذا المحتوى مقدم من فريق التحرير الذي يعمل منذ سنوات على تغطية الأحداث في المنطقة كلها"
        )));
        assert!(!is_sponsor_note(&fold(
            "برعاية أمير المنطقة.. انطلاق فعاليات المهرجان"
        )));
    }

    #[test]
    fn split_at_colon_is_split_once_at_either_colon() {
        for text in [
            "",
            "وسوم: يونيسف، التعليم",
            "Tags：a, b",
            "ﻻ ﻷ：x: y",
            "no colon here ﻼ",
            ":",
            "a：",
            "\u{FF1B}\u{FF1A}",
        ] {
            assert_eq!(
                split_at_colon(text),
                text.split_once([':', '：']),
                "{text:?}"
            );
        }
    }
}
