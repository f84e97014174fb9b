//! Auth params from the command line: a JSON file, `--param KEY=VALUE`, and secrets from
//! `FLOW_PARAM_<KEY>` variables or a prompt that does not echo.

use std::fs;
use std::io::Write;
use std::path::Path;

use flow_client::secret::zeroize_json;
use heck::ToShoutySnakeCase;
use serde_json::{Map, Value};
use zeroize::Zeroize;

use crate::context::Context;
use crate::failure::Failure;
use crate::output::note;

/// What the auth schema says about one top-level param.
struct Field<'a> {
    key: &'a str,
    secret: bool,
    required: bool,
    string_only: bool,
}

/// The top-level params of an auth schema.
fn fields(schema: &Value) -> Vec<Field<'_>> {
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return Vec::new();
    };

    properties
        .iter()
        .map(|(key, property)| Field {
            key,
            secret: property.get("format").and_then(Value::as_str) == Some("password"),
            required: required.contains(&key.as_str()),
            string_only: property.get("type").and_then(Value::as_str) == Some("string"),
        })
        .collect()
}

/// The variable a secret param may come from: `FLOW_PARAM_` and the key in upper snake case.
pub fn variable(key: &str) -> String {
    format!("FLOW_PARAM_{}", key.to_shouty_snake_case())
}

/// The params given on the command line, read before the schema is known.
pub struct Given<'a> {
    file: Map<String, Value>,
    pairs: Vec<(&'a str, &'a str)>,
}

/// Reads the params `file` and splits each `KEY=VALUE` of `pairs`.
///
/// # Errors
///
/// Fails when the file cannot be read or holds no JSON object, or when a pair has no `=`.
pub fn given<'a>(file: Option<&Path>, pairs: &'a [String]) -> Result<Given<'a>, Failure> {
    let file = match file {
        Some(path) => read_file(path)?,
        None => Map::new(),
    };
    let mut split = Vec::new();
    for (position, pair) in pairs.iter().enumerate() {
        let Some(pair) = pair.split_once('=') else {
            return Err(
                Failure::usage(format!("--param number {} has no `=`", position + 1))
                    .hint("write each param as --param KEY=VALUE"),
            );
        };
        split.push(pair);
    }
    Ok(Given { file, pairs: split })
}

/// Gathers the params: the file first, then each `KEY=VALUE` over it, then each secret of
/// `schema` still missing from its variable or, on a terminal, a prompt.
///
/// A value is read as JSON when it parses, unless the schema types the param as a string
/// only, so that a password of digits stays a string.
///
/// # Errors
///
/// Fails when a required secret has no value and no prompt can ask for it.
///
/// The params are plain JSON until `parse_auth` moves their secrets into `Secret`s and zeroes
/// the rest; on a failure here they are zeroed before they are dropped.
pub fn gather(
    given: Given<'_>,
    schema: &Value,
    context: &Context,
    stderr: &mut dyn Write,
) -> Result<Map<String, Value>, Failure> {
    let Given { file, pairs } = given;
    let mut params = file;
    let gathered = gather_into(&mut params, pairs, schema, context, stderr);
    if gathered.is_err() {
        zeroize_json(&mut Value::Object(std::mem::take(&mut params)));
    }
    gathered.map(|()| params)
}

fn gather_into(
    params: &mut Map<String, Value>,
    pairs: Vec<(&str, &str)>,
    schema: &Value,
    context: &Context,
    stderr: &mut dyn Write,
) -> Result<(), Failure> {
    let fields = fields(schema);

    for (key, text) in pairs {
        let field = fields.iter().find(|field| field.key == key);
        if field.is_some_and(|field| field.secret) {
            note(
                stderr,
                &format!(
                    "warning: `{key}` is a secret, and a value on the command line may be kept \
                     in shell history; prefer {} or the prompt",
                    variable(key)
                ),
            );
        }
        let value = match serde_json::from_str(text) {
            Ok(value) if !field.is_some_and(|field| field.string_only) => value,
            _ => Value::String(text.to_owned()),
        };
        params.insert(key.to_owned(), value);
    }

    for field in fields.iter().filter(|field| field.secret) {
        if params.contains_key(field.key) {
            continue;
        }
        if let Some(value) = context.var(&variable(field.key)) {
            params.insert(field.key.to_owned(), Value::String(value));
        } else if field.required && context.can_prompt() {
            let value = rpassword::prompt_password(format!("{} (not echoed): ", field.key))
                .map_err(|error| {
                    Failure::new(format!("cannot read `{}`: {error}", field.key))
                        .hint(format!("set {} instead", variable(field.key)))
                })?;
            params.insert(field.key.to_owned(), Value::String(value));
        } else if field.required {
            return Err(Failure::new(format!(
                "the secret param `{}` is required and has no value",
                field.key
            ))
            .hint(format!(
                "set {}, or run flow in a terminal to be asked for it",
                variable(field.key)
            )));
        }
    }
    Ok(())
}

fn read_file(path: &Path) -> Result<Map<String, Value>, Failure> {
    let mut text = fs::read_to_string(path).map_err(|error| {
        Failure::new(format!("cannot read `{}`: {error}", path.display()))
            .hint("give a JSON file of auth params with --params FILE")
    })?;
    let parsed = serde_json::from_str(&text);
    text.zeroize();
    // Only the position of a syntax error is shown: the file may hold secrets.
    let mut value: Value = parsed.map_err(|error| {
        Failure::new(format!(
            "`{}` is not JSON (line {}, column {})",
            path.display(),
            error.line(),
            error.column()
        ))
        .hint("give a JSON object of auth params with --params FILE")
    })?;
    match value {
        Value::Object(params) => Ok(params),
        _ => {
            zeroize_json(&mut value);
            Err(
                Failure::new(format!("`{}` holds no JSON object", path.display()))
                    .hint("give a JSON object of auth params with --params FILE"),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn schema() -> Value {
        json!({
            "type": "object",
            "properties": {
                "username": {"type": "string"},
                "password": {"type": "string", "format": "password"},
                "port": {"type": "integer"},
                "token": {"type": "string", "format": "password"}
            },
            "required": ["username", "password"]
        })
    }

    fn pairs(list: &[&str]) -> Vec<String> {
        list.iter().map(|pair| (*pair).to_owned()).collect()
    }

    #[test]
    fn values_are_json_unless_the_schema_wants_a_string() {
        let context = Context::new(|name| (name == "FLOW_PARAM_PASSWORD").then(|| "pw".into()));
        let mut stderr = Vec::new();

        let params = gather(
            given(
                None,
                &pairs(&["port=5432", "username=1234", "extra=[1]", "other=not json"]),
            )
            .unwrap(),
            &schema(),
            &context,
            &mut stderr,
        )
        .unwrap();

        assert_eq!(params["port"], json!(5432));
        assert_eq!(params["username"], json!("1234"));
        assert_eq!(params["extra"], json!([1]));
        assert_eq!(params["other"], json!("not json"));
        assert_eq!(params["password"], json!("pw"));
        assert!(!params.contains_key("token"));
        assert!(stderr.is_empty());
    }

    #[test]
    fn a_secret_on_the_command_line_is_warned_about_without_its_value() {
        let context = Context::new(|_| None);
        let mut stderr = Vec::new();

        let params = gather(
            given(None, &pairs(&["username=u", "password=hunter2"])).unwrap(),
            &schema(),
            &context,
            &mut stderr,
        )
        .unwrap();

        let stderr = String::from_utf8(stderr).unwrap();
        assert!(stderr.contains("shell history"), "{stderr}");
        assert!(stderr.contains("FLOW_PARAM_PASSWORD"), "{stderr}");
        assert!(!stderr.contains("hunter2"));
        assert_eq!(params["password"], json!("hunter2"));
    }

    #[test]
    fn a_missing_required_secret_names_its_variable() {
        let context = Context::new(|_| None);

        let failure = gather(
            given(None, &pairs(&["username=u"])).unwrap(),
            &schema(),
            &context,
            &mut Vec::new(),
        )
        .unwrap_err();

        assert!(failure.next_step().unwrap().contains("FLOW_PARAM_PASSWORD"));
    }

    #[test]
    fn a_pair_without_equals_is_a_usage_mistake_that_does_not_echo_it() {
        let failure = given(None, &pairs(&["hunter2"])).err().unwrap();

        assert_eq!(failure.exit_code(), 2);
        assert!(!failure.message().contains("hunter2"));
    }

    #[test]
    fn variables_are_upper_snake_case() {
        assert_eq!(variable("serviceUri"), "FLOW_PARAM_SERVICE_URI");
        assert_eq!(variable("password"), "FLOW_PARAM_PASSWORD");
    }
}
