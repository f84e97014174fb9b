//! Access tokens: where they come from, how long they are kept, and when they are renewed.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use reqwest::StatusCode;
use serde::Deserialize;
use serde_json::Value;
use tokio::sync::Mutex;
use tokio::time::Instant;
use tracing::Instrument;
use url::Url;

use crate::config::{self, DEFAULT_IMS_URL};
use crate::error::{Endpoint, Error};
use crate::retry::RetryPolicy;
use crate::secret::Secret;

/// The future a [`TokenSource`] returns: a bearer token, or why there is none.
pub type TokenFuture<'a> = Pin<Box<dyn Future<Output = Result<Secret, Error>> + Send + 'a>>;

/// Where a [`FlowClient`](crate::FlowClient) gets its bearer tokens.
///
/// The client asks for [`token`](TokenSource::token) before every request. When Flow Service
/// answers 401, it asks once for [`renew`](TokenSource::renew) with the rejected token, and
/// repeats the request once with the new token, unless the source gave the same token back.
///
/// The trait is object safe: its methods return boxed futures, so a custom source needs no
/// macro.
///
/// # Examples
///
/// ```
/// use flow_client::{Secret, TokenFuture, TokenSource};
///
/// /// Reads the token from a vault on every call.
/// #[derive(Debug)]
/// struct Vault;
///
/// impl TokenSource for Vault {
///     fn token(&self) -> TokenFuture<'_> {
///         Box::pin(async { Ok(Secret::from("from-the-vault")) })
///     }
/// }
///
/// let source: Box<dyn TokenSource> = Box::new(Vault);
/// # let _ = source;
/// ```
pub trait TokenSource: Send + Sync + fmt::Debug {
    /// A token valid now: a cached one, or a newly fetched one.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// use flow_client::{Secret, StaticToken, TokenSource};
    ///
    /// let source = StaticToken::new(Secret::from("eyJhbGciOi..."));
    /// let token = source.token().await?;
    /// assert_eq!(token.expose_secret(), "eyJhbGciOi...");
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// Fails when no token can be had, such as when the token endpoint refuses the
    /// credentials or cannot be reached.
    fn token(&self) -> TokenFuture<'_>;

    /// A token to use instead of `rejected`, which Flow Service answered with 401.
    ///
    /// Sources that cache should fetch a new token, unless another caller has already
    /// replaced `rejected`. The default asks [`token`](TokenSource::token) again.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let (client_id, client_secret) = (
    /// #     emulator.credentials().client_id.as_str(),
    /// #     emulator.credentials().client_secret.as_str(),
    /// # );
    /// # let ims_url = emulator.base_url();
    /// use flow_client::{ClientCredentials, Secret, TokenSource};
    ///
    /// let credentials = ClientCredentials::builder(client_id, Secret::from(client_secret))
    ///     .ims_url(ims_url)
    ///     .build()?;
    /// let rejected = credentials.token().await?;
    /// let renewed = credentials.renew(&rejected).await?;
    /// assert_ne!(renewed.expose_secret(), rejected.expose_secret());
    ///
    /// // A caller still holding the old token gets the one that replaced it, not a third.
    /// let shared = credentials.renew(&rejected).await?;
    /// assert_eq!(shared.expose_secret(), renewed.expose_secret());
    /// # assert_eq!(emulator.request_count("POST", "/ims/token/v3"), 2);
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// As for [`token`](TokenSource::token).
    fn renew<'a>(&'a self, rejected: &'a Secret) -> TokenFuture<'a> {
        let _ = rejected;
        self.token()
    }
}

/// A token given once, used until the process ends; it cannot be renewed.
///
/// # Examples
///
/// ```
/// use flow_client::{Secret, StaticToken};
///
/// let source = StaticToken::new(Secret::from("eyJhbGciOi..."));
/// assert_eq!(format!("{source:?}"), "StaticToken(Secret([redacted]))");
/// ```
#[derive(Debug, Clone)]
pub struct StaticToken(Secret);

impl StaticToken {
    /// A source that always gives `token`, even when asked to renew it.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// use flow_client::{Secret, StaticToken, TokenSource};
    ///
    /// let source = StaticToken::new(Secret::from("eyJhbGciOi..."));
    /// let rejected = source.token().await?;
    /// let renewed = source.renew(&rejected).await?;
    /// assert_eq!(renewed.expose_secret(), rejected.expose_secret());
    /// # Ok(())
    /// # }
    /// ```
    pub fn new(token: Secret) -> Self {
        Self(token)
    }
}

impl TokenSource for StaticToken {
    fn token(&self) -> TokenFuture<'_> {
        let token = self.0.clone();
        Box::pin(async move { Ok(token) })
    }
}

/// OAuth server-to-server credentials: fetches tokens from Adobe IMS with the client
/// credentials grant, and keeps each until shortly before it expires.
///
/// A token is renewed when less than a tenth of its lifetime, or less than five minutes, is
/// left, whichever is shorter. Concurrent callers wait for one shared fetch rather than each
/// fetching their own.
///
/// # Examples
///
/// ```
/// use flow_client::{ClientCredentials, Secret};
///
/// let credentials = ClientCredentials::builder("my-client-id", Secret::from("s3cr3t"))
///     .scopes(["openid", "AdobeID", "read_organizations"])
///     .build()?;
/// assert!(!format!("{credentials:?}").contains("s3cr3t"));
/// # Ok::<(), flow_client::Error>(())
/// ```
pub struct ClientCredentials {
    token_url: Url,
    client_id: String,
    client_secret: Secret,
    scope: String,
    http: reqwest::Client,
    retry: RetryPolicy,
    cache: Mutex<Option<Cached>>,
}

struct Cached {
    token: Secret,
    renew_at: Instant,
}

impl ClientCredentials {
    /// Starts credentials for `client_id` and `client_secret`, against Adobe's production IMS.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::{ClientCredentials, Secret};
    ///
    /// let credentials = ClientCredentials::builder("my-client-id", Secret::from("s3cr3t"))
    ///     .build()?;
    /// assert_eq!(
    ///     credentials.token_url().as_str(),
    ///     "https://ims-na1.adobelogin.com/ims/token/v3"
    /// );
    /// # Ok::<(), flow_client::Error>(())
    /// ```
    pub fn builder(
        client_id: impl Into<String>,
        client_secret: Secret,
    ) -> ClientCredentialsBuilder {
        ClientCredentialsBuilder {
            ims_url: DEFAULT_IMS_URL.to_owned(),
            client_id: client_id.into(),
            client_secret,
            scopes: Vec::new(),
            http: None,
            retry: RetryPolicy::default(),
            connect_timeout: config::DEFAULT_CONNECT_TIMEOUT,
            timeout: config::DEFAULT_TIMEOUT,
        }
    }

    /// The client id, also sent as `x-api-key`.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::{ClientCredentials, Secret};
    ///
    /// let credentials = ClientCredentials::builder("my-client-id", Secret::from("s3cr3t"))
    ///     .build()?;
    /// assert_eq!(credentials.client_id(), "my-client-id");
    /// # Ok::<(), flow_client::Error>(())
    /// ```
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// The URL tokens are fetched from, such as `https://ims-na1.adobelogin.com/ims/token/v3`.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::{ClientCredentials, Secret};
    ///
    /// let credentials = ClientCredentials::builder("my-client-id", Secret::from("s3cr3t"))
    ///     .ims_url("https://ims-na1-stg1.adobelogin.com/")
    ///     .build()?;
    /// assert_eq!(
    ///     credentials.token_url().as_str(),
    ///     "https://ims-na1-stg1.adobelogin.com/ims/token/v3"
    /// );
    /// # Ok::<(), flow_client::Error>(())
    /// ```
    pub fn token_url(&self) -> &Url {
        &self.token_url
    }

    async fn cached_or_fetch(&self, rejected: Option<&Secret>) -> Result<Secret, Error> {
        let mut cache = self.cache.lock().await;

        if let Some(cached) = cache.as_ref() {
            let replaced = rejected
                .is_none_or(|rejected| rejected.expose_secret() != cached.token.expose_secret());
            if replaced && Instant::now() < cached.renew_at {
                return Ok(cached.token.clone());
            }
        }

        let fetched = self.fetch_with_retries().await?;
        let token = fetched.token.clone();
        *cache = Some(fetched);
        Ok(token)
    }

    async fn fetch_with_retries(&self) -> Result<Cached, Error> {
        let mut attempt = 1;
        loop {
            let span = tracing::debug_span!(
                "flow.token",
                method = "POST",
                path = self.token_url.path(),
                attempt,
                status = tracing::field::Empty,
            );
            let error = match self.fetch().instrument(span).await {
                Ok(cached) => return Ok(cached),
                Err(error) => error,
            };

            let delay = if error.is_transient() && attempt < self.retry.max_attempts() {
                self.retry.delay(attempt, error.retry_after())
            } else {
                None
            };
            let Some(delay) = delay else {
                return Err(error);
            };
            tracing::warn!(
                attempt,
                delay_ms = delay.as_millis() as u64,
                "token fetch retried"
            );
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    async fn fetch(&self) -> Result<Cached, Error> {
        let mut form = vec![
            ("grant_type", "client_credentials"),
            ("client_id", self.client_id.as_str()),
            ("client_secret", self.client_secret.expose_secret()),
        ];
        if !self.scope.is_empty() {
            form.push(("scope", self.scope.as_str()));
        }

        let started = Instant::now();
        let response = self
            .http
            .post(self.token_url.clone())
            .form(&form)
            .send()
            .await
            .map_err(|error| Error::transport(Endpoint::Token, error))?;
        let status = response.status();
        tracing::Span::current().record("status", status.as_u16());

        let headers = response.headers().clone();
        let body = response
            .bytes()
            .await
            .map_err(|error| Error::transport(Endpoint::Token, error))?;
        if !status.is_success() {
            return Err(Error::answered(Endpoint::Token, status, &headers, &body));
        }

        let answer = TokenAnswer::parse(status, &body)?;
        let lifetime = Duration::from_secs(answer.expires_in);
        tracing::debug!(expires_in = answer.expires_in, "access token fetched");
        Ok(Cached {
            token: answer.access_token,
            renew_at: renewal_time(started, lifetime),
        })
    }
}

/// When a token fetched at `started` and valid for `lifetime` is renewed. A lifetime too long
/// for the clock (a service may answer any number) renews after [`LONGEST_LIFETIME`].
fn renewal_time(started: Instant, lifetime: Duration) -> Instant {
    let lifetime = lifetime.min(LONGEST_LIFETIME);
    started + lifetime.saturating_sub(renewal_margin(lifetime))
}

/// The longest a token is kept: a year, far beyond the day IMS grants.
const LONGEST_LIFETIME: Duration = Duration::from_secs(365 * 24 * 60 * 60);

/// How long before its expiry a token is renewed: a tenth of its lifetime, at most 5 minutes.
fn renewal_margin(lifetime: Duration) -> Duration {
    (lifetime / 10).min(Duration::from_secs(300))
}

impl fmt::Debug for ClientCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCredentials")
            .field("token_url", &self.token_url.as_str())
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .field("scope", &self.scope)
            .finish_non_exhaustive()
    }
}

impl TokenSource for ClientCredentials {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(self.cached_or_fetch(None))
    }

    fn renew<'a>(&'a self, rejected: &'a Secret) -> TokenFuture<'a> {
        Box::pin(self.cached_or_fetch(Some(rejected)))
    }
}

/// The token endpoint's success answer. Its body holds a token, so a body that cannot be read
/// is never kept in the error, and neither is the parser's message, which may quote it.
struct TokenAnswer {
    access_token: Secret,
    expires_in: u64,
}

impl TokenAnswer {
    fn parse(status: StatusCode, body: &[u8]) -> Result<Self, Error> {
        #[derive(Deserialize)]
        struct Wire {
            access_token: Secret,
            expires_in: Value,
        }

        let unreadable = || Error::decode(Endpoint::Token, "the token answer", status, None, None);
        let wire: Wire = serde_json::from_slice(body).map_err(|_| unreadable())?;
        let expires_in = match &wire.expires_in {
            Value::Number(number) => number.as_u64(),
            Value::String(text) => text.trim().parse().ok(),
            _ => None,
        };
        Ok(Self {
            access_token: wire.access_token,
            expires_in: expires_in.ok_or_else(unreadable)?,
        })
    }
}

/// Builds [`ClientCredentials`].
///
/// Start one with [`ClientCredentials::builder`]; every setting but the client id and secret
/// has a default.
///
/// # Examples
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), flow_client::Error> {
/// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
/// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
/// # let (client_id, client_secret) = (
/// #     emulator.credentials().client_id.as_str(),
/// #     emulator.credentials().client_secret.as_str(),
/// # );
/// # let ims_url = emulator.base_url();
/// use std::time::Duration;
/// use flow_client::{ClientCredentials, RetryPolicy, Secret, TokenSource};
///
/// let credentials = ClientCredentials::builder(client_id, Secret::from(client_secret))
///     .ims_url(ims_url)
///     .scopes(["openid", "AdobeID", "read_organizations"])
///     .retry_policy(RetryPolicy::default().with_max_attempts(2))
///     .timeout(Duration::from_secs(10))
///     .build()?;
///
/// // The first call fetches a token; the next ones get it from the cache.
/// let first = credentials.token().await?;
/// let second = credentials.token().await?;
/// assert_eq!(first.expose_secret(), second.expose_secret());
/// # assert_eq!(emulator.request_count("POST", "/ims/token/v3"), 1);
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
pub struct ClientCredentialsBuilder {
    ims_url: String,
    client_id: String,
    client_secret: Secret,
    scopes: Vec<String>,
    http: Option<reqwest::Client>,
    retry: RetryPolicy,
    connect_timeout: Duration,
    timeout: Duration,
}

impl ClientCredentialsBuilder {
    /// Sets the IMS base URL (default `https://ims-na1.adobelogin.com`); tokens are fetched
    /// from `{ims_url}/ims/token/v3`.
    pub fn ims_url(mut self, ims_url: impl Into<String>) -> Self {
        self.ims_url = ims_url.into();
        self
    }

    /// Sets the scopes to ask for, sent comma-separated as `scope`.
    pub fn scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    /// Uses `http` to fetch tokens, instead of a client of its own; the timeouts set here
    /// are then ignored.
    ///
    /// Credentials given to a [`FlowClientBuilder`](crate::FlowClientBuilder) share the
    /// client's HTTP client unless this sets another.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Uses `http` unless a client was given with [`http_client`](Self::http_client).
    pub(crate) fn shared_http_client(mut self, http: reqwest::Client) -> Self {
        self.http.get_or_insert(http);
        self
    }

    /// Sets how token fetches that failed on the way are retried.
    pub fn retry_policy(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Sets how long opening a connection may take (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Sets how long one token request may take in all (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Builds the credentials.
    ///
    /// # Errors
    ///
    /// Fails when the IMS URL is not an `https` URL (plain `http` is allowed for loopback
    /// hosts only), when the client id is empty, or when no HTTP client can be built.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::{ClientCredentials, Secret};
    ///
    /// let insecure = ClientCredentials::builder("my-client-id", Secret::from("s3cr3t"))
    ///     .ims_url("http://ims.example.com")
    ///     .build();
    /// assert!(insecure.is_err_and(|error| error.is_config()));
    /// ```
    pub fn build(self) -> Result<ClientCredentials, Error> {
        let ims_url = config::checked_url(&self.ims_url, "ims url")?;
        let token_url = config::join(&ims_url, "/ims/token/v3")?;

        if self.client_id.trim().is_empty() {
            return Err(Error::config("the client id is empty"));
        }

        let http = match self.http {
            Some(http) => http,
            None => config::http_client(self.connect_timeout, self.timeout)?,
        };
        let scope = self
            .scopes
            .iter()
            .map(|scope| scope.trim())
            .filter(|scope| !scope.is_empty())
            .collect::<Vec<_>>()
            .join(",");

        Ok(ClientCredentials {
            token_url,
            client_id: self.client_id,
            client_secret: self.client_secret,
            scope,
            http,
            retry: self.retry,
            cache: Mutex::new(None),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renews_five_minutes_or_a_tenth_before_expiry() {
        assert_eq!(
            renewal_margin(Duration::from_secs(86_399)),
            Duration::from_secs(300)
        );
        assert_eq!(
            renewal_margin(Duration::from_secs(60)),
            Duration::from_secs(6)
        );
    }

    #[test]
    fn a_lifetime_too_long_for_the_clock_is_capped() {
        let started = Instant::now();

        let renew_at = renewal_time(started, Duration::from_secs(u64::MAX));

        assert_eq!(
            renew_at,
            started + LONGEST_LIFETIME - Duration::from_secs(300)
        );
    }

    #[test]
    fn an_unreadable_token_answer_keeps_nothing_of_the_body() {
        let body = br#"{"access_token":"t0ken-value","expires_in":"later"}"#;

        let error = TokenAnswer::parse(StatusCode::OK, body).err().unwrap();

        assert!(error.is_decode());
        assert_eq!(error.raw_body(), None);
        assert!(!format!("{error:?} {error}").contains("t0ken-value"));
    }

    #[test]
    fn reads_expires_in_as_number_or_text() {
        let number = br#"{"access_token":"a","token_type":"bearer","expires_in":86399}"#;
        let text = br#"{"access_token":"a","expires_in":"120"}"#;

        assert_eq!(
            TokenAnswer::parse(StatusCode::OK, number)
                .unwrap()
                .expires_in,
            86_399
        );
        assert_eq!(
            TokenAnswer::parse(StatusCode::OK, text).unwrap().expires_in,
            120
        );
    }

    #[test]
    fn refuses_a_plain_http_ims_url_to_a_remote_host() {
        let builder = ClientCredentials::builder("id", Secret::from("secret"));

        let error = builder
            .ims_url("http://ims.example.com")
            .build()
            .unwrap_err();

        assert!(error.is_config());
    }

    #[tokio::test]
    async fn static_tokens_are_given_back_unchanged() {
        let source = StaticToken::new(Secret::from("abc"));

        let token = source.renew(&Secret::from("abc")).await.unwrap();

        assert_eq!(token.expose_secret(), "abc");
    }
}
