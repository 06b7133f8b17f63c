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

fn main() {
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
    println!("# {} budget(s) failed", report.failed);
}
