//! JSON Schema (draft-07) checked at run time, for what generated types cannot hold.
//!
//! Generated types keep their source schema. [`Schema`] checks a `serde_json::Value` against
//! it: the registry checks params chosen at run time before typing them, and a field whose
//! schema has no Rust shape (`oneOf`, a `const`, a mixed `enum`...) is a `Value` checked here.
//! Violations carry pointers and keywords, never values. Only references inside the document
//! (`#/definitions/...`) are followed.

use std::collections::HashMap;

use regex::Regex;
use serde_json::{Map, Value};

use crate::format;
use crate::validate::{NumberRules, Report, ValidationError, compile_pattern};

/// How deep references may nest before a schema is taken for a loop.
const MAX_DEPTH: usize = 128;

/// A JSON Schema document, ready to check values.
///
/// ```
/// use flow_client::schema::Schema;
/// use serde_json::json;
///
/// let schema = Schema::from_value(json!({
///     "type": "object",
///     "properties": {"port": {"type": "integer", "maximum": 65535}},
///     "required": ["host"]
/// }));
///
/// let error = schema.check(&json!({"port": 70000})).unwrap_err();
/// let keywords: Vec<_> = error.violations().iter().map(|v| v.keyword).collect();
/// assert_eq!(keywords, ["maximum", "required"]);
/// ```
#[derive(Debug, Clone)]
pub struct Schema {
    root: Value,
    regexes: HashMap<String, Option<Regex>>,
}

impl Schema {
    /// A schema from its JSON text; text that is not JSON gives a schema nothing satisfies.
    pub fn new(text: &str) -> Self {
        Self::from_value(serde_json::from_str(text).unwrap_or(Value::Bool(false)))
    }

    /// A schema from its JSON value.
    pub fn from_value(root: Value) -> Self {
        let mut regexes = HashMap::new();
        collect_patterns(&root, &mut regexes);
        Self { root, regexes }
    }

    /// The schema as JSON.
    pub fn as_value(&self) -> &Value {
        &self.root
    }

    /// Checks `value` against the whole schema.
    ///
    /// # Errors
    ///
    /// Returns every violation.
    pub fn check(&self, value: &Value) -> Result<(), ValidationError> {
        let mut report = Report::new();
        self.check_into(&self.root, value, "", &mut report, 0);
        report.finish()
    }

    /// Checks `value`, found at instance pointer `at`, against the subschema at
    /// `schema_pointer`, recording into `report`.
    pub fn check_at(&self, schema_pointer: &str, value: &Value, at: &str, report: &mut Report) {
        match self.root.pointer(schema_pointer) {
            Some(schema) => self.check_into(schema, value, at, report, 0),
            None => report.push(at, "$ref", "its schema cannot be found"),
        }
    }

    fn is_valid(&self, schema: &Value, value: &Value, depth: usize) -> bool {
        let mut scratch = Report::new();
        self.check_into(schema, value, "", &mut scratch, depth);
        scratch.is_empty()
    }

    fn check_into(
        &self,
        schema: &Value,
        value: &Value,
        at: &str,
        report: &mut Report,
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            report.push(at, "$ref", "the schema refers to itself without end");
            return;
        }
        let object = match schema {
            Value::Bool(true) => return,
            Value::Bool(false) => {
                report.push(at, "false", "no value is allowed here");
                return;
            }
            Value::Object(object) => object,
            _ => {
                report.push(at, "type", "its schema is not a schema");
                return;
            }
        };

        if let Some(reference) = object.get("$ref") {
            match reference
                .as_str()
                .and_then(|reference| self.resolve(reference))
            {
                Some(target) => self.check_into(target, value, at, report, depth + 1),
                None => report.push(at, "$ref", "its schema reference cannot be followed"),
            }
            return;
        }

        self.generic(object, value, at, report);
        match value {
            Value::String(text) => self.string(object, text, at, report),
            Value::Number(number) => number_rules(object, number.as_f64(), at, report),
            Value::Array(items) => self.array(object, items, at, report, depth),
            Value::Object(members) => self.object(object, members, at, report, depth),
            Value::Null | Value::Bool(_) => {}
        }
        self.combinators(object, value, at, report, depth);
    }

    fn resolve(&self, reference: &str) -> Option<&Value> {
        let pointer = reference.strip_prefix('#')?;
        let decoded = percent_decode(pointer);
        self.root.pointer(&decoded)
    }

    fn generic(&self, object: &Map<String, Value>, value: &Value, at: &str, report: &mut Report) {
        match object.get("type") {
            Some(Value::String(kind)) if !has_type(value, kind) => {
                report.push(at, "type", format!("must be of type `{kind}`"));
            }
            Some(Value::Array(kinds)) => {
                let kinds: Vec<&str> = kinds.iter().filter_map(Value::as_str).collect();
                if !kinds.iter().any(|kind| has_type(value, kind)) {
                    let list = kinds.join("`, `");
                    report.push(at, "type", format!("must be of type `{list}`"));
                }
            }
            _ => {}
        }

        if let Some(Value::Array(allowed)) = object.get("enum")
            && !allowed.iter().any(|candidate| json_eq(candidate, value))
        {
            report.push(at, "enum", "must be one of the listed values");
        }
        if let Some(constant) = object.get("const")
            && !json_eq(constant, value)
        {
            report.push(at, "const", "must be the schema's constant");
        }
    }

    fn string(&self, object: &Map<String, Value>, text: &str, at: &str, report: &mut Report) {
        if let Some(min) = object.get("minLength").and_then(Value::as_u64) {
            report.min_length(at, "", text, min);
        }
        if let Some(max) = object.get("maxLength").and_then(Value::as_u64) {
            report.max_length(at, "", text, max);
        }
        if let Some(pattern) = object.get("pattern").and_then(Value::as_str) {
            let regex = self.regexes.get(pattern).and_then(Option::as_ref);
            report.pattern(at, "", text, regex, pattern);
        }
        if let Some(name) = object.get("format").and_then(Value::as_str)
            && !format::is_valid(name, text)
        {
            report.push(at, "format", format!("must be a valid `{name}`"));
        }
        let encoding = object.get("contentEncoding").and_then(Value::as_str);
        let media_type = object.get("contentMediaType").and_then(Value::as_str);
        if encoding.is_some() || media_type.is_some() {
            report.content(at, "", text, encoding, media_type);
        }
    }

    fn array(
        &self,
        object: &Map<String, Value>,
        items: &[Value],
        at: &str,
        report: &mut Report,
        depth: usize,
    ) {
        let min = object.get("minItems").and_then(Value::as_u64);
        let max = object.get("maxItems").and_then(Value::as_u64);
        report.items(at, "", items.len(), min, max);

        if object.get("uniqueItems") == Some(&Value::Bool(true)) {
            let repeated = items
                .iter()
                .enumerate()
                .any(|(index, item)| items[..index].iter().any(|other| json_eq(item, other)));
            if repeated {
                report.push(at, "uniqueItems", "items must be unique");
            }
        }

        match object.get("items") {
            Some(Value::Array(positions)) => {
                for (index, item) in items.iter().enumerate() {
                    let item_at = format!("{at}/{index}");
                    let schema = positions
                        .get(index)
                        .or_else(|| object.get("additionalItems"));
                    if let Some(schema) = schema {
                        self.check_into(schema, item, &item_at, report, depth + 1);
                    }
                }
            }
            Some(schema) => {
                for (index, item) in items.iter().enumerate() {
                    let item_at = format!("{at}/{index}");
                    self.check_into(schema, item, &item_at, report, depth + 1);
                }
            }
            None => {}
        }

        if let Some(contains) = object.get("contains")
            && !items
                .iter()
                .any(|item| self.is_valid(contains, item, depth + 1))
        {
            report.push(at, "contains", "must contain an item that fits its schema");
        }
    }

    fn object(
        &self,
        object: &Map<String, Value>,
        members: &Map<String, Value>,
        at: &str,
        report: &mut Report,
        depth: usize,
    ) {
        let properties = object.get("properties").and_then(Value::as_object);
        let patterns = object.get("patternProperties").and_then(Value::as_object);

        for (key, member) in members {
            let member_at = format!("{at}/{}", escape(key));
            let mut matched = false;
            if let Some(schema) = properties.and_then(|properties| properties.get(key)) {
                matched = true;
                self.check_into(schema, member, &member_at, report, depth + 1);
            }
            for (pattern, schema) in patterns.into_iter().flatten() {
                let regex = self.regexes.get(pattern).and_then(Option::as_ref);
                if regex.is_some_and(|regex| regex.is_match(key)) {
                    matched = true;
                    self.check_into(schema, member, &member_at, report, depth + 1);
                }
            }
            if !matched && let Some(additional) = object.get("additionalProperties") {
                if additional == &Value::Bool(false) {
                    report.push(member_at.as_str(), "additionalProperties", "is not allowed");
                } else {
                    self.check_into(additional, member, &member_at, report, depth + 1);
                }
            }
            if let Some(names) = object.get("propertyNames")
                && !self.is_valid(names, &Value::String(key.clone()), depth + 1)
            {
                report.push(
                    member_at,
                    "propertyNames",
                    "its name does not fit the schema",
                );
            }
        }

        if let Some(Value::Array(required)) = object.get("required") {
            for name in required.iter().filter_map(Value::as_str) {
                if !members.contains_key(name) {
                    report.push(format!("{at}/{}", escape(name)), "required", "is required");
                }
            }
        }

        let count = members.len() as u64;
        if let Some(min) = object.get("minProperties").and_then(Value::as_u64)
            && count < min
        {
            report.push(
                at,
                "minProperties",
                format!("must have at least {min} properties"),
            );
        }
        if let Some(max) = object.get("maxProperties").and_then(Value::as_u64)
            && count > max
        {
            report.push(
                at,
                "maxProperties",
                format!("must have at most {max} properties"),
            );
        }

        if let Some(Value::Object(dependencies)) = object.get("dependencies") {
            for (key, dependency) in dependencies {
                if !members.contains_key(key) {
                    continue;
                }
                match dependency {
                    Value::Array(names) => {
                        for name in names.iter().filter_map(Value::as_str) {
                            if !members.contains_key(name) {
                                let message = format!("is required when `{key}` is present");
                                report.push(
                                    format!("{at}/{}", escape(name)),
                                    "dependencies",
                                    message,
                                );
                            }
                        }
                    }
                    schema => {
                        let whole = Value::Object(members.clone());
                        self.check_into(schema, &whole, at, report, depth + 1);
                    }
                }
            }
        }
    }

    fn combinators(
        &self,
        object: &Map<String, Value>,
        value: &Value,
        at: &str,
        report: &mut Report,
        depth: usize,
    ) {
        if let Some(Value::Array(all)) = object.get("allOf") {
            for schema in all {
                self.check_into(schema, value, at, report, depth + 1);
            }
        }
        if let Some(Value::Array(any)) = object.get("anyOf")
            && !any
                .iter()
                .any(|schema| self.is_valid(schema, value, depth + 1))
        {
            report.push(at, "anyOf", "must fit at least one of the listed schemas");
        }
        if let Some(Value::Array(one)) = object.get("oneOf") {
            let fitting = one
                .iter()
                .filter(|schema| self.is_valid(schema, value, depth + 1))
                .count();
            if fitting != 1 {
                let message = format!("must fit exactly one of the listed schemas, fits {fitting}");
                report.push(at, "oneOf", message);
            }
        }
        if let Some(not) = object.get("not")
            && self.is_valid(not, value, depth + 1)
        {
            report.push(at, "not", "must not fit the schema under `not`");
        }
        if let Some(condition) = object.get("if") {
            let branch = if self.is_valid(condition, value, depth + 1) {
                object.get("then")
            } else {
                object.get("else")
            };
            if let Some(branch) = branch {
                self.check_into(branch, value, at, report, depth + 1);
            }
        }
    }
}

/// The subschema at `pointer` as a `schemars` schema, carrying the document's definitions so
/// that its references still resolve; what generated types give as their `JsonSchema`.
pub fn schemars_at(schema: &Schema, pointer: &str) -> schemars::Schema {
    let mut value = schema
        .as_value()
        .pointer(pointer)
        .cloned()
        .unwrap_or(Value::Bool(true));
    if let (Value::Object(sub), Value::Object(root)) = (&mut value, schema.as_value())
        && !pointer.is_empty()
    {
        for key in ["definitions", "$defs"] {
            if let Some(definitions) = root.get(key) {
                sub.entry(key).or_insert_with(|| definitions.clone());
            }
        }
    }
    schemars::Schema::try_from(value).unwrap_or_default()
}

/// A `schemars` schema that accepts what any of `members` accepts.
pub fn schemars_any_of(members: Vec<schemars::Schema>) -> schemars::Schema {
    let members: Vec<Value> = members
        .into_iter()
        .map(schemars::Schema::to_value)
        .collect();
    schemars::json_schema!({ "anyOf": members })
}

fn number_rules(object: &Map<String, Value>, number: Option<f64>, at: &str, report: &mut Report) {
    let Some(number) = number else {
        return;
    };
    let get = |key: &str| object.get(key).and_then(Value::as_f64);
    let rules = NumberRules {
        minimum: get("minimum"),
        maximum: get("maximum"),
        exclusive_minimum: get("exclusiveMinimum"),
        exclusive_maximum: get("exclusiveMaximum"),
        multiple_of: get("multipleOf").filter(|step| *step > 0.0),
    };
    report.number(at, "", number, &rules);
}

fn has_type(value: &Value, kind: &str) -> bool {
    match kind {
        "string" => value.is_string(),
        "number" => value.is_number(),
        "integer" => match value {
            Value::Number(number) => {
                number.is_i64()
                    || number.is_u64()
                    || number.as_f64().is_some_and(|n| n.fract() == 0.0)
            }
            _ => false,
        },
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => false,
    }
}

/// JSON equality as JSON Schema means it: `1` equals `1.0`.
pub(crate) fn json_eq(left: &Value, right: &Value) -> bool {
    match (left, right) {
        (Value::Number(left), Value::Number(right)) => {
            if let (Some(left), Some(right)) = (left.as_i64(), right.as_i64()) {
                left == right
            } else if let (Some(left), Some(right)) = (left.as_u64(), right.as_u64()) {
                left == right
            } else {
                left.as_f64() == right.as_f64()
            }
        }
        (Value::Array(left), Value::Array(right)) => {
            left.len() == right.len() && left.iter().zip(right).all(|(l, r)| json_eq(l, r))
        }
        (Value::Object(left), Value::Object(right)) => {
            left.len() == right.len()
                && left
                    .iter()
                    .all(|(key, l)| right.get(key).is_some_and(|r| json_eq(l, r)))
        }
        _ => left == right,
    }
}

fn collect_patterns(schema: &Value, regexes: &mut HashMap<String, Option<Regex>>) {
    match schema {
        Value::Object(object) => {
            if let Some(Value::String(pattern)) = object.get("pattern") {
                regexes
                    .entry(pattern.clone())
                    .or_insert_with(|| compile_pattern(pattern));
            }
            if let Some(Value::Object(patterns)) = object.get("patternProperties") {
                for pattern in patterns.keys() {
                    regexes
                        .entry(pattern.clone())
                        .or_insert_with(|| compile_pattern(pattern));
                }
            }
            for child in object.values() {
                collect_patterns(child, regexes);
            }
        }
        Value::Array(items) => {
            for item in items {
                collect_patterns(item, regexes);
            }
        }
        _ => {}
    }
}

fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = bytes
            .get(index + 1..index + 3)
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (bytes[index], hex) {
            (b'%', Some(byte)) => {
                decoded.push(byte);
                index += 3;
            }
            (byte, _) => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn keywords(schema: Value, value: Value) -> Vec<&'static str> {
        match Schema::from_value(schema).check(&value) {
            Ok(()) => Vec::new(),
            Err(error) => error.violations().iter().map(|v| v.keyword).collect(),
        }
    }

    #[test]
    fn types_enums_and_constants() {
        assert_eq!(
            keywords(json!({"type": ["string", "null"]}), json!(null)),
            [""; 0]
        );
        assert_eq!(
            keywords(json!({"type": ["string", "null"]}), json!(1)),
            ["type"]
        );
        assert_eq!(keywords(json!({"type": "integer"}), json!(2.0)), [""; 0]);
        assert_eq!(keywords(json!({"type": "integer"}), json!(2.5)), ["type"]);
        assert_eq!(
            keywords(json!({"enum": [1, "a", null]}), json!(1.0)),
            [""; 0]
        );
        assert_eq!(
            keywords(json!({"enum": [1, "a", null]}), json!("b")),
            ["enum"]
        );
        assert_eq!(
            keywords(json!({"const": {"a": [1]}}), json!({"a": [1]})),
            [""; 0]
        );
    }

    #[test]
    fn objects_report_every_violation_with_its_pointer() {
        let schema = json!({
            "type": "object",
            "properties": {"a/b": {"type": "string", "minLength": 2}},
            "required": ["c"],
            "additionalProperties": false
        });

        let error = Schema::from_value(schema)
            .check(&json!({"a/b": "x", "extra": 1}))
            .unwrap_err();

        let found: Vec<(&str, &str)> = error
            .violations()
            .iter()
            .map(|v| (v.pointer.as_str(), v.keyword))
            .collect();
        assert_eq!(
            found,
            [
                ("/a~1b", "minLength"),
                ("/extra", "additionalProperties"),
                ("/c", "required")
            ]
        );
    }

    #[test]
    fn combinators_and_references() {
        let schema = json!({
            "definitions": {"port": {"type": "integer", "minimum": 1}},
            "properties": {"port": {"$ref": "#/definitions/port"}},
            "oneOf": [{"required": ["a"]}, {"required": ["b"]}]
        });

        assert_eq!(
            keywords(schema.clone(), json!({"a": 1, "port": 80})),
            [""; 0]
        );
        assert_eq!(keywords(schema.clone(), json!({"a": 1, "b": 2})), ["oneOf"]);
        assert_eq!(keywords(schema, json!({"a": 1, "port": 0})), ["minimum"]);
    }

    #[test]
    fn a_self_referring_schema_ends_with_a_violation() {
        let schema =
            json!({"definitions": {"x": {"$ref": "#/definitions/x"}}, "$ref": "#/definitions/x"});

        assert_eq!(keywords(schema, json!(1)), ["$ref"]);
    }

    #[test]
    fn violations_never_quote_the_value() {
        let schema = json!({"properties": {"p": {"pattern": "^a", "enum": ["a"]}}});

        let error = Schema::from_value(schema)
            .check(&json!({"p": "s3cret"}))
            .unwrap_err();

        assert!(!error.to_string().contains("s3cret"), "{error}");
    }
}
