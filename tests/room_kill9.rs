//! Crash safety of the room: `foorumi room` killed with SIGKILL in the middle of a storm of
//! phone ideas loses no acknowledged idea; after reopening the inbox is back, and phones
//! that retry (the same submission ids) never get an idea stored twice.

#![cfg(unix)]

mod room_support;

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use room_support::{phone_address, session_file, try_post_idea_from};

const PHONES: usize = 40;
const EACH: usize = 8;

/// Starts `foorumi room` on 127.0.0.1 and reads the address it prints.
fn start(path: &std::path::Path, home: &std::path::Path) -> (Child, SocketAddr, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_foorumi"))
        .args(["room", path.to_str().unwrap(), "--bind", "127.0.0.1:0"])
        .env("FOORUMI_HOME", home)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    // http://127.0.0.1:PORT/j/CODE
    let rest = line.trim().strip_prefix("http://").unwrap();
    let (addr, code) = rest.split_once("/j/").unwrap();
    (child, addr.parse().unwrap(), code.to_string())
}

fn sub_id(phone: usize, n: usize) -> String {
    format!("storm-{phone:03}-{n:03}")
}

/// Every phone sends its ideas in turn; returns the submission ids acknowledged.
fn storm(
    addr: SocketAddr,
    code: &str,
    stop_on_error: bool,
    acked: Arc<Mutex<HashSet<String>>>,
) -> HashSet<String> {
    let threads: Vec<_> = (0..PHONES)
        .map(|phone| {
            let acked = Arc::clone(&acked);
            let code = code.to_string();
            std::thread::spawn(move || {
                for n in 0..EACH {
                    let id = sub_id(phone, n);
                    let r = try_post_idea_from(
                        Some(phone_address(phone)),
                        addr,
                        &code,
                        &format!("phone-{phone:03}"),
                        &id,
                        &format!("Idea {phone}/{n}"),
                        true,
                    );
                    match r {
                        Ok(r) if r.status == 200 => {
                            acked.lock().unwrap().insert(id);
                        }
                        _ if stop_on_error => return,
                        _ => {}
                    }
                }
            })
        })
        .collect();
    for t in threads {
        let _ = t.join();
    }
    // The killer thread may still hold its handle on the set (it waits for the board to
    // die), so the set is copied rather than unwrapped.
    acked.lock().unwrap().clone()
}

#[test]
fn sigkill_mid_storm_loses_no_acknowledged_idea_and_retries_store_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path());
    let (mut child, addr, code) = start(&path, dir.path());
    let acked = Arc::new(Mutex::new(HashSet::new()));
    let seen = Arc::clone(&acked);
    let killer = std::thread::spawn(move || {
        // Mid-storm: once a fifth of the ideas are acknowledged (or after 5 s at most).
        for _ in 0..5000 {
            if seen.lock().unwrap().len() >= PHONES * EACH / 5 {
                break;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        drop(seen);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
    });
    let acked = storm(addr, &code, true, acked);
    killer.join().unwrap();
    let session = foorumi::store::SessionFile::open(&path).unwrap().session;
    let on_disk: HashSet<String> = session
        .inbox
        .iter()
        .map(|i| i.source.submission.clone())
        .collect();
    for id in &acked {
        assert!(on_disk.contains(id), "acknowledged {id} lost");
    }
    assert!(acked.len() < PHONES * EACH, "the kill came mid-storm");
    drop(session);

    // The phones retry everything, acknowledged or not, against the reopened room.
    let (mut child, addr, code) = start(&path, dir.path());
    // Each phone's burst allowance was used before the crash in another process; this one
    // starts fresh, so every retry is admitted.
    let second = storm(addr, &code, false, Arc::default());
    let _ = child.kill();
    let _ = child.wait();
    let session = foorumi::store::SessionFile::open(&path).unwrap().session;
    let ids: Vec<&str> = session
        .inbox
        .iter()
        .map(|i| i.source.submission.as_str())
        .collect();
    let unique: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(ids.len(), unique.len(), "an idea was stored twice");
    assert_eq!(second.len(), PHONES * EACH, "every retry acknowledged");
    assert_eq!(unique.len(), PHONES * EACH);
    eprintln!(
        "acknowledged before the kill: {}, on disk after it: {}",
        acked.len(),
        on_disk.len()
    );
}
