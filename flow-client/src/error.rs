//! The one error type of this crate.

use std::fmt;

use crate::validate::ValidationError;

/// What went wrong in a call to Flow Service or while building a request.
#[derive(Debug)]
pub struct Error {
    kind: Kind,
}

#[derive(Debug)]
enum Kind {
    Validation(ValidationError),
    MissingSpecId(&'static str),
}

impl Error {
    pub(crate) fn validation(error: ValidationError) -> Self {
        Self {
            kind: Kind::Validation(error),
        }
    }

    pub(crate) fn missing_spec_id(spec: &'static str) -> Self {
        Self {
            kind: Kind::MissingSpecId(spec),
        }
    }

    /// The auth-params violations, when the error is one of validation.
    pub fn validation_error(&self) -> Option<&ValidationError> {
        match &self.kind {
            Kind::Validation(error) => Some(error),
            _ => None,
        }
    }

    /// Whether auth params broke a rule of their schema.
    pub fn is_validation(&self) -> bool {
        matches!(self.kind, Kind::Validation(_))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::Validation(_) => f.write_str("auth params are invalid"),
            Kind::MissingSpecId(spec) => {
                write!(
                    f,
                    "connection spec `{spec}` has no id to create a connection with"
                )
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            Kind::Validation(error) => Some(error),
            Kind::MissingSpecId(_) => None,
        }
    }
}
