//! What one participant, and one address, may do: token buckets per participant and per
//! client address, and caps on participants, so one phone (or a script that invents new
//! participant ids) cannot drown the room or the facilitator's inbox.

use std::collections::HashMap;
use std::net::IpAddr;
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
/// Sendings one address may make at once, whatever participant ids it sends under.
pub const ADDRESS_BURST: u32 = 30;
/// One more sending from an address is allowed after this long (two a second).
pub const ADDRESS_REFILL: Duration = Duration::from_millis(500);
/// New participant ids one address may start at once (a table sharing one tablet).
pub const JOIN_BURST: u32 = 10;
/// One more new participant id from an address is allowed after this long.
pub const JOIN_REFILL: Duration = Duration::from_secs(5);
/// Most participant ids behind one address (a group behind one router still fits).
pub const MAX_PER_ADDRESS: usize = 60;
/// Most connections open at once from one address (a browser opens about six).
pub const MAX_CONNECTIONS_PER_ADDRESS: usize = 32;
/// Most connections open at once in all (300 phones pressing "send" together fit).
pub const MAX_CONNECTIONS: usize = 1024;
/// How long a client may take to send a request's headers (also the idle keep-alive).
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a client may take to send a request's body once its headers are in.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(10);

/// Why a sending is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Too many sendings too fast; retry after this many seconds.
    TooFast(u64),
    /// The room has its most participants already.
    Full,
    /// The sender's address has its most participants already.
    AddressFull,
}

/// The address that limits count against: IPv4 as is, IPv6 by its /64 network, since one
/// device may take any number of addresses inside its network's prefix.
pub fn address_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut s = v6.segments();
                s[4..].fill(0);
                IpAddr::V6(s.into())
            }
        },
    }
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: u32,
    since: Instant,
}

impl Bucket {
    fn full(burst: u32, now: Instant) -> Bucket {
        Bucket {
            tokens: burst,
            since: now,
        }
    }

    /// Adds the tokens earned since the last look, one per `every`, at most `burst`.
    fn refill(&mut self, burst: u32, every: Duration, now: Instant) {
        if self.tokens >= burst {
            // A full bucket earns nothing; the next token counts from its first use.
            self.since = now;
            return;
        }
        let earned = now.saturating_duration_since(self.since).as_nanos() / every.as_nanos();
        if earned == 0 {
            return;
        }
        let earned = u32::try_from(earned).unwrap_or(u32::MAX);
        self.tokens = self.tokens.saturating_add(earned).min(burst);
        self.since = if self.tokens >= burst {
            now
        } else {
            self.since + every * earned
        };
    }

    /// Whole seconds (at least one) until the next token.
    fn wait(&self, every: Duration, now: Instant) -> u64 {
        let left = every.saturating_sub(now.saturating_duration_since(self.since));
        (left.as_secs_f64().ceil() as u64).max(1)
    }
}

/// What one address has used.
#[derive(Debug, Clone, Copy)]
struct Address {
    sends: Bucket,
    joins: Bucket,
    participants: usize,
}

/// Token buckets by participant id and by client address.
#[derive(Debug, Default)]
pub struct Limits {
    buckets: HashMap<String, Bucket>,
    addresses: HashMap<IpAddr, Address>,
}

impl Limits {
    /// Takes one token for `participant` sending from `from` at `now`, or says why not.
    ///
    /// A participant's own bucket always applies. The address's bucket applies on top, so
    /// inventing new ids does not buy more sendings; a participant that has been quiet (its
    /// own bucket full) still gets through an exhausted address bucket, so a phone behind the
    /// same address as a noisy script keeps its share. New ids from one address are
    /// themselves rate-limited and capped, which bounds what that exemption can give a script.
    pub fn take(&mut self, participant: &str, from: IpAddr, now: Instant) -> Result<(), Refusal> {
        let key = address_key(from);
        let mut address = self.addresses.get(&key).copied().unwrap_or(Address {
            sends: Bucket::full(ADDRESS_BURST, now),
            joins: Bucket::full(JOIN_BURST, now),
            participants: 0,
        });
        address.sends.refill(ADDRESS_BURST, ADDRESS_REFILL, now);
        address.joins.refill(JOIN_BURST, JOIN_REFILL, now);
        let known = self.buckets.get(participant).copied();
        if known.is_none() {
            if self.buckets.len() >= MAX_PARTICIPANTS {
                return Err(Refusal::Full);
            }
            if address.participants >= MAX_PER_ADDRESS {
                return Err(Refusal::AddressFull);
            }
            if address.joins.tokens == 0 {
                self.addresses.insert(key, address);
                return Err(Refusal::TooFast(address.joins.wait(JOIN_REFILL, now)));
            }
        }
        let mut own = known.unwrap_or(Bucket::full(BURST, now));
        own.refill(BURST, REFILL, now);
        if own.tokens == 0 {
            self.buckets.insert(participant.to_string(), own);
            return Err(Refusal::TooFast(own.wait(REFILL, now)));
        }
        let quiet = own.tokens >= BURST;
        if address.sends.tokens == 0 && !quiet {
            self.addresses.insert(key, address);
            return Err(Refusal::TooFast(address.sends.wait(ADDRESS_REFILL, now)));
        }
        if known.is_none() {
            address.participants += 1;
            address.joins.tokens -= 1;
        }
        own.tokens -= 1;
        address.sends.tokens = address.sends.tokens.saturating_sub(1);
        self.buckets.insert(participant.to_string(), own);
        self.addresses.insert(key, address);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv4Addr, Ipv6Addr};

    fn ip(n: u32) -> IpAddr {
        IpAddr::V4(Ipv4Addr::from(0x0a00_0000 + n))
    }

    #[test]
    fn a_burst_passes_then_one_per_refill() {
        let mut limits = Limits::default();
        let t0 = Instant::now();
        for _ in 0..BURST {
            assert_eq!(limits.take("p", ip(1), t0), Ok(()));
        }
        assert!(matches!(
            limits.take("p", ip(1), t0),
            Err(Refusal::TooFast(_))
        ));
        assert_eq!(limits.take("p", ip(1), t0 + REFILL), Ok(()));
        assert!(matches!(
            limits.take("p", ip(1), t0 + REFILL),
            Err(Refusal::TooFast(_))
        ));
        assert_eq!(
            limits.take("other", ip(1), t0),
            Ok(()),
            "buckets are per participant"
        );
    }

    #[test]
    fn the_room_takes_at_most_max_participants() {
        let mut limits = Limits::default();
        let t0 = Instant::now();
        for i in 0..MAX_PARTICIPANTS {
            let from = ip(u32::try_from(i).unwrap());
            assert_eq!(limits.take(&format!("p{i}"), from, t0), Ok(()));
        }
        assert_eq!(limits.take("late", ip(9999), t0), Err(Refusal::Full));
        assert_eq!(limits.take("p0", ip(0), t0), Ok(()), "those inside go on");
    }

    /// A script inventing a new participant id for every sending: before the address's
    /// limits it got every one of its sendings through.
    #[test]
    fn inventing_ids_does_not_dodge_the_address_limit() {
        let mut limits = Limits::default();
        let t0 = Instant::now();
        let passed = (0..1000)
            .filter(|i| limits.take(&format!("fake{i}"), ip(7), t0).is_ok())
            .count();
        assert_eq!(passed, JOIN_BURST as usize, "only the joins' burst passes");
        // Over a minute, one sending every 100 ms, each under a new id.
        let mut passed = 0;
        for i in 0..600u32 {
            let now = t0 + Duration::from_millis(100) * i;
            passed += usize::from(limits.take(&format!("late{i}"), ip(7), now).is_ok());
        }
        assert!(
            passed <= 60 / 5 + 1,
            "new ids come at most one per {JOIN_REFILL:?}: {passed} passed"
        );
    }

    #[test]
    fn many_ids_from_one_address_share_its_bucket_but_a_quiet_phone_keeps_its_share() {
        let mut limits = Limits::default();
        let t0 = Instant::now();
        // The phone joined earlier and has been quiet since.
        assert_eq!(limits.take("phone", ip(3), t0), Ok(()));
        let t1 = t0 + Duration::from_secs(60);
        // A script with the joins' burst of ids, each sending as fast as its own bucket lets.
        let mut passed = 0;
        for round in 0..BURST {
            for i in 0..JOIN_BURST - 1 {
                let now = t1 + Duration::from_millis(u64::from(round));
                passed += usize::from(limits.take(&format!("s{i}"), ip(3), now).is_ok());
            }
        }
        assert!(
            passed <= ADDRESS_BURST as usize + (JOIN_BURST as usize - 1),
            "the address bucket caps the script: {passed} passed"
        );
        let now = t1 + Duration::from_millis(20);
        assert!(matches!(
            limits.take("s0", ip(3), now),
            Err(Refusal::TooFast(_))
        ));
        assert_eq!(limits.take("phone", ip(3), now), Ok(()), "its share");
        assert_eq!(
            limits.take("elsewhere", ip(4), now),
            Ok(()),
            "another address is not touched"
        );
    }

    #[test]
    fn an_address_holds_at_most_max_per_address_ids() {
        let mut limits = Limits::default();
        let mut now = Instant::now();
        for i in 0..MAX_PER_ADDRESS {
            now += JOIN_REFILL;
            assert_eq!(limits.take(&format!("p{i}"), ip(5), now), Ok(()));
        }
        now += JOIN_REFILL;
        assert_eq!(
            limits.take("one more", ip(5), now),
            Err(Refusal::AddressFull)
        );
        assert_eq!(limits.take("p1", ip(5), now), Ok(()));
    }

    #[test]
    fn ipv6_addresses_count_by_their_network() {
        let a: IpAddr = Ipv6Addr::new(0xfd00, 1, 2, 3, 4, 5, 6, 7).into();
        let b: IpAddr = Ipv6Addr::new(0xfd00, 1, 2, 3, 9, 9, 9, 9).into();
        assert_eq!(address_key(a), address_key(b));
        let mapped: IpAddr = Ipv4Addr::LOCALHOST.to_ipv6_mapped().into();
        assert_eq!(address_key(mapped), IpAddr::V4(Ipv4Addr::LOCALHOST));
    }
}
