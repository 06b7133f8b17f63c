//! The room's budgets: 300 phones sending 5 ideas each at once to a board on 127.0.0.1.
//!
//! The board's side runs the real path (`tui::run::take_arrivals`: one journal record and
//! one fdatasync per batch, then the acknowledgements) in a loop that also types into the
//! capture line and draws, as the facilitator would during the storm. Traffic goes to
//! loopback only and every client stops after its 5 ideas.

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use foorumi::i18n::Lang;
use foorumi::model::Session;
use foorumi::room::{Room, RoomView};
use foorumi::store::SessionFile;
use foorumi::tui::style::{Palette, Styles};
use foorumi::tui::{Action, App, update};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

/// Phones in the storm.
pub const PHONES: usize = 300;
/// Ideas each phone sends.
pub const EACH: usize = 5;

/// What the storm measured.
pub struct Storm {
    /// Ideas sent and not acknowledged, or acknowledged and missing from the disk.
    pub lost: usize,
    /// Submit → acknowledged, 99th percentile, ms.
    pub ack_p99_ms: f64,
    /// From the start of the storm until every idea was acknowledged (so on disk and in
    /// the board's inbox), ms.
    pub all_in_ms: f64,
    /// Keystroke frame (update + draw) p99 before the storm, µs.
    pub key_quiet_p99_us: f64,
    /// Keystroke frame p99 during the storm, µs.
    pub key_storm_p99_us: f64,
}

/// The loopback address phone `phone` sends from: each its own, as on a real network, since
/// the room limits what one address may do (Linux routes all of 127.0.0.0/8 to loopback).
fn phone_address(phone: usize) -> IpAddr {
    let i = u32::try_from(phone).expect("a few phones");
    IpAddr::V4(Ipv4Addr::new(
        127,
        0,
        1 + (i / 200) as u8,
        10 + (i % 200) as u8,
    ))
}

fn post(addr: SocketAddr, code: &str, phone: usize, n: usize) -> Option<u16> {
    assert!(addr.ip().is_loopback());
    let body =
        format!("p=phone{phone:05}&s=storm{phone:05}x{n}&text=Idea+{phone}+numero+{n}&theme=tilat");
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).ok()?;
    socket
        .bind(&SocketAddr::new(phone_address(phone), 0).into())
        .ok()?;
    socket
        .connect_timeout(&addr.into(), Duration::from_secs(5))
        .ok()?;
    let mut stream: TcpStream = socket.into();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    let head = format!(
        "POST /j/{code} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nAccept: application/json\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(head.as_bytes()).ok()?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).ok()?;
    let text = String::from_utf8_lossy(&answer);
    text.split_whitespace().nth(1)?.parse().ok()
}

/// The same request from an async task: 300 phones on one client thread, so the clients
/// take little of the two cores the board and the server need (real phones bring their own).
async fn post_async(addr: SocketAddr, code: &str, phone: usize, n: usize) -> Option<u16> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    assert!(addr.ip().is_loopback());
    let body =
        format!("p=phone{phone:05}&s=storm{phone:05}x{n}&text=Idea+{phone}+numero+{n}&theme=tilat");
    let socket = tokio::net::TcpSocket::new_v4().ok()?;
    socket.bind(SocketAddr::new(phone_address(phone), 0)).ok()?;
    let mut stream = socket.connect(addr).await.ok()?;
    let head = format!(
        "POST /j/{code} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nAccept: application/json\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.ok()?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.ok()?;
    let text = String::from_utf8_lossy(&answer);
    text.split_whitespace().nth(1)?.parse().ok()
}

fn p99(samples: &mut [Duration]) -> f64 {
    samples.sort();
    let i = ((samples.len() as f64 - 1.0) * 0.99).round() as usize;
    samples[i].as_secs_f64()
}

/// Runs the storm against a board on a fresh session in `dir`.
pub fn storm(dir: &std::path::Path) -> Storm {
    let set = foorumi::bundled::theme_set(foorumi::bundled::DEFAULT_THEME_SET).unwrap();
    let path = dir.join("storm.ron");
    let _ = std::fs::remove_file(&path);
    let mut file = SessionFile::create(&path, &Session::new("Myrsky", None, &set)).unwrap();
    let now = chrono::Local::now().fixed_offset();
    let mut app = App::new(
        foorumi::store::load(&path).unwrap(),
        Lang::Fi,
        Styles::new(Palette::Projector, false),
        now,
    );
    update(
        &mut app,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    let mut term = Terminal::with_options(
        CrosstermBackend::new(std::io::sink()),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, 80, 24)),
        },
    )
    .unwrap();
    let room = Room::open("127.0.0.1:0".parse().unwrap(), RoomView::of(&app.session)).unwrap();
    let (addr, code) = (room.addr(), room.code());
    let mut i = 0usize;
    let mut frame = |app: &mut App, term: &mut Terminal<CrosstermBackend<std::io::Sink>>| {
        i += 1;
        let action = if i.is_multiple_of(40) {
            Action::ClearLine
        } else {
            Action::Insert('ä')
        };
        let t = Instant::now();
        update(app, action);
        term.draw(|f| f.render_widget(&*app, f.area())).unwrap();
        t.elapsed()
    };
    // Quiet: the same loop with the room open and nobody sending.
    let mut quiet = Vec::new();
    for _ in 0..1500 {
        quiet.push(frame(&mut app, &mut term));
        foorumi::tui::run::take_arrivals(&mut app, &mut file, &room);
        std::thread::sleep(Duration::from_millis(1));
    }
    // The phones: one client thread, all 300 starting at once, each sending its 5 in turn.
    let (done_tx, done_rx) = std::sync::mpsc::channel();
    let go = Arc::new(Barrier::new(2));
    let go_client = Arc::clone(&go);
    let client = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        go_client.wait();
        let began = Instant::now();
        let acks = runtime.block_on(async {
            let tasks: Vec<_> = (0..PHONES)
                .map(|phone| {
                    let code = code.clone();
                    tokio::spawn(async move {
                        let mut acks = Vec::with_capacity(EACH);
                        for n in 0..EACH {
                            let t = Instant::now();
                            let sent = tokio::time::timeout(
                                Duration::from_secs(10),
                                post_async(addr, &code, phone, n),
                            );
                            if sent.await.ok().flatten() == Some(200) {
                                acks.push(t.elapsed());
                            }
                        }
                        acks
                    })
                })
                .collect();
            let mut all = Vec::new();
            for t in tasks {
                all.extend(t.await.unwrap_or_default());
            }
            all
        });
        let _ = done_tx.send(());
        (acks, began.elapsed())
    });
    go.wait();
    let began = Instant::now();
    let mut during = Vec::new();
    while done_rx.try_recv().is_err() && began.elapsed() < Duration::from_secs(30) {
        during.push(frame(&mut app, &mut term));
        foorumi::tui::run::take_arrivals(&mut app, &mut file, &room);
        std::thread::sleep(Duration::from_millis(1));
    }
    let (mut acks, all_in) = client.join().unwrap();
    let on_disk = SessionFile::open(&path).unwrap().session.inbox.len();
    let sent = PHONES * EACH;
    let lost = (sent - acks.len())
        .max(sent.saturating_sub(on_disk))
        .max(sent.saturating_sub(app.session.inbox.len()));
    drop(room);
    Storm {
        lost,
        ack_p99_ms: if acks.is_empty() {
            f64::INFINITY
        } else {
            p99(&mut acks) * 1e3
        },
        all_in_ms: all_in.as_secs_f64() * 1e3,
        key_quiet_p99_us: p99(&mut quiet) * 1e6,
        key_storm_p99_us: if during.is_empty() {
            0.0
        } else {
            p99(&mut during) * 1e6
        },
    }
}

/// In a child process (`FOORUMI_BENCH_ROOM_CHILD=DIR`): the RSS the room server adds, MB.
/// Opens a session, notes its RSS, opens the room, takes a storm from its parent, and
/// prints the peak RSS minus the RSS before the room was opened.
pub fn rss_child(dir: &str) {
    let set = foorumi::bundled::theme_set(foorumi::bundled::DEFAULT_THEME_SET).unwrap();
    let path = std::path::Path::new(dir).join("rss.ron");
    let mut file = SessionFile::create(&path, &Session::new("Muisti", None, &set)).unwrap();
    let mut session = foorumi::store::load(&path).unwrap();
    let kb = |field: &str| -> f64 {
        std::fs::read_to_string("/proc/self/status")
            .unwrap_or_default()
            .lines()
            .find(|l| l.starts_with(field))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0)
    };
    let before = kb("VmRSS:");
    let room = Room::open("127.0.0.1:0".parse().unwrap(), RoomView::of(&session)).unwrap();
    println!("{} {}", room.addr(), room.code());
    std::io::stdout().flush().unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while session.inbox.len() < PHONES * EACH && Instant::now() < deadline {
        let arrived = room.wait(Duration::from_millis(100));
        foorumi::room::host::commit(&mut session, &mut file, arrived, |s| {
            room.publish(RoomView::of(s))
        })
        .unwrap();
    }
    println!("{}", (kb("VmHWM:") - before) / 1024.0);
}

/// Runs [`rss_child`] and sends it the storm; the RSS it reports, MB.
pub fn server_rss_mb(dir: &std::path::Path) -> Option<f64> {
    use std::io::BufRead;
    let mut child = std::process::Command::new(std::env::current_exe().ok()?)
        .env("FOORUMI_BENCH_ROOM_CHILD", dir)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    let mut lines = std::io::BufReader::new(child.stdout.take()?).lines();
    let first = lines.next()?.ok()?;
    let (addr, code) = first.split_once(' ')?;
    let addr: SocketAddr = addr.parse().ok()?;
    let code = code.to_string();
    let clients: Vec<_> = (0..PHONES)
        .map(|phone| {
            let code = code.clone();
            std::thread::spawn(move || {
                for n in 0..EACH {
                    post(addr, &code, phone, n);
                }
            })
        })
        .collect();
    for c in clients {
        let _ = c.join();
    }
    let mb = lines.next()?.ok()?.trim().parse().ok();
    let _ = child.wait();
    mb
}
