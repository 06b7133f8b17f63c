//! `foorumi room`: the room without a board, for a laptop that only collects ideas (and
//! for load tests). Prints the address phones open, serves until stdin ends (Ctrl+D).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::Failure;
use super::args::RoomArgs;
use crate::i18n::{Lang, Msg};
use crate::room::{self, Room};

/// Runs the headless room on `args.path`.
pub fn run(args: &RoomArgs, lang: Lang) -> Result<(), Failure> {
    let (bind, interface) = match args.bind {
        Some(addr) => (addr, String::new()),
        None => room::default_bind(),
    };
    let stop = Arc::new(AtomicBool::new(false));
    let stopper = Arc::clone(&stop);
    std::thread::spawn(move || {
        // Any input line or the end of input closes the room.
        let mut line = String::new();
        let _ = std::io::stdin().read_line(&mut line);
        stopper.store(true, Ordering::Relaxed);
    });
    let announce = |room: &Room| {
        super::print(&format!("{}\n", room.url()));
        eprintln!(
            "foorumi: {}",
            Msg::RoomListening.fill(
                lang,
                &[
                    &room.short_url(),
                    &room::show_code(&room.code()),
                    &interface
                ]
            )
        );
    };
    room::host::serve_headless(&args.path, bind, lang, announce, || {
        stop.load(Ordering::Relaxed)
    })
    .map_err(Failure::Message)
}
