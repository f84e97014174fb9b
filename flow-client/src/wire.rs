//! The Flow Service's wire types: what goes over HTTP, shared with the emulator.
//!
//! Every response type tolerates unknown fields and missing optional ones; unknown fields are
//! kept in `extra` where a caller may want them.
//!
//! # Examples
//!
//! A page of `GET /connections`, read as it came:
//!
//! ```
//! use flow_client::wire::{Connection, Items};
//!
//! let page: Items<Connection> = serde_json::from_str(
//!     r#"{
//!         "items": [{
//!             "id": "4c5d",
//!             "name": "Dynamics",
//!             "state": "enabled",
//!             "etag": "\"1a00\"",
//!             "sandboxName": "prod"
//!         }],
//!         "_links": {"next": {"href": "/connections?continuationToken=abc"}}
//!     }"#,
//! )?;
//! let connection = &page.items[0];
//! assert_eq!(connection.etag.as_deref(), Some("\"1a00\""));
//! assert_eq!(connection.extra["sandboxName"], "prod");
//! let next = page.links.and_then(|links| links.next).map(|link| link.href);
//! assert_eq!(next.as_deref(), Some("/connections?continuationToken=abc"));
//! # Ok::<(), serde_json::Error>(())
//! ```

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A list answer: `{"items": [...], "_links": {...}}`.
///
/// # Examples
///
/// ```
/// use flow_client::wire::{Count, Items};
///
/// let last: Items<Count> = serde_json::from_str(r#"{"items": [{"count": 3}]}"#)?;
/// assert_eq!(last.items[0].count, 3);
/// assert_eq!(last.links, None);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Items<T> {
    /// The items of this page.
    #[serde(default = "Vec::new")]
    pub items: Vec<T>,
    /// Links to further pages, when there are any.
    #[serde(rename = "_links", default, skip_serializing_if = "Option::is_none")]
    pub links: Option<Links>,
}

/// Pagination links of a list answer.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Links {
    /// The next page, absent on the last one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<Link>,
}

/// One link: a relative `href` such as `/connections?continuationToken=...`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// Where the link points, relative to the service's base URL.
    pub href: String,
}

/// A connection specification, as `GET /connectionSpecs` returns it.
///
/// # Examples
///
/// ```
/// use flow_client::wire::ConnectionSpec;
///
/// let spec: ConnectionSpec = serde_json::from_value(serde_json::json!({
///     "id": "38ad80fe-8b06-4938-94f4-d4ee80266b07",
///     "name": "dynamics-online",
///     "authSpec": [{
///         "name": "Basic Authentication for Dynamics-Online",
///         "type": "BasicAuthentication",
///         "spec": {"type": "object", "required": ["username"]}
///     }],
///     "attributes": {"category": "CRM"}
/// }))?;
/// assert_eq!(spec.auth_spec[0].kind.as_deref(), Some("BasicAuthentication"));
/// assert_eq!(spec.auth_spec[0].spec["required"][0], "username");
/// assert_eq!(spec.extra["attributes"]["category"], "CRM");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectionSpec {
    /// The spec's id; absent from some published specs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The spec's name, such as `dynamics-online`.
    pub name: String,
    /// The provider's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<String>,
    /// The spec's version, such as `1.0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The ways to authenticate; empty when the spec needs no auth or has none listed.
    #[serde(default)]
    pub auth_spec: Vec<AuthSpecItem>,
    /// Everything else the service sent (`sourceSpec`, `attributes`, metadata...).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One entry of a spec's `authSpec` list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuthSpecItem {
    /// The name sent as `auth.specName`.
    pub name: String,
    /// The auth type, such as `BasicAuthentication`, when given.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The JSON Schema of `auth.params`.
    #[serde(default)]
    pub spec: Value,
    /// Everything else (`settings`, `attributes`...).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A create-connection body as the service reads it: untyped params.
///
/// # Examples
///
/// ```
/// use flow_client::wire::NewConnection;
///
/// let body: NewConnection = serde_json::from_str(
///     r#"{
///         "name": "Dynamics",
///         "auth": {"specName": "Basic Authentication for Dynamics-Online", "params": {}},
///         "connectionSpec": {"id": "38ad80fe-8b06-4938-94f4-d4ee80266b07", "version": "1.0"}
///     }"#,
/// )?;
/// assert_eq!(body.connection_spec.version.as_deref(), Some("1.0"));
/// assert_eq!(body.description, None);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewConnection {
    /// The connection's name.
    pub name: String,
    /// The optional description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The auth spec's name and its params; absent for a spec that lists no auth spec.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<ConnectionAuth>,
    /// The spec the connection is made from.
    pub connection_spec: SpecRef,
}

/// The `auth` object of a connection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectionAuth {
    /// One of the spec's `authSpec[].name`.
    pub spec_name: String,
    /// The params; the service masks secrets in its answers.
    #[serde(default)]
    pub params: Value,
}

/// A reference to a connection spec: `{"id", "version"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpecRef {
    /// The spec's id.
    pub id: String,
    /// The spec's version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// The answer to a create or an update: the connection's id and its new etag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Created {
    /// The connection's id.
    pub id: String,
    /// The etag, with its literal double quotes, to send back in `If-Match`.
    pub etag: String,
}

/// A base connection, as `GET /connections` returns it.
///
/// # Examples
///
/// Answers may leave out any field but the id:
///
/// ```
/// use flow_client::wire::Connection;
///
/// let connection: Connection = serde_json::from_str(r#"{"id": "4c5d"}"#)?;
/// assert_eq!(connection.name, "");
/// assert_eq!(connection.state, None);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Connection {
    /// The connection's id.
    pub id: String,
    /// The connection's name.
    #[serde(default)]
    pub name: String,
    /// The description, when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The spec the connection is made from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_spec: Option<SpecRef>,
    /// `enabled`, `disabled` or `initializing`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The auth spec's name and the params, secrets masked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<ConnectionAuth>,
    /// The connection's version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The current etag, with its literal double quotes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Creation time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Last update time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
    /// Everything else the service sent (`createdBy`, `sandboxName`, `imsOrgId`...).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One operation of a JSON Patch body for `PATCH /connections/{id}`.
///
/// # Examples
///
/// ```
/// use flow_client::wire::PatchOperation;
///
/// let remove = PatchOperation {
///     op: "remove".to_owned(),
///     path: "/description".to_owned(),
///     value: None,
/// };
/// assert_eq!(
///     serde_json::to_string(&remove)?,
///     r#"{"op":"remove","path":"/description"}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PatchOperation {
    /// `add`, `replace` or `remove`.
    pub op: String,
    /// `/name`, `/description` or `/auth/params`.
    pub path: String,
    /// The new value; absent for `remove`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
}

/// The answer to `GET /connections/{id}/test`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestResult {
    /// Whether the service could connect with the connection's auth.
    pub result: bool,
}

/// The answer to a list with `count=true`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    /// How many items match.
    pub count: u64,
}

/// The API gateway's error body: `{"error_code", "message"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GatewayError {
    /// A six-digit code such as `401013`.
    pub error_code: String,
    /// What went wrong.
    #[serde(default)]
    pub message: String,
}

/// Flow Service's own error body.
///
/// [`Error`](crate::Error) reads it, and the other error shapes, for you; this type is for
/// those who write such bodies, such as the emulator.
///
/// # Examples
///
/// ```
/// use flow_client::wire::ServiceError;
///
/// let error: ServiceError = serde_json::from_str(
///     r#"{
///         "type": "https://ns.adobe.com/aep/errors/FLOW-1439-404",
///         "title": "Resource not found",
///         "status": 404,
///         "report": {"request-id": "b2c3"}
///     }"#,
/// )?;
/// assert_eq!(error.status, Some(404));
/// assert_eq!(error.report.and_then(|r| r.request_id).as_deref(), Some("b2c3"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceError {
    /// A URI ending in the code, such as `https://ns.adobe.com/aep/errors/FLOW-1439-404`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// A short summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The HTTP status, repeated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// Details and the request id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<ServiceErrorReport>,
    /// A longer message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// Free-form details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_details: Option<Value>,
    /// Problem-details `detail`, used by the other error shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// The `report` of a Flow Service error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceErrorReport {
    /// What went wrong, in detail.
    #[serde(
        rename = "detailed-message",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub detailed_message: Option<String>,
    /// The request id, for Adobe's support.
    #[serde(
        rename = "request-id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub request_id: Option<String>,
}
