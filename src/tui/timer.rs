//! The facilitator's timer: countdowns, 1-2-4-All and learning-café rounds.
//!
//! Pure logic on an injected clock (`now` is time since the board started), so tests never
//! sleep and the event loop decides when to wake up.

use std::time::Duration;

use crate::i18n::{Lang, Msg};

/// One step of a timer: a label and its length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// What the room does in this step ("Yksin", "Kierros 2/3" …).
    pub label: String,
    /// Planned length.
    pub length: Duration,
}

/// Whether the timer runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Run {
    /// Counting since `since`, with `banked` already elapsed before.
    Running { since: Duration, banked: Duration },
    /// Stopped with `banked` elapsed.
    Paused { banked: Duration },
}

/// A running or paused timer with one or more steps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timer {
    steps: Vec<Step>,
    run: Run,
    /// Minutes added with +1 min, per step: each lengthens only the step it was pressed in.
    extra: Vec<Duration>,
}

/// What the timer shows at a moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// Index of the current step.
    pub step: usize,
    /// Number of steps.
    pub steps: usize,
    /// Label of the current step.
    pub label: String,
    /// Seconds left in the current step; negative when over time (only after the last step).
    pub remaining: i64,
    /// True while counting.
    pub running: bool,
}

impl Reading {
    /// True when the last step has run out.
    pub fn over_time(&self) -> bool {
        self.remaining < 0
    }

    /// `12:05`, or `+0:35` over time.
    pub fn clock(&self) -> String {
        let s = self.remaining.unsigned_abs();
        let sign = if self.remaining < 0 { "+" } else { "" };
        format!("{sign}{}:{:02}", s / 60, s % 60)
    }
}

impl Timer {
    /// A timer of the given steps, paused at zero.
    pub fn new(steps: Vec<Step>) -> Timer {
        Timer {
            extra: vec![Duration::ZERO; steps.len()],
            steps,
            run: Run::Paused {
                banked: Duration::ZERO,
            },
        }
    }

    /// A plain countdown of `minutes`.
    pub fn countdown(lang: Lang, minutes: u32) -> Timer {
        Timer::new(vec![Step {
            label: Msg::TimerCountdown.fill(lang, &[&minutes]),
            length: Duration::from_secs(u64::from(minutes) * 60),
        }])
    }

    /// 1-2-4-All: alone 1 min, pairs 2 min, fours 4 min, whole group 5 min.
    pub fn one_two_four_all(lang: Lang) -> Timer {
        let step = |msg: Msg, min: u64| Step {
            label: msg.get(lang).to_string(),
            length: Duration::from_secs(min * 60),
        };
        Timer::new(vec![
            step(Msg::Timer124Alone, 1),
            step(Msg::Timer124Pairs, 2),
            step(Msg::Timer124Fours, 4),
            step(Msg::Timer124All, 5),
        ])
    }

    /// A learning café: `rounds` rounds of `minutes`, each telling the room to change tables.
    pub fn cafe(lang: Lang, rounds: u32, minutes: u32) -> Timer {
        let steps = (1..=rounds.max(1))
            .map(|r| Step {
                label: Msg::TimerCafeRound.fill(lang, &[&r, &rounds.max(1)]),
                length: Duration::from_secs(u64::from(minutes) * 60),
            })
            .collect();
        Timer::new(steps)
    }

    /// Parses what the facilitator typed: `5` (minutes), `1-2-4` (1-2-4-All) or `3x10`
    /// (café: rounds × minutes, also `kahvila 3x10`).
    pub fn parse(lang: Lang, text: &str) -> Option<Timer> {
        let t = text.trim().to_lowercase();
        let digits: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.starts_with("1-2-4") || digits == "124" || digits.contains("all") {
            return Some(Timer::one_two_four_all(lang));
        }
        let numbers: String = t
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == 'x' || *c == '×')
            .collect();
        if let Some((r, m)) = numbers.split_once(['x', '×']) {
            let (r, m) = (r.parse().ok()?, m.parse().ok()?);
            return (r > 0 && r <= 20 && m > 0 && m <= 180).then(|| Timer::cafe(lang, r, m));
        }
        let minutes: u32 = digits.trim_end_matches("min").parse().ok()?;
        (minutes > 0 && minutes <= 600).then(|| Timer::countdown(lang, minutes))
    }

    /// Time counted so far.
    fn elapsed(&self, now: Duration) -> Duration {
        match self.run {
            Run::Running { since, banked } => banked + now.saturating_sub(since),
            Run::Paused { banked } => banked,
        }
    }

    /// True while counting.
    pub fn running(&self) -> bool {
        matches!(self.run, Run::Running { .. })
    }

    /// Starts or resumes.
    pub fn start(&mut self, now: Duration) {
        if let Run::Paused { banked } = self.run {
            self.run = Run::Running { since: now, banked };
        }
    }

    /// Pauses.
    pub fn pause(&mut self, now: Duration) {
        let banked = self.elapsed(now);
        self.run = Run::Paused { banked };
    }

    /// Starts when paused, pauses when running.
    pub fn toggle(&mut self, now: Duration) {
        if self.running() {
            self.pause(now)
        } else {
            self.start(now)
        }
    }

    /// Gives the step running at `now` one more minute (never an earlier one).
    pub fn add_minute(&mut self, now: Duration) {
        let step = self.read(now).step;
        if let Some(extra) = self.extra.get_mut(step) {
            *extra += Duration::from_secs(60);
        }
    }

    /// Back to the start of the first step, paused.
    pub fn reset(&mut self) {
        self.run = Run::Paused {
            banked: Duration::ZERO,
        };
        self.extra.iter_mut().for_each(|e| *e = Duration::ZERO);
    }

    /// Jumps to the start of the next step (or over time after the last).
    pub fn skip(&mut self, now: Duration) {
        let reading = self.read(now);
        let left = Duration::from_secs(reading.remaining.max(0) as u64);
        match &mut self.run {
            Run::Running { banked, .. } | Run::Paused { banked } => *banked += left,
        }
    }

    /// What to show at `now`. Extra minutes lengthen the step that is running.
    pub fn read(&self, now: Duration) -> Reading {
        let elapsed = self.elapsed(now);
        let mut start = Duration::ZERO;
        let last = self.steps.len().saturating_sub(1);
        for (i, step) in self.steps.iter().enumerate() {
            let end = start + step.length + self.extra[i];
            if elapsed < end || i == last {
                let remaining = end.as_secs() as i64 - elapsed.as_secs() as i64;
                return Reading {
                    step: i,
                    steps: self.steps.len(),
                    label: step.label.clone(),
                    remaining,
                    running: self.running(),
                };
            }
            start = end;
        }
        Reading {
            step: 0,
            steps: 0,
            label: String::new(),
            remaining: 0,
            running: false,
        }
    }

    /// How long until the shown second changes, so an idle board wakes only then.
    pub fn next_change(&self, now: Duration) -> Option<Duration> {
        if !self.running() {
            return None;
        }
        let nanos = self.elapsed(now).subsec_nanos();
        Some(Duration::from_nanos(u64::from(1_000_000_000 - nanos)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(secs: u64) -> Duration {
        Duration::from_secs(secs)
    }

    #[test]
    fn countdown_runs_pauses_and_goes_over_time() {
        let mut t = Timer::countdown(Lang::Fi, 2);
        assert_eq!(t.read(s(0)).clock(), "2:00");
        t.start(s(10));
        assert_eq!(t.read(s(40)).clock(), "1:30");
        t.pause(s(40));
        assert_eq!(t.read(s(100)).clock(), "1:30");
        t.start(s(100));
        let over = t.read(s(200));
        assert!(over.over_time());
        assert_eq!(over.clock(), "+0:10");
        t.add_minute(s(200));
        assert_eq!(t.read(s(200)).clock(), "0:50");
        t.reset();
        assert_eq!(t.read(s(300)).clock(), "2:00");
        assert!(!t.running());
    }

    #[test]
    fn one_two_four_all_moves_through_its_steps() {
        let mut t = Timer::one_two_four_all(Lang::Fi);
        t.start(s(0));
        assert_eq!(
            (t.read(s(30)).step, t.read(s(30)).clock()),
            (0, "0:30".into())
        );
        assert_eq!(
            (t.read(s(61)).step, t.read(s(61)).clock()),
            (1, "1:59".into())
        );
        assert_eq!(t.read(s(3 * 60 + 1)).step, 2);
        let last = t.read(s(7 * 60 + 1));
        assert_eq!((last.step, last.label.as_str()), (3, "Koko ryhmä"));
        assert!(t.read(s(12 * 60 + 5)).over_time());
        let mut t = Timer::one_two_four_all(Lang::Fi);
        t.start(s(0));
        t.skip(s(10));
        assert_eq!(t.read(s(10)).step, 1);
    }

    #[test]
    fn one_more_minute_lengthens_the_current_step_not_the_one_before() {
        let mut t = Timer::one_two_four_all(Lang::Fi);
        t.start(s(0));
        // 5 s into the pairs (step 1, 2 min): +1 min gives the pairs 2:55 left, not the
        // lone minute back.
        t.add_minute(s(65));
        let now = t.read(s(65));
        assert_eq!((now.step, now.clock()), (1, "2:55".into()));
        // The steps after it keep their lengths: fours start 4 min later than planned 3.
        assert_eq!(t.read(s(4 * 60 + 1)).step, 2);
        assert_eq!(t.read(s(4 * 60 + 1)).clock(), "3:59");
    }

    #[test]
    fn cafe_rounds_and_parsing() {
        let t = Timer::parse(Lang::Fi, "kahvila 3x10").unwrap();
        assert_eq!(t.read(s(0)).label, "Kierros 1/3 — vaihtakaa pöytää");
        assert_eq!(t.read(s(0)).steps, 3);
        assert_eq!(
            Timer::parse(Lang::Fi, "5").unwrap().read(s(0)).clock(),
            "5:00"
        );
        assert_eq!(
            Timer::parse(Lang::Fi, "1-2-4-All")
                .unwrap()
                .read(s(0))
                .steps,
            4
        );
        assert!(Timer::parse(Lang::Fi, "").is_none());
        assert!(Timer::parse(Lang::Fi, "0").is_none());
        assert!(Timer::parse(Lang::Fi, "abc").is_none());
    }

    #[test]
    fn wakes_only_when_the_second_changes() {
        let mut t = Timer::countdown(Lang::Fi, 1);
        assert_eq!(t.next_change(s(0)), None);
        t.start(Duration::from_millis(0));
        assert_eq!(
            t.next_change(Duration::from_millis(300)),
            Some(Duration::from_millis(700))
        );
    }
}
