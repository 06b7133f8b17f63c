//! The room server: participants' phones on the room's own network.
//!
//! ```text
//!  phone ──HTTP──▶ server thread (tokio, axum) ──Submission──▶ board loop
//!        ◀─ack───        (waits for the ack)    ◀──Ack──────  (journal, fdatasync)
//! ```
//!
//! The server serves one page, its form and a small JSON answer, nothing from disk. A
//! sending becomes a [`Submission`] on a channel; the board's loop (or the headless
//! [`host::serve_headless`]) collects what has arrived, writes it to the journal as one
//! record with one fdatasync (group commit) and only then acknowledges each phone. The
//! board's thread never waits for the network: it only takes what is already queued.

mod code;
pub mod host;
mod lan;
pub mod limits;
mod page;
pub mod qr;
mod server;

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub use code::{new_code, normalise_code, show_code};
pub use lan::default_bind;

use crate::i18n::Lang;
use crate::model::{InboxItem, Names, Session};

/// What a phone is told once the board has handled its sending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ack {
    /// The idea is on disk (now or from an earlier try).
    Stored,
    /// Writing failed; the phone may send again (the id keeps it from being stored twice).
    Failed,
}

/// One idea from a phone, on its way to the board, with the way back to the phone.
#[derive(Debug)]
pub struct Submission {
    /// The idea as it will be kept.
    pub item: InboxItem,
    /// Where the acknowledgement goes.
    pub reply: tokio::sync::oneshot::Sender<Ack>,
}

/// What the participant page shows, published by the board whenever the session changes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RoomView {
    /// Session title.
    pub title: String,
    /// The agenda item running now and its question.
    pub agenda: Option<(String, String)>,
    /// Themes to choose from: key and names.
    pub themes: Vec<(String, Names)>,
    /// Accepted ideas, when the facilitator shows the wall to phones.
    pub wall: Option<Vec<String>>,
    /// Each participant's own sent ideas, by participant id.
    pub sent: HashMap<String, Vec<String>>,
    /// The session's language, for phones that say nothing.
    pub lang: Lang,
}

impl RoomView {
    /// The view of `session` as phones may see it.
    pub fn of(session: &Session) -> RoomView {
        let mut sent: HashMap<String, Vec<String>> = HashMap::new();
        let sources = session
            .ideas
            .iter()
            .filter_map(|i| i.source.as_deref().map(|s| (s, &i.text)))
            .chain(session.inbox.iter().map(|i| (&i.source, &i.text)));
        for (source, text) in sources {
            sent.entry(source.participant.clone())
                .or_default()
                .push(text.clone());
        }
        RoomView {
            title: session.title.clone(),
            agenda: session
                .current_agenda
                .and_then(|i| session.agenda.get(i))
                .map(|a| (a.title.clone(), a.prompt.clone())),
            themes: session
                .top_themes()
                .map(|t| (t.key.clone(), t.name.clone()))
                .collect(),
            wall: session
                .room
                .show_wall
                .then(|| session.ideas.iter().map(|i| i.text.clone()).collect()),
            sent,
            lang: session.language,
        }
    }
}

/// State the board and the server share, behind one lock held only for a moment.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) view: RoomView,
    pub(crate) code: String,
    pub(crate) blocked: HashSet<String>,
    pub(crate) limits: limits::Limits,
}

/// An open room: the server thread and the queue of what phones sent.
#[derive(Debug)]
pub struct Room {
    addr: SocketAddr,
    shared: Arc<Mutex<Shared>>,
    arrivals: mpsc::Receiver<Submission>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Room {
    /// Starts listening on `bind` (port 0: any free port) and serving the participant page,
    /// with a fresh join code.
    pub fn open(bind: SocketAddr, view: RoomView) -> std::io::Result<Room> {
        Room::open_with_code(bind, view, new_code())
    }

    /// Like [`Room::open`], with the join code `code` (the session's, see [`host::join_code`]).
    pub fn open_with_code(bind: SocketAddr, view: RoomView, code: String) -> std::io::Result<Room> {
        let shared = Arc::new(Mutex::new(Shared {
            view,
            code,
            blocked: HashSet::new(),
            limits: limits::Limits::default(),
        }));
        // Bounded, so a flood waits at the door instead of filling memory.
        let (tx, arrivals) = mpsc::sync_channel(4096);
        let (stop, stopped) = tokio::sync::oneshot::channel();
        let (addr, thread) = server::spawn(bind, Arc::clone(&shared), tx, stopped)?;
        Ok(Room {
            addr,
            shared,
            arrivals,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The join code, e.g. `K7QFM2XA`.
    pub fn code(&self) -> String {
        self.lock().code.clone()
    }

    /// The address phones open: the QR code holds it.
    pub fn url(&self) -> String {
        format!("http://{}/j/{}", self.addr, self.code())
    }

    /// The short address to type by hand (the page then asks for the code).
    pub fn short_url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Makes a new join code and returns it (for the session to keep); the old one stops
    /// working at once.
    pub fn rotate_code(&self) -> String {
        let code = new_code();
        self.lock().code = code.clone();
        code
    }

    /// Refuses further sendings from `participant`.
    pub fn block(&self, participant: &str) {
        self.lock().blocked.insert(participant.to_string());
    }

    /// Replaces what the participant page shows.
    pub fn publish(&self, view: RoomView) {
        let mut shared = self.lock();
        if shared.view != view {
            shared.view = view;
        }
    }

    /// Everything that has arrived, without waiting.
    pub fn take(&self) -> Vec<Submission> {
        self.arrivals.try_iter().collect()
    }

    /// Waits up to `timeout` for the first arrival, then takes everything queued.
    pub fn wait(&self, timeout: Duration) -> Vec<Submission> {
        match self.arrivals.recv_timeout(timeout) {
            Ok(first) => std::iter::once(first)
                .chain(self.arrivals.try_iter())
                .collect(),
            Err(_) => Vec::new(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Shared> {
        // A panic while holding the lock leaves plain data behind; go on with it.
        self.shared.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for Room {
    /// Closing the room stops the server: nothing listens any more.
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
