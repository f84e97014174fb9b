//! Choosing a spec at run time: what the registry generated over a folder of specs calls.
//!
//! `connection_specs!("specs")` generates `parse_auth(spec, auth_spec, params)`, which finds the
//! generated type by name and parses `params` into it through [`parse`].

use std::fmt;

use serde::{Deserialize, Deserializer};
use serde_json::Value;

use crate::auth::AuthParams;
use crate::schema::Schema;
use crate::secret::zeroize_json;
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

/// What a generated auth type offers the registry: its source schema, and deserialization
/// without the validation its `Deserialize` runs.
#[doc(hidden)]
pub trait Generated: Sized {
    fn schema() -> &'static Schema;

    fn deserialize_unchecked<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

struct Unchecked<T>(T);

impl<'de, T: Generated> Deserialize<'de> for Unchecked<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize_unchecked(deserializer).map(Unchecked)
    }
}

/// Parses `params` into `T` and checks the typed value: the generated code gives the verdict.
/// When it refuses, `T`'s source schema is read for the report too, so that every violation is
/// listed, not only the first one serde met.
///
/// # Errors
///
/// Returns the violations, each with its pointer, never with a value.
///
/// Either way the strings of `params` are zeroed before it is dropped: the typed value holds
/// its own copies, secrets in [`Secret`](crate::Secret)s.
pub fn parse<T: Generated + AuthParams>(mut params: Value) -> Result<T, RegistryError> {
    whole_numbers_as_integers(&mut params);

    let parsed = typed(&params);
    zeroize_json(&mut params);
    parsed
}

fn typed<T: Generated + AuthParams>(params: &Value) -> Result<T, RegistryError> {
    let refusal = match serde_path_to_error::deserialize::<_, Unchecked<T>>(params) {
        Ok(Unchecked(typed)) => match typed.validate() {
            Ok(()) => return Ok(typed),
            Err(error) => error,
        },
        Err(error) => ValidationError::from_violations(vec![structural(&error)]),
    };

    match T::schema().check(params) {
        Err(every) => Err(every.into()),
        Ok(()) => Err(refusal.into()),
    }
}

/// JSON Schema counts `2.0` as an integer; serde does not, so such numbers become integers
/// before typing. Fields typed `f64` take integers as well.
fn whole_numbers_as_integers(value: &mut Value) {
    match value {
        Value::Number(number) if !number.is_i64() && !number.is_u64() => {
            if let Some(float) = number.as_f64()
                && float.fract() == 0.0
                && float.abs() < 9.0e15
            {
                *value = Value::from(float as i64);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(whole_numbers_as_integers),
        Value::Object(members) => members.values_mut().for_each(whole_numbers_as_integers),
        _ => {}
    }
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
