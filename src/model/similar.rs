//! How alike two idea texts are, coping with Finnish inflection and compounds.
//!
//! A text is folded (lowercase, no accents, so ä = a), split into words, stripped of
//! function words, and each word cut to a crude stem by removing common case endings,
//! plural markers and possessive suffixes ("tiloissamme" → "tilo", "yhdistyksille" →
//! "yhdistyks"). Two scores are combined, each a Dice coefficient from 0 to 1:
//!
//! - **words**: stems match when equal up to their final vowels ("tila" ~ "tilo") or when
//!   they share a prefix of at least 5 letters that is at least half the longer stem
//!   ("maksu" ~ "maksuttoma", "kaupunki" ~ "kaupungi");
//! - **letters**: the character trigrams of the stems, which catches compounds and split
//!   words ("kumppanuustalo" ~ "kumppanuus talo").
//!
//! The similarity is the mean of the two. From [`DUPLICATE_THRESHOLD`] up, two ideas are
//! suggested as probable duplicates.

/// Similarity from which two ideas are suggested as duplicates. At 0.5, rewordings of the
/// same idea (most words shared in some inflected form) pass, while ideas that merely share
/// a theme word or two ("kaupungin", "tilat") stay below.
pub const DUPLICATE_THRESHOLD: f32 = 0.5;

/// Words that carry no meaning of their own (folded), in Finnish, Swedish and English.
const STOP_WORDS: &[&str] = &[
    "ja", "tai", "seka", "on", "ovat", "oli", "ei", "se", "ne", "etta", "kuin", "niin", "myos",
    "esim", "eli", "jne", "mm", "ym", "yms", "tms", "voi", "voisi", "voisivat", "voida", "olla",
    "kun", "jos", "mutta", "vaan", "joka", "jotka", "jossa", "kanssa", "kesken", "mukaan", "tulee",
    "tulisi", "pitaa", "lisaa", "myos", "och", "att", "for", "med", "av", "pa", "som", "det", "en",
    "ett", "the", "and", "of", "to", "in", "with", "on",
];

/// Possessive suffixes and clitics, folded; cut first.
const POSSESSIVE: &[&str] = &["kaan", "kin", "nsa", "mme", "nne"];

/// Case endings and plural markers, folded, longest first.
const ENDINGS: &[&str] = &[
    "itten", "issa", "ista", "illa", "ilta", "ille", "iksi", "ihin", "iden", "ssa", "sta", "lla",
    "lta", "lle", "ksi", "tta", "ta", "ina", "iin", "ien", "jen", "den", "ten", "na", "t", "n",
];

/// A stem keeps at least this many letters.
const MIN_STEM: usize = 4;

/// A text prepared for comparison.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Features {
    /// Stems of the meaningful words, each once, in order of appearance.
    stems: Vec<Stem>,
    /// Hashes of the stems' character trigrams, sorted, each once.
    trigrams: Vec<u64>,
}

/// One stem as letters, with the length of its [`key`] precomputed.
#[derive(Debug, Clone, PartialEq, Default)]
struct Stem {
    /// The letters.
    chars: Vec<char>,
    /// How many leading letters make its key.
    key: usize,
}

impl Stem {
    fn new(stem: &str) -> Stem {
        Stem {
            chars: stem.chars().collect(),
            key: key(stem).chars().count(),
        }
    }

    fn key(&self) -> &[char] {
        &self.chars[..self.key]
    }
}

impl Features {
    /// Prepares `text` for comparison.
    pub fn new(text: &str) -> Features {
        let folded = super::fold::fold(text);
        let mut stems: Vec<Stem> = Vec::new();
        for word in folded.split(|c: char| !c.is_alphanumeric()) {
            if word.chars().count() < 2 || STOP_WORDS.contains(&word) {
                continue;
            }
            let s = Stem::new(&stem(word));
            if !stems.contains(&s) {
                stems.push(s);
            }
        }
        let mut trigrams: Vec<u64> = stems.iter().flat_map(|s| trigrams(&s.chars)).collect();
        trigrams.sort_unstable();
        trigrams.dedup();
        Features { stems, trigrams }
    }

    /// True when the text has no meaningful word.
    pub fn is_empty(&self) -> bool {
        self.stems.is_empty()
    }
}

/// The crude stem of a folded word: possessive suffix, then one case ending cut off while
/// at least four letters remain; a doubled final vowel is made single.
pub fn stem(word: &str) -> String {
    let mut w = word.to_string();
    cut(&mut w, POSSESSIVE);
    cut(&mut w, ENDINGS);
    let chars: Vec<char> = w.chars().collect();
    if let [.., a, b] = chars[..]
        && a == b
        && is_vowel(a)
        && chars.len() > MIN_STEM
    {
        w.pop();
    }
    w
}

/// Cuts the first of `suffixes` that `w` ends with, if enough letters remain.
fn cut(w: &mut String, suffixes: &[&str]) {
    let len = w.chars().count();
    for s in suffixes {
        if w.ends_with(s) && len - s.chars().count() >= MIN_STEM {
            w.truncate(w.len() - s.len());
            return;
        }
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Character trigram hashes of a stem; a stem under three letters is its own gram.
fn trigrams(chars: &[char]) -> Vec<u64> {
    if chars.len() < 3 {
        return vec![hash(chars)];
    }
    chars.windows(3).map(hash).collect()
}

/// FNV-1a over the characters.
fn hash(chars: &[char]) -> u64 {
    chars.iter().fold(0xcbf2_9ce4_8422_2325, |h, c| {
        (h ^ u64::from(*c)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The stem without its final vowels (at least three letters kept).
fn key(stem: &str) -> &str {
    let mut end = stem.len();
    let mut left = stem.chars().count();
    for c in stem.chars().rev() {
        if !is_vowel(c) || left <= 3 {
            break;
        }
        end -= c.len_utf8();
        left -= 1;
    }
    &stem[..end]
}

/// True when two stems are taken for the same word.
fn same_word(a: &Stem, b: &Stem) -> bool {
    if a.key() == b.key() {
        return true;
    }
    let common = a
        .chars
        .iter()
        .zip(&b.chars)
        .take_while(|(x, y)| x == y)
        .count();
    let longer = a.chars.len().max(b.chars.len());
    common >= 5 && 2 * common >= longer
}

/// True when two texts have the same meaningful words, each in some inflected form
/// ("Kumppanuuden kehittäminen" ~ "KUMPPANUUDEN KEHITTÄMISESTÄ"): how theme names match.
pub fn same_words(a: &Features, b: &Features) -> bool {
    if a.is_empty() || a.stems.len() != b.stems.len() {
        return false;
    }
    let mut used = vec![false; b.stems.len()];
    a.stems.iter().all(|s| {
        let hit = (0..b.stems.len()).find(|&k| !used[k] && same_word(s, &b.stems[k]));
        hit.inspect(|&k| used[k] = true).is_some()
    })
}

/// Dice coefficient of two sizes and their overlap.
fn dice(overlap: usize, a: usize, b: usize) -> f32 {
    if a + b == 0 {
        0.0
    } else {
        2.0 * overlap as f32 / (a + b) as f32
    }
}

/// Dice over the stems, each stem matched at most once.
fn word_score(a: &Features, b: &Features) -> f32 {
    let mut used = vec![false; b.stems.len()];
    let mut matched = 0;
    for s in &a.stems {
        if let Some(k) = (0..b.stems.len()).find(|&k| !used[k] && same_word(s, &b.stems[k])) {
            used[k] = true;
            matched += 1;
        }
    }
    dice(matched, a.stems.len(), b.stems.len())
}

/// Dice over the trigram sets.
fn letter_score(a: &Features, b: &Features) -> f32 {
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.trigrams.len() && j < b.trigrams.len() {
        match a.trigrams[i].cmp(&b.trigrams[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    dice(common, a.trigrams.len(), b.trigrams.len())
}

/// How alike two prepared texts are, from 0 (nothing shared) to 1 (same words).
pub fn similarity(a: &Features, b: &Features) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    (letter_score(a, b) + word_score(a, b)) / 2.0
}

/// The similarity when it reaches [`DUPLICATE_THRESHOLD`]; cheaper than [`similarity`] for
/// the many pairs that are far apart.
pub(super) fn duplicate_score(a: &Features, b: &Features) -> Option<f32> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    let letters = letter_score(a, b);
    // The word score is at most this, when every stem of the shorter text matches.
    let (na, nb) = (a.stems.len(), b.stems.len());
    if (letters + dice(na.min(nb), na, nb)) / 2.0 < DUPLICATE_THRESHOLD {
        return None;
    }
    let score = (letters + word_score(a, b)) / 2.0;
    (score >= DUPLICATE_THRESHOLD).then_some(score)
}

/// How alike two texts are; see [`similarity`].
pub fn text_similarity(a: &str, b: &str) -> f32 {
    similarity(&Features::new(a), &Features::new(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_strip_finnish_endings() {
        let stems = |words: &[&str]| words.iter().map(|w| stem(w)).collect::<Vec<_>>();
        assert_eq!(
            stems(&["tilat", "tilojen", "tiloissa", "tiloissamme", "tiloista"]),
            ["tila", "tilo", "tilo", "tilo", "tilo"]
        );
        assert_eq!(
            stems(&[
                "yhdistyksille",
                "yhdistysten",
                "jarjestoille",
                "jarjestojen"
            ]),
            ["yhdistyks", "yhdistys", "jarjesto", "jarjesto"]
        );
        assert_eq!(
            stems(&["kumppanuustalot", "kumppanuustalo", "tilaan"]),
            ["kumppanuustalo", "kumppanuustalo", "tila"]
        );
        // Short words keep at least four letters.
        assert_eq!(stems(&["tila", "talot", "koko"]), ["tila", "talo", "koko"]);
    }

    #[test]
    fn words_match_across_inflection_and_gradation() {
        let same = |a: &str, b: &str| same_word(&Stem::new(a), &Stem::new(b));
        assert!(same("tila", "tilo"));
        assert!(same("kaupunki", "kaupungi"));
        assert!(same("maksu", "maksuttoma"));
        assert!(same("yhdistys", "yhdistyks"));
        assert!(!same("tila", "tilaisuuks"));
        assert!(!same("kaupungi", "kotisivu"));
    }

    #[test]
    fn single_words_in_other_forms_score_high() {
        for (a, b) in [
            ("Kumppanuustalot", "kumppanuustalo"),
            ("tilojen", "tilat"),
            ("Kumppanuustalo", "kumppanuus-talo"),
            ("Yhteistyö", "YHTEISTYÖTÄ"),
        ] {
            let s = text_similarity(a, b);
            assert!(s >= 0.7, "{a} ~ {b}: {s}");
        }
    }

    #[test]
    fn texts_of_only_function_words_are_like_nothing() {
        assert_eq!(text_similarity("ja tai", "ja tai"), 0.0);
        assert_eq!(text_similarity("", "tilat"), 0.0);
        assert!((text_similarity("Tilat maksutta", "tilat maksutta") - 1.0).abs() < 1e-6);
    }
}
