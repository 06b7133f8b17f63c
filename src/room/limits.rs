//! What one participant may do: a token bucket per participant and a cap on participants,
//! so one phone (or a script) cannot drown the room or the facilitator's inbox.

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// Most bytes one request body may have.
pub const MAX_BODY: usize = 8 * 1024;
/// Most characters one idea may have (the board shows ideas, not essays).
pub const MAX_IDEA_CHARS: usize = 500;
/// Most characters of a name or an organisation.
pub const MAX_NAME_CHARS: usize = 80;
/// Sendings one participant may make at once.
pub const BURST: u32 = 10;
/// One more sending is allowed after this long.
pub const REFILL: Duration = Duration::from_secs(3);
/// Most participants one room takes (a 140-person forum fits with room to spare).
pub const MAX_PARTICIPANTS: usize = 400;

/// Why a sending is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Too many sendings too fast; retry after this many seconds.
    TooFast(u64),
    /// The room has its most participants already.
    Full,
}

#[derive(Debug)]
struct Bucket {
    tokens: u32,
    since: Instant,
}

/// Token buckets by participant id.
#[derive(Debug, Default)]
pub struct Limits {
    buckets: HashMap<String, Bucket>,
}

impl Limits {
    /// Takes one token from `participant`'s bucket at `now`, or says why not.
    pub fn take(&mut self, participant: &str, now: Instant) -> Result<(), Refusal> {
        if !self.buckets.contains_key(participant) {
            if self.buckets.len() >= MAX_PARTICIPANTS {
                return Err(Refusal::Full);
            }
            self.buckets.insert(
                participant.to_string(),
                Bucket {
                    tokens: BURST,
                    since: now,
                },
            );
        }
        let bucket = self.buckets.get_mut(participant).expect("inserted above");
        let earned = now.saturating_duration_since(bucket.since).as_millis() / REFILL.as_millis();
        if earned > 0 {
            let earned = u32::try_from(earned).unwrap_or(u32::MAX);
            bucket.tokens = bucket.tokens.saturating_add(earned).min(BURST);
            bucket.since += REFILL * earned.min(BURST);
            if bucket.tokens == BURST {
                bucket.since = now;
            }
        }
        if bucket.tokens == 0 {
            let wait = REFILL.saturating_sub(now.saturating_duration_since(bucket.since));
            return Err(Refusal::TooFast(wait.as_secs().max(1)));
        }
        bucket.tokens -= 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_passes_then_one_per_refill() {
        let mut limits = Limits::default();
        let t0 = Instant::now();
        for _ in 0..BURST {
            assert_eq!(limits.take("p", t0), Ok(()));
        }
        assert!(matches!(limits.take("p", t0), Err(Refusal::TooFast(_))));
        assert_eq!(limits.take("p", t0 + REFILL), Ok(()));
        assert!(matches!(
            limits.take("p", t0 + REFILL),
            Err(Refusal::TooFast(_))
        ));
        assert_eq!(
            limits.take("other", t0),
            Ok(()),
            "buckets are per participant"
        );
    }

    #[test]
    fn the_room_takes_at_most_max_participants() {
        let mut limits = Limits::default();
        let t0 = Instant::now();
        for i in 0..MAX_PARTICIPANTS {
            assert_eq!(limits.take(&format!("p{i}"), t0), Ok(()));
        }
        assert_eq!(limits.take("late", t0), Err(Refusal::Full));
        assert_eq!(limits.take("p0", t0), Ok(()), "those inside go on");
    }
}
