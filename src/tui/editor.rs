//! A one-line text editor that moves and deletes by grapheme, so ä, emoji and
//! combining marks behave as one character each.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The text and cursor of one input line; the cursor is a byte index on a grapheme boundary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEditor {
    text: String,
    cursor: usize,
}

impl LineEditor {
    /// An editor holding `text` with the cursor at its end.
    pub fn with_text(text: &str) -> LineEditor {
        LineEditor {
            text: text.to_string(),
            cursor: text.len(),
        }
    }

    /// The current text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor as a byte index into [`LineEditor::text`].
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// True when nothing has been typed.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Takes the text out and leaves the editor empty.
    pub fn take(&mut self) -> String {
        self.cursor = 0;
        std::mem::take(&mut self.text)
    }

    /// Inserts `s` at the cursor; newlines and tabs become spaces.
    pub fn insert(&mut self, s: &str) {
        let clean: String = s
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .filter(|c| !c.is_control())
            .collect();
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
    }

    fn prev_boundary(&self) -> usize {
        self.text[..self.cursor]
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next_boundary(&self) -> usize {
        self.text[self.cursor..]
            .graphemes(true)
            .next()
            .map_or(self.cursor, |g| self.cursor + g.len())
    }

    /// Deletes the grapheme before the cursor.
    pub fn backspace(&mut self) {
        let start = self.prev_boundary();
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    /// Deletes the grapheme under the cursor.
    pub fn delete(&mut self) {
        let end = self.next_boundary();
        self.text.replace_range(self.cursor..end, "");
    }

    /// Moves one grapheme left.
    pub fn left(&mut self) {
        self.cursor = self.prev_boundary();
    }

    /// Moves one grapheme right.
    pub fn right(&mut self) {
        self.cursor = self.next_boundary();
    }

    /// Moves to the start of the line.
    pub fn home(&mut self) {
        self.cursor = 0;
    }

    /// Moves to the end of the line.
    pub fn end(&mut self) {
        self.cursor = self.text.len();
    }

    /// Start of the word before the cursor (skipping spaces first).
    fn word_start(&self) -> usize {
        let before = &self.text[..self.cursor];
        let trimmed = before.trim_end();
        trimmed
            .split_word_bound_indices()
            .rev()
            .find(|(_, w)| !w.trim().is_empty())
            .map_or(0, |(i, _)| i)
    }

    /// End of the word after the cursor.
    fn word_end(&self) -> usize {
        let after = &self.text[self.cursor..];
        let mut seen_word = false;
        for (i, w) in after.split_word_bound_indices() {
            let blank = w.trim().is_empty();
            if seen_word && blank {
                return self.cursor + i;
            }
            seen_word |= !blank;
        }
        self.text.len()
    }

    /// Deletes from the start of the previous word to the cursor.
    pub fn delete_word_back(&mut self) {
        let start = self.word_start();
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    /// Moves to the start of the previous word.
    pub fn word_left(&mut self) {
        self.cursor = self.word_start();
    }

    /// Moves past the end of the next word.
    pub fn word_right(&mut self) {
        self.cursor = self.word_end();
    }

    /// Clears the line.
    pub fn clear(&mut self) {
        self.take();
    }

    /// Display width of the text before the cursor (for placing the terminal cursor).
    pub fn cursor_width(&self) -> usize {
        self.text[..self.cursor].width()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backspace_removes_whole_graphemes() {
        let mut e = LineEditor::with_text("Hyvä 👩‍👩‍👧");
        e.backspace();
        assert_eq!(e.text(), "Hyvä ");
        e.backspace();
        e.backspace();
        assert_eq!(e.text(), "Hyv");
        // a decomposed ä (a + combining diaeresis) is one grapheme too
        let mut d = LineEditor::with_text("pa\u{308}");
        d.backspace();
        assert_eq!(d.text(), "p");
    }

    #[test]
    fn cursor_moves_and_inserts_by_grapheme() {
        let mut e = LineEditor::with_text("äö");
        e.left();
        e.insert("x");
        assert_eq!(e.text(), "äxö");
        e.home();
        e.delete();
        assert_eq!(e.text(), "xö");
        e.end();
        assert_eq!(e.cursor(), e.text().len());
    }

    #[test]
    fn words_are_deleted_and_skipped() {
        let mut e = LineEditor::with_text("tilat ja avustukset  ");
        e.delete_word_back();
        assert_eq!(e.text(), "tilat ja ");
        e.word_left();
        assert_eq!(e.cursor(), 6);
        e.home();
        e.word_right();
        assert_eq!(e.cursor(), 5);
    }

    #[test]
    fn pasted_newlines_become_spaces_and_width_counts_wide_chars() {
        let mut e = LineEditor::default();
        e.insert("a\nb\t漢");
        assert_eq!(e.text(), "a b 漢");
        assert_eq!(e.cursor_width(), 6);
    }
}
