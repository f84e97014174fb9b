//! Diagnostics as values: what the generator found wrong or noteworthy in a spec.

use std::fmt;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Worth knowing; the generated code is still complete and correct.
    Warning,
    /// The generator cannot produce correct code for the spec.
    Error,
}

/// One problem in a spec file, located by JSON pointer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// How much it matters.
    pub severity: Severity,
    /// JSON pointer into the file, such as `/authSpec/0/spec/properties/port`.
    pub pointer: String,
    /// The JSON Schema or spec keyword at fault, when there is one.
    pub keyword: Option<String>,
    /// What is wrong, in lowercase, without the file name.
    pub message: String,
}

impl Finding {
    /// An error at `pointer`.
    pub fn error(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            pointer: pointer.into(),
            keyword: None,
            message: message.into(),
        }
    }

    /// A warning at `pointer`.
    pub fn warning(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(pointer, message)
        }
    }

    /// The same finding, attributed to `keyword`.
    pub fn keyword(mut self, keyword: impl Into<String>) -> Self {
        self.keyword = Some(keyword.into());
        self
    }

    /// Whether the finding stops generation.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        write!(f, "at `{pointer}`")?;
        if let Some(keyword) = &self.keyword {
            write!(f, " (`{keyword}`)")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Appends `token` to `pointer`, escaped as RFC 6901 requires.
pub fn push_pointer(pointer: &str, token: &str) -> String {
    let escaped = token.replace('~', "~0").replace('/', "~1");
    format!("{pointer}/{escaped}")
}
