//! The HTTP client: one [`FlowClient`], cheap to clone, for every call of the connections API.

use std::fmt;
use std::sync::Arc;

use bytes::Bytes;
use futures_core::Stream;
use futures_util::TryStreamExt;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderMap, HeaderValue, IF_MATCH};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::Value;
use tokio::time::Instant;
use tracing::Instrument;
use tracing::field::Empty;
use url::Url;
use zeroize::Zeroizing;

use crate::auth::{AuthParams, AuthSpec};
use crate::body::CreateConnection;
use crate::config::{self, FlowClientBuilder};
use crate::drift::{self, Drift};
use crate::error::{Endpoint, Error, Outcome};
use crate::pages;
use crate::query::{Property, Query};
use crate::retry::RetryPolicy;
use crate::secret::{Secret, ZeroingBuffer};
use crate::token::TokenSource;
use crate::update::ConnectionUpdate;
use crate::wire::{Connection, ConnectionSpec, Count, Created, TestResult};

/// A client of Flow Service's connections API.
///
/// Cloning is cheap: clones share one connection pool, one token cache and one configuration.
/// Every call sends `Authorization: Bearer`, `x-api-key`, `x-gw-ims-org-id` and
/// `x-sandbox-name`, retries what is safe to retry (see [`RetryPolicy`]), renews the token once
/// after a 401, and runs in a `flow.request` tracing span per attempt (method, path, attempt,
/// status, request id, latency; never a body, a query or a header value).
///
/// ```no_run
/// use flow_client::{FlowClient, Query, Property};
/// use futures_util::TryStreamExt;
///
/// # async fn run() -> Result<(), flow_client::Error> {
/// let Some(client) = FlowClient::from_env()? else {
///     eprintln!("set FLOW_CLIENT_ID, FLOW_CLIENT_SECRET and FLOW_ORG_ID");
///     return Ok(());
/// };
/// let spec = client.connection_spec_by_name("dynamics-online").await?;
/// let spec_id = spec.id.unwrap_or_default();
/// let query = Query::new().property(Property::eq("connectionSpec.id", &spec_id));
/// let mut connections = std::pin::pin!(client.connections(&query));
/// while let Some(connection) = connections.try_next().await? {
///     println!("{} {}", connection.id, connection.name);
/// }
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct FlowClient {
    inner: Arc<Inner>,
}

struct Inner {
    base_url: Url,
    http: reqwest::Client,
    tokens: Arc<dyn TokenSource>,
    headers: HeaderMap,
    retry: RetryPolicy,
    sandbox_name: String,
}

/// Which failures a request may be repeated after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Retry {
    /// Any transient failure: the request can be repeated without changing its effect.
    Idempotent,
    /// Only failures that prove the request took no effect: no connection, or a 429.
    NotApplied,
    /// None.
    Never,
}

/// One request, as sent on every attempt.
struct Call<'a> {
    method: Method,
    url: Url,
    body: Option<&'a [u8]>,
    if_match: Option<HeaderValue>,
    retry: Retry,
}

/// A success answer, its body read whole.
pub(crate) struct Answer {
    status: StatusCode,
    body: Bytes,
}

impl FlowClient {
    /// Starts a [`FlowClientBuilder`].
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::{FlowClient, Secret};
    ///
    /// let client = FlowClient::builder()
    ///     .access_token(Secret::from("eyJhbGciOi..."))
    ///     .api_key("my-client-id")
    ///     .org_id("0123456789ABCDEF@AdobeOrg")
    ///     .build()?;
    /// assert_eq!(client.sandbox_name(), "prod");
    /// # Ok::<(), flow_client::Error>(())
    /// ```
    pub fn builder() -> FlowClientBuilder {
        FlowClientBuilder::new()
    }

    /// A client configured from `FLOW_*` environment variables, or `None` when no credentials
    /// are set; see [`FlowClientBuilder::from_env`].
    ///
    /// # Examples
    ///
    /// The outcome depends on the environment the example runs in, so it is not run here:
    ///
    /// ```no_run
    /// let client = flow_client::FlowClient::from_env()?;
    /// if client.is_none() {
    ///     println!("no credentials: start the emulator instead");
    /// }
    /// # Ok::<(), flow_client::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Fails when credentials are set but the configuration is incomplete or invalid.
    pub fn from_env() -> Result<Option<Self>, Error> {
        FlowClientBuilder::from_env()?
            .map(FlowClientBuilder::build)
            .transpose()
    }

    pub(crate) fn from_parts(
        base_url: Url,
        http: reqwest::Client,
        tokens: Arc<dyn TokenSource>,
        headers: HeaderMap,
        retry: RetryPolicy,
        sandbox_name: String,
    ) -> Self {
        Self {
            inner: Arc::new(Inner {
                base_url,
                http,
                tokens,
                headers,
                retry,
                sandbox_name,
            }),
        }
    }

    /// The base URL every path is appended to, without a trailing slash.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::FlowClient;
    ///
    /// let client = FlowClient::builder()
    ///     .base_url("https://platform-stage.adobe.io/data/foundation/flowservice/")
    /// #   .access_token(flow_client::Secret::from("token")).api_key("key").org_id("org")
    ///     .build()?;
    /// assert_eq!(
    ///     client.base_url().as_str(),
    ///     "https://platform-stage.adobe.io/data/foundation/flowservice"
    /// );
    /// # Ok::<(), flow_client::Error>(())
    /// ```
    pub fn base_url(&self) -> &Url {
        &self.inner.base_url
    }

    /// The sandbox every call is made in.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::FlowClient;
    ///
    /// let client = FlowClient::builder()
    ///     .sandbox_name("dev")
    /// #   .access_token(flow_client::Secret::from("token")).api_key("key").org_id("org")
    ///     .build()?;
    /// assert_eq!(client.sandbox_name(), "dev");
    /// # Ok::<(), flow_client::Error>(())
    /// ```
    pub fn sandbox_name(&self) -> &str {
        &self.inner.sandbox_name
    }

    /// How failed calls are retried.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::{FlowClient, RetryPolicy};
    ///
    /// let client = FlowClient::builder()
    ///     .retry_policy(RetryPolicy::none())
    /// #   .access_token(flow_client::Secret::from("token")).api_key("key").org_id("org")
    ///     .build()?;
    /// assert_eq!(client.retry_policy().max_attempts(), 1);
    /// # Ok::<(), flow_client::Error>(())
    /// ```
    pub fn retry_policy(&self) -> RetryPolicy {
        self.inner.retry
    }

    /// Lists the connection specs that match `query`, every page of them.
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
    /// use flow_client::{Property, Query};
    ///
    /// let all = client.connection_specs(&Query::new()).await?;
    /// let query = Query::new().property(Property::eq("name", "dynamics-online"));
    /// let dynamics = client.connection_specs(&query).await?;
    /// assert!(all.len() > dynamics.len());
    /// assert_eq!(dynamics[0].version.as_deref(), Some("1.0"));
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// Fails when the service refuses the call or cannot be reached, or answers with a body
    /// that is not a list of specs.
    pub async fn connection_specs(&self, query: &Query) -> Result<Vec<ConnectionSpec>, Error> {
        let mut url = self.endpoint(&["connectionSpecs"])?;
        query.apply(&mut url, false);
        pages::items(self.clone(), Ok(url), "a list of connection specs")
            .try_collect()
            .await
    }

    /// Gets the connection spec with id `id`.
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
    /// let spec = client.connection_spec("38ad80fe-8b06-4938-94f4-d4ee80266b07").await?;
    /// assert_eq!(spec.name, "dynamics-online");
    ///
    /// let missing = client.connection_spec("00000000-0000-0000-0000-000000000000").await;
    /// assert!(missing.is_err_and(|error| error.is_not_found()));
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// Fails with [`Error::is_not_found`] when there is none, and as for
    /// [`connection_specs`](FlowClient::connection_specs) otherwise.
    pub async fn connection_spec(&self, id: &str) -> Result<ConnectionSpec, Error> {
        let url = self.endpoint(&["connectionSpecs", id])?;
        let answer = self.get(url).await?;
        answer.single("a connection spec", || format!("connection spec `{id}`"))
    }

    /// Finds the connection spec named `name`, such as `dynamics-online`.
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
    /// let spec = client.connection_spec_by_name("dynamics-online").await?;
    /// for auth in &spec.auth_spec {
    ///     println!("{}: requires {}", auth.name, auth.spec["required"]);
    /// }
    /// assert_eq!(spec.auth_spec[0].name, "Basic Authentication for Dynamics-Online");
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// Fails with [`Error::is_not_found`] when no spec has that name, and as for
    /// [`connection_specs`](FlowClient::connection_specs) otherwise.
    pub async fn connection_spec_by_name(&self, name: &str) -> Result<ConnectionSpec, Error> {
        let query = Query::new().property(Property::eq("name", name));
        let specs = self.connection_specs(&query).await?;
        specs
            .into_iter()
            .find(|spec| spec.name == name)
            .ok_or_else(|| Error::not_found(format!("connection spec `{name}`")))
    }

    /// Creates a connection; sends the request at most once unless it provably took no
    /// effect.
    ///
    /// A retry could create a second connection, so this call repeats the request only after
    /// a failure that proves nothing was created: no connection could be opened, or the
    /// gateway answered 429. After any other failure, [`Error::outcome`] tells whether the
    /// connection may exist ([`Outcome::Unknown`]); use
    /// [`create_connection_once`](FlowClient::create_connection_once) to have that settled.
    ///
    /// # Examples
    ///
    /// ```
    /// # flow_client::connection_specs!("../specs/dynamics-online.json");
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
    /// use flow_client::{CreateConnection, Outcome, Secret};
    ///
    /// // Generated by `connection_specs!("specs/dynamics-online.json")`.
    /// let auth = DynamicsOnlineAuth {
    ///     service_uri: "https://contoso.crm.dynamics.com".to_owned(),
    ///     username: "ann@contoso.com".to_owned(),
    ///     password: Secret::from("pa55w0rd"),
    /// };
    /// let body = CreateConnection::new("Dynamics", auth)?;
    /// match client.create_connection(&body).await {
    ///     Ok(created) => println!("created {} ({})", created.id, created.etag),
    ///     Err(error) if error.outcome() == Outcome::Unknown => {
    ///         eprintln!("{error}: look the connection up before creating it again")
    ///     }
    ///     Err(error) => return Err(error),
    /// }
    /// # assert_eq!(client.count_connections(&flow_client::Query::new()).await?, 1);
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// Fails when the service refuses the connection (such as params that break the auth
    /// schema, [`Error::is_invalid_request`]), or when no answer came.
    pub async fn create_connection<A: AuthParams>(
        &self,
        body: &CreateConnection<A>,
    ) -> Result<Created, Error> {
        let json = Self::body_json(body)?;
        let call = Call::new(
            Method::POST,
            self.endpoint(&["connections"])?,
            Retry::NotApplied,
        )
        .with_body(&json);

        let answer = self.send(&call).await?;
        answer.json("the created connection's id and etag")
    }

    /// Creates a connection, retrying failed attempts without creating a second one.
    ///
    /// When an attempt fails in a way that may have created the connection (the answer was
    /// lost, or the service answered with a server error), the connection is looked up by
    /// name (`property=name=="..."`) before the next attempt, and returned if the lost attempt
    /// did create it.
    ///
    /// The one case this cannot settle is an attempt the service is still working on when the
    /// lookup runs, after the client gave up waiting for it; Flow Service offers no idempotency
    /// key that would let it refuse the retry. Generous timeouts make that window small.
    ///
    /// This relies on one assumption: **no other connection in the sandbox has the same
    /// name**. Give each connection a unique name (for instance with a suffix of your own
    /// ids) when you use this call; if another connection has the name, it may be returned
    /// instead of a new one, and if several have it, the call fails rather than guessing.
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
    /// # let faults = emulator.faults();
    /// # faults.inject("POST", "/connections", flow_emulator::Fault::DropAfterHandling, 1);
    /// use flow_client::{CreateConnection, Query};
    ///
    /// let body = CreateConnection::new("Dynamics 2f1c9a", auth())?;
    /// let created = client.create_connection_once(&body).await?;
    ///
    /// // Even when the answer to an attempt was lost, there is only one such connection.
    /// assert_eq!(client.count_connections(&Query::new()).await?, 1);
    /// assert_eq!(client.connection(&created.id).await?.name, "Dynamics 2f1c9a");
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// As for [`create_connection`](FlowClient::create_connection) once the retries are used
    /// up, and when several connections have the body's name after a lost attempt.
    pub async fn create_connection_once<A: AuthParams>(
        &self,
        body: &CreateConnection<A>,
    ) -> Result<Created, Error> {
        let json = Self::body_json(body)?;
        let call = Call::new(Method::POST, self.endpoint(&["connections"])?, Retry::Never)
            .with_body(&json);
        let policy = self.inner.retry;

        let mut tries = 1;
        loop {
            let error = match self.send(&call).await {
                Ok(answer) => return answer.json("the created connection's id and etag"),
                Err(error) => error,
            };

            let delay = if error.is_transient() && tries < policy.max_attempts() {
                policy.delay(tries, error.retry_after())
            } else {
                None
            };
            let Some(delay) = delay else {
                return Err(error);
            };
            tokio::time::sleep(delay).await;

            // TODO: a create still in progress at the service when this lookup runs can still
            // be duplicated; an idempotency key, which Flow Service does not offer, would
            // lift this.
            if error.outcome() == Outcome::Unknown {
                match self.created_by_lost_request(body.name()).await {
                    Ok(Some(created)) => {
                        tracing::info!(tries, "the unanswered create had created the connection");
                        return Ok(created);
                    }
                    Ok(None) => {}
                    Err(lookup) if lookup.is_ambiguous() => return Err(lookup),
                    Err(lookup) => {
                        tracing::warn!(error = %lookup, "could not look the connection up");
                        return Err(error);
                    }
                }
            }
            tries += 1;
        }
    }

    /// Gets the connection with id `id`; its secrets are masked by the service.
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
    /// # let id = client.create_connection(&body).await?.id;
    /// let connection = client.connection(&id).await?;
    /// assert_eq!(connection.name, "Dynamics");
    /// assert_eq!(connection.state.as_deref(), Some("enabled"));
    ///
    /// let missing = client.connection("no-such-id").await;
    /// assert!(missing.is_err_and(|error| error.is_not_found()));
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// Fails with [`Error::is_not_found`] when there is none, or when the call fails.
    pub async fn connection(&self, id: &str) -> Result<Connection, Error> {
        let url = self.endpoint(&["connections", id])?;
        let answer = self.get(url).await?;
        answer.single("a connection", || format!("connection `{id}`"))
    }

    /// Every connection that matches `query`, page after page, as a stream.
    ///
    /// Pages are fetched as the stream is read, following each page's `_links.next.href`.
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
    /// # let body = flow_client::CreateConnection::new("Dynamics 1", auth())?;
    /// # client.create_connection(&body).await?;
    /// # let body = flow_client::CreateConnection::new("Dynamics 2", auth())?;
    /// # client.create_connection(&body).await?;
    /// # let body = flow_client::CreateConnection::new("Dynamics 3", auth())?;
    /// # client.create_connection(&body).await?;
    /// use flow_client::{Property, Query};
    /// use futures_util::{StreamExt, TryStreamExt};
    ///
    /// // Pages of one connection; only the first two pages are fetched.
    /// let query = Query::new().property(Property::eq("state", "enabled")).limit(1);
    /// let first_two: Vec<_> = client.connections(&query).take(2).try_collect().await?;
    /// assert_eq!(first_two.len(), 2);
    /// # assert_eq!(emulator.request_count("GET", "/connections"), 2);
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// An item of the stream is an error when a page cannot be had; the stream ends after it.
    pub fn connections(
        &self,
        query: &Query,
    ) -> impl Stream<Item = Result<Connection, Error>> + Send + 'static {
        let url = self.endpoint(&["connections"]).map(|mut url| {
            query.apply(&mut url, false);
            url
        });
        pages::items(self.clone(), url, "a list of connections")
    }

    /// Every connection that matches `query`, all pages read.
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
    /// # let body = flow_client::CreateConnection::new("Dynamics EU", auth())?;
    /// # client.create_connection(&body).await?;
    /// # let body = flow_client::CreateConnection::new("Dynamics US", auth())?;
    /// # client.create_connection(&body).await?;
    /// use flow_client::{Property, Query};
    ///
    /// let query = Query::new()
    ///     .property(Property::eq("connectionSpec.id", "38ad80fe-8b06-4938-94f4-d4ee80266b07"))
    ///     .order_by("name");
    /// let connections = client.list_connections(&query).await?;
    /// let names: Vec<_> = connections.iter().map(|c| c.name.as_str()).collect();
    /// assert_eq!(names, ["Dynamics EU", "Dynamics US"]);
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// Fails when one of the pages cannot be had.
    pub async fn list_connections(&self, query: &Query) -> Result<Vec<Connection>, Error> {
        self.connections(query).try_collect().await
    }

    /// How many connections match the filters of `query` (its order and limit are not sent).
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
    /// # let body = flow_client::CreateConnection::new("Dynamics EU", auth())?;
    /// # client.create_connection(&body).await?;
    /// # let body = flow_client::CreateConnection::new("Dynamics US", auth())?;
    /// # client.create_connection(&body).await?;
    /// use flow_client::{Property, Query};
    ///
    /// assert_eq!(client.count_connections(&Query::new()).await?, 2);
    /// let eu = Query::new().property(Property::eq("name", "Dynamics EU"));
    /// assert_eq!(client.count_connections(&eu).await?, 1);
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// Fails when the service refuses the call or cannot be reached.
    pub async fn count_connections(&self, query: &Query) -> Result<u64, Error> {
        let mut url = self.endpoint(&["connections"])?;
        query.apply(&mut url, true);

        let answer = self.get(url).await?;
        let count: Count = answer.json("a count of connections")?;
        Ok(count.count)
    }

    /// Applies `update` to the connection `id` whose current etag is `etag`, and returns the
    /// new etag.
    ///
    /// The request carries `If-Match: etag`, so it is retried safely; when a retry follows an
    /// attempt whose answer was lost, it may fail with [`Error::is_precondition_failed`]
    /// although the first attempt applied the change ([`Error::outcome`] is then
    /// [`Outcome::Unknown`]).
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
    /// # let id = client.create_connection(&body).await?.id;
    /// use flow_client::ConnectionUpdate;
    ///
    /// let read = client.connection(&id).await?.etag.unwrap_or_default();
    /// let rename = ConnectionUpdate::new().name("Dynamics (EU)");
    /// let etag = client.update_connection(&id, &read, &rename).await?;
    /// assert_ne!(etag, read);
    ///
    /// // The etag read before the change is stale now.
    /// let again = client.update_connection(&id, &read, &rename).await;
    /// assert!(again.is_err_and(|error| error.is_precondition_failed()));
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// Fails with [`Error::is_precondition_failed`] when the etag is stale, with
    /// [`Error::is_invalid_request`] when the service refuses the change, and when the call
    /// fails.
    pub async fn update_connection(
        &self,
        id: &str,
        etag: &str,
        update: &ConnectionUpdate,
    ) -> Result<String, Error> {
        let if_match = HeaderValue::from_str(etag)
            .map_err(|_| Error::config("the etag is not a valid header value"))?;
        let body = update.to_body()?;
        let url = self.endpoint(&["connections", id])?;
        let mut call = Call::new(Method::PATCH, url, Retry::Idempotent).with_body(&body);
        call.if_match = Some(if_match);

        let answer = self.send(&call).await?;
        let updated: Created = answer.json("the updated connection's etag")?;
        Ok(updated.etag)
    }

    /// Deletes the connection `id`.
    ///
    /// The call is retried on transient failures; when a retry finds the connection gone
    /// after an attempt whose answer was lost, the lost attempt deleted it, and the call
    /// succeeds.
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
    /// # let id = client.create_connection(&body).await?.id;
    /// client.delete_connection(&id).await?;
    ///
    /// let gone = client.connection(&id).await;
    /// assert!(gone.is_err_and(|error| error.is_not_found()));
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// Fails with [`Error::is_not_found`] when there is no such connection, and when the
    /// service refuses (such as a connection still used by a flow) or cannot be reached.
    pub async fn delete_connection(&self, id: &str) -> Result<(), Error> {
        let url = self.endpoint(&["connections", id])?;
        let call = Call::new(Method::DELETE, url, Retry::Idempotent);

        self.send(&call).await.map(drop)
    }

    /// Asks the service to connect with the connection's auth: `true` when it could.
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
    /// # let id = client.create_connection(&body).await?.id;
    /// if !client.test_connection(&id).await? {
    ///     eprintln!("the service could not sign in with the connection's auth");
    /// }
    /// # assert!(client.test_connection(&id).await?);
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// Fails when there is no such connection, or when the call fails.
    pub async fn test_connection(&self, id: &str) -> Result<bool, Error> {
        let url = self.endpoint(&["connections", id, "test"])?;
        let answer = self.get(url).await?;
        let test: TestResult = answer.json("a connection test result")?;
        Ok(test.result)
    }

    /// Compares the auth schema `A` was generated from with the live one: the auth spec named
    /// [`A::AUTH_SPEC_NAME`](AuthSpec::AUTH_SPEC_NAME) of the spec named `A::SPEC.name`.
    ///
    /// # Examples
    ///
    /// ```
    /// # flow_client::connection_specs!("../specs/dynamics-online.json");
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
    /// // `DynamicsOnlineAuth` was generated by `connection_specs!`.
    /// let drift = client.check_drift::<DynamicsOnlineAuth>().await?;
    /// if drift.is_breaking() {
    ///     eprintln!("regenerate the auth types:\n{drift}");
    /// }
    /// assert!(drift.is_empty());
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// Fails with [`Error::is_not_found`] when the live spec or its auth spec is missing, and
    /// when the spec cannot be fetched or the compiled schema is not JSON.
    pub async fn check_drift<A: AuthSpec>(&self) -> Result<Drift, Error> {
        let compiled: Value = serde_json::from_str(A::AUTH_SCHEMA_JSON)
            .map_err(|_| Error::config("the compiled auth schema is not valid json"))?;

        let spec = self.connection_spec_by_name(A::SPEC.name).await?;
        let live = spec
            .auth_spec
            .iter()
            .find(|auth| auth.name == A::AUTH_SPEC_NAME)
            .ok_or_else(|| {
                Error::not_found(format!(
                    "auth spec `{}` of connection spec `{}`",
                    A::AUTH_SPEC_NAME,
                    A::SPEC.name
                ))
            })?;
        Ok(drift::compare(&compiled, &live.spec))
    }

    /// Finds the connection that a create whose answer was lost may have made.
    async fn created_by_lost_request(&self, name: &str) -> Result<Option<Created>, Error> {
        let query = Query::new().property(Property::eq("name", name));
        let mut found: Vec<Connection> = self.list_connections(&query).await?;
        found.retain(|connection| connection.name == name);

        if found.len() > 1 {
            return Err(Error::ambiguous(format!(
                "{} connections are named `{name}`, so whether the unanswered create made one \
                 cannot be told",
                found.len()
            )));
        }
        let Some(connection) = found.pop() else {
            return Ok(None);
        };

        let etag = match connection.etag {
            Some(etag) => etag,
            None => self
                .connection(&connection.id)
                .await?
                .etag
                .ok_or_else(|| Error::unexpected("a connection without an etag"))?,
        };
        Ok(Some(Created {
            id: connection.id,
            etag,
        }))
    }

    /// The body as JSON, written so that no copy of its secrets is left in freed memory.
    fn body_json<A: AuthParams>(body: &CreateConnection<A>) -> Result<Zeroizing<Vec<u8>>, Error> {
        let mut json = ZeroingBuffer::default();
        serde_json::to_writer(&mut json, body).map_err(Error::body)?;
        Ok(Zeroizing::new(json.into_inner()))
    }

    /// The URL of `segments` under the base URL, each segment percent-encoded.
    fn endpoint(&self, segments: &[&str]) -> Result<Url, Error> {
        let mut url = self.inner.base_url.clone();
        url.path_segments_mut()
            .map_err(|_| Error::config("the base url cannot have a path"))?
            .pop_if_empty()
            .extend(segments);
        Ok(url)
    }

    /// Resolves a next-page link against the base URL. Links are relative to the service
    /// (`/connections?...`); an absolute link must stay on the base URL's origin, so that the
    /// token never goes elsewhere.
    pub(crate) fn resolve_link(&self, href: &str) -> Result<Url, Error> {
        let base = &self.inner.base_url;

        if let Ok(url) = Url::parse(href) {
            if url.origin() != base.origin() {
                return Err(Error::unexpected("a next-page link to another host"));
            }
            return Ok(url);
        }

        let base_path = base.path().trim_end_matches('/');
        let relative = match href.strip_prefix(base_path) {
            Some(rest) if !base_path.is_empty() && rest.starts_with('/') => rest,
            _ => href,
        };
        let relative = if relative.starts_with('/') {
            relative.to_owned()
        } else {
            format!("/{relative}")
        };
        config::join(base, &relative)
    }

    pub(crate) async fn get(&self, url: Url) -> Result<Answer, Error> {
        self.send(&Call::new(Method::GET, url, Retry::Idempotent))
            .await
    }

    async fn token(&self) -> Result<Secret, Error> {
        self.inner
            .tokens
            .token()
            .await
            .map_err(|error| error.with_outcome(Outcome::NotSent))
    }

    /// Sends `call`, retrying as its [`Retry`] and the policy allow, and renewing the token
    /// once after a 401.
    async fn send(&self, call: &Call<'_>) -> Result<Answer, Error> {
        let policy = self.inner.retry;
        let mut token = self.token().await?;
        let mut attempt = 1;
        let mut tries = 1;
        let mut renewed = false;
        let mut maybe_applied = false;

        // An error after an attempt that may have taken effect says so, whatever came later.
        let settle = |error: Error, maybe_applied: bool| {
            if maybe_applied {
                error.with_outcome(Outcome::Unknown)
            } else {
                error
            }
        };

        loop {
            let error = match self.attempt(call, &token, attempt).await {
                Ok(answer) => return Ok(answer),
                Err(error) => error,
            };

            if call.method == Method::DELETE && maybe_applied && error.is_not_found() {
                return Ok(Answer::empty(StatusCode::NO_CONTENT));
            }
            if error.status() == Some(StatusCode::UNAUTHORIZED) && !renewed {
                renewed = true;
                let fresh = match self.inner.tokens.renew(&token).await {
                    Ok(fresh) => fresh,
                    Err(renewal) => {
                        let renewal = renewal.with_outcome(Outcome::NotSent);
                        return Err(settle(renewal, maybe_applied));
                    }
                };
                if fresh.expose_secret() == token.expose_secret() {
                    return Err(settle(error, maybe_applied));
                }
                tracing::debug!(attempt, "access token renewed after a 401");
                token = fresh;
                attempt += 1;
                continue;
            }
            maybe_applied |= error.outcome() == Outcome::Unknown;

            let retry = match call.retry {
                Retry::Idempotent => error.is_transient(),
                Retry::NotApplied => error.is_connect() || error.is_rate_limited(),
                Retry::Never => false,
            };
            let delay = if retry && tries < policy.max_attempts() {
                policy.delay(tries, error.retry_after())
            } else {
                None
            };
            let Some(delay) = delay else {
                return Err(settle(error, maybe_applied));
            };

            tracing::warn!(
                attempt,
                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                error = %error,
                "flow service request retried"
            );
            tokio::time::sleep(delay).await;
            token = match self.token().await {
                Ok(token) => token,
                Err(error) => return Err(settle(error, maybe_applied)),
            };
            attempt += 1;
            tries += 1;
        }
    }

    /// One attempt of `call`, in its own span.
    async fn attempt(
        &self,
        call: &Call<'_>,
        token: &Secret,
        attempt: u32,
    ) -> Result<Answer, Error> {
        let span = tracing::info_span!(
            "flow.request",
            method = %call.method,
            path = call.url.path(),
            attempt,
            status = Empty,
            request_id = Empty,
            latency_ms = Empty,
        );
        self.exchange(call, token).instrument(span).await
    }

    async fn exchange(&self, call: &Call<'_>, token: &Secret) -> Result<Answer, Error> {
        let started = Instant::now();
        let mut request = self
            .inner
            .http
            .request(call.method.clone(), call.url.clone())
            .headers(self.inner.headers.clone())
            .bearer_auth(token.expose_secret())
            .header(ACCEPT, "application/json");
        if let Some(etag) = &call.if_match {
            request = request.header(IF_MATCH, etag.clone());
        }
        // The copy handed to reqwest is zeroed when reqwest drops it.
        // TODO: hyper and rustls may still copy the bytes into write buffers they do not zero;
        // a zeroizing buffer option in those crates would lift this.
        if let Some(body) = call.body {
            let copy = Bytes::from_owner(Zeroizing::new(body.to_vec()));
            request = request.header(CONTENT_TYPE, "application/json").body(copy);
        }

        let span = tracing::Span::current();
        let response = request.send().await.map_err(|error| {
            let error = Error::transport(Endpoint::Service, error);
            span.record("latency_ms", elapsed_ms(started));
            tracing::debug!(error = %error, "no answer");
            error
        })?;

        let status = response.status();
        span.record("status", status.as_u16());
        if let Some(request_id) = response
            .headers()
            .get("x-request-id")
            .and_then(|value| value.to_str().ok())
        {
            span.record("request_id", request_id);
        }
        let headers = response.headers().clone();
        let body = response
            .bytes()
            .await
            .map_err(|error| Error::transport(Endpoint::Service, error))?;
        span.record("latency_ms", elapsed_ms(started));

        if status.is_success() {
            tracing::debug!("flow service answered");
            return Ok(Answer { status, body });
        }
        let error = Error::answered(Endpoint::Service, status, &headers, &body);
        tracing::debug!(code = error.code(), "flow service refused the request");
        Err(error)
    }
}

fn elapsed_ms(started: Instant) -> u64 {
    u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX)
}

impl fmt::Debug for FlowClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FlowClient")
            .field("base_url", &self.inner.base_url.as_str())
            .field("sandbox_name", &self.inner.sandbox_name)
            .field("tokens", &self.inner.tokens)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

impl<'a> Call<'a> {
    fn new(method: Method, url: Url, retry: Retry) -> Self {
        Self {
            method,
            url,
            body: None,
            if_match: None,
            retry,
        }
    }

    fn with_body(mut self, body: &'a [u8]) -> Self {
        self.body = Some(body);
        self
    }
}

impl Answer {
    fn empty(status: StatusCode) -> Self {
        Self {
            status,
            body: Bytes::new(),
        }
    }

    /// The body read as `T`; `what` names it in the error.
    pub(crate) fn json<T: DeserializeOwned>(&self, what: &'static str) -> Result<T, Error> {
        serde_json::from_slice(&self.body).map_err(|error| {
            let raw = String::from_utf8_lossy(&self.body).into_owned();
            Error::decode(
                Endpoint::Service,
                what,
                self.status,
                Some(raw),
                Some(Box::new(error)),
            )
        })
    }

    /// The one item of an `{"items": [item]}` answer, or a bare item.
    fn single<T: DeserializeOwned>(
        &self,
        what: &'static str,
        subject: impl FnOnce() -> String,
    ) -> Result<T, Error> {
        let value: Value = self.json(what)?;
        let item = match value {
            Value::Object(mut object) if object.contains_key("items") => {
                match object.remove("items") {
                    Some(Value::Array(items)) => items.into_iter().next(),
                    _ => None,
                }
                .ok_or_else(|| Error::not_found(subject()))?
            }
            bare => bare,
        };
        serde_json::from_value(item).map_err(|error| {
            let raw = String::from_utf8_lossy(&self.body).into_owned();
            Error::decode(
                Endpoint::Service,
                what,
                self.status,
                Some(raw),
                Some(Box::new(error)),
            )
        })
    }
}
