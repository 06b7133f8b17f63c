//! RON's parse errors in the user's language: the common ones through the catalogue, the
//! rare ones as a translated lead with RON's own (English) words after it.

use crate::i18n::Msg;
use crate::model::Lang;

/// What RON found wrong, in `lang`.
pub fn ron_text(code: &ron::Error, lang: Lang) -> String {
    use ron::Error as E;
    let list = |names: &[&str]| names.join(", ");
    match code {
        E::NoSuchStructField {
            expected, found, ..
        } => Msg::RonUnknownField.fill(lang, &[found, &list(expected)]),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => Msg::RonUnknownValue.fill(lang, &[found, &list(expected)]),
        E::MissingStructField { field, .. } => Msg::RonMissingField.fill(lang, &[field]),
        E::DuplicateStructField { field, .. } => Msg::RonDuplicateField.fill(lang, &[field]),
        E::Eof => Msg::RonEof.get(lang).to_string(),
        E::ExpectedComma => Msg::RonExpectedComma.get(lang).to_string(),
        E::ExpectedString | E::ExpectedStringEnd => Msg::RonExpectedText.get(lang).to_string(),
        E::ExpectedInteger | E::ExpectedFloat | E::IntegerOutOfBounds => {
            Msg::RonExpectedNumber.get(lang).to_string()
        }
        E::ExpectedStructLike
        | E::ExpectedNamedStructLike(_)
        | E::ExpectedStructLikeEnd
        | E::ExpectedArray
        | E::ExpectedArrayEnd
        | E::ExpectedMapEnd
        | E::ExpectedOptionEnd => Msg::RonBrackets.fill(lang, &[code]),
        E::UnexpectedChar(c) => Msg::RonUnexpectedChar.fill(lang, &[c]),
        E::TrailingCharacters => Msg::RonTrailing.get(lang).to_string(),
        E::InvalidValueForType { expected, found } => {
            Msg::RonWrongType.fill(lang, &[expected, found])
        }
        other => Msg::RonOther.fill(lang, &[other]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_common_errors_are_said_in_every_language() {
        let unknown = ron::Error::NoSuchStructField {
            expected: &["version", "title"],
            found: "titel".into(),
            outer: None,
        };
        assert_eq!(
            ron_text(&unknown, Lang::Fi),
            "tuntematon kenttä 'titel' (tunnetut: version, title)"
        );
        assert_eq!(
            ron_text(&unknown, Lang::Sv),
            "okänt fält 'titel' (kända: version, title)"
        );
        let missing = ron::Error::MissingStructField {
            field: "title",
            outer: None,
        };
        assert_eq!(ron_text(&missing, Lang::Fi), "kenttä 'title' puuttuu");
        assert_eq!(
            ron_text(&ron::Error::Eof, Lang::En),
            "the file ends too early"
        );
    }
}
