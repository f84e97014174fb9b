//! The one error type of this crate.
//!
//! Flow Service answers errors in three body shapes, and its token endpoint in a fourth; all of
//! them are read into one [`Error`] whose predicates and accessors tell what went wrong, without
//! the caller matching on body shapes:
//!
//! - the API gateway: `{"error_code": "401013", "message": "..."}`;
//! - Flow Service: `{"type": ".../FLOW-1415-400", "title", "status", "report":
//!   {"detailed-message", "request-id"}, "errorMessage", "errorDetails"}`;
//! - other problem details: `{"type", "status", "title", "detail"}`, or a bare
//!   `{"errorMessage": "..."}`;
//! - the token endpoint: `{"error": "invalid_client", "error_description": "..."}`.
//!
//! A body that fits none of them is kept whole, for [`Error::raw_body`].

use std::borrow::Cow;
use std::fmt;
use std::time::{Duration, SystemTime};

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, RETRY_AFTER};
use serde_json::{Map, Value};

use crate::validate::ValidationError;

/// What went wrong in a call to Flow Service or while building a request.
///
/// The error is opaque: ask it what it is with the `is_*` predicates, and read what the service
/// said with [`status`](Error::status), [`code`](Error::code), [`title`](Error::title),
/// [`detail`](Error::detail) and [`request_id`](Error::request_id). Its messages are lowercase,
/// never repeat the message of their [source](std::error::Error::source), and never contain a
/// secret: neither `Display` nor `Debug` prints a token, a password or a request body.
///
/// # Examples
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), flow_client::Error> {
/// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
/// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
/// # let login = emulator.credentials();
/// # let client = flow_client::FlowClient::builder()
/// #     .base_url(emulator.base_url())
/// #     .access_token(login.access_token.as_str().into())
/// #     .api_key(login.client_id.as_str())
/// #     .org_id(login.org_id.as_str())
/// #     .build()?;
/// match client.connection("4c5d").await {
///     Ok(connection) => println!("{}", connection.name),
///     Err(error) if error.is_not_found() => println!("no such connection"),
///     Err(error) => eprintln!("{error} (request id {:?})", error.request_id()),
/// }
/// # Ok(())
/// # }
/// ```
pub struct Error {
    inner: Box<Inner>,
}

struct Inner {
    kind: Kind,
    endpoint: Endpoint,
    outcome: Outcome,
    status: Option<StatusCode>,
    answer: Option<Answer>,
    request_id: Option<String>,
    retry_after: Option<Duration>,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

#[derive(Debug)]
enum Kind {
    Validation(ValidationError),
    MissingSpecId(&'static str),
    Config(Cow<'static, str>),
    Connect,
    Timeout,
    Transport,
    Status,
    Decode(&'static str),
    Unexpected(&'static str),
    Body,
    NotFound(String),
    Ambiguous(String),
}

/// Which server an error came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Endpoint {
    None,
    Service,
    Token,
}

/// What an error says about the effect of the request that failed.
///
/// It matters most for `POST /connections`: when the outcome is [`Outcome::Unknown`], the
/// connection may have been created although no answer said so, and repeating the request may
/// create a second one.
///
/// # Examples
///
/// ```
/// # flow_client::connection_specs!("../specs/dynamics-online.json");
/// # fn auth() -> DynamicsOnlineAuth {
/// #     DynamicsOnlineAuth {
/// #         service_uri: "https://contoso.crm.dynamics.com".into(),
/// #         username: "ann@contoso.com".into(),
/// #         password: "pa55w0rd".into(),
/// #     }
/// # }
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), flow_client::Error> {
/// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
/// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
/// # let login = emulator.credentials();
/// # let client = flow_client::FlowClient::builder()
/// #     .base_url(emulator.base_url())
/// #     .access_token(login.access_token.as_str().into())
/// #     .api_key(login.client_id.as_str())
/// #     .org_id(login.org_id.as_str())
/// #     .build()?;
/// # emulator.faults().inject("POST", "/connections", flow_emulator::Fault::DropAfterHandling, 1);
/// use flow_client::{CreateConnection, Outcome, Property, Query};
///
/// let body = CreateConnection::new("Dynamics 2f1c9a", auth())?;
/// match client.create_connection(&body).await {
///     Ok(created) => println!("created {}", created.id),
///     Err(error) if matches!(error.outcome(), Outcome::NotSent | Outcome::Refused) => {
///         eprintln!("not created: {error}")
///     }
///     // The connection may exist although no answer said so: look before creating again.
///     Err(_) => {
///         let named = Query::new().property(Property::eq("name", body.name()));
///         let found = client.count_connections(&named).await?;
///         println!("{found} connection(s) named `{}`", body.name());
///     }
/// }
/// # assert_eq!(client.count_connections(&Query::new()).await?, 1);
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// No request reached a server: the call failed while it was being built, or no
    /// connection could be opened.
    NotSent,
    /// The server answered that it refused the request (a 4xx status): it took no effect.
    Refused,
    /// The request may have reached the service and taken effect: the connection broke or
    /// timed out before an answer, or the service answered with a server error (5xx).
    Unknown,
    /// The server answered, but the answer could not be read: the request took effect.
    Done,
}

/// What an error body said, read from whichever shape it had.
#[derive(Debug, Default)]
struct Answer {
    code: Option<String>,
    title: Option<String>,
    detail: Option<String>,
    details: Option<Value>,
    raw_body: Option<String>,
}

impl Error {
    fn new(kind: Kind, endpoint: Endpoint, outcome: Outcome) -> Self {
        Self {
            inner: Box::new(Inner {
                kind,
                endpoint,
                outcome,
                status: None,
                answer: None,
                request_id: None,
                retry_after: None,
                source: None,
            }),
        }
    }

    pub(crate) fn validation(error: ValidationError) -> Self {
        Self::new(Kind::Validation(error), Endpoint::None, Outcome::NotSent)
    }

    pub(crate) fn missing_spec_id(spec: &'static str) -> Self {
        Self::new(Kind::MissingSpecId(spec), Endpoint::None, Outcome::NotSent)
    }

    /// A configuration value that cannot work, such as an `http` URL to a remote host.
    pub(crate) fn config(message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(
            Kind::Config(message.into()),
            Endpoint::None,
            Outcome::NotSent,
        )
    }

    /// A failure of the HTTP exchange itself; `body_sent` tells whether the request could
    /// have left this process (a failure to connect proves it did not).
    pub(crate) fn transport(endpoint: Endpoint, error: reqwest::Error) -> Self {
        let (kind, outcome) = if error.is_connect() {
            (Kind::Connect, Outcome::NotSent)
        } else if error.is_timeout() {
            (Kind::Timeout, Outcome::Unknown)
        } else {
            (Kind::Transport, Outcome::Unknown)
        };

        let mut error_value = Self::new(kind, endpoint, outcome);
        error_value.inner.source = Some(Box::new(error));
        error_value
    }

    /// An error status answered by `endpoint`, read from its headers and body.
    pub(crate) fn answered(
        endpoint: Endpoint,
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Self {
        let outcome = if status.is_server_error() {
            Outcome::Unknown
        } else {
            Outcome::Refused
        };
        let answer = Answer::parse(body);

        let mut error = Self::new(Kind::Status, endpoint, outcome);
        error.inner.status = Some(status);
        error.inner.request_id = header_request_id(headers).or_else(|| answer.request_id());
        error.inner.retry_after = retry_after(headers, SystemTime::now());
        error.inner.answer = Some(answer.answer);
        error
    }

    /// A success answer whose body could not be read as `what`. The body and the parser's
    /// message are kept only when they cannot hold a secret.
    pub(crate) fn decode(
        endpoint: Endpoint,
        what: &'static str,
        status: StatusCode,
        raw_body: Option<String>,
        source: Option<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        let mut error = Self::new(Kind::Decode(what), endpoint, Outcome::Done);
        error.inner.status = Some(status);
        error.inner.answer = raw_body.map(|raw_body| Answer {
            raw_body: Some(raw_body),
            ..Answer::default()
        });
        error.inner.source = source;
        error
    }

    /// A success answer that makes no sense, such as a link to another host.
    pub(crate) fn unexpected(what: &'static str) -> Self {
        Self::new(Kind::Unexpected(what), Endpoint::Service, Outcome::Done)
    }

    /// A next-page link that leads back to a page already read.
    pub(crate) fn pagination_loop() -> Self {
        Self::unexpected("a next-page link that leads back to an earlier page")
    }

    /// A request body that could not be serialized; nothing was sent.
    pub(crate) fn body(source: serde_json::Error) -> Self {
        let mut error = Self::new(Kind::Body, Endpoint::None, Outcome::NotSent);
        error.inner.source = Some(Box::new(source));
        error
    }

    /// Something the caller looked up that does not exist, such as a spec of a given name.
    pub(crate) fn not_found(subject: String) -> Self {
        Self::new(Kind::NotFound(subject), Endpoint::Service, Outcome::Refused)
    }

    /// A lookup that found several things where it needed one.
    pub(crate) fn ambiguous(subject: String) -> Self {
        Self::new(
            Kind::Ambiguous(subject),
            Endpoint::Service,
            Outcome::Unknown,
        )
    }

    /// Whether a lookup found several things where it needed one.
    pub(crate) fn is_ambiguous(&self) -> bool {
        matches!(self.inner.kind, Kind::Ambiguous(_))
    }

    /// Replaces what the error says about the effect of the request.
    pub(crate) fn with_outcome(mut self, outcome: Outcome) -> Self {
        self.inner.outcome = outcome;
        self
    }

    /// Whether a retry of the same request may succeed: a transport failure, 429, 502, 503,
    /// 504, or one of Flow Service's "try again" codes.
    pub(crate) fn is_transient(&self) -> bool {
        match self.inner.kind {
            Kind::Connect | Kind::Timeout | Kind::Transport => true,
            Kind::Status => {
                let status = self.inner.status.map_or(0, |status| status.as_u16());
                matches!(status, 429 | 502 | 503 | 504)
                    || matches!(self.code(), Some("1102-500" | "1103-503" | "1104-504"))
            }
            _ => false,
        }
    }

    /// Reads the error answer of a request made to Flow Service outside this client, such as
    /// a call this client does not offer: status, code, detail and request id, from any of
    /// the known body shapes.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let base_url = emulator.base_url();
    /// let http = reqwest::Client::new();
    /// let response = http
    ///     .get(format!("{base_url}/flows"))
    ///     .bearer_auth(&login.access_token)
    ///     .header("x-api-key", &login.client_id)
    ///     .header("x-gw-ims-org-id", &login.org_id)
    ///     .send()
    ///     .await?;
    /// if !response.status().is_success() {
    ///     let error = flow_client::Error::from_response(response).await;
    ///     // The emulator offers no flows.
    ///     assert!(error.is_not_found());
    ///     assert!(error.request_id().is_some());
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub async fn from_response(response: reqwest::Response) -> Self {
        let status = response.status();
        let headers = response.headers().clone();
        match response.bytes().await {
            Ok(body) => Self::answered(Endpoint::Service, status, &headers, &body),
            Err(error) => Self::transport(Endpoint::Service, error),
        }
    }

    /// The auth-params violations, when the error is one of validation.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::{ConnectionUpdate, SpecInfo, ValidationError};
    /// # #[derive(Debug, serde::Serialize)]
    /// # struct Basic { username: String }
    /// # impl flow_client::AuthParams for Basic {
    /// #     fn spec(&self) -> SpecInfo {
    /// #         SpecInfo {
    /// #             id: Some("42"), name: "demo", version: "1.0", provider_id: None,
    /// #             auth_specs: &["Basic"],
    /// #         }
    /// #     }
    /// #     fn auth_spec_name(&self) -> &'static str { "Basic" }
    /// #     fn validate(&self) -> Result<(), ValidationError> {
    /// #         let mut report = flow_client::validate::Report::new();
    /// #         report.min_length("", "/username", &self.username, 1);
    /// #         report.finish()
    /// #     }
    /// # }
    ///
    /// // `Basic` requires a username of at least one character.
    /// let error = ConnectionUpdate::new()
    ///     .auth_params(&Basic { username: String::new() })
    ///     .unwrap_err();
    /// let violations = error.validation_error().map(ValidationError::violations);
    /// assert_eq!(violations.unwrap()[0].pointer, "/username");
    /// ```
    pub fn validation_error(&self) -> Option<&ValidationError> {
        match &self.inner.kind {
            Kind::Validation(error) => Some(error),
            _ => None,
        }
    }

    /// Whether auth params broke a rule of their schema.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::{CreateConnection, SpecInfo, ValidationError};
    /// # #[derive(Debug, serde::Serialize)]
    /// # struct Basic { username: String }
    /// # impl flow_client::AuthParams for Basic {
    /// #     fn spec(&self) -> SpecInfo {
    /// #         SpecInfo {
    /// #             id: Some("42"), name: "demo", version: "1.0", provider_id: None,
    /// #             auth_specs: &["Basic"],
    /// #         }
    /// #     }
    /// #     fn auth_spec_name(&self) -> &'static str { "Basic" }
    /// #     fn validate(&self) -> Result<(), ValidationError> {
    /// #         let mut report = flow_client::validate::Report::new();
    /// #         report.min_length("", "/username", &self.username, 1);
    /// #         report.finish()
    /// #     }
    /// # }
    ///
    /// // `Basic` requires a username of at least one character.
    /// let error = CreateConnection::new("Demo", Basic { username: String::new() }).unwrap_err();
    /// assert!(error.is_validation());
    /// assert!(!error.may_have_reached_service());
    /// ```
    pub fn is_validation(&self) -> bool {
        matches!(self.inner.kind, Kind::Validation(_))
    }

    /// Whether the client was configured with a value that cannot work.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::{FlowClient, Secret};
    ///
    /// let error = FlowClient::builder()
    ///     .base_url("ftp://platform.adobe.io")
    ///     .access_token(Secret::from("eyJhbGciOi..."))
    ///     .api_key("my-client-id")
    ///     .org_id("0123456789ABCDEF@AdobeOrg")
    ///     .build()
    ///     .unwrap_err();
    /// assert!(error.is_config());
    /// ```
    pub fn is_config(&self) -> bool {
        matches!(self.inner.kind, Kind::Config(_) | Kind::MissingSpecId(_))
    }

    /// Whether the thing asked for does not exist: a 404 answer, or a lookup by name that
    /// found nothing.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let client = flow_client::FlowClient::builder()
    /// #     .base_url(emulator.base_url())
    /// #     .access_token(login.access_token.as_str().into())
    /// #     .api_key(login.client_id.as_str())
    /// #     .org_id(login.org_id.as_str())
    /// #     .build()?;
    /// let by_id = client.connection("no-such-id").await.unwrap_err();
    /// assert!(by_id.is_not_found());
    /// assert_eq!(by_id.status().map(|status| status.as_u16()), Some(404));
    ///
    /// let by_name = client.connection_spec_by_name("no-such-spec").await.unwrap_err();
    /// assert!(by_name.is_not_found());
    /// assert_eq!(by_name.status(), None);
    /// # Ok(())
    /// # }
    /// ```
    pub fn is_not_found(&self) -> bool {
        matches!(self.inner.kind, Kind::NotFound(_)) || self.has_status(404)
    }

    /// Whether an `If-Match` etag was stale (412): someone changed the connection since it
    /// was read.
    ///
    /// # Examples
    ///
    /// ```
    /// # flow_client::connection_specs!("../specs/dynamics-online.json");
    /// # fn auth() -> DynamicsOnlineAuth {
    /// #     DynamicsOnlineAuth {
    /// #         service_uri: "https://contoso.crm.dynamics.com".into(),
    /// #         username: "ann@contoso.com".into(),
    /// #         password: "pa55w0rd".into(),
    /// #     }
    /// # }
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let client = flow_client::FlowClient::builder()
    /// #     .base_url(emulator.base_url())
    /// #     .access_token(login.access_token.as_str().into())
    /// #     .api_key(login.client_id.as_str())
    /// #     .org_id(login.org_id.as_str())
    /// #     .build()?;
    /// # let body = flow_client::CreateConnection::new("Dynamics", auth())?;
    /// # let created = client.create_connection(&body).await?;
    /// # let (id, read) = (created.id, created.etag);
    /// use flow_client::ConnectionUpdate;
    ///
    /// let rename = ConnectionUpdate::new().name("Dynamics (EU)");
    /// client.update_connection(&id, &read, &rename).await?;
    /// // Another update sent with the etag read before the first one is refused.
    /// let error = client.update_connection(&id, &read, &rename).await.unwrap_err();
    /// assert!(error.is_precondition_failed());
    /// # Ok(())
    /// # }
    /// ```
    pub fn is_precondition_failed(&self) -> bool {
        self.has_status(412)
    }

    /// Whether the service asked to slow down (429); see [`retry_after`](Error::retry_after).
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let client = flow_client::FlowClient::builder()
    /// #     .base_url(emulator.base_url())
    /// #     .access_token(login.access_token.as_str().into())
    /// #     .api_key(login.client_id.as_str())
    /// #     .org_id(login.org_id.as_str())
    /// #     .build()?;
    /// # let busy = flow_emulator::Fault::RateLimited { retry_after_secs: 120 };
    /// # emulator.faults().inject("GET", "/connections", busy, 1);
    /// use std::time::Duration;
    /// use flow_client::Query;
    ///
    /// // Here the service asks for two minutes: longer than the retry policy waits, so the
    /// // error is returned rather than retried.
    /// let error = client.count_connections(&Query::new()).await.unwrap_err();
    /// assert!(error.is_rate_limited());
    /// assert_eq!(error.retry_after(), Some(Duration::from_secs(120)));
    /// # Ok(())
    /// # }
    /// ```
    pub fn is_rate_limited(&self) -> bool {
        self.has_status(429)
    }

    /// Whether the credentials were refused: a 401 from Flow Service, or the token endpoint
    /// rejecting the client id or secret.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// use flow_client::{FlowClient, Query, Secret};
    ///
    /// let client = FlowClient::builder()
    /// #   .base_url(emulator.base_url())
    /// #   .api_key(login.client_id.as_str())
    /// #   .org_id(login.org_id.as_str())
    ///     .access_token(Secret::from("expired-or-made-up"))
    ///     .build()?;
    /// let error = client.count_connections(&Query::new()).await.unwrap_err();
    /// assert!(error.is_unauthorized());
    /// assert_eq!(error.code(), Some("401013"));
    /// # Ok(())
    /// # }
    /// ```
    pub fn is_unauthorized(&self) -> bool {
        if self.inner.endpoint == Endpoint::Token {
            let refused_client =
                matches!(self.code(), Some("invalid_client" | "unauthorized_client"));
            return self.has_status(401) || refused_client;
        }
        self.has_status(401)
    }

    /// Whether the credentials are valid but not allowed this call (403), such as a wrong
    /// API key.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// use flow_client::{FlowClient, Query, Secret};
    ///
    /// let client = FlowClient::builder()
    /// #   .base_url(emulator.base_url())
    /// #   .access_token(login.access_token.as_str().into())
    /// #   .org_id(login.org_id.as_str())
    ///     .api_key("another-project")
    ///     .build()?;
    /// let error = client.count_connections(&Query::new()).await.unwrap_err();
    /// assert!(error.is_forbidden());
    /// # Ok(())
    /// # }
    /// ```
    pub fn is_forbidden(&self) -> bool {
        self.has_status(403) && self.inner.endpoint == Endpoint::Service
    }

    /// Whether Flow Service refused the request as malformed or invalid (400), such as params
    /// that break the auth schema or a missing `x-sandbox-name`.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[derive(Debug, serde::Serialize)]
    /// # struct Untyped(serde_json::Value);
    /// # impl flow_client::AuthParams for Untyped {
    /// #     fn spec(&self) -> flow_client::SpecInfo {
    /// #         flow_client::SpecInfo {
    /// #             id: Some("38ad80fe-8b06-4938-94f4-d4ee80266b07"), name: "dynamics-online",
    /// #             version: "1.0", provider_id: None,
    /// #             auth_specs: &["Basic Authentication for Dynamics-Online"],
    /// #         }
    /// #     }
    /// #     fn auth_spec_name(&self) -> &'static str {
    /// #         "Basic Authentication for Dynamics-Online"
    /// #     }
    /// #     fn validate(&self) -> Result<(), flow_client::ValidationError> {
    /// #         Ok(())
    /// #     }
    /// # }
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let client = flow_client::FlowClient::builder()
    /// #     .base_url(emulator.base_url())
    /// #     .access_token(login.access_token.as_str().into())
    /// #     .api_key(login.client_id.as_str())
    /// #     .org_id(login.org_id.as_str())
    /// #     .build()?;
    /// use flow_client::CreateConnection;
    ///
    /// // `Untyped` sends any JSON as params: here without the required password.
    /// let params = Untyped(serde_json::json!({"username": "ann@contoso.com"}));
    /// let body = CreateConnection::new("Dynamics", params)?;
    /// let error = client.create_connection(&body).await.unwrap_err();
    /// assert!(error.is_invalid_request());
    /// # assert!(error.detail().is_some_and(|detail| detail.contains("break the schema")));
    /// # Ok(())
    /// # }
    /// ```
    pub fn is_invalid_request(&self) -> bool {
        self.has_status(400) && self.inner.endpoint == Endpoint::Service
    }

    /// Whether the service answered with a server error (5xx).
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let client = flow_client::FlowClient::builder()
    /// #     .base_url(emulator.base_url())
    /// #     .access_token(login.access_token.as_str().into())
    /// #     .api_key(login.client_id.as_str())
    /// #     .org_id(login.org_id.as_str())
    /// #     .build()?;
    /// # emulator.faults().inject("GET", "/connections", flow_emulator::Fault::Status(501), 1);
    /// use flow_client::{Outcome, Query};
    ///
    /// // Here the service answers 501 Not Implemented.
    /// let error = client.count_connections(&Query::new()).await.unwrap_err();
    /// assert!(error.is_server_error());
    /// assert_eq!(error.outcome(), Outcome::Unknown);
    /// # Ok(())
    /// # }
    /// ```
    pub fn is_server_error(&self) -> bool {
        matches!(self.inner.kind, Kind::Status)
            && self.inner.status.is_some_and(|s| s.is_server_error())
    }

    /// Whether the request or the connection attempt timed out.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let slow = flow_emulator::Fault::Delay(Duration::from_secs(2));
    /// # emulator.faults().inject("GET", "/connections", slow, 1);
    /// use std::time::Duration;
    /// use flow_client::{FlowClient, Query, RetryPolicy};
    ///
    /// let client = FlowClient::builder()
    /// #   .base_url(emulator.base_url())
    /// #   .access_token(login.access_token.as_str().into())
    /// #   .api_key(login.client_id.as_str())
    /// #   .org_id(login.org_id.as_str())
    ///     .timeout(Duration::from_millis(200))
    ///     .retry_policy(RetryPolicy::none())
    ///     .build()?;
    /// // Here the service takes two seconds to answer.
    /// let error = client.count_connections(&Query::new()).await.unwrap_err();
    /// assert!(error.is_timeout());
    /// # Ok(())
    /// # }
    /// ```
    pub fn is_timeout(&self) -> bool {
        matches!(self.inner.kind, Kind::Timeout)
            || (matches!(self.inner.kind, Kind::Connect) && self.reqwest_source_is_timeout())
    }

    /// Whether no connection to the server could be opened; nothing was sent.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let closed = {
    /// #     let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    /// #     format!("http://{}", listener.local_addr().unwrap())
    /// # };
    /// use flow_client::{FlowClient, Outcome, Query, RetryPolicy};
    ///
    /// // Nothing listens at `closed`.
    /// let client = FlowClient::builder()
    ///     .base_url(closed)
    /// #   .access_token(flow_client::Secret::from("token")).api_key("key").org_id("org")
    ///     .retry_policy(RetryPolicy::none())
    ///     .build()?;
    /// let error = client.count_connections(&Query::new()).await.unwrap_err();
    /// assert!(error.is_connect());
    /// assert_eq!(error.outcome(), Outcome::NotSent);
    /// # Ok(())
    /// # }
    /// ```
    pub fn is_connect(&self) -> bool {
        matches!(self.inner.kind, Kind::Connect)
    }

    /// Whether a success answer could not be read.
    ///
    /// # Examples
    ///
    /// ```
    /// # fn serve_once(status: &'static str, body: &'static str) -> String {
    /// #     use std::io::{Read, Write};
    /// #     let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    /// #     let url = format!("http://{}", listener.local_addr().unwrap());
    /// #     std::thread::spawn(move || {
    /// #         let (mut stream, _) = listener.accept().unwrap();
    /// #         let (mut request, mut chunk) = (Vec::new(), [0; 1024]);
    /// #         while !request.windows(4).any(|end| end == b"\r\n\r\n") {
    /// #             match stream.read(&mut chunk) {
    /// #                 Ok(0) | Err(_) => return,
    /// #                 Ok(n) => request.extend_from_slice(&chunk[..n]),
    /// #             }
    /// #         }
    /// #         let head = format!("HTTP/1.1 {status}\r\nconnection: close\r\n");
    /// #         let answer = format!("{head}content-length: {}\r\n\r\n{body}", body.len());
    /// #         let _ = stream.write_all(answer.as_bytes());
    /// #     });
    /// #     url
    /// # }
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let url = serve_once("200 OK", "not json");
    /// use flow_client::{FlowClient, Outcome, Query};
    ///
    /// // The server at `url` answers 200 with a body that is not JSON.
    /// let client = FlowClient::builder()
    ///     .base_url(url)
    /// #   .access_token(flow_client::Secret::from("token")).api_key("key").org_id("org")
    /// #   .retry_policy(flow_client::RetryPolicy::none())
    ///     .build()?;
    /// let error = client.count_connections(&Query::new()).await.unwrap_err();
    /// assert!(error.is_decode());
    /// assert_eq!(error.outcome(), Outcome::Done);
    /// assert_eq!(error.raw_body(), Some("not json"));
    /// # Ok(())
    /// # }
    /// ```
    pub fn is_decode(&self) -> bool {
        matches!(self.inner.kind, Kind::Decode(_) | Kind::Unexpected(_))
    }

    /// Whether a request body could not be written, such as auth params whose `Serialize`
    /// implementation failed.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::{ConnectionUpdate, SpecInfo, ValidationError};
    /// # impl flow_client::AuthParams for Unwritable {
    /// #     fn spec(&self) -> SpecInfo {
    /// #         SpecInfo {
    /// #             id: Some("42"), name: "demo", version: "1.0", provider_id: None,
    /// #             auth_specs: &["Basic"],
    /// #         }
    /// #     }
    /// #     fn auth_spec_name(&self) -> &'static str { "Basic" }
    /// #     fn validate(&self) -> Result<(), ValidationError> { Ok(()) }
    /// # }
    ///
    /// #[derive(Debug)]
    /// struct Unwritable;
    ///
    /// impl serde::Serialize for Unwritable {
    ///     fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
    ///         Err(serde::ser::Error::custom("cannot be written"))
    ///     }
    /// }
    ///
    /// let error = ConnectionUpdate::new().auth_params(&Unwritable).unwrap_err();
    /// assert!(error.is_body());
    /// ```
    pub fn is_body(&self) -> bool {
        matches!(self.inner.kind, Kind::Body)
    }

    /// Whether the error came from the token endpoint rather than from Flow Service.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// use flow_client::{ClientCredentials, FlowClient, Query, Secret};
    ///
    /// # let (client_id, ims_url) = (login.client_id.as_str(), emulator.base_url());
    /// let credentials = ClientCredentials::builder(client_id, Secret::from("wrong-secret"))
    ///     .ims_url(ims_url);
    /// let client = FlowClient::builder()
    /// #   .base_url(emulator.base_url())
    /// #   .org_id(login.org_id.as_str())
    ///     .client_credentials(credentials)
    ///     .build()?;
    /// let error = client.count_connections(&Query::new()).await.unwrap_err();
    /// assert!(error.is_token());
    /// assert!(error.is_unauthorized());
    /// assert_eq!(error.code(), Some("invalid_client"));
    /// # Ok(())
    /// # }
    /// ```
    pub fn is_token(&self) -> bool {
        self.inner.endpoint == Endpoint::Token
    }

    /// What the error says about the effect of the failed request.
    ///
    /// # Examples
    ///
    /// ```
    /// # flow_client::connection_specs!("../specs/dynamics-online.json");
    /// # fn auth() -> DynamicsOnlineAuth {
    /// #     DynamicsOnlineAuth {
    /// #         service_uri: "https://contoso.crm.dynamics.com".into(),
    /// #         username: "ann@contoso.com".into(),
    /// #         password: "pa55w0rd".into(),
    /// #     }
    /// # }
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let client = flow_client::FlowClient::builder()
    /// #     .base_url(emulator.base_url())
    /// #     .access_token(login.access_token.as_str().into())
    /// #     .api_key(login.client_id.as_str())
    /// #     .org_id(login.org_id.as_str())
    /// #     .build()?;
    /// # emulator.faults().inject("POST", "/connections", flow_emulator::Fault::Status(503), 1);
    /// use flow_client::{CreateConnection, Outcome};
    ///
    /// let body = CreateConnection::new("Dynamics", auth())?;
    /// let error = client.create_connection(&body).await.unwrap_err();
    /// // A 503 does not tell whether the connection was made, so it is not retried.
    /// assert_eq!(error.outcome(), Outcome::Unknown);
    /// # Ok(())
    /// # }
    /// ```
    pub fn outcome(&self) -> Outcome {
        self.inner.outcome
    }

    /// Whether the request may have reached the service: `false` only when it provably did
    /// not ([`Outcome::NotSent`]). After a failed `POST /connections`, check
    /// [`outcome`](Error::outcome) for [`Outcome::Unknown`] before creating again.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let client = flow_client::FlowClient::builder()
    /// #     .access_token(flow_client::Secret::from("token")).api_key("key").org_id("org")
    /// #     .build()?;
    /// use flow_client::ConnectionUpdate;
    ///
    /// // An etag cannot hold a line break: the request is refused before it is sent.
    /// let update = ConnectionUpdate::new().name("Dynamics");
    /// let error = client.update_connection("4c5d", "\"1a\n\"", &update).await.unwrap_err();
    /// assert!(!error.may_have_reached_service());
    /// # Ok(())
    /// # }
    /// ```
    pub fn may_have_reached_service(&self) -> bool {
        self.inner.outcome != Outcome::NotSent
    }

    /// The HTTP status the server answered with, when it answered.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let client = flow_client::FlowClient::builder()
    /// #     .base_url(emulator.base_url())
    /// #     .access_token(login.access_token.as_str().into())
    /// #     .api_key(login.client_id.as_str())
    /// #     .org_id(login.org_id.as_str())
    /// #     .build()?;
    /// use reqwest::StatusCode;
    ///
    /// let error = client.connection("no-such-id").await.unwrap_err();
    /// assert_eq!(error.status(), Some(StatusCode::NOT_FOUND));
    /// # Ok(())
    /// # }
    /// ```
    pub fn status(&self) -> Option<StatusCode> {
        self.inner.status
    }

    /// The error code: Flow Service's `NNNN-HTTP` code such as `1415-400`, the gateway's
    /// six-digit code such as `401013`, or the token endpoint's `error` such as
    /// `invalid_client`.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let client = flow_client::FlowClient::builder()
    /// #     .base_url(emulator.base_url())
    /// #     .access_token(login.access_token.as_str().into())
    /// #     .api_key(login.client_id.as_str())
    /// #     .org_id(login.org_id.as_str())
    /// #     .build()?;
    /// let error = client.connection("no-such-id").await.unwrap_err();
    /// assert_eq!(error.code(), Some("1439-404"));
    /// # Ok(())
    /// # }
    /// ```
    pub fn code(&self) -> Option<&str> {
        self.answer().and_then(|answer| answer.code.as_deref())
    }

    /// The short summary the service gave, such as `Bad Request`.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let client = flow_client::FlowClient::builder()
    /// #     .base_url(emulator.base_url())
    /// #     .access_token(login.access_token.as_str().into())
    /// #     .api_key(login.client_id.as_str())
    /// #     .org_id(login.org_id.as_str())
    /// #     .build()?;
    /// let error = client.connection("no-such-id").await.unwrap_err();
    /// assert_eq!(error.title(), Some("Resource not found"));
    /// # Ok(())
    /// # }
    /// ```
    pub fn title(&self) -> Option<&str> {
        self.answer().and_then(|answer| answer.title.as_deref())
    }

    /// The service's explanation: `report.detailed-message`, `detail`, `errorMessage`, the
    /// gateway's `message`, or the token endpoint's `error_description`.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let client = flow_client::FlowClient::builder()
    /// #     .base_url(emulator.base_url())
    /// #     .access_token(login.access_token.as_str().into())
    /// #     .api_key(login.client_id.as_str())
    /// #     .org_id(login.org_id.as_str())
    /// #     .build()?;
    /// let error = client.connection("no-such-id").await.unwrap_err();
    /// let detail = error.detail().unwrap_or_default();
    /// assert!(detail.contains("no-such-id"), "{detail}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn detail(&self) -> Option<&str> {
        self.answer().and_then(|answer| answer.detail.as_deref())
    }

    /// Flow Service's `errorDetails`, such as the list of schema violations of a create.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[derive(Debug, serde::Serialize)]
    /// # struct Untyped(serde_json::Value);
    /// # impl flow_client::AuthParams for Untyped {
    /// #     fn spec(&self) -> flow_client::SpecInfo {
    /// #         flow_client::SpecInfo {
    /// #             id: Some("38ad80fe-8b06-4938-94f4-d4ee80266b07"), name: "dynamics-online",
    /// #             version: "1.0", provider_id: None,
    /// #             auth_specs: &["Basic Authentication for Dynamics-Online"],
    /// #         }
    /// #     }
    /// #     fn auth_spec_name(&self) -> &'static str {
    /// #         "Basic Authentication for Dynamics-Online"
    /// #     }
    /// #     fn validate(&self) -> Result<(), flow_client::ValidationError> {
    /// #         Ok(())
    /// #     }
    /// # }
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let client = flow_client::FlowClient::builder()
    /// #     .base_url(emulator.base_url())
    /// #     .access_token(login.access_token.as_str().into())
    /// #     .api_key(login.client_id.as_str())
    /// #     .org_id(login.org_id.as_str())
    /// #     .build()?;
    /// use flow_client::CreateConnection;
    ///
    /// // `Untyped` sends any JSON as params: here without the required password.
    /// let params = Untyped(serde_json::json!({"username": "ann@contoso.com"}));
    /// let body = CreateConnection::new("Dynamics", params)?;
    /// let error = client.create_connection(&body).await.unwrap_err();
    /// let violations = error.error_details().and_then(|details| details.as_array());
    /// for violation in violations.into_iter().flatten() {
    ///     println!("{violation}");
    /// }
    /// # assert!(error.error_details().is_some_and(|details| details.is_array()));
    /// # Ok(())
    /// # }
    /// ```
    pub fn error_details(&self) -> Option<&Value> {
        self.answer().and_then(|answer| answer.details.as_ref())
    }

    /// The request id to quote to Adobe's support: the `x-request-id` header, or the body's
    /// `report.request-id`.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let client = flow_client::FlowClient::builder()
    /// #     .base_url(emulator.base_url())
    /// #     .access_token(login.access_token.as_str().into())
    /// #     .api_key(login.client_id.as_str())
    /// #     .org_id(login.org_id.as_str())
    /// #     .build()?;
    /// let error = client.connection("no-such-id").await.unwrap_err();
    /// if let Some(request_id) = error.request_id() {
    ///     eprintln!("{error}; quote request {request_id} to Adobe's support");
    /// }
    /// # assert!(error.request_id().is_some());
    /// # Ok(())
    /// # }
    /// ```
    pub fn request_id(&self) -> Option<&str> {
        self.inner.request_id.as_deref()
    }

    /// How long the server asked to wait before trying again (`Retry-After`, in seconds or as
    /// an HTTP date).
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let client = flow_client::FlowClient::builder()
    /// #     .base_url(emulator.base_url())
    /// #     .access_token(login.access_token.as_str().into())
    /// #     .api_key(login.client_id.as_str())
    /// #     .org_id(login.org_id.as_str())
    /// #     .build()?;
    /// # let busy = flow_emulator::Fault::RateLimited { retry_after_secs: 120 };
    /// # emulator.faults().inject("GET", "/connections", busy, 1);
    /// use flow_client::Query;
    ///
    /// match client.count_connections(&Query::new()).await {
    ///     Ok(count) => println!("{count} connections"),
    ///     Err(error) => match error.retry_after() {
    ///         Some(wait) => println!("try again in {} s", wait.as_secs()),
    ///         None => return Err(error),
    ///     },
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn retry_after(&self) -> Option<Duration> {
        self.inner.retry_after
    }

    /// The answer's body, kept whole when it fit none of the known error shapes.
    ///
    /// # Examples
    ///
    /// ```
    /// # fn serve_once(status: &'static str, body: &'static str) -> String {
    /// #     use std::io::{Read, Write};
    /// #     let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    /// #     let url = format!("http://{}", listener.local_addr().unwrap());
    /// #     std::thread::spawn(move || {
    /// #         let (mut stream, _) = listener.accept().unwrap();
    /// #         let (mut request, mut chunk) = (Vec::new(), [0; 1024]);
    /// #         while !request.windows(4).any(|end| end == b"\r\n\r\n") {
    /// #             match stream.read(&mut chunk) {
    /// #                 Ok(0) | Err(_) => return,
    /// #                 Ok(n) => request.extend_from_slice(&chunk[..n]),
    /// #             }
    /// #         }
    /// #         let head = format!("HTTP/1.1 {status}\r\nconnection: close\r\n");
    /// #         let answer = format!("{head}content-length: {}\r\n\r\n{body}", body.len());
    /// #         let _ = stream.write_all(answer.as_bytes());
    /// #     });
    /// #     url
    /// # }
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let url = serve_once("502 Bad Gateway", "<html>502 Bad Gateway</html>");
    /// use flow_client::{FlowClient, Query, RetryPolicy};
    ///
    /// // The server at `url` answers 502 with an HTML page.
    /// let client = FlowClient::builder()
    ///     .base_url(url)
    /// #   .access_token(flow_client::Secret::from("token")).api_key("key").org_id("org")
    ///     .retry_policy(RetryPolicy::none())
    ///     .build()?;
    /// let error = client.count_connections(&Query::new()).await.unwrap_err();
    /// assert_eq!(error.code(), None);
    /// assert_eq!(error.raw_body(), Some("<html>502 Bad Gateway</html>"));
    /// # Ok(())
    /// # }
    /// ```
    pub fn raw_body(&self) -> Option<&str> {
        self.answer().and_then(|answer| answer.raw_body.as_deref())
    }

    fn answer(&self) -> Option<&Answer> {
        self.inner.answer.as_ref()
    }

    fn has_status(&self, code: u16) -> bool {
        self.inner
            .status
            .is_some_and(|status| status.as_u16() == code)
    }

    fn reqwest_source_is_timeout(&self) -> bool {
        self.inner
            .source
            .as_ref()
            .and_then(|source| source.downcast_ref::<reqwest::Error>())
            .is_some_and(reqwest::Error::is_timeout)
    }

    fn server(&self) -> &'static str {
        match self.inner.endpoint {
            Endpoint::Token => "the token endpoint",
            Endpoint::Service | Endpoint::None => "flow service",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let server = self.server();
        match &self.inner.kind {
            Kind::Validation(_) => f.write_str("auth params are invalid")?,
            Kind::MissingSpecId(spec) => write!(
                f,
                "connection spec `{spec}` has no id to create a connection with"
            )?,
            Kind::Config(message) => write!(f, "invalid client configuration: {message}")?,
            Kind::Connect if self.is_timeout() => {
                write!(f, "timed out connecting to {server}")?;
            }
            Kind::Connect => write!(f, "could not connect to {server}")?,
            Kind::Timeout => write!(f, "the request to {server} timed out")?,
            Kind::Transport => write!(f, "the connection to {server} failed before an answer")?,
            Kind::Status => self.fmt_status(f, server)?,
            Kind::Decode(what) => write!(f, "could not read {what} sent by {server}")?,
            Kind::Unexpected(what) => write!(f, "{server} sent {what}")?,
            Kind::Body => f.write_str("could not write the request body")?,
            Kind::NotFound(subject) => write!(f, "{subject} was not found")?,
            Kind::Ambiguous(subject) => write!(f, "{subject}")?,
        }

        if self.inner.outcome == Outcome::Unknown {
            f.write_str("; the request may have reached the service")?;
        }
        Ok(())
    }
}

impl Error {
    fn fmt_status(&self, f: &mut fmt::Formatter<'_>, server: &str) -> fmt::Result {
        let status = self.inner.status.map_or(0, |status| status.as_u16());
        write!(f, "{server} answered {status}")?;
        if let Some(code) = self.code() {
            write!(f, " ({code})")?;
        }
        if let Some(detail) = self.detail().or(self.title()) {
            write!(f, ": {detail}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("Error");
        debug.field("kind", &self.inner.kind);
        debug.field("outcome", &self.inner.outcome);
        if let Some(status) = self.inner.status {
            debug.field("status", &status.as_u16());
        }
        if let Some(code) = self.code() {
            debug.field("code", &code);
        }
        if let Some(detail) = self.detail() {
            debug.field("detail", &detail);
        }
        if let Some(request_id) = self.request_id() {
            debug.field("request_id", &request_id);
        }
        if let Some(raw_body) = self.raw_body() {
            debug.field("raw_body_len", &raw_body.len());
        }
        if let Some(source) = &self.inner.source {
            debug.field("source", source);
        }
        debug.finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        if let Kind::Validation(error) = &self.inner.kind {
            return Some(error);
        }
        self.inner
            .source
            .as_ref()
            .map(|source| &**source as &(dyn std::error::Error + 'static))
    }
}

/// An [`Answer`] with the request id found in the body.
struct Parsed {
    answer: Answer,
    request_id: Option<String>,
}

impl Parsed {
    fn request_id(&self) -> Option<String> {
        self.request_id.clone()
    }
}

impl Answer {
    /// Reads whichever of the known shapes `body` has; keeps it raw when none fits.
    fn parse(body: &[u8]) -> Parsed {
        let object = match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(object)) => object,
            _ => return Parsed::raw(body),
        };

        if let Some(code) = object.get("error_code") {
            return Parsed::from(Answer {
                code: scalar_text(code),
                detail: text(&object, "message"),
                ..Answer::default()
            });
        }

        if let Some(code) = object.get("error").and_then(Value::as_str) {
            return Parsed::from(Answer {
                code: Some(code.to_owned()),
                detail: text(&object, "error_description"),
                ..Answer::default()
            });
        }

        let known = [
            "type",
            "title",
            "status",
            "report",
            "errorMessage",
            "detail",
        ];
        if !known.iter().any(|key| object.contains_key(*key)) {
            return Parsed::raw(body);
        }

        let report = object.get("report").and_then(Value::as_object);
        let report_text = |key| report.and_then(|report| text(report, key));
        let code = text(&object, "type")
            .as_deref()
            .and_then(code_of_type)
            .or_else(|| text(&object, "code"));
        Parsed {
            answer: Answer {
                code,
                title: text(&object, "title"),
                detail: report_text("detailed-message")
                    .or_else(|| text(&object, "detail"))
                    .or_else(|| text(&object, "errorMessage")),
                details: object.get("errorDetails").cloned(),
                raw_body: None,
            },
            request_id: report_text("request-id"),
        }
    }
}

impl Parsed {
    fn raw(body: &[u8]) -> Self {
        let raw = String::from_utf8_lossy(body).into_owned();
        Self::from(Answer {
            raw_body: Some(raw),
            ..Answer::default()
        })
    }
}

impl From<Answer> for Parsed {
    fn from(answer: Answer) -> Self {
        Self {
            answer,
            request_id: None,
        }
    }
}

fn text(object: &Map<String, Value>, key: &str) -> Option<String> {
    object.get(key).and_then(scalar_text)
}

fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) if !text.is_empty() => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// `https://ns.adobe.com/aep/errors/FLOW-1439-404` -> `1439-404`.
fn code_of_type(kind: &str) -> Option<String> {
    let last = kind.rsplit('/').next()?;
    let start = last.find(|c: char| c.is_ascii_digit())?;
    let code = &last[start..];
    let (number, status) = code.split_once('-')?;
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    (digits(number) && digits(status)).then(|| code.to_owned())
}

fn header_request_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get("x-request-id")
        .and_then(|value| value.to_str().ok())
        .filter(|value| !value.is_empty())
        .map(str::to_owned)
}

/// Reads `Retry-After` as seconds or as an HTTP date, relative to `now`.
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn answered(status: u16, body: &str) -> Error {
        let status = StatusCode::from_u16(status).unwrap();
        Error::answered(
            Endpoint::Service,
            status,
            &HeaderMap::new(),
            body.as_bytes(),
        )
    }

    #[test]
    fn reads_the_gateway_shape() {
        let error = answered(
            401,
            r#"{"error_code":"401013","message":"Oauth token is not valid"}"#,
        );

        assert!(error.is_unauthorized());
        assert_eq!(error.code(), Some("401013"));
        assert_eq!(error.detail(), Some("Oauth token is not valid"));
        assert_eq!(error.raw_body(), None);
        assert_eq!(
            error.to_string(),
            "flow service answered 401 (401013): Oauth token is not valid"
        );
    }

    #[test]
    fn reads_the_flow_service_shape() {
        let body = r#"{
            "type": "https://ns.adobe.com/aep/errors/FLOW-1415-400",
            "title": "Bad Request",
            "status": 400,
            "report": {"detailed-message": "unknown auth spec", "request-id": "req-1"},
            "errorMessage": "unknown auth spec name",
            "errorDetails": [{"pointer": "/auth/specName"}]
        }"#;
        let error = answered(400, body);

        assert!(error.is_invalid_request());
        assert_eq!(error.code(), Some("1415-400"));
        assert_eq!(error.title(), Some("Bad Request"));
        assert_eq!(error.detail(), Some("unknown auth spec"));
        assert_eq!(error.request_id(), Some("req-1"));
        assert_eq!(
            error.error_details().unwrap()[0]["pointer"],
            "/auth/specName"
        );
        assert_eq!(error.outcome(), Outcome::Refused);
    }

    #[test]
    fn reads_the_problem_details_shape_and_the_bare_message() {
        let problem = answered(
            415,
            r#"{"type":"about:blank","status":415,"title":"Unsupported","detail":"use json"}"#,
        );
        let bare = answered(412, r#"{"errorMessage":"etag mismatch"}"#);

        assert_eq!(problem.code(), None);
        assert_eq!(problem.detail(), Some("use json"));
        assert!(bare.is_precondition_failed());
        assert_eq!(bare.detail(), Some("etag mismatch"));
    }

    #[test]
    fn keeps_an_unreadable_body_raw() {
        let html = answered(502, "<html>bad gateway</html>");
        let other_json = answered(500, r#"{"oops": 1}"#);

        assert_eq!(html.raw_body(), Some("<html>bad gateway</html>"));
        assert_eq!(other_json.raw_body(), Some(r#"{"oops": 1}"#));
        assert!(html.is_transient());
        assert!(!other_json.is_transient());
        assert_eq!(html.outcome(), Outcome::Unknown);
    }

    #[test]
    fn prefers_the_request_id_header() {
        let mut headers = HeaderMap::new();
        headers.insert("x-request-id", HeaderValue::from_static("from-header"));
        let body = br#"{"title":"x","report":{"request-id":"from-body"}}"#;

        let error = Error::answered(Endpoint::Service, StatusCode::NOT_FOUND, &headers, body);

        assert_eq!(error.request_id(), Some("from-header"));
        assert!(error.is_not_found());
    }

    #[test]
    fn try_again_codes_are_transient() {
        let again = answered(500, r#"{"type":"x/FLOW-1102-500","status":500}"#);
        let broken = answered(500, r#"{"type":"x/FLOW-1100-500","status":500}"#);
        let throttled = answered(429, r#"{"error_code":"429050","message":"slow down"}"#);

        assert!(again.is_transient());
        assert!(!broken.is_transient());
        assert!(throttled.is_transient());
        assert!(throttled.is_rate_limited());
    }

    #[test]
    fn reads_retry_after_as_seconds_or_date() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let mut seconds = HeaderMap::new();
        seconds.insert(RETRY_AFTER, HeaderValue::from_static("7"));
        let mut date = HeaderMap::new();
        let later = httpdate::fmt_http_date(now + Duration::from_secs(30));
        date.insert(RETRY_AFTER, HeaderValue::from_str(&later).unwrap());
        let mut garbage = HeaderMap::new();
        garbage.insert(RETRY_AFTER, HeaderValue::from_static("soon"));

        assert_eq!(retry_after(&seconds, now), Some(Duration::from_secs(7)));
        assert_eq!(retry_after(&date, now), Some(Duration::from_secs(30)));
        assert_eq!(retry_after(&garbage, now), None);
    }

    #[test]
    fn extracts_codes_from_type_uris() {
        assert_eq!(
            code_of_type("https://ns.adobe.com/aep/errors/FLOW-1439-404").as_deref(),
            Some("1439-404")
        );
        assert_eq!(code_of_type("2105-400").as_deref(), Some("2105-400"));
        assert_eq!(code_of_type("about:blank"), None);
        assert_eq!(code_of_type("FLOW-12"), None);
    }

    #[test]
    fn token_endpoint_refusal_is_unauthorized() {
        let body = br#"{"error":"invalid_client","error_description":"bad client"}"#;
        let error = Error::answered(
            Endpoint::Token,
            StatusCode::BAD_REQUEST,
            &HeaderMap::new(),
            body,
        );

        assert!(error.is_unauthorized());
        assert!(error.is_token());
        assert!(!error.is_invalid_request());
        assert_eq!(error.code(), Some("invalid_client"));
        assert_eq!(
            error.to_string(),
            "the token endpoint answered 400 (invalid_client): bad client"
        );
    }
}
