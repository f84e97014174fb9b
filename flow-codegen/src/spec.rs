//! A lenient model of connection-spec files.
//!
//! A file holds either one spec object or the service's list answer `{"items": [...]}`. Keys the
//! generator does not use are ignored; quirks become findings, never panics.

use serde_json::{Map, Value};

use crate::finding::{Finding, push_pointer};

/// One connection spec, reduced to what type generation needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    /// Pointer to the spec inside its file: empty, or `/items/N`.
    pub pointer: String,
    /// The spec's id, when the file has one.
    pub id: Option<String>,
    /// The spec's name.
    pub name: String,
    /// The spec's version; `1.0` when the file omits it.
    pub version: String,
    /// The provider's id, when the file has one.
    pub provider_id: Option<String>,
    /// The auth specs, in file order; empty when the file lists none or has no `authSpec`.
    pub auth_specs: Vec<AuthSpec>,
}

/// One entry of `authSpec`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthSpec {
    /// Pointer to the entry inside its file, such as `/authSpec/0`.
    pub pointer: String,
    /// The name sent as `auth.specName`.
    pub name: String,
    /// The entry's `type`, when given.
    pub kind: Option<String>,
    /// The JSON Schema of the params.
    pub schema: Value,
    /// The entry's other keys (`settings`, `attributes`...), kept as they are.
    pub extra: Map<String, Value>,
}

/// Parses a spec file's text into its specs.
///
/// # Errors
///
/// Returns every finding when the file cannot be used: malformed JSON (with line and column),
/// or a spec without a usable name or auth schema.
pub fn parse(text: &str) -> Result<Vec<Spec>, Vec<Finding>> {
    let (specs, findings) = read(text);
    if findings.iter().any(Finding::is_error) {
        Err(findings)
    } else {
        Ok(specs)
    }
}

/// Reads as much of a spec file as can be read, with every finding on the way.
///
/// A spec or auth spec whose `name` is unusable is kept with an empty name, so that its other
/// parts are still checked; such a spec always comes with an error finding and must not be
/// generated.
pub(crate) fn read(text: &str) -> (Vec<Spec>, Vec<Finding>) {
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => return (Vec::new(), vec![malformed(&error)]),
    };
    let mut findings = Vec::new();

    let specs: Vec<Spec> = match &value {
        Value::Object(object) => match object.get("items") {
            Some(Value::Array(items)) if !object.contains_key("authSpec") => items
                .iter()
                .enumerate()
                .filter_map(|(index, item)| spec(item, &format!("/items/{index}"), &mut findings))
                .collect(),
            _ => spec(&value, "", &mut findings).into_iter().collect(),
        },
        _ => {
            findings.push(Finding::error(
                "",
                "expected a spec object or `{\"items\": [...]}`",
            ));
            Vec::new()
        }
    };

    if specs.is_empty() && findings.is_empty() {
        findings.push(Finding::error("/items", "the list holds no spec").keyword("items"));
    }
    (specs, findings)
}

fn malformed(error: &serde_json::Error) -> Finding {
    let full = error.to_string();
    let reason = match full.rfind(" at line ") {
        Some(end) => &full[..end],
        None => &full,
    };
    Finding::error(
        "",
        format!(
            "malformed JSON at line {}, column {}: {reason}",
            error.line(),
            error.column()
        ),
    )
}

fn spec(value: &Value, pointer: &str, findings: &mut Vec<Finding>) -> Option<Spec> {
    let Some(object) = value.as_object() else {
        // Only list entries can be other than objects: `read` checks the file's top level.
        findings.push(Finding::error(pointer, "a spec must be a JSON object").keyword("items"));
        return None;
    };

    let name = match object.get("name") {
        Some(Value::String(name)) if !name.trim().is_empty() => name.clone(),
        Some(_) => {
            let at = push_pointer(pointer, "name");
            let message = "the spec name must be a non-empty string";
            findings.push(Finding::error(at, message).keyword("name"));
            String::new()
        }
        None => {
            findings.push(Finding::error(pointer, "the spec has no `name`").keyword("name"));
            String::new()
        }
    };

    let id = text_field(object, "id", pointer, findings);
    let provider_id = text_field(object, "providerId", pointer, findings);
    let version = text_field(object, "version", pointer, findings).unwrap_or_else(|| "1.0".into());

    let auth_pointer = push_pointer(pointer, "authSpec");
    let auth_specs = match object.get("authSpec") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(entries)) => entries
            .iter()
            .enumerate()
            .filter_map(|(index, entry)| {
                auth_spec(
                    entry,
                    &push_pointer(&auth_pointer, &index.to_string()),
                    findings,
                )
            })
            .collect(),
        Some(_) => {
            let message = "`authSpec` must be a list";
            findings.push(Finding::error(auth_pointer, message).keyword("authSpec"));
            Vec::new()
        }
    };

    Some(Spec {
        pointer: pointer.to_owned(),
        id,
        name,
        version,
        provider_id,
        auth_specs,
    })
}

fn text_field(
    object: &Map<String, Value>,
    key: &str,
    pointer: &str,
    findings: &mut Vec<Finding>,
) -> Option<String> {
    match object.get(key)? {
        Value::String(text) => Some(text.clone()),
        Value::Null => None,
        _ => {
            let at = push_pointer(pointer, key);
            findings.push(Finding::error(at, format!("`{key}` must be a string")).keyword(key));
            None
        }
    }
}

fn auth_spec(value: &Value, pointer: &str, findings: &mut Vec<Finding>) -> Option<AuthSpec> {
    let Some(object) = value.as_object() else {
        let message = "an auth spec must be a JSON object";
        findings.push(Finding::error(pointer, message).keyword("authSpec"));
        return None;
    };

    let name = match object.get("name") {
        Some(Value::String(name)) if !name.is_empty() => name.clone(),
        _ => {
            let message = "the auth spec needs a non-empty string `name`";
            findings.push(Finding::error(pointer, message).keyword("name"));
            String::new()
        }
    };

    let schema = match object.get("spec") {
        Some(schema @ (Value::Object(_) | Value::Bool(_))) => schema.clone(),
        Some(_) => {
            let at = push_pointer(pointer, "spec");
            let message = "the auth schema must be a JSON object or a boolean";
            findings.push(Finding::error(at, message).keyword("spec"));
            return None;
        }
        None => {
            let message = "the auth spec has no `spec` schema";
            findings.push(Finding::error(pointer, message).keyword("spec"));
            return None;
        }
    };

    let kind = text_field(object, "type", pointer, findings);
    let extra = object
        .iter()
        .filter(|(key, _)| !matches!(key.as_str(), "name" | "spec" | "type"))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();

    Some(AuthSpec {
        pointer: pointer.to_owned(),
        name,
        kind,
        schema,
        extra,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_spec_and_a_list_give_the_same_spec() {
        let bare = r#"{"id": "1", "name": "x", "version": "2.0",
            "authSpec": [{"name": "Basic", "spec": {"type": "object"}}]}"#;
        let list = format!(r#"{{"items": [{bare}]}}"#);

        let from_bare = parse(bare).unwrap();
        let from_list = parse(&list).unwrap();

        assert_eq!(from_bare[0].name, from_list[0].name);
        assert_eq!(
            from_bare[0].auth_specs[0].schema,
            from_list[0].auth_specs[0].schema
        );
        assert_eq!(from_list[0].pointer, "/items/0");
        assert_eq!(from_list[0].auth_specs[0].pointer, "/items/0/authSpec/0");
    }

    #[test]
    fn malformed_json_names_line_and_column() {
        let findings = parse("{\n  \"name\": \"x\",\n  oops\n}").unwrap_err();

        assert_eq!(findings.len(), 1);
        assert!(
            findings[0].message.contains("line 3, column 3"),
            "{}",
            findings[0]
        );
    }

    #[test]
    fn every_problem_is_reported() {
        let text = r#"{"items": [{"name": 3}, {"name": "y", "authSpec": [{"spec": {}}]}]}"#;

        let findings = parse(text).unwrap_err();

        assert_eq!(findings.len(), 2, "{findings:?}");
        assert_eq!(findings[0].pointer, "/items/0/name");
        assert_eq!(findings[1].pointer, "/items/1/authSpec/0");
    }

    #[test]
    fn missing_auth_spec_and_version_are_tolerated() {
        let specs = parse(r#"{"name": "streaming"}"#).unwrap();

        assert!(specs[0].auth_specs.is_empty());
        assert_eq!(specs[0].version, "1.0");
    }
}
