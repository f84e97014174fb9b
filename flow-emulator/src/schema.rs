//! Auth schemas: compiled once when the specs load, checked on every create and update.
//!
//! Violations are reported by JSON pointer and keyword, with a message built here from the
//! rule the schema states. The value that broke the rule is never repeated: it may be a
//! password, and `jsonschema`'s own messages quote it.

use std::panic::{AssertUnwindSafe, catch_unwind};

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{ValidationError, Validator};
use serde::Serialize;
use serde_json::Value;

/// How deep in properties the search for secrets goes.
const MAX_SCHEMA_DEPTH: usize = 64;

/// How many schemas the search for secrets looks at, at most, in one auth spec.
const MAX_SCHEMA_NODES: usize = 10_000;

/// The compiled schema of one auth spec, and where its secrets are.
pub(crate) struct AuthSchema {
    validator: Result<Validator, String>,
    secrets: Vec<Vec<Segment>>,
}

/// One step from the params' root towards a secret.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Segment {
    /// The property of this name.
    Name(String),
    /// Every element of an array (`items` with one schema).
    Each,
    /// The element at this index (`items` with a list of schemas).
    Index(usize),
}

/// One broken rule, as listed in an error's `errorDetails`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct Violation {
    /// JSON pointer into `auth.params`; for `required`, the pointer of the missing property.
    pub pointer: String,
    /// The JSON Schema keyword that was broken.
    pub keyword: String,
    /// What the rule asks for, without the value.
    pub message: String,
}

/// Why params were refused.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// The auth spec's schema does not compile; nothing can be checked against it.
    Unusable(String),
    /// The params break the schema; never empty.
    Invalid(Vec<Violation>),
}

impl AuthSchema {
    /// Compiles `schema` as draft-07 with format checks on; `password` accepts any string.
    ///
    /// A schema that does not compile is kept with the reason, so the specs still load and
    /// only the connections of this auth spec are refused.
    pub(crate) fn compile(schema: &Value) -> Self {
        let secrets = SecretWalk::run(schema);

        let validator = if schema.is_null() {
            Err("the auth spec has no schema".to_owned())
        } else {
            build(schema)
        };

        Self { validator, secrets }
    }

    /// The paths of the values marked `format: password`.
    pub(crate) fn secret_paths(&self) -> &[Vec<Segment>] {
        &self.secrets
    }

    /// Why the schema does not compile, when it does not.
    pub(crate) fn unusable_reason(&self) -> Option<&str> {
        self.validator.as_ref().err().map(String::as_str)
    }

    /// Checks `params`, listing every violation.
    pub(crate) fn check(&self, params: &Value) -> Result<(), Refusal> {
        let validator = self
            .validator
            .as_ref()
            .map_err(|reason| Refusal::Unusable(reason.clone()))?;

        let mut violations = Vec::new();
        for error in validator.iter_errors(params) {
            for violation in describe(&error) {
                if !violations.contains(&violation) {
                    violations.push(violation);
                }
            }
        }

        if violations.is_empty() {
            Ok(())
        } else {
            Err(Refusal::Invalid(violations))
        }
    }
}

fn build(schema: &Value) -> Result<Validator, String> {
    // The schemas come from files anyone can write; a panic in the compiler for an odd one
    // must cost that auth spec, not the whole emulator.
    let built = catch_unwind(AssertUnwindSafe(|| {
        jsonschema::draft7::options()
            .should_validate_formats(true)
            .with_format("password", |_: &str| true)
            .build(schema)
    }));

    match built {
        Ok(Ok(validator)) => Ok(validator),
        Ok(Err(error)) => Err(format!(
            "the schema does not compile: keyword `{}` at `{}` is not valid draft-07",
            error.kind().keyword(),
            pointer_or_root(error.instance_path().as_str()),
        )),
        Err(_) => Err("the schema does not compile".to_owned()),
    }
}

/// Walks a schema for properties marked `format: password`, following local `$ref`s.
///
/// A `$ref` already being followed is not followed again, and the walk stops after
/// [`MAX_SCHEMA_NODES`] schemas, so a recursive or huge schema ends quickly.
struct SecretWalk<'s> {
    root: &'s Value,
    path: Vec<Segment>,
    following: Vec<&'s str>,
    visited: usize,
    secrets: Vec<Vec<Segment>>,
}

impl<'s> SecretWalk<'s> {
    fn run(root: &'s Value) -> Vec<Vec<Segment>> {
        let mut walk = Self {
            root,
            path: Vec::new(),
            following: Vec::new(),
            visited: 0,
            secrets: Vec::new(),
        };
        walk.visit(root);
        walk.secrets
    }

    fn visit(&mut self, schema: &'s Value) {
        self.visited += 1;
        if self.visited > MAX_SCHEMA_NODES || self.path.len() > MAX_SCHEMA_DEPTH {
            return;
        }

        let Some(object) = schema.as_object() else {
            return;
        };

        let is_password = object.get("format").and_then(Value::as_str) == Some("password");
        if is_password && !self.path.is_empty() && !self.secrets.contains(&self.path) {
            self.secrets.push(self.path.clone());
        }

        if let Some(reference) = object.get("$ref").and_then(Value::as_str)
            && !self.following.contains(&reference)
            && let Some(target) = reference
                .strip_prefix('#')
                .and_then(|pointer| self.root.pointer(pointer))
        {
            self.following.push(reference);
            self.visit(target);
            self.following.pop();
        }

        if let Some(properties) = object.get("properties").and_then(Value::as_object) {
            for (name, property) in properties {
                self.visit_at(Segment::Name(name.clone()), property);
            }
        }

        match object.get("items") {
            Some(Value::Array(items)) => {
                for (index, item) in items.iter().enumerate() {
                    self.visit_at(Segment::Index(index), item);
                }
            }
            Some(items) => self.visit_at(Segment::Each, items),
            None => {}
        }

        for keyword in ["allOf", "anyOf", "oneOf"] {
            for branch in object
                .get(keyword)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                self.visit(branch);
            }
        }
        for keyword in ["if", "then", "else"] {
            if let Some(branch) = object.get(keyword) {
                self.visit(branch);
            }
        }
    }

    fn visit_at(&mut self, segment: Segment, schema: &'s Value) {
        self.path.push(segment);
        self.visit(schema);
        self.path.pop();
    }
}

fn describe(error: &ValidationError<'_>) -> Vec<Violation> {
    let pointer = error.instance_path().as_str();
    let kind = error.kind();
    let keyword = kind.keyword().to_owned();
    let single = |message: String| {
        vec![Violation {
            pointer: pointer.to_owned(),
            keyword: keyword.clone(),
            message,
        }]
    };

    match kind {
        ValidationErrorKind::Required { property } => {
            let name = property
                .as_str()
                .map_or_else(|| property.to_string(), str::to_owned);
            vec![Violation {
                pointer: format!("{pointer}/{}", escape_pointer_token(&name)),
                keyword,
                message: "is required".to_owned(),
            }]
        }
        ValidationErrorKind::AdditionalProperties { unexpected }
        | ValidationErrorKind::UnevaluatedProperties { unexpected } => unexpected
            .iter()
            .map(|name| Violation {
                pointer: format!("{pointer}/{}", escape_pointer_token(name)),
                keyword: keyword.clone(),
                message: "is not a property the schema allows".to_owned(),
            })
            .collect(),
        _ => single(message(kind)),
    }
}

fn message(kind: &ValidationErrorKind) -> String {
    match kind {
        ValidationErrorKind::AdditionalItems { limit } => {
            format!("must have at most {limit} items")
        }
        ValidationErrorKind::AnyOf { .. } => "must match one of the `anyOf` schemas".to_owned(),
        ValidationErrorKind::Pattern { pattern } => format!("must match the pattern `{pattern}`"),
        ValidationErrorKind::BacktrackLimitExceeded { .. }
        | ValidationErrorKind::RegexEngineFailure { .. } => {
            "could not be checked against its pattern".to_owned()
        }
        ValidationErrorKind::Constant { .. } => "must equal the value the schema fixes".to_owned(),
        ValidationErrorKind::Contains => "must contain an item the schema asks for".to_owned(),
        ValidationErrorKind::ContentEncoding { content_encoding } => {
            format!("must be encoded as `{content_encoding}`")
        }
        ValidationErrorKind::FromUtf8 { .. } => "must decode to UTF-8 text".to_owned(),
        ValidationErrorKind::ContentMediaType { content_media_type } => {
            format!("must be of media type `{content_media_type}`")
        }
        ValidationErrorKind::Custom { keyword, .. } => format!("breaks the `{keyword}` rule"),
        ValidationErrorKind::Enum { options } => format!("must be one of {options}"),
        ValidationErrorKind::ExclusiveMaximum { limit } => format!("must be less than {limit}"),
        ValidationErrorKind::ExclusiveMinimum { limit } => format!("must be greater than {limit}"),
        ValidationErrorKind::FalseSchema => "is not allowed by the schema".to_owned(),
        ValidationErrorKind::Format { format } => format!("must be a valid `{format}`"),
        ValidationErrorKind::MaxItems { limit } => format!("must have at most {limit} items"),
        ValidationErrorKind::Maximum { limit } => format!("must be at most {limit}"),
        ValidationErrorKind::MaxLength { limit } => {
            format!("must be at most {limit} characters long")
        }
        ValidationErrorKind::MaxProperties { limit } => {
            format!("must have at most {limit} properties")
        }
        ValidationErrorKind::MinItems { limit } => format!("must have at least {limit} items"),
        ValidationErrorKind::Minimum { limit } => format!("must be at least {limit}"),
        ValidationErrorKind::MinLength { limit } => {
            format!("must be at least {limit} characters long")
        }
        ValidationErrorKind::MinProperties { limit } => {
            format!("must have at least {limit} properties")
        }
        ValidationErrorKind::MultipleOf { multiple_of } => {
            format!("must be a multiple of {multiple_of}")
        }
        ValidationErrorKind::Not { .. } => "must not match the `not` schema".to_owned(),
        ValidationErrorKind::OneOfMultipleValid { .. } => {
            "must match exactly one of the `oneOf` schemas, not several".to_owned()
        }
        ValidationErrorKind::OneOfNotValid { .. } => {
            "must match exactly one of the `oneOf` schemas".to_owned()
        }
        ValidationErrorKind::PropertyNames { .. } => {
            "has a property name the schema does not allow".to_owned()
        }
        ValidationErrorKind::Type { kind } => format!("must be of type {}", type_names(kind)),
        ValidationErrorKind::UnevaluatedItems { .. } => {
            "has items the schema does not allow".to_owned()
        }
        ValidationErrorKind::UniqueItems => "must not contain duplicate items".to_owned(),
        ValidationErrorKind::Referencing(_) => {
            "refers to a schema that cannot be resolved".to_owned()
        }
        ValidationErrorKind::Required { .. }
        | ValidationErrorKind::AdditionalProperties { .. }
        | ValidationErrorKind::UnevaluatedProperties { .. } => {
            "breaks a rule of the schema".to_owned()
        }
    }
}

fn type_names(kind: &TypeKind) -> String {
    match kind {
        TypeKind::Single(single) => format!("`{single}`"),
        TypeKind::Multiple(set) => set
            .iter()
            .map(|one| format!("`{one}`"))
            .collect::<Vec<_>>()
            .join(" or "),
    }
}

/// Escapes one property name for use in a JSON pointer (RFC 6901).
pub(crate) fn escape_pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

fn pointer_or_root(pointer: &str) -> &str {
    if pointer.is_empty() {
        "(root)"
    } else {
        pointer
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)]
mod tests {
    use serde_json::json;

    use super::*;

    fn dynamics() -> AuthSchema {
        AuthSchema::compile(&json!({
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "serviceUri": {"type": "string", "format": "uri"},
                "username": {"type": "string", "minLength": 3},
                "password": {"type": "string", "format": "password"}
            },
            "required": ["username", "password", "serviceUri", "ghost"]
        }))
    }

    fn violations(schema: &AuthSchema, params: Value) -> Vec<Violation> {
        match schema.check(&params) {
            Err(Refusal::Invalid(violations)) => violations,
            other => panic!("expected violations, got {other:?}"),
        }
    }

    #[test]
    fn every_violation_is_listed_by_pointer_and_keyword() {
        let found = violations(
            &dynamics(),
            json!({"username": "ab", "serviceUri": "not a uri", "password": 7}),
        );

        let pairs: Vec<(&str, &str)> = found
            .iter()
            .map(|v| (v.pointer.as_str(), v.keyword.as_str()))
            .collect();
        assert!(pairs.contains(&("/username", "minLength")), "{pairs:?}");
        assert!(pairs.contains(&("/serviceUri", "format")), "{pairs:?}");
        assert!(pairs.contains(&("/password", "type")), "{pairs:?}");
        assert!(pairs.contains(&("/ghost", "required")), "{pairs:?}");
    }

    #[test]
    fn messages_never_repeat_the_value() {
        let found = violations(
            &dynamics(),
            json!({"username": "zq", "password": ["hunter2"], "serviceUri": "hunter2 uri"}),
        );

        let text = serde_json::to_string(&found).unwrap();
        assert!(!text.contains("hunter2"), "{text}");
        assert!(!text.contains("zq"), "{text}");
    }

    #[test]
    fn password_format_accepts_any_string() {
        let schema = AuthSchema::compile(&json!({
            "type": "object",
            "properties": {"password": {"type": "string", "format": "password"}}
        }));

        assert_eq!(
            schema.check(&json!({"password": "\u{0}~ anything"})),
            Ok(())
        );
    }

    #[test]
    fn a_schema_that_does_not_compile_refuses_with_a_reason() {
        let schema = AuthSchema::compile(&json!({"type": "strnig"}));

        let reason = schema.unusable_reason().unwrap().to_owned();
        assert!(reason.contains("does not compile"), "{reason}");
        assert_eq!(schema.check(&json!({})), Err(Refusal::Unusable(reason)));
    }

    #[test]
    fn a_missing_schema_refuses() {
        let schema = AuthSchema::compile(&Value::Null);

        assert!(matches!(
            schema.check(&json!({})),
            Err(Refusal::Unusable(_))
        ));
    }

    #[test]
    fn secrets_are_found_in_nested_properties_branches_and_refs() {
        let schema = AuthSchema::compile(&json!({
            "definitions": {"key": {"type": "string", "format": "password"}},
            "type": "object",
            "properties": {
                "password": {"type": "string", "format": "password"},
                "nested": {"properties": {"token": {"format": "password"}}},
                "viaRef": {"$ref": "#/definitions/key"}
            },
            "oneOf": [{"properties": {"apiKey": {"format": "password"}}}]
        }));

        let paths = schema.secret_paths();
        assert!(paths.contains(&names(&["password"])));
        assert!(paths.contains(&names(&["nested", "token"])));
        assert!(paths.contains(&names(&["viaRef"])));
        assert!(paths.contains(&names(&["apiKey"])));
        assert_eq!(paths.len(), 4);
    }

    #[test]
    fn secrets_are_found_in_array_items() {
        let schema = AuthSchema::compile(&json!({
            "properties": {
                "keys": {"items": {"type": "string", "format": "password"}},
                "pair": {"items": [{"type": "string"}, {"format": "password"}]},
                "logins": {"items": {"properties": {"pin": {"format": "password"}}}}
            }
        }));

        let paths = schema.secret_paths();
        let keys = vec![Segment::Name("keys".to_owned()), Segment::Each];
        let pair = vec![Segment::Name("pair".to_owned()), Segment::Index(1)];
        let pins = vec![
            Segment::Name("logins".to_owned()),
            Segment::Each,
            Segment::Name("pin".to_owned()),
        ];
        assert_eq!(paths, [keys, pair, pins]);
    }

    fn names(names: &[&str]) -> Vec<Segment> {
        names
            .iter()
            .map(|name| Segment::Name((*name).to_owned()))
            .collect()
    }

    #[test]
    fn a_self_referencing_schema_is_walked_once() {
        let schema = AuthSchema::compile(&json!({
            "properties": {
                "a": {"$ref": "#"},
                "b": {"$ref": "#"},
                "c": {"$ref": "#"},
                "key": {"format": "password"}
            }
        }));

        let mut paths = schema.secret_paths().to_vec();
        paths.sort();
        let expected = [
            names(&["a", "key"]),
            names(&["b", "key"]),
            names(&["c", "key"]),
            names(&["key"]),
        ];
        assert_eq!(paths, expected);
    }

    #[test]
    fn pointer_tokens_are_escaped() {
        assert_eq!(escape_pointer_token("a/b~c"), "a~1b~0c");
    }
}
