//! The room's address as a QR code: which modules are dark, with the quiet zone around.

use qrcode::{Color, EcLevel, QrCode};

/// Modules of quiet zone on each side; the standard asks for 4, phones read 2 fine on a
/// screen and it saves rows on an 80×24 wall.
pub const QUIET: usize = 2;

/// The QR code of `text` as rows of modules (`true` = dark), quiet zone included;
/// `None` if the text does not fit a QR code.
pub fn modules(text: &str) -> Option<Vec<Vec<bool>>> {
    // Low error correction keeps the code small (version 2–3 for our address), so each
    // module can be a whole terminal cell wide.
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let side = width + 2 * QUIET;
    let mut rows = vec![vec![false; side]; side];
    for (i, color) in colors.iter().enumerate() {
        rows[QUIET + i / width][QUIET + i % width] = *color == Color::Dark;
    }
    Some(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_room_address_fits_a_small_code_with_a_light_border() {
        let rows = modules("http://127.0.0.1:8737/j/K7QFM2XA").unwrap();
        let side = rows.len();
        assert!(side <= 29 + 2 * QUIET, "version ≤ 3 fits 80×24: {side}");
        assert!(rows[0].iter().all(|dark| !dark), "quiet zone is light");
        assert!(rows[QUIET][QUIET], "finder pattern corner is dark");
    }
}
