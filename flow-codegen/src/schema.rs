//! JSON Schema (the draft-07 subset used for auth params) to a typed model.
//!
//! Every node keeps the JSON pointer it came from, so that every finding can name its place.

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
    /// Where the schema is.
    pub pointer: String,
    /// The properties, in schema order.
    pub fields: Vec<Field>,
    /// Whether keys other than the properties are refused (`additionalProperties: false`).
    pub closed: bool,
}

/// One property of an object schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The property's name on the wire.
    pub wire: String,
    /// The Rust field name.
    pub ident: String,
    /// From the property's `description` or `title`.
    pub doc: Option<String>,
    /// The property's type.
    pub ty: Ty,
    /// Whether the property is in `required`.
    pub required: bool,
    /// Where the property's schema is.
    pub pointer: String,
}

/// A string enum.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumDef {
    /// The Rust name.
    pub name: String,
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
    /// A list.
    Array(Box<Ty>, ArrayRules),
    /// A generated type, by name.
    Named(String),
    /// A free-form object.
    Map,
    /// Any JSON value.
    Any,
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
    /// `format` other than `password`, when it is one the runtime checks.
    pub format: Option<String>,
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

/// Formats checked at run time; `password` only marks a secret.
pub const CHECKED_FORMATS: &[&str] = &["uri", "email", "date", "date-time"];

/// Keywords that carry no constraint on the value and are ignored.
const ANNOTATIONS: &[&str] = &[
    "$schema",
    "$id",
    "$comment",
    "title",
    "description",
    "examples",
    "uiAttributes",
    "links",
    "restAttributes",
    "contentEncoding",
    "contentMediaType",
    "readOnly",
    "writeOnly",
    "deprecated",
    "default",
];

/// Turns one auth schema into types; the root type is named `root_name`.
pub struct Builder<'a> {
    types: Vec<TypeDef>,
    findings: &'a mut Vec<Finding>,
    scope: &'a mut Scope,
}

impl<'a> Builder<'a> {
    /// A builder that takes type names from `scope` and reports into `findings`.
    pub fn new(scope: &'a mut Scope, findings: &'a mut Vec<Finding>) -> Self {
        Self {
            types: Vec::new(),
            findings,
            scope,
        }
    }

    /// Builds the types of the auth schema at `pointer`; the root struct is named `root_name`.
    pub fn root(mut self, schema: &Value, pointer: &str, root_name: String) -> Vec<TypeDef> {
        match schema {
            Value::Object(object) if is_object_schema(object) => {
                self.object(object, pointer, root_name);
            }
            Value::Bool(true) => self.types.push(TypeDef::Struct(StructDef {
                name: root_name,
                doc: None,
                pointer: pointer.to_owned(),
                fields: Vec::new(),
                closed: false,
            })),
            _ => self.findings.push(
                Finding::error(pointer, "an auth schema must describe an object").keyword("type"),
            ),
        }
        self.types
    }

    fn object(&mut self, object: &Map<String, Value>, pointer: &str, name: String) {
        self.unsupported(
            object,
            pointer,
            &["type", "properties", "required", "additionalProperties"],
        );

        let properties = match object.get("properties") {
            None => Map::new(),
            Some(Value::Object(properties)) => properties.clone(),
            Some(_) => {
                self.error(pointer, "properties", "`properties` must be an object");
                Map::new()
            }
        };
        let required = self.required(object, pointer, &properties);

        let closed = match object.get("additionalProperties") {
            None | Some(Value::Bool(true)) => false,
            Some(Value::Bool(false)) => true,
            Some(_) => {
                let at = push_pointer(pointer, "additionalProperties");
                self.error(
                    &at,
                    "additionalProperties",
                    "only `true` or `false` is supported",
                );
                false
            }
        };

        let mut fields_scope = Scope::new();
        let properties_pointer = push_pointer(pointer, "properties");
        let fields = properties
            .iter()
            .map(|(wire, schema)| {
                let at = push_pointer(&properties_pointer, wire);
                let ident = fields_scope.field(wire);
                let ty = self.ty(schema, &at, &format!("{name} {wire}"));
                Field {
                    wire: wire.clone(),
                    ident,
                    doc: doc(schema),
                    ty,
                    required: required.contains(wire),
                    pointer: at,
                }
            })
            .collect();

        self.types.push(TypeDef::Struct(StructDef {
            name,
            doc: doc_of(object),
            pointer: pointer.to_owned(),
            fields,
            closed,
        }));
    }

    fn required(
        &mut self,
        object: &Map<String, Value>,
        pointer: &str,
        properties: &Map<String, Value>,
    ) -> Vec<String> {
        let Some(required) = object.get("required") else {
            return Vec::new();
        };
        let at = push_pointer(pointer, "required");
        let Some(list) = required.as_array() else {
            self.error(
                &at,
                "required",
                "`required` must be a list of property names",
            );
            return Vec::new();
        };

        let mut names = Vec::new();
        for (index, entry) in list.iter().enumerate() {
            let entry_at = push_pointer(&at, &index.to_string());
            match entry.as_str() {
                Some(name) if properties.contains_key(name) => names.push(name.to_owned()),
                Some(name) => self.findings.push(
                    Finding::warning(
                        entry_at,
                        format!("`{name}` is required but not defined in `properties`; ignored"),
                    )
                    .keyword("required"),
                ),
                None => self.error(&entry_at, "required", "a required entry must be a string"),
            }
        }
        names
    }

    fn ty(&mut self, schema: &Value, pointer: &str, name_hint: &str) -> Ty {
        let Some(object) = schema.as_object() else {
            self.error(pointer, "type", "a property schema must be an object");
            return Ty::Map;
        };

        if let Some(values) = object.get("enum") {
            return self.string_enum(object, values, pointer, name_hint);
        }

        match object.get("type").and_then(Value::as_str) {
            Some("string") => Ty::String(self.string_rules(object, pointer)),
            Some("integer") => Ty::Integer(self.number_rules(object, pointer)),
            Some("number") => Ty::Number(self.number_rules(object, pointer)),
            Some("boolean") => {
                self.unsupported(object, pointer, &["type"]);
                Ty::Boolean
            }
            Some("array") => self.array(object, pointer, name_hint),
            Some("object") if object.contains_key("properties") => {
                let name = self.scope.type_name(name_hint);
                self.object(object, pointer, name.clone());
                Ty::Named(name)
            }
            Some("object") => {
                self.unsupported(object, pointer, &["type", "additionalProperties"]);
                Ty::Map
            }
            Some(other) => {
                let message = format!("type `{other}` is not supported");
                self.error(pointer, "type", &message);
                Ty::Map
            }
            None => {
                self.error(pointer, "type", "a property schema needs a `type`");
                Ty::Map
            }
        }
    }

    fn string_enum(
        &mut self,
        object: &Map<String, Value>,
        values: &Value,
        pointer: &str,
        name_hint: &str,
    ) -> Ty {
        self.unsupported(object, pointer, &["type", "enum"]);

        let strings: Option<Vec<&str>> = values
            .as_array()
            .map(|values| values.iter().map(Value::as_str).collect())
            .unwrap_or_default();
        let Some(strings) = strings.filter(|strings| !strings.is_empty()) else {
            let at = push_pointer(pointer, "enum");
            self.error(&at, "enum", "only a non-empty list of strings is supported");
            return Ty::Map;
        };

        let mut variants_scope = Scope::new();
        let variants = strings
            .iter()
            .map(|wire| (variants_scope.type_name(wire), (*wire).to_owned()))
            .collect();
        let name = self.scope.type_name(name_hint);
        self.types.push(TypeDef::Enum(EnumDef {
            name: name.clone(),
            doc: doc_of(object),
            variants,
        }));
        Ty::Named(name)
    }

    fn string_rules(&mut self, object: &Map<String, Value>, pointer: &str) -> StringRules {
        self.unsupported(
            object,
            pointer,
            &["type", "format", "minLength", "maxLength", "pattern"],
        );

        let mut rules = StringRules {
            min_length: self.count(object, pointer, "minLength"),
            max_length: self.count(object, pointer, "maxLength"),
            ..StringRules::default()
        };

        match object.get("format") {
            None => {}
            Some(Value::String(format)) if format == "password" => rules.secret = true,
            Some(Value::String(format)) if CHECKED_FORMATS.contains(&format.as_str()) => {
                rules.format = Some(format.clone());
            }
            Some(Value::String(format)) => self.findings.push(
                Finding::warning(
                    push_pointer(pointer, "format"),
                    format!("format `{format}` is not checked; any string is accepted"),
                )
                .keyword("format"),
            ),
            Some(_) => self.error(pointer, "format", "`format` must be a string"),
        }

        match object.get("pattern") {
            None => {}
            Some(Value::String(pattern)) => match regex::Regex::new(pattern) {
                Ok(_) => rules.pattern = Some(pattern.clone()),
                Err(_) => {
                    let at = push_pointer(pointer, "pattern");
                    self.error(
                        &at,
                        "pattern",
                        "the pattern is not a valid regular expression",
                    );
                }
            },
            Some(_) => self.error(pointer, "pattern", "`pattern` must be a string"),
        }

        rules
    }

    fn number_rules(&mut self, object: &Map<String, Value>, pointer: &str) -> NumberRules {
        self.unsupported(
            object,
            pointer,
            &[
                "type",
                "minimum",
                "maximum",
                "exclusiveMinimum",
                "exclusiveMaximum",
                "multipleOf",
            ],
        );

        let multiple_of = self.number(object, pointer, "multipleOf");
        if multiple_of.is_some_and(|step| step <= 0.0) {
            self.error(
                pointer,
                "multipleOf",
                "`multipleOf` must be greater than zero",
            );
        }

        NumberRules {
            minimum: self.number(object, pointer, "minimum"),
            maximum: self.number(object, pointer, "maximum"),
            exclusive_minimum: self.number(object, pointer, "exclusiveMinimum"),
            exclusive_maximum: self.number(object, pointer, "exclusiveMaximum"),
            multiple_of: multiple_of.filter(|step| *step > 0.0),
        }
    }

    fn array(&mut self, object: &Map<String, Value>, pointer: &str, name_hint: &str) -> Ty {
        self.unsupported(
            object,
            pointer,
            &["type", "items", "minItems", "maxItems", "uniqueItems"],
        );

        let items = match object.get("items") {
            Some(schema @ Value::Object(_)) => {
                let at = push_pointer(pointer, "items");
                self.ty(schema, &at, &format!("{name_hint} item"))
            }
            None => Ty::Any,
            Some(_) => {
                self.error(
                    pointer,
                    "items",
                    "only a single `items` schema is supported",
                );
                Ty::Map
            }
        };
        let rules = ArrayRules {
            min_items: self.count(object, pointer, "minItems"),
            max_items: self.count(object, pointer, "maxItems"),
            unique_items: object.get("uniqueItems") == Some(&Value::Bool(true)),
        };
        Ty::Array(Box::new(items), rules)
    }

    fn count(&mut self, object: &Map<String, Value>, pointer: &str, key: &str) -> Option<u64> {
        let value = object.get(key)?;
        let count = value.as_u64();
        if count.is_none() {
            let message = format!("`{key}` must be a non-negative integer");
            self.error(&push_pointer(pointer, key), key, &message);
        }
        count
    }

    fn number(&mut self, object: &Map<String, Value>, pointer: &str, key: &str) -> Option<f64> {
        let value = object.get(key)?;
        let number = value.as_f64();
        if number.is_none() {
            let message = format!("`{key}` must be a number");
            self.error(&push_pointer(pointer, key), key, &message);
        }
        number
    }

    fn unsupported(&mut self, object: &Map<String, Value>, pointer: &str, known: &[&str]) {
        for key in object.keys() {
            if !known.contains(&key.as_str()) && !ANNOTATIONS.contains(&key.as_str()) {
                let at = push_pointer(pointer, key);
                let message = format!("keyword `{key}` is not supported here");
                self.error(&at, key, &message);
            }
        }
    }

    fn error(&mut self, pointer: &str, keyword: &str, message: &str) {
        self.findings
            .push(Finding::error(pointer, message).keyword(keyword));
    }
}

fn is_object_schema(object: &Map<String, Value>) -> bool {
    match object.get("type") {
        Some(Value::String(kind)) => kind == "object",
        None => object.contains_key("properties") || object.is_empty(),
        _ => false,
    }
}

fn doc(schema: &Value) -> Option<String> {
    schema.as_object().and_then(doc_of)
}

fn doc_of(object: &Map<String, Value>) -> Option<String> {
    ["description", "title"]
        .iter()
        .find_map(|key| object.get(*key).and_then(Value::as_str))
        .map(str::to_owned)
}
