//! The language a document is written in, told by its most common small words: a Swedish
//! or English summary becomes a Swedish or English session.

use crate::model::Lang;

/// Small words that are frequent in one of the languages and rare in the others.
const WORDS: [(Lang, &[&str]); 3] = [
    (
        Lang::Fi,
        &[
            "ja",
            "on",
            "ei",
            "että",
            "se",
            "ovat",
            "myös",
            "tai",
            "kanssa",
            "kun",
            "joka",
            "mutta",
            "sekä",
            "olla",
            "voisi",
            "pitää",
            "tulee",
            "kuin",
            "jotta",
            "eli",
            "mitä",
            "miten",
            "kaupunki",
            "järjestöt",
            "järjestöjen",
        ],
    ),
    (
        Lang::Sv,
        &[
            "och",
            "är",
            "att",
            "det",
            "som",
            "för",
            "med",
            "inte",
            "på",
            "av",
            "till",
            "om",
            "kan",
            "också",
            "eller",
            "vi",
            "de",
            "ska",
            "har",
            "en",
            "ett",
            "från",
            "föreningar",
        ],
    ),
    (
        Lang::En,
        &[
            "the", "and", "is", "of", "to", "for", "with", "that", "are", "be", "not", "we", "it",
            "this", "should", "more", "from", "have", "by", "or", "an",
        ],
    ),
];

/// The language of `text` when its small words say so clearly (at least two of them, and
/// half again as many as the next language's); `None` when unsure.
pub(super) fn detect(text: &str) -> Option<Lang> {
    let mut counts = [0usize; 3];
    // A sample is enough, and keeps a 5 MB summary fast.
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(20_000)
    {
        let lower = word.to_lowercase();
        for (n, (_, words)) in WORDS.iter().enumerate() {
            if words.contains(&lower.as_str()) {
                counts[n] += 1;
            }
        }
    }
    let mut order: Vec<usize> = (0..3).collect();
    order.sort_by_key(|&n| std::cmp::Reverse(counts[n]));
    let (best, next) = (counts[order[0]], counts[order[1]]);
    (best >= 2 && best * 2 >= next * 3).then(|| WORDS[order[0]].0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_the_three_languages_apart() {
        assert_eq!(
            detect(
                "Järjestöt ja kaupunki voisivat tehdä enemmän yhteistyötä, mutta tilat ovat kalliita ja se on ongelma."
            ),
            Some(Lang::Fi)
        );
        assert_eq!(
            detect(
                "Föreningar och staden kan samarbeta mer, men lokalerna är dyra och det är ett problem."
            ),
            Some(Lang::Sv)
        );
        assert_eq!(
            detect(
                "Associations and the city should work together more, but the spaces are expensive."
            ),
            Some(Lang::En)
        );
        assert_eq!(detect("Tilat"), None);
    }
}
