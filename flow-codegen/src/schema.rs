//! JSON Schema (draft-07) to a typed model.
//!
//! What Rust types can hold becomes a type: strings (secret when `format: password`), numbers,
//! booleans, lists, nested objects as structs, string enums as enums, maps, nullable values.
//! Everything else (`oneOf`, `anyOf`, `not`, `if`, `const`, mixed `enum`s, tuples...) becomes a
//! `serde_json::Value` that the runtime checks against its subschema, so no schema is refused
//! for being too rich. A schema is refused only when it is wrong: a keyword with a value of
//! the wrong kind, a pattern that does not compile, a reference that leads nowhere, a
//! `default` its own schema rejects. Every node keeps its JSON pointer, so every finding can
//! name its place.

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::finding::{Finding, push_pointer};
use crate::naming::Scope;

/// A generated type: a struct for an object schema or an enum for a string `enum`.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeDef {
    /// An object with named properties.
    Struct(StructDef),
    /// A closed set of strings.
    Enum(EnumDef),
}

impl TypeDef {
    /// The Rust name of the type.
    pub fn name(&self) -> &str {
        match self {
            Self::Struct(def) => &def.name,
            Self::Enum(def) => &def.name,
        }
    }
}

/// An object schema with named properties.
#[derive(Debug, Clone, PartialEq)]
pub struct StructDef {
    /// The Rust name.
    pub name: String,
    /// From the schema's `description` or `title`.
    pub doc: Option<String>,
    /// Where the schema is in the file.
    pub pointer: String,
    /// Where the schema is in its auth schema.
    pub schema_pointer: String,
    /// The properties, in schema order.
    pub fields: Vec<Field>,
    /// What keys other than the properties may hold.
    pub additional: Additional,
    /// Whether the schema has rules on the whole object that only the runtime checks
    /// (`allOf`, `oneOf`, `dependencies`...).
    pub check_whole: bool,
}

/// What an object accepts besides its named properties.
#[derive(Debug, Clone, PartialEq)]
pub enum Additional {
    /// Anything, ignored when deserializing (`additionalProperties` absent or `true`).
    Allowed,
    /// Nothing (`additionalProperties: false`).
    Denied,
    /// Values of one schema, kept in a map field.
    Typed {
        /// The map field's Rust name.
        ident: String,
        /// The values' type.
        ty: Box<Ty>,
    },
}

/// One property of an object schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The property's name on the wire.
    pub wire: String,
    /// The Rust field name.
    pub ident: String,
    /// From the property's `description` or `title`, with its default and quirks.
    pub doc: Option<String>,
    /// The property's type.
    pub ty: Ty,
    /// Whether the property is in `required`.
    pub required: bool,
    /// Where the property's schema is in the file.
    pub pointer: String,
}

/// A string enum.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumDef {
    /// The Rust name.
    pub name: String,
    /// Where the schema is in its auth schema.
    pub schema_pointer: String,
    /// From the schema's `description` or `title`.
    pub doc: Option<String>,
    /// Variants: Rust name and wire value.
    pub variants: Vec<(String, String)>,
}

/// The type of a value.
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    /// A string, secret when its `format` is `password`.
    String(StringRules),
    /// An integer (`i64`).
    Integer(NumberRules),
    /// A number (`f64`).
    Number(NumberRules),
    /// `true` or `false`.
    Boolean,
    /// `null` only.
    Null,
    /// A list.
    Array(Box<Ty>, ArrayRules),
    /// A generated type, by name.
    Named(String),
    /// An object of arbitrary keys whose values have one type.
    Map(Box<Ty>),
    /// A value or `null`.
    Nullable(Box<Ty>),
    /// Any JSON value; checked at run time against the subschema at this pointer (relative to
    /// the auth schema) when there is one.
    Any(Option<String>),
    /// Any JSON value, kept secret: a required key the schema does not define.
    SecretAny,
}

impl Ty {
    /// Whether values of the type compare with `PartialEq`, for `uniqueItems`.
    fn comparable(&self) -> bool {
        match self {
            Self::String(rules) => !rules.secret,
            Self::Integer(_) | Self::Number(_) | Self::Boolean | Self::Null => true,
            Self::Nullable(inner) => inner.comparable(),
            _ => false,
        }
    }
}

/// What a string must satisfy beyond being a string.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StringRules {
    /// `format: password`: generated as a secret.
    pub secret: bool,
    /// `minLength`.
    pub min_length: Option<u64>,
    /// `maxLength`.
    pub max_length: Option<u64>,
    /// `pattern`, checked to compile.
    pub pattern: Option<String>,
    /// `format` other than `password`.
    pub format: Option<String>,
    /// `contentEncoding`, such as `base64`.
    pub content_encoding: Option<String>,
    /// `contentMediaType`, such as `application/json`.
    pub content_media_type: Option<String>,
}

/// What a number must satisfy beyond being a number.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NumberRules {
    /// `minimum`.
    pub minimum: Option<f64>,
    /// `maximum`.
    pub maximum: Option<f64>,
    /// `exclusiveMinimum` (draft-07: a number).
    pub exclusive_minimum: Option<f64>,
    /// `exclusiveMaximum` (draft-07: a number).
    pub exclusive_maximum: Option<f64>,
    /// `multipleOf`.
    pub multiple_of: Option<f64>,
}

/// What a list must satisfy beyond its items' type.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArrayRules {
    /// `minItems`.
    pub min_items: Option<u64>,
    /// `maxItems`.
    pub max_items: Option<u64>,
    /// `uniqueItems`.
    pub unique_items: bool,
}

/// The draft-07 keywords that constrain values; every other keyword is an annotation
/// (`title`, `examples`, `uiAttributes`...) and is ignored. `contentEncoding` and
/// `contentMediaType` are checked, as draft-07 validators such as the `jsonschema` crate do.
const VALIDATION: &[&str] = &[
    "type",
    "enum",
    "const",
    "multipleOf",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "format",
    "items",
    "additionalItems",
    "maxItems",
    "minItems",
    "uniqueItems",
    "contains",
    "maxProperties",
    "minProperties",
    "required",
    "properties",
    "patternProperties",
    "additionalProperties",
    "dependencies",
    "propertyNames",
    "if",
    "then",
    "else",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "$ref",
    "contentEncoding",
    "contentMediaType",
];

const TYPES: &[&str] = &[
    "string", "integer", "number", "boolean", "null", "array", "object",
];

const STRING_KEYWORDS: &[&str] = &[
    "type",
    "format",
    "minLength",
    "maxLength",
    "pattern",
    "contentEncoding",
    "contentMediaType",
];
const NUMBER_KEYWORDS: &[&str] = &[
    "type",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
];
const ARRAY_KEYWORDS: &[&str] = &["type", "items", "minItems", "maxItems", "uniqueItems"];
const OBJECT_KEYWORDS: &[&str] = &["type", "properties", "required", "additionalProperties"];

fn validation_keys(object: &Map<String, Value>) -> Vec<&str> {
    object
        .keys()
        .map(String::as_str)
        .filter(|key| VALIDATION.contains(key))
        .collect()
}

fn only(keys: &[&str], allowed: &[&str]) -> bool {
    keys.iter().all(|key| allowed.contains(key))
}

/// Turns one auth schema into types.
pub struct Builder<'a> {
    root: &'a Value,
    base: String,
    types: Vec<TypeDef>,
    refs: HashMap<String, Option<Ty>>,
    findings: &'a mut Vec<Finding>,
    scope: &'a mut Scope,
}

impl<'a> Builder<'a> {
    /// A builder for the auth schema `root` found at file pointer `base`, taking type names
    /// from `scope` and reporting into `findings`.
    pub fn new(
        root: &'a Value,
        base: &str,
        scope: &'a mut Scope,
        findings: &'a mut Vec<Finding>,
    ) -> Self {
        Self {
            root,
            base: base.to_owned(),
            types: Vec::new(),
            refs: HashMap::new(),
            findings,
            scope,
        }
    }

    /// Builds the types of the auth schema; the root struct is named `root_name`.
    ///
    /// Every problem is reported, those of the keywords' values and those of the schema as a
    /// whole, except what only follows from a value already reported.
    pub fn build(mut self, root_name: String) -> Vec<TypeDef> {
        lint(self.root, self.root, &self.base, "spec", self.findings);

        match self.root {
            Value::Object(object) if is_object_schema(object) => {
                let def = self.object(object, "", root_name, true);
                self.types.push(TypeDef::Struct(def));
            }
            Value::Bool(true) => self.types.push(TypeDef::Struct(StructDef {
                name: root_name,
                doc: None,
                pointer: self.base.clone(),
                schema_pointer: String::new(),
                fields: Vec::new(),
                additional: Additional::Allowed,
                check_whole: false,
            })),
            // A `type` that names no JSON type is already reported.
            Value::Object(object) if !object.get("type").is_none_or(names_types) => {}
            Value::Object(_) => self.findings.push(
                Finding::error(self.base.clone(), "an auth schema must describe an object")
                    .keyword("type"),
            ),
            _ => self.findings.push(
                Finding::error(self.base.clone(), "an auth schema must describe an object")
                    .keyword("spec"),
            ),
        }
        self.types
    }

    fn absolute(&self, relative: &str) -> String {
        format!("{}{relative}", self.base)
    }

    fn object(
        &mut self,
        object: &Map<String, Value>,
        at: &str,
        name: String,
        root: bool,
    ) -> StructDef {
        let mut properties: Vec<(String, Value, String)> = Vec::new();
        let mut collect = |schema: &Map<String, Value>, at: &str| {
            if let Some(Value::Object(found)) = schema.get("properties") {
                for (wire, property) in found {
                    if !properties.iter().any(|(seen, _, _)| seen == wire) {
                        let pointer = push_pointer(&push_pointer(at, "properties"), wire);
                        properties.push((wire.clone(), property.clone(), pointer));
                    }
                }
            }
        };
        collect(object, at);

        let readable =
            |schema: &Map<String, Value>| schema.get("properties").is_none_or(Value::is_object);
        // Without readable `properties`, which required keys are defined is unknown.
        let mut known = readable(object);
        let mut required: Vec<String> = string_list(object.get("required"));
        if root && let Some(Value::Array(members)) = object.get("allOf") {
            for (index, member) in members.iter().enumerate() {
                if let Some(member) = member.as_object() {
                    let member_at = push_pointer(&push_pointer(at, "allOf"), &index.to_string());
                    collect(member, &member_at);
                    known &= readable(member);
                    required.extend(string_list(member.get("required")));
                }
            }
        }
        if !known {
            required.clear();
        }

        let mut fields_scope = Scope::new();
        let mut fields: Vec<Field> = properties
            .iter()
            .map(|(wire, schema, pointer)| {
                let ident = fields_scope.field(wire);
                let ty = self.ty(schema, pointer, &format!("{name} {wire}"));
                Field {
                    wire: wire.clone(),
                    ident,
                    doc: field_doc(schema),
                    ty,
                    required: required.contains(wire),
                    pointer: self.absolute(pointer),
                }
            })
            .collect();

        // A key that `patternProperties` may admit is not forbidden by `additionalProperties`.
        let closed = object.get("additionalProperties") == Some(&Value::Bool(false))
            && !object.contains_key("patternProperties");
        for (index, wire) in required.iter().enumerate() {
            if fields.iter().any(|field| &field.wire == wire) {
                continue;
            }
            let pointer = push_pointer(&push_pointer(at, "required"), &index.to_string());
            if closed {
                self.findings.push(
                    Finding::error(
                        self.absolute(&pointer),
                        format!(
                            "`{wire}` is required but `additionalProperties: false` forbids it, \
                             so no params can satisfy this schema"
                        ),
                    )
                    .keyword("required"),
                );
                continue;
            }
            self.findings.push(
                Finding::warning(
                    self.absolute(&pointer),
                    format!(
                        "`{wire}` is required but has no schema in `properties`; it is \
                         generated as a required secret of any JSON value"
                    ),
                )
                .keyword("required"),
            );
            fields.push(Field {
                wire: wire.clone(),
                ident: fields_scope.field(wire),
                doc: Some(format!(
                    "`{wire}`: the spec requires it without defining it, so any JSON value is \
                     accepted, and it is kept secret because nothing says it is not one."
                )),
                ty: Ty::SecretAny,
                required: true,
                pointer: self.absolute(&pointer),
            });
        }

        let additional = match object.get("additionalProperties") {
            None | Some(Value::Bool(true)) => Additional::Allowed,
            Some(Value::Bool(false)) => Additional::Denied,
            Some(schema) => {
                let pointer = push_pointer(at, "additionalProperties");
                let ty = self.ty(schema, &pointer, &format!("{name} value"));
                Additional::Typed {
                    ident: fields_scope.field("additional properties"),
                    ty: Box::new(ty),
                }
            }
        };

        let keys = validation_keys(object);
        StructDef {
            name,
            doc: doc_of(object),
            pointer: self.absolute(at),
            schema_pointer: at.to_owned(),
            fields,
            additional,
            check_whole: !only(&keys, OBJECT_KEYWORDS),
        }
    }

    fn ty(&mut self, schema: &Value, at: &str, name_hint: &str) -> Ty {
        let object = match schema {
            Value::Bool(true) => return Ty::Any(None),
            Value::Object(object) => object,
            _ => return Ty::Any(Some(at.to_owned())),
        };

        if let Some(reference) = object.get("$ref").and_then(Value::as_str) {
            return self.reference(reference, at);
        }

        let keys = validation_keys(object);
        if keys.is_empty() {
            return Ty::Any(None);
        }
        let checked = || Ty::Any(Some(at.to_owned()));

        let kind = match object.get("type") {
            Some(Value::String(kind)) => Some((kind.as_str(), false)),
            Some(Value::Array(kinds)) => match kinds.as_slice() {
                [Value::String(kind)] => Some((kind.as_str(), false)),
                [Value::String(a), Value::String(b)] if b == "null" && a != "null" => {
                    Some((a.as_str(), true))
                }
                [Value::String(a), Value::String(b)] if a == "null" && b != "null" => {
                    Some((b.as_str(), true))
                }
                _ => return checked(),
            },
            _ => None,
        };

        let (kind, nullable) = match kind {
            Some(found) => found,
            None if object.contains_key("properties") => ("object", false),
            None if object.contains_key("enum") => ("string", false),
            None => return checked(),
        };

        let ty = match kind {
            "string" if object.contains_key("enum") => {
                if only(&keys, &["type", "enum"]) {
                    self.string_enum(object, at, name_hint)
                } else {
                    None
                }
            }
            "string" if only(&keys, STRING_KEYWORDS) => Some(Ty::String(string_rules(object))),
            "integer" if only(&keys, NUMBER_KEYWORDS) => Some(Ty::Integer(number_rules(object))),
            "number" if only(&keys, NUMBER_KEYWORDS) => Some(Ty::Number(number_rules(object))),
            "boolean" if only(&keys, &["type"]) => Some(Ty::Boolean),
            "null" if only(&keys, &["type"]) => Some(Ty::Null),
            "array" if only(&keys, ARRAY_KEYWORDS) => self.array(object, at, name_hint),
            "object" if only(&keys, OBJECT_KEYWORDS) => Some(self.object_ty(object, at, name_hint)),
            _ => None,
        };

        match (ty, nullable) {
            (Some(ty), false) => ty,
            (Some(ty), true) => Ty::Nullable(Box::new(ty)),
            (None, _) => checked(),
        }
    }

    fn reference(&mut self, reference: &str, at: &str) -> Ty {
        let Some(target) = reference.strip_prefix('#') else {
            return Ty::Any(Some(at.to_owned()));
        };
        match self.refs.get(target) {
            Some(Some(ty)) => return ty.clone(),
            Some(None) => return Ty::Any(Some(at.to_owned())),
            None => {}
        }
        let Some(schema) = self.root.pointer(target).cloned() else {
            return Ty::Any(Some(at.to_owned()));
        };

        self.refs.insert(target.to_owned(), None);
        let hint = target.rsplit('/').next().unwrap_or("definition").to_owned();
        let ty = self.ty(&schema, target, &hint);
        self.refs.insert(target.to_owned(), Some(ty.clone()));
        ty
    }

    fn object_ty(&mut self, object: &Map<String, Value>, at: &str, name_hint: &str) -> Ty {
        let named = object.contains_key("properties")
            || !string_list(object.get("required")).is_empty()
            || object.get("additionalProperties") == Some(&Value::Bool(false));
        if named {
            let name = self.scope.type_name(name_hint);
            let def = self.object(object, at, name.clone(), false);
            self.types.push(TypeDef::Struct(def));
            return Ty::Named(name);
        }

        match object.get("additionalProperties") {
            None | Some(Value::Bool(true)) => Ty::Map(Box::new(Ty::Any(None))),
            Some(schema) => {
                let pointer = push_pointer(at, "additionalProperties");
                Ty::Map(Box::new(self.ty(
                    schema,
                    &pointer,
                    &format!("{name_hint} value"),
                )))
            }
        }
    }

    fn string_enum(
        &mut self,
        object: &Map<String, Value>,
        at: &str,
        name_hint: &str,
    ) -> Option<Ty> {
        let values = object.get("enum")?.as_array()?;
        let strings: Option<Vec<&str>> = values.iter().map(Value::as_str).collect();
        let strings = strings.filter(|strings| !strings.is_empty())?;

        let mut variants_scope = Scope::new();
        let mut variants: Vec<(String, String)> = Vec::new();
        for wire in strings {
            if !variants.iter().any(|(_, seen)| seen == wire) {
                variants.push((variants_scope.type_name(wire), wire.to_owned()));
            }
        }
        let name = self.scope.type_name(name_hint);
        self.types.push(TypeDef::Enum(EnumDef {
            name: name.clone(),
            schema_pointer: at.to_owned(),
            doc: doc_of(object),
            variants,
        }));
        Some(Ty::Named(name))
    }

    fn array(&mut self, object: &Map<String, Value>, at: &str, name_hint: &str) -> Option<Ty> {
        let items = match object.get("items") {
            None => Ty::Any(None),
            Some(schema @ (Value::Object(_) | Value::Bool(_))) => {
                let pointer = push_pointer(at, "items");
                self.ty(schema, &pointer, &format!("{name_hint} item"))
            }
            Some(_) => return None,
        };
        let rules = ArrayRules {
            min_items: object.get("minItems").and_then(Value::as_u64),
            max_items: object.get("maxItems").and_then(Value::as_u64),
            unique_items: object.get("uniqueItems") == Some(&Value::Bool(true)),
        };
        if rules.unique_items && !items.comparable() {
            return None;
        }
        Some(Ty::Array(Box::new(items), rules))
    }
}

fn string_rules(object: &Map<String, Value>) -> StringRules {
    let format = object.get("format").and_then(Value::as_str);
    let text = |key: &str| object.get(key).and_then(Value::as_str).map(str::to_owned);
    StringRules {
        secret: format == Some("password"),
        min_length: object.get("minLength").and_then(Value::as_u64),
        max_length: object.get("maxLength").and_then(Value::as_u64),
        pattern: object
            .get("pattern")
            .and_then(Value::as_str)
            .map(str::to_owned),
        format: format
            .filter(|format| *format != "password")
            .map(str::to_owned),
        content_encoding: text("contentEncoding"),
        content_media_type: text("contentMediaType"),
    }
}

fn number_rules(object: &Map<String, Value>) -> NumberRules {
    let get = |key: &str| object.get(key).and_then(Value::as_f64);
    NumberRules {
        minimum: get("minimum"),
        maximum: get("maximum"),
        exclusive_minimum: get("exclusiveMinimum"),
        exclusive_maximum: get("exclusiveMaximum"),
        multiple_of: get("multipleOf"),
    }
}

fn string_list(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn is_object_schema(object: &Map<String, Value>) -> bool {
    match object.get("type") {
        Some(Value::String(kind)) => kind == "object",
        None => !object.contains_key("enum") && !object.contains_key("const"),
        _ => false,
    }
}

fn doc_of(object: &Map<String, Value>) -> Option<String> {
    ["description", "title"]
        .iter()
        .find_map(|key| object.get(*key).and_then(Value::as_str))
        .map(str::to_owned)
}

fn field_doc(schema: &Value) -> Option<String> {
    let object = schema.as_object()?;
    let mut doc = doc_of(object);
    if let Some(default) = object.get("default") {
        let line = format!("Defaults to `{default}` when absent.");
        doc = Some(match doc {
            Some(text) => format!("{text}\n\n{line}"),
            None => line,
        });
    }
    doc
}

/// Whether a `type` value names JSON types, alone or in a list.
fn names_types(kind: &Value) -> bool {
    match kind {
        Value::String(kind) => TYPES.contains(&kind.as_str()),
        Value::Array(kinds) => kinds
            .iter()
            .all(|kind| kind.as_str().is_some_and(|kind| TYPES.contains(&kind))),
        _ => false,
    }
}

/// Why a pattern is refused: not ECMA-262, or needs lookaround or backreferences.
const PATTERN_UNUSABLE: &str =
    "the pattern is not ECMA-262 that the `regex` crate runs (no lookaround, no backreferences)";

/// Whether `pattern` compiles as the generated code will compile it at run time: translated
/// from ECMA-262 by `jsonschema-regex`, then run by the `regex` crate.
fn runs(pattern: &str) -> bool {
    jsonschema_regex::to_rust_regex(pattern)
        .is_ok_and(|translated| regex::Regex::new(&translated).is_ok())
}

/// Checks every subschema of an auth schema for keyword values of the wrong kind, patterns
/// that do not compile, references that lead nowhere and defaults their schema rejects.
/// `parent` is the keyword whose value holds `schema`.
fn lint(schema: &Value, root: &Value, at: &str, parent: &str, findings: &mut Vec<Finding>) {
    let object = match schema {
        Value::Bool(_) => return,
        Value::Object(object) => object,
        _ => {
            let message = format!("a schema in `{parent}` must be an object or a boolean");
            findings.push(Finding::error(at, message).keyword(parent));
            return;
        }
    };
    let mut error = |key: &str, message: String| {
        findings.push(Finding::error(push_pointer(at, key), message).keyword(key));
    };

    if !object.get("type").is_none_or(names_types) {
        error("type", "`type` must name JSON types".to_owned());
    }

    for key in [
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "minProperties",
        "maxProperties",
    ] {
        if object
            .get(key)
            .is_some_and(|value| value.as_u64().is_none())
        {
            error(key, format!("`{key}` must be a non-negative integer"));
        }
    }
    for key in ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] {
        if object.get(key).is_some_and(|value| !value.is_number()) {
            error(key, format!("`{key}` must be a number"));
        }
    }
    if object
        .get("multipleOf")
        .is_some_and(|value| !value.as_f64().is_some_and(|step| step > 0.0))
    {
        error(
            "multipleOf",
            "`multipleOf` must be a number greater than zero".to_owned(),
        );
    }
    for key in ["uniqueItems"] {
        if object.get(key).is_some_and(|value| !value.is_boolean()) {
            error(key, format!("`{key}` must be a boolean"));
        }
    }
    if object.get("format").is_some_and(|value| !value.is_string()) {
        error("format", "`format` must be a string".to_owned());
    }
    if object.get("enum").is_some_and(|value| !value.is_array()) {
        error("enum", "`enum` must be a list".to_owned());
    }
    if object.get("required").is_some_and(|value| {
        !value
            .as_array()
            .is_some_and(|list| list.iter().all(Value::is_string))
    }) {
        error(
            "required",
            "`required` must be a list of property names".to_owned(),
        );
    }
    match object.get("pattern") {
        Some(Value::String(pattern)) if !runs(pattern) => {
            error("pattern", PATTERN_UNUSABLE.to_owned());
        }
        Some(Value::String(_)) | None => {}
        Some(_) => error("pattern", "`pattern` must be a string".to_owned()),
    }
    if let Some(reference) = object.get("$ref") {
        let resolves = reference
            .as_str()
            .and_then(|reference| reference.strip_prefix('#'))
            .is_some_and(|pointer| root.pointer(pointer).is_some());
        if !resolves {
            error(
                "$ref",
                "only references to this schema's own definitions (`#/...`) that exist are \
                 supported"
                    .to_owned(),
            );
        }
    }
    if let Some(Value::Object(patterns)) = object.get("patternProperties") {
        for pattern in patterns.keys() {
            if !runs(pattern) {
                let at = push_pointer(&push_pointer(at, "patternProperties"), pattern);
                findings.push(Finding::error(at, PATTERN_UNUSABLE).keyword("patternProperties"));
            }
        }
    }
    if let Some(default) = object.get("default") {
        check_default(schema, root, default, at, findings);
    }

    for key in [
        "additionalProperties",
        "additionalItems",
        "contains",
        "propertyNames",
        "not",
    ] {
        if let Some(child) = object.get(key) {
            lint(child, root, &push_pointer(at, key), key, findings);
        }
    }
    for key in ["if", "then", "else"] {
        if let Some(child) = object.get(key) {
            lint(child, root, &push_pointer(at, key), key, findings);
        }
    }
    match object.get("items") {
        Some(Value::Array(items)) => {
            for (index, item) in items.iter().enumerate() {
                let item_at = push_pointer(&push_pointer(at, "items"), &index.to_string());
                lint(item, root, &item_at, "items", findings);
            }
        }
        Some(item) => lint(item, root, &push_pointer(at, "items"), "items", findings),
        None => {}
    }
    for key in ["properties", "patternProperties", "definitions", "$defs"] {
        match object.get(key) {
            Some(Value::Object(children)) => {
                for (name, child) in children {
                    let child_at = push_pointer(&push_pointer(at, key), name);
                    lint(child, root, &child_at, key, findings);
                }
            }
            Some(_) => findings.push(
                Finding::error(push_pointer(at, key), format!("`{key}` must be an object"))
                    .keyword(key),
            ),
            None => {}
        }
    }
    if let Some(Value::Object(dependencies)) = object.get("dependencies") {
        for (name, child) in dependencies {
            if !child.is_array() {
                let child_at = push_pointer(&push_pointer(at, "dependencies"), name);
                lint(child, root, &child_at, "dependencies", findings);
            }
        }
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        match object.get(key) {
            Some(Value::Array(members)) if !members.is_empty() => {
                for (index, member) in members.iter().enumerate() {
                    let member_at = push_pointer(&push_pointer(at, key), &index.to_string());
                    lint(member, root, &member_at, key, findings);
                }
            }
            Some(_) => findings.push(
                Finding::error(
                    push_pointer(at, key),
                    format!("`{key}` must be a non-empty list"),
                )
                .keyword(key),
            ),
            None => {}
        }
    }
}

/// A `default` must satisfy the schema it sits in, checked by a real validator.
fn check_default(
    schema: &Value,
    root: &Value,
    default: &Value,
    at: &str,
    findings: &mut Vec<Finding>,
) {
    let mut context = schema.clone();
    if let (Value::Object(context), Value::Object(root)) = (&mut context, root) {
        context.remove("default");
        for key in ["definitions", "$defs"] {
            if let Some(definitions) = root.get(key) {
                context.entry(key).or_insert_with(|| definitions.clone());
            }
        }
    }

    let validator = jsonschema::draft7::options()
        .should_validate_formats(true)
        .with_format("password", |_: &str| true)
        .build(&context);
    if let Ok(validator) = validator
        && !validator.is_valid(default)
    {
        findings.push(
            Finding::error(
                push_pointer(at, "default"),
                "the default does not satisfy its schema",
            )
            .keyword("default"),
        );
    }
}
