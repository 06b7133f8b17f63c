//! Case and diacritic folding, the one table the crate has: search, duplicate detection,
//! theme keys and the import's heading matching all fold with it, so "Yhteistyö" and
//! "YHTEISTYO" fold to the same letters everywhere.

/// Pushes the folded form of `c` (lowercase, accents removed; nothing for a combining
/// mark) onto `out`.
pub fn fold_char(c: char, mut out: impl FnMut(char)) {
    if c.is_ascii() {
        return out(c.to_ascii_lowercase());
    }
    for lower in c.to_lowercase() {
        if let Some(base) = base_letter(lower) {
            out(base);
        }
    }
}

/// `text` folded with [`fold_char`].
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    text.chars().for_each(|c| fold_char(c, |f| out.push(f)));
    out
}

/// The letter without its accent; `None` for a combining mark.
fn base_letter(c: char) -> Option<char> {
    Some(match c {
        '\u{300}'..='\u{36f}' => return None,
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ł' | 'ľ' | 'ĺ' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ŕ' | 'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' | 'ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        c => c,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_accents_fold_away() {
        assert_eq!(fold("Yhteistyö ÄÅÖ Škoda"), "yhteistyo aao skoda");
        // A decomposed ä (a + combining diaeresis) folds like the precomposed one.
        assert_eq!(fold("ta\u{308}rkea\u{308}"), fold("tärkeä"));
        assert_eq!(fold("漢字 👩‍👩‍👧"), "漢字 👩‍👩‍👧");
    }
}
