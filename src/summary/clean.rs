//! Text cleaning shared by the formats: user text made safe for any document before a
//! format escapes it in its own way.

/// Makes one line of user text safe for any document: control characters out (tabs and
/// line breaks become spaces), bidi overrides and isolates out, XML non-characters out,
/// runs of spaces folded, ends trimmed. Unlike [`crate::model::text::clean`] it never
/// shortens the text: an export must not lose words.
pub fn sanitize(text: &str) -> String {
    if is_sanitized(text) {
        return text.to_owned();
    }
    sanitize_chars(text)
}

/// True when [`sanitize`] would return `text` as it is. Nearly every text was cleaned by the
/// model when it was typed, and exports pass every idea through here, so this asks the model's
/// own fast check; it also removes U+FFFE and U+FFFF, which XML forbids and the model keeps
/// (any `0xEF` byte, which starts them, takes the slow way).
fn is_sanitized(text: &str) -> bool {
    crate::model::text::is_clean(text) && !text.as_bytes().contains(&0xef)
}

/// [`sanitize`], character by character.
fn sanitize_chars(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match c {
            '\t' | '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => ' ',
            c if c.is_control() => continue,
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{fffe}' | '\u{ffff}' => {
                continue;
            }
            c => c,
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    let len = out.trim_end().len();
    out.truncate(len);
    out
}

/// Splits a multi-line text (intro, note) into sanitized paragraphs at blank lines.
pub fn paragraphs(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.split("\n\n")
        .map(sanitize)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Appends `text` to `out` with `& < > "` as entities and `'` as `apostrophe` (`&#39;` in
/// HTML, `&apos;` as `docx-rs` writes it): safe in element content and attribute values.
pub fn escape_markup_into(out: &mut String, text: &str, apostrophe: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str(apostrophe),
            c => out.push(c),
        }
    }
}

/// Removes characters that XML 1.0 does not allow (most C0 controls, U+FFFE, U+FFFF).
pub fn xml_legal(text: &str) -> String {
    let legal = |c: &char| {
        matches!(c, '\t' | '\n' | '\r')
            || ('\u{20}'..='\u{d7ff}').contains(c)
            || ('\u{e000}'..='\u{fffd}').contains(c)
            || *c >= '\u{10000}'
    };
    if text.chars().all(|c| legal(&c)) {
        return text.to_owned();
    }
    text.chars().filter(legal).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The byte-scan shortcut never changes what `sanitize` returns.
        #[test]
        fn sanitize_shortcut_agrees(text in "[a-zäö ÅЖ漢👍\t\n\u{85}\u{a0}\u{1b}\u{7f}\u{2028}\u{202e}\u{2003}\u{3000}\u{fffe}\u{ffff}\u{feff}–•-]{0,12}") {
            proptest::prop_assert_eq!(sanitize(&text), sanitize_chars(&text));
            if is_sanitized(&text) {
                proptest::prop_assert_eq!(sanitize(&text), text.clone());
            }
        }
    }

    #[test]
    fn sanitize_keeps_words_and_drops_controls() {
        assert_eq!(sanitize(" a\tb\u{1b}[31m\nc\u{202e} "), "a b[31m c");
        let long = "ä".repeat(10_000);
        assert_eq!(sanitize(&long), long);
        assert_eq!(sanitize("\u{200f}שלום"), "\u{200f}שלום");
    }

    #[test]
    fn xml_illegal_characters_are_removed() {
        assert_eq!(xml_legal("a\u{0}b\u{1b}c\u{fffe}d\te"), "abcd\te");
    }
}
