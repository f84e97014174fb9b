//! How a [`FlowClient`] is configured: in code with [`FlowClientBuilder`], or from `FLOW_*`
//! environment variables.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use url::{Host, Url};

use crate::client::FlowClient;
use crate::error::Error;
use crate::retry::RetryPolicy;
use crate::secret::Secret;
use crate::token::{ClientCredentials, ClientCredentialsBuilder, StaticToken, TokenSource};

/// Flow Service's production base URL.
pub const DEFAULT_BASE_URL: &str = "https://platform.adobe.io/data/foundation/flowservice";

/// Adobe IMS, where OAuth server-to-server tokens come from.
pub const DEFAULT_IMS_URL: &str = "https://ims-na1.adobelogin.com";

/// The sandbox used when none is named.
pub const DEFAULT_SANDBOX_NAME: &str = "prod";

/// How long opening a connection may take, unless configured otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How long one request may take in all, unless configured otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// Builds a [`FlowClient`].
///
/// A client needs a token source, an API key (the client id) and an organization id; the base
/// URL, the sandbox, the timeouts and the retry policy have defaults.
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use flow_client::{ClientCredentials, FlowClient, RetryPolicy, Secret};
///
/// let client = FlowClient::builder()
///     .client_credentials(
///         ClientCredentials::builder("my-client-id", Secret::from("s3cr3t"))
///             .scopes(["openid", "AdobeID"]),
///     )
///     .org_id("0123456789ABCDEF@AdobeOrg")
///     .sandbox_name("dev")
///     .timeout(Duration::from_secs(30))
///     .retry_policy(RetryPolicy::default().with_max_attempts(3))
///     .build()?;
/// assert_eq!(client.sandbox_name(), "dev");
/// # Ok::<(), flow_client::Error>(())
/// ```
#[derive(Debug)]
pub struct FlowClientBuilder {
    base_url: String,
    tokens: Tokens,
    api_key: Option<String>,
    org_id: Option<String>,
    sandbox_name: String,
    connect_timeout: Duration,
    timeout: Duration,
    retry: RetryPolicy,
    http: Option<reqwest::Client>,
}

#[derive(Debug)]
enum Tokens {
    None,
    Source(Arc<dyn TokenSource>),
    Credentials(Box<ClientCredentialsBuilder>),
}

impl Default for FlowClientBuilder {
    fn default() -> Self {
        Self {
            base_url: DEFAULT_BASE_URL.to_owned(),
            tokens: Tokens::None,
            api_key: None,
            org_id: None,
            sandbox_name: DEFAULT_SANDBOX_NAME.to_owned(),
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            timeout: DEFAULT_TIMEOUT,
            retry: RetryPolicy::default(),
            http: None,
        }
    }
}

impl FlowClientBuilder {
    /// A builder with the defaults: production base URL, sandbox `prod`, timeouts of 10 s to
    /// connect and 60 s in all, and the default [`RetryPolicy`].
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::{FlowClientBuilder, Secret};
    ///
    /// let client = FlowClientBuilder::new()
    ///     .access_token(Secret::from("eyJhbGciOi..."))
    ///     .api_key("my-client-id")
    ///     .org_id("0123456789ABCDEF@AdobeOrg")
    ///     .build()?;
    /// assert_eq!(client.base_url().as_str(), flow_client::DEFAULT_BASE_URL);
    /// assert_eq!(client.sandbox_name(), flow_client::DEFAULT_SANDBOX_NAME);
    /// # Ok::<(), flow_client::Error>(())
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads the configuration from `FLOW_*` environment variables.
    ///
    /// | variable | meaning |
    /// |---|---|
    /// | `FLOW_BASE_URL` | base URL, default [`DEFAULT_BASE_URL`] |
    /// | `FLOW_ACCESS_TOKEN` | a bearer token, used as it is |
    /// | `FLOW_CLIENT_ID`, `FLOW_CLIENT_SECRET` | OAuth server-to-server credentials |
    /// | `FLOW_IMS_URL` | IMS base URL, default [`DEFAULT_IMS_URL`] |
    /// | `FLOW_SCOPES` | comma-separated scopes to ask IMS for |
    /// | `FLOW_API_KEY` | the `x-api-key`, default `FLOW_CLIENT_ID` |
    /// | `FLOW_ORG_ID` | the `x-gw-ims-org-id` |
    /// | `FLOW_SANDBOX_NAME` | the `x-sandbox-name`, default `prod` |
    ///
    /// Returns `Ok(None)` when no credentials are configured: none of `FLOW_ACCESS_TOKEN`,
    /// `FLOW_CLIENT_ID` and `FLOW_CLIENT_SECRET` is set. When `FLOW_ACCESS_TOKEN` is set, it
    /// is used and the client credentials are not. Empty variables count as unset.
    ///
    /// # Examples
    ///
    /// What it gives depends on the environment, so the example is not run here; see
    /// [`from_lookup`](FlowClientBuilder::from_lookup) for one that is.
    ///
    /// ```no_run
    /// use flow_client::FlowClientBuilder;
    ///
    /// let client = match FlowClientBuilder::from_env()? {
    ///     // Settings the environment does not name can still be changed.
    ///     Some(builder) => builder.sandbox_name("dev").build()?,
    ///     None => {
    ///         eprintln!("set FLOW_CLIENT_ID, FLOW_CLIENT_SECRET and FLOW_ORG_ID");
    ///         return Ok(());
    ///     }
    /// };
    /// println!("calling {}", client.base_url());
    /// # Ok::<(), flow_client::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Fails when credentials are configured but incomplete: a client id without a secret or
    /// the other way round, no API key, or no organization id.
    pub fn from_env() -> Result<Option<Self>, Error> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Like [`from_env`](FlowClientBuilder::from_env), reading the variables through `lookup`
    /// instead of the process environment.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::collections::HashMap;
    /// use flow_client::FlowClientBuilder;
    ///
    /// let vars = HashMap::from([
    ///     ("FLOW_ACCESS_TOKEN", "eyJhbGciOi..."),
    ///     ("FLOW_API_KEY", "my-client-id"),
    ///     ("FLOW_ORG_ID", "0123456789ABCDEF@AdobeOrg"),
    /// ]);
    /// let lookup = |name: &str| vars.get(name).map(|value| value.to_string());
    /// let builder = FlowClientBuilder::from_lookup(lookup)?;
    /// assert!(builder.is_some());
    ///
    /// let nothing = FlowClientBuilder::from_lookup(|_| None)?;
    /// assert!(nothing.is_none());
    /// # Ok::<(), flow_client::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As for [`from_env`](FlowClientBuilder::from_env).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Option<Self>, Error> {
        let var = |name: &str| lookup(name).filter(|value| !value.trim().is_empty());

        let access_token = var("FLOW_ACCESS_TOKEN").map(Secret::from);
        let client_id = var("FLOW_CLIENT_ID");
        let client_secret = var("FLOW_CLIENT_SECRET").map(Secret::from);
        if access_token.is_none() && client_id.is_none() && client_secret.is_none() {
            return Ok(None);
        }

        let mut builder = Self::new();
        if let Some(base_url) = var("FLOW_BASE_URL") {
            builder = builder.base_url(base_url);
        }
        if let Some(sandbox_name) = var("FLOW_SANDBOX_NAME") {
            builder = builder.sandbox_name(sandbox_name);
        }

        builder = match (access_token, client_id.clone(), client_secret) {
            (Some(token), _, _) => builder.access_token(token),
            (None, Some(id), Some(secret)) => {
                let mut credentials = ClientCredentials::builder(id, secret);
                if let Some(ims_url) = var("FLOW_IMS_URL") {
                    credentials = credentials.ims_url(ims_url);
                }
                if let Some(scopes) = var("FLOW_SCOPES") {
                    credentials = credentials.scopes(scopes.split(','));
                }
                builder.client_credentials(credentials)
            }
            (None, Some(_), None) => {
                return Err(Error::config(
                    "FLOW_CLIENT_ID is set without FLOW_CLIENT_SECRET",
                ));
            }
            (None, None, _) => {
                return Err(Error::config(
                    "FLOW_CLIENT_SECRET is set without FLOW_CLIENT_ID",
                ));
            }
        };

        match var("FLOW_API_KEY").or(client_id) {
            Some(api_key) => builder = builder.api_key(api_key),
            None => return Err(Error::config("set FLOW_API_KEY or FLOW_CLIENT_ID")),
        }
        match var("FLOW_ORG_ID") {
            Some(org_id) => builder = builder.org_id(org_id),
            None => return Err(Error::config("FLOW_ORG_ID is not set")),
        }
        Ok(Some(builder))
    }

    /// Sets the base URL, such as `https://platform-stage.adobe.io/data/foundation/flowservice`.
    /// Plain `http` is accepted for loopback hosts only.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::{FlowClient, Secret};
    ///
    /// let builder = |url: &str| {
    ///     FlowClient::builder()
    ///         .base_url(url)
    ///         .access_token(Secret::from("eyJhbGciOi..."))
    ///         .api_key("my-client-id")
    ///         .org_id("0123456789ABCDEF@AdobeOrg")
    /// };
    /// assert!(builder("http://127.0.0.1:8080").build().is_ok());
    /// let remote = builder("http://flow.example.com").build();
    /// assert!(remote.is_err_and(|error| error.is_config()));
    /// ```
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// Uses one bearer token for every call; it cannot be renewed after a 401.
    ///
    /// A shorthand for [`token_source`](Self::token_source) with a [`StaticToken`]. Use
    /// [`client_credentials`](Self::client_credentials) when tokens must be renewed.
    pub fn access_token(mut self, token: Secret) -> Self {
        self.tokens = Tokens::Source(Arc::new(StaticToken::new(token)));
        self
    }

    /// Fetches tokens with OAuth server-to-server credentials, through this client's HTTP
    /// connection pool. The client id is also the default API key.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::{ClientCredentials, FlowClient, Secret};
    ///
    /// // No `api_key`: the client id is sent as `x-api-key`.
    /// let client = FlowClient::builder()
    ///     .client_credentials(ClientCredentials::builder("my-client-id", Secret::from("s3cr3t")))
    ///     .org_id("0123456789ABCDEF@AdobeOrg")
    ///     .build()?;
    /// assert!(!format!("{client:?}").contains("s3cr3t"));
    /// # Ok::<(), flow_client::Error>(())
    /// ```
    pub fn client_credentials(mut self, credentials: ClientCredentialsBuilder) -> Self {
        self.tokens = Tokens::Credentials(Box::new(credentials));
        self
    }

    /// Gets tokens from `source`.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::{Arc, PoisonError, RwLock};
    /// use flow_client::{FlowClient, Secret, TokenFuture, TokenSource};
    ///
    /// /// A token that another part of the program keeps fresh.
    /// #[derive(Debug, Clone)]
    /// struct Shared(Arc<RwLock<Secret>>);
    ///
    /// impl TokenSource for Shared {
    ///     fn token(&self) -> TokenFuture<'_> {
    ///         let token = self.0.read().unwrap_or_else(PoisonError::into_inner).clone();
    ///         Box::pin(async move { Ok(token) })
    ///     }
    /// }
    ///
    /// let shared = Shared(Arc::new(RwLock::new(Secret::from("eyJhbGciOi..."))));
    /// let client = FlowClient::builder()
    ///     .token_source(shared.clone())
    ///     .api_key("my-client-id")
    ///     .org_id("0123456789ABCDEF@AdobeOrg")
    ///     .build()?;
    ///
    /// // Every call from now on sends the new token.
    /// *shared.0.write().unwrap_or_else(PoisonError::into_inner) = Secret::from("eyJuZXci...");
    /// # let _ = client;
    /// # Ok::<(), flow_client::Error>(())
    /// ```
    pub fn token_source(mut self, source: impl TokenSource + 'static) -> Self {
        self.tokens = Tokens::Source(Arc::new(source));
        self
    }

    /// Sets the `x-api-key` header: the client id of the credentials.
    pub fn api_key(mut self, api_key: impl Into<String>) -> Self {
        self.api_key = Some(api_key.into());
        self
    }

    /// Sets the `x-gw-ims-org-id` header, such as `0123456789ABCDEF@AdobeOrg`.
    pub fn org_id(mut self, org_id: impl Into<String>) -> Self {
        self.org_id = Some(org_id.into());
        self
    }

    /// Sets the `x-sandbox-name` header (default `prod`).
    pub fn sandbox_name(mut self, sandbox_name: impl Into<String>) -> Self {
        self.sandbox_name = sandbox_name.into();
        self
    }

    /// Sets how long opening a connection may take (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Sets how long one attempt of a request may take in all, answer included (default 60 s).
    ///
    /// The limit applies to each attempt, not to a call and its retries together; a call that
    /// is retried may take up to about `timeout` times the policy's attempts, plus the waits.
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
    /// use flow_client::{FlowClient, Outcome, Query, RetryPolicy};
    ///
    /// let client = FlowClient::builder()
    /// #   .base_url(emulator.base_url())
    /// #   .access_token(login.access_token.as_str().into())
    /// #   .api_key(login.client_id.as_str())
    /// #   .org_id(login.org_id.as_str())
    ///     .timeout(Duration::from_millis(200))
    ///     .retry_policy(RetryPolicy::none())
    ///     .build()?;
    ///
    /// // The service takes longer than that to answer.
    /// let error = client.count_connections(&Query::new()).await.unwrap_err();
    /// assert!(error.is_timeout());
    /// assert_eq!(error.outcome(), Outcome::Unknown);
    /// # Ok(())
    /// # }
    /// ```
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Sets how failed requests are retried.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use flow_client::{FlowClient, RetryPolicy};
    ///
    /// // Six attempts in all, waiting up to 0.5 s, 1 s, 2 s... between them, at most 10 s.
    /// let patient = RetryPolicy::new(6, Duration::from_millis(500), Duration::from_secs(10));
    /// let client = FlowClient::builder()
    ///     .retry_policy(patient)
    /// #   .access_token(flow_client::Secret::from("token")).api_key("key").org_id("org")
    ///     .build()?;
    /// assert_eq!(client.retry_policy().max_attempts(), 6);
    /// # Ok::<(), flow_client::Error>(())
    /// ```
    pub fn retry_policy(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Uses `http` for every call instead of a client of its own; the timeouts set here are
    /// then ignored.
    ///
    /// Token requests of [`client_credentials`](Self::client_credentials) use it too, unless
    /// the credentials were given a client of their own.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use flow_client::FlowClient;
    ///
    /// let http = reqwest::Client::builder()
    ///     .timeout(Duration::from_secs(20))
    ///     .redirect(reqwest::redirect::Policy::none())
    ///     .build()
    ///     .expect("a client with these settings can always be built");
    /// let client = FlowClient::builder()
    ///     .http_client(http)
    /// #   .access_token(flow_client::Secret::from("token")).api_key("key").org_id("org")
    ///     .build()?;
    /// # let _ = client;
    /// # Ok::<(), flow_client::Error>(())
    /// ```
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Builds the client.
    ///
    /// # Errors
    ///
    /// Fails when no token source is set, when the API key or the organization id is missing,
    /// when a header value is not valid in HTTP, when the base URL or the IMS URL is not an
    /// `https` URL (plain `http` is allowed for loopback hosts), or when no HTTP client can be
    /// built.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::{FlowClient, Secret};
    ///
    /// let incomplete = FlowClient::builder()
    ///     .access_token(Secret::from("eyJhbGciOi..."))
    ///     .api_key("my-client-id")
    ///     .build();
    /// let error = incomplete.unwrap_err();
    /// assert!(error.is_config());
    /// assert_eq!(error.to_string(), "invalid client configuration: no organization id is set");
    /// ```
    pub fn build(self) -> Result<FlowClient, Error> {
        let base_url = checked_url(&self.base_url, "base url")?;
        let http = match self.http {
            Some(http) => http,
            None => http_client(self.connect_timeout, self.timeout)?,
        };

        let (tokens, default_api_key): (Arc<dyn TokenSource>, _) = match self.tokens {
            Tokens::None => return Err(Error::config("no access token or credentials are set")),
            Tokens::Source(source) => (source, None),
            Tokens::Credentials(credentials) => {
                let credentials = credentials.shared_http_client(http.clone()).build()?;
                let client_id = credentials.client_id().to_owned();
                (Arc::new(credentials), Some(client_id))
            }
        };

        let api_key = self
            .api_key
            .or(default_api_key)
            .ok_or_else(|| Error::config("no api key is set"))?;
        let org_id = self
            .org_id
            .ok_or_else(|| Error::config("no organization id is set"))?;
        let mut headers = HeaderMap::new();
        insert_header(&mut headers, "x-api-key", &api_key, "the api key")?;
        insert_header(
            &mut headers,
            "x-gw-ims-org-id",
            &org_id,
            "the organization id",
        )?;
        insert_header(
            &mut headers,
            "x-sandbox-name",
            &self.sandbox_name,
            "the sandbox name",
        )?;

        Ok(FlowClient::from_parts(
            base_url,
            http,
            tokens,
            headers,
            self.retry,
            self.sandbox_name,
        ))
    }
}

fn insert_header(
    headers: &mut HeaderMap,
    name: &'static str,
    value: &str,
    what: &'static str,
) -> Result<(), Error> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::config(format!("{what} is empty")));
    }
    let value = HeaderValue::from_str(value)
        .map_err(|_| Error::config(format!("{what} is not a valid header value")))?;
    headers.insert(HeaderName::from_static(name), value);
    Ok(())
}

/// An HTTP client with the given timeouts, which follows no redirect.
pub(crate) fn http_client(
    connect_timeout: Duration,
    timeout: Duration,
) -> Result<reqwest::Client, Error> {
    reqwest::Client::builder()
        .connect_timeout(connect_timeout)
        .timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("flow-client/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|_| Error::config("the http client could not be built"))
}

/// Parses `raw` as a base URL: `https`, or `http` to a loopback host; no credentials, query or
/// fragment; without a trailing slash.
pub(crate) fn checked_url(raw: &str, what: &str) -> Result<Url, Error> {
    let url = Url::parse(raw.trim())
        .map_err(|_| Error::config(format!("the {what} is not a valid url")))?;

    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&url) => {}
        "http" => {
            return Err(Error::config(format!(
                "the {what} must use https unless its host is a loopback address"
            )));
        }
        _ => return Err(Error::config(format!("the {what} must be an https url"))),
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::config(format!(
            "the {what} must not carry credentials"
        )));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::config(format!(
            "the {what} must not have a query or a fragment"
        )));
    }

    let mut url = url;
    let path = url.path().trim_end_matches('/').to_owned();
    url.set_path(&path);
    Ok(url)
}

/// `base` with `path` (starting with `/`) appended to its path.
pub(crate) fn join(base: &Url, path_and_query: &str) -> Result<Url, Error> {
    let joined = format!("{}{}", base.as_str().trim_end_matches('/'), path_and_query);
    Url::parse(&joined).map_err(|_| Error::config("a request url could not be built"))
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(address)) => IpAddr::V4(address).is_loopback(),
        Some(Host::Ipv6(address)) => IpAddr::V6(address).is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn lookup(vars: &[(&str, &str)]) -> Result<Option<FlowClientBuilder>, Error> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect();
        FlowClientBuilder::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn accepts_https_and_loopback_http() {
        for url in [
            "https://platform.adobe.io/data/foundation/flowservice/",
            "http://127.0.0.1:8080",
            "http://127.1.2.3",
            "http://[::1]:9000/base",
            "http://localhost:3000",
        ] {
            assert!(checked_url(url, "base url").is_ok(), "{url}");
        }
    }

    #[test]
    fn refuses_plain_http_elsewhere_and_odd_urls() {
        for url in [
            "http://platform.adobe.io",
            "http://10.0.0.1",
            "http://localhost.example.com",
            "ftp://127.0.0.1",
            "https://user:pass@platform.adobe.io",
            "https://platform.adobe.io/?a=b",
            "not a url",
        ] {
            let error = checked_url(url, "base url").unwrap_err();
            assert!(error.is_config(), "{url}");
            assert!(!error.to_string().contains("pass"), "{error}");
        }
    }

    #[test]
    fn trims_the_trailing_slash() {
        let url = checked_url("https://example.com/data/flow/", "base url").unwrap();

        assert_eq!(
            join(&url, "/connections").unwrap().as_str(),
            "https://example.com/data/flow/connections"
        );
    }

    #[test]
    fn no_credentials_is_not_an_error() {
        let nothing = lookup(&[("FLOW_ORG_ID", "org"), ("FLOW_ACCESS_TOKEN", " ")]).unwrap();

        assert!(nothing.is_none());
    }

    #[test]
    fn incomplete_credentials_are_errors() {
        let cases: &[&[(&str, &str)]] = &[
            &[("FLOW_CLIENT_ID", "id"), ("FLOW_ORG_ID", "org")],
            &[("FLOW_CLIENT_SECRET", "secret"), ("FLOW_ORG_ID", "org")],
            &[("FLOW_ACCESS_TOKEN", "token"), ("FLOW_ORG_ID", "org")],
            &[("FLOW_ACCESS_TOKEN", "token"), ("FLOW_API_KEY", "key")],
        ];

        for vars in cases {
            let error = lookup(vars).unwrap_err();
            assert!(error.is_config(), "{vars:?}");
            assert!(
                !format!("{error} {error:?}").contains("secret\""),
                "{error:?}"
            );
        }
    }

    #[test]
    fn client_credentials_from_the_environment() {
        let builder = lookup(&[
            ("FLOW_CLIENT_ID", "my-id"),
            ("FLOW_CLIENT_SECRET", "my-secret"),
            ("FLOW_ORG_ID", "org@AdobeOrg"),
            ("FLOW_SCOPES", "openid, AdobeID"),
            ("FLOW_IMS_URL", "http://127.0.0.1:9"),
            ("FLOW_BASE_URL", "http://127.0.0.1:9/flow"),
        ])
        .unwrap()
        .unwrap();

        let client = builder.build().unwrap();

        assert_eq!(client.sandbox_name(), "prod");
        assert_eq!(client.base_url().as_str(), "http://127.0.0.1:9/flow");
        assert!(!format!("{client:?}").contains("my-secret"));
    }

    #[test]
    fn an_insecure_base_url_from_the_environment_fails_to_build() {
        let builder = lookup(&[
            ("FLOW_ACCESS_TOKEN", "token"),
            ("FLOW_API_KEY", "key"),
            ("FLOW_ORG_ID", "org"),
            ("FLOW_BASE_URL", "http://flow.example.com"),
        ])
        .unwrap()
        .unwrap();

        assert!(builder.build().unwrap_err().is_config());
    }

    #[test]
    fn refuses_header_values_http_cannot_carry() {
        let error = FlowClientBuilder::new()
            .access_token(Secret::from("token"))
            .api_key("key")
            .org_id("org\nx-evil: 1")
            .build()
            .unwrap_err();

        assert!(error.is_config());
    }
}
