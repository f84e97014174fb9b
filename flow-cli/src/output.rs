//! What a command prints: text for people, one JSON document for scripts.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::{Serialize, Serializer};
use serde_json::{Value, json};

use crate::failure::Failure;

/// The result of a command, ready to print either way.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    text: String,
    json: Option<Value>,
    code: u8,
}

impl Report {
    /// A report printing `text` for people and `json` for scripts, with exit code 0.
    pub fn new(text: impl Into<String>, json: Value) -> Self {
        Self {
            text: text.into(),
            json: Some(json),
            code: 0,
        }
    }

    /// A report that prints nothing: the command printed as it went.
    pub fn printed() -> Self {
        Self {
            text: String::new(),
            json: None,
            code: 0,
        }
    }

    /// The same report, exiting with `code`.
    pub fn exit_code(mut self, code: u8) -> Self {
        self.code = code;
        self
    }

    /// The process exit code.
    pub fn code(&self) -> u8 {
        self.code
    }

    /// Writes the report to `stdout`, as JSON when `json` is set.
    pub fn write(&self, json: bool, stdout: &mut dyn Write) -> io::Result<()> {
        match (&self.json, json) {
            (Some(value), true) => write_json(value, stdout),
            (None, true) => Ok(()),
            (_, false) => stdout.write_all(self.text.as_bytes()),
        }
    }
}

/// Writes `value` pretty-printed, with a trailing newline.
pub fn write_json(value: &Value, stdout: &mut dyn Write) -> io::Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
    writeln!(stdout, "{text}")
}

/// Writes a failure: `error: ...`, its details and what to do next on stderr, and, for
/// scripts, `{"error": {...}}` on stdout.
pub fn write_failure(
    failure: &Failure,
    json: bool,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> io::Result<()> {
    writeln!(stderr, "error: {}", failure.message())?;
    for detail in failure.details() {
        writeln!(stderr, "  {detail}")?;
    }
    if let Some(hint) = failure.next_step() {
        writeln!(stderr, "{hint}")?;
    }

    if json {
        let document = json!({"error": {
            "message": failure.message(),
            "details": failure.details(),
            "hint": failure.next_step(),
        }});
        write_json(&document, stdout)?;
    }
    Ok(())
}

/// Writes one line to stderr: a note or a warning beside the output.
pub fn note(stderr: &mut dyn Write, line: &str) {
    // A closed stderr leaves nowhere to say so; the command goes on.
    let _ = writeln!(stderr, "{line}");
}

/// `value` as pretty JSON text with every object's keys sorted and a trailing newline, so that
/// the same value always gives the same bytes.
///
/// # Errors
///
/// Fails only when `value` holds a number JSON cannot write.
pub fn canonical_json(value: &Value) -> Result<String, serde_json::Error> {
    let mut text = serde_json::to_string_pretty(&Sorted(value))?;
    text.push('\n');
    Ok(text)
}

/// A JSON value that serializes its objects through a `BTreeMap`: keys in sorted order.
struct Sorted<'a>(&'a Value);

impl Serialize for Sorted<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Object(object) => {
                let sorted: BTreeMap<&str, Sorted<'_>> = object
                    .iter()
                    .map(|(key, value)| (key.as_str(), Sorted(value)))
                    .collect();
                sorted.serialize(serializer)
            }
            Value::Array(items) => serializer.collect_seq(items.iter().map(Sorted)),
            other => other.serialize(serializer),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_json_sorts_keys_at_every_depth() {
        let value: Value = serde_json::from_str(
            r#"{"b": 1, "a": [{"z": true, "y": null}], "c": {"e": 2, "d": 3}}"#,
        )
        .unwrap();

        let text = canonical_json(&value).unwrap();

        let expected = "{\n  \"a\": [\n    {\n      \"y\": null,\n      \"z\": true\n    }\n  \
                        ],\n  \"b\": 1,\n  \"c\": {\n    \"d\": 3,\n    \"e\": 2\n  }\n}\n";
        assert_eq!(text, expected);
    }

    #[test]
    fn a_failure_prints_its_next_step_and_a_json_document() {
        let failure = Failure::new("the service refused the token").hint("set FLOW_CLIENT_ID");
        let (mut stdout, mut stderr) = (Vec::new(), Vec::new());

        write_failure(&failure, true, &mut stdout, &mut stderr).unwrap();

        let stderr = String::from_utf8(stderr).unwrap();
        assert_eq!(
            stderr,
            "error: the service refused the token\nset FLOW_CLIENT_ID\n"
        );
        let document: Value = serde_json::from_slice(&stdout).unwrap();
        assert_eq!(document["error"]["hint"], "set FLOW_CLIENT_ID");
    }
}
