//! Splits the board area into tiles, choosing the column count that shows the most text.

use ratatui::layout::Rect;

/// Widest text column that still helps reading; wider tiles add nothing.
const USEFUL_WIDTH: u32 = 60;
/// Narrowest tile worth drawing when there is a choice (on small screens half the width).
const MIN_WIDTH: u16 = 22;

/// Rectangles for `n` tiles in `area`, row by row; the last row's tiles share its width.
pub fn grid(n: usize, area: Rect) -> Vec<Rect> {
    if n == 0 || area.width == 0 || area.height == 0 {
        return Vec::new();
    }
    let columns = best_columns(n, area);
    let rows = n.div_ceil(columns);
    let mut rects = Vec::with_capacity(n);
    for row in 0..rows {
        let y0 = area.y + (area.height as usize * row / rows) as u16;
        let y1 = area.y + (area.height as usize * (row + 1) / rows) as u16;
        let in_row = (n - row * columns).min(columns);
        for col in 0..in_row {
            let x0 = area.x + (area.width as usize * col / in_row) as u16;
            let x1 = area.x + (area.width as usize * (col + 1) / in_row) as u16;
            // One blank column between tiles keeps neighbouring texts apart.
            let gap = u16::from(col + 1 < in_row && x1 - x0 > 2);
            rects.push(Rect::new(x0, y0, x1 - x0 - gap, y1 - y0));
        }
    }
    rects
}

/// Smallest tile worth showing: a header and about five lines of ideas, 24 columns wide.
const MIN_TILE: (u16, u16) = (24, 7);

/// How many tiles to show at once in `area` so that each is at least [`MIN_TILE`]: all `n`
/// when they fit, else the fewest pages of equal size (12 themes at 80×24: two pages of 6).
pub fn page_size(n: usize, area: Rect) -> usize {
    let fits = |k: usize| {
        grid(k, area)
            .iter()
            .all(|r| r.width >= MIN_TILE.0 && r.height >= MIN_TILE.1)
    };
    if n == 0 || fits(n) {
        return n.max(1);
    }
    // A screen too small for four such tiles keeps its overview of all themes instead.
    match (1..n).rev().find(|&k| fits(k)) {
        Some(most) if most >= 4 => n.div_ceil(n.div_ceil(most)),
        _ => n,
    }
}

fn best_columns(n: usize, area: Rect) -> usize {
    let mut best = (0u32, 1usize);
    for columns in 1..=n {
        let width = area.width / columns as u16;
        if columns > 1 && width < MIN_WIDTH.min(area.width / 2) {
            break;
        }
        let rows = n.div_ceil(columns) as u16;
        let height = area.height / rows;
        if height < 2 && columns < n {
            continue;
        }
        let text_lines = u32::from(height.saturating_sub(1));
        let score = n as u32 * text_lines * u32::from(width.saturating_sub(3)).min(USEFUL_WIDTH);
        if score > best.0 {
            best = (score, columns);
        }
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projector_size_gets_two_columns() {
        let rects = grid(6, Rect::new(0, 1, 80, 21));
        assert_eq!(rects.len(), 6);
        assert_eq!(rects[0], Rect::new(0, 1, 39, 7));
        assert_eq!(rects[1].x, 40);
    }

    #[test]
    fn too_many_themes_are_paged_into_equal_larger_tiles() {
        // 12 themes at 80×24 (a 20-row board) would get 5-row tiles: two pages of 6 instead.
        assert_eq!(page_size(12, Rect::new(0, 1, 80, 20)), 6);
        assert_eq!(page_size(6, Rect::new(0, 1, 80, 20)), 6);
        // 100×30 has room for all 12 at 24×8.
        assert_eq!(page_size(12, Rect::new(0, 1, 100, 26)), 12);
        // Too small for four tiles: all of them, as headers, rather than one at a time.
        assert_eq!(page_size(12, Rect::new(0, 1, 40, 8)), 12);
    }

    #[test]
    fn wide_screens_get_more_columns_and_tiles_never_overlap() {
        for (w, h, n) in [
            (250, 66, 6),
            (200, 46, 7),
            (40, 8, 7),
            (20, 2, 3),
            (100, 26, 20),
        ] {
            let rects = grid(n, Rect::new(0, 0, w, h));
            assert_eq!(rects.len(), n);
            for (i, a) in rects.iter().enumerate() {
                assert!(a.right() <= w && a.bottom() <= h, "{a:?} outside {w}×{h}");
                for b in &rects[i + 1..] {
                    assert!(a.intersection(*b).is_empty(), "{a:?} overlaps {b:?}");
                }
            }
        }
        assert!(grid(6, Rect::new(0, 0, 250, 66)).len() == 6);
        assert_eq!(grid(6, Rect::new(0, 0, 250, 66))[1].y, 0);
    }
}
