//! The board's side of the room: turning what phones sent into one journal record.
//!
//! [`prepare`] builds the [`Change`] for everything that arrived since the last look (one
//! [`Change::Batch`], so the store writes one record with one fdatasync: group commit).
//! The caller records it, applies it, and only then [`Tickets::ack`]s the phones. A
//! submission the session already holds (a phone's retry) is acknowledged without being
//! stored again.

use std::collections::HashSet;
use std::path::Path;
use std::time::Duration;

use super::{Ack, Room, RoomView, Submission};
use crate::model::{Change, Session, arrival};
use crate::store::{SessionFile, StoreError};

/// The phones waiting for their acknowledgement.
#[derive(Debug, Default)]
pub struct Tickets(Vec<tokio::sync::oneshot::Sender<Ack>>);

impl Tickets {
    /// Tells every waiting phone how it went; a phone that gave up is skipped.
    pub fn ack(self, ack: Ack) {
        for reply in self.0 {
            let _ = reply.send(ack);
        }
    }

    /// How many phones wait.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when no phone waits.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The change that stores `arrived` in `session` (`None`: all were retries of stored ones)
/// and the phones to acknowledge once it is on disk.
pub fn prepare(session: &Session, arrived: Vec<Submission>) -> (Option<Change>, Tickets) {
    let mut scratch: Option<Session> = None;
    let mut changes = Vec::new();
    let mut tickets = Vec::with_capacity(arrived.len());
    let mut in_batch = HashSet::with_capacity(arrived.len());
    for Submission { item, reply } in arrived {
        tickets.push(reply);
        let submission = &item.source.submission;
        if session.has_submission(submission) || !in_batch.insert(submission.clone()) {
            continue;
        }
        if !session.room.auto_accept {
            // Into the inbox: nothing in the change depends on the batch before it, so the
            // session is not copied (a storm's batches would copy a growing session each).
            changes.push(arrival(session, item));
            continue;
        }
        let now = scratch.as_ref().unwrap_or(session);
        let change = arrival(now, item);
        // Applied to a scratch copy so later arrivals get the next idea ids and see
        // duplicates within this same batch.
        let s = scratch.get_or_insert_with(|| session.clone());
        if s.apply(change.clone()).is_ok() {
            changes.push(change);
        }
    }
    let change = (!changes.is_empty()).then_some(Change::Batch(changes));
    (change, Tickets(tickets))
}

/// Records and applies what arrived, hands the session to `publish` (what the phones' pages
/// show), then acknowledges the phones: on disk first, and a page loaded after the
/// acknowledgement lists what was just sent. Returns the change applied, if any.
pub fn commit(
    session: &mut Session,
    file: &mut SessionFile,
    arrived: Vec<Submission>,
    publish: impl FnOnce(&Session),
) -> Result<Option<Change>, StoreError> {
    let (change, tickets) = prepare(session, arrived);
    let Some(change) = change else {
        tickets.ack(Ack::Stored);
        return Ok(None);
    };
    if let Err(e) = file.record(&change) {
        tickets.ack(Ack::Failed);
        return Err(e);
    }
    session
        .apply(change.clone())
        .expect("prepared against this session");
    publish(session);
    tickets.ack(Ack::Stored);
    Ok(Some(change))
}

/// The join code to open the room with: the session's own when it has a good one, else a
/// new one with the change that keeps it in the session (to record and apply before opening),
/// so a room opened again, by a restarted board or `foorumi room`, keeps its code.
pub fn join_code(session: &Session) -> (String, Option<Change>) {
    match &session.room.code {
        Some(code) if crate::model::join_code_ok(code) => (code.clone(), None),
        _ => {
            let code = super::new_code();
            let change = Change::SetJoinCode {
                code: Some(code.clone()),
            };
            (code, Some(change))
        }
    }
}

/// Runs a room without a board: serves phones and writes what they send to the session at
/// `path` until `stop` says so. For a laptop that only collects, and for tests.
/// `on_open` gets the open room (to print its address). Errors are said in `lang`.
pub fn serve_headless(
    path: &Path,
    bind: std::net::SocketAddr,
    lang: crate::i18n::Lang,
    on_open: impl FnOnce(&Room),
    stop: impl Fn() -> bool,
) -> Result<(), String> {
    let said = |e: StoreError| e.text(lang);
    let opened = SessionFile::open(path).map_err(said)?;
    let mut file = opened.file;
    if file.read_only() {
        return Err(said(StoreError::ReadOnly {
            path: path.to_path_buf(),
        }));
    }
    let mut session = opened.session;
    let (code, keep) = join_code(&session);
    if let Some(change) = keep {
        file.record(&change).map_err(said)?;
        session
            .apply(change)
            .expect("a code made by the room is valid");
    }
    let room = Room::open_with_code(bind, RoomView::of(&session), code)
        .map_err(|e| crate::i18n::Msg::RoomOpenFailed.fill(lang, &[&e]))?;
    on_open(&room);
    let mut records = 0usize;
    while !stop() {
        let arrived = room.wait(Duration::from_millis(200));
        if arrived.is_empty() {
            continue;
        }
        match commit(&mut session, &mut file, arrived, |s| {
            room.publish(RoomView::of(s))
        }) {
            Ok(Some(_)) => records += 1,
            Ok(None) => {}
            Err(e) => return Err(said(e)),
        }
        if records >= 500 {
            records = 0;
            file.snapshot(&session).map_err(said)?;
        }
    }
    file.snapshot(&session).map_err(said)
}
