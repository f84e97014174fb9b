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
    /// An error of exactly one violation.
    pub fn single(pointer: &str, keyword: &'static str, message: &str) -> Self {
        Self {
            violations: vec![Violation {
                pointer: pointer.to_owned(),
                keyword,
                message: message.to_owned(),
            }],
        }
    }

    /// An error of the given violations.
    #[doc(hidden)]
    pub fn from_violations(violations: Vec<Violation>) -> Self {
        Self { violations }
    }

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
/// report.min_length("", "/username", "", 1);
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

    /// Records a violation at `prefix` + `token`, the pointer built only now.
    fn at(&mut self, prefix: &str, token: &str, keyword: &'static str, message: String) {
        self.push(format!("{prefix}{token}"), keyword, message);
    }

    /// Checks `minLength`, counting characters as JSON Schema does.
    pub fn min_length(&mut self, prefix: &str, token: &str, value: &str, min: u64) {
        if (value.chars().count() as u64) < min {
            let message = format!("must be at least {min} characters long");
            self.at(prefix, token, "minLength", message);
        }
    }

    /// Checks `maxLength`, counting characters as JSON Schema does.
    pub fn max_length(&mut self, prefix: &str, token: &str, value: &str, max: u64) {
        if (value.chars().count() as u64) > max {
            let message = format!("must be at most {max} characters long");
            self.at(prefix, token, "maxLength", message);
        }
    }

    /// Checks `pattern`: `regex` is the compiled form of `source`, `None` if it did not compile.
    pub fn pattern(
        &mut self,
        prefix: &str,
        token: &str,
        value: &str,
        regex: Option<&regex::Regex>,
        source: &str,
    ) {
        if !regex.is_some_and(|regex| regex.is_match(value)) {
            let message = format!("must match the pattern `{source}`");
            self.at(prefix, token, "pattern", message);
        }
    }

    /// Checks `format` for the formats this crate knows; others accept any string.
    pub fn format(&mut self, prefix: &str, token: &str, value: &str, format: &str) {
        if !crate::format::is_valid(format, value) {
            let message = format!("must be a valid `{format}`");
            self.at(prefix, token, "format", message);
        }
    }

    /// Checks `contentEncoding` and `contentMediaType`.
    pub fn content(
        &mut self,
        prefix: &str,
        token: &str,
        value: &str,
        encoding: Option<&str>,
        media_type: Option<&str>,
    ) {
        if !crate::format::has_content(value, encoding, media_type) {
            let what = match (encoding, media_type) {
                (Some(encoding), Some(media)) => format!("`{media}` encoded as `{encoding}`"),
                (Some(encoding), None) => format!("encoded as `{encoding}`"),
                (None, Some(media)) => format!("`{media}`"),
                (None, None) => "valid content".to_owned(),
            };
            self.at(prefix, token, "contentEncoding", format!("must be {what}"));
        }
    }

    /// Checks the bounds and the step of a number.
    pub fn number(&mut self, prefix: &str, token: &str, value: f64, rules: &NumberRules) {
        for (keyword, message) in rules.broken_by(value) {
            self.at(prefix, token, keyword, message);
        }
    }

    /// Checks `minItems` and `maxItems`.
    pub fn items(
        &mut self,
        prefix: &str,
        token: &str,
        len: usize,
        min: Option<u64>,
        max: Option<u64>,
    ) {
        let len = len as u64;
        if let Some(min) = min.filter(|min| len < *min) {
            self.at(
                prefix,
                token,
                "minItems",
                format!("must have at least {min} items"),
            );
        }
        if let Some(max) = max.filter(|max| len > *max) {
            self.at(
                prefix,
                token,
                "maxItems",
                format!("must have at most {max} items"),
            );
        }
    }

    /// Checks `uniqueItems`.
    pub fn unique<T: PartialEq>(&mut self, prefix: &str, token: &str, items: &[T]) {
        let repeated = items
            .iter()
            .enumerate()
            .any(|(index, item)| items[..index].contains(item));
        if repeated {
            self.at(
                prefix,
                token,
                "uniqueItems",
                "items must be unique".to_owned(),
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

/// Compiles a JSON Schema `pattern` with its ECMA-262 meaning, translated for the `regex`
/// crate by `jsonschema-regex` (the translation the `jsonschema` crate uses): `.` matches no
/// line terminator, `\d` and `\w` are ASCII. `None` when the pattern is not valid ECMA-262
/// or needs what the `regex` crate lacks (lookaround, backreferences).
pub fn compile_pattern(pattern: &str) -> Option<regex::Regex> {
    let translated = jsonschema_regex::to_rust_regex(pattern).ok()?;
    regex::Regex::new(&translated).ok()
}

/// The numeric rules of a schema: bounds and step.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct NumberRules {
    /// `minimum`.
    pub minimum: Option<f64>,
    /// `maximum`.
    pub maximum: Option<f64>,
    /// `exclusiveMinimum`.
    pub exclusive_minimum: Option<f64>,
    /// `exclusiveMaximum`.
    pub exclusive_maximum: Option<f64>,
    /// `multipleOf`, greater than zero.
    pub multiple_of: Option<f64>,
}

impl NumberRules {
    fn broken_by(&self, value: f64) -> Vec<(&'static str, String)> {
        let mut broken = Vec::new();
        if let Some(min) = self.minimum.filter(|min| value < *min) {
            broken.push(("minimum", format!("must be at least {min}")));
        }
        if let Some(max) = self.maximum.filter(|max| value > *max) {
            broken.push(("maximum", format!("must be at most {max}")));
        }
        if let Some(min) = self.exclusive_minimum.filter(|min| value <= *min) {
            broken.push(("exclusiveMinimum", format!("must be greater than {min}")));
        }
        if let Some(max) = self.exclusive_maximum.filter(|max| value >= *max) {
            broken.push(("exclusiveMaximum", format!("must be less than {max}")));
        }
        if let Some(step) = self.multiple_of.filter(|step| !is_multiple(value, *step)) {
            broken.push(("multipleOf", format!("must be a multiple of {step}")));
        }
        broken
    }
}

fn is_multiple(value: f64, step: f64) -> bool {
    let quotient = value / step;
    if !quotient.is_finite() {
        return false;
    }
    (quotient - quotient.round()).abs() < 1e-9
}

#[cfg(test)]
mod tests {
    use super::compile_pattern;

    #[test]
    fn patterns_keep_their_ecma_meaning() {
        let dot = compile_pattern("^a.b$").unwrap();
        assert!(dot.is_match("a-b"));
        assert!(!dot.is_match("a\rb"));
        assert!(!dot.is_match("a\u{2028}b"));
        assert!(compile_pattern("^[.]$").unwrap().is_match("."));
        assert!(compile_pattern(r"^\.$").unwrap().is_match("."));

        let digits = compile_pattern(r"^\d+[\w-]*$").unwrap();
        assert!(digits.is_match("42a-b"));
        assert!(
            !digits.is_match("\u{0663}"),
            "Arabic-Indic digits are not ECMA digits"
        );
        assert!(compile_pattern("([").is_none());
    }

    #[test]
    fn classes_and_boundaries_keep_their_ecma_meaning() {
        let space = compile_pattern(r"^\s$").unwrap();
        assert!(space.is_match("\u{feff}"), "U+FEFF is ECMA white space");
        assert!(!space.is_match("\u{85}"), "U+0085 is not");
        assert!(compile_pattern(r"^[\D]$").unwrap().is_match("x"));
        assert!(compile_pattern(r"^[\W]$").unwrap().is_match("é"));
    }

    #[test]
    fn patterns_the_regex_crate_cannot_run_do_not_compile() {
        assert!(compile_pattern("^(?=a)a$").is_none());
        assert!(compile_pattern(r"^(a)\1$").is_none());
    }
}
