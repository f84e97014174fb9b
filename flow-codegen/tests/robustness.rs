//! The generator never panics: arbitrary JSON, as a whole file or as an auth schema, gives
//! either code that parses as Rust or findings, each error naming the keyword at fault.

use proptest::prelude::*;
use serde_json::{Map, Value, json};

const KEYWORDS: &[&str] = &[
    "type",
    "properties",
    "required",
    "items",
    "enum",
    "const",
    "format",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "multipleOf",
    "additionalProperties",
    "oneOf",
    "anyOf",
    "allOf",
    "not",
    "$ref",
    "definitions",
    "default",
    "uniqueItems",
    "minItems",
    "if",
    "then",
    "dependencies",
    "patternProperties",
    "name",
    "authSpec",
    "spec",
    "id",
    "version",
    "items",
];

const TEXTS: &[&str] = &[
    "object",
    "string",
    "integer",
    "number",
    "boolean",
    "null",
    "array",
    "password",
    "uri",
    "#/definitions/a",
    "#/nowhere",
    "^[a-z]+$",
    "([",
    "",
    "type",
    "self",
    "3d",
    "a b",
];

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(KEYWORDS).prop_map(str::to_owned),
        prop::sample::select(TEXTS).prop_map(str::to_owned),
        "[a-zA-Z0-9 _.{}-]{0,8}",
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1.0e6f64..1.0e6).prop_map(Value::from),
        prop::sample::select(TEXTS).prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

fn check(text: &str) {
    match flow_codegen::generate(text) {
        Ok(generated) => {
            flow_codegen::pretty(&generated.tokens).expect("generated code parses");
        }
        Err(findings) => {
            assert!(findings.iter().any(flow_codegen::Finding::is_error));
            for finding in findings.iter().filter(|finding| finding.is_error()) {
                // Only the file as a whole has no keyword to blame.
                let whole_file = finding.pointer.is_empty()
                    && (finding.message.starts_with("malformed JSON")
                        || finding.message.starts_with("expected a spec object"));
                assert!(finding.keyword.is_some() || whole_file, "{finding}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_json_file_is_generated_or_refused(value in json_value()) {
        check(&value.to_string());
    }

    #[test]
    fn any_auth_schema_is_generated_or_refused(schema in json_value()) {
        let file = json!({
            "id": "1", "name": "fuzz", "version": "1.0",
            "authSpec": [{"name": "Fuzz", "spec": schema}],
        });
        check(&file.to_string());
    }

    #[test]
    fn any_text_is_generated_or_refused(text in ".{0,64}") {
        check(&text);
    }
}
