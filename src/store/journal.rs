//! The change journal `NAME.ron.journal`: a header that binds it to the exact snapshot it
//! follows, then one framed, checksummed record per change.
//!
//! ```text
//! header  "FOORUMIJ" | u32 format | u64 snapshot length | u32 snapshot crc32 | u64 nonce | u32 crc32 of the 32 bytes before
//! record  FF 46 52 01 | u32 payload length | u32 crc32 of length+payload | payload (JSON of a Change)
//! ```
//! Integers are little-endian. Binding the journal to the snapshot's bytes means a crash
//! between writing a new snapshot and starting its journal is recognised (the old journal
//! names the old snapshot), so no change is ever replayed twice. The nonce makes every
//! restarted journal's header unique, so a read-only follower notices a restart even when the
//! new snapshot's bytes happen to equal the old ones.

use crc32fast::Hasher;

use crate::model::Change;

/// Length of the journal header.
pub(crate) const HEADER_LEN: usize = 36;
const MAGIC: &[u8; 8] = b"FOORUMIJ";
const FORMAT: u32 = 1;
/// Starts every record. 0xFF never occurs in UTF-8, so it never occurs inside a JSON payload:
/// after damage, a scan for the next record cannot be fooled by text someone typed.
const RECORD_MAGIC: [u8; 4] = [0xFF, b'F', b'R', 0x01];
/// Magic, length and checksum before each payload.
const FRAME_LEN: usize = 12;

/// Identity of a snapshot: length and crc32 of its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Binding {
    /// Byte length.
    pub len: u64,
    /// crc32 of the bytes.
    pub crc: u32,
}

impl Binding {
    /// The binding of a snapshot's bytes.
    pub fn of(bytes: &[u8]) -> Binding {
        Binding {
            len: bytes.len() as u64,
            crc: crc32fast::hash(bytes),
        }
    }
}

/// The header of a journal that follows the snapshot `binding`.
pub(crate) fn header(binding: Binding) -> [u8; HEADER_LEN] {
    let mut h = [0u8; HEADER_LEN];
    h[..8].copy_from_slice(MAGIC);
    h[8..12].copy_from_slice(&FORMAT.to_le_bytes());
    h[12..20].copy_from_slice(&binding.len.to_le_bytes());
    h[20..24].copy_from_slice(&binding.crc.to_le_bytes());
    h[24..32].copy_from_slice(&nonce().to_le_bytes());
    let crc = crc32fast::hash(&h[..32]);
    h[32..].copy_from_slice(&crc.to_le_bytes());
    h
}

/// A number that differs between journal restarts, in this process and across processes.
fn nonce() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let time = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    time ^ (u64::from(std::process::id()) << 32)
        ^ COUNTER.fetch_add(1, Ordering::Relaxed).rotate_right(7)
}

/// The binding in a journal's first bytes; `None` when missing, damaged or of another format.
pub(crate) fn read_header(bytes: &[u8]) -> Option<Binding> {
    let h = bytes.get(..HEADER_LEN)?;
    if &h[..8] != MAGIC || u32_at(h, 8)? != FORMAT || u32_at(h, 32)? != crc32fast::hash(&h[..32]) {
        return None;
    }
    Some(Binding {
        len: u64::from_le_bytes(h[12..20].try_into().ok()?),
        crc: u32_at(h, 20)?,
    })
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// One change framed as a record, ready to append.
pub(crate) fn encode(change: &Change) -> Result<Vec<u8>, serde_json::Error> {
    // The payload is written in place after room for the frame, which is filled in after.
    let mut out = Vec::with_capacity(256);
    out.extend_from_slice(&RECORD_MAGIC);
    out.extend_from_slice(&[0; FRAME_LEN - 4]);
    serde_json::to_writer(&mut out, change)?;
    let len = u32::try_from(out.len() - FRAME_LEN).map_err(serde::ser::Error::custom)?;
    let crc = frame_crc(len, &out[FRAME_LEN..]);
    out[4..8].copy_from_slice(&len.to_le_bytes());
    out[8..12].copy_from_slice(&crc.to_le_bytes());
    Ok(out)
}

/// The checksum covers the length too, so a flipped length bit is caught, not trusted.
fn frame_crc(len: u32, payload: &[u8]) -> u32 {
    #[cfg(test)]
    HASHED.with(|h| h.set(h.get() + payload.len()));
    let mut h = Hasher::new();
    h.update(&len.to_le_bytes());
    h.update(payload);
    h.finalize()
}

#[cfg(test)]
thread_local! {
    /// Test probe: payload bytes checksummed on this thread, to show that a scan is linear.
    static HASHED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// What is at one offset.
enum At {
    /// A good record ending at the offset given (boxed: a change carries whole themes).
    Good(Box<Change>, usize),
    /// An intact frame whose payload is not a change this build understands.
    Unreadable(usize),
    /// Not a whole record (damaged, or cut short).
    Bad,
}

fn parse_at(bytes: &[u8], pos: usize, marks: &Marks) -> At {
    let Some(frame) = bytes.get(pos..pos + FRAME_LEN) else {
        return At::Bad;
    };
    if frame[..4] != RECORD_MAGIC {
        return At::Bad;
    }
    let (Some(len), Some(crc)) = (u32_at(frame, 4), u32_at(frame, 8)) else {
        return At::Bad;
    };
    let start = pos + FRAME_LEN;
    let Some(end) = start
        .checked_add(len as usize)
        .filter(|end| *end <= bytes.len())
    else {
        return At::Bad;
    };
    // A JSON payload never holds 0xFF. Refusing a claimed payload that does before hashing
    // it keeps recovery linear: candidate payloads that pass cannot overlap, so each byte is
    // hashed at most once however many broken frames claim it.
    if marks.any_in(start, end) {
        return At::Bad;
    }
    let payload = &bytes[start..end];
    if frame_crc(len, payload) != crc {
        return At::Bad;
    }
    match serde_json::from_slice::<Change>(payload) {
        Ok(change) => At::Good(Box::new(change), end),
        Err(_) => At::Unreadable(end),
    }
}

/// Offsets of every 0xFF byte, found once per scan, so "does this range hold one" is a
/// binary search instead of a pass over the range.
struct Marks(Vec<usize>);

impl Marks {
    fn of(bytes: &[u8]) -> Marks {
        Marks(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == 0xFF)
                .map(|(i, _)| i)
                .collect(),
        )
    }

    /// True when a 0xFF byte lies in `start..end`.
    fn any_in(&self, start: usize, end: usize) -> bool {
        let first = self.0.partition_point(|&i| i < start);
        self.0.get(first).is_some_and(|&i| i < end)
    }
}

/// The result of reading records.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// The changes of the good records, in order.
    pub records: Vec<Change>,
    /// Offset after the last intact record: where the next append belongs.
    pub good_end: u64,
    /// Bytes after the last intact record that are not a record: an append cut short.
    pub torn: u64,
    /// Damaged or unreadable stretches that were skipped between intact records.
    pub bad: usize,
}

/// Reads the records in `bytes` from `start` (offsets count from the start of `bytes`).
///
/// With `resync`, damage in the middle is skipped by searching for the next intact record
/// (recovery); without, reading stops at the first thing that is not a whole record (a
/// follower, for whom that may be an append still being written).
pub(crate) fn scan(bytes: &[u8], start: usize, resync: bool) -> Scan {
    let mut scan = Scan {
        good_end: start.min(bytes.len()) as u64,
        ..Scan::default()
    };
    let marks = Marks::of(bytes);
    let mut pos = start;
    while pos < bytes.len() {
        match parse_at(bytes, pos, &marks) {
            At::Good(change, end) => {
                scan.records.push(*change);
                scan.good_end = end as u64;
                pos = end;
            }
            At::Unreadable(end) => {
                // The frame is intact, so appending after it is safe; only its content is lost.
                scan.bad += 1;
                scan.good_end = end as u64;
                pos = end;
            }
            At::Bad => match resync
                .then(|| next_record(bytes, pos + 1, &marks))
                .flatten()
            {
                Some(next) => {
                    scan.bad += 1;
                    pos = next;
                }
                None => {
                    scan.torn = (bytes.len() - pos) as u64;
                    break;
                }
            },
        }
    }
    scan
}

/// The offset of the next intact frame at or after `from`.
fn next_record(bytes: &[u8], from: usize, marks: &Marks) -> Option<usize> {
    // Every record starts with 0xFF: only those offsets are candidates.
    let first = marks.0.partition_point(|&i| i < from);
    marks.0[first..]
        .iter()
        .copied()
        .take_while(|&pos| pos + FRAME_LEN <= bytes.len())
        .find(|&pos| !matches!(parse_at(bytes, pos, marks), At::Bad))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::IdeaId;

    fn edit(n: u64, text: &str) -> Change {
        Change::EditIdea {
            id: IdeaId(n),
            text: text.into(),
        }
    }

    fn journal(changes: &[Change]) -> Vec<u8> {
        let mut bytes = header(Binding::of(b"snapshot")).to_vec();
        for c in changes {
            bytes.extend(encode(c).unwrap());
        }
        bytes
    }

    #[test]
    fn header_round_trips_and_rejects_damage() {
        let b = Binding::of(b"(version: 1)");
        let h = header(b);
        assert_eq!(read_header(&h), Some(b));
        for i in 0..HEADER_LEN {
            let mut d = h;
            d[i] ^= 0x10;
            assert_eq!(read_header(&d), None, "flip at {i} not caught");
        }
        assert_eq!(read_header(&h[..HEADER_LEN - 1]), None);
        assert_ne!(header(b), h, "two restarts got the same header");
    }

    #[test]
    fn records_round_trip() {
        let changes = vec![edit(1, "Tilat käyttöön 🏠"), edit(2, "Avustukset")];
        let bytes = journal(&changes);
        let scan = scan(&bytes, HEADER_LEN, true);
        assert_eq!(scan.records, changes);
        assert_eq!(scan.good_end, bytes.len() as u64);
        assert_eq!((scan.torn, scan.bad), (0, 0));
    }

    #[test]
    fn torn_tail_is_measured() {
        let bytes = journal(&[edit(1, "a"), edit(2, "b")]);
        let cut = &bytes[..bytes.len() - 3];
        let s = scan(cut, HEADER_LEN, true);
        assert_eq!(s.records.len(), 1);
        assert_eq!(s.good_end + s.torn, cut.len() as u64);
        assert!(s.torn > 0);
    }

    #[test]
    fn damage_in_the_middle_is_skipped_only_when_resyncing() {
        let mut bytes = journal(&[edit(1, "a"), edit(2, "bbbb"), edit(3, "c")]);
        let second = HEADER_LEN + encode(&edit(1, "a")).unwrap().len();
        bytes[second + FRAME_LEN + 3] ^= 0x01; // inside the second payload
        let s = scan(&bytes, HEADER_LEN, true);
        assert_eq!(s.records, vec![edit(1, "a"), edit(3, "c")]);
        assert_eq!((s.bad, s.torn), (1, 0));
        let f = scan(&bytes, HEADER_LEN, false);
        assert_eq!(f.records.len(), 1);
        assert!(f.torn > 0);
    }

    #[test]
    fn flipped_length_is_caught() {
        let mut bytes = journal(&[edit(1, "a"), edit(2, "b")]);
        bytes[HEADER_LEN + 4] ^= 0x02;
        let s = scan(&bytes, HEADER_LEN, true);
        assert_eq!(s.records.len(), 1);
        assert_eq!(s.records[0], edit(2, "b"));
    }

    #[test]
    fn resync_over_broken_lengths_is_linear() {
        // Every frame claims a payload running to near the end of the file, with a wrong
        // checksum: checking each claim in full made recovery quadratic (4 MB took 5.7 s).
        let count = 2_000;
        let mut bytes = journal(&[]);
        let payload = br#"{"EditIdea":{"id":1,"text":"x"}}"#;
        let total = bytes.len() + count * (FRAME_LEN + payload.len());
        for _ in 0..count {
            let remaining = total - bytes.len() - FRAME_LEN;
            bytes.extend_from_slice(&RECORD_MAGIC);
            bytes.extend_from_slice(&(remaining as u32).to_le_bytes());
            bytes.extend_from_slice(&0u32.to_le_bytes());
            bytes.extend_from_slice(payload);
        }
        bytes.extend(encode(&edit(2, "hyvä")).unwrap());
        HASHED.with(|h| h.set(0));
        let s = scan(&bytes, HEADER_LEN, true);
        let hashed = HASHED.with(|h| h.get());
        assert_eq!(s.records, vec![edit(2, "hyvä")]);
        assert!(s.bad > 0);
        assert!(
            hashed <= 2 * bytes.len(),
            "hashed {hashed} bytes of a {} byte journal",
            bytes.len()
        );
    }

    #[test]
    fn unknown_payload_is_skipped_but_frame_kept() {
        let mut bytes = journal(&[]);
        let payload = br#"{"FutureChange":{}}"#;
        bytes.extend_from_slice(&RECORD_MAGIC);
        bytes.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        bytes.extend_from_slice(&frame_crc(payload.len() as u32, payload).to_le_bytes());
        bytes.extend_from_slice(payload);
        bytes.extend(encode(&edit(1, "a")).unwrap());
        let s = scan(&bytes, HEADER_LEN, false);
        assert_eq!(s.records.len(), 1);
        assert_eq!(s.bad, 1);
    }
}
