//! Arabic and English date parsing for datelines: Eastern or Western digits, Egyptian/Gulf and
//! Levantine/Iraqi month names, weekday prefixes, numeric dates, 12- and 24-hour times.

/// Month names after folding (see [`fold`]): Egyptian and Gulf, Levantine and Iraqi, English.
const MONTHS: &[(&str, u32)] = &[
    ("كانون الثاني", 1),
    ("كانون الاول", 12),
    ("تشرين الاول", 10),
    ("تشرين الثاني", 11),
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    ("شباط", 2),
    ("اذار", 3),
    ("نيسان", 4),
    ("ايار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("اب", 8),
    ("ايلول", 9),
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
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

/// Folds Arabic letter variants, marks and digits so that names and numbers compare simply.
pub(crate) fn fold(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    // Unchanged runs are copied whole; only edits are pushed one by one.
    let mut unchanged_from = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (len, edit) = if b < 0x80 {
            (
                1,
                b.is_ascii_uppercase()
                    .then(|| Fold::To(b.to_ascii_lowercase() as char)),
            )
        } else if (0xD8..=0xDB).contains(&b) && i + 1 < bytes.len() {
            // U+0600–U+06FF: two bytes, the folding read from a table.
            let index = ((b as usize & 0x03) << 6) | (bytes[i + 1] as usize & 0x3F);
            (2, ARABIC_FOLD[index])
        } else {
            let c = text[i..].chars().next().expect("a char starts here");
            let edit = match c {
                '\u{200B}'..='\u{200F}' => Some(Fold::Drop),
                _ => {
                    let mut lower = c.to_lowercase();
                    (lower.len() != 1 || lower.next() != Some(c)).then_some(Fold::Lower(c))
                }
            };
            (c.len_utf8(), edit)
        };
        if let Some(edit) = edit {
            out.push_str(&text[unchanged_from..i]);
            match edit {
                Fold::Drop => {}
                Fold::To(c) => out.push(c),
                Fold::Lower(c) => out.extend(c.to_lowercase()),
            }
            unchanged_from = i + len;
        }
        i += len;
    }
    out.push_str(&text[unchanged_from..]);
    out
}

/// An edit of [`fold`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fold {
    Drop,
    To(char),
    Lower(char),
}

/// The folding of each code point of U+0600–U+06FF (`None`: unchanged).
const ARABIC_FOLD: [Option<Fold>; 256] = {
    let mut table = [None; 256];
    let mut i = 0;
    while i < 256 {
        let cp = 0x0600 + i as u32;
        table[i] = match cp {
            0x0623 | 0x0625 | 0x0622 | 0x0671 => Some(Fold::To('ا')),
            0x0649 => Some(Fold::To('ي')),
            0x0629 => Some(Fold::To('ه')),
            0x0640 | 0x064B..=0x065F | 0x0670 => Some(Fold::Drop),
            0x0660..=0x0669 => Some(Fold::To((b'0' + (cp - 0x0660) as u8) as char)),
            0x06F0..=0x06F9 => Some(Fold::To((b'0' + (cp - 0x06F0) as u8) as char)),
            _ => None,
        };
        i += 1;
    }
    table
};

/// `char::is_alphanumeric` with fast paths for ASCII and the Arabic letters and digits.
pub(crate) fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    matches!(c as u32, 0x0621..=0x064A | 0x0660..=0x0669 | 0x066E..=0x06D3 | 0x06F0..=0x06F9)
        || c.is_alphanumeric()
}

/// A date found on a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundDate {
    /// ISO 8601: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    pub iso: String,
    /// How many words of the line the date used (day, month, year, time and dateline words).
    pub words_used: usize,
}

/// Finds a date (and a time) in `line`.
pub(crate) fn find_date(line: &str) -> Option<FoundDate> {
    let folded = fold(line);
    let words: Vec<&str> = folded
        .split(|c: char| !(c.is_alphanumeric() || c == ':'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut used = vec![false; words.len()];
    let (mut year, mut month, mut day) = (None, None, None);
    // Month names, two-word names first.
    for i in 0..words.len() {
        if month.is_some() {
            break;
        }
        for &(name, m) in MONTHS {
            let parts: Vec<&str> = name.split(' ').collect();
            if words.len() >= i + parts.len() && words[i..i + parts.len()] == parts[..] {
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

    /// The folding, char by char, as [`fold`] must compute it.
    fn fold_chars(text: &str) -> String {
        let mut out = String::new();
        for c in text.chars() {
            match c {
                'A'..='Z' => out.push(c.to_ascii_lowercase()),
                'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
                'ى' => out.push('ي'),
                'ة' => out.push('ه'),
                '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{200B}'..='\u{200F}' => {}
                '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
                '۰'..='۹' => out.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
                _ => out.extend(c.to_lowercase()),
            }
        }
        out
    }

    #[test]
    fn fold_is_the_char_by_char_folding() {
        let mut every = String::new();
        for cp in (0x20..0x250)
            .chain(0x0600..0x0700)
            .chain(0x2000..0x2070)
            .chain(0xFB50..0xFF00)
        {
            every.extend(char::from_u32(cp));
        }
        for text in [
            every.as_str(),
            "ÀÉ İstanbul ΣΑΣ",
            "الإثنين ١٢ أكتوبر ۲۰۲۵ ــ مُحمّد\u{200c}ة",
        ] {
            assert_eq!(fold(text), fold_chars(text), "{text}");
        }
    }

    fn iso(line: &str) -> Option<String> {
        find_date(line).map(|d| d.iso)
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
