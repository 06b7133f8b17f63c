//! The lines around the tiles: status, banner, capture line or prompt, footer.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::super::app::{App, SaveState};
use super::super::editor::LineEditor;
use super::super::keymap;
use super::super::mode::{Mode, ModeKind, PromptKind};
use super::super::wrap::truncate;
use crate::i18n::{Msg, format_date};

/// Title, date, counts on the left; mode and save state on the right.
pub fn status(app: &App, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let lang = app.lang;
    let s = &app.session;
    // The title gives way first: the counts and the page of themes must stay readable.
    let mut tail = String::new();
    // A roadmap shows its year instead: the date is that of a past board meeting.
    if let Some(date) = s.date.filter(|_| s.roadmap.is_none()) {
        tail.push_str(&format!(" · {}", format_date(date)));
    }
    match &s.roadmap {
        Some(r) => tail.push_str(&format!(" · {}", Msg::RmYear.fill(lang, &[&r.year]))),
        None => tail.push_str(&format!(
            " · {}",
            Msg::count(lang, app.index.total(), Msg::IdeasOne, Msg::Ideas)
        )),
    }
    // When the themes are paged, say which are shown, so none seems to have vanished.
    let board = matches!(
        app.mode,
        Mode::Capture | Mode::Organize | Mode::Prompt { .. }
    );
    let full = Rect::new(0, 0, app.size.0, app.size.1);
    let page = board
        .then(|| super::board_page(app, super::areas(app, full).body))
        .flatten();
    match page {
        Some((first, last, all)) => tail.push_str(&format!(
            " · {}",
            Msg::ThemesPage.fill(lang, &[&first, &last, &all])
        )),
        None if s.roadmap.is_some() => {}
        None => {
            let themes = s.themes.iter().filter(|t| t.parent.is_none()).count();
            tail.push_str(&format!(
                " · {}",
                Msg::count(lang, themes, Msg::ThemesOne, Msg::Themes)
            ));
        }
    }
    if let Some(g) = app.filter {
        tail.push_str(&format!(" · {}", Msg::FilterGroup.fill(lang, &[&g])));
    }

    let mode = match app.mode.kind() {
        super::super::mode::ModeKind::Capture => Msg::ModeCapture,
        super::super::mode::ModeKind::Organize => Msg::ModeOrganize,
        super::super::mode::ModeKind::Focus => Msg::ModeFocus,
        super::super::mode::ModeKind::Prompt => Msg::ModeEdit,
        super::super::mode::ModeKind::Export => Msg::ModeExport,
        super::super::mode::ModeKind::Present => Msg::ModePresent,
        super::super::mode::ModeKind::List(_) => Msg::ModeList,
        super::super::mode::ModeKind::Search => Msg::ModeSearch,
        super::super::mode::ModeKind::Help => Msg::ModeHelp,
        super::super::mode::ModeKind::Roadmap(super::super::roadmap::Screen::Assess) => {
            Msg::RmModeAssess
        }
        super::super::mode::ModeKind::Roadmap(_) => Msg::RmModeBoard,
        super::super::mode::ModeKind::Room => Msg::ModeRoom,
        super::super::mode::ModeKind::Inbox => Msg::ModeInbox,
    };
    let save = match &app.save {
        SaveState::Saved => Msg::Saved.get(lang),
        SaveState::Saving => Msg::Saving.get(lang),
        SaveState::Failed(_) => Msg::NotSaved.get(lang),
        SaveState::ReadOnly => Msg::ReadOnly.get(lang),
    };
    // The right side in three parts: timer, mode label (with a space either side, so a
    // highlighted label reads as a block) and save state.
    let mut timer = String::new();
    if let Some(r) = app.timer_reading() {
        // Over time is said in words and with a sign, not only by colour.
        let over = if r.over_time() {
            format!(" {}", Msg::TimerOver.get(lang))
        } else {
            String::new()
        };
        let paused = if r.running { "" } else { " ⏸" };
        timer = format!(" ⏱ {} {}{over}{paused} ·", r.label, r.clock());
    }
    // Issue 13: the inbox count on the right, never cut, while the room is open or ideas wait.
    if app.room.is_some() || !s.inbox.is_empty() {
        timer.insert_str(
            0,
            &format!(" {} ·", Msg::InboxCount.fill(lang, &[&s.inbox.len()])),
        );
    }
    let label = format!(" {} ", mode.get(lang));
    let rest = format!("· {save} ");
    // Letters are commands in organize mode: its label stands out so nobody types there unawares.
    let label_style = if mode == Msg::ModeOrganize {
        app.styles.mode_alert
    } else {
        app.styles.status
    };
    buf.set_style(area, app.styles.status);
    let width = area.width as usize;
    let right_w = timer.width() + label.width() + rest.width();
    // The right side starts with a space: the gap after the left part.
    let left_room = width.saturating_sub(right_w);
    let title = format!(" {}", s.title);
    let left = if page.is_some() || s.roadmap.is_some() {
        let title_room = left_room.saturating_sub(tail.width()).max(12);
        format!("{}{tail}", truncate(&title, title_room))
    } else {
        format!("{title}{tail}")
    };
    if right_w + 9 <= width {
        let left = truncate(&left, left_room);
        buf.set_string(area.x, area.y, left, app.styles.status);
        let line = Line::from(vec![
            Span::styled(timer, app.styles.status),
            Span::styled(label, label_style),
            Span::styled(rest, app.styles.status),
        ]);
        buf.set_line(
            area.x + (width - right_w) as u16,
            area.y,
            &line,
            right_w as u16,
        );
    } else {
        buf.set_string(area.x, area.y, truncate(&left, width), app.styles.status);
    }
}

/// A warning across the board when saving failed or the session is read-only.
pub fn banner(app: &App, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let text = match &app.save {
        // What to do comes first: a long path in the reason must not push it off the line.
        SaveState::Failed(message) => Msg::SaveFailedBanner.fill(app.lang, &[message]),
        SaveState::ReadOnly => app
            .read_only_note
            .clone()
            .unwrap_or_else(|| Msg::ReadOnlyBanner.get(app.lang).to_string()),
        _ => return,
    };
    buf.set_style(area, app.styles.error);
    buf.set_string(
        area.x,
        area.y,
        truncate(&format!(" {text}"), area.width as usize),
        app.styles.error,
    );
}

/// The current agenda item with its time and prompt, and what comes next.
pub fn agenda(app: &App, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let Some(item) = app.session.current_agenda_item() else {
        not_started(app, area, buf);
        return;
    };
    let lang = app.lang;
    let mut text = String::from(" ▶ ");
    if let Some(start) = item.start {
        text.push_str(&crate::i18n::format_time(lang, start));
        text.push(' ');
    }
    text.push_str(&item.title);
    if !item.prompt.is_empty() && item.prompt != item.title {
        text.push_str(&format!(" — {}", item.prompt));
    }
    let next_item = app
        .session
        .current_agenda
        .and_then(|i| app.session.agenda.get(i + 1));
    // At the end of the agenda the parking lot is reviewed: say what is waiting there.
    let last = next_item.is_none() || item.kind == crate::model::AgendaKind::Summary;
    let next = if last && !app.session.parking.is_empty() {
        format!(
            "  {} ",
            Msg::count(
                lang,
                app.session.parking.len(),
                Msg::ParkingWaitingOne,
                Msg::ParkingWaiting
            )
        )
    } else {
        next_item
            .map(|n| format!("  {}: {} ", Msg::NextUp.get(lang), n.title))
            .unwrap_or_default()
    };
    let width = area.width as usize;
    let next_w = next.width();
    buf.set_string(
        area.x,
        area.y,
        truncate(&text, width),
        app.styles.sub_header,
    );
    if next_w + 20 < width && text.width() + next_w < width {
        buf.set_string(
            area.x + (width - next_w) as u16,
            area.y,
            next,
            app.styles.muted,
        );
    }
}

/// Before the first F3: the key that starts the agenda, then its first item (the key first,
/// so a narrow screen still shows it).
fn not_started(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(first) = app.session.agenda.first() else {
        return;
    };
    let lang = app.lang;
    let mut item = String::new();
    if let Some(start) = first.start {
        item.push_str(&crate::i18n::format_time(lang, start));
        item.push(' ');
    }
    item.push_str(&first.title);
    let key = keymap::keys_for(app.mode.kind(), &super::super::Action::NextAgenda)
        .or_else(|| keymap::keys_for(ModeKind::Capture, &super::super::Action::NextAgenda))
        .unwrap_or_default();
    let text = format!(" ▷ {}", Msg::AgendaNotStarted.fill(lang, &[&key, &item]));
    buf.set_string(
        area.x,
        area.y,
        truncate(&text, area.width as usize),
        app.styles.muted,
    );
}

fn prompt_label(app: &App) -> String {
    let lang = app.lang;
    match &app.mode {
        Mode::Prompt { kind, .. } => match kind {
            PromptKind::EditIdea => Msg::EditPrompt.get(lang).to_string(),
            PromptKind::SubPoint => Msg::SubPointPrompt.get(lang).to_string(),
            PromptKind::EditSubPoints => Msg::EditSubPointsPrompt.get(lang).to_string(),
            PromptKind::NewTheme => Msg::NewThemePrompt.get(lang).to_string(),
            PromptKind::RenameTheme => Msg::RenameThemePrompt.get(lang).to_string(),
            PromptKind::Group => Msg::GroupPrompt.get(lang).to_string(),
            PromptKind::SaveAs => Msg::SaveAsPrompt.get(lang).to_string(),
            PromptKind::Timer => Msg::TimerPrompt.get(lang).to_string(),
            PromptKind::ActionText => Msg::ActionPrompt.get(lang).to_string(),
            PromptKind::ActionOwner => Msg::OwnerPrompt.get(lang).to_string(),
            PromptKind::ActionDue => Msg::DuePrompt.get(lang).to_string(),
            PromptKind::ListText => Msg::TextPrompt.get(lang).to_string(),
            PromptKind::VotingRules => Msg::VotingRulesPrompt.get(lang).to_string(),
            PromptKind::AgendaItem => Msg::AgendaItemPrompt.get(lang).to_string(),
            PromptKind::MoveToTheme => Msg::MoveToThemePrompt.fill(lang, &[&app.tiles().len()]),
            PromptKind::RoadmapDone => Msg::RmDonePrompt.get(lang).to_string(),
            PromptKind::RoadmapComment => Msg::RmCommentPrompt.get(lang).to_string(),
            PromptKind::RoadmapPromote => Msg::RmPromotePrompt.get(lang).to_string(),
            PromptKind::InboxText => Msg::InboxEditPrompt.get(lang).to_string(),
        },
        Mode::Search { .. } => Msg::SearchPrompt.get(lang).to_string(),
        _ => format!(
            "{} → {}",
            Msg::CapturePrompt.get(lang),
            app.slot_name(app.selection.slot)
        ),
    }
}

/// The label of the input line and the editor it shows.
fn input_parts(app: &App) -> (String, &LineEditor) {
    let label = prompt_label(app);
    match &app.mode {
        Mode::Prompt { editor, .. } | Mode::Search { editor, .. } => (label, editor),
        _ => (label, &app.capture),
    }
}

/// Columns given to the label at most, so the typed text keeps room.
fn label_room(width: usize) -> usize {
    (width / 2).max(8)
}

/// The capture line (or the open prompt), scrolled so the cursor is visible.
pub fn input(app: &App, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    if matches!(app.mode, Mode::Organize | Mode::Focus | Mode::List { .. }) {
        commands_line(app, area, buf);
        return;
    }
    let (label, editor) = input_parts(app);
    let width = area.width as usize;
    let label = truncate(&label, label_room(width));
    let prefix = format!("{label} ▸ ");
    let room = width.saturating_sub(prefix.width()).max(1);
    let (shown, _) = visible_text(editor, room);
    let active = matches!(
        app.mode,
        Mode::Capture | Mode::Prompt { .. } | Mode::Search { .. }
    );
    // Outside the text modes the whole line is muted, so it does not look ready for typing.
    let (label_style, text_style) = if active {
        (app.styles.capture_label, app.styles.capture_text)
    } else {
        (app.styles.muted, app.styles.muted)
    };
    let line = Line::from(vec![
        Span::styled(prefix, label_style),
        Span::styled(shown, text_style),
    ]);
    buf.set_line(area.x, area.y, &line, area.width);
}

/// Where letters are commands (organize, focus, lists) the input line says so instead of looking ready for typing,
/// and shows that a half-typed idea is kept.
fn commands_line(app: &App, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let kind = app.mode.kind();
    let back = keymap::keys_for(kind, &super::super::Action::Capture)
        .or_else(|| keymap::keys_for(kind, &super::super::Action::Cancel))
        .unwrap_or_else(|| "Esc".to_string());
    // The way back comes first, so a narrow screen still shows it.
    let notice = if app.capture.is_empty() {
        Msg::CommandsHere.fill(lang, &[&back])
    } else {
        Msg::DraftKept.fill(lang, &[&back, &app.capture.text()])
    };
    let text = format!(" {notice}");
    buf.set_string(
        area.x,
        area.y,
        truncate(&text, area.width as usize),
        app.styles.muted,
    );
}

/// The part of the editor's text that fits in `room` columns with the cursor in view,
/// and the cursor's column within it.
fn visible_text(editor: &LineEditor, room: usize) -> (String, usize) {
    use unicode_segmentation::UnicodeSegmentation;
    let cursor_w = editor.cursor_width();
    let skip = (cursor_w + 1).saturating_sub(room);
    let mut out = String::new();
    let (mut col, mut used) = (0, 0);
    for g in editor.text().graphemes(true) {
        let w = g.width();
        if col < skip {
            col += w;
            continue;
        }
        if used + w > room {
            break;
        }
        out.push_str(g);
        used += w;
        col += w;
    }
    let skipped = col - used;
    (out, cursor_w.saturating_sub(skipped))
}

/// Where the terminal cursor goes in the input line.
pub fn cursor(app: &App, area: Rect) -> Option<Position> {
    if area.height == 0
        || !matches!(
            app.mode,
            Mode::Capture | Mode::Prompt { .. } | Mode::Search { .. }
        )
    {
        return None;
    }
    let (label, editor) = input_parts(app);
    let width = area.width as usize;
    let prefix_w = format!("{} ▸ ", truncate(&label, label_room(width))).width();
    let room = width.saturating_sub(prefix_w).max(1);
    let (_, col) = visible_text(editor, room);
    let x = (prefix_w + col).min(width.saturating_sub(1));
    Some(Position::new(area.x + x as u16, area.y))
}

/// Key hints for the current mode from the keymap, or the latest message.
pub fn footer(app: &App, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    if let Some(status) = &app.status {
        let style = if status.error {
            app.styles.error
        } else {
            app.styles.message
        };
        buf.set_string(
            area.x,
            area.y,
            truncate(&format!(" {}", status.text), area.width as usize),
            style,
        );
        return;
    }
    // The help key is always shown, last; the others fill the room before it in table order.
    let (help, others): (Vec<_>, Vec<_>) =
        keymap::hints(app.mode.kind()).partition(|b| b.action == super::super::Action::Help);
    let piece = |b: &keymap::Binding| {
        let key = format!(" {} ", keymap::key_label(&b.keys[0]));
        let text = format!(" {}  ", b.label.get(app.lang));
        let w = key.width() + text.width();
        (key, text, w)
    };
    let reserved: usize = help.iter().map(|b| piece(b).2).sum();
    let mut spans = Vec::new();
    let mut used = 0;
    for binding in others.iter().chain(help.iter()) {
        let (key, text, w) = piece(binding);
        let is_help = binding.action == super::super::Action::Help;
        let limit = (area.width as usize).saturating_sub(if is_help { 0 } else { reserved });
        if used + w > limit {
            continue;
        }
        used += w;
        spans.push(Span::styled(key, app.styles.footer_key));
        spans.push(Span::styled(text, app.styles.footer_text));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}
