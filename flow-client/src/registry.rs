//! Choosing a spec at run time: what the registry generated over a folder of specs calls.
//!
//! `connection_specs!("specs")` generates `parse_auth(spec, auth_spec, params)`, which finds the
//! generated type by name and parses `params` into it through [`parse`].

use std::fmt;

use serde::{Deserialize, Deserializer};
use serde_json::Value;

use crate::auth::AuthParams;
use crate::validate::{ValidationError, Violation};

/// Why params chosen at run time were not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegistryError {
    /// No spec of the folder has this name.
    UnknownSpec(String),
    /// The spec has no auth spec of this name, or needs one named because it has several.
    UnknownAuthSpec {
        /// The spec's name.
        spec: String,
        /// The auth spec asked for, if any.
        auth_spec: Option<String>,
    },
    /// The params break the auth schema.
    Invalid(ValidationError),
}

impl RegistryError {
    #[doc(hidden)]
    pub fn unknown_spec(spec: &str) -> Self {
        Self::UnknownSpec(spec.to_owned())
    }

    #[doc(hidden)]
    pub fn unknown_auth_spec(spec: &str, auth_spec: Option<&str>) -> Self {
        Self::UnknownAuthSpec {
            spec: spec.to_owned(),
            auth_spec: auth_spec.map(str::to_owned),
        }
    }

    /// The violations, when the params were at fault.
    pub fn validation_error(&self) -> Option<&ValidationError> {
        match self {
            Self::Invalid(error) => Some(error),
            _ => None,
        }
    }
}

impl fmt::Display for RegistryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownSpec(spec) => write!(f, "no connection spec is named `{spec}`"),
            Self::UnknownAuthSpec {
                spec,
                auth_spec: Some(auth_spec),
            } => write!(
                f,
                "connection spec `{spec}` has no auth spec named `{auth_spec}`"
            ),
            Self::UnknownAuthSpec {
                spec,
                auth_spec: None,
            } => write!(
                f,
                "connection spec `{spec}` has several auth specs: name one"
            ),
            Self::Invalid(_) => f.write_str("auth params are invalid"),
        }
    }
}

impl std::error::Error for RegistryError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Invalid(error) => Some(error),
            _ => None,
        }
    }
}

impl From<ValidationError> for RegistryError {
    fn from(error: ValidationError) -> Self {
        Self::Invalid(error)
    }
}

/// Deserialization without the validation that a generated type's `Deserialize` runs, so that
/// [`parse`] can report structure and rules apart.
#[doc(hidden)]
pub trait DeserializeUnchecked: Sized {
    fn deserialize_unchecked<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

struct Unchecked<T>(T);

impl<'de, T: DeserializeUnchecked> Deserialize<'de> for Unchecked<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize_unchecked(deserializer).map(Unchecked)
    }
}

/// Parses `params` into `T`, then checks every rule of its schema.
///
/// A structural problem (a missing field, an unknown one, a wrong type) stops parsing at the
/// first; rules on values are all reported.
///
/// # Errors
///
/// Returns the violations, each with its pointer, never with a value.
// TODO: report every structural problem, not the first; a check of the `Value` against the
// generated shape before deserializing would lift this.
pub fn parse<T: DeserializeUnchecked + AuthParams>(params: Value) -> Result<T, RegistryError> {
    let Unchecked(typed) = serde_path_to_error::deserialize::<_, Unchecked<T>>(params)
        .map_err(|error| ValidationError::from_violations(vec![structural(&error)]))?;
    typed.validate()?;
    Ok(typed)
}

/// A serde error as a violation, without the value serde may quote.
fn structural(error: &serde_path_to_error::Error<serde_json::Error>) -> Violation {
    let mut pointer = String::new();
    for segment in error.path().iter() {
        match segment {
            serde_path_to_error::Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
            serde_path_to_error::Segment::Map { key } => push_token(&mut pointer, key),
            serde_path_to_error::Segment::Enum { variant } => push_token(&mut pointer, variant),
            serde_path_to_error::Segment::Unknown => {}
        }
    }

    let message = error.inner().to_string();
    let message = message.split(" at line ").next().unwrap_or_default();
    let quoted = |text: &str| text.split('`').nth(1).map(str::to_owned);
    let expected = message
        .split_once("expected ")
        .map(|(_, expected)| expected.to_owned());

    let (keyword, text) = if message.starts_with("missing field") {
        if let Some(field) = quoted(message) {
            push_token(&mut pointer, &field);
        }
        ("required", "is required".to_owned())
    } else if message.starts_with("unknown field") {
        if let Some(field) = quoted(message) {
            push_token(&mut pointer, &field);
        }
        ("additionalProperties", "is not allowed".to_owned())
    } else if message.starts_with("unknown variant") {
        let allowed = expected.unwrap_or_else(|| "one of the listed values".to_owned());
        ("enum", format!("must be {allowed}"))
    } else if let Some(expected) = expected {
        ("type", format!("must be {expected}"))
    } else {
        ("type", "does not fit the schema".to_owned())
    };

    Violation {
        pointer,
        keyword,
        message: text,
    }
}

fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    pointer.push_str(&token.replace('~', "~0").replace('/', "~1"));
}
