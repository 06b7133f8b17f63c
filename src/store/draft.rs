//! The half-typed capture line, `NAME.ron.draft`: written often and cheaply (no fsync, no
//! rename), so it carries a checksum instead; a draft cut short by a crash reads as damaged
//! rather than as a wrong line.

const MAGIC: &[u8; 16] = b"foorumi-draft 1\n";

/// The file content for `text`.
pub(crate) fn encode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(MAGIC.len() + 8 + text.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&crc32fast::hash(text.as_bytes()).to_le_bytes());
    out.extend_from_slice(&(text.len() as u32).to_le_bytes());
    out.extend_from_slice(text.as_bytes());
    out
}

/// The draft in `bytes`, cleaned; `None` when the file is damaged.
pub(crate) fn decode(bytes: &[u8]) -> Option<String> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let crc = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?);
    let len = u32::from_le_bytes(rest.get(4..8)?.try_into().ok()?);
    let text = rest.get(8..)?;
    if text.len() != len as usize || crc32fast::hash(text) != crc {
        return None;
    }
    // Anyone can write a valid checksum, so the line is cleaned like any typed text.
    Some(crate::model::text::clean(std::str::from_utf8(text).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_every_cut_is_caught() {
        let bytes = encode("Kumppanuustalo Ruusukorttelii");
        assert_eq!(
            decode(&bytes).as_deref(),
            Some("Kumppanuustalo Ruusukorttelii")
        );
        for cut in 0..bytes.len() {
            assert_eq!(decode(&bytes[..cut]), None, "cut at {cut}");
        }
    }

    #[test]
    fn control_characters_are_removed() {
        assert_eq!(decode(&encode("a\u{1b}[2Jb")).as_deref(), Some("ab"));
    }
}
