//! What a generated auth type tells about itself.

use serde::Serialize;

use crate::validate::ValidationError;

/// Metadata of a connection spec, as the spec file gave it.
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
pub trait SpecAuth: AuthParams {
    /// The connection spec these params belong to.
    const SPEC: SpecInfo;
}

/// Auth params for exactly one auth spec of a connection spec.
pub trait AuthSpec: SpecAuth {
    /// The auth spec's name, such as `Basic Authentication for Dynamics-Online`.
    const AUTH_SPEC_NAME: &'static str;

    /// The auth schema the type was generated from, as JSON text: what a drift check compares
    /// with the live spec.
    const AUTH_SCHEMA_JSON: &'static str;
}
