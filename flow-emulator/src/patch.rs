//! JSON Patch operations on a connection: `/name`, `/description` and `/auth/params`.

use flow_client::wire::PatchOperation;
use http::StatusCode;
use serde_json::Value;

use crate::problem::Problem;

/// The parts of a connection a patch may change.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Draft {
    pub name: String,
    pub description: Option<String>,
    /// The whole params, secrets included; `None` until an operation touches them.
    pub params: Option<Value>,
}

/// Reads a patch body: a non-empty array of operations.
pub(crate) fn operations(body: Value) -> Result<Vec<PatchOperation>, Problem> {
    let Value::Array(items) = body else {
        return Err(Problem::invalid(
            "the body must be a JSON Patch array of operations",
        ));
    };
    if items.is_empty() {
        return Err(Problem::invalid("the patch has no operations"));
    }

    items
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let has_shape = item.get("op").is_some_and(Value::is_string)
                && item.get("path").is_some_and(Value::is_string);
            let operation = has_shape
                .then(|| serde_json::from_value::<PatchOperation>(item).ok())
                .flatten();
            operation.ok_or_else(|| {
                Problem::invalid(format!(
                    "operation {index} must be an object with string `op` and `path`"
                ))
            })
        })
        .collect()
}

/// Applies `operation` to `draft`; `params` gives the current params when first needed.
pub(crate) fn apply(
    draft: &mut Draft,
    operation: PatchOperation,
    params: impl FnOnce() -> Value,
) -> Result<(), Problem> {
    let op = Op::parse(&operation.op)?;
    let path = operation.path.as_str();

    if path == "/connectionSpec" || path.starts_with("/connectionSpec/") {
        return Err(Problem::service(
            StatusCode::BAD_REQUEST,
            1414,
            "Invalid request",
            "the connection spec of a connection cannot be changed",
        ));
    }

    match path {
        "/name" => match (op, operation.value) {
            (Op::Remove, _) => Err(Problem::invalid("`/name` cannot be removed")),
            (_, Some(Value::String(name))) if !name.trim().is_empty() => {
                draft.name = name;
                Ok(())
            }
            _ => Err(Problem::invalid(
                "`/name` must be set to a non-empty string",
            )),
        },
        "/description" => match (op, operation.value) {
            (Op::Remove, _) | (_, Some(Value::Null)) => {
                draft.description = None;
                Ok(())
            }
            (_, Some(Value::String(description))) => {
                draft.description = Some(description);
                Ok(())
            }
            _ => Err(Problem::invalid("`/description` must be set to a string")),
        },
        _ => {
            let Some(pointer) = params_pointer(path) else {
                return Err(Problem::invalid(format!("`{path}` cannot be changed")));
            };
            let current = draft.params.get_or_insert_with(params);
            apply_at(current, pointer, op, operation.value)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Add,
    Replace,
    Remove,
}

impl Op {
    fn parse(op: &str) -> Result<Self, Problem> {
        match op.to_ascii_lowercase().as_str() {
            "add" => Ok(Self::Add),
            "replace" => Ok(Self::Replace),
            "remove" => Ok(Self::Remove),
            _ => Err(Problem::invalid(format!(
                "the operation `{op}` is not supported; use add, replace or remove"
            ))),
        }
    }
}

/// The pointer inside the params, for `/auth/params` (empty) and `/auth/params/...`.
fn params_pointer(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("/auth/params")?;
    (rest.is_empty() || rest.starts_with('/')).then_some(rest)
}

fn apply_at(
    params: &mut Value,
    pointer: &str,
    op: Op,
    value: Option<Value>,
) -> Result<(), Problem> {
    if pointer.is_empty() {
        *params = match (op, value) {
            (Op::Remove, _) => Value::Object(serde_json::Map::new()),
            (_, Some(value)) => value,
            (_, None) => return Err(Problem::invalid("`/auth/params` needs a `value`")),
        };
        return Ok(());
    }

    let path = format!("/auth/params{pointer}");
    let (parent, last) = match pointer.rsplit_once('/') {
        Some((parent, last)) => (parent, unescape(last)),
        None => return Err(Problem::invalid(format!("`{path}` is not a JSON pointer"))),
    };
    let Some(Value::Object(object)) = params.pointer_mut(parent) else {
        return Err(Problem::invalid(format!(
            "`{path}` does not point into an object of the params"
        )));
    };

    match (op, value) {
        (Op::Remove, _) => object
            .remove(&last)
            .map(drop)
            .ok_or_else(|| Problem::invalid(format!("`{path}` does not exist"))),
        (Op::Replace, Some(_)) if !object.contains_key(&last) => {
            Err(Problem::invalid(format!("`{path}` does not exist")))
        }
        (_, Some(value)) => {
            object.insert(last, value);
            Ok(())
        }
        (_, None) => Err(Problem::invalid(format!("`{path}` needs a `value`"))),
    }
}

fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use serde_json::json;

    use super::*;

    fn draft() -> Draft {
        Draft {
            name: "old".to_owned(),
            description: Some("text".to_owned()),
            params: None,
        }
    }

    fn op(op: &str, path: &str, value: Option<Value>) -> PatchOperation {
        PatchOperation {
            op: op.to_owned(),
            path: path.to_owned(),
            value,
        }
    }

    fn params() -> Value {
        json!({"user": "ann", "password": "hunter2", "nested": {"a~b": 1}})
    }

    #[test]
    fn name_and_description_change() {
        let mut draft = draft();

        apply(
            &mut draft,
            op("replace", "/name", Some(json!("new"))),
            params,
        )
        .unwrap();
        apply(&mut draft, op("remove", "/description", None), params).unwrap();

        assert_eq!(draft.name, "new");
        assert_eq!(draft.description, None);
        assert_eq!(draft.params, None);
    }

    #[test]
    fn params_change_whole_or_in_part() {
        let mut draft = draft();

        apply(
            &mut draft,
            op("replace", "/auth/params/password", Some(json!("new"))),
            params,
        )
        .unwrap();
        apply(
            &mut draft,
            op("add", "/auth/params/extra", Some(json!(1))),
            params,
        )
        .unwrap();
        apply(
            &mut draft,
            op("remove", "/auth/params/nested/a~0b", None),
            params,
        )
        .unwrap();

        assert_eq!(
            draft.params,
            Some(json!({"user": "ann", "password": "new", "nested": {}, "extra": 1}))
        );

        apply(
            &mut draft,
            op("replace", "/auth/params", Some(json!({"x": 1}))),
            params,
        )
        .unwrap();
        assert_eq!(draft.params, Some(json!({"x": 1})));
    }

    #[test]
    fn forbidden_or_broken_operations_are_refused() {
        let refused = |operation| apply(&mut draft(), operation, params).unwrap_err();

        assert!(
            format!("{:?}", refused(op("replace", "/connectionSpec/id", None))).contains("1414")
        );
        for operation in [
            op("move", "/name", Some(json!("x"))),
            op("remove", "/name", None),
            op("replace", "/name", Some(json!(3))),
            op("replace", "/state", Some(json!("disabled"))),
            op("replace", "/auth/paramsX", Some(json!(1))),
            op("replace", "/auth/params/ghost", Some(json!(1))),
            op("remove", "/auth/params/ghost", None),
            op("add", "/auth/params/user/deeper", Some(json!(1))),
            op("add", "/auth/params", None),
        ] {
            let problem = refused(operation.clone());
            assert!(format!("{problem:?}").contains("1100-400"), "{operation:?}");
        }
    }

    #[test]
    fn operations_must_be_a_non_empty_array_of_objects() {
        assert!(operations(json!({"op": "add"})).is_err());
        assert!(operations(json!([])).is_err());
        assert!(operations(json!([{"op": 1, "path": "/name"}])).is_err());
        assert_eq!(
            operations(json!([{"op": "add", "path": "/name", "value": "x"}]))
                .unwrap()
                .len(),
            1
        );
    }
}
