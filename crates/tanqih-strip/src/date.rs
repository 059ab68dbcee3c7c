//! Arabic and English date parsing for datelines: Eastern or Western digits, Egyptian/Gulf and
//! Levantine/Iraqi month names, weekday prefixes, numeric dates, 12- and 24-hour times.

use crate::fold::is_alnum;

/// Month names after folding (see [`crate::fold`]), as words: Egyptian and Gulf, Levantine and
/// Iraqi, English.
const MONTHS: &[(&[&str], u32)] = &[
    (&["كانون", "الثاني"], 1),
    (&["كانون", "الاول"], 12),
    (&["تشرين", "الاول"], 10),
    (&["تشرين", "الثاني"], 11),
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
];

/// Words that may sit on a dateline beside the date itself.
pub(crate) const DATE_WORDS: &[&str] = &[
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
    "gmt",
    "utc",
];

/// A date found on a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundDate {
    /// ISO 8601: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    pub iso: String,
    /// How many words of the line the date used (day, month, year, time and dateline words).
    pub words_used: usize,
}

/// Finds a date (and a time) in a folded line.
pub(crate) fn find_date(folded: &str) -> Option<FoundDate> {
    let words: Vec<&str> = folded
        .split(|c: char| !(is_alnum(c) || c == ':'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut used = vec![false; words.len()];
    let (mut year, mut month, mut day) = (None, None, None);
    // Month names, two-word names first.
    for i in 0..words.len() {
        if month.is_some() {
            break;
        }
        for &(parts, m) in MONTHS {
            if words[i..].starts_with(parts) {
                month = Some(m);
                used[i..i + parts.len()].iter_mut().for_each(|u| *u = true);
                break;
            }
        }
    }
    let mut time = None;
    let mut pm = false;
    for (i, w) in words.iter().enumerate() {
        if let Some((h, m)) = w.split_once(':') {
            if let (Ok(h), Ok(m)) = (h.parse::<u32>(), m.parse::<u32>()) {
                if h < 24 && m < 60 && time.is_none() {
                    time = Some((h, m));
                    used[i] = true;
                }
            }
        } else if *w == "pm" || *w == "مساء" {
            pm = true;
        }
    }
    let numbers: Vec<(usize, u32)> = words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| w.parse::<u32>().ok().map(|n| (i, n)))
        .collect();
    for &(i, n) in &numbers {
        if (1900..=2100).contains(&n) && year.is_none() {
            year = Some(n);
            used[i] = true;
        }
    }
    if month.is_some() {
        if let Some(&(i, n)) = numbers
            .iter()
            .find(|&&(i, n)| !used[i] && (1..=31).contains(&n))
        {
            day = Some(n);
            used[i] = true;
        }
    } else {
        // Numeric dates: day/month/year or year-month-day.
        let small: Vec<(usize, u32)> = numbers
            .iter()
            .copied()
            .filter(|&(i, n)| !used[i] && n <= 31)
            .collect();
        if let [(i, a), (j, b), ..] = small[..] {
            let year_at = numbers
                .iter()
                .find(|&&(_, n)| Some(n) == year)
                .map(|&(k, _)| k);
            let (d, m) = if year_at.is_some_and(|k| k < i) {
                (b, a)
            } else {
                (a, b)
            };
            if (1..=12).contains(&m) && (1..=31).contains(&d) {
                day = Some(d);
                month = Some(m);
                used[i] = true;
                used[j] = true;
            }
        }
    }
    let (year, month, day) = (year?, month?, day?);
    for (i, w) in words.iter().enumerate() {
        if DATE_WORDS.contains(w) {
            used[i] = true;
        }
    }
    let mut iso = format!("{year:04}-{month:02}-{day:02}");
    if let Some((mut h, m)) = time {
        if pm && h < 12 {
            h += 12;
        }
        iso.push_str(&format!("T{h:02}:{m:02}"));
    }
    Some(FoundDate {
        iso,
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
    }
}
