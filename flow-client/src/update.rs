//! Changes to an existing connection, sent as a JSON Patch.

use std::fmt;
use std::io::Write;

use serde_json::Value;
use zeroize::Zeroizing;

use crate::auth::AuthParams;
use crate::error::Error;
use crate::secret::{ZeroingBuffer, with_secrets_exposed};
use crate::wire::PatchOperation;

/// The changes of one `PATCH /connections/{id}`: a new name, description or auth params.
///
/// New auth params are validated against their schema when they are set, and serialized with
/// their secrets there and then; `Debug` never shows them. Send it with
/// [`FlowClient::update_connection`](crate::FlowClient::update_connection).
///
/// # Examples
///
/// ```
/// use flow_client::ConnectionUpdate;
///
/// let update = ConnectionUpdate::new()
///     .name("Dynamics (EU)")
///     .description("the EU tenant");
/// assert_eq!(update.len(), 2);
/// ```
#[derive(Default)]
pub struct ConnectionUpdate {
    operations: Vec<Operation>,
}

enum Operation {
    Plain(PatchOperation),
    AuthParams(Zeroizing<Vec<u8>>),
}

impl ConnectionUpdate {
    /// An update that changes nothing yet.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::ConnectionUpdate;
    ///
    /// assert!(ConnectionUpdate::new().is_empty());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Renames the connection.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::ConnectionUpdate;
    ///
    /// let rename = ConnectionUpdate::new().name("Dynamics (EU)");
    /// assert!(format!("{rename:?}").contains(r#"path: "/name""#));
    /// ```
    pub fn name(self, name: impl Into<String>) -> Self {
        self.operation(PatchOperation {
            op: "replace".to_owned(),
            path: "/name".to_owned(),
            value: Some(Value::String(name.into())),
        })
    }

    /// Sets the description, whether the connection has one or not.
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
    /// # let (id, etag) = (created.id, created.etag);
    /// use flow_client::ConnectionUpdate;
    ///
    /// let describe = ConnectionUpdate::new().description("the EU tenant");
    /// client.update_connection(&id, &etag, &describe).await?;
    /// let connection = client.connection(&id).await?;
    /// assert_eq!(connection.description.as_deref(), Some("the EU tenant"));
    /// # Ok(())
    /// # }
    /// ```
    pub fn description(self, description: impl Into<String>) -> Self {
        self.operation(PatchOperation {
            op: "add".to_owned(),
            path: "/description".to_owned(),
            value: Some(Value::String(description.into())),
        })
    }

    /// Removes the description.
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
    /// # let body = flow_client::CreateConnection::new("Dynamics", auth())?
    /// #     .with_description("the EU tenant");
    /// # let created = client.create_connection(&body).await?;
    /// # let (id, etag) = (created.id, created.etag);
    /// use flow_client::ConnectionUpdate;
    ///
    /// let undescribe = ConnectionUpdate::new().remove_description();
    /// client.update_connection(&id, &etag, &undescribe).await?;
    /// assert_eq!(client.connection(&id).await?.description, None);
    /// # Ok(())
    /// # }
    /// ```
    pub fn remove_description(self) -> Self {
        self.operation(PatchOperation {
            op: "remove".to_owned(),
            path: "/description".to_owned(),
            value: None,
        })
    }

    /// Replaces the auth params. They must belong to the connection's auth spec; Flow Service
    /// checks them again.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::{AuthParams, ConnectionUpdate, Secret, SpecInfo};
    /// # use flow_client::validate::ValidationError;
    /// # #[derive(Debug, serde::Serialize)]
    /// # struct TokenAuth { token: Secret }
    /// # impl AuthParams for TokenAuth {
    /// #     fn spec(&self) -> SpecInfo {
    /// #         SpecInfo {
    /// #             id: Some("42"), name: "demo", version: "1.0", provider_id: None,
    /// #             auth_specs: &["Token"],
    /// #         }
    /// #     }
    /// #     fn auth_spec_name(&self) -> &'static str { "Token" }
    /// #     fn validate(&self) -> Result<(), ValidationError> { Ok(()) }
    /// # }
    ///
    /// let update = ConnectionUpdate::new().auth_params(&TokenAuth { token: "n3w".into() })?;
    /// assert!(!format!("{update:?}").contains("n3w"));
    /// # Ok::<(), flow_client::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Fails when `params` break a rule of their schema, or cannot be serialized.
    pub fn auth_params<A: AuthParams>(mut self, params: &A) -> Result<Self, Error> {
        params.validate().map_err(Error::validation)?;

        let mut json = ZeroingBuffer::default();
        with_secrets_exposed(|| serde_json::to_writer(&mut json, params)).map_err(Error::body)?;
        self.operations
            .push(Operation::AuthParams(Zeroizing::new(json.into_inner())));
        Ok(self)
    }

    /// Adds any other operation, sent as it is.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::ConnectionUpdate;
    /// use flow_client::wire::PatchOperation;
    ///
    /// let update = ConnectionUpdate::new().operation(PatchOperation {
    ///     op: "replace".to_owned(),
    ///     path: "/description".to_owned(),
    ///     value: Some(serde_json::json!("the EU tenant")),
    /// });
    /// assert_eq!(update.len(), 1);
    /// ```
    pub fn operation(mut self, operation: PatchOperation) -> Self {
        self.operations.push(Operation::Plain(operation));
        self
    }

    /// How many operations the update holds.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::ConnectionUpdate;
    ///
    /// let update = ConnectionUpdate::new().name("Dynamics").remove_description();
    /// assert_eq!(update.len(), 2);
    /// ```
    pub fn len(&self) -> usize {
        self.operations.len()
    }

    /// Whether the update changes nothing.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::ConnectionUpdate;
    ///
    /// assert!(ConnectionUpdate::new().is_empty());
    /// assert!(!ConnectionUpdate::new().name("Dynamics").is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.operations.is_empty()
    }

    /// The JSON Patch body; the auth params' JSON is spliced in as it was serialized.
    pub(crate) fn to_body(&self) -> Result<Zeroizing<Vec<u8>>, Error> {
        let mut body = ZeroingBuffer::default();
        let write = |body: &mut ZeroingBuffer, bytes: &[u8]| {
            body.write_all(bytes)
                .map_err(|error| Error::body(serde_json::Error::io(error)))
        };
        write(&mut body, b"[")?;
        for (index, operation) in self.operations.iter().enumerate() {
            if index > 0 {
                write(&mut body, b",")?;
            }
            match operation {
                Operation::Plain(operation) => {
                    serde_json::to_writer(&mut body, operation).map_err(Error::body)?;
                }
                Operation::AuthParams(json) => {
                    write(
                        &mut body,
                        br#"{"op":"replace","path":"/auth/params","value":"#,
                    )?;
                    write(&mut body, json)?;
                    write(&mut body, b"}")?;
                }
            }
        }
        write(&mut body, b"]")?;
        Ok(Zeroizing::new(body.into_inner()))
    }
}

impl fmt::Debug for ConnectionUpdate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut list = f.debug_list();
        for operation in &self.operations {
            match operation {
                Operation::Plain(operation) => list.entry(operation),
                Operation::AuthParams(_) => list.entry(&"replace /auth/params [redacted]"),
            };
        }
        list.finish()
    }
}

#[cfg(test)]
mod tests {
    use serde::Serialize;

    use super::*;
    use crate::auth::SpecInfo;
    use crate::secret::Secret;
    use crate::validate::{Report, ValidationError};

    #[derive(Debug, Serialize)]
    struct Basic {
        username: String,
        password: Secret,
    }

    impl AuthParams for Basic {
        fn spec(&self) -> SpecInfo {
            SpecInfo {
                id: Some("1"),
                name: "demo",
                version: "1.0",
                provider_id: None,
                auth_specs: &["Basic"],
            }
        }

        fn auth_spec_name(&self) -> &'static str {
            "Basic"
        }

        fn validate(&self) -> Result<(), ValidationError> {
            let mut report = Report::new();
            if self.username.is_empty() {
                report.push("/username", "minLength", "must not be empty");
            }
            report.finish()
        }
    }

    #[test]
    fn writes_a_json_patch_array() {
        let params = Basic {
            username: "ann".into(),
            password: Secret::from("pa55"),
        };
        let update = ConnectionUpdate::new()
            .name("new")
            .remove_description()
            .auth_params(&params)
            .unwrap();

        let body: Value = serde_json::from_slice(&update.to_body().unwrap()).unwrap();

        assert_eq!(
            body,
            serde_json::json!([
                {"op": "replace", "path": "/name", "value": "new"},
                {"op": "remove", "path": "/description"},
                {"op": "replace", "path": "/auth/params",
                 "value": {"username": "ann", "password": "pa55"}},
            ])
        );
        assert!(!format!("{update:?}").contains("pa55"));
    }

    #[test]
    fn refuses_params_that_break_their_schema() {
        let params = Basic {
            username: String::new(),
            password: Secret::from("pa55"),
        };

        let error = ConnectionUpdate::new().auth_params(&params).unwrap_err();

        assert!(error.is_validation());
    }
}
