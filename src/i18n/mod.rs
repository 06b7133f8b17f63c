//! The one catalogue of user-visible strings, in Finnish, Swedish and English,
//! and the Finnish way of writing dates and times.

mod catalogue;
mod dates;
mod labels;

pub use crate::model::Lang;
pub use catalogue::Msg;
pub use dates::{format_date, format_time, format_time_span, parse_date};

impl Msg {
    /// The message in `lang` with `{}` placeholders filled from `args` in order.
    pub fn fill(self, lang: Lang, args: &[&dyn std::fmt::Display]) -> String {
        let template = self.get(lang);
        let mut out = String::with_capacity(template.len() + 16);
        let mut args = args.iter();
        let mut rest = template;
        while let Some(at) = rest.find("{}") {
            out.push_str(&rest[..at]);
            if let Some(arg) = args.next() {
                out.push_str(&arg.to_string());
            }
            rest = &rest[at + 2..];
        }
        out.push_str(rest);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_every_language() {
        for msg in Msg::ALL {
            for lang in Lang::ALL {
                assert!(!msg.get(lang).is_empty(), "{msg:?} has no {lang:?} text");
            }
            let holes = |l| msg.get(l).matches("{}").count();
            assert_eq!(
                holes(Lang::Fi),
                holes(Lang::Sv),
                "{msg:?} placeholders differ (sv)"
            );
            assert_eq!(
                holes(Lang::Fi),
                holes(Lang::En),
                "{msg:?} placeholders differ (en)"
            );
        }
    }

    #[test]
    fn fill_replaces_placeholders_in_order() {
        assert_eq!(
            Msg::UnknownThemeKey.fill(Lang::En, &[&"x", &"a, b"]),
            "unknown theme key 'x' (known keys: a, b)"
        );
    }
}
