//! The Arabic letter foldings every stage shares (normalization rules, the stripper's line keys, the
//! lexicon's lookups), defined once so that they cannot drift apart.

/// Bare alef (U+0627), what every alef form folds to.
pub const BARE_ALEF: char = 'ا';

/// The alef forms folded to bare alef: with madda, with hamza above or below, and alef wasla.
pub const ALEF_FORMS: [char; 4] = ['\u{0622}', '\u{0623}', '\u{0625}', '\u{0671}'];

/// `cp` is one of [`ALEF_FORMS`].
pub const fn is_alef_form(cp: u32) -> bool {
    matches!(cp, 0x0622 | 0x0623 | 0x0625 | 0x0671)
}

/// Alef maksura (U+0649), folded to yeh (U+064A) where the two are not told apart.
pub const ALEF_MAKSURA: char = '\u{0649}';

/// Teh marbuta (U+0629), folded to heh (U+0647) where the two are not told apart.
pub const TEH_MARBUTA: char = '\u{0629}';

/// The Arabic letter a Persian or Urdu letter stands for when Arabic text (or text typed on an Arabic
/// keyboard) meets it: ی U+06CC, ې U+06D0, ۍ U+06CD → ي; ک U+06A9, ڪ U+06AA → ك; ہ U+06C1, ھ U+06BE,
/// ە U+06D5, ۀ U+06C0 → ه; ۃ U+06C3 → ة.
pub const fn persian_letter(cp: u32) -> Option<char> {
    match cp {
        0x06CC | 0x06D0 | 0x06CD => Some('ي'),
        0x06A9 | 0x06AA => Some('ك'),
        0x06C1 | 0x06BE | 0x06D5 | 0x06C0 => Some('ه'),
        0x06C3 => Some(TEH_MARBUTA),
        _ => None,
    }
}

/// Tatweel (U+0640), the kashida that stretches a word.
pub const TATWEEL: char = '\u{0640}';

/// `word` with every alef form folded to bare alef, when it holds one.
pub fn fold_alef(word: &str) -> Option<String> {
    word.contains(ALEF_FORMS)
        .then(|| word.replace(ALEF_FORMS, "ا"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_letters_fold_to_arabic_letters_and_arabic_letters_stay() {
        let folded: Vec<(u32, char)> = (0x0600..0x0700)
            .filter_map(|cp| Some((cp, persian_letter(cp)?)))
            .collect();
        assert_eq!(folded.len(), 10);
        assert!(folded
            .iter()
            .all(|(_, l)| ['ي', 'ك', 'ه', TEH_MARBUTA].contains(l)));
        for arabic in ['ي', 'ك', 'ه', 'ة', 'ى'] {
            assert_eq!(persian_letter(arabic as u32), None);
        }
    }

    #[test]
    fn alef_forms_are_one_list() {
        for c in ALEF_FORMS {
            assert!(is_alef_form(c as u32), "{c}");
        }
        let forms = (0x0600..0x0700).filter(|&cp| is_alef_form(cp)).count();
        assert_eq!(forms, ALEF_FORMS.len());
        assert_eq!(
            fold_alef("إلى أن آمن بٱلله").as_deref(),
            Some("الى ان امن بالله")
        );
        assert_eq!(fold_alef("كتاب"), None);
        assert_eq!(BARE_ALEF.to_string(), "ا");
    }
}
