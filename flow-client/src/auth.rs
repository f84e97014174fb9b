//! What a generated auth type tells about itself.
//!
//! [`connection_specs!`](crate::connection_specs) implements these traits for every type it
//! generates; code that works with any spec's params is written against them.
//!
//! # Examples
//!
//! ```
//! // The path is relative to the crate's `Cargo.toml`.
//! flow_client::connection_specs!("../specs/dynamics-online.json");
//!
//! use flow_client::{AuthParams, AuthSpec, SpecAuth};
//!
//! fn describe(params: &impl AuthParams) -> String {
//!     format!("{} of spec `{}`", params.auth_spec_name(), params.spec().name)
//! }
//!
//! let auth = DynamicsOnlineAuth {
//!     service_uri: "https://contoso.crm.dynamics.com".to_owned(),
//!     username: "ann@contoso.com".to_owned(),
//!     password: "pa55w0rd".into(),
//! };
//! assert_eq!(
//!     describe(&auth),
//!     "Basic Authentication for Dynamics-Online of spec `dynamics-online`"
//! );
//! assert_eq!(DynamicsOnlineAuth::SPEC.version, "1.0");
//! assert_eq!(DynamicsOnlineAuth::AUTH_SPEC_NAME, auth.auth_spec_name());
//! ```

use serde::Serialize;

use crate::validate::ValidationError;

/// Metadata of a connection spec, as the spec file gave it.
///
/// Generated types carry it as [`SpecAuth::SPEC`]; the create body sends its `id` and
/// `version` as `connectionSpec`.
///
/// # Examples
///
/// ```
/// # flow_client::connection_specs!("../specs/dynamics-online.json");
/// use flow_client::{SpecAuth, SpecInfo};
///
/// let spec: SpecInfo = DynamicsOnlineAuth::SPEC;
/// assert_eq!(spec.id, Some("38ad80fe-8b06-4938-94f4-d4ee80266b07"));
/// assert_eq!(spec.name, "dynamics-online");
/// assert_eq!(spec.auth_specs, ["Basic Authentication for Dynamics-Online"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpecInfo {
    /// The spec's id, sent as `connectionSpec.id`; some published specs omit it.
    pub id: Option<&'static str>,
    /// The spec's name, such as `dynamics-online`.
    pub name: &'static str,
    /// The spec's version, sent as `connectionSpec.version`.
    pub version: &'static str,
    /// The provider id, when the spec has one.
    pub provider_id: Option<&'static str>,
    /// The names of the spec's auth specs, in the spec's order.
    pub auth_specs: &'static [&'static str],
}

/// Auth params that know their connection spec: what `connection_specs!` generates.
///
/// Implemented by every generated auth type, and by the registry's enum over a folder of
/// specs, where the spec is chosen at run time. The create-connection body is built from any
/// value of such a type, so the body cannot name a spec that does not match its params.
///
/// # Examples
///
/// Code generic over the spec, here checking params before they are used:
///
/// ```
/// # flow_client::connection_specs!("../specs/dynamics-online.json");
/// use flow_client::AuthParams;
///
/// fn check(params: &impl AuthParams) -> Result<(), String> {
///     params
///         .validate()
///         .map_err(|error| format!("{} params: {error}", params.spec().name))
/// }
///
/// let auth = DynamicsOnlineAuth {
///     service_uri: "https://contoso.crm.dynamics.com".to_owned(),
///     username: "ann@contoso.com".to_owned(),
///     password: "pa55w0rd".into(),
/// };
/// assert_eq!(check(&auth), Ok(()));
/// ```
pub trait AuthParams: Serialize + std::fmt::Debug {
    /// The connection spec these params belong to.
    fn spec(&self) -> SpecInfo;

    /// The auth spec these params satisfy, sent as `auth.specName`.
    fn auth_spec_name(&self) -> &'static str;

    /// Checks every rule of the auth schema that the type itself cannot express.
    ///
    /// # Errors
    ///
    /// Returns every violation, each with its JSON pointer.
    fn validate(&self) -> Result<(), ValidationError>;
}

/// Auth params whose connection spec is known at compile time.
///
/// # Examples
///
/// ```
/// # flow_client::connection_specs!("../specs/dynamics-online.json");
/// use flow_client::SpecAuth;
///
/// fn spec_name<A: SpecAuth>() -> &'static str {
///     A::SPEC.name
/// }
///
/// assert_eq!(spec_name::<DynamicsOnlineAuth>(), "dynamics-online");
/// ```
pub trait SpecAuth: AuthParams {
    /// The connection spec these params belong to.
    const SPEC: SpecInfo;
}

/// Auth params for exactly one auth spec of a connection spec.
///
/// [`FlowClient::check_drift`](crate::FlowClient::check_drift) compares
/// [`AUTH_SCHEMA_JSON`](AuthSpec::AUTH_SCHEMA_JSON) with the schema the service serves.
///
/// # Examples
///
/// ```
/// # flow_client::connection_specs!("../specs/dynamics-online.json");
/// use flow_client::AuthSpec;
///
/// let schema: serde_json::Value = serde_json::from_str(DynamicsOnlineAuth::AUTH_SCHEMA_JSON)?;
/// assert_eq!(
///     schema["required"],
///     serde_json::json!(["username", "password", "serviceUri"])
/// );
/// assert_eq!(
///     DynamicsOnlineAuth::AUTH_SPEC_NAME,
///     "Basic Authentication for Dynamics-Online"
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
pub trait AuthSpec: SpecAuth {
    /// The auth spec's name, such as `Basic Authentication for Dynamics-Online`.
    const AUTH_SPEC_NAME: &'static str;

    /// The auth schema the type was generated from, as JSON text: what a drift check compares
    /// with the live spec.
    const AUTH_SCHEMA_JSON: &'static str;
}
