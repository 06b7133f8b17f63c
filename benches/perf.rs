//! `cargo bench --bench perf`: the performance budgets of foorumi, measured on generated
//! sessions of 100, 1,000 and 10,000 ideas with realistic Finnish text in 20 themes.
//!
//! Prints `BENCH <name> <value> <unit>` for every figure and
//! `BUDGET <name> PASS|FAIL <measured> <target>` for every budget; exits 0 either way.

use std::io::{self, Write};

use std::time::{Duration, Instant};

use chrono::DateTime;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use foorumi::i18n::Lang;
use foorumi::model::{Idea, IdeaId, Session, Theme, ThemeSet};
use foorumi::tui::run::deliver;
use foorumi::tui::style::{Palette, Styles};
use foorumi::tui::{Action, App, update};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

#[path = "support/room.rs"]
mod room;

const SIZES: [(u16, u16); 3] = [(80, 24), (200, 50), (320, 90)];
const COUNTS: [usize; 3] = [100, 1_000, 10_000];

const WORDS: &[&str] = &[
    "järjestöt",
    "kaupunki",
    "tilat",
    "avustukset",
    "yhteistyö",
    "vapaaehtoiset",
    "viestintä",
    "kumppanuus",
    "ikäihmiset",
    "hyvinvointi",
    "yhdistysten",
    "toimintaa",
    "yhdessä",
    "kehittäminen",
    "tiedotus",
    "maksutta",
    "säännöllinen",
    "tapaamiset",
    "verkostot",
    "hanke",
    "koulutukset",
    "nuoret",
    "kylätalo",
    "rahoitus",
    "päätöksenteko",
    "osallisuus",
    "esteettömyys",
    "kirjasto",
    "ennaltaehkäisevä",
    "työ",
    "pitää",
    "olla",
    "ja",
    "että",
    "myös",
    "uusia",
    "ideoita",
    "👍",
];

/// A session with `n` ideas spread over 20 themes; deterministic.
pub fn generated(n: usize) -> Session {
    let themes = (0..20)
        .map(|i| {
            Theme::new(
                &format!("teema-{i}"),
                &format!("Teema {i}: {}", WORDS[i % WORDS.len()]),
            )
        })
        .collect();
    let set = ThemeSet {
        key: "bench".into(),
        name: foorumi::model::Names::same("Bench"),
        description: String::new(),
        themes,
    };
    let mut session = Session::new("Järjestöfoorumi", None, &set);
    let created = DateTime::parse_from_rfc3339("2026-11-22T13:00:00+02:00").unwrap();
    let mut seed = 12345u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for i in 0..n {
        let len = 6 + (next() % 18) as usize;
        let text: Vec<&str> = (0..len)
            .map(|_| WORDS[(next() % WORDS.len() as u64) as usize])
            .collect();
        let theme = format!("teema-{}", next() % 20);
        let idea = Idea::new(IdeaId(i as u64 + 1), &text.join(" "), Some(&theme), created);
        session.ideas.push(idea);
    }
    session.next_id = n as u64 + 1;
    session
}

/// Counts the bytes a frame sends to the terminal.
#[derive(Default, Clone)]
struct Counter(std::rc::Rc<std::cell::Cell<u64>>);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.set(self.0.get() + buf.len() as u64);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn terminal(w: u16, h: u16, counter: Counter) -> Terminal<CrosstermBackend<Counter>> {
    Terminal::with_options(
        CrosstermBackend::new(counter),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
        },
    )
    .unwrap()
}

fn app(session: Session) -> App {
    let now = DateTime::parse_from_rfc3339("2026-11-22T13:00:00+02:00").unwrap();
    App::new(
        session,
        Lang::Fi,
        Styles::new(Palette::Projector, false),
        now,
    )
}

fn draw(terminal: &mut Terminal<CrosstermBackend<Counter>>, app: &App) {
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
}

fn percentile(samples: &mut [Duration], p: f64) -> f64 {
    samples.sort();
    let i = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[i].as_secs_f64() * 1e6
}

/// One character typed with the board visible, in the event loop's order (tick, key, tick,
/// draw): p50 and p99 in µs, and the bytes sent per frame, for each of `COUNTS` at one size. The sessions take turns keystroke
/// by keystroke, so that whatever else the machine does falls on all of them alike and the
/// ratio between them measures the board, not the moment.
fn keystrokes((w, h): (u16, u16)) -> Vec<(f64, f64, u64)> {
    const SAMPLES: usize = 4000;
    let mut boards: Vec<_> = COUNTS
        .iter()
        .map(|&n| {
            let mut app = app(generated(n));
            update(
                &mut app,
                Action::Resize {
                    width: w,
                    height: h,
                },
            );
            let counter = Counter::default();
            let mut term = terminal(w, h, counter.clone());
            draw(&mut term, &app);
            let before = counter.0.get();
            (app, term, counter, before, Vec::with_capacity(SAMPLES))
        })
        .collect();
    for i in 0..SAMPLES {
        // Keys as the terminal reports them, through the typing guard and the keymap; a
        // typist's gap between them.
        let key = if i % 40 == 39 {
            KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)
        } else {
            KeyEvent::new(KeyCode::Char('ä'), KeyModifiers::NONE)
        };
        let clock = Duration::from_millis(120 * (i as u64 + 1));
        for (app, term, _, _, samples) in &mut boards {
            let t = Instant::now();
            // The loop's order: the key with its clock, then the tick at the top of the next
            // pass, then the frame.
            deliver(app, Action::Key(key), clock);
            update(app, Action::Tick(clock));
            draw(term, app);
            samples.push(t.elapsed());
        }
    }
    boards
        .into_iter()
        .map(|(_, _, counter, before, mut samples)| {
            (
                percentile(&mut samples, 0.5),
                percentile(&mut samples, 0.99),
                (counter.0.get() - before) / SAMPLES as u64,
            )
        })
        .collect()
}

/// A full redraw (after a resize clears the screen), p50 in µs.
fn full_redraw(n: usize, (w, h): (u16, u16)) -> f64 {
    let mut app = app(generated(n));
    update(
        &mut app,
        Action::Resize {
            width: w,
            height: h,
        },
    );
    let mut samples = Vec::new();
    for _ in 0..200 {
        let mut term = terminal(w, h, Counter::default());
        let t = Instant::now();
        draw(&mut term, &app);
        samples.push(t.elapsed());
    }
    percentile(&mut samples, 0.5)
}

struct Report {
    failed: usize,
}

impl Report {
    fn bench(&self, name: &str, value: f64, unit: &str) {
        println!("BENCH {name} {value:.1} {unit}");
    }
    fn budget(&mut self, name: &str, measured: f64, target: f64) {
        let pass = measured <= target;
        self.failed += usize::from(!pass);
        println!(
            "BUDGET {name} {} {measured:.3} {target:.3}",
            if pass { "PASS" } else { "FAIL" }
        );
    }
}

/// `path` with `suffix` added to its file name, as the store names a session's companions.
fn sibling(path: &std::path::Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

/// Writes `bytes` to `path` and waits for the disk, so that no dirty page of the set-up is
/// left for a timed fsync to write back.
fn write_synced(path: &std::path::Path, bytes: &[u8]) {
    let mut file = std::fs::File::create(path).unwrap();
    file.write_all(bytes).unwrap();
    file.sync_all().unwrap();
}

/// Open: from the session file to the first frame at 80×24, against the bare `ron` parse of
/// the same file. Every timed open finds the snapshot of `n` ideas and a journal of 100 more
/// (as after a crash, or after `foorumi add` ran with no board open), so it replays them and,
/// as the writer, folds them into a new snapshot. Beside it, a reopen of the folded file (as
/// after a normal quit: an empty journal). Returns (open, reopen, bare parse) p50 in ms.
fn open(dir: &std::path::Path, n: usize) -> (f64, f64, f64) {
    use foorumi::store::SessionFile;
    let path = dir.join(format!("open-{n}.ron"));
    let session = generated(n);
    let mut file = SessionFile::create(&path, &session).unwrap();
    // A realistic journal: the last 100 ideas of the session arrived as changes.
    let mut live = session.clone();
    for i in 0..100 {
        let idea = Idea::new(
            live.peek_id(),
            &format!("Uusi idea {i} kylätalosta"),
            Some("teema-3"),
            live.ideas[0].created,
        );
        let change = foorumi::model::Change::AddIdea {
            idea,
            position: None,
        };
        live.apply(change.clone()).unwrap();
        file.record(&change).unwrap();
    }
    drop(file);
    let journal_path = sibling(&path, ".journal");
    let snapshot = std::fs::read(&path).unwrap();
    let journal = std::fs::read(&journal_path).unwrap();
    let text = String::from_utf8(snapshot.clone()).unwrap();
    let mut parse = Vec::new();
    let mut opened = Vec::new();
    let mut reopened = Vec::new();
    let first_frame = |times: &mut Vec<Duration>| {
        let t = Instant::now();
        let o = SessionFile::open(&path).unwrap();
        let app = app(o.session);
        let mut term = terminal(80, 24, Counter::default());
        draw(&mut term, &app);
        times.push(t.elapsed());
        assert_eq!(app.session.ideas.len(), n + 100);
        drop(o.file);
    };
    for _ in 0..7 {
        // Back to the snapshot and its journal, as the previous open found them.
        for suffix in [".bak1", ".bak2", ".bak3", ".bak1.journal"] {
            let _ = std::fs::remove_file(sibling(&path, suffix));
        }
        write_synced(&path, &snapshot);
        write_synced(&journal_path, &journal);

        let t = Instant::now();
        let s: Session = ron::from_str(&text).unwrap();
        parse.push(t.elapsed());
        std::hint::black_box(s);
        first_frame(&mut opened);
        first_frame(&mut reopened);
    }
    (
        percentile(&mut opened, 0.5) / 1000.0,
        percentile(&mut reopened, 0.5) / 1000.0,
        percentile(&mut parse, 0.5) / 1000.0,
    )
}

/// Durable add through the store, against a raw append + fdatasync of as many bytes to the
/// same kind of file: an existing file with a header, in the same folder, opened for appending.
fn durable_add(dir: &std::path::Path) -> (f64, f64) {
    use foorumi::store::SessionFile;
    let path = dir.join("add.ron");
    let mut session = generated(1_000);
    let mut file = SessionFile::create(&path, &session).unwrap();
    let journal_path = sibling(&path, ".journal");
    let raw_path = dir.join("raw.journal");
    // Starts as the journal does: its header, on disk.
    write_synced(&raw_path, &std::fs::read(&journal_path).unwrap());
    let mut raw = std::fs::OpenOptions::new()
        .append(true)
        .open(&raw_path)
        .unwrap();
    let mut store = Vec::new();
    let mut plain = Vec::new();
    for i in 0..200 {
        let idea = Idea::new(
            session.peek_id(),
            &format!("Idea {i}: yhteinen tapahtumakalenteri järjestöille"),
            Some("teema-1"),
            session.ideas[0].created,
        );
        let change = foorumi::model::Change::AddIdea {
            idea,
            position: None,
        };
        session.apply(change.clone()).unwrap();
        let before = std::fs::metadata(&journal_path).unwrap().len();
        let mut timed_store = || {
            let t = Instant::now();
            file.record(&change).unwrap();
            store.push(t.elapsed());
        };
        // The same number of bytes as the record the store appends (frame and payload).
        let bytes = vec![b'x'; 12 + serde_json::to_vec(&change).unwrap().len()];
        let mut timed_raw = || {
            let t = Instant::now();
            raw.write_all(&bytes).unwrap();
            raw.sync_data().unwrap();
            plain.push(t.elapsed());
        };
        // Alternated, so neither always runs right after the other's fsync.
        if i % 2 == 0 {
            timed_store();
            timed_raw();
        } else {
            timed_raw();
            timed_store();
        }
        let after = std::fs::metadata(&journal_path).unwrap().len();
        assert_eq!(after - before, bytes.len() as u64, "not like with like");
    }
    (percentile(&mut store, 0.5), percentile(&mut plain, 0.5))
}

/// `foorumi add`'s append ([`append_new`](foorumi::store::append_new), as the command calls
/// it) to a session of `n` ideas, against a raw write + fdatasync of as many bytes to a file
/// in the same folder. Returns (add, raw) p50 in µs.
fn shell_add(dir: &std::path::Path, n: usize) -> (f64, f64) {
    use foorumi::store::{SessionFile, StoreError, append_new};
    let path = dir.join(format!("shell-add-{n}.ron"));
    let session = generated(n);
    drop(SessionFile::create(&path, &session).unwrap());
    let created = session.ideas[0].created;
    let raw_path = dir.join(format!("shell-raw-{n}.journal"));
    write_synced(
        &raw_path,
        &std::fs::read(sibling(&path, ".journal")).unwrap(),
    );
    let mut raw = std::fs::OpenOptions::new()
        .append(true)
        .open(&raw_path)
        .unwrap();
    let (mut add, mut plain) = (Vec::new(), Vec::new());
    for i in 0..60 {
        let text = format!("Idea {i} kuoresta: yhteinen tapahtumakalenteri");
        let idea = |id| foorumi::model::Change::AddIdea {
            idea: Idea::new(id, &text, Some("teema-1"), created),
            position: None,
        };
        // The same number of bytes as the record appended (frame and payload).
        let expected = idea(IdeaId((n + i + 1) as u64));
        let bytes = vec![b'x'; 12 + serde_json::to_vec(&expected).unwrap().len()];
        let mut timed_add = || {
            let t = Instant::now();
            let (change, _) =
                append_new(&path, |facts| Ok::<_, StoreError>(idea(facts.next_id))).unwrap();
            add.push(t.elapsed());
            assert_eq!(change, expected, "not like with like");
        };
        let mut timed_raw = || {
            let t = Instant::now();
            raw.write_all(&bytes).unwrap();
            raw.sync_data().unwrap();
            plain.push(t.elapsed());
        };
        // Alternated, so neither always runs right after the other's fsync.
        if i % 2 == 0 {
            timed_add();
            timed_raw();
        } else {
            timed_raw();
            timed_add();
        }
    }
    (percentile(&mut add, 0.5), percentile(&mut plain, 0.5))
}

/// Every export format of the 10,000-idea session, p50 in ms.
fn exports() -> Vec<(&'static str, f64)> {
    use foorumi::export::{Format, Options, render};
    let session = generated(10_000);
    let options = Options::for_session(&session);
    Format::ALL
        .iter()
        .map(|&format| {
            let mut samples = Vec::new();
            for _ in 0..7 {
                let t = Instant::now();
                let bytes = render(&session, format, &options);
                samples.push(t.elapsed());
                assert!(!bytes.is_empty());
            }
            (format.extension(), percentile(&mut samples, 0.5) / 1000.0)
        })
        .collect()
}

/// Peak RSS of a fresh process that opens `path`, in MB (Linux /proc).
fn peak_rss(path: &std::path::Path) -> Option<f64> {
    let out = std::process::Command::new(std::env::current_exe().ok()?)
        .env("FOORUMI_BENCH_RSS_CHILD", path)
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse::<f64>()
        .ok()
}

fn rss_child(path: &str) {
    let opened = foorumi::store::SessionFile::open(std::path::Path::new(path)).unwrap();
    let app = app(opened.session);
    let mut term = terminal(80, 24, Counter::default());
    draw(&mut term, &app);
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb: f64 = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    println!("{}", kb / 1024.0);
}

/// Starts `command` in a detached 100×30 tmux session `name` with its data in `home`;
/// `None` when tmux is missing or refuses.
fn tmux_pane(name: &str, home: &std::path::Path, command: &str) -> Option<()> {
    let started = std::process::Command::new("tmux")
        .args([
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            "100",
            "-y",
            "30",
            "-e",
        ])
        .arg(format!("FOORUMI_HOME={}", home.display()))
        .arg(command)
        .status()
        .ok()?;
    started.success().then_some(())
}

/// CPU used by an idle board with a running timer over 5 s, in percent of one core.
/// Runs the real binary in a tmux pane (the board needs a terminal); `None` without tmux.
fn idle_cpu() -> Option<f64> {
    let home = tempfile::tempdir().ok()?;
    let name = format!("foorumi-bench-{}", std::process::id());
    let bin = env!("CARGO_BIN_EXE_foorumi");
    let tmux = |args: &[&str]| std::process::Command::new("tmux").args(args).output().ok();
    tmux_pane(&name, home.path(), bin)?;
    std::thread::sleep(Duration::from_millis(1500));
    for keys in [&["F6"][..], &["-l", "5"][..], &["Enter"][..]] {
        let mut args = vec!["send-keys", "-t", &name];
        args.extend_from_slice(keys);
        tmux(&args);
        std::thread::sleep(Duration::from_millis(300));
    }
    let pid =
        String::from_utf8(tmux(&["list-panes", "-t", &name, "-F", "#{pane_pid}"])?.stdout).ok()?;
    let stat = format!("/proc/{}/schedstat", pid.trim());
    let ns = || -> Option<u64> {
        std::fs::read_to_string(&stat)
            .ok()?
            .split_whitespace()
            .next()?
            .parse()
            .ok()
    };
    let before = ns()?;
    std::thread::sleep(Duration::from_secs(5));
    let after = ns()?;
    tmux(&["kill-session", "-t", &name]);
    Some((after - before) as f64 / 5e9 * 100.0)
}

/// A typed burst of 1,495 characters (more than crossterm's 1 KiB read buffer) through a
/// real terminal: ms until its last characters are on screen, or `Some(10_000)` when they
/// never show without another key (the stall of crossterm's edge-triggered reader).
fn typed_burst() -> Option<f64> {
    let home = tempfile::tempdir().ok()?;
    let name = format!("foorumi-burst-{}", std::process::id());
    let bin = env!("CARGO_BIN_EXE_foorumi");
    let tmux = |args: &[&str]| std::process::Command::new("tmux").args(args).output().ok();
    tmux_pane(&name, home.path(), bin)?;
    std::thread::sleep(Duration::from_millis(1500));
    let burst = format!("{}LOPPU", "a".repeat(1490));
    let started = Instant::now();
    tmux(&["send-keys", "-t", &name, "-l", &burst]);
    let mut shown = None;
    while started.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
        let pane = tmux(&["capture-pane", "-t", &name, "-p"])?;
        if String::from_utf8_lossy(&pane.stdout).contains("LOPPU") {
            shown = Some(started.elapsed().as_secs_f64() * 1000.0);
            break;
        }
    }
    tmux(&["kill-session", "-t", &name]);
    Some(shown.unwrap_or(10_000.0))
}

/// Startup to the first frame of the demo, in ms (mean of 30 runs by `hyperfine`, shell
/// start subtracted). The board needs a terminal, so hyperfine runs in a tmux pane and the
/// binary quits after its first frame (`--first-frame-only`). `None` without hyperfine or tmux.
fn startup() -> Option<f64> {
    let home = tempfile::tempdir().ok()?;
    let out = home.path().join("startup.json");
    let name = format!("foorumi-startup-{}", std::process::id());
    let bin = env!("CARGO_BIN_EXE_foorumi");
    let command = format!("'{bin}' --first-frame-only </dev/tty >/dev/tty");
    let script = format!(
        "hyperfine --warmup 3 --runs 30 --style none --export-json '{}' \"{command}\"",
        out.display()
    );
    tmux_pane(&name, home.path(), &script)?;
    // The JSON appears when hyperfine is done; give up after a minute.
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
        if let Ok(text) = std::fs::read_to_string(&out)
            && let Ok(json) = serde_json::from_str::<serde_json::Value>(&text)
        {
            return json["results"][0]["mean"].as_f64().map(|s| s * 1000.0);
        }
    }
    let _ = std::process::Command::new("tmux")
        .args(["kill-session", "-t", &name])
        .status();
    None
}

fn main() {
    if let Ok(path) = std::env::var("FOORUMI_BENCH_RSS_CHILD") {
        rss_child(&path);
        return;
    }
    if let Ok(dir) = std::env::var("FOORUMI_BENCH_ROOM_CHILD") {
        room::rss_child(&dir);
        return;
    }
    // `cargo bench --bench perf -- export` runs only the parts whose name holds a word given.
    let words: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let wanted = |part: &str| words.is_empty() || words.iter().any(|w| part.contains(w.as_str()));
    let mut report = Report { failed: 0 };
    if wanted("keystroke redraw") {
        keystroke_budgets(&mut report);
    }
    let dir = tempfile::tempdir_in(".").unwrap();
    if wanted("open rss") {
        for &n in &COUNTS {
            let (opened, reopened, parse) = open(dir.path(), n);
            report.bench(&format!("open_ms_{n}"), opened, "ms");
            report.bench(&format!("reopen_ms_{n}"), reopened, "ms");
            report.bench(&format!("bare_parse_ms_{n}"), parse, "ms");
            if n == 10_000 {
                report.bench("reopen_vs_parse_10000", reopened / parse, "x");
                report.budget("open_vs_parse_10000", opened / parse, 1.5);
            }
        }
        let big = dir.path().join("open-10000.ron");
        let file_mb = std::fs::metadata(&big)
            .map(|m| m.len() as f64 / 1e6)
            .unwrap_or(0.0);
        if let Some(rss) = peak_rss(&big) {
            report.bench("peak_rss_10000", rss, "MB");
            report.bench("session_file_10000", file_mb, "MB");
            report.budget("peak_rss_mb_10000", rss, 3.0 * file_mb + 20.0);
        }
    }
    if wanted("durable add") {
        let (store, raw) = durable_add(dir.path());
        report.bench("durable_add_p50", store, "us");
        report.bench("raw_write_fdatasync_p50", raw, "us");
        report.budget("durable_add_vs_raw", store / raw, 1.2);
    }
    if wanted("shell add") {
        for n in [1_000, 10_000] {
            let (add, raw) = shell_add(dir.path(), n);
            report.bench(&format!("shell_add_p50_{n}"), add, "us");
            report.bench(&format!("shell_add_raw_fdatasync_p50_{n}"), raw, "us");
            report.budget(&format!("shell_add_vs_raw_{n}"), add / raw, 2.0);
        }
    }
    if wanted("export") {
        for (format, ms) in exports() {
            let name = format!("export_{format}_10000_ms");
            report.bench(&name, ms, "ms");
            report.budget(&name, ms, 100.0);
        }
    }
    if wanted("import") {
        let ms = import_markdown();
        report.bench("import_md_5mb_ms", ms, "ms");
        report.budget("import_md_5mb_ms", ms, 1000.0);
    }
    if wanted("startup") {
        match startup() {
            Some(ms) => report.bench("startup_first_frame_demo", ms, "ms"),
            None => println!("# startup not measured: needs hyperfine and tmux"),
        }
    }
    if wanted("typed burst") {
        match typed_burst() {
            Some(ms) => report.budget("typed_burst_1495_chars_ms", ms, 1000.0),
            None => println!("# typed burst not measured: tmux is not available"),
        }
    }
    if wanted("idle cpu timer") {
        match idle_cpu() {
            Some(cpu) => {
                report.bench("idle_cpu_running_timer", cpu, "%");
                report.budget("idle_cpu_percent", cpu, 1.0);
            }
            None => println!("# idle CPU not measured: tmux is not available"),
        }
    }
    if wanted("merge tables") {
        let (open, merge) = merge_tables(dir.path());
        report.bench("open_12x1000_ms", open, "ms");
        report.bench("merge_12x1000_ms", merge, "ms");
        report.budget("merge_vs_open_12x1000", merge / open, 2.0);
    }
    if wanted("room storm phones") {
        room_budgets(&mut report, dir.path());
    }
    println!("# {} budget(s) failed", report.failed);
}

/// About 5 MB of Markdown as a big event's summary looks: headings (many repeated, as
/// group summaries repeat the same themes), bullets with sub-points, paragraphs, links.
fn big_markdown() -> String {
    let names = [
        "Tilat",
        "Avustukset",
        "Viestintä",
        "Vapaaehtoistoiminta",
        "Kumppanuus",
    ];
    let mut md = String::from("# Järjestöfoorumi 2026\n\n");
    let mut n = 0;
    while md.len() < 5_000_000 {
        let name = names[n % names.len()];
        md.push_str(&format!("## {name} – ryhmä {}\n\n", n / 7));
        md.push_str("Keskustelussa nousi esiin:\n\n");
        for i in 0..8 {
            md.push_str(&format!(
                "- Idea {n}.{i}: järjestöjen **yhteiset** tilat ja [kalenteri](liite-{i}.pdf)\n"
            ));
            md.push_str("  - alakohta iltakäytöstä ja avaimista\n");
        }
        md.push_str(&format!(
            "\nKappale {n}: kaupunki selvittää asian ensi vuonna.\n\n"
        ));
        n += 1;
    }
    md
}

/// Milliseconds to import [`big_markdown`] (the best of three after one warm-up).
fn import_markdown() -> f64 {
    let md = big_markdown();
    let source = foorumi::import::source::Source {
        kind: foorumi::import::source::Kind::Text,
        text: md,
        notices: Vec::new(),
    };
    let options = foorumi::import::Options::default();
    let _ = foorumi::import::from_source(&source, &options);
    (0..3)
        .map(|_| {
            let t = Instant::now();
            let imported = foorumi::import::from_source(&source, &options);
            assert!(imported.session.ideas.len() > 10_000);
            t.elapsed().as_secs_f64() * 1e3
        })
        .fold(f64::INFINITY, f64::min)
}

/// Keystroke frames and full redraws at every size and session size, with their budgets.
fn keystroke_budgets(report: &mut Report) {
    let mut p99 = std::collections::HashMap::new();
    for &size in &SIZES {
        for (&n, (p50, p99v, bytes)) in COUNTS.iter().zip(keystrokes(size)) {
            let tag = format!("{}x{}_{n}", size.0, size.1);
            report.bench(&format!("keystroke_p50_{tag}"), p50, "us");
            report.bench(&format!("keystroke_p99_{tag}"), p99v, "us");
            report.bench(&format!("keystroke_bytes_{tag}"), bytes as f64, "bytes");
            report.bench(
                &format!("full_redraw_p50_{tag}"),
                full_redraw(n, size),
                "us",
            );
            p99.insert((size, n), p99v);
        }
    }
    report.budget(
        "keystroke_p99_200x50_1000_us",
        p99[&((200, 50), 1_000)],
        1000.0,
    );
    for &size in &SIZES {
        let ratio = p99[&(size, 10_000)] / p99[&(size, 100)];
        report.budget(
            &format!("keystroke_10000_vs_100_{}x{}", size.0, size.1),
            ratio,
            1.5,
        );
    }
}

/// Issue 13: 300 phones × 5 ideas at once, the keystrokes during it, the server's memory and
/// its idle cost.
fn room_budgets(report: &mut Report, dir: &std::path::Path) {
    let storm = room::storm(dir);
    let sent = (room::PHONES * room::EACH) as f64;
    report.bench("room_storm_ideas", sent, "ideas");
    report.bench("room_ack_p99", storm.ack_p99_ms, "ms");
    report.bench("room_all_in", storm.all_in_ms, "ms");
    report.bench("room_keystroke_quiet_p99", storm.key_quiet_p99_us, "us");
    report.bench("room_keystroke_storm_p99", storm.key_storm_p99_us, "us");
    report.budget("room_storm_lost", storm.lost as f64, 0.0);
    report.budget("room_storm_ack_p99_ms", storm.ack_p99_ms, 50.0);
    report.budget("room_storm_all_on_disk_ms", storm.all_in_ms, 2000.0);
    report.budget(
        "room_keystroke_storm_vs_quiet",
        storm.key_storm_p99_us / storm.key_quiet_p99_us,
        1.2,
    );
    match room::server_rss_mb(dir) {
        Some(mb) => report.budget("room_server_added_rss_mb", mb, 30.0),
        None => println!("# room server RSS not measured"),
    }
    match room_idle_cpu() {
        Some(added) => report.budget("room_idle_added_cpu_percent", added, 0.5),
        None => println!("# room idle CPU not measured: tmux is not available"),
    }
}

/// CPU a board adds by having the room open and idle, in percent of one core: the board
/// in a tmux pane over 5 s with the room open (`--share`, loopback) minus without.
fn room_idle_cpu() -> Option<f64> {
    let bin = env!("CARGO_BIN_EXE_foorumi");
    let measure = |args: &str| -> Option<f64> {
        let home = tempfile::tempdir().ok()?;
        let name = format!("foorumi-room-idle-{}", std::process::id());
        let tmux = |a: &[&str]| std::process::Command::new("tmux").args(a).output().ok();
        tmux_pane(&name, home.path(), &format!("{bin} {args}"))?;
        std::thread::sleep(Duration::from_millis(2000));
        let pid =
            String::from_utf8(tmux(&["list-panes", "-t", &name, "-F", "#{pane_pid}"])?.stdout)
                .ok()?;
        let stat = format!("/proc/{}/schedstat", pid.trim());
        let ns = || -> Option<u64> {
            std::fs::read_to_string(&stat)
                .ok()?
                .split_whitespace()
                .next()?
                .parse()
                .ok()
        };
        let before = ns()?;
        std::thread::sleep(Duration::from_secs(5));
        let after = ns()?;
        tmux(&["kill-session", "-t", &name]);
        Some((after - before) as f64 / 5e9 * 100.0)
    };
    let without = measure("")?;
    let with = measure("--share --bind 127.0.0.1:0")?;
    println!("BENCH room_idle_cpu_board {without:.2} %");
    println!("BENCH room_idle_cpu_board_room_open {with:.2} %");
    Some((with - without).max(0.0))
}

/// `foorumi merge` of 12 tables' files of 1,000 ideas each, step by step as the command
/// does it (read each file as `export` does, merge, count the duplicates across tables,
/// create the merged file), against opening the 12 files as the board does (the store's
/// open, as in `open_ms_*`, without the frame); medians in ms.
fn merge_tables(dir: &std::path::Path) -> (f64, f64) {
    use foorumi::model::{TableSession, merge_tables, suggest_duplicates};
    use foorumi::store::{SessionFile, check};
    let paths: Vec<std::path::PathBuf> = (0..12)
        .map(|t| {
            let mut session = generated(1000);
            session.title = format!("Ryhmä {}", t + 1);
            for idea in &mut session.ideas {
                idea.created += chrono::Duration::seconds(t);
            }
            let path = dir.join(format!("poyta-{t}.ron"));
            drop(SessionFile::create(&path, &session).unwrap());
            path
        })
        .collect();
    let read = || -> Vec<Session> {
        (paths.iter())
            .map(|p| check(p).repaired().expect("a sound file"))
            .collect()
    };
    let (mut opened, mut merged) = (Vec::new(), Vec::new());
    for run in 0..5 {
        let t = Instant::now();
        for p in &paths {
            std::hint::black_box(SessionFile::open(p).unwrap());
        }
        opened.push(t.elapsed());

        let t = Instant::now();
        let sessions = read();
        let tables: Vec<TableSession> = (sessions.iter())
            .map(|s| TableSession {
                table: &s.title,
                session: s,
            })
            .collect();
        let mut all = Session::new(
            "Yhteenveto",
            None,
            &ThemeSet {
                key: String::new(),
                name: foorumi::model::Names::default(),
                description: String::new(),
                themes: Vec::new(),
            },
        );
        let read_at = t.elapsed();
        merge_tables(&mut all, &tables);
        let merge_at = t.elapsed();
        std::hint::black_box(suggest_duplicates(&all).len());
        let dup_at = t.elapsed();
        let out = dir.join(format!("kaikki-{run}.ron"));
        drop(SessionFile::create(&out, &all).unwrap());
        merged.push(t.elapsed());
        if run == 0 {
            println!(
                "# merge steps (ms): read {:.0}, merge {:.0}, duplicates {:.0}, write {:.0}",
                read_at.as_secs_f64() * 1e3,
                (merge_at - read_at).as_secs_f64() * 1e3,
                (dup_at - merge_at).as_secs_f64() * 1e3,
                (t.elapsed() - dup_at).as_secs_f64() * 1e3,
            );
        }
        assert_eq!(all.ideas.len(), 12_000);
    }
    (
        percentile(&mut opened, 0.5) / 1000.0,
        percentile(&mut merged, 0.5) / 1000.0,
    )
}
