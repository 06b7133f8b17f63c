//! Input hygiene: every text that enters a session is cleaned here, once.
//!
//! Typed, pasted, imported or hand-edited text must never carry terminal control
//! sequences into the board or an export, so escape sequences and control characters
//! are removed, tabs become spaces and over-long text is cut.

/// Most characters one idea, sub-point or name may hold.
pub const MAX_CHARS: usize = 2000;

/// The result of cleaning a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    /// The cleaned text.
    pub text: String,
    /// True when the text was cut to [`MAX_CHARS`].
    pub truncated: bool,
}

/// Cleans a one-line text: control characters and escape sequences out, tabs and
/// newlines to single spaces, ends trimmed, at most [`MAX_CHARS`] characters.
pub fn clean_line(input: &str) -> Cleaned {
    if is_clean(input) {
        return Cleaned {
            text: input.to_string(),
            truncated: false,
        };
    }
    clean_chars(input)
}

/// [`clean_line`] character by character, for a text that needs it.
fn clean_chars(input: &str) -> Cleaned {
    clean_up_to(input, MAX_CHARS)
}

/// Cleans like [`clean_line`], keeping at most `limit` characters.
fn clean_up_to(input: &str, limit: usize) -> Cleaned {
    let mut out = String::with_capacity(input.len().min(limit.saturating_mul(4)));
    let mut chars = input.chars().peekable();
    let mut count = 0;
    let mut truncated = false;
    while let Some(c) = chars.next() {
        let keep = match c {
            '\u{1b}' => {
                skip_escape(&mut chars);
                None
            }
            // C1 CSI, OSC, DCS, APC, PM, SOS: the 8-bit forms of the same sequences.
            '\u{9b}' => {
                skip_csi(&mut chars);
                None
            }
            '\u{9d}' | '\u{90}' | '\u{9f}' | '\u{9e}' | '\u{98}' => {
                skip_string(&mut chars);
                None
            }
            '\t' | '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => Some(' '),
            c if c.is_control() => None,
            // Bidi overrides and isolates can make text display in another order than
            // it was typed; plain marks (U+200E/F) are harmless and kept.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => None,
            c => Some(c),
        };
        if let Some(c) = keep {
            if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
                continue;
            }
            if count == limit {
                truncated = true;
                break;
            }
            out.push(c);
            count += 1;
        }
    }
    let trimmed_len = out.trim_end().len();
    out.truncate(trimmed_len);
    Cleaned {
        text: out,
        truncated,
    }
}

/// True when [`clean_line`] would return `input` unchanged; a scan of the bytes that
/// allocates nothing, for the common case of text that is already clean (everything read
/// back from a session file the store wrote).
///
/// Clean means: no control character (C0, DEL, C1), no line or paragraph separator, no bidi
/// override or isolate, no leading space, no two spaces in a row, no trailing whitespace and
/// at most [`MAX_CHARS`] characters.
pub fn is_clean(input: &str) -> bool {
    let bytes = input.as_bytes();
    if bytes.first() == Some(&b' ')
        || input.trim_end().len() != input.len()
        || (bytes.len() > MAX_CHARS && input.chars().count() > MAX_CHARS)
    {
        return false;
    }
    // One pass without branches over the bytes (texts are short and spaces come at random),
    // then a closer look only at texts with a byte that may start a sequence to remove.
    let (mut seen, mut double, mut previous) = (0u8, 0u8, 0u8);
    for &b in bytes {
        let class = BYTE_CLASS[usize::from(b)];
        seen |= class;
        double |= class & previous;
        previous = class;
    }
    if seen & CONTROL != 0 || double & SPACE != 0 {
        return false;
    }
    seen & LEAD == 0 || !(0..bytes.len()).any(|i| removed_at(&bytes[i..]))
}

/// [`BYTE_CLASS`]: an ASCII space.
const SPACE: u8 = 1;
/// [`BYTE_CLASS`]: a C0 control character or DEL.
const CONTROL: u8 = 2;
/// [`BYTE_CLASS`]: the first byte of U+0080–U+00BF or U+2000–U+203F, where the C1 controls,
/// the line and paragraph separators and the bidi overrides and isolates are.
const LEAD: u8 = 4;

const BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = CONTROL;
        b += 1;
    }
    table[0x7f] = CONTROL;
    table[b' ' as usize] = SPACE;
    table[0xc2] = LEAD;
    table[0xe2] = LEAD;
    table
};

/// True when `rest` starts with the UTF-8 of a character [`clean_line`] removes or replaces:
/// U+0080–U+009F (the C1 controls, NEL and the 8-bit CSI, OSC … among them), U+2028, U+2029,
/// the bidi overrides U+202A–U+202E and the isolates U+2066–U+2069.
fn removed_at(rest: &[u8]) -> bool {
    matches!(
        rest,
        [0xc2, 0x80..=0x9f, ..] | [0xe2, 0x80, 0xa8..=0xae, ..] | [0xe2, 0x81, 0xa6..=0xa9, ..]
    )
}

/// Cleans a text and returns only the text.
pub fn clean(input: &str) -> String {
    clean_line(input).text
}

/// Cleans a text like [`clean_line`] but keeps all of it (for a line being edited, which
/// is split or cut only when it becomes an idea).
pub fn clean_whole(input: &str) -> String {
    if is_clean(input) && input.len() <= MAX_CHARS {
        return input.to_string();
    }
    clean_up_to(input, usize::MAX).text
}

/// The one rule for text longer than [`MAX_CHARS`]: nothing is cut. The text is cleaned
/// and split into pieces of at most [`MAX_CHARS`] characters, at the last sentence end
/// (else the last space) before the limit; an idea keeps the first piece as its text and
/// the others become its first sub-points. Typing, paste and import all use this, and say
/// when they split.
pub fn clean_pieces(input: &str) -> Vec<String> {
    let mut rest = clean_whole(input);
    let mut pieces = Vec::new();
    while rest.chars().count() > MAX_CHARS {
        let limit = rest
            .char_indices()
            .nth(MAX_CHARS)
            .map_or(rest.len(), |(i, _)| i);
        let window = &rest[..limit];
        // Prefer a sentence end in the second half of the window, then any space.
        let half = window.len() / 2;
        let cut = window[half..]
            .rfind(". ")
            .or_else(|| window[half..].rfind("? "))
            .or_else(|| window[half..].rfind("! "))
            .map(|i| half + i + 1)
            .or_else(|| window.rfind(' ').filter(|&i| i > 0))
            .unwrap_or(limit);
        pieces.push(rest[..cut].trim_end().to_string());
        rest = rest[cut..].trim_start().to_string();
    }
    if !rest.is_empty() || pieces.is_empty() {
        pieces.push(rest);
    }
    pieces
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// Skips what follows an ESC: a CSI, an OSC/DCS/APC string, or one more character.
fn skip_escape(chars: &mut Chars) {
    match chars.next() {
        Some('[') => skip_csi(chars),
        Some(']' | 'P' | '_' | '^' | 'X') => skip_string(chars),
        _ => {}
    }
}

/// Skips CSI parameters up to and including the final byte (0x40–0x7E).
fn skip_csi(chars: &mut Chars) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            break;
        }
        if !('\u{20}'..='\u{3f}').contains(&c) {
            break;
        }
    }
}

/// Skips a control string up to BEL, ST (ESC \) or the C1 ST.
fn skip_string(chars: &mut Chars) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_finnish_text_is_kept() {
        assert_eq!(
            clean("Tilat avattaisiin yhdistysten käyttöön"),
            "Tilat avattaisiin yhdistysten käyttöön"
        );
        assert_eq!(clean("Ryhmä 👩‍👩‍👧 ja 漢字"), "Ryhmä 👩‍👩‍👧 ja 漢字");
    }

    #[test]
    fn escape_sequences_are_removed() {
        assert_eq!(clean("a\u{1b}[31mred\u{1b}[0m b"), "ared b");
        assert_eq!(clean("x\u{1b}]0;title\u{7}y"), "xy");
        assert_eq!(
            clean("x\u{1b}]8;;http://e\u{1b}\\link\u{1b}]8;;\u{1b}\\"),
            "xlink"
        );
        assert_eq!(clean("bell\u{7}\u{9b}2Jz"), "bellz");
        assert_eq!(clean("\u{202e}abc"), "abc");
    }

    #[test]
    fn long_text_is_split_into_pieces_not_cut() {
        let sentence = "Järjestöt tarvitsevat tiloja iltaisin ja viikonloppuisin. ";
        let long = sentence.repeat(100);
        let pieces = clean_pieces(&long);
        assert!(pieces.len() >= 3, "{}", pieces.len());
        assert!(pieces.iter().all(|p| p.chars().count() <= MAX_CHARS));
        assert!(
            pieces.iter().all(|p| p.ends_with('.')),
            "cut at sentence ends"
        );
        assert_eq!(pieces.join(" "), long.trim_end());
        // Without spaces the cut is at the limit, and still nothing is lost.
        let solid = "ä".repeat(MAX_CHARS * 2 + 5);
        let pieces = clean_pieces(&solid);
        assert_eq!(pieces.concat(), solid);
        assert_eq!(pieces.len(), 3);
        assert_eq!(clean_pieces("  lyhyt  "), ["lyhyt"]);
        assert_eq!(clean_pieces(""), [""]);
    }

    #[test]
    fn whitespace_is_folded() {
        assert_eq!(clean("  a\tb\r\n\nc  "), "a b c");
    }

    #[test]
    fn is_clean_agrees_with_clean_on_edge_cases() {
        for s in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "a  b",
            "a b",
            "a\u{a0}",
            "\u{a0}a",
            "a\u{3000}",
            "a\u{85}b",
            "a\u{9f}b",
            "a\u{80}",
            "\u{80}",
            "\u{9f}",
            "\u{2028}",
            "\u{202e}",
            "a\u{2069}",
            "a–b\u{2069}",
            "\u{c0}\u{2000}",
            "a\u{a0}b",
            "a\u{2028}b",
            "a\u{2027}b",
            "a\u{202a}b",
            "a\u{202f}b",
            "a\u{2066}b",
            "a\u{2065}b",
            "a\u{206a}b",
            "a\u{200e}b",
            "a\u{7f}b",
            "a\tb",
            "Ryhmä 👩‍👩‍👧 ja 漢字",
        ] {
            assert_eq!(is_clean(s), clean_chars(s).text == s, "{s:?}");
        }
        let full = "ä".repeat(MAX_CHARS);
        assert!(is_clean(&full));
        assert!(!is_clean(&format!("{full}a")));
        assert_eq!(clean_chars(&full).text, full);
        assert_eq!(clean_line(&format!("{full}a")).text, full);
    }

    #[test]
    fn is_clean_agrees_with_clean_for_every_character() {
        let mut s = String::new();
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            s.clear();
            s.push('a');
            s.push(c);
            s.push('b');
            assert_eq!(is_clean(&s), clean_chars(&s).text == s, "{c:?}");
            assert_eq!(
                is_clean(&s[1..]),
                clean_chars(&s[1..]).text == s[1..],
                "{c:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn is_clean_means_clean_changes_nothing(
            s in "([ a-zä\t\n\r\u{1b}\u{7}\u{7f}\u{85}\u{9b}\u{9d}\u{a0}\u{2028}\u{2029}\u{202a}-\u{202f}\u{2066}-\u{2069}\u{3000}👩]|\\PC){0,40}"
        ) {
            let slow = clean_chars(&s);
            proptest::prop_assert_eq!(is_clean(&s), slow.text == s, "{:?}", s);
            proptest::prop_assert!(is_clean(&slow.text));
            proptest::prop_assert_eq!(clean_line(&s), slow);
        }

        #[test]
        fn is_clean_agrees_on_any_text(s in ".{0,30}") {
            proptest::prop_assert_eq!(is_clean(&s), clean_chars(&s).text == s, "{:?}", s);
        }
    }

    #[test]
    fn long_text_is_cut_with_notice() {
        let long = "ä".repeat(MAX_CHARS + 10);
        let c = clean_line(&long);
        assert!(c.truncated);
        assert_eq!(c.text.chars().count(), MAX_CHARS);
    }
}
