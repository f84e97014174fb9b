//! A typed async client for Adobe Experience Platform's Flow Service connections API.
//!
//! Auth params are generated from connection specs by [`connection_specs!`], so a connection
//! body that does not fit its spec fails to compile. [`CreateConnection`] turns typed auth into
//! the body of `POST /connections`, and [`FlowClient`] sends it.

pub mod auth;
pub mod body;
pub mod error;
pub mod secret;
pub mod validate;
pub mod wire;

pub use auth::{AuthParams, AuthSpec, SpecInfo};
pub use body::CreateConnection;
pub use error::Error;
pub use flow_macros::connection_specs;
pub use secret::{Secret, with_secrets_exposed};
pub use validate::ValidationError;

/// What generated code refers to; not a public API.
#[doc(hidden)]
pub mod __private {
    pub use regex;
    pub use schemars;
    pub use serde;
    pub use serde_json;
}
