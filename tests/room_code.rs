//! The join code belongs to the session: a room opened again on the same session (a board
//! restarted, `foorumi room` run again) keeps it, so printed codes and stations keep working.
//! Real server on 127.0.0.1 only.

mod room_support;

use foorumi::store::SessionFile;
use room_support::{Running, request, session_file};

#[test]
fn a_room_opened_again_on_the_same_session_keeps_its_join_code() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path());
    assert_eq!(SessionFile::open(&path).unwrap().session.room.code, None);
    let first = Running::start(&path);
    let code = first.code.clone();
    // Kept on disk before the room listened, so a kill now would not lose it either.
    let on_disk = SessionFile::open(&path).unwrap().session.room.code;
    assert_eq!(on_disk.as_deref(), Some(code.as_str()));
    drop(first);
    let again = Running::start(&path);
    assert_eq!(again.code, code, "the second opening used another code");
    let page = request(again.addr, "GET", &format!("/j/{code}"), &[], b"");
    assert_eq!(page.status, 200, "the old address still opens the page");
}

#[test]
fn a_hand_edited_bad_code_is_replaced_not_served() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    // The snapshot names the rules only when they differ from a new session's.
    assert!(!text.contains("code:"), "{text}");
    let first = Running::start(&path);
    drop(first);
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replacen("code: \"", "code: \"<b>", 1);
    assert_ne!(edited, text, "{text}");
    std::fs::write(&path, edited).unwrap();
    let again = Running::start(&path);
    assert!(foorumi::model::join_code_ok(&again.code), "{}", again.code);
}
