//! The help screen, generated from the keymap so it can never disagree with the keys.
//! Grouped by what the facilitator is doing, not by mode; each line says where its key works
//! when that is not everywhere on the board, so a key used in two lists never looks like a clash.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::super::action::Action;
use super::super::app::App;
use super::super::keymap::{self, Binding, bindings};
use super::super::mode::{ListKind, Mode, ModeKind};
use super::super::wrap::truncate;
use crate::i18n::Msg;

/// What the facilitator is doing when they need a key; the help's sections, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Task {
    Roadmap,
    Everywhere,
    Capture,
    Organize,
    Meeting,
    Voting,
    Parking,
    Tidy,
    Room,
    Text,
    InHelp,
}

const TASKS: [(Task, Msg); 11] = [
    (Task::Roadmap, Msg::RmHelpSection),
    (Task::Everywhere, Msg::HelpEverywhere),
    (Task::Capture, Msg::HelpTaskCapture),
    (Task::Organize, Msg::HelpTaskOrganize),
    (Task::Meeting, Msg::HelpTaskMeeting),
    (Task::Voting, Msg::HelpTaskVoting),
    (Task::Parking, Msg::HelpTaskParking),
    (Task::Tidy, Msg::HelpTaskTidy),
    (Task::Room, Msg::HelpInRoom),
    (Task::Text, Msg::HelpTaskText),
    (Task::InHelp, Msg::HelpTaskHelp),
];

/// The task a binding serves, from its action and the modes it works in.
fn task(b: &Binding) -> Task {
    let only = |kind: ListKind| b.modes.iter().all(|m| *m == ModeKind::List(kind));
    let text_only = b
        .modes
        .iter()
        .all(|m| matches!(m, ModeKind::Capture | ModeKind::Prompt | ModeKind::Search));
    let on_board = [ModeKind::Capture, ModeKind::Organize, ModeKind::Focus]
        .iter()
        .all(|m| b.modes.contains(m));
    let roadmap_only = b.modes.iter().all(|m| matches!(m, ModeKind::Roadmap(_)));
    match &b.action {
        _ if roadmap_only => Task::Roadmap,
        Action::ToggleRoom | Action::ShowRoom | Action::OpenInbox => Task::Room,
        _ if (b.modes.iter()).all(|m| matches!(m, ModeKind::Room | ModeKind::Inbox)) => Task::Room,
        Action::Help | Action::Undo | Action::Redo | Action::Quit if on_board => Task::Everywhere,
        Action::Quit if b.modes != [ModeKind::Organize] => Task::Everywhere,
        _ if b.modes == [ModeKind::Help] => Task::InHelp,
        Action::Submit | Action::NextTarget | Action::PrevTarget | Action::Organize
            if b.modes.contains(&ModeKind::Capture) =>
        {
            Task::Capture
        }
        Action::JumpTheme(_) if b.modes.contains(&ModeKind::Capture) => Task::Capture,
        Action::Park if b.modes.contains(&ModeKind::Capture) => Task::Parking,
        _ if text_only => Task::Text,
        Action::Submit | Action::Cancel if b.modes.contains(&ModeKind::Prompt) => Task::Text,
        Action::NextAgenda
        | Action::PrevAgenda
        | Action::OpenList(ListKind::Agenda)
        | Action::NewAgendaItem
        | Action::Present
        | Action::Focus
        | Action::TimerToggle
        | Action::TimerNew
        | Action::TimerAddMinute
        | Action::TimerReset
        | Action::TimerSkip => Task::Meeting,
        _ if only(ListKind::Agenda) => Task::Meeting,
        _ if b.modes.iter().all(|m| *m == ModeKind::Present) => Task::Meeting,
        Action::VoteUp | Action::VoteDown | Action::OpenList(ListKind::Ranking) => Task::Voting,
        _ if only(ListKind::Ranking) => Task::Voting,
        Action::Park
        | Action::NewAction
        | Action::OpenList(ListKind::Parking)
        | Action::OpenList(ListKind::Actions) => Task::Parking,
        _ if b.modes.iter().all(|m| {
            matches!(
                m,
                ModeKind::List(ListKind::Parking) | ModeKind::List(ListKind::Actions)
            )
        }) =>
        {
            Task::Parking
        }
        Action::Export
        | Action::SaveAs
        | Action::MarkMerge
        | Action::MergeMarked
        | Action::OpenList(ListKind::Duplicates) => Task::Tidy,
        _ if only(ListKind::Duplicates) => Task::Tidy,
        _ if b.modes.iter().all(|m| *m == ModeKind::Export) => Task::Tidy,
        _ => Task::Organize,
    }
}

/// Where a key works, when that is not everywhere on the board nor what its section
/// says already (`None`).
fn place(modes: &[ModeKind], section: Task, lang: crate::i18n::Lang) -> Option<String> {
    // A section of its own screens says where already.
    let own = |m: &ModeKind| match section {
        Task::Roadmap => matches!(m, ModeKind::Roadmap(_)),
        Task::Room => matches!(m, ModeKind::Room | ModeKind::Inbox),
        _ => false,
    };
    if modes.iter().all(own) {
        return None;
    }
    let board = [ModeKind::Capture, ModeKind::Organize, ModeKind::Focus];
    let home: &[ModeKind] = match section {
        Task::Capture => &[ModeKind::Capture],
        Task::Organize => &[ModeKind::Organize, ModeKind::Focus],
        Task::InHelp => &[ModeKind::Help],
        _ => &[],
    };
    if board.iter().all(|m| modes.contains(m)) || modes.iter().all(|m| home.contains(m)) {
        return None;
    }
    let lists = modes
        .iter()
        .filter(|m| matches!(m, ModeKind::List(_)))
        .count();
    let mut names: Vec<&str> = Vec::new();
    for mode in modes {
        let name = match mode {
            ModeKind::Capture => Msg::WhereCapture,
            ModeKind::Organize => Msg::WhereOrganize,
            ModeKind::Focus => Msg::WhereFocus,
            ModeKind::Prompt => Msg::WherePrompt,
            ModeKind::Export => Msg::WhereExport,
            ModeKind::Present => Msg::WherePresent,
            ModeKind::Search => Msg::WhereSearch,
            ModeKind::Help => Msg::WhereHelp,
            ModeKind::List(_) if lists == 5 => Msg::WhereLists,
            ModeKind::List(ListKind::Agenda) => Msg::ListAgenda,
            ModeKind::List(ListKind::Ranking) => Msg::ListRanking,
            ModeKind::List(ListKind::Parking) => Msg::ListParking,
            ModeKind::List(ListKind::Actions) => Msg::ListActions,
            ModeKind::List(ListKind::Duplicates) => Msg::ListDuplicates,
            ModeKind::Roadmap(_) => Msg::RmModeBoard,
            ModeKind::Room => Msg::ModeRoom,
            ModeKind::Inbox => Msg::ModeInbox,
        }
        .get(lang);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    Some(names.join(", "))
}

/// Whether binding `b` belongs in the help of a roadmap board (`roadmap`) or a session board.
fn shown_on(b: &Binding, roadmap: bool) -> bool {
    let on_roadmap = |m: &ModeKind| {
        matches!(
            m,
            ModeKind::Roadmap(_) | ModeKind::Prompt | ModeKind::Present | ModeKind::Help
        )
    };
    if roadmap {
        b.modes.iter().any(on_roadmap)
    } else {
        !b.modes.iter().all(|m| matches!(m, ModeKind::Roadmap(_)))
    }
}

/// The help text as lines: a title, then each task with its keys.
fn help_lines(app: &App, key_width: usize) -> Vec<Line<'static>> {
    let lang = app.lang;
    let mut lines = vec![Line::styled(
        format!(" {}", Msg::HelpTitle.get(lang)),
        app.styles.focus_title,
    )];
    // A roadmap lists its own keys (and the prompts', the timer's and presentation's); a
    // session board leaves the roadmap's out.
    let roadmap = app.session.roadmap.is_some();
    for (this, title) in TASKS {
        // The same keys doing the same thing in several places are one line (Esc cancels a
        // prompt and a search alike), which names all the places.
        let mut entries: Vec<(String, Msg, Vec<ModeKind>)> = Vec::new();
        for b in bindings()
            .iter()
            .filter(|b| task(b) == this && shown_on(b, roadmap))
        {
            let keys = keymap::keys_label(b);
            match entries
                .iter_mut()
                .find(|(k, label, _)| *k == keys && *label == b.label)
            {
                Some((_, _, modes)) => modes.extend(b.modes.iter().copied()),
                None => entries.push((keys, b.label, b.modes.to_vec())),
            }
        }
        let section: Vec<Line<'static>> = entries
            .iter()
            .map(|(keys, label, modes)| {
                let keys = truncate(keys, key_width);
                let pad = key_width.saturating_sub(keys.width());
                let mut spans = vec![
                    Span::styled(
                        format!("  {keys}{} ", " ".repeat(pad)),
                        app.styles.capture_label,
                    ),
                    Span::raw(label.get(lang)),
                ];
                if let Some(place) = place(modes, this, lang) {
                    spans.push(Span::styled(format!("  [{place}]"), app.styles.muted));
                }
                Line::from(spans)
            })
            .collect();
        if !section.is_empty() {
            lines.push(Line::default());
            lines.push(Line::styled(
                format!(" {}", title.get(lang)),
                app.styles.sub_header,
            ));
            lines.extend(section);
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        format!(" {}", Msg::KeyClick.get(lang)),
        app.styles.muted,
    ));
    lines.push(Line::styled(
        format!(" {}", Msg::HelpClose.get(lang)),
        app.styles.muted,
    ));
    lines
}

/// How the help is laid out in `area`: its lines, columns, column width and lines per page.
struct Layout {
    lines: Vec<Line<'static>>,
    col_w: usize,
    rows: usize,
    per_page: usize,
}

fn layout(app: &App, area: Rect) -> Layout {
    let key_width = if area.width >= 70 { 16 } else { 10 };
    let lines = help_lines(app, key_width);
    // A column holds keys, a label and where it works; narrower columns would cut the labels.
    let min_col = key_width + 44;
    let height = (area.height as usize).max(1);
    let columns = (area.width as usize / min_col).clamp(1, lines.len().div_ceil(height).max(1));
    // When the help does not fit, its last row says how much more there is, and where.
    let rows = if lines.len() > columns * height && height > 1 {
        height - 1
    } else {
        height
    };
    Layout {
        col_w: area.width as usize / columns,
        rows,
        per_page: columns * rows,
        lines,
    }
}

/// The furthest the help can scroll in `area`: the last page shows the last line.
pub fn max_scroll(app: &App, area: Rect) -> usize {
    let l = layout(app, area);
    l.lines.len().saturating_sub(l.per_page)
}

/// Draws the help in as many columns as fit, scrolled by ↑↓ PgUp PgDn Home End or the wheel.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let scroll = match app.mode {
        Mode::Help { scroll, .. } => scroll as usize,
        _ => 0,
    };
    let l = layout(app, area);
    let scroll = scroll.min(l.lines.len().saturating_sub(l.per_page));
    for (n, line) in l.lines.iter().skip(scroll).enumerate().take(l.per_page) {
        let (col, row) = (n / l.rows, n % l.rows);
        let x = area.x + (col * l.col_w) as u16;
        let y = area.y + row as u16;
        let room = l.col_w.saturating_sub(1);
        if line.width() > room {
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            let style = line.spans.first().map(|s| s.style).unwrap_or_default();
            buf.set_string(x, y, truncate(&text, room), style);
        } else {
            buf.set_line(x, y, line, room as u16);
        }
    }
    if l.rows == area.height as usize {
        return;
    }
    // The reserved last row: how many lines are above and below the page.
    let below = l.lines.len().saturating_sub(scroll + l.per_page);
    let mut marks = Vec::new();
    if scroll > 0 {
        marks.push(Msg::HelpMoreAbove.fill(app.lang, &[&scroll]));
    }
    if below > 0 {
        marks.push(Msg::HelpMoreBelow.fill(app.lang, &[&below]));
    }
    let text = format!(" {}", marks.join(" · "));
    buf.set_string(
        area.x,
        area.bottom() - 1,
        truncate(&text, area.width as usize),
        app.styles.message,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::tui::roadmap::Screen;

    #[test]
    fn a_section_of_its_own_screens_names_no_place() {
        let roadmap = [
            ModeKind::Roadmap(Screen::Board),
            ModeKind::Roadmap(Screen::Assess),
        ];
        assert_eq!(place(&roadmap, Task::Roadmap, Lang::Fi), None);
        assert_eq!(place(&[ModeKind::Inbox], Task::Room, Lang::Fi), None);
        // Elsewhere the place is still named.
        let named = place(&[ModeKind::Inbox], Task::Organize, Lang::Fi);
        assert_eq!(named.as_deref(), Some(Msg::ModeInbox.get(Lang::Fi)));
    }
}
