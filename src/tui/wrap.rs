//! Word wrapping by display width, so ä, emoji and CJK line up on the wall.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Wraps `text` into lines of at most `width` columns, breaking at spaces and, for
/// words longer than a line, between graphemes. Stops after `max_lines`, marking a cut with `…`.
pub fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut line_width = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let word_width = word.width();
        let gap = usize::from(line_width > 0);
        if line_width + gap + word_width <= width {
            if gap == 1 {
                line.push(' ');
            }
            line.push_str(word);
            line_width += gap + word_width;
            continue;
        }
        if line_width > 0 {
            lines.push(std::mem::take(&mut line));
            line_width = 0;
        }
        if word_width <= width {
            line.push_str(word);
            line_width = word_width;
        } else if let Some(cut) = soft_break(word, width) {
            // Long compounds like "Toiminta-avustukset/toimintaedellytysten" break after - or /.
            let (head, tail) = word.split_at(cut);
            lines.push(head.to_string());
            let rest = wrap(tail, width, max_lines);
            let last = rest.len().saturating_sub(1);
            for (i, l) in rest.into_iter().enumerate() {
                if i == last {
                    line_width = l.width();
                    line = l;
                } else {
                    lines.push(l);
                }
            }
        } else {
            for g in word.graphemes(true) {
                let w = g.width();
                if line_width + w > width && line_width > 0 {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0;
                }
                line.push_str(g);
                line_width += w;
            }
        }
        if lines.len() > max_lines {
            break;
        }
    }
    if line_width > 0 {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            ellipsize(last, width);
        }
    }
    lines
}

/// Byte index just after the last `-` or `/` that leaves a head of at most `width` columns.
fn soft_break(word: &str, width: usize) -> Option<usize> {
    word.char_indices()
        .filter(|&(i, c)| (c == '-' || c == '/') && i + 1 < word.len())
        .map(|(i, _)| i + 1)
        .take_while(|&end| word[..end].width() <= width)
        .last()
}

/// Ends `line` with `…`, keeping it within `width` columns.
fn ellipsize(line: &mut String, width: usize) {
    while line.width() + 1 > width {
        if line.pop().is_none() {
            break;
        }
    }
    line.push('…');
}

/// Cuts `text` to `width` columns, ending with `…` when it was longer.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in text.graphemes(true) {
        let w = g.width();
        if used + w + 1 > width {
            break;
        }
        out.push_str(g);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_by_display_width() {
        assert_eq!(
            wrap("tilat ja avustukset", 10, 9),
            vec!["tilat ja", "avustukset"]
        );
        // Each CJK character is two columns wide.
        assert_eq!(wrap("漢字漢字 漢", 4, 9), vec!["漢字", "漢字", "漢"]);
        assert_eq!(wrap("ääääää", 4, 9), vec!["ääää", "ää"]);
        assert_eq!(
            wrap(
                "Toiminta-avustukset/toimintaedellytysten turvaaminen",
                30,
                9
            ),
            vec![
                "Toiminta-avustukset/",
                "toimintaedellytysten",
                "turvaaminen"
            ]
        );
    }

    #[test]
    fn cuts_with_an_ellipsis() {
        let lines = wrap("yksi kaksi kolme neljä viisi", 6, 2);
        assert_eq!(lines, vec!["yksi", "kaksi…"]);
        assert_eq!(truncate("Kumppanuus", 5), "Kump…");
        assert_eq!(truncate("Tila", 5), "Tila");
    }

    #[test]
    fn every_line_fits() {
        let text = "Kaupunki 👩‍👩‍👧 voisi paremmin tiedottaa muutoksista, esim. kuka vastaa mistäkin";
        for width in 1..30 {
            for line in wrap(text, width, 99) {
                assert!(line.width() <= width.max(2), "{line:?} wider than {width}");
            }
        }
    }
}
