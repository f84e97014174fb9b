//! Behaviour that the emulator does not exercise, checked against a small axum server on
//! loopback: rarer error shapes, `Retry-After` dates, shared token fetches, page links.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

use axum::Router;
use axum::extract::{Query as Params, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use flow_client::{ClientCredentials, FlowClient, Query, RetryPolicy, Secret};
use serde_json::json;

#[derive(Default)]
struct Counters {
    tokens: AtomicUsize,
    flaky: AtomicUsize,
    down: AtomicUsize,
    calls: AtomicUsize,
    other_host: String,
    spec_requests: std::sync::Mutex<Vec<(String, HeaderMap)>>,
    token_requests: std::sync::Mutex<Vec<TokenRequest>>,
}

/// A token request's content type and form fields.
type TokenRequest = (Option<String>, Vec<(String, String)>);

type Shared = Arc<Counters>;

async fn serve(app: Router) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    address
}

fn flow_routes(counters: Shared) -> Router {
    Router::new()
        .route("/connections/problem", get(problem))
        .route("/connections/bare", get(bare))
        .route("/connections/html", get(html))
        .route("/connections/down", get(down))
        .route("/connections/flaky/test", get(flaky))
        .route("/connections/auth/test", get(authorized))
        .route("/connections", get(pages))
        .route("/connectionSpecs", get(specs))
        .with_state(counters)
}

async fn problem() -> Response {
    let body = json!({
        "type": "about:blank",
        "status": 415,
        "title": "Unsupported Media Type",
        "detail": "content type must be application/json"
    });
    (StatusCode::UNSUPPORTED_MEDIA_TYPE, axum::Json(body)).into_response()
}

async fn bare() -> Response {
    let body = json!({"errorMessage": "etag does not match"});
    (StatusCode::PRECONDITION_FAILED, axum::Json(body)).into_response()
}

async fn html() -> Response {
    let headers = [("x-request-id", "html-request")];
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        headers,
        "<html>oops</html>",
    )
        .into_response()
}

/// Always 504.
async fn down(State(counters): State<Shared>) -> Response {
    counters.down.fetch_add(1, Ordering::SeqCst);
    let body = json!({"type": "x/FLOW-1104-504", "status": 504, "title": "timeout"});
    (StatusCode::GATEWAY_TIMEOUT, axum::Json(body)).into_response()
}

/// 503 with `Retry-After` as an HTTP date the first time, then a success.
async fn flaky(State(counters): State<Shared>) -> Response {
    if counters.flaky.fetch_add(1, Ordering::SeqCst) == 0 {
        let later = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(1));
        let body = json!({"type": "x/FLOW-1103-503", "status": 503, "title": "unavailable"});
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [("retry-after", later)],
            axum::Json(body),
        )
            .into_response();
    }
    axum::Json(json!({"result": true})).into_response()
}

/// Accepts only the newest token the token endpoint issued.
async fn authorized(State(counters): State<Shared>, headers: HeaderMap) -> Response {
    counters.calls.fetch_add(1, Ordering::SeqCst);
    let newest = format!("Bearer token-{}", counters.tokens.load(Ordering::SeqCst));
    let given = headers.get("authorization").and_then(|v| v.to_str().ok());
    if given == Some(newest.as_str()) {
        return axum::Json(json!({"result": true})).into_response();
    }
    let body = json!({"error_code": "401013", "message": "Oauth token is not valid"});
    (StatusCode::UNAUTHORIZED, axum::Json(body)).into_response()
}

/// Three pages: the first links with the base path, or to another host when the filter
/// `elsewhere` is given; the second links without the base path.
async fn pages(
    Params(params): Params<Vec<(String, String)>>,
    State(counters): State<Shared>,
) -> Response {
    let other_host = &counters.other_host;
    let token = params
        .iter()
        .find(|(name, _)| name == "continuationToken")
        .map(|(_, value)| value.as_str());
    let elsewhere = params
        .iter()
        .any(|(name, value)| name == "property" && value == "elsewhere");
    let item = |id: &str| json!({"id": id, "name": format!("connection {id}")});
    let body = match token {
        None => json!({
            "items": [item("1")],
            "_links": {"next": {"href": if elsewhere {
                format!("{other_host}/connections?continuationToken=2")
            } else {
                "/data/foundation/flowservice/connections?continuationToken=2".to_owned()
            }}}
        }),
        Some("2") => json!({
            "items": [item("2")],
            "_links": {"next": {"href": "/connections?continuationToken=3"}}
        }),
        _ => json!({"items": [item("3")], "_links": {}}),
    };
    axum::Json(body).into_response()
}

/// Keeps each request's query and headers; lists a spec only when the name filter asks for it.
async fn specs(
    RawQuery(query): RawQuery,
    State(counters): State<Shared>,
    headers: HeaderMap,
) -> Response {
    let query = query.unwrap_or_default();
    let asked: Vec<(String, String)> = url_pairs(&query);
    counters
        .spec_requests
        .lock()
        .unwrap()
        .push((query, headers));
    let wanted = ("property".to_owned(), r#"name=="mock-spec""#.to_owned());
    let items = if asked.contains(&wanted) {
        json!([{"id": "spec-1", "name": "mock-spec", "version": "1.0", "authSpec": []}])
    } else {
        json!([])
    };
    axum::Json(json!({ "items": items })).into_response()
}

async fn token(State(counters): State<Shared>, headers: HeaderMap, body: String) -> Response {
    let form: Vec<(String, String)> = url_pairs(&body);
    let content_type = headers
        .get("content-type")
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    counters
        .token_requests
        .lock()
        .unwrap()
        .push((content_type, form.clone()));
    let secret = form.iter().find(|(name, _)| name == "client_secret");
    if secret.map(|(_, value)| value.as_str()) != Some("mock-secret") {
        let body = json!({"error": "invalid_client", "error_description": "invalid secret"});
        return (StatusCode::UNAUTHORIZED, axum::Json(body)).into_response();
    }

    // Slow enough that concurrent callers overlap.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let issued = counters.tokens.fetch_add(1, Ordering::SeqCst) + 1;
    let lifetime = if form.iter().any(|(_, value)| value == "short") {
        0
    } else {
        86_399
    };
    let body = json!({
        "access_token": format!("token-{issued}"),
        "token_type": "bearer",
        "expires_in": lifetime
    });
    axum::Json(body).into_response()
}

fn url_pairs(body: &str) -> Vec<(String, String)> {
    url::form_urlencoded::parse(body.as_bytes())
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect()
}

struct Mock {
    address: SocketAddr,
    counters: Shared,
}

impl Mock {
    async fn start() -> Self {
        let other = serve(Router::new()).await;
        let counters = Shared::new(Counters {
            other_host: format!("http://{other}"),
            ..Counters::default()
        });
        let flow = flow_routes(counters.clone());
        let ims = Router::new()
            .route("/ims/token/v3", post(token))
            .with_state(counters.clone());
        let app = Router::new()
            .nest("/data/foundation/flowservice", flow)
            .merge(ims);
        let address = serve(app).await;
        Self { address, counters }
    }

    fn base_url(&self) -> String {
        format!("http://{}/data/foundation/flowservice", self.address)
    }

    fn client(&self, secret: &str, scope: &str) -> FlowClient {
        let credentials = ClientCredentials::builder("mock-client", Secret::from(secret))
            .ims_url(format!("http://{}", self.address))
            .scopes([scope]);
        FlowClient::builder()
            .base_url(self.base_url())
            .client_credentials(credentials)
            .org_id("MOCK@AdobeOrg")
            .retry_policy(RetryPolicy::new(
                3,
                Duration::from_millis(10),
                Duration::from_secs(5),
            ))
            .build()
            .unwrap()
    }
}

#[tokio::test]
async fn finds_a_spec_by_the_name_filter_with_every_required_header() {
    let mock = Mock::start().await;
    let client = mock.client("mock-secret", "openid");

    let spec = client.connection_spec_by_name("mock-spec").await.unwrap();

    assert_eq!(spec.id.as_deref(), Some("spec-1"));
    let requests = mock.counters.spec_requests.lock().unwrap();
    let [(query, headers)] = requests.as_slice() else {
        panic!("{} requests", requests.len());
    };
    assert!(
        url_pairs(query).contains(&("property".to_owned(), r#"name=="mock-spec""#.to_owned())),
        "{query}"
    );
    let header = |name: &str| headers.get(name).and_then(|value| value.to_str().ok());
    assert_eq!(header("authorization"), Some("Bearer token-1"));
    assert_eq!(header("x-api-key"), Some("mock-client"));
    assert_eq!(header("x-gw-ims-org-id"), Some("MOCK@AdobeOrg"));
    assert_eq!(header("x-sandbox-name"), Some("prod"));
}

#[tokio::test]
async fn asks_for_a_token_with_a_form_of_the_credentials_and_comma_separated_scopes() {
    let mock = Mock::start().await;
    let credentials = ClientCredentials::builder("mock-client", Secret::from("mock-secret"))
        .ims_url(format!("http://{}", mock.address))
        .scopes(["openid", "AdobeID"]);
    let client = FlowClient::builder()
        .base_url(mock.base_url())
        .client_credentials(credentials)
        .org_id("MOCK@AdobeOrg")
        .build()
        .unwrap();

    client.connection_specs(&Query::new()).await.unwrap();

    let requests = mock.counters.token_requests.lock().unwrap();
    let [(content_type, form)] = requests.as_slice() else {
        panic!("{} token requests", requests.len());
    };
    assert_eq!(
        content_type.as_deref(),
        Some("application/x-www-form-urlencoded")
    );
    let field = |name: &str| {
        form.iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    };
    assert_eq!(field("grant_type"), Some("client_credentials"));
    assert_eq!(field("client_id"), Some("mock-client"));
    assert_eq!(field("client_secret"), Some("mock-secret"));
    assert_eq!(field("scope"), Some("openid,AdobeID"));
}

#[tokio::test]
async fn reads_problem_details_bare_messages_and_unknown_bodies() {
    let mock = Mock::start().await;
    let client = mock.client("mock-secret", "openid");

    let problem = client.connection("problem").await.unwrap_err();
    let bare = client.connection("bare").await.unwrap_err();
    let html = client.connection("html").await.unwrap_err();

    assert_eq!(problem.status().map(|s| s.as_u16()), Some(415));
    assert_eq!(problem.title(), Some("Unsupported Media Type"));
    assert_eq!(
        problem.detail(),
        Some("content type must be application/json")
    );
    assert!(bare.is_precondition_failed());
    assert_eq!(bare.detail(), Some("etag does not match"));
    assert_eq!(html.raw_body(), Some("<html>oops</html>"));
    assert_eq!(html.request_id(), Some("html-request"));
    assert!(html.is_server_error());
    assert_eq!(html.code(), None);
}

#[tokio::test]
async fn waits_for_a_retry_after_date_then_succeeds() {
    let mock = Mock::start().await;
    let client = mock.client("mock-secret", "openid");

    let result = client.test_connection("flaky").await.unwrap();

    assert!(result);
    assert_eq!(mock.counters.flaky.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn concurrent_callers_share_one_token_fetch() {
    let mock = Mock::start().await;
    let client = mock.client("mock-secret", "openid");

    let calls = (0..16).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.test_connection("auth").await })
    });
    for call in futures_util::future::join_all(calls).await {
        assert!(call.unwrap().unwrap());
    }

    assert_eq!(mock.counters.tokens.load(Ordering::SeqCst), 1);
    assert_eq!(mock.counters.calls.load(Ordering::SeqCst), 16);
}

#[tokio::test]
async fn a_token_is_kept_until_shortly_before_it_expires() {
    let mock = Mock::start().await;
    let long_lived = mock.client("mock-secret", "openid");

    long_lived.test_connection("auth").await.unwrap();
    long_lived.test_connection("auth").await.unwrap();
    assert_eq!(mock.counters.tokens.load(Ordering::SeqCst), 1);

    let expiring = mock.client("mock-secret", "short");
    expiring.test_connection("auth").await.unwrap();
    expiring.test_connection("auth").await.unwrap();
    assert_eq!(mock.counters.tokens.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn a_refused_client_secret_is_an_unauthorized_token_error() {
    let mock = Mock::start().await;
    let client = mock.client("wrong-secret", "openid");

    let error = client.test_connection("auth").await.unwrap_err();

    assert!(error.is_unauthorized());
    assert!(error.is_token());
    assert_eq!(error.code(), Some("invalid_client"));
    assert!(!error.may_have_reached_service());
    assert!(!format!("{error} {error:?}").contains("wrong-secret"));
    assert_eq!(mock.counters.calls.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn follows_relative_links_with_or_without_the_base_path() {
    let mock = Mock::start().await;
    let client = mock.client("mock-secret", "openid");

    let connections = client.list_connections(&Query::new()).await.unwrap();

    let ids: Vec<_> = connections.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["1", "2", "3"]);
}

#[tokio::test]
async fn refuses_a_next_page_link_to_another_host() {
    let mock = Mock::start().await;
    let client = mock.client("mock-secret", "openid");
    let query = Query::new().property("elsewhere");

    let error = client.list_connections(&query).await.unwrap_err();

    assert!(error.is_decode());
    assert_eq!(
        error.to_string(),
        "flow service sent a next-page link to another host"
    );
}

#[tokio::test]
async fn gives_up_after_the_last_attempt() {
    let mock = Mock::start().await;
    let client = mock.client("mock-secret", "openid");

    let error = client.connection("down").await.unwrap_err();

    assert!(error.is_server_error());
    assert_eq!(error.code(), Some("1104-504"));
    assert_eq!(mock.counters.down.load(Ordering::SeqCst), 3);
}
