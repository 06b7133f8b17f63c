//! The participant page: plain HTML that works without JavaScript, in fi/sv/en.
//!
//! Every text from the session or a participant is HTML-escaped here; nothing else builds
//! markup. The page loads only `/app.css` and `/app.js` from the same server.

use super::RoomView;
use crate::i18n::{Lang, Msg};

/// HTML-escapes `text` for element content and quoted attributes.
pub fn escape(text: &str) -> String {
    crate::export::html::escape(text)
}

/// Language of a phone: `?lang=` first, then `Accept-Language`, then the session's.
pub fn pick_lang(query: Option<&str>, accept: Option<&str>, fallback: Lang) -> Lang {
    if let Some(lang) = query.and_then(Lang::from_code) {
        return lang;
    }
    let mut best: Option<(f32, Lang)> = None;
    for part in accept.unwrap_or("").split(',') {
        let mut fields = part.split(';');
        let tag = fields.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = fields
            .find_map(|f| {
                f.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
            })
            .unwrap_or(1.0);
        let primary = tag.split('-').next().unwrap_or("");
        if let Some(lang) = Lang::from_code(primary)
            && best.is_none_or(|(bq, _)| q > bq)
        {
            best = Some((q, lang));
        }
    }
    best.map_or(fallback, |(_, lang)| lang)
}

/// Everything one rendering of the participant page needs.
#[derive(Debug)]
pub struct PageInput<'a> {
    /// What the board published.
    pub view: &'a RoomView,
    /// The join code (in the form's address).
    pub code: &'a str,
    /// The phone's language.
    pub lang: Lang,
    /// The participant's id.
    pub participant: &'a str,
    /// A fresh submission id for the next sending.
    pub submission: &'a str,
    /// A line to show above the form: (text, is it an error).
    pub notice: Option<(String, bool)>,
    /// Text to put back in the form after an error.
    pub draft: &'a str,
}

/// The participant page.
pub fn participant_page(p: &PageInput) -> String {
    let lang = p.lang;
    let t = |m: Msg| escape(m.get(lang));
    let mut body = String::new();
    body.push_str(&format!("<h1>{}</h1>\n", escape(&p.view.title)));
    if let Some((title, prompt)) = &p.view.agenda {
        body.push_str(&format!(
            "<section class=\"now\" aria-labelledby=\"now\"><h2 id=\"now\">{}: {}</h2>",
            t(Msg::RoomNow),
            escape(title)
        ));
        if !prompt.is_empty() {
            body.push_str(&format!("<p class=\"question\">{}</p>", escape(prompt)));
        }
        body.push_str("</section>\n");
    }
    let status = match &p.notice {
        Some((text, error)) => format!(
            "<p id=\"status\" class=\"{}\" role=\"status\">{}</p>",
            if *error { "error" } else { "ok" },
            escape(text)
        ),
        None => "<p id=\"status\" role=\"status\"></p>".to_string(),
    };
    body.push_str(&status);
    body.push_str(&format!(
        "<form method=\"post\" action=\"/j/{code}?lang={l}\" id=\"send\">\n\
         <input type=\"hidden\" name=\"p\" value=\"{p}\">\n\
         <input type=\"hidden\" name=\"s\" value=\"{s}\">\n\
         <label for=\"text\">{idea}</label>\n\
         <textarea id=\"text\" name=\"text\" rows=\"4\" maxlength=\"{max}\" required>{draft}</textarea>\n\
         <label for=\"theme\">{theme}</label>\n<select id=\"theme\" name=\"theme\">\n\
         <option value=\"\">{decide}</option>\n",
        code = escape(p.code),
        l = lang.code(),
        p = escape(p.participant),
        s = escape(p.submission),
        idea = t(Msg::RoomYourIdea),
        max = super::limits::MAX_IDEA_CHARS,
        draft = escape(p.draft),
        theme = t(Msg::RoomTheme),
        decide = t(Msg::RoomLetDecide),
    ));
    for (key, names) in &p.view.themes {
        body.push_str(&format!(
            "<option value=\"{}\">{}</option>\n",
            escape(key),
            escape(names.get(lang))
        ));
    }
    body.push_str(&format!(
        "</select>\n<details><summary>{who}</summary>\n\
         <label for=\"name\">{name}</label>\n\
         <input id=\"name\" name=\"name\" maxlength=\"{max}\" autocomplete=\"name\">\n\
         <label for=\"org\">{org}</label>\n\
         <input id=\"org\" name=\"org\" maxlength=\"{max}\" autocomplete=\"organization\">\n\
         </details>\n<p class=\"hint\">{anon}</p>\n\
         <button type=\"submit\">{send}</button>\n</form>\n",
        who = t(Msg::RoomWho),
        name = t(Msg::RoomName),
        org = t(Msg::RoomOrganisation),
        max = super::limits::MAX_NAME_CHARS,
        anon = t(Msg::RoomAnonymous),
        send = t(Msg::RoomSend),
    ));
    let own = p
        .view
        .sent
        .get(p.participant)
        .map_or(&[][..], Vec::as_slice);
    body.push_str(&format!(
        "<section aria-labelledby=\"mine\"><h2 id=\"mine\">{}</h2><ul id=\"sent\">",
        t(Msg::RoomYourSent)
    ));
    for text in own {
        body.push_str(&format!("<li>{}</li>", escape(text)));
    }
    body.push_str("</ul></section>\n");
    if let Some(wall) = &p.view.wall {
        body.push_str(&format!(
            "<section aria-labelledby=\"wall\"><h2 id=\"wall\">{}</h2><ul>",
            t(Msg::RoomWall)
        ));
        for text in wall {
            body.push_str(&format!("<li>{}</li>", escape(text)));
        }
        body.push_str("</ul></section>\n");
    }
    let strings = format!(
        "<div id=\"strings\" hidden data-sent=\"{}\" data-sending=\"{}\" data-retry=\"{}\"></div>",
        t(Msg::RoomSent),
        t(Msg::RoomSending),
        t(Msg::RoomRetrying)
    );
    body.push_str(&strings);
    document(
        &p.view.title,
        lang,
        &switch(lang, &format!("/j/{}", p.code)),
        &body,
    )
}

/// The page at `/`: type the join code shown on the wall.
pub fn join_page(title: &str, lang: Lang, notice: Option<&str>) -> String {
    let t = |m: Msg| escape(m.get(lang));
    let mut body = format!("<h1>{}</h1>\n", escape(title));
    if let Some(text) = notice {
        body.push_str(&format!(
            "<p id=\"status\" class=\"error\" role=\"status\">{}</p>",
            escape(text)
        ));
    }
    body.push_str(&format!(
        "<form method=\"get\" action=\"/j\">\n<input type=\"hidden\" name=\"lang\" value=\"{l}\">\n\
         <label for=\"code\">{code}</label>\n\
         <input id=\"code\" name=\"code\" autocomplete=\"off\" autocapitalize=\"characters\" required>\n\
         <button type=\"submit\">{join}</button>\n</form>\n",
        l = lang.code(),
        code = t(Msg::RoomJoinCode),
        join = t(Msg::RoomJoin),
    ));
    document(title, lang, &switch(lang, "/"), &body)
}

/// A page that only says something (errors: too large, too fast, not found …).
pub fn message_page(title: &str, lang: Lang, text: &str, back: &str) -> String {
    let body = format!(
        "<h1>{}</h1>\n<p id=\"status\" class=\"error\" role=\"alert\">{}</p>\n<p><a href=\"{}\">{}</a></p>\n",
        escape(title),
        escape(text),
        escape(back),
        escape(Msg::RoomBack.get(lang))
    );
    document(title, lang, &switch(lang, back), &body)
}

/// Links to the same page in the other languages.
fn switch(lang: Lang, path: &str) -> String {
    let mut out = format!(
        "<nav aria-label=\"{}\"><ul class=\"lang\">",
        escape(Msg::RoomLanguage.get(lang))
    );
    for (l, name) in [
        (Lang::Fi, "suomi"),
        (Lang::Sv, "svenska"),
        (Lang::En, "English"),
    ] {
        if l == lang {
            out.push_str(&format!(
                "<li><span aria-current=\"page\" lang=\"{}\">{name}</span></li>",
                l.code()
            ));
        } else {
            out.push_str(&format!(
                "<li><a href=\"{}?lang={}\" lang=\"{}\" hreflang=\"{}\">{name}</a></li>",
                escape(path),
                l.code(),
                l.code(),
                l.code()
            ));
        }
    }
    out.push_str("</ul></nav>");
    out
}

fn document(title: &str, lang: Lang, nav: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{l}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<link rel=\"stylesheet\" href=\"/app.css\">\n\
         <script src=\"/app.js\" defer></script>\n</head>\n<body>\n<header>{nav}</header>\n\
         <main>\n{body}</main>\n</body>\n</html>\n",
        l = lang.code(),
        title = escape(title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_known_language() {
        assert_eq!(
            pick_lang(None, Some("sv-FI,sv;q=0.9,en;q=0.8"), Lang::Fi),
            Lang::Sv
        );
        assert_eq!(pick_lang(None, Some("de-DE,en;q=0.5"), Lang::Fi), Lang::En);
        assert_eq!(pick_lang(None, Some("de"), Lang::Fi), Lang::Fi);
        assert_eq!(pick_lang(Some("en"), Some("sv"), Lang::Fi), Lang::En);
    }

    #[test]
    fn participant_text_is_escaped() {
        let mut view = RoomView {
            title: "<b>Pöytä</b>".into(),
            ..RoomView::default()
        };
        view.sent
            .insert("p1".into(), vec!["<script>alert(1)</script>".into()]);
        let html = participant_page(&PageInput {
            view: &view,
            code: "ABCDEFGH",
            lang: Lang::Fi,
            participant: "p1",
            submission: "s1",
            notice: None,
            draft: "\"><img>",
        });
        assert!(!html.contains("<script>alert"));
        assert!(!html.contains("<b>Pöytä"));
        assert!(!html.contains("\"><img>"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
}

#[cfg(test)]
mod view_tests {
    use super::*;
    use crate::model::{AgendaItem, AgendaKind, ThemeSet};

    #[test]
    fn the_page_shows_the_question_now_and_the_wall_only_when_shown() {
        let set = ThemeSet {
            key: "t".into(),
            name: crate::model::Names::same("t"),
            description: String::new(),
            themes: vec![crate::model::Theme::new("tilat", "Tilat")],
        };
        let mut session = crate::model::Session::new("Pöytä", None, &set);
        let mut item = AgendaItem::new("Ideointi", AgendaKind::Capture);
        item.prompt = "Miten tilat saadaan käyttöön?".into();
        session.agenda.push(item);
        session.current_agenda = Some(0);
        let idea = crate::model::Idea::new(
            session.peek_id(),
            "Koulujen salit iltaisin",
            Some("tilat"),
            chrono::DateTime::parse_from_rfc3339("2019-04-17T13:05:00+03:00").unwrap(),
        );
        session.ideas.push(idea);
        let page = |view: &RoomView| {
            participant_page(&PageInput {
                view,
                code: "ABCDEFGH",
                lang: Lang::Fi,
                participant: "p1",
                submission: "s1",
                notice: None,
                draft: "",
            })
        };
        let hidden = page(&RoomView::of(&session));
        assert!(hidden.contains("Miten tilat saadaan käyttöön?"));
        assert!(
            !hidden.contains("Koulujen salit"),
            "the wall is not shown by default"
        );
        session.room.show_wall = true;
        assert!(page(&RoomView::of(&session)).contains("<li>Koulujen salit iltaisin</li>"));
    }
}
