//! Helpers for the room tests: a real room on 127.0.0.1 with a host loop, and a minimal
//! HTTP/1.1 client (loopback only, one request per connection, bounded by timeouts).

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use foorumi::model::Session;
use foorumi::room::{Room, host};
use foorumi::store::SessionFile;

/// A response: status, headers (lower-case names) and body.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Sends one request to `addr` (which must be loopback) and reads the whole answer.
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Response {
    try_request(addr, method, path, headers, body).unwrap()
}

/// Like [`request`], but a refused or broken connection is an error, not a panic.
pub fn try_request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<Response> {
    try_request_from(None, addr, method, path, headers, body)
}

/// The loopback address phone `i` sends from: each phone its own, as on a real network
/// (Linux routes all of 127.0.0.0/8 to the loopback interface).
pub fn phone_address(i: usize) -> IpAddr {
    let i = u32::try_from(i).expect("a few phones");
    IpAddr::V4(Ipv4Addr::new(
        127,
        0,
        1 + (i / 200) as u8,
        10 + (i % 200) as u8,
    ))
}

/// Connects to `addr` from the loopback address `from` (`None`: the system's choice).
pub fn connect_from(from: Option<IpAddr>, addr: SocketAddr) -> std::io::Result<TcpStream> {
    assert!(addr.ip().is_loopback(), "tests talk to loopback only");
    let Some(from) = from else {
        return TcpStream::connect_timeout(&addr, Duration::from_secs(5));
    };
    assert!(from.is_loopback(), "tests send from loopback only");
    let socket = socket2::Socket::new(
        socket2::Domain::for_address(addr),
        socket2::Type::STREAM,
        None,
    )?;
    socket.bind(&SocketAddr::new(from, 0).into())?;
    socket.connect_timeout(&addr.into(), Duration::from_secs(5))?;
    Ok(socket.into())
}

/// Like [`try_request`], sent from the loopback address `from`.
pub fn try_request_from(
    from: Option<IpAddr>,
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<Response> {
    let mut stream = connect_from(from, addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(15)))?;
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    // A server may answer (413) before reading a large body; ignore a reset on writing.
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    if raw.is_empty() {
        return Err(std::io::Error::other("no answer"));
    }
    Ok(parse(&raw))
}

fn parse(raw: &[u8]) -> Response {
    let text = String::from_utf8_lossy(raw);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Response {
        status,
        headers,
        body: body.to_string(),
    }
}

/// URL-encodes form fields.
pub fn form(fields: &[(&str, &str)]) -> Vec<u8> {
    let mut out = String::new();
    for (i, (k, v)) in fields.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(k);
        out.push('=');
        for b in v.bytes() {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                out.push(b as char);
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out.into_bytes()
}

/// Posts an idea as a browser without JavaScript would (`json`: as the page's script does).
pub fn post_idea(
    addr: SocketAddr,
    code: &str,
    participant: &str,
    submission: &str,
    text: &str,
    json: bool,
) -> Response {
    try_post_idea(addr, code, participant, submission, text, json).unwrap()
}

/// Like [`post_idea`], but a refused or broken connection is an error.
pub fn try_post_idea(
    addr: SocketAddr,
    code: &str,
    participant: &str,
    submission: &str,
    text: &str,
    json: bool,
) -> std::io::Result<Response> {
    try_post_idea_from(None, addr, code, participant, submission, text, json)
}

/// Like [`try_post_idea`], sent from the loopback address `from`.
pub fn try_post_idea_from(
    from: Option<IpAddr>,
    addr: SocketAddr,
    code: &str,
    participant: &str,
    submission: &str,
    text: &str,
    json: bool,
) -> std::io::Result<Response> {
    let body = form(&[
        ("p", participant),
        ("s", submission),
        ("text", text),
        ("theme", "tilat"),
    ]);
    let mut headers = vec![("Content-Type", "application/x-www-form-urlencoded")];
    if json {
        headers.push(("Accept", "application/json"));
    }
    try_request_from(from, addr, "POST", &format!("/j/{code}"), &headers, &body)
}

/// A session file in `dir` with the default themes.
pub fn session_file(dir: &Path) -> PathBuf {
    let set = foorumi::bundled::theme_set(foorumi::bundled::DEFAULT_THEME_SET).unwrap();
    let session = Session::new("Kumppanuuspöytä", None, &set);
    let path = dir.join("room.ron");
    SessionFile::create(&path, &session).unwrap();
    path
}

/// A room on 127.0.0.1:0 whose host loop writes to the session at `path`, in a thread.
pub struct Running {
    pub addr: SocketAddr,
    pub code: String,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Running {
    pub fn start(path: &Path) -> Running {
        let stop = Arc::new(AtomicBool::new(false));
        let (tx, rx) = std::sync::mpsc::channel();
        let path = path.to_path_buf();
        let stopper = Arc::clone(&stop);
        let thread = std::thread::spawn(move || {
            let bind: SocketAddr = "127.0.0.1:0".parse().unwrap();
            host::serve_headless(
                &path,
                bind,
                foorumi::i18n::Lang::Fi,
                |room: &Room| tx.send((room.addr(), room.code())).unwrap(),
                || stopper.load(Ordering::Relaxed),
            )
            .unwrap();
        });
        let (addr, code) = rx.recv_timeout(Duration::from_secs(10)).unwrap();
        Running {
            addr,
            code,
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
