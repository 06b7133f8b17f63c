//! The one validity rule for what a session may hold, shared by the model (every change),
//! the file parser and the journal replay: what one accepts, the others accept too, so a
//! change shown as saved can always be written and read back.

use super::IdeaId;

/// The largest idea id a session may use (2^62): far beyond any real session, and so far
/// below `u64::MAX` that counting up from it can never overflow.
pub const MAX_IDEA_ID: u64 = 1 << 62;

/// True when `id` may name an idea.
pub fn idea_id_ok(id: IdeaId) -> bool {
    id.0 <= MAX_IDEA_ID
}

/// True when `key` may name a theme: something visible, no control characters.
pub fn theme_key_ok(key: &str) -> bool {
    !key.trim().is_empty() && !key.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_need_something_visible() {
        assert!(theme_key_ok("tilat"));
        for bad in ["", "   ", "\u{1b}", "a\u{1b}[31m", "\t"] {
            assert!(!theme_key_ok(bad), "{bad:?}");
        }
        assert!(idea_id_ok(IdeaId(MAX_IDEA_ID)));
        assert!(!idea_id_ok(IdeaId(MAX_IDEA_ID + 1)));
    }
}
