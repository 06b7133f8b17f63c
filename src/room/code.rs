//! Random ids: the join code, participant ids and submission ids.
//!
//! The join code has 8 symbols from 31 that cannot be mistaken for one another (no 0/O,
//! 1/I/L): about 2^40 codes, which no phone can try through in a meeting's lifetime.

/// Symbols of the join code: digits and capitals that do not look alike.
const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// Symbols in a join code.
pub const CODE_LEN: usize = 8;

/// `n` random bytes from the operating system.
fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // The OS generator does not fail on the systems we run on; if it ever did, a room
    // with a predictable code must not open.
    getrandom::fill(&mut bytes).expect("the operating system's random generator");
    bytes
}

/// A fresh join code, e.g. `K7QFM2XA`.
pub fn new_code() -> String {
    random_bytes::<CODE_LEN>()
        .iter()
        // 256 % 31 leaves a slight bias toward the first symbols; 40 bits stay ~39.9.
        .map(|b| CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()] as char)
        .collect()
}

/// The code as shown on the wall: `K7QF-M2XA`.
pub fn show_code(code: &str) -> String {
    let (a, b) = code.split_at(code.len() / 2);
    format!("{a}-{b}")
}

/// A code as typed on a phone (any case, with or without the dash) in canonical form.
pub fn normalise_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// A random id of 16 hex digits (participants, submissions).
pub fn new_id() -> String {
    random_bytes::<8>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// True for an id a browser may send back: 8–40 characters of `[0-9a-zA-Z_-]`.
pub fn valid_id(id: &str) -> bool {
    (8..=40).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_use_the_unambiguous_alphabet_and_differ() {
        let a = new_code();
        assert_eq!(a.len(), CODE_LEN);
        assert!(a.bytes().all(|b| CODE_ALPHABET.contains(&b)));
        assert_ne!(a, new_code());
        assert_eq!(normalise_code(&show_code(&a).to_lowercase()), a);
    }

    #[test]
    fn ids_from_browsers_are_checked() {
        assert!(valid_id(&new_id()));
        assert!(!valid_id("short"));
        assert!(!valid_id("abc<script>defgh"));
    }
}
