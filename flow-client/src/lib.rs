//! A typed async client for Adobe Experience Platform's Flow Service connections API.
//!
//! Auth params are generated from connection specs by [`connection_specs!`], so a connection
//! body that does not fit its spec fails to compile. [`CreateConnection`] turns typed auth into
//! the body of `POST /connections`, and [`FlowClient`] sends it.
//!
//! # A short tour
//!
//! **Configuration and tokens.** [`FlowClient::from_env`] reads `FLOW_*` variables and gives
//! `None` when no credentials are set; [`FlowClient::builder`] configures the same in code.
//! Tokens come from a [`TokenSource`]: a [`StaticToken`], or [`ClientCredentials`] that fetch
//! OAuth server-to-server tokens from Adobe IMS, keep them until shortly before they expire,
//! and share one fetch among concurrent callers. After a 401, the token is renewed once and
//! the call repeated once. Tokens and client secrets are [`Secret`]s: never printed, never
//! logged.
//!
//! ```no_run
//! use flow_client::{ClientCredentials, FlowClient, Secret};
//!
//! # fn run() -> Result<(), flow_client::Error> {
//! let client = FlowClient::builder()
//!     .client_credentials(ClientCredentials::builder("client-id", Secret::from("s3cr3t")))
//!     .org_id("0123456789ABCDEF@AdobeOrg")
//!     .sandbox_name("dev")
//!     .build()?;
//! # Ok(())
//! # }
//! ```
//!
//! **Pagination.** [`FlowClient::connections`] is a [`Stream`](futures_core::Stream) of
//! connections that follows each page's `_links.next.href` as it is read; [`Query`] holds the
//! `property` filters, the order and the page size.
//!
//! ```no_run
//! # async fn run(client: flow_client::FlowClient) -> Result<(), flow_client::Error> {
//! use flow_client::{Property, Query};
//! use futures_util::TryStreamExt;
//!
//! let query = Query::new().property(Property::eq("state", "enabled")).order_by("name");
//! let mut connections = std::pin::pin!(client.connections(&query));
//! while let Some(connection) = connections.try_next().await? {
//!     println!("{}", connection.name);
//! }
//! println!("{} in all", client.count_connections(&Query::new()).await?);
//! # Ok(())
//! # }
//! ```
//!
//! **Retries.** Reads, deletes and `If-Match` updates are retried on 429, 502, 503, 504 and
//! broken connections, with exponential backoff and full jitter, honouring `Retry-After`
//! ([`RetryPolicy`]). A create is never repeated blindly: [`FlowClient::create_connection`]
//! retries only failures that prove nothing was created, and
//! [`FlowClient::create_connection_once`] looks a connection up by name before each retry, so
//! that a lost answer cannot lead to a second connection.
//!
//! **Errors.** One opaque [`Error`] with predicates ([`is_not_found`](Error::is_not_found),
//! [`is_rate_limited`](Error::is_rate_limited), [`is_unauthorized`](Error::is_unauthorized)...)
//! and what the service said ([`code`](Error::code), [`detail`](Error::detail),
//! [`request_id`](Error::request_id)), read from any of Flow Service's error shapes. After a
//! failed create, [`Error::outcome`] tells whether the connection may exist.
//!
//! ```no_run
//! # async fn run<A: flow_client::AuthParams>(
//! #     client: flow_client::FlowClient, auth: A,
//! # ) -> Result<(), flow_client::Error> {
//! use flow_client::{CreateConnection, Outcome};
//!
//! let body = CreateConnection::new("Dynamics", auth)?;
//! match client.create_connection(&body).await {
//!     Ok(created) => println!("created {}", created.id),
//!     Err(error) if error.outcome() == Outcome::Unknown => {
//!         eprintln!("{error}: the connection may exist; look before creating again")
//!     }
//!     Err(error) => eprintln!("{error} ({:?}, request {:?})", error.code(), error.request_id()),
//! }
//! # Ok(())
//! # }
//! ```
//!
//! **Drift.** [`FlowClient::check_drift`] compares the auth schema a type was generated from
//! with the one the service serves now; see [`drift`].

pub mod auth;
pub mod body;
mod client;
mod config;
pub mod drift;
pub mod error;
mod format;
mod objects;
mod pages;
mod query;
pub mod registry;
mod retry;
pub mod schema;
pub mod secret;
mod token;
mod update;
pub mod validate;
pub mod wire;

pub use auth::{AuthParams, AuthSpec, SpecAuth, SpecInfo};
pub use body::CreateConnection;
pub use client::FlowClient;
pub use config::{
    DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_IMS_URL, DEFAULT_SANDBOX_NAME,
    DEFAULT_TIMEOUT, FlowClientBuilder,
};
pub use drift::Drift;
pub use error::{Error, Outcome};
pub use flow_macros::connection_specs;
pub use query::{Property, Query};
pub use retry::RetryPolicy;
pub use secret::{Secret, SecretValue, with_secrets_exposed};
pub use token::{
    ClientCredentials, ClientCredentialsBuilder, StaticToken, TokenFuture, TokenSource,
};
pub use update::ConnectionUpdate;
pub use validate::ValidationError;

// Generated code names this crate `::flow_client`, in its own tests too.
extern crate self as flow_client;

/// What generated code refers to; not a public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::objects::{MapOnly, empty_object, present};
    pub use regex;
    pub use schemars;
    pub use serde;
    pub use serde_json;
}
