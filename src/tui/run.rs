//! The event loop: reads the terminal, calls `update`, carries out effects, draws.
//! Redraws only after something happened, and sleeps in `poll` otherwise (no busy loop).

use std::io;
use std::time::{Duration, Instant};

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind, MouseButton, MouseEventKind,
};
use crossterm::execute;

use super::app::{App, SaveState};
use super::{Action, Effect, update, view};
use crate::i18n::Msg;
use crate::model::Change;
use crate::room::{Ack, Room, RoomView};
use crate::store::SessionFile;

/// How often the board looks for changes made by `foorumi add` and saves the draft.
const TICK: Duration = Duration::from_millis(400);
/// Events taken at most before the screen is drawn again, so a flood still shows progress.
const BURST: usize = 512;
/// How long to look for the next event of a burst. Not zero: crossterm's poll(2) reader
/// returns at once for a zero timeout without looking at the events it has already parsed.
const QUEUED: Duration = Duration::from_millis(1);
/// How often the board looks for phone ideas while phones are sending: short, so a phone
/// gets its acknowledgement within a few milliseconds of the fsync.
const ROOM_POLL_BUSY: Duration = Duration::from_millis(2);
/// How often it looks while the room is quiet: an idle room costs next to nothing.
const ROOM_POLL_IDLE: Duration = Duration::from_millis(40);
/// How long after the last arrival the room counts as busy.
const ROOM_BUSY_FOR: Duration = Duration::from_secs(3);
/// Records in the journal after which a fresh snapshot is written.
const SNAPSHOT_EVERY: usize = 500;

/// Runs the board until the user quits (or, with `first_frame_only`, until the first frame is
/// drawn: for timing startup). The terminal is restored on return and on panic.
pub fn run(mut app: App, mut file: SessionFile, first_frame_only: bool) -> io::Result<()> {
    let mut terminal = ratatui::init();
    execute!(io::stdout(), EnableBracketedPaste, EnableMouseCapture)?;
    let size = terminal.size()?;
    update(
        &mut app,
        Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        event_loop(&mut terminal, &mut app, &mut file, first_frame_only)
    }));
    let _ = execute!(io::stdout(), DisableBracketedPaste, DisableMouseCapture);
    ratatui::restore();
    match outcome {
        Ok(result) => result,
        Err(panic) => {
            // Every change is already in the journal; this copy is for a human to find.
            match emergency_snapshot(file.path(), &app.session) {
                Ok(path) => eprintln!(
                    "foorumi: {}",
                    Msg::EmergencySaved.fill(
                        app.lang,
                        &[&crate::model::text::clean(&path.display().to_string())]
                    )
                ),
                Err(e) => eprintln!("foorumi: {e}"),
            }
            std::panic::resume_unwind(panic)
        }
    }
}

/// Writes the session beside its file as `NAME.ron.emergency-YYYYMMDD-HHMMSS.ron`.
fn emergency_snapshot(
    path: &std::path::Path,
    session: &crate::model::Session,
) -> io::Result<std::path::PathBuf> {
    use std::io::Write;
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".emergency-{stamp}.ron"));
    let target = std::path::PathBuf::from(name);
    let mut out = std::fs::File::create_new(&target)?;
    out.write_all(crate::store::to_ron(session).as_bytes())?;
    out.sync_all()?;
    Ok(target)
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    file: &mut SessionFile,
    first_frame_only: bool,
) -> io::Result<()> {
    let mut dirty = true;
    let mut saved_draft = app.capture.text().to_string();
    let mut last_tick = Instant::now();
    let mut records = 0usize;
    let started = Instant::now();
    let mut shown_clock = None;
    // The room's server; dropping it (closing the room, quitting) stops it.
    let mut room: Option<Room> = None;
    let mut published = 0usize;
    let mut last_arrival = Instant::now()
        .checked_sub(ROOM_BUSY_FOR)
        .unwrap_or_else(Instant::now);
    if app.share_on_start {
        let effects = update(app, Action::ToggleRoom);
        carry_out(app, file, &mut room, effects);
    }
    while !app.quit {
        // The timer wakes the loop only when its shown second changes.
        let effects = update(app, Action::Tick(started.elapsed()));
        records += carry_out(app, file, &mut room, effects);
        let clock = app.timer_reading().map(|r| (r.clock(), r.step, r.running));
        if clock != shown_clock {
            shown_clock = clock;
            dirty = true;
        }
        if dirty {
            terminal.draw(|frame| {
                frame.render_widget(&*app, frame.area());
                if let Some(at) = view::cursor(app, frame.area()) {
                    frame.set_cursor_position(at);
                }
            })?;
            dirty = false;
            if first_frame_only {
                // The journal stays as opening found it: the next open folds it.
                return Ok(());
            }
            if fold_after_first_frame(app, file) {
                // Drawn at once, not at the next key: "saved" must not stay on screen.
                dirty = true;
                continue;
            }
        }
        let mut wait = TICK.saturating_sub(last_tick.elapsed());
        if let Some(next) = app.timer.as_ref().and_then(|t| t.next_change(app.clock)) {
            wait = wait.min(next + Duration::from_millis(5));
        }
        if room.is_some() {
            let busy = last_arrival.elapsed() < ROOM_BUSY_FOR;
            wait = wait.min(if busy { ROOM_POLL_BUSY } else { ROOM_POLL_IDLE });
        }
        if event::poll(wait)? {
            // A burst (fast typing, a paste the terminal does not bracket) is taken whole
            // before the next frame: one draw per burst instead of one per key.
            for _ in 0..BURST {
                if let Some(action) = to_action(event::read()?) {
                    app.now = chrono::Local::now().fixed_offset();
                    let effects = deliver(app, action, started.elapsed());
                    records += carry_out(app, file, &mut room, effects);
                    dirty = true;
                }
                if app.quit || !event::poll(QUEUED)? {
                    break;
                }
            }
        }
        if let Some(open) = &room {
            if take_arrivals(app, file, open) {
                records += 1;
                // take_arrivals published the session as it is now.
                published = records;
                dirty = true;
                last_arrival = Instant::now();
            }
            // Phones see the session as it is after every recorded change.
            if records != published {
                published = records;
                open.publish(RoomView::of(&app.session));
            }
        }
        if last_tick.elapsed() >= TICK {
            last_tick = Instant::now();
            // The half-typed idea survives a crash: saved at most one tick after typing.
            if app.capture.text() != saved_draft && app.save != SaveState::ReadOnly {
                saved_draft = app.capture.text().to_string();
                let _ = file.save_draft(&saved_draft);
            }
            match file.poll() {
                Ok(changes) if !changes.is_empty() => {
                    update(app, Action::External(changes));
                    follow_renumbered(app, file);
                    dirty = true;
                }
                // A file deleted or replaced under the board: the failure banner at once.
                Err(e) if file.poisoned() && !matches!(app.save, SaveState::Failed(_)) => {
                    update(app, Action::Saved(Err(e.text(app.lang))));
                    dirty = true;
                }
                _ => {}
            }
            // A read-only board whose writer rewrote the file gets the whole session anew.
            if let Some(session) = file.take_reloaded() {
                update(app, Action::Reload(Box::new(session)));
                dirty = true;
            }
            // Its writer quit (or the `foorumi add` holding the lock finished): this board
            // writes now, and says so.
            if file.took_over() {
                app.save = SaveState::Saved;
                app.say(Msg::TookOver.get(app.lang).to_string());
                dirty = true;
            }
        }
        if records >= SNAPSHOT_EVERY && app.save == SaveState::Saved {
            records = 0;
            if let Err(e) = file.snapshot(&app.session) {
                update(app, Action::Saved(Err(e.text(app.lang))));
            }
            // A snapshot clears the saved draft; put the half-typed idea back at once.
            if !app.capture.is_empty() {
                let _ = file.save_draft(app.capture.text());
            }
        }
    }
    Ok(())
}

/// Hands one event to `update` as the loop does: the clock at the event first (telling typing
/// from commands needs the gaps between keys), then the event. Public so the benchmark and the
/// tests take the loop's own path.
pub fn deliver(app: &mut App, action: Action, clock: Duration) -> Vec<Effect> {
    let mut effects = update(app, Action::Tick(clock));
    effects.extend(update(app, action));
    effects
}

/// After the board's own idea got another id (`foorumi add` had printed the same one), the
/// undo history follows it.
fn follow_renumbered(app: &mut App, file: &mut SessionFile) {
    let moved = file.take_renumbered();
    if moved.is_empty() {
        return;
    }
    app.history.map_steps(|c| crate::store::renumber(c, &moved));
}

/// Opening kept the journal as it was; folds it in now that the board is showing. True when
/// that failed and the screen must show it.
fn fold_after_first_frame(app: &mut App, file: &mut SessionFile) -> bool {
    if !file.fold_pending() {
        return false;
    }
    let failed = match file.snapshot(&app.session) {
        Ok(()) => false,
        Err(e) => {
            update(app, Action::Saved(Err(e.text(app.lang))));
            true
        }
    };
    // The snapshot clears the saved draft; keep the half-typed idea safe.
    if !app.capture.is_empty() {
        let _ = file.save_draft(app.capture.text());
    }
    failed
}

/// Stores what phones sent (one journal record, one fdatasync), shows it, and only then
/// acknowledges the phones. Returns true when something was recorded. Public so the
/// benchmark drives the board's real path.
pub fn take_arrivals(app: &mut App, file: &mut SessionFile, room: &Room) -> bool {
    let arrived = room.take();
    if arrived.is_empty() {
        return false;
    }
    let (change, tickets) = crate::room::host::prepare(&app.session, arrived);
    let Some(change) = change else {
        tickets.ack(Ack::Stored);
        return false;
    };
    match file.record(&change) {
        Ok(()) => {
            // On disk now (fdatasync). The phone's page lists its own ideas from the published
            // view, so the view goes out before the acknowledgement: the page a phone loads
            // after its redirect shows what it just sent.
            update(app, Action::Arrived(change));
            room.publish(RoomView::of(&app.session));
            tickets.ack(Ack::Stored);
            true
        }
        Err(e) => {
            tickets.ack(Ack::Failed);
            update(app, Action::Saved(Err(e.text(app.lang))));
            false
        }
    }
}

/// Records a new join code in the session (on disk first, then on the board).
fn keep_code(app: &mut App, file: &mut SessionFile, code: &str) -> Result<(), String> {
    let change = Change::SetJoinCode {
        code: Some(code.to_string()),
    };
    file.record(&change).map_err(|e| e.text(app.lang))?;
    update(app, Action::CodeKept(change));
    Ok(())
}

/// Opens the room where the facilitator asked, else on this laptop's network address
/// (any free port when the usual one is taken), with the session's join code.
fn open_room(
    app: &mut App,
    file: &mut SessionFile,
) -> Result<(Room, crate::tui::room::RoomInfo), String> {
    let (code, keep) = crate::room::host::join_code(&app.session);
    if keep.is_some() {
        // Kept before anything listens: a phone may only learn a code the session has.
        keep_code(app, file, &code)?;
    }
    let view = RoomView::of(&app.session);
    let (room, interface) = match app.room_bind {
        Some(bind) => (Room::open_with_code(bind, view, code), String::new()),
        None => {
            let (bind, interface) = crate::room::default_bind();
            let first = Room::open_with_code(bind, view.clone(), code.clone());
            let room = match first {
                Err(e) if e.kind() == io::ErrorKind::AddrInUse => {
                    let any_port = std::net::SocketAddr::new(bind.ip(), 0);
                    Room::open_with_code(any_port, view, code)
                }
                other => other,
            };
            (room, interface)
        }
    };
    let room = room.map_err(|e| e.to_string())?;
    let info = room_info(&room, interface);
    Ok((room, info))
}

fn room_info(room: &Room, interface: String) -> crate::tui::room::RoomInfo {
    let url = room.url();
    crate::tui::room::RoomInfo {
        qr: crate::room::qr::modules(&url).unwrap_or_default(),
        url,
        short_url: room.short_url(),
        code: crate::room::show_code(&room.code()),
        interface: if interface.is_empty() {
            room.addr().ip().to_string()
        } else {
            interface
        },
    }
}

/// Runs effects; returns how many changes went to the journal.
fn carry_out(
    app: &mut App,
    file: &mut SessionFile,
    room: &mut Option<Room>,
    effects: Vec<Effect>,
) -> usize {
    let mut recorded = 0;
    // Set when the final snapshot of a quit failed for the first time: the board stays open.
    let mut stay = false;
    for effect in effects {
        match effect {
            Effect::Record(change) => {
                let result = file.record(&change).map_err(|e| e.text(app.lang));
                recorded += usize::from(result.is_ok());
                update(app, Action::Saved(result));
            }
            Effect::Snapshot => {
                let failed_before = matches!(app.save, SaveState::Failed(_));
                if let Err(e) = file.snapshot(&app.session) {
                    update(app, Action::Saved(Err(e.text(app.lang))));
                    if app.quit && !failed_before {
                        // Quitting would hide the failure: keep the banner, offer Ctrl+S,
                        // and let a second Ctrl+Q quit anyway.
                        stay = true;
                        app.quit = false;
                        app.quit_warned = true;
                        app.warn(Msg::QuitUnsaved.get(app.lang).to_string());
                    }
                }
            }
            Effect::Quit => app.quit = !stay,
            Effect::SaveDraft(text) => {
                let _ = file.save_draft(&text);
            }
            Effect::Bell => {
                use std::io::Write;
                let mut out = io::stdout();
                let _ = out.write_all(b"\x07").and_then(|()| out.flush());
            }
            Effect::Export(format) => {
                let path = file.path().with_extension(format.extension());
                let mut options = crate::export::Options::for_session(&app.session);
                options.lang = app.lang;
                let shown = crate::model::text::clean(&path.display().to_string());
                let result = if crate::store::belongs_to_session(file.path(), &path) {
                    // A session named `notes.txt` would be overwritten by its own summary.
                    Err(Msg::WouldOverwriteSession.fill(app.lang, &[&shown]))
                } else {
                    let bytes = crate::export::render(&app.session, format, &options);
                    crate::export::write_atomic(&path, &bytes)
                        .map(|()| shown.clone())
                        .map_err(|e| Msg::WriteFailed.fill(app.lang, &[&shown, &e]))
                };
                update(app, Action::Exported(result));
            }
            Effect::Promote(promotion) => {
                let mut promotion = *promotion;
                promotion.link.file = file
                    .path()
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let result = super::roadmap::promote::promote_into(&promotion, app.lang);
                update(app, Action::Promoted(result));
            }
            Effect::OpenRoom => match open_room(app, file) {
                Ok((open, info)) => {
                    *room = Some(open);
                    update(app, Action::RoomOpened(Ok(info)));
                }
                Err(e) => {
                    update(app, Action::RoomOpened(Err(e)));
                }
            },
            Effect::CloseRoom => {
                *room = None;
                update(app, Action::RoomClosed);
            }
            Effect::RotateCode => {
                if let Some(open) = room {
                    // The old code stops working at once even if keeping the new one fails
                    // (it may have leaked); the failure shows like any failed save.
                    let code = open.rotate_code();
                    if let Err(e) = keep_code(app, file, &code) {
                        update(app, Action::Saved(Err(e)));
                    }
                    let interface = app.room.as_ref().map(|r| r.interface.clone());
                    let info = room_info(open, interface.unwrap_or_default());
                    update(app, Action::RoomOpened(Ok(info)));
                }
            }
            Effect::BlockParticipant(participant) => {
                if let Some(open) = room {
                    open.block(&participant);
                }
            }
            Effect::SaveAs(path) => {
                let result = file
                    .save_as(&path, &app.session)
                    .map(|()| crate::model::text::clean(&path.display().to_string()))
                    .map_err(|e| e.text(app.lang));
                update(app, Action::SavedAs(result));
            }
        }
    }
    recorded
}

fn to_action(event: Event) -> Option<Action> {
    match event {
        // `update` looks the key up in the keymap, after the typing guard has seen it.
        Event::Key(key) if key.kind != KeyEventKind::Release => Some(Action::Key(key)),
        Event::Paste(text) => Some(Action::Paste(text)),
        Event::Resize(width, height) => Some(Action::Resize { width, height }),
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                column: mouse.column,
                row: mouse.row,
            }),
            MouseEventKind::ScrollDown => Some(Action::Wheel(3)),
            MouseEventKind::ScrollUp => Some(Action::Wheel(-3)),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests;
