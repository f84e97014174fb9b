//! The body of `POST /connections`, built from typed auth params.

use std::fmt;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::auth::AuthParams;
use crate::error::Error;
use crate::secret::with_secrets_exposed;

/// A validated create-connection body.
///
/// It serializes exactly to the shape Flow Service expects, and it is the only place where the
/// secrets of its auth params are written out.
///
/// ```
/// use flow_client::{AuthParams, CreateConnection, Secret, SpecInfo};
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
/// let auth = TokenAuth { token: Secret::from("t0ken") };
/// let body = CreateConnection::new("Demo", auth)?.with_description("for the docs");
/// let json = serde_json::to_value(&body)?;
/// assert_eq!(json["auth"]["params"]["token"], "t0ken");
/// assert_eq!(json["connectionSpec"]["id"], "42");
/// assert!(!format!("{body:?}").contains("t0ken"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct CreateConnection<A> {
    name: String,
    description: Option<String>,
    auth: A,
}

impl<A: AuthParams> CreateConnection<A> {
    /// A body named `name` for `auth`, validated.
    ///
    /// # Errors
    ///
    /// Fails when `auth` breaks a rule of its auth schema, or when its connection spec has no
    /// id to send.
    pub fn new(name: impl Into<String>, auth: A) -> Result<Self, Error> {
        auth.validate().map_err(Error::validation)?;

        let spec = auth.spec();
        if spec.id.is_none() {
            return Err(Error::missing_spec_id(spec.name));
        }

        Ok(Self {
            name: name.into(),
            description: None,
            auth,
        })
    }

    /// Sets the optional description.
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// The connection's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The connection's description, when set.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The typed auth params.
    pub fn auth(&self) -> &A {
        &self.auth
    }
}

impl<A: fmt::Debug> fmt::Debug for CreateConnection<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CreateConnection")
            .field("name", &self.name)
            .field("description", &self.description)
            .field("auth", &self.auth)
            .finish()
    }
}

struct AuthBody<'a, A>(&'a A);

impl<A: AuthParams> Serialize for AuthBody<'_, A> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut auth = serializer.serialize_struct("Auth", 2)?;
        auth.serialize_field("specName", self.0.auth_spec_name())?;
        with_secrets_exposed(|| auth.serialize_field("params", self.0))?;
        auth.end()
    }
}

struct SpecRef {
    id: &'static str,
    version: &'static str,
}

impl Serialize for SpecRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut spec = serializer.serialize_struct("ConnectionSpec", 2)?;
        spec.serialize_field("id", self.id)?;
        spec.serialize_field("version", self.version)?;
        spec.end()
    }
}

impl<A: AuthParams> Serialize for CreateConnection<A> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let info = self.auth.spec();
        let has_auth = !info.auth_specs.is_empty();
        let fields = 2 + usize::from(self.description.is_some()) + usize::from(has_auth);
        let mut body = serializer.serialize_struct("CreateConnection", fields)?;
        body.serialize_field("name", &self.name)?;
        if let Some(description) = &self.description {
            body.serialize_field("description", description)?;
        }
        // A spec that lists no auth spec gets no `auth` object.
        if has_auth {
            body.serialize_field("auth", &AuthBody(&self.auth))?;
        }
        let spec = SpecRef {
            id: info.id.unwrap_or_default(),
            version: info.version,
        };
        body.serialize_field("connectionSpec", &spec)?;
        body.end()
    }
}
