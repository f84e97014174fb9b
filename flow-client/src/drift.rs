//! Drift between the auth schema a type was generated from and the one the service serves now.
//!
//! [`compare`] walks two JSON Schemas side by side and lists every property added or removed
//! and every rule changed (type, format, required-ness, enum, pattern, bounds...). A change is
//! *breaking* when params that the compiled type produces may now be refused, when the type
//! can no longer produce params the service requires, or when code written against the
//! compiled type may not compile against one generated from the live schema: every removed
//! property (optional ones too, since the field leaves the generated struct) and every type
//! change (the field's Rust type changes, even when the live schema accepts more).
//!
//! ```
//! use serde_json::json;
//! use flow_client::drift::{self, ChangeKind};
//!
//! let compiled = json!({
//!     "type": "object",
//!     "properties": {"username": {"type": "string"}},
//!     "required": ["username"]
//! });
//! let live = json!({
//!     "type": "object",
//!     "properties": {
//!         "username": {"type": "string", "maxLength": 64},
//!         "domain": {"type": "string"}
//!     },
//!     "required": ["username", "domain"]
//! });
//!
//! let drift = drift::compare(&compiled, &live);
//! assert!(drift.is_breaking());
//! assert_eq!(drift.changes().len(), 2);
//! assert_eq!(drift.changes()[1].pointer, "/domain");
//! assert_eq!(drift.changes()[1].kind, ChangeKind::Added { required: true });
//! ```

use std::fmt;

use serde_json::{Map, Value};

/// Every difference between a compiled and a live auth schema.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Drift {
    changes: Vec<Change>,
}

impl Drift {
    /// The changes, in the order of the compiled schema's properties, then the live ones.
    pub fn changes(&self) -> &[Change] {
        &self.changes
    }

    /// Whether the schemas agree on every rule.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// Whether any change is breaking.
    pub fn is_breaking(&self) -> bool {
        self.changes.iter().any(|change| change.breaking)
    }

    /// The breaking changes.
    pub fn breaking(&self) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(|change| change.breaking)
    }
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.changes.is_empty() {
            return f.write_str("no drift");
        }
        for (index, change) in self.changes.iter().enumerate() {
            if index > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{change}")?;
        }
        Ok(())
    }
}

/// One difference, at one place in the params.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// Where in `auth.params`, as a JSON pointer such as `/credentials/clientId`; array
    /// items are `*`, the params object itself is the empty pointer.
    pub pointer: String,
    /// What changed.
    pub kind: ChangeKind,
    /// Whether params of the compiled type may now be refused, or code written against the
    /// compiled type may not compile against one generated from the live schema.
    pub breaking: bool,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "(root)"
        } else {
            &self.pointer
        };
        let severity = if self.breaking {
            "breaking"
        } else {
            "compatible"
        };
        write!(f, "{severity}: {pointer}: {}", self.kind)
    }
}

/// What changed at one place.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ChangeKind {
    /// The live schema has a property the compiled one lacks.
    Added {
        /// Whether the live schema requires it.
        required: bool,
    },
    /// The live schema lacks a property of the compiled one; always breaking, as the field
    /// leaves the generated type.
    Removed,
    /// The allowed types differ; always breaking, as the field's Rust type changes.
    Type {
        /// The compiled types, sorted.
        compiled: Vec<String>,
        /// The live types, sorted.
        live: Vec<String>,
    },
    /// The property became required or optional.
    Required {
        /// Whether the live schema requires it.
        live: bool,
    },
    /// The `format` differs, such as a field that became a `password`.
    Format {
        /// The compiled format.
        compiled: Option<String>,
        /// The live format.
        live: Option<String>,
    },
    /// The allowed values (`enum`) differ.
    Enum {
        /// The compiled values; `None` when any value was allowed.
        compiled: Option<Vec<Value>>,
        /// The live values; `None` when any value is allowed.
        live: Option<Vec<Value>>,
    },
    /// The `pattern` differs.
    Pattern {
        /// The compiled pattern.
        compiled: Option<String>,
        /// The live pattern.
        live: Option<String>,
    },
    /// A bound differs: `minLength`, `maxLength`, `minimum`, `maximum`,
    /// `exclusiveMinimum`, `exclusiveMaximum`, `minItems`, `maxItems`, `minProperties` or
    /// `maxProperties`.
    Bound {
        /// The keyword.
        keyword: String,
        /// The compiled bound.
        compiled: Option<Value>,
        /// The live bound.
        live: Option<Value>,
    },
    /// Another rule differs, such as `additionalProperties`, `const` or `oneOf`.
    Keyword {
        /// The keyword.
        keyword: String,
        /// The compiled value.
        compiled: Option<Value>,
        /// The live value.
        live: Option<Value>,
    },
}

impl fmt::Display for ChangeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Added { required: true } => f.write_str("required property added"),
            Self::Added { required: false } => f.write_str("optional property added"),
            Self::Removed => f.write_str("property removed"),
            Self::Type { compiled, live } => write!(
                f,
                "type changed from `{}` to `{}`",
                compiled.join("|"),
                live.join("|")
            ),
            Self::Required { live: true } => f.write_str("now required"),
            Self::Required { live: false } => f.write_str("now optional"),
            Self::Format { compiled, live } => {
                write!(
                    f,
                    "format changed from {} to {}",
                    text(compiled),
                    text(live)
                )
            }
            Self::Enum { compiled, live } => write!(
                f,
                "allowed values changed from {} to {}",
                values(compiled),
                values(live)
            ),
            Self::Pattern { compiled, live } => {
                write!(
                    f,
                    "pattern changed from {} to {}",
                    text(compiled),
                    text(live)
                )
            }
            Self::Bound {
                keyword,
                compiled,
                live,
            }
            | Self::Keyword {
                keyword,
                compiled,
                live,
            } => write!(
                f,
                "`{keyword}` changed from {} to {}",
                value(compiled),
                value(live)
            ),
        }
    }
}

fn text(value: &Option<String>) -> String {
    value
        .as_ref()
        .map_or_else(|| "none".to_owned(), |value| format!("`{value}`"))
}

fn value(value: &Option<Value>) -> String {
    value
        .as_ref()
        .map_or_else(|| "none".to_owned(), |value| format!("`{value}`"))
}

fn values(list: &Option<Vec<Value>>) -> String {
    match list {
        None => "any".to_owned(),
        Some(list) => format!("`{}`", Value::Array(list.clone())),
    }
}

/// Lists every difference between `compiled` (the schema a type was generated from) and `live`
/// (the schema the service serves now).
pub fn compare(compiled: &Value, live: &Value) -> Drift {
    let mut changes = Vec::new();
    compare_schemas(&mut changes, "", compiled, live);
    Drift { changes }
}

const LOWER_BOUNDS: [&str; 5] = [
    "minLength",
    "minimum",
    "exclusiveMinimum",
    "minItems",
    "minProperties",
];
const UPPER_BOUNDS: [&str; 5] = [
    "maxLength",
    "maximum",
    "exclusiveMaximum",
    "maxItems",
    "maxProperties",
];

/// Rules compared as a whole: any change may refuse params, so it counts as breaking.
const OTHER_RULES: [&str; 15] = [
    "const",
    "multipleOf",
    "uniqueItems",
    "dependencies",
    "dependentRequired",
    "oneOf",
    "anyOf",
    "allOf",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "patternProperties",
];

fn compare_schemas(changes: &mut Vec<Change>, pointer: &str, compiled: &Value, live: &Value) {
    let (Some(compiled), Some(live)) = (compiled.as_object(), live.as_object()) else {
        if compiled != live {
            push(changes, pointer, keyword("schema", compiled, live), true);
        }
        return;
    };

    compare_types(changes, pointer, compiled, live);
    compare_format(changes, pointer, compiled, live);
    compare_enum(changes, pointer, compiled, live);
    compare_pattern(changes, pointer, compiled, live);
    compare_bounds(changes, pointer, compiled, live);
    compare_rules(changes, pointer, compiled, live);
    compare_properties(changes, pointer, compiled, live);
    compare_items(changes, pointer, compiled, live);
}

fn compare_types(
    changes: &mut Vec<Change>,
    pointer: &str,
    compiled: &Map<String, Value>,
    live: &Map<String, Value>,
) {
    let compiled_types = types(compiled.get("type"));
    let live_types = types(live.get("type"));
    if compiled_types == live_types {
        return;
    }

    // Even a widened type (`integer` to `number`) is breaking: the generated field goes from
    // `i64` to `f64`, so code that sets it stops compiling.
    let kind = ChangeKind::Type {
        compiled: compiled_types,
        live: live_types,
    };
    push(changes, pointer, kind, true);
}

fn types(value: Option<&Value>) -> Vec<String> {
    let mut types: Vec<String> = match value {
        Some(Value::String(kind)) => vec![kind.clone()],
        Some(Value::Array(kinds)) => kinds
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    };
    types.sort();
    types.dedup();
    types
}

fn compare_format(
    changes: &mut Vec<Change>,
    pointer: &str,
    compiled: &Map<String, Value>,
    live: &Map<String, Value>,
) {
    let compiled = string(compiled, "format");
    let live = string(live, "format");
    if compiled != live {
        // A new format may refuse values, and a new `password` format means a secret the
        // compiled type handles as plain text.
        let breaking = live.is_some();
        push(
            changes,
            pointer,
            ChangeKind::Format { compiled, live },
            breaking,
        );
    }
}

fn compare_enum(
    changes: &mut Vec<Change>,
    pointer: &str,
    compiled: &Map<String, Value>,
    live: &Map<String, Value>,
) {
    let compiled = compiled.get("enum").and_then(Value::as_array).cloned();
    let live = live.get("enum").and_then(Value::as_array).cloned();
    if compiled == live {
        return;
    }

    let breaking = match (&compiled, &live) {
        (_, None) => false,
        (None, Some(_)) => true,
        (Some(compiled), Some(live)) => compiled.iter().any(|value| !live.contains(value)),
    };
    let same_set = match (&compiled, &live) {
        (Some(compiled), Some(live)) => {
            compiled.iter().all(|value| live.contains(value))
                && live.iter().all(|value| compiled.contains(value))
        }
        _ => false,
    };
    if !same_set {
        push(
            changes,
            pointer,
            ChangeKind::Enum { compiled, live },
            breaking,
        );
    }
}

fn compare_pattern(
    changes: &mut Vec<Change>,
    pointer: &str,
    compiled: &Map<String, Value>,
    live: &Map<String, Value>,
) {
    let compiled = string(compiled, "pattern");
    let live = string(live, "pattern");
    if compiled != live {
        let breaking = live.is_some();
        push(
            changes,
            pointer,
            ChangeKind::Pattern { compiled, live },
            breaking,
        );
    }
}

fn compare_bounds(
    changes: &mut Vec<Change>,
    pointer: &str,
    compiled: &Map<String, Value>,
    live: &Map<String, Value>,
) {
    let bounds = LOWER_BOUNDS
        .iter()
        .map(|keyword| (*keyword, true))
        .chain(UPPER_BOUNDS.iter().map(|keyword| (*keyword, false)));
    for (keyword, lower) in bounds {
        let compiled = compiled.get(keyword);
        let live = live.get(keyword);
        if compiled == live {
            continue;
        }

        let breaking = match (
            compiled.and_then(Value::as_f64),
            live.and_then(Value::as_f64),
        ) {
            (_, None) if live.is_none() => false,
            (None, Some(_)) if compiled.is_none() => true,
            (Some(compiled), Some(live)) if lower => live > compiled,
            (Some(compiled), Some(live)) => live < compiled,
            _ => true,
        };
        let kind = ChangeKind::Bound {
            keyword: keyword.to_owned(),
            compiled: compiled.cloned(),
            live: live.cloned(),
        };
        push(changes, pointer, kind, breaking);
    }
}

fn compare_rules(
    changes: &mut Vec<Change>,
    pointer: &str,
    compiled: &Map<String, Value>,
    live: &Map<String, Value>,
) {
    let compiled_extra = compiled.get("additionalProperties");
    let live_extra = live.get("additionalProperties");
    if compiled_extra != live_extra {
        let allows_any =
            |extra: Option<&Value>| extra.is_none_or(|extra| extra == &Value::Bool(true));
        let breaking = !allows_any(live_extra);
        let kind = keyword_change("additionalProperties", compiled_extra, live_extra);
        push(changes, pointer, kind, breaking);
    }

    for rule in OTHER_RULES {
        let compiled = compiled.get(rule);
        let live = live.get(rule);
        if compiled != live {
            push(changes, pointer, keyword_change(rule, compiled, live), true);
        }
    }

    let compiled_default = compiled.get("default");
    let live_default = live.get("default");
    if compiled_default != live_default {
        let kind = keyword_change("default", compiled_default, live_default);
        push(changes, pointer, kind, false);
    }
}

fn compare_properties(
    changes: &mut Vec<Change>,
    pointer: &str,
    compiled: &Map<String, Value>,
    live: &Map<String, Value>,
) {
    let empty = Map::new();
    let compiled_properties = properties(compiled).unwrap_or(&empty);
    let live_properties = properties(live).unwrap_or(&empty);
    let compiled_required = required(compiled);
    let live_required = required(live);

    for (name, compiled_schema) in compiled_properties {
        let path = child(pointer, name);
        let was_required = compiled_required.contains(&name.as_str());
        let Some(live_schema) = live_properties.get(name) else {
            // Breaking even when optional: code that sets the field no longer compiles.
            push(changes, &path, ChangeKind::Removed, true);
            continue;
        };

        let is_required = live_required.contains(&name.as_str());
        if was_required != is_required {
            push(
                changes,
                &path,
                ChangeKind::Required { live: is_required },
                is_required,
            );
        }
        compare_schemas(changes, &path, compiled_schema, live_schema);
    }

    for name in live_properties.keys() {
        if !compiled_properties.contains_key(name) {
            let is_required = live_required.contains(&name.as_str());
            let kind = ChangeKind::Added {
                required: is_required,
            };
            push(changes, &child(pointer, name), kind, is_required);
        }
    }
}

fn compare_items(
    changes: &mut Vec<Change>,
    pointer: &str,
    compiled: &Map<String, Value>,
    live: &Map<String, Value>,
) {
    match (compiled.get("items"), live.get("items")) {
        (Some(compiled), Some(live)) => {
            compare_schemas(changes, &child(pointer, "*"), compiled, live);
        }
        (None, None) => {}
        (compiled, live) => {
            let breaking = live.is_some();
            push(
                changes,
                pointer,
                keyword_change("items", compiled, live),
                breaking,
            );
        }
    }
}

fn properties(schema: &Map<String, Value>) -> Option<&Map<String, Value>> {
    schema.get("properties").and_then(Value::as_object)
}

fn required(schema: &Map<String, Value>) -> Vec<&str> {
    schema
        .get("required")
        .and_then(Value::as_array)
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn string(schema: &Map<String, Value>, keyword: &str) -> Option<String> {
    schema
        .get(keyword)
        .and_then(Value::as_str)
        .map(str::to_owned)
}

/// `pointer/name`, with `~` and `/` escaped as JSON pointers require.
fn child(pointer: &str, name: &str) -> String {
    format!("{pointer}/{}", name.replace('~', "~0").replace('/', "~1"))
}

fn keyword(name: &str, compiled: &Value, live: &Value) -> ChangeKind {
    keyword_change(name, Some(compiled), Some(live))
}

fn keyword_change(name: &str, compiled: Option<&Value>, live: Option<&Value>) -> ChangeKind {
    ChangeKind::Keyword {
        keyword: name.to_owned(),
        compiled: compiled.cloned(),
        live: live.cloned(),
    }
}

fn push(changes: &mut Vec<Change>, pointer: &str, kind: ChangeKind, breaking: bool) {
    changes.push(Change {
        pointer: pointer.to_owned(),
        kind,
        breaking,
    });
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn dynamics() -> Value {
        json!({
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "description": "defines auth params required for connecting to dynamics-online",
            "properties": {
                "serviceUri": {"type": "string", "description": "The service URL"},
                "username": {"type": "string"},
                "password": {"type": "string", "format": "password"}
            },
            "required": ["username", "password", "serviceUri"]
        })
    }

    fn only(drift: &Drift) -> &Change {
        assert_eq!(drift.changes().len(), 1, "{drift}");
        &drift.changes()[0]
    }

    #[test]
    fn equal_schemas_have_no_drift() {
        let mut live = dynamics();
        live["description"] = json!("reworded");
        live["properties"]["username"]["title"] = json!("User");

        let drift = compare(&dynamics(), &live);

        assert!(drift.is_empty());
        assert_eq!(drift.to_string(), "no drift");
    }

    #[test]
    fn an_added_optional_property_is_compatible() {
        let mut live = dynamics();
        live["properties"]["domain"] = json!({"type": "string"});

        let drift = compare(&dynamics(), &live);

        let change = only(&drift);
        assert_eq!(change.pointer, "/domain");
        assert_eq!(change.kind, ChangeKind::Added { required: false });
        assert!(!drift.is_breaking());
    }

    #[test]
    fn a_removed_required_property_is_breaking() {
        let mut live = dynamics();
        live["properties"]
            .as_object_mut()
            .unwrap()
            .remove("serviceUri");
        live["required"] = json!(["username", "password"]);

        let drift = compare(&dynamics(), &live);

        let change = only(&drift);
        assert_eq!(change.kind, ChangeKind::Removed);
        assert!(change.breaking);
        assert_eq!(
            change.to_string(),
            "breaking: /serviceUri: property removed"
        );
    }

    #[test]
    fn a_removed_optional_property_is_breaking_though_extra_properties_are_allowed() {
        let compiled = json!({
            "type": "object",
            "properties": {"host": {"type": "string"}, "region": {"type": "string"}},
            "required": ["host"]
        });
        let live = json!({
            "type": "object",
            "properties": {"host": {"type": "string"}},
            "required": ["host"]
        });

        let drift = compare(&compiled, &live);

        let change = only(&drift);
        assert_eq!(change.pointer, "/region");
        assert_eq!(change.kind, ChangeKind::Removed);
        assert!(change.breaking);
    }

    #[test]
    fn required_ness_changes_both_ways() {
        let mut live = dynamics();
        live["required"] = json!(["username", "password"]);
        let relaxed = compare(&dynamics(), &live);

        let tightened = compare(&live, &dynamics());

        assert_eq!(only(&relaxed).kind, ChangeKind::Required { live: false });
        assert!(!relaxed.is_breaking());
        assert_eq!(only(&tightened).kind, ChangeKind::Required { live: true });
        assert!(tightened.is_breaking());
    }

    #[test]
    fn every_type_change_is_breaking_a_widening_too() {
        let compiled = json!({"properties": {"port": {"type": "integer"}}});
        let widened = json!({"properties": {"port": {"type": ["number", "null"]}}});
        let narrowed = json!({"properties": {"port": {"type": "string"}}});
        let untyped = json!({"properties": {"port": {}}});
        let same = json!({"properties": {"port": {"type": ["integer"]}}});

        let drift = compare(&compiled, &narrowed);

        assert_eq!(
            only(&drift).kind,
            ChangeKind::Type {
                compiled: vec!["integer".into()],
                live: vec!["string".into()],
            }
        );
        assert!(drift.is_breaking());
        assert!(only(&compare(&compiled, &widened)).breaking);
        assert!(only(&compare(&compiled, &untyped)).breaking);
        assert!(only(&compare(&untyped, &compiled)).breaking);
        assert!(compare(&compiled, &same).is_empty());
    }

    #[test]
    fn a_new_password_format_is_breaking_and_a_dropped_one_is_not() {
        let mut live = dynamics();
        live["properties"]["username"]["format"] = json!("password");
        live["properties"]["password"]
            .as_object_mut()
            .unwrap()
            .remove("format");

        let drift = compare(&dynamics(), &live);

        assert_eq!(drift.changes().len(), 2);
        assert_eq!(drift.changes()[0].pointer, "/username");
        assert!(drift.changes()[0].breaking);
        assert_eq!(drift.changes()[1].pointer, "/password");
        assert!(!drift.changes()[1].breaking);
    }

    #[test]
    fn enum_changes_break_when_values_go() {
        let compiled = json!({"properties": {"region": {"enum": ["eu", "us"]}}});
        let grown = json!({"properties": {"region": {"enum": ["us", "eu", "ap"]}}});
        let shrunk = json!({"properties": {"region": {"enum": ["us"]}}});
        let reordered = json!({"properties": {"region": {"enum": ["us", "eu"]}}});

        assert!(!compare(&compiled, &grown).is_breaking());
        assert!(compare(&compiled, &shrunk).is_breaking());
        assert!(compare(&compiled, &reordered).is_empty());
    }

    #[test]
    fn patterns_and_bounds_break_when_tighter() {
        let compiled = json!({"properties": {"host": {"type": "string", "maxLength": 64}}});
        let looser = json!({"properties": {"host": {"type": "string", "maxLength": 128}}});
        let tighter = json!({
            "properties": {"host": {"type": "string", "maxLength": 32, "pattern": "^[a-z]+$"}}
        });

        assert!(!compare(&compiled, &looser).is_breaking());
        let drift = compare(&compiled, &tighter);
        assert_eq!(drift.changes().len(), 2);
        assert!(drift.changes().iter().all(|change| change.breaking));
        assert!(matches!(
            &drift.changes()[0].kind,
            ChangeKind::Pattern { .. }
        ));
        assert!(matches!(
            &drift.changes()[1].kind,
            ChangeKind::Bound { keyword, .. } if keyword == "maxLength"
        ));
    }

    #[test]
    fn nested_objects_and_items_are_walked() {
        let compiled = json!({
            "properties": {
                "credentials": {
                    "type": "object",
                    "properties": {"client/id": {"type": "string"}}
                },
                "scopes": {"type": "array", "items": {"type": "string"}}
            }
        });
        let live = json!({
            "properties": {
                "credentials": {
                    "type": "object",
                    "properties": {"client/id": {"type": "string", "minLength": 1}}
                },
                "scopes": {"type": "array", "items": {"type": "string", "enum": ["read"]}}
            }
        });

        let drift = compare(&compiled, &live);

        let pointers: Vec<_> = drift.changes().iter().map(|c| c.pointer.as_str()).collect();
        assert_eq!(pointers, ["/credentials/client~1id", "/scopes/*"]);
        assert!(drift.is_breaking());
    }

    #[test]
    fn closing_additional_properties_is_breaking() {
        let mut live = dynamics();
        live["additionalProperties"] = json!(false);

        let drift = compare(&dynamics(), &live);

        assert!(only(&drift).breaking);
        assert!(matches!(
            &only(&drift).kind,
            ChangeKind::Keyword { keyword, .. } if keyword == "additionalProperties"
        ));
    }

    #[test]
    fn one_of_changes_are_reported_as_breaking() {
        let compiled = json!({"oneOf": [{"required": ["a"]}, {"required": ["b"]}]});
        let live = json!({"oneOf": [{"required": ["a"]}]});

        assert!(only(&compare(&compiled, &live)).breaking);
    }
}
