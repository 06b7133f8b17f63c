//! The HTTP side of the room: routes, limits and answers. Runs on its own thread with a
//! single-threaded tokio runtime, so an idle room costs nothing but a sleeping thread.
//!
//! Routes: `/` (type the join code), `/j?code=` (to the page), `/j/CODE` (the page; POST
//! sends an idea), `/app.css`, `/app.js`. Nothing else, and nothing from disk.

use std::collections::HashMap;
use std::sync::mpsc::{SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use std::net::{IpAddr, SocketAddr};

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, HeaderValue, Request, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use serde::Deserialize;
use tower_service::Service;

use super::code::{new_id, normalise_code, valid_id};
use super::limits::{self, BODY_TIMEOUT, MAX_BODY, MAX_IDEA_CHARS, MAX_NAME_CHARS, Refusal};
use super::page::{self, PageInput};
use super::{Ack, Shared, Submission};
use crate::i18n::{Lang, Msg};
use crate::model::{InboxItem, Source};

/// How long a phone waits for the board to have its idea on disk.
const ACK_TIMEOUT: Duration = Duration::from_secs(10);
/// The browser's participant cookie.
const COOKIE: &str = "foorumi_p";
/// Strict: only this server's own script and style, forms only back here, no frames.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
                   img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

struct Server {
    shared: Arc<Mutex<Shared>>,
    arrivals: SyncSender<Submission>,
}

impl Server {
    fn lock(&self) -> std::sync::MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(|e| e.into_inner())
    }
}

type App = Arc<Server>;

/// Connections that may wait to be accepted: a room's phones may all press "send" at once.
const BACKLOG: u32 = 1024;

/// Binds `bind` and starts the server thread; it ends when `stopped` fires or is dropped.
/// Returns the address bound (the port chosen when `bind` asked for port 0).
pub(super) fn spawn(
    bind: std::net::SocketAddr,
    shared: Arc<Mutex<Shared>>,
    arrivals: SyncSender<Submission>,
    stopped: tokio::sync::oneshot::Receiver<()>,
) -> std::io::Result<(std::net::SocketAddr, std::thread::JoinHandle<()>)> {
    // One thread: the room never competes with the board for more than one core.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let listener = {
        let _context = runtime.enter();
        let socket = if bind.is_ipv4() {
            tokio::net::TcpSocket::new_v4()?
        } else {
            tokio::net::TcpSocket::new_v6()?
        };
        // As std does on Unix: the usual port can be taken again right after closing.
        #[cfg(unix)]
        socket.set_reuseaddr(true)?;
        socket.bind(bind)?;
        socket.listen(BACKLOG)?
    };
    let addr = listener.local_addr()?;
    let app: App = Arc::new(Server { shared, arrivals });
    let thread = std::thread::Builder::new()
        .name("foorumi-room".into())
        .spawn(move || {
            runtime.block_on(async move {
                let router = Router::new()
                    .route("/", get(join))
                    .route("/j", get(to_code))
                    .route("/j/{code}", get(show).post(send))
                    .route("/app.css", get(css))
                    .route("/app.js", get(js))
                    .fallback(not_found)
                    .with_state(app);
                tokio::select! {
                    _ = accept(listener, router) => {}
                    _ = stopped => {}
                }
            });
            // Dropping the runtime here ends every connection still open.
        })?;
    Ok((addr, thread))
}

/// Open connections by client address, so one client cannot take them all.
#[derive(Default)]
struct Connections {
    by_address: HashMap<IpAddr, usize>,
    total: usize,
}

/// One open connection's place; giving it back when the connection ends.
struct Seat {
    connections: Arc<Mutex<Connections>>,
    address: IpAddr,
}

impl Seat {
    /// A place for a connection from `address`, or `None` when it has its share already.
    fn take(connections: &Arc<Mutex<Connections>>, address: IpAddr) -> Option<Seat> {
        let mut c = connections.lock().unwrap_or_else(|e| e.into_inner());
        let mine = c.by_address.get(&address).copied().unwrap_or(0);
        if mine >= limits::MAX_CONNECTIONS_PER_ADDRESS || c.total >= limits::MAX_CONNECTIONS {
            return None;
        }
        c.by_address.insert(address, mine + 1);
        c.total += 1;
        Some(Seat {
            connections: Arc::clone(connections),
            address,
        })
    }
}

impl Drop for Seat {
    fn drop(&mut self) {
        let mut c = self.connections.lock().unwrap_or_else(|e| e.into_inner());
        c.total = c.total.saturating_sub(1);
        if let Some(n) = c.by_address.get_mut(&self.address) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                c.by_address.remove(&self.address);
            }
        }
    }
}

/// Accepts connections and serves each on its own task, with a deadline for the request's
/// headers (so a client trickling bytes cannot hold a connection: a slowloris) and a cap
/// on connections per address. The handlers see the client's address as `ConnectInfo`.
async fn accept(listener: tokio::net::TcpListener, router: Router) {
    let connections = Arc::new(Mutex::new(Connections::default()));
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(accepted) => accepted,
            Err(_) => {
                // Out of file descriptors or a connection reset before accept: wait a moment
                // rather than spin.
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            }
        };
        let Some(seat) = Seat::take(&connections, limits::address_key(peer.ip())) else {
            // Closing at once is the answer: a browser never opens this many.
            drop(stream);
            continue;
        };
        let router = router.clone();
        tokio::spawn(async move {
            let _seat = seat;
            let service = hyper::service::service_fn(move |request: Request<Incoming>| {
                let mut request = request.map(Body::new);
                request.extensions_mut().insert(ConnectInfo(peer));
                let mut router = router.clone();
                router.call(request)
            });
            let mut http = hyper::server::conn::http1::Builder::new();
            http.timer(TokioTimer::new())
                .header_read_timeout(limits::HEADER_TIMEOUT);
            let _ = http.serve_connection(TokioIo::new(stream), service).await;
        });
    }
}

/// A response with the headers every answer carries.
fn respond(status: StatusCode, kind: &'static str, body: impl Into<Body>) -> Response {
    let mut response = (status, body.into()).into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

fn html(status: StatusCode, body: String) -> Response {
    respond(status, "text/html; charset=utf-8", body)
}

fn query(uri: &Uri) -> HashMap<String, String> {
    uri.query()
        .and_then(|q| serde_urlencoded::from_str(q).ok())
        .unwrap_or_default()
}

fn header_str(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn lang_of(app: &App, uri: &Uri, headers: &HeaderMap) -> Lang {
    let fallback = app.lock().view.lang;
    let q = query(uri);
    page::pick_lang(
        q.get("lang").map(String::as_str),
        header_str(headers, header::ACCEPT_LANGUAGE),
        fallback,
    )
}

fn cookie_participant(headers: &HeaderMap) -> Option<String> {
    header_str(headers, header::COOKIE)?
        .split(';')
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, v)| *k == COOKIE && valid_id(v))
        .map(|(_, v)| v.to_string())
}

fn set_cookie(response: &mut Response, participant: &str) {
    let cookie =
        format!("{COOKIE}={participant}; Path=/; HttpOnly; SameSite=Strict; Max-Age=86400");
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
}

fn message(app: &App, status: StatusCode, lang: Lang, text: &str, back: &str) -> Response {
    let title = app.lock().view.title.clone();
    html(status, page::message_page(&title, lang, text, back))
}

async fn join(State(app): State<App>, uri: Uri, headers: HeaderMap) -> Response {
    let lang = lang_of(&app, &uri, &headers);
    let title = app.lock().view.title.clone();
    html(StatusCode::OK, page::join_page(&title, lang, None))
}

async fn to_code(State(app): State<App>, uri: Uri, headers: HeaderMap) -> Response {
    let lang = lang_of(&app, &uri, &headers);
    let typed = normalise_code(query(&uri).get("code").map_or("", String::as_str));
    if typed != app.lock().code {
        let title = app.lock().view.title.clone();
        let notice = Msg::RoomNotFound.get(lang);
        return html(
            StatusCode::NOT_FOUND,
            page::join_page(&title, lang, Some(notice)),
        );
    }
    let mut response = respond(StatusCode::SEE_OTHER, "text/plain; charset=utf-8", "");
    let to = format!("/j/{typed}?lang={}", lang.code());
    if let Ok(value) = HeaderValue::from_str(&to) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

async fn not_found(State(app): State<App>, uri: Uri, headers: HeaderMap) -> Response {
    let lang = lang_of(&app, &uri, &headers);
    message(
        &app,
        StatusCode::NOT_FOUND,
        lang,
        Msg::RoomNotFound.get(lang),
        "/",
    )
}

async fn css() -> Response {
    respond(
        StatusCode::OK,
        "text/css; charset=utf-8",
        include_str!("assets/app.css"),
    )
}

async fn js() -> Response {
    respond(
        StatusCode::OK,
        "text/javascript; charset=utf-8",
        include_str!("assets/app.js"),
    )
}

/// The page itself, or "not found" for a wrong code.
async fn show(
    State(app): State<App>,
    Path(code): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let lang = lang_of(&app, &uri, &headers);
    if code != app.lock().code {
        return message(
            &app,
            StatusCode::NOT_FOUND,
            lang,
            Msg::RoomNotFound.get(lang),
            "/",
        );
    }
    // The cookie first; the address's `p` for browsers that keep no cookies.
    let participant = cookie_participant(&headers)
        .or_else(|| query(&uri).get("p").filter(|p| valid_id(p)).cloned())
        .unwrap_or_else(new_id);
    let notice = query(&uri)
        .contains_key("sent")
        .then(|| (Msg::RoomSent.get(lang).to_string(), false));
    let mut response = render(&app, &code, lang, &participant, notice, "", StatusCode::OK);
    set_cookie(&mut response, &participant);
    response
}

fn render(
    app: &App,
    code: &str,
    lang: Lang,
    participant: &str,
    notice: Option<(String, bool)>,
    draft: &str,
    status: StatusCode,
) -> Response {
    let submission = new_id();
    let body = {
        let shared = app.lock();
        page::participant_page(&PageInput {
            view: &shared.view,
            code,
            lang,
            participant,
            submission: &submission,
            notice,
            draft,
        })
    };
    html(status, body)
}

/// The form's fields; all optional so a missing one gets a clear answer, not a 422.
#[derive(Debug, Default, Deserialize)]
struct Form {
    #[serde(default)]
    p: String,
    #[serde(default)]
    s: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    theme: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    org: String,
}

/// How to answer a sending: a page (no JavaScript) or JSON (the page's script).
struct Reply<'a> {
    app: &'a App,
    code: &'a str,
    lang: Lang,
    json: bool,
    participant: String,
    draft: String,
}

impl Reply<'_> {
    fn refuse(&self, status: StatusCode, text: String) -> Response {
        if self.json {
            let body = serde_json::json!({ "ok": false, "error": text }).to_string();
            return respond(status, "application/json", body);
        }
        if self.participant.is_empty() {
            let back = format!("/j/{}?lang={}", self.code, self.lang.code());
            return message(self.app, status, self.lang, &text, &back);
        }
        // The page again with the text kept, so nothing typed is lost.
        let p = &self.participant;
        render(
            self.app,
            self.code,
            self.lang,
            p,
            Some((text, true)),
            &self.draft,
            status,
        )
    }
}

async fn send(
    State(app): State<App>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(code): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let lang = lang_of(&app, &uri, &headers);
    let json = header_str(&headers, header::ACCEPT).is_some_and(|a| a.contains("application/json"));
    let mut reply = Reply {
        app: &app,
        code: &code,
        lang,
        json,
        participant: String::new(),
        draft: String::new(),
    };
    if code != app.lock().code {
        return reply.refuse(
            StatusCode::NOT_FOUND,
            Msg::RoomNotFound.get(lang).to_string(),
        );
    }
    let too_large = || Msg::RoomBodyTooLarge.fill(lang, &[&MAX_BODY]);
    let declared =
        header_str(&headers, header::CONTENT_LENGTH).and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_BODY) {
        return reply.refuse(StatusCode::PAYLOAD_TOO_LARGE, too_large());
    }
    // A body trickled in slowly would hold the connection: it gets a deadline too.
    let bytes = match tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, MAX_BODY)).await
    {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(_)) => return reply.refuse(StatusCode::PAYLOAD_TOO_LARGE, too_large()),
        Err(_) => {
            let text = Msg::RoomTooSlow.fill(lang, &[&BODY_TIMEOUT.as_secs()]);
            return reply.refuse(StatusCode::REQUEST_TIMEOUT, text);
        }
    };
    let form: Form = match serde_urlencoded::from_bytes(&bytes) {
        Ok(form) => form,
        Err(e) => {
            let text = Msg::RoomBadForm.fill(lang, &[&e]);
            return reply.refuse(StatusCode::BAD_REQUEST, text);
        }
    };
    if !valid_id(&form.p) || !valid_id(&form.s) {
        let field = if valid_id(&form.p) { "s" } else { "p" };
        return reply.refuse(
            StatusCode::BAD_REQUEST,
            Msg::RoomBadForm.fill(lang, &[&field]),
        );
    }
    reply.participant = form.p.clone();
    reply.draft = form.text.chars().take(MAX_IDEA_CHARS * 2).collect();
    let text = crate::model::text::clean(&form.text);
    if text.is_empty() {
        return reply.refuse(
            StatusCode::BAD_REQUEST,
            Msg::RoomEmptyIdea.get(lang).to_string(),
        );
    }
    if text.chars().count() > MAX_IDEA_CHARS {
        let msg = Msg::RoomTooLong.fill(lang, &[&MAX_IDEA_CHARS]);
        return reply.refuse(StatusCode::PAYLOAD_TOO_LARGE, msg);
    }
    let short = |s: &str| -> String {
        crate::model::text::clean(s)
            .chars()
            .take(MAX_NAME_CHARS)
            .collect()
    };
    let mut refused = None;
    let admitted = {
        let mut shared = app.lock();
        if shared.blocked.contains(&form.p) {
            Err((
                StatusCode::FORBIDDEN,
                Msg::RoomBlocked.get(lang).to_string(),
            ))
        } else {
            let taken = shared.limits.take(&form.p, peer.ip(), Instant::now());
            refused = taken.err();
            match taken {
                Ok(()) => Ok(shared
                    .view
                    .themes
                    .iter()
                    .any(|(k, _)| *k == form.theme)
                    .then(|| form.theme.clone())),
                Err(Refusal::TooFast(secs)) => Err((
                    StatusCode::TOO_MANY_REQUESTS,
                    Msg::RoomTooFast.fill(lang, &[&secs]),
                )),
                Err(Refusal::Full) => Err((
                    StatusCode::TOO_MANY_REQUESTS,
                    Msg::RoomFull.fill(lang, &[&limits::MAX_PARTICIPANTS]),
                )),
                Err(Refusal::AddressFull) => Err((
                    StatusCode::TOO_MANY_REQUESTS,
                    Msg::RoomAddressFull.fill(lang, &[&limits::MAX_PER_ADDRESS]),
                )),
            }
        }
    };
    let theme = match admitted {
        Ok(theme) => theme,
        Err((status, text)) => {
            let mut response = reply.refuse(status, text);
            if status == StatusCode::TOO_MANY_REQUESTS {
                // The wait the page names, so a script that obeys the header gets through.
                let secs = match refused {
                    Some(Refusal::TooFast(secs)) => secs,
                    _ => limits::REFILL.as_secs(),
                };
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(secs));
            }
            return response;
        }
    };
    let item = InboxItem {
        text,
        theme,
        source: Source {
            participant: form.p.clone(),
            submission: form.s.clone(),
            name: short(&form.name),
            organisation: short(&form.org),
        },
        received: chrono::Local::now().fixed_offset(),
    };
    let (tx, rx) = tokio::sync::oneshot::channel();
    let busy = || Msg::RoomBusy.get(lang).to_string();
    match app.arrivals.try_send(Submission { item, reply: tx }) {
        Ok(()) => {}
        Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => {
            return reply.refuse(StatusCode::SERVICE_UNAVAILABLE, busy());
        }
    }
    match tokio::time::timeout(ACK_TIMEOUT, rx).await {
        Ok(Ok(Ack::Stored)) => {}
        _ => return reply.refuse(StatusCode::SERVICE_UNAVAILABLE, busy()),
    }
    if json {
        let body = serde_json::json!({ "ok": true, "next": new_id() }).to_string();
        let mut response = respond(StatusCode::OK, "application/json", body);
        set_cookie(&mut response, &form.p);
        return response;
    }
    // Post/redirect/get: reloading the page cannot send the idea again.
    let mut response = respond(StatusCode::SEE_OTHER, "text/plain; charset=utf-8", "");
    let to = format!("/j/{code}?lang={}&sent=1&p={}", lang.code(), form.p);
    if let Ok(value) = HeaderValue::from_str(&to) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    set_cookie(&mut response, &form.p);
    response
}
