//! A command that failed: what went wrong and what to do next.

use flow_client::validate::Violation;

/// The next step after a failure that only a bug in `flow` can cause.
pub const REPORT_BUG: &str =
    "this is a bug in flow; please report it with the command that led to it";

/// Why a command stopped, said for a person: a lowercase message, the details it rests on,
/// and what to do next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    message: String,
    details: Vec<String>,
    hint: Option<String>,
    usage: bool,
}

impl Failure {
    /// A failure saying `message`.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            details: Vec::new(),
            hint: None,
            usage: false,
        }
    }

    /// A mistake on the command line, which exits with code 2 as clap's own do.
    pub fn usage(message: impl Into<String>) -> Self {
        Self {
            usage: true,
            ..Self::new(message)
        }
    }

    /// The same failure, followed by what to do next.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// The same failure, with one more line of detail.
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.details.push(detail.into());
        self
    }

    /// The same failure, listing each violation on a line of its own.
    pub fn violations(self, violations: &[Violation]) -> Self {
        violations.iter().fold(self, |failure, violation| {
            let pointer = if violation.pointer.is_empty() {
                "/"
            } else {
                &violation.pointer
            };
            failure.detail(format!(
                "{pointer} ({}): {}",
                violation.keyword, violation.message
            ))
        })
    }

    /// What went wrong.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The lines of detail.
    pub fn details(&self) -> &[String] {
        &self.details
    }

    /// What to do next, when known.
    pub fn next_step(&self) -> Option<&str> {
        self.hint.as_deref()
    }

    /// The process exit code: 2 for a usage mistake, 1 otherwise.
    pub fn exit_code(&self) -> u8 {
        if self.usage { 2 } else { 1 }
    }
}

/// An error and its sources, joined by `: `, as errors that never repeat their source expect.
pub fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_mistakes_exit_with_two_and_others_with_one() {
        assert_eq!(Failure::usage("bad flag").exit_code(), 2);
        assert_eq!(Failure::new("service down").exit_code(), 1);
    }

    #[test]
    fn violations_become_details_without_values() {
        let violations = [Violation {
            pointer: "/password".to_owned(),
            keyword: "required",
            message: "is required".to_owned(),
        }];

        let failure = Failure::new("auth params are invalid").violations(&violations);

        assert_eq!(failure.details(), ["/password (required): is required"]);
    }

    #[test]
    fn a_chain_joins_every_source() {
        #[derive(Debug)]
        struct Outer(std::io::Error);
        impl std::fmt::Display for Outer {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("cannot read `a.json`")
            }
        }
        impl std::error::Error for Outer {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                Some(&self.0)
            }
        }

        let error = Outer(std::io::Error::other("disk on fire"));

        assert_eq!(chain(&error), "cannot read `a.json`: disk on fire");
    }
}
