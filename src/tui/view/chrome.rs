//! The lines around the tiles: status, banner, capture line or prompt, footer.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::super::app::{App, SaveState};
use super::super::editor::LineEditor;
use super::super::keymap;
use super::super::mode::{Mode, PromptKind};
use super::super::wrap::truncate;
use crate::i18n::{Msg, format_date};

/// Title, date, counts on the left; mode and save state on the right.
pub fn status(app: &App, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let lang = app.lang;
    let s = &app.session;
    let mut left = format!(" {}", s.title);
    if let Some(date) = s.date {
        left.push_str(&format!(" · {}", format_date(date)));
    }
    let themes = s.themes.iter().filter(|t| t.parent.is_none()).count();
    left.push_str(&format!(
        " · {} · {}",
        Msg::count(lang, app.index.total(), Msg::IdeasOne, Msg::Ideas),
        Msg::count(lang, themes, Msg::ThemesOne, Msg::Themes)
    ));
    if let Some(g) = app.filter {
        left.push_str(&format!(" · {}", Msg::FilterGroup.fill(lang, &[&g])));
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
    if right_w + 9 <= width {
        let left = truncate(&left, width - right_w);
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
        SaveState::Failed(message) => Msg::SaveFailed.fill(app.lang, &[message]),
        SaveState::ReadOnly => Msg::ReadOnlyBanner.get(app.lang).to_string(),
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
    let Some(item) = app.session.current_agenda_item() else {
        return;
    };
    if area.height == 0 {
        return;
    }
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

fn prompt_label(app: &App) -> String {
    let lang = app.lang;
    match &app.mode {
        Mode::Prompt { kind, .. } => match kind {
            PromptKind::EditIdea => Msg::EditPrompt.get(lang),
            PromptKind::SubPoint => Msg::SubPointPrompt.get(lang),
            PromptKind::EditSubPoints => Msg::EditSubPointsPrompt.get(lang),
            PromptKind::NewTheme => Msg::NewThemePrompt.get(lang),
            PromptKind::RenameTheme => Msg::RenameThemePrompt.get(lang),
            PromptKind::Group => Msg::GroupPrompt.get(lang),
            PromptKind::SaveAs => Msg::SaveAsPrompt.get(lang),
            PromptKind::Timer => Msg::TimerPrompt.get(lang),
            PromptKind::ActionText => Msg::ActionPrompt.get(lang),
            PromptKind::ActionOwner => Msg::OwnerPrompt.get(lang),
            PromptKind::ActionDue => Msg::DuePrompt.get(lang),
            PromptKind::ListText => Msg::TextPrompt.get(lang),
            PromptKind::VotingRules => Msg::VotingRulesPrompt.get(lang),
            PromptKind::AgendaItem => Msg::AgendaItemPrompt.get(lang),
            PromptKind::InboxText => Msg::InboxEditPrompt.get(lang),
        }
        .to_string(),
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
