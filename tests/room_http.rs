//! The room server over real HTTP on 127.0.0.1: the form, acknowledgements after the disk
//! has the idea, retries that never store twice, limits with readable answers, escaping,
//! languages, and that nothing but the page is served.

mod room_support;

use foorumi::room::limits::{BURST, MAX_BODY, MAX_IDEA_CHARS};
use foorumi::store::SessionFile;
use room_support::{Running, form, post_idea, request, session_file};

fn stored(path: &std::path::Path) -> foorumi::model::Session {
    // Opened read-only beside the running writer: exactly what is on disk.
    SessionFile::open(path).unwrap().session
}

#[test]
fn a_form_post_is_on_disk_before_the_303_and_shows_on_the_phone() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path());
    let room = Running::start(&path);
    let r = post_idea(
        room.addr,
        &room.code,
        "phone0001",
        "sub000001",
        "Kerhotiloja iltaisin",
        false,
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let to = r.header("location").unwrap().to_string();
    assert!(to.starts_with(&format!("/j/{}", room.code)), "{to}");
    let on_disk = stored(&path);
    assert_eq!(on_disk.inbox.len(), 1);
    assert_eq!(on_disk.inbox[0].text, "Kerhotiloja iltaisin");
    assert_eq!(on_disk.inbox[0].theme.as_deref(), Some("tilat"));
    // The page after the redirect says it was sent and lists the participant's own idea.
    let page = request(
        room.addr,
        "GET",
        &to,
        &[("Cookie", "foorumi_p=phone0001")],
        b"",
    );
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Lähetetty ✓"), "{}", page.body);
    assert!(page.body.contains("<li>Kerhotiloja iltaisin</li>"));
    // Another phone does not see it.
    let other = request(
        room.addr,
        "GET",
        &format!("/j/{}", room.code),
        &[("Cookie", "foorumi_p=phone0002")],
        b"",
    );
    assert!(!other.body.contains("Kerhotiloja"), "{}", other.body);
}

#[test]
fn a_retried_submission_is_acknowledged_but_stored_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path());
    let room = Running::start(&path);
    for _ in 0..3 {
        let r = post_idea(
            room.addr,
            &room.code,
            "phone0001",
            "same-sub-1",
            "Yksi idea",
            true,
        );
        assert_eq!(r.status, 200, "{}", r.body);
        assert!(r.body.contains("\"ok\":true"), "{}", r.body);
        assert_eq!(r.header("content-type"), Some("application/json"));
    }
    assert_eq!(stored(&path).inbox.len(), 1);
}

#[test]
fn too_large_bodies_and_ideas_get_a_readable_413() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path());
    let room = Running::start(&path);
    let huge = "a".repeat(MAX_BODY + 100);
    let body = form(&[("p", "phone0001"), ("s", "sub000001"), ("text", &huge)]);
    let r = request(
        room.addr,
        "POST",
        &format!("/j/{}", room.code),
        &[("Content-Type", "application/x-www-form-urlencoded")],
        &body,
    );
    assert_eq!(r.status, 413);
    assert!(r.body.contains("liian suuri"), "{}", r.body);
    assert!(r.body.contains("<html lang=\"fi\">"));
    let long = "b".repeat(MAX_IDEA_CHARS + 1);
    let r = post_idea(
        room.addr,
        &room.code,
        "phone0001",
        "sub000002",
        &long,
        false,
    );
    assert_eq!(r.status, 413);
    assert!(
        r.body
            .contains(&format!("enintään {MAX_IDEA_CHARS} merkkiä")),
        "{}",
        r.body
    );
    // The typed text comes back in the form, so nothing is lost.
    assert!(r.body.contains(&long[..100]));
    assert!(stored(&path).inbox.is_empty());
}

#[test]
fn a_fast_phone_gets_429_with_retry_after_and_others_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path());
    let room = Running::start(&path);
    for i in 0..BURST {
        let r = post_idea(
            room.addr,
            &room.code,
            "phone0001",
            &format!("burst{i:04}"),
            "idea",
            true,
        );
        assert_eq!(r.status, 200, "{}", r.body);
    }
    let r = post_idea(
        room.addr,
        &room.code,
        "phone0001",
        "burst-over",
        "idea",
        false,
    );
    assert_eq!(r.status, 429);
    assert!(r.header("retry-after").is_some());
    assert!(r.body.contains("Odota"), "{}", r.body);
    let other = post_idea(
        room.addr,
        &room.code,
        "phone0002",
        "other0001",
        "idea",
        true,
    );
    assert_eq!(other.status, 200);
    assert_eq!(
        stored(&path).inbox.len(),
        usize::try_from(BURST).unwrap() + 1
    );
}

#[test]
fn hostile_text_is_cleaned_on_disk_and_escaped_on_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path());
    let room = Running::start(&path);
    let hostile = "<script>alert(1)</script>\u{1b}[2J\u{202e}txet";
    let r = post_idea(
        room.addr,
        &room.code,
        "phone0001",
        "sub000001",
        hostile,
        false,
    );
    assert_eq!(r.status, 303);
    let item = &stored(&path).inbox[0];
    assert!(
        !item.text.contains('\u{1b}') && !item.text.contains('\u{202e}'),
        "{:?}",
        item.text
    );
    let page = request(
        room.addr,
        "GET",
        &format!("/j/{}", room.code),
        &[("Cookie", "foorumi_p=phone0001")],
        b"",
    );
    assert!(!page.body.contains("<script>alert"), "{}", page.body);
    assert!(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let csp = page.header("content-security-policy").unwrap();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("script-src 'self'"),
        "{csp}"
    );
    assert!(
        page.header("access-control-allow-origin").is_none(),
        "no CORS"
    );
}

#[test]
fn the_page_speaks_the_phones_language_and_offers_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path());
    let room = Running::start(&path);
    let page = format!("/j/{}", room.code);
    let sv = request(
        room.addr,
        "GET",
        &page,
        &[("Accept-Language", "sv-FI,sv;q=0.9,en;q=0.5")],
        b"",
    );
    assert!(sv.body.contains("<html lang=\"sv\">"));
    assert!(sv.body.contains("Skicka"));
    assert!(sv.body.contains("hreflang=\"fi\">suomi</a>"));
    let en = request(
        room.addr,
        "GET",
        &format!("{page}?lang=en"),
        &[("Accept-Language", "sv")],
        b"",
    );
    assert!(en.body.contains("<html lang=\"en\">") && en.body.contains("Send"));
    let fi = request(room.addr, "GET", &page, &[], b"");
    assert!(fi.body.contains("Lähetä"));
}

#[test]
fn only_the_page_is_served_never_files_and_a_wrong_code_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path());
    let room = Running::start(&path);
    for probe in [
        "/room.ron",
        "/../room.ron",
        "/j/room.ron",
        "/j/AAAAAAAA",
        "/%2e%2e/room.ron",
        "/static/../../etc/passwd",
    ] {
        let r = request(room.addr, "GET", probe, &[], b"");
        assert_eq!(r.status, 404, "{probe}");
        assert!(
            !r.body.contains("Kumppanuuspöytä\"") && !r.body.contains("version:"),
            "{probe}"
        );
    }
    let wrong = post_idea(
        room.addr,
        "AAAAAAAA",
        "phone0001",
        "sub000001",
        "idea",
        false,
    );
    assert_eq!(wrong.status, 404);
    // The code typed by hand, any case and with the dash, leads to the page.
    let typed = format!("{}-{}", &room.code[..4], &room.code[4..]).to_lowercase();
    let r = request(room.addr, "GET", &format!("/j?code={typed}"), &[], b"");
    assert_eq!(r.status, 303);
    assert!(stored(&path).inbox.is_empty());
}

#[test]
fn a_form_without_ids_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path());
    let room = Running::start(&path);
    let body = form(&[("text", "idea")]);
    let r = request(
        room.addr,
        "POST",
        &format!("/j/{}", room.code),
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Accept", "application/json"),
        ],
        &body,
    );
    assert_eq!(r.status, 400);
    assert!(
        r.body.contains("\"ok\":false") && r.body.contains('p'),
        "{}",
        r.body
    );
}

#[test]
fn a_blocked_phone_gets_403_and_a_rotated_code_locks_the_old_one_out() {
    let room = foorumi::room::Room::open(
        "127.0.0.1:0".parse().unwrap(),
        foorumi::room::RoomView::default(),
    )
    .unwrap();
    room.block("phone0001");
    let old = room.code();
    let r = post_idea(room.addr(), &old, "phone0001", "sub000001", "idea", false);
    assert_eq!(r.status, 403);
    assert!(r.body.contains("estänyt"), "{}", r.body);
    room.rotate_code();
    assert_ne!(room.code(), old);
    let page = request(room.addr(), "GET", &format!("/j/{old}"), &[], b"");
    assert_eq!(page.status, 404);
    let page = request(room.addr(), "GET", &format!("/j/{}", room.code()), &[], b"");
    assert_eq!(page.status, 200);
    // Nothing was queued for the board.
    assert!(room.take().is_empty());
}

#[test]
fn closing_the_room_stops_listening() {
    let room = foorumi::room::Room::open(
        "127.0.0.1:0".parse().unwrap(),
        foorumi::room::RoomView::default(),
    )
    .unwrap();
    let addr = room.addr();
    assert!(std::net::TcpStream::connect(addr).is_ok());
    drop(room);
    assert!(
        std::net::TcpStream::connect(addr).is_err(),
        "nothing listens after closing"
    );
}
