//! Scale-out corpora from seed documents: paragraphs recombined from seed sentences inside site boilerplate, with the noise
//! real Arabic text carries (tashkeel, tatweel, presentation forms, Persian letters, Eastern digits,
//! invisible marks, PDF-style hard wrapping). Deterministic: the same seeds and seed number give the same
//! documents on every machine.
#![deny(missing_docs)]

/// SplitMix64: a small generator whose output is fixed by its definition, not by a crate version.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator from a seed number.
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 > 1.0 - p
    }
}

/// Site furniture placed around generated articles: headers before, footers after.
const HEADERS: &[&str] = &[
    "الرئيسية\nسياسة\nاقتصاد\nرياضة\nثقافة",
    "الوضع المظلم\nLogo",
    "Link Copied\nمشاركة المقال:",
    "عاجل\nآخر الأخبار",
];
const FOOTERS: &[&str] = &[
    "اشترك في قائمتنا البريدية للحصول على التحديثات الجديدة!",
    "جميع الحقوق محفوظة © {year}",
    "اقرأ أيضا\n{title}\n{para}",
    "تابعونا على فيسبوك وتويتر\nأضف تعليقك",
];
const MONTHS: &[&str] = &[
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
];

/// Splits seed documents into sentences worth recombining: from lines of eight words or more, pieces
/// ending in `.`, `!`, `?` or `؟` with at least four words.
pub fn sentences<'a>(seeds: &[&'a str]) -> Vec<&'a str> {
    seeds
        .iter()
        .flat_map(|s| s.lines())
        .map(str::trim)
        .filter(|l| {
            l.split_whitespace().count() >= 8
                && l.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        })
        .flat_map(|l| l.split_inclusive(['.', '!', '?', '؟']))
        .map(str::trim)
        .filter(|s| s.split_whitespace().count() >= 4)
        .collect()
}

/// One generated document: an id and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedDocument {
    /// `gen-SEED-N`.
    pub id: String,
    /// The text.
    pub text: String,
    /// For a planted near-duplicate, the id of the document it is an edited copy of.
    pub copy_of: Option<String>,
}

/// Generates documents from seed sentences until `target_bytes` of text have been produced.
pub fn generate<'a>(
    sentences: &'a [&'a str],
    seed: u64,
    target_bytes: u64,
) -> impl Iterator<Item = GeneratedDocument> + 'a {
    generate_with_copies(sentences, seed, target_bytes, 0.0)
}

/// Articles remembered for planting copies.
const REMEMBERED: usize = 512;

/// Generates documents as [`generate`] does, except that each document is, with probability
/// `copy_rate`, an edited copy of an earlier one (among the last 512): the same article republished
/// with its own site furniture, date and noise, about one word in two hundred replaced, and a paragraph
/// sometimes dropped or added — what syndicated news looks like. `copy_of` names the original. With
/// `copy_rate` 0 the documents are those of [`generate`].
pub fn generate_with_copies<'a>(
    sentences: &'a [&'a str],
    seed: u64,
    target_bytes: u64,
    copy_rate: f64,
) -> impl Iterator<Item = GeneratedDocument> + 'a {
    let mut rng = SplitMix64::new(seed);
    let mut produced = 0u64;
    let mut n = 0u64;
    let mut remembered: Vec<(String, Article)> = Vec::new();
    std::iter::from_fn(move || {
        if produced >= target_bytes || sentences.is_empty() {
            return None;
        }
        n += 1;
        let id = format!("gen-{seed}-{n}");
        let copy = copy_rate > 0.0 && !remembered.is_empty() && rng.chance(copy_rate);
        let (article, copy_of) = if copy {
            let (of, original) = &remembered[rng.below(remembered.len())];
            (edited(original, sentences, &mut rng), Some(of.clone()))
        } else {
            (Article::draw(sentences, &mut rng), None)
        };
        let mut article = article;
        let text = article.render(sentences, &mut rng);
        if copy_rate > 0.0 {
            if remembered.len() == REMEMBERED {
                remembered.remove(rng.below(REMEMBERED));
            }
            remembered.push((id.clone(), article));
        }
        produced += text.len() as u64;
        Some(GeneratedDocument { id, text, copy_of })
    })
}

/// The words of an article, before site furniture and noise.
#[derive(Debug, Clone)]
struct Article {
    title: String,
    paragraphs: Vec<String>,
}

/// A paragraph of two to five sentences drawn anywhere: new lines, not copies of seed lines.
fn paragraph(sentences: &[&str], rng: &mut SplitMix64) -> String {
    (0..2 + rng.below(4))
        .map(|_| sentences[rng.below(sentences.len())])
        .collect::<Vec<_>>()
        .join(" ")
}

impl Article {
    fn draw(sentences: &[&str], rng: &mut SplitMix64) -> Article {
        let title: String = sentences[rng.below(sentences.len())]
            .split_whitespace()
            .take(6 + rng.below(5))
            .collect::<Vec<_>>()
            .join(" ");
        Article {
            title,
            paragraphs: Vec::new(),
        }
    }

    /// The page: furniture, title, date, the paragraphs with noise (drawn here when the article has
    /// none yet), and a footer.
    fn render(&mut self, sentences: &[&str], rng: &mut SplitMix64) -> String {
        let title = self.title.clone();
        let year = 2015 + rng.below(11);
        let date = format!(
            "{} {} {year} {:02}:{:02}",
            1 + rng.below(28),
            MONTHS[rng.below(MONTHS.len())],
            rng.below(24),
            rng.below(60)
        );
        let pdf = rng.chance(0.15);
        let mut out = String::new();
        out.push_str(HEADERS[rng.below(HEADERS.len())]);
        out.push_str(&format!("\n{title}\n{date}\n\n"));
        let draw = self.paragraphs.is_empty();
        let count = match draw {
            true => 3 + rng.below(8),
            false => self.paragraphs.len(),
        };
        for i in 0..count {
            if draw {
                self.paragraphs.push(paragraph(sentences, rng));
            }
            let para = noisy(&self.paragraphs[i], rng);
            out.push_str(&if pdf {
                wrap(&para, 10 + rng.below(6))
            } else {
                para
            });
            out.push_str("\n\n");
        }
        let footer = FOOTERS[rng.below(FOOTERS.len())]
            .replace("{year}", &year.to_string())
            .replace("{title}", &title)
            .replace("{para}", &paragraph(sentences, rng));
        out.push_str(&footer);
        out.push('\n');
        out
    }
}

/// An edited copy of `original`: about one word in two hundred replaced by a word of another sentence,
/// and, in articles of six paragraphs or more, one time in six a paragraph dropped or one added.
fn edited(original: &Article, sentences: &[&str], rng: &mut SplitMix64) -> Article {
    let mut paragraphs = original.paragraphs.clone();
    for para in &mut paragraphs {
        let words: Vec<String> = para
            .split(' ')
            .map(|w| match rng.chance(0.005) {
                true => {
                    let other = sentences[rng.below(sentences.len())];
                    let words: Vec<&str> = other.split(' ').collect();
                    words[rng.below(words.len())].to_string()
                }
                false => w.to_string(),
            })
            .collect();
        *para = words.join(" ");
    }
    if paragraphs.len() >= 6 && rng.chance(1.0 / 6.0) {
        if rng.chance(0.5) {
            paragraphs.remove(rng.below(paragraphs.len()));
        } else {
            let at = rng.below(paragraphs.len() + 1);
            paragraphs.insert(at, paragraph(sentences, rng));
        }
    }
    Article {
        title: original.title.clone(),
        paragraphs,
    }
}

/// Noise of real text, each kind with its own small probability per word.
fn noisy(paragraph: &str, rng: &mut SplitMix64) -> String {
    let mut out = String::with_capacity(paragraph.len() + paragraph.len() / 8);
    for (i, word) in paragraph.split(' ').enumerate() {
        if i > 0 {
            out.push(if rng.chance(0.01) { '\u{a0}' } else { ' ' });
        }
        let mut chars = word.chars().peekable();
        while let Some(c) = chars.next() {
            let letter = ('\u{0621}'..='\u{064A}').contains(&c);
            match c {
                'ي' if chars.peek().is_none() && rng.chance(0.05) => out.push('ی'),
                'ك' if rng.chance(0.05) => out.push('ک'),
                '0'..='9' if rng.chance(0.3) => {
                    out.push(char::from_u32(0x0660 + (c as u32 - '0' as u32)).unwrap_or(c))
                }
                'ل' if chars.peek() == Some(&'ا') && rng.chance(0.1) => {
                    chars.next();
                    out.push('\u{FEFB}');
                }
                _ => out.push(c),
            }
            if letter
                && chars
                    .peek()
                    .is_some_and(|n| ('\u{0621}'..='\u{064A}').contains(n))
            {
                if rng.chance(0.02) {
                    out.push_str(&"\u{0640}".repeat(1 + rng.below(4)));
                }
                if rng.chance(0.03) {
                    out.push(char::from_u32(0x064B + rng.below(8) as u32).unwrap_or('\u{064E}'));
                }
                if rng.chance(0.003) {
                    out.push('\u{200C}');
                }
            }
        }
    }
    out
}

/// Hard-wraps a paragraph every `width` words, as PDF extraction leaves it.
fn wrap(paragraph: &str, width: usize) -> String {
    let words: Vec<&str> = paragraph.split(' ').collect();
    words
        .chunks(width)
        .map(|c| c.join(" "))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = "قال المتحدث باسم الوزارة في مؤتمر صحفي عقده اليوم إن المفاوضات ستستأنف لاحقا الأسبوع المقبل عام 2024.\nقصير\n";

    #[test]
    fn generation_is_deterministic_and_reaches_the_target() {
        let paras = sentences(&[SEED]);
        assert_eq!(paras.len(), 1);
        let a: Vec<_> = generate(&paras, 7, 20_000).collect();
        let b: Vec<_> = generate(&paras, 7, 20_000).collect();
        assert_eq!(a, b);
        assert_ne!(a, generate(&paras, 8, 20_000).collect::<Vec<_>>());
        let bytes: usize = a.iter().map(|d| d.text.len()).sum();
        assert!((20_000..25_000).contains(&bytes), "{bytes}");
        assert_eq!(a[0].id, "gen-7-1");
    }

    #[test]
    fn noise_is_there_and_fixed_by_the_seed() {
        let paras = sentences(&[SEED]);
        let all: String = generate(&paras, 1, 200_000).map(|d| d.text).collect();
        for mark in ['\u{0640}', '\u{FEFB}', '\u{a0}', '٢', '٠'] {
            assert!(all.contains(mark), "no {mark:?} in the generated text");
        }
        assert!(
            all.chars().any(|c| ('\u{064B}'..='\u{0652}').contains(&c)),
            "no tashkeel"
        );
        assert!(all.contains("الرئيسية") || all.contains("Logo"));
        // SplitMix64 is fixed by its definition: its first output for seed 0 is a known constant.
        assert_eq!(SplitMix64::new(0).next_u64(), 0xe220_a839_7b1d_cdaf);
    }
}
