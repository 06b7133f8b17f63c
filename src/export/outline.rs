//! The order of the summary: themes with their sub-themes and ideas, the unsorted pool,
//! and the voting result read from that order.

use super::wording::theme_name;
use crate::i18n::Msg;
use crate::model::{Idea, Lang, Session, Theme};
use crate::summary::SUB_THEME_SEPARATOR;

/// One theme in the order of the summary.
#[derive(Debug, Clone)]
pub struct Block<'a> {
    /// The theme.
    pub theme: &'a Theme,
    /// Its parent when it is a sub-theme.
    pub parent: Option<&'a Theme>,
    /// Its ideas in capture order.
    pub ideas: Vec<&'a Idea>,
    /// True when sub-themes follow it.
    pub has_children: bool,
}

/// The session's themes in summary order and the unsorted pool.
#[derive(Debug, Clone)]
pub struct Outline<'a> {
    /// Themes, each sub-theme right after its parent.
    pub blocks: Vec<Block<'a>>,
    /// Ideas with no theme or with a theme key the session does not know.
    pub unsorted: Vec<&'a Idea>,
}

impl<'a> Outline<'a> {
    /// Orders `session`'s themes and ideas for a summary. Themes whose parent is unknown
    /// are treated as top-level; nothing is left out.
    pub fn of(session: &'a Session) -> Outline<'a> {
        let known = |key: &str| session.theme(key).is_some();
        // One pass over the ideas, not one per theme: an archive has thousands.
        let mut by_theme: std::collections::HashMap<&str, Vec<&Idea>> =
            std::collections::HashMap::new();
        for idea in &session.ideas {
            if let Some(key) = idea.theme.as_deref() {
                by_theme.entry(key).or_default().push(idea);
            }
        }
        let mut blocks = Vec::new();
        let mut done = vec![false; session.themes.len()];
        let block = |theme: &'a Theme, parent: Option<&'a Theme>| Block {
            theme,
            parent,
            ideas: by_theme
                .get(theme.key.as_str())
                .cloned()
                .unwrap_or_default(),
            // Only a top-level theme has its sub-themes written under it.
            has_children: parent.is_none()
                && session.children(&theme.key).any(|c| c.key != theme.key),
        };
        for (i, theme) in session.themes.iter().enumerate() {
            let top = match &theme.parent {
                None => true,
                Some(p) => !known(p) || p == &theme.key,
            };
            if !top || done[i] {
                continue;
            }
            done[i] = true;
            blocks.push(block(theme, None));
            for (j, child) in session.themes.iter().enumerate() {
                if !done[j] && child.parent.as_deref() == Some(&theme.key) {
                    done[j] = true;
                    blocks.push(block(child, Some(theme)));
                }
            }
        }
        // Deeper nesting than the model allows: keep the themes, as top-level ones.
        for (i, theme) in session.themes.iter().enumerate() {
            if !done[i] {
                let mut b = block(theme, None);
                b.has_children = false;
                blocks.push(b);
            }
        }
        let keys: std::collections::HashSet<&str> =
            session.themes.iter().map(|t| t.key.as_str()).collect();
        let unsorted = session
            .ideas
            .iter()
            .filter(|i| i.theme.as_deref().is_none_or(|k| !keys.contains(k)))
            .collect();
        Outline { blocks, unsorted }
    }
}

impl Outline<'_> {
    /// Leaves out the themes nobody said anything about: a theme without ideas goes, and
    /// so does a parent whose sub-themes have none either.
    pub fn without_empty(mut self) -> Self {
        let mut keep = vec![false; self.blocks.len()];
        for (i, block) in self.blocks.iter().enumerate() {
            if block.ideas.is_empty() {
                continue;
            }
            keep[i] = true;
            if let Some(parent) = block.parent {
                // The parent is the nearest block before it with that theme.
                if let Some(p) = (0..i)
                    .rev()
                    .find(|&j| std::ptr::eq(self.blocks[j].theme, parent))
                {
                    keep[p] = true;
                }
            }
        }
        let mut kept = keep.into_iter();
        self.blocks.retain(|_| kept.next().unwrap_or(true));
        for i in 0..self.blocks.len() {
            let theme = self.blocks[i].theme;
            self.blocks[i].has_children = self.blocks[i].has_children
                && self.blocks[i + 1..]
                    .iter()
                    .any(|b| b.parent.is_some_and(|p| std::ptr::eq(p, theme)));
        }
        self
    }

    /// The outline a memo is written from: without empty themes unless
    /// [`Options::empty_themes`](super::Options::empty_themes) asks for them.
    pub fn for_summary<'s>(session: &'s Session, options: &super::Options) -> Outline<'s> {
        let outline = Outline::of(session);
        if options.empty_themes {
            outline
        } else {
            outline.without_empty()
        }
    }
}

/// The heading a theme block has in the text export: `Tilat` or `Tilat – Salit`.
pub fn block_name(block: &Block, lang: Lang) -> String {
    let name = theme_name(block.theme, lang);
    match block.parent {
        Some(parent) => format!("{}{SUB_THEME_SEPARATOR}{name}", theme_name(parent, lang)),
        None => name,
    }
}

/// Most ideas the voting result lists; ideas tied with the last one listed are listed too.
pub const RANKING_TOP: usize = 10;

/// One line of the voting result.
#[derive(Debug, Clone)]
pub struct Ranked<'a> {
    /// Place from 1; tied ideas share a place (1, 2, 2, 4).
    pub rank: usize,
    /// The idea.
    pub idea: &'a Idea,
    /// Where the idea is, as the summary names it: `Tilat`, `Tilat – Salit` for a
    /// sub-theme, or the unsorted pool's name.
    pub theme: String,
}

/// The voting result: ideas with at least one vote, most votes first, at most
/// [`RANKING_TOP`] of them plus any tied with the last; empty when nobody voted.
///
/// Ties are in the order of the summary (themes in display order, the unsorted pool
/// last), so the text export reads back to the same result.
pub fn voting_result<'a>(session: &'a Session, lang: Lang) -> Vec<Ranked<'a>> {
    let outline = Outline::of(session);
    let mut voted: Vec<(&'a Idea, String)> = Vec::new();
    for block in &outline.blocks {
        let name = block_name(block, lang);
        voted.extend(
            block
                .ideas
                .iter()
                .filter(|i| i.votes > 0)
                .map(|i| (*i, name.clone())),
        );
    }
    let unsorted = Msg::Unsorted.get(lang);
    voted.extend(
        outline
            .unsorted
            .iter()
            .filter(|i| i.votes > 0)
            .map(|i| (*i, unsorted.to_string())),
    );
    // Stable: ties keep the order of the summary.
    voted.sort_by_key(|(idea, _)| std::cmp::Reverse(idea.votes));
    let mut out: Vec<Ranked<'a>> = Vec::new();
    for (n, (idea, theme)) in voted.into_iter().enumerate() {
        let tied = out.last().filter(|last| last.idea.votes == idea.votes);
        let rank = match tied {
            Some(last) => last.rank,
            None if n >= RANKING_TOP => break,
            None => n + 1,
        };
        out.push(Ranked { rank, idea, theme });
    }
    out
}
