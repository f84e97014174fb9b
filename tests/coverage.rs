//! Every draft-07 construct of `tests/fixtures/coverage.json`: typed where Rust can hold it,
//! checked at run time where it cannot, and judged as the `jsonschema` crate judges it.

use std::collections::BTreeMap;

use flow_client::registry::{self, RegistryError};
use flow_client::{AuthParams, AuthSpec, CreateConnection, Secret, SecretValue};
use serde_json::{Value, json};

flow_client::connection_specs!("tests/fixtures/coverage.json");

fn endpoint() -> Endpoint {
    Endpoint {
        host: "https://example.com".to_owned(),
        port: Some(443),
    }
}

fn valid() -> CoverageAuth {
    CoverageAuth {
        type_: CoverageAuthType::Basic,
        n_3rd_party: Some("abc".to_owned()),
        user_name: Some("a@example.com".to_owned()),
        user_name_2: None,
        secret: Secret::from("long-enough"),
        ratio: Some(0.5),
        retries: Some(4),
        enabled: Some(true),
        nothing: Some(()),
        nickname: None,
        tags: Some(vec!["a".to_owned(), "b".to_owned()]),
        endpoint: endpoint(),
        backups: Some(vec![endpoint()]),
        labels: Some(BTreeMap::from([("k".to_owned(), "v".to_owned())])),
        extra: Some(serde_json::Map::new()),
        since: Some("2024-02-29".to_owned()),
        at: Some("2024-02-29T10:00:00Z".to_owned()),
        mode: Some(json!("two")),
        version: Some(json!("v1")),
        either: Some(json!(12)),
        any: Some(json!(true)),
        both: Some(json!("short")),
        not_zero: Some(json!(3)),
        ui: None,
        ghost: SecretValue::from("required-but-undefined"),
    }
}

fn body_params(auth: CoverageAuth) -> Value {
    let body = CreateConnection::new("coverage", auth).unwrap();
    serde_json::to_value(&body).unwrap()["auth"]["params"].clone()
}

fn source_schema() -> Value {
    serde_json::from_str(CoverageAuth::AUTH_SCHEMA_JSON).unwrap()
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .with_format("password", |_: &str| true)
        .build(schema)
        .unwrap()
}

#[test]
fn a_value_written_in_code_serializes_to_wire_names_and_passes_the_real_validator() {
    let params = body_params(valid());

    assert_eq!(params["type"], "basic");
    assert_eq!(params["3rd party"], "abc");
    assert_eq!(params["userName"], "a@example.com");
    assert_eq!(params["ghost"], "required-but-undefined");
    assert_eq!(params["nothing"], Value::Null);
    assert!(
        params.get("UserName").is_none(),
        "absent optionals are omitted"
    );
    let reference = validator(&source_schema());
    let errors: Vec<String> = reference
        .iter_errors(&params)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn every_broken_rule_is_reported_with_its_pointer() {
    let mut auth = valid();
    auth.n_3rd_party = Some("ABCDEFGHIJ".to_owned());
    auth.secret = Secret::from("short");
    auth.ratio = Some(1.0);
    auth.retries = Some(3);
    auth.tags = Some(vec![
        "a".to_owned(),
        "a".to_owned(),
        "b".to_owned(),
        "c".to_owned(),
    ]);
    auth.endpoint.host = "not a uri".to_owned();
    auth.endpoint.port = Some(70000);
    auth.labels = Some(BTreeMap::from([("k/1".to_owned(), "long".to_owned())]));
    auth.since = Some("2023-02-29".to_owned());
    auth.at = Some("yesterday".to_owned());
    auth.mode = Some(json!(2));
    auth.version = Some(json!("v2"));
    auth.either = Some(json!(5));
    auth.any = Some(json!("no"));
    auth.both = Some(json!("too long"));
    auth.not_zero = Some(json!(0));
    auth.nickname = Some("12345".to_owned());

    let error = auth.validate().unwrap_err();

    let found: Vec<(&str, &str)> = error
        .violations()
        .iter()
        .map(|violation| (violation.pointer.as_str(), violation.keyword))
        .collect();
    assert_eq!(
        found,
        [
            ("/3rd party", "maxLength"),
            ("/3rd party", "pattern"),
            ("/secret", "minLength"),
            ("/ratio", "exclusiveMaximum"),
            ("/retries", "multipleOf"),
            ("/nickname", "maxLength"),
            ("/tags", "maxItems"),
            ("/tags", "uniqueItems"),
            ("/endpoint/host", "format"),
            ("/endpoint/port", "maximum"),
            ("/labels/k~11", "maxLength"),
            ("/since", "format"),
            ("/at", "format"),
            ("/mode", "enum"),
            ("/version", "const"),
            ("/either", "oneOf"),
            ("/any", "anyOf"),
            ("/both", "maxLength"),
            ("/notZero", "not"),
        ]
    );
    assert!(!error.to_string().contains("short"), "{error}");
}

#[test]
fn params_chosen_at_run_time_get_every_violation_at_once() {
    let params = json!({
        "type": "digest",
        "secret": 42,
        "endpoint": {"host": "https://example.com", "extra": true},
        "unknown": 1
    });

    let error = registry::parse::<CoverageAuth>(params).unwrap_err();

    let RegistryError::Invalid(error) = error else {
        panic!("{error:?}");
    };
    let found: Vec<(&str, &str)> = error
        .violations()
        .iter()
        .map(|violation| (violation.pointer.as_str(), violation.keyword))
        .collect();
    assert_eq!(
        found,
        [
            ("/type", "enum"),
            ("/secret", "type"),
            ("/endpoint/extra", "additionalProperties"),
            ("/ghost", "required"),
        ]
    );
}

#[test]
fn string_enums_parse_from_text_and_name_the_allowed_values() {
    assert_eq!(
        "oauth".parse::<CoverageAuthType>().unwrap(),
        CoverageAuthType::Oauth
    );
    assert_eq!(
        "Basic".parse::<CoverageAuthType>().unwrap().as_str(),
        "Basic"
    );

    let error = "digest".parse::<CoverageAuthType>().unwrap_err();

    assert!(
        error.to_string().contains("`basic`, `oauth`, `Basic`"),
        "{error}"
    );
}

fn cases() -> Vec<Value> {
    let good = body_params(valid());
    let mut cases = vec![good.clone(), json!({}), json!([]), json!("x")];
    let edits: Vec<(&str, Value)> = vec![
        ("/type", json!("digest")),
        ("/3rd party", json!("a")),
        ("/secret", json!(1)),
        ("/ratio", json!(0)),
        ("/retries", json!(2.0)),
        ("/retries", json!(2.5)),
        ("/nothing", json!(false)),
        ("/nickname", Value::Null),
        ("/tags", json!([])),
        ("/endpoint/port", json!(0)),
        ("/backups/0/host", json!(7)),
        ("/labels/x", json!(1)),
        ("/mode", Value::Null),
        ("/mode", json!(1.0)),
        ("/either", json!("text")),
        ("/either", json!(9)),
        ("/any", json!("abc")),
        ("/both", json!(1)),
        ("/notZero", json!(0.0)),
        ("/at", json!("2024-02-29T10:00:00+01:00")),
    ];
    for (pointer, value) in edits {
        let mut case = good.clone();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let target = case.pointer_mut(parent).unwrap();
        match target {
            Value::Object(object) => {
                object.insert(key.to_owned(), value);
            }
            Value::Array(items) => items[key.parse::<usize>().unwrap()] = value,
            _ => unreachable!(),
        }
        cases.push(case);
    }
    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove("ghost");
    cases.push(missing);
    let mut unknown = good;
    unknown
        .as_object_mut()
        .unwrap()
        .insert("more".to_owned(), json!(1));
    cases.push(unknown);
    cases
}

#[test]
fn generated_validation_agrees_with_the_jsonschema_crate() {
    let reference = validator(&source_schema());

    for case in cases() {
        let ours = registry::parse::<CoverageAuth>(case.clone());
        assert_eq!(
            ours.is_ok(),
            reference.is_valid(&case),
            "{case}: ours {:?}",
            ours.err()
        );
    }
}

#[test]
fn the_schemars_schema_judges_like_the_source_schema() {
    let generated = serde_json::to_value(schemars::schema_for!(CoverageAuth)).unwrap();
    let from_types = validator(&generated);
    let reference = validator(&source_schema());

    for case in cases() {
        assert_eq!(
            from_types.is_valid(&case),
            reference.is_valid(&case),
            "{case}"
        );
    }
}

#[test]
fn debug_hides_every_secret() {
    let text = format!("{:?}", valid());

    assert!(!text.contains("long-enough"), "{text}");
    assert!(!text.contains("required-but-undefined"), "{text}");
}
