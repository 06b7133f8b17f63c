//! `cargo bench --bench perf`: the performance budgets of foorumi, measured on generated
//! sessions of 100, 1,000 and 10,000 ideas with realistic Finnish text in 20 themes.
//!
//! Prints `BENCH <name> <value> <unit>` for every figure and
//! `BUDGET <name> PASS|FAIL <measured> <target>` for every budget; exits 0 either way.

use std::io::{self, Write};

use std::time::{Duration, Instant};

use chrono::DateTime;
use foorumi::i18n::Lang;
use foorumi::model::{Idea, IdeaId, Session, Theme, ThemeSet};
use foorumi::tui::style::{Palette, Styles};
use foorumi::tui::{Action, App, update};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

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

/// One character typed with the board visible: update + draw, p50 and p99 in µs.
fn keystroke(n: usize, (w, h): (u16, u16)) -> (f64, f64, u64) {
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
    let mut samples = Vec::with_capacity(2000);
    let before = counter.0.get();
    for i in 0..2000 {
        let t = Instant::now();
        let action = if i % 40 == 39 {
            Action::ClearLine
        } else {
            Action::Insert('ä')
        };
        update(&mut app, action);
        draw(&mut term, &app);
        samples.push(t.elapsed());
    }
    let bytes = (counter.0.get() - before) / 2000;
    (
        percentile(&mut samples, 0.5),
        percentile(&mut samples, 0.99),
        bytes,
    )
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

/// Open: snapshot + journal replay to the first frame, against the bare `ron` parse.
fn open(dir: &std::path::Path, n: usize) -> (f64, f64) {
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
    let text = std::fs::read_to_string(&path).unwrap();
    let mut parse = Vec::new();
    let mut opened = Vec::new();
    for _ in 0..7 {
        let t = Instant::now();
        let s: Session = ron::from_str(&text).unwrap();
        parse.push(t.elapsed());
        std::hint::black_box(s);
        let t = Instant::now();
        let o = SessionFile::open(&path).unwrap();
        let app = app(o.session);
        let mut term = terminal(80, 24, Counter::default());
        draw(&mut term, &app);
        opened.push(t.elapsed());
        drop(o.file);
    }
    (
        percentile(&mut opened, 0.5) / 1000.0,
        percentile(&mut parse, 0.5) / 1000.0,
    )
}

/// Durable add through the store, against a raw append + fdatasync of the same bytes.
fn durable_add(dir: &std::path::Path) -> (f64, f64) {
    use foorumi::store::SessionFile;
    use std::os::unix::fs::FileExt;
    let path = dir.join("add.ron");
    let mut session = generated(1_000);
    let mut file = SessionFile::create(&path, &session).unwrap();
    let raw_path = dir.join("raw.bin");
    let raw = std::fs::OpenOptions::new()
        .create(true)
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
        let bytes = serde_json::to_vec(&change).unwrap();
        let t = Instant::now();
        file.record(&change).unwrap();
        store.push(t.elapsed());
        let t = Instant::now();
        raw.write_all_at(&bytes, raw.metadata().unwrap().len())
            .unwrap();
        raw.sync_data().unwrap();
        plain.push(t.elapsed());
    }
    (percentile(&mut store, 0.5), percentile(&mut plain, 0.5))
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

fn main() {
    if let Ok(path) = std::env::var("FOORUMI_BENCH_RSS_CHILD") {
        rss_child(&path);
        return;
    }
    let mut report = Report { failed: 0 };
    let mut p99 = std::collections::HashMap::new();
    for &size in &SIZES {
        for &n in &COUNTS {
            let (p50, p99v, bytes) = keystroke(n, size);
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
    let dir = tempfile::tempdir_in(".").unwrap();
    for &n in &COUNTS {
        let (opened, parse) = open(dir.path(), n);
        report.bench(&format!("open_ms_{n}"), opened, "ms");
        report.bench(&format!("bare_parse_ms_{n}"), parse, "ms");
        if n == 10_000 {
            report.budget("open_vs_parse_10000", opened / parse, 1.5);
        }
    }
    let (store, raw) = durable_add(dir.path());
    report.bench("durable_add_p50", store, "us");
    report.bench("raw_write_fdatasync_p50", raw, "us");
    report.budget("durable_add_vs_raw", store / raw, 1.2);
    let big = dir.path().join("open-10000.ron");
    let file_mb = std::fs::metadata(&big)
        .map(|m| m.len() as f64 / 1e6)
        .unwrap_or(0.0);
    if let Some(rss) = peak_rss(&big) {
        report.bench("peak_rss_10000", rss, "MB");
        report.bench("session_file_10000", file_mb, "MB");
        report.budget("peak_rss_mb_10000", rss, 3.0 * file_mb + 20.0);
    }
    println!("# {} budget(s) failed", report.failed);
}
