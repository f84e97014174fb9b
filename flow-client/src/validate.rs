//! Validation of auth params: every violation, with its JSON pointer, never with its value.
//!
//! Generated types call into [`Report`] to check what the type system cannot express (a
//! pattern, a length, a range, a format). Messages name the rule, never the value, so a
//! violation can be logged even when the value is a secret.

use std::fmt;

/// One broken rule: where, which keyword, and what the rule says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// JSON pointer to the offending value inside `auth.params`, such as `/serviceUri`.
    pub pointer: String,
    /// The JSON Schema keyword that was broken, such as `pattern` or `required`.
    pub keyword: &'static str,
    /// What the rule requires, without the value.
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "(root)"
        } else {
            &self.pointer
        };
        write!(f, "{pointer}: {} ({})", self.message, self.keyword)
    }
}

/// Every violation found in one value; never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    violations: Vec<Violation>,
}

impl ValidationError {
    /// The violations, in the order they were found.
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// Consumes the error into its violations.
    pub fn into_violations(self) -> Vec<Violation> {
        self.violations
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.violations.len();
        let noun = if count == 1 {
            "violation"
        } else {
            "violations"
        };
        write!(f, "invalid auth params, {count} {noun}: ")?;
        for (index, violation) in self.violations.iter().enumerate() {
            if index > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{violation}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationError {}

/// Collects violations while a value is checked.
///
/// ```
/// use flow_client::validate::Report;
///
/// let mut report = Report::new();
/// report.min_length("/username", "", 1);
/// let error = report.finish().unwrap_err();
/// assert_eq!(error.violations()[0].keyword, "minLength");
/// ```
#[derive(Debug, Default)]
pub struct Report {
    violations: Vec<Violation>,
}

impl Report {
    /// An empty report.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a violation.
    pub fn push(
        &mut self,
        pointer: impl Into<String>,
        keyword: &'static str,
        message: impl Into<String>,
    ) {
        self.violations.push(Violation {
            pointer: pointer.into(),
            keyword,
            message: message.into(),
        });
    }

    /// Records the violations of a nested value, their pointers prefixed with `prefix`.
    pub fn nested(&mut self, prefix: &str, result: Result<(), ValidationError>) {
        if let Err(error) = result {
            for mut violation in error.violations {
                violation.pointer.insert_str(0, prefix);
                self.violations.push(violation);
            }
        }
    }

    /// Whether nothing was recorded so far.
    pub fn is_empty(&self) -> bool {
        self.violations.is_empty()
    }

    /// Checks `minLength`, counting characters as JSON Schema does.
    pub fn min_length(&mut self, pointer: &str, value: &str, min: u64) {
        if (value.chars().count() as u64) < min {
            self.push(
                pointer,
                "minLength",
                format!("must be at least {min} characters long"),
            );
        }
    }

    /// Checks `maxLength`, counting characters as JSON Schema does.
    pub fn max_length(&mut self, pointer: &str, value: &str, max: u64) {
        if (value.chars().count() as u64) > max {
            self.push(
                pointer,
                "maxLength",
                format!("must be at most {max} characters long"),
            );
        }
    }

    /// Checks `pattern`: `regex` is the compiled form of `source`.
    pub fn pattern(&mut self, pointer: &str, value: &str, regex: &regex::Regex, source: &str) {
        if !regex.is_match(value) {
            self.push(
                pointer,
                "pattern",
                format!("must match the pattern `{source}`"),
            );
        }
    }

    /// Finishes the check: `Ok` when nothing was recorded.
    ///
    /// # Errors
    ///
    /// Returns every recorded violation.
    pub fn finish(self) -> Result<(), ValidationError> {
        if self.violations.is_empty() {
            Ok(())
        } else {
            Err(ValidationError {
                violations: self.violations,
            })
        }
    }
}
