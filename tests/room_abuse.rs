//! The room against a script rather than a phone, over real HTTP on 127.0.0.1 (clients on
//! their own loopback addresses): inventing participant ids does not dodge the limits,
//! a slow client cannot hold a connection (slowloris), and one address cannot take all
//! the connections. Every client is bounded in count and time.

mod room_support;

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use foorumi::room::limits::{
    HEADER_TIMEOUT, JOIN_BURST, JOIN_REFILL, MAX_CONNECTIONS_PER_ADDRESS, REFILL,
};
use foorumi::store::SessionFile;
use room_support::{Running, connect_from, phone_address, session_file, try_post_idea_from};

fn stored_count(path: &std::path::Path) -> usize {
    SessionFile::open(path).unwrap().session.inbox.len()
}

#[test]
fn a_script_inventing_ids_is_limited_by_its_address_and_phones_keep_their_share() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path());
    let room = Running::start(&path);
    let script = Some(phone_address(0));
    let post = |from, p: &str, s: &str| {
        try_post_idea_from(from, room.addr, &room.code, p, s, "Mainos", true).unwrap()
    };
    // A phone at the script's address sends once before the script starts.
    assert_eq!(post(script, "neighbour01", "neighbour-s0").status, 200);
    let mut passed = 0;
    let mut refused = 0;
    for i in 0..60 {
        let r = post(script, &format!("fake{i:06}"), &format!("fake-s{i:06}"));
        match r.status {
            200 => passed += 1,
            429 => {
                refused += 1;
                // New ids wait for the address's next join (up to 5 s, more than a
                // participant's 3), and the header says the wait the page says.
                let wait = r.header("retry-after").unwrap();
                assert!(
                    r.body.contains(&format!("Odota {wait} s")),
                    "{wait}: {}",
                    r.body
                );
                let secs: u64 = wait.parse().unwrap();
                assert!((1..=JOIN_REFILL.as_secs()).contains(&secs), "{secs}");
                assert!(r.body.contains("Odota"), "{}", r.body);
            }
            other => panic!("unexpected {other}: {}", r.body),
        }
    }
    // The neighbour already took one of the joins; a refilled one may come in between.
    assert!(
        passed <= JOIN_BURST as usize,
        "{passed} invented ids got through"
    );
    assert!(refused >= 60 - JOIN_BURST as usize - 1);
    // A phone on another address is not touched by the script.
    let elsewhere = post(Some(phone_address(1)), "elsewhere01", "elsewhere-s0");
    assert_eq!(elsewhere.status, 200, "{}", elsewhere.body);
    // The quiet neighbour gets its share once its own bucket is full again.
    std::thread::sleep(REFILL + Duration::from_millis(200));
    let neighbour = post(script, "neighbour01", "neighbour-s1");
    assert_eq!(neighbour.status, 200, "{}", neighbour.body);
    assert_eq!(stored_count(&path), 1 + passed + 1 + 1);
}

/// Reads until the server closes the connection or `limit` passes; the time it took.
fn closed_within(stream: &mut std::net::TcpStream, limit: Duration) -> Option<Duration> {
    let began = Instant::now();
    stream.set_read_timeout(Some(limit)).unwrap();
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return Some(began.elapsed()),
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return None,
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => return None,
            Err(_) => return Some(began.elapsed()),
        }
        if began.elapsed() > limit {
            return None;
        }
    }
}

#[test]
fn a_client_trickling_its_headers_is_cut_off() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path());
    let room = Running::start(&path);
    let mut slow = connect_from(Some(phone_address(2)), room.addr).unwrap();
    let began = Instant::now();
    // One header byte a second, never finishing: without a deadline this holds forever.
    let trickle = format!("POST /j/{} HTTP/1.1\r\nHost: x\r\nX-Slow: ", room.code);
    slow.write_all(trickle.as_bytes()).unwrap();
    let mut cut = false;
    while began.elapsed() < HEADER_TIMEOUT + Duration::from_secs(5) {
        if slow.write_all(b"a").is_err() {
            cut = true;
            break;
        }
        if closed_within(&mut slow, Duration::from_secs(1)).is_some() {
            cut = true;
            break;
        }
    }
    assert!(
        cut,
        "the connection was still open after {:?}",
        began.elapsed()
    );
    assert!(began.elapsed() >= HEADER_TIMEOUT - Duration::from_secs(1));
}

#[test]
fn a_client_trickling_its_body_gets_408() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path());
    let room = Running::start(&path);
    let mut slow = connect_from(Some(phone_address(3)), room.addr).unwrap();
    let head = format!(
        "POST /j/{} HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: 200\r\n\r\np=slow0001&s=",
        room.code
    );
    slow.write_all(head.as_bytes()).unwrap();
    slow.set_read_timeout(Some(HEADER_TIMEOUT + Duration::from_secs(10)))
        .unwrap();
    let mut answer = Vec::new();
    let _ = slow.read_to_end(&mut answer);
    let text = String::from_utf8_lossy(&answer);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(text.contains("liian hitaasti"), "{text}");
    assert_eq!(stored_count(&path), 0);
}

#[test]
fn one_address_cannot_take_every_connection() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path());
    let room = Running::start(&path);
    let hog = Some(phone_address(4));
    // Idle connections up to the address's share stay open; the next one is closed at once.
    let mut held: Vec<_> = (0..MAX_CONNECTIONS_PER_ADDRESS)
        .map(|_| connect_from(hog, room.addr).unwrap())
        .collect();
    let mut extra = connect_from(hog, room.addr).unwrap();
    assert!(
        closed_within(&mut extra, Duration::from_secs(3)).is_some(),
        "one connection more than the address's share is closed"
    );
    // Another address is served meanwhile.
    let r = try_post_idea_from(
        Some(phone_address(5)),
        room.addr,
        &room.code,
        "phone0005",
        "phone0005-s0",
        "Idea",
        true,
    )
    .unwrap();
    assert_eq!(r.status, 200, "{}", r.body);
    // Closing one gives the address its place back.
    held.pop();
    std::thread::sleep(Duration::from_millis(300));
    let r = try_post_idea_from(
        hog,
        room.addr,
        &room.code,
        "phone0004",
        "phone0004-s0",
        "Idea",
        true,
    )
    .unwrap();
    assert_eq!(r.status, 200, "{}", r.body);
}
