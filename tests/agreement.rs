//! `parse_auth` accepts exactly the params that a JSON Schema validator accepts.
//!
//! For every auth spec of every file in `specs/`, params are generated from the auth schema,
//! valid ones and mutated ones, and the verdict of the generated parser is compared with the
//! verdict of `jsonschema` (draft 7, formats checked, unknown formats such as `password`
//! accepting any string). The verdict is the generated code's own (serde's typing, then the
//! generated `validate`): the source schema is read only to list every violation of params it
//! refused, so a generated check too lenient or too strict shows here. Where the two are known
//! to disagree, [`KNOWN`] says so, case by case.

use std::cell::Cell;

mod support;

use flow_client::registry::RegistryError;
use flow_toolkit::shipped;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{Map, Value, json};
use support::spec_files;

/// Generated params per auth spec, unless `PROPTEST_CASES` asks for another number.
const CASES: u32 = 64;

/// One auth spec of one spec file.
struct AuthCase {
    file: String,
    spec: String,
    auth: String,
    schema: Value,
    validator: jsonschema::Validator,
}

impl AuthCase {
    fn label(&self) -> String {
        format!("{} / {:?} / {:?}", self.file, self.spec, self.auth)
    }

    /// The generated parser's verdict: `Ok(None)` when it accepts the params, `Ok(Some(why))`
    /// when it refuses them; any other error is a failure of its own.
    fn parser_refusal(&self, params: &Value) -> Result<Option<String>, String> {
        let result = match shadowed_parser(&self.file, &self.auth) {
            Some(parse) => parse(params.clone()),
            None => shipped::parse_auth(&self.spec, Some(&self.auth), params.clone()).map(drop),
        };
        match result {
            Ok(()) => Ok(None),
            Err(RegistryError::Invalid(error)) => Ok(Some(error.to_string())),
            Err(other) => Err(format!("{}: not a validation error: {other}", self.label())),
        }
    }
}

/// The reference validator: draft 7 with formats checked, unknown formats accepted, and
/// `contentEncoding` and `contentMediaType` checked, as the crate does by default.
fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .should_ignore_unknown_formats(true)
        .build(schema)
        .unwrap()
}

fn auth_cases() -> Vec<AuthCase> {
    let mut cases = Vec::new();
    for (file, specs) in spec_files() {
        for spec in specs {
            let name = spec["name"].as_str().unwrap().to_owned();
            let auths = spec.get("authSpec").and_then(Value::as_array).cloned();
            for auth in auths.unwrap_or_default() {
                let schema = auth["spec"].clone();
                cases.push(AuthCase {
                    file: file.clone(),
                    spec: name.clone(),
                    auth: auth["name"].as_str().unwrap().to_owned(),
                    validator: validator(&schema),
                    schema,
                });
            }
        }
    }
    cases
}

/// Names of specs that list no auth spec.
fn specs_without_auth() -> Vec<(String, String)> {
    spec_files()
        .into_iter()
        .flat_map(|(file, specs)| specs.into_iter().map(move |spec| (file.clone(), spec)))
        .filter(|(_, spec)| {
            spec.get("authSpec")
                .and_then(Value::as_array)
                .is_none_or(Vec::is_empty)
        })
        .map(|(file, spec)| (file, spec["name"].as_str().unwrap().to_owned()))
        .collect()
}

type Parser = fn(Value) -> Result<(), RegistryError>;

/// The typed parser of an auth spec that `parse_auth` never reaches, because an earlier file
/// (by name) has a spec of the same name with an auth spec of the same name.
fn shadowed_parser(file: &str, auth: &str) -> Option<Parser> {
    use flow_client::registry::parse;
    use shipped::{amazon_s3_2_2, generic_rest_extension_2, test1_2};

    let parser: Parser = match (file, auth) {
        ("amazon-s3__2.json", "Access Key") => {
            |params| parse::<amazon_s3_2_2::AmazonS3AccessKeyAuth>(params).map(drop)
        }
        ("generic-rest-extension__2.json", "OAuth2 Refresh Code") => |params| {
            parse::<generic_rest_extension_2::GenericRestExtensionOAuth2RefreshCodeAuth>(params)
                .map(drop)
        },
        ("generic-rest-extension__2.json", "Basic Authentication") => |params| {
            parse::<generic_rest_extension_2::GenericRestExtensionBasicAuthenticationAuth>(params)
                .map(drop)
        },
        ("test1__2.json", "Basic Authentication for Dynamics-Online") => {
            |params| parse::<test1_2::Test1Auth>(params).map(drop)
        }
        _ => return None,
    };
    Some(parser)
}

/// A feature of params on which the generated parser and the schema once disagreed, and may
/// again: the kinds a [`Known`] entry can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `required` names a key that `properties` does not define, and the params give it a
    /// value that is not a string; the schema accepts any value there.
    UndeclaredRequiredNotString,
    /// A string under a `pattern` holds a line terminator other than `\n` (U+000D, U+2028 or
    /// U+2029), which `.` does not match in the ECMA-262 dialect JSON Schema uses.
    LineTerminatorUnderPattern,
}

/// A disagreement known and kept out of the agreement check: the file, the auth spec, the
/// JSON pointer into the params, its kind, and params that show it.
struct Known {
    file: &'static str,
    auth: &'static str,
    pointer: &'static str,
    kind: Kind,
    example: &'static str,
}

/// Empty: every disagreement found so far has been fixed. An entry names one case, with a
/// `// TODO:` above it saying what would lift it.
const KNOWN: &[Known] = &[];

/// The features of `params` that a known disagreement stems from, as `(pointer, kind)`.
fn features(schema: &Value, params: &Value) -> Vec<(String, Kind)> {
    let mut found = Vec::new();

    if let Some(object) = params.as_object() {
        let properties = schema.get("properties").and_then(Value::as_object);
        for name in required(schema) {
            let declared = properties.is_some_and(|properties| properties.contains_key(&name));
            let value = object.get(&name);
            if !declared && value.is_some_and(|value| !value.is_string()) {
                found.push((
                    format!("/{}", escape(&name)),
                    Kind::UndeclaredRequiredNotString,
                ));
            }
        }
    }

    for (pointer, property, _) in property_paths(schema, params) {
        let terminated = params
            .pointer(&pointer)
            .and_then(Value::as_str)
            .is_some_and(|text| text.contains(['\r', '\u{2028}', '\u{2029}']));
        if terminated && property.get("pattern").is_some() {
            found.push((pointer, Kind::LineTerminatorUnderPattern));
        }
    }
    found
}

fn known_for(case: &AuthCase, params: &Value) -> Option<&'static Known> {
    let features = features(&case.schema, params);
    KNOWN.iter().find(|known| {
        known.file == case.file
            && known.auth == case.auth
            && features.contains(&(known.pointer.to_owned(), known.kind))
    })
}

fn required(schema: &Value) -> Vec<String> {
    schema
        .get("required")
        .and_then(Value::as_array)
        .map(|names| {
            names
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Every declared property present in `params`, at any depth: pointer, schema, required.
fn property_paths(schema: &Value, params: &Value) -> Vec<(String, Value, bool)> {
    let mut paths = Vec::new();
    collect_paths(schema, params, "", &mut paths);
    paths
}

fn collect_paths(schema: &Value, value: &Value, at: &str, paths: &mut Vec<(String, Value, bool)>) {
    let (Some(properties), Some(object)) = (
        schema.get("properties").and_then(Value::as_object),
        value.as_object(),
    ) else {
        return;
    };
    let required = required(schema);
    for (name, property) in properties {
        if let Some(inner) = object.get(name) {
            let pointer = format!("{at}/{}", escape(name));
            paths.push((pointer.clone(), property.clone(), required.contains(name)));
            collect_paths(property, inner, &pointer, paths);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Generating params from a schema.

fn scalar() -> BoxedStrategy<Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(|n| json!(n)),
        "(?s).{0,8}".prop_map(Value::String),
    ]
    .boxed()
}

/// The pattern without `^` and `$` anchors, which the generator cannot produce.
fn unanchored(pattern: &str) -> &str {
    let pattern = pattern.strip_prefix('^').unwrap_or(pattern);
    match pattern.strip_suffix('$') {
        Some(rest) if !rest.ends_with('\\') => rest,
        _ => pattern,
    }
}

fn valid_string(schema: &Map<String, Value>) -> BoxedStrategy<String> {
    let min_length = schema.get("minLength").and_then(Value::as_u64);
    let max_length = schema.get("maxLength").and_then(Value::as_u64);
    let min = min_length.unwrap_or(0) as usize;
    let max = max_length.map_or(min + 12, |max| max as usize);
    let in_length = move |text: &String| {
        let length = text.chars().count() as u64;
        min_length.is_none_or(|min| length >= min) && max_length.is_none_or(|max| length <= max)
    };

    let day = (1900u32..2100, 1u32..=12, 1u32..=28);
    let date = day.prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
    let strategy = match schema.get("format").and_then(Value::as_str) {
        Some("date") => date.boxed(),
        Some("date-time") => (date, 0u32..24, 0u32..60, 0u32..60)
            .prop_map(|(date, h, m, s)| format!("{date}T{h:02}:{m:02}:{s:02}Z"))
            .boxed(),
        Some("uri") => "[a-z]{1,8}"
            .prop_map(|host| format!("https://{host}.example/x"))
            .boxed(),
        Some("email") => "[a-z]{1,8}"
            .prop_map(|user| format!("{user}@example.com"))
            .boxed(),
        _ => match schema.get("pattern").and_then(Value::as_str) {
            Some(pattern) => proptest::string::string_regex(unanchored(pattern))
                .unwrap()
                .boxed(),
            None if schema.get("contentEncoding") == Some(&json!("base64")) => {
                "([A-Za-z0-9+/]{4}){0,6}([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?".boxed()
            }
            None => proptest::string::string_regex(&format!("(?s).{{{min},{max}}}"))
                .unwrap()
                .boxed(),
        },
    };
    strategy.prop_filter("length", in_length).boxed()
}

fn valid_object(schema: &Map<String, Value>) -> BoxedStrategy<Value> {
    let empty = Map::new();
    let properties = schema
        .get("properties")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let required = required(&Value::Object(schema.clone()));

    let mut entries: Vec<BoxedStrategy<Option<(String, Value)>>> = Vec::new();
    for (name, property) in properties {
        let name = name.clone();
        let value = valid_value(property);
        entries.push(if required.contains(&name) {
            value
                .prop_map(move |value| Some((name.clone(), value)))
                .boxed()
        } else {
            proptest::option::of(value.prop_map(move |value| (name.clone(), value))).boxed()
        });
    }
    for name in required
        .iter()
        .filter(|name| !properties.contains_key(*name))
    {
        let name = name.clone();
        entries.push(
            scalar()
                .prop_map(move |value| Some((name.clone(), value)))
                .boxed(),
        );
    }

    entries
        .prop_map(|entries| Value::Object(entries.into_iter().flatten().collect()))
        .boxed()
}

/// Values the schema accepts.
fn valid_value(schema: &Value) -> BoxedStrategy<Value> {
    let Some(object) = schema.as_object() else {
        return scalar();
    };
    if let Some(Value::Array(values)) = object.get("enum") {
        return proptest::sample::select(values.clone()).boxed();
    }
    match object.get("type").and_then(Value::as_str) {
        Some("object") if object.contains_key("properties") => valid_object(object),
        None if object.contains_key("properties") => valid_object(object),
        Some("object") => Just(json!({})).boxed(),
        Some("string") => valid_string(object).prop_map(Value::String).boxed(),
        Some("integer") => {
            let min = object
                .get("minimum")
                .and_then(Value::as_i64)
                .unwrap_or(-1000);
            let max = object
                .get("maximum")
                .and_then(Value::as_i64)
                .unwrap_or(min + 2000);
            (min..=max).prop_map(|n| json!(n)).boxed()
        }
        Some("number") => {
            let min = object
                .get("minimum")
                .and_then(Value::as_f64)
                .unwrap_or(-1000.0);
            let max = object
                .get("maximum")
                .and_then(Value::as_f64)
                .unwrap_or(min + 2000.0);
            (min..=max).prop_map(|n| json!(n)).boxed()
        }
        Some("boolean") => any::<bool>().prop_map(Value::Bool).boxed(),
        Some("array") => {
            let items = object.get("items").cloned().unwrap_or(json!({}));
            let min = object.get("minItems").and_then(Value::as_u64).unwrap_or(0) as usize;
            let max = object
                .get("maxItems")
                .and_then(Value::as_u64)
                .map_or(min + 3, |n| n as usize);
            proptest::collection::vec(valid_value(&items), min..=max)
                .prop_map(Value::Array)
                .boxed()
        }
        _ => scalar(),
    }
}

/// How a valid value is changed.
#[derive(Debug, Clone)]
enum Mutation {
    /// Left as it is.
    None,
    /// One required key removed.
    DropRequired(Index),
    /// One property given a value of another JSON type.
    WrongType(Index, Index),
    /// One string property given an arbitrary string (breaking its pattern, format or enum).
    AnyString(Index, String),
    /// A key the schema does not define added.
    Unknown(String, Value),
    /// `{}`.
    Empty,
    /// Not an object.
    NotObject(Index),
}

/// Arbitrary strings, and strings shaped like dates that may not be real ones.
fn any_string() -> impl Strategy<Value = String> {
    prop_oneof![
        "(?s).{0,12}",
        "[0-9]{4}-[0-1][0-9]-[0-3][0-9]",
        "[0-9]{4}-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-6][0-9]:[0-6][0-9](Z|[+-][0-2][0-9]:00)",
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => Just(Mutation::None),
        2 => any::<Index>().prop_map(Mutation::DropRequired),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(at, to)| Mutation::WrongType(at, to)),
        2 => (any::<Index>(), any_string()).prop_map(|(at, text)| Mutation::AnyString(at, text)),
        1 => ("[a-zA-Z_]{1,12}", scalar()).prop_map(|(key, value)| Mutation::Unknown(key, value)),
        1 => Just(Mutation::Empty),
        1 => any::<Index>().prop_map(Mutation::NotObject),
    ]
}

/// The valid params' values in the order of the schema's properties, absent ones `null`.
fn positional(schema: &Value, params: &Value) -> Value {
    let properties = schema.get("properties").and_then(Value::as_object);
    let values = properties
        .into_iter()
        .flatten()
        .map(|(name, _)| params.get(name).cloned().unwrap_or(Value::Null))
        .collect();
    Value::Array(values)
}

fn mutate(schema: &Value, mut params: Value, mutation: &Mutation) -> Value {
    match mutation {
        Mutation::None => params,
        Mutation::DropRequired(index) => {
            let required = required(schema);
            if let (false, Some(object)) = (required.is_empty(), params.as_object_mut()) {
                object.remove(index.get(&required));
            }
            params
        }
        Mutation::WrongType(at, to) => {
            let paths = property_paths(schema, &params);
            if !paths.is_empty() {
                let pointer = &at.get(&paths).0;
                let others = [
                    json!(null),
                    json!(true),
                    json!(7),
                    json!(2.5),
                    json!("text"),
                    json!([]),
                    json!({}),
                ];
                let current = params.pointer(pointer).cloned();
                let choices: Vec<&Value> = others
                    .iter()
                    .filter(|other| Some(*other) != current.as_ref())
                    .collect();
                if let Some(slot) = params.pointer_mut(pointer) {
                    *slot = (*to.get(&choices)).clone();
                }
            }
            params
        }
        Mutation::AnyString(at, text) => {
            let paths: Vec<_> = property_paths(schema, &params)
                .into_iter()
                .filter(|(_, property, _)| property["type"] == "string")
                .collect();
            if !paths.is_empty()
                && let Some(slot) = params.pointer_mut(&at.get(&paths).0)
            {
                *slot = Value::String(text.clone());
            }
            params
        }
        Mutation::Unknown(key, value) => {
            if let Some(object) = params.as_object_mut() {
                object.insert(key.clone(), value.clone());
            }
            params
        }
        Mutation::Empty => json!({}),
        Mutation::NotObject(index) => {
            let choices = [
                json!(null),
                json!(true),
                json!(3),
                json!("text"),
                json!([]),
                positional(schema, &params),
            ];
            index.get(&choices).clone()
        }
    }
}

/// Compares both verdicts on `params`; `Ok` tells whether the schema accepts them.
fn check(case: &AuthCase, params: &Value) -> Result<bool, String> {
    let schema_errors: Vec<String> = case
        .validator
        .iter_errors(params)
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect();
    let refusal = case.parser_refusal(params)?;
    if schema_errors.is_empty() == refusal.is_none() || known_for(case, params).is_some() {
        return Ok(schema_errors.is_empty());
    }
    Err(format!(
        "{}: disagreement on params {params}\n  jsonschema: {}\n  parse_auth: {}",
        case.label(),
        if schema_errors.is_empty() {
            "valid".to_owned()
        } else {
            schema_errors.join("; ")
        },
        refusal.unwrap_or_else(|| "valid".to_owned()),
    ))
}

#[test]
fn parse_auth_agrees_with_jsonschema_on_generated_params() {
    let cases = auth_cases();
    assert!(cases.len() >= 30, "only {} auth specs found", cases.len());

    let mut failures = Vec::new();
    for case in &cases {
        let config = Config {
            cases: std::env::var("PROPTEST_CASES")
                .ok()
                .and_then(|cases| cases.parse().ok())
                .unwrap_or(CASES),
            failure_persistence: None,
            ..Config::default()
        };
        let mut runner = TestRunner::new(config);
        let strategy = (valid_value(&case.schema), mutation());
        let (accepted, refused) = (Cell::new(0), Cell::new(0));

        let result = runner.run(&strategy, |(params, mutation)| {
            let params = mutate(&case.schema, params, &mutation);
            let valid = check(case, &params).map_err(TestCaseError::fail)?;
            let counter = if valid { &accepted } else { &refused };
            counter.set(counter.get() + 1);
            Ok(())
        });

        match result {
            Err(error) => failures.push(error.to_string()),
            Ok(()) if accepted.get() == 0 => {
                failures.push(format!("{}: no generated params were valid", case.label()));
            }
            Ok(()) if refused.get() == 0 => {
                failures.push(format!(
                    "{}: no generated params were invalid",
                    case.label()
                ));
            }
            Ok(()) => {}
        }
    }

    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The auth case of `auth` in `file`.
fn auth_case<'a>(cases: &'a [AuthCase], file: &str, auth: &str) -> &'a AuthCase {
    cases
        .iter()
        .find(|case| case.file == file && case.auth == auth)
        .unwrap_or_else(|| panic!("no auth spec {auth:?} in {file}"))
}

/// Asserts that both jsonschema and the generated parser give `valid` as verdict.
fn assert_both(cases: &[AuthCase], (file, auth): (&str, &str), params: Value, valid: bool) {
    let case = auth_case(cases, file, auth);

    let schema_says = case.validator.is_valid(&params);
    let parser_says = case.parser_refusal(&params).unwrap();

    let label = format!("{} with {params}", case.label());
    assert_eq!(schema_says, valid, "jsonschema on {label}");
    assert_eq!(
        parser_says.is_none(),
        valid,
        "parse_auth on {label}: {parser_says:?}"
    );
}

const DYNAMICS: (&str, &str) = (
    "dynamics-online.json",
    "Basic Authentication for Dynamics-Online",
);
const S3_KEYS: (&str, &str) = ("Amazon_S3.json", "Access Key");
const S3_ROLE: (&str, &str) = ("amazon-s3__2.json", "Assumed Role");
const MARIA: (&str, &str) = ("maria-db.json", "Connection String Based Authentication");
const SALESFORCE: (&str, &str) = ("salesforce.json", "Basic Authentication");
const REST_OAUTH: (&str, &str) = ("generic-rest-extension__2.json", "OAuth2 Refresh Code");
const ACCESS_KEY: &str = "ABCDEFGHIJKLMNOPQRST";
const SECRET_KEY: &str = "abcdefghijABCDEFGHIJ0123456789/+abcdefgh";

#[test]
fn hand_written_valid_params_are_accepted_by_both() {
    let cases = auth_cases();
    let dynamics = json!({"serviceUri": "u", "username": "n", "password": "p"});
    let salesforce = json!({"username": "u", "password": "p", "securityToken": "t"});

    assert_both(&cases, DYNAMICS, dynamics, true);
    let extra = json!({"serviceUri": "u", "username": "n", "password": "p", "extra": 1});
    assert_both(&cases, DYNAMICS, extra, true);
    let keys = json!({"s3AccessKey": ACCESS_KEY, "s3SecretKey": SECRET_KEY});
    assert_both(&cases, S3_KEYS, keys, true);
    assert_both(
        &cases,
        S3_ROLE,
        json!({"s3Role": "arn:aws:iam::1:role/r"}),
        true,
    );
    let connection = json!({"connectionString": "Server=h;Port=1;Database=d;UID=u;PWD=p"});
    assert_both(&cases, MARIA, connection, true);
    assert_both(&cases, SALESFORCE, salesforce, true);
    let url = json!({"username": "u", "password": "p", "securityToken": "t",
        "environmentUrl": "https://x.example"});
    assert_both(&cases, SALESFORCE, url, true);
    let leap_day = json!({"host": "h", "accessToken": "t", "expirationDate": "2024-02-29",
        "requestParameterOverride": {"authenticationMethod": "GET"}});
    assert_both(&cases, REST_OAUTH, leap_day, true);
}

#[test]
fn hand_written_invalid_params_are_refused_by_both() {
    let cases = auth_cases();

    assert_both(
        &cases,
        DYNAMICS,
        json!({"serviceUri": "u", "username": "n"}),
        false,
    );
    let number = json!({"serviceUri": "u", "username": "n", "password": 42});
    assert_both(&cases, DYNAMICS, number, false);
    let null = json!({"serviceUri": "u", "username": null, "password": "p"});
    assert_both(&cases, DYNAMICS, null, false);
    for not_params in [
        json!({}),
        json!(["u", "n", "p"]),
        json!("text"),
        json!(null),
    ] {
        assert_both(&cases, DYNAMICS, not_params, false);
    }
    let lowercase = json!({"s3AccessKey": "abcdefghijklmnopqrst", "s3SecretKey": SECRET_KEY});
    assert_both(&cases, S3_KEYS, lowercase, false);
    let short = json!({"s3AccessKey": ACCESS_KEY, "s3SecretKey": "short"});
    assert_both(&cases, S3_KEYS, short, false);
    assert_both(&cases, S3_ROLE, json!({"s3Role": ["arn"]}), false);
    assert_both(&cases, MARIA, json!({"connectionString": "Host=h"}), false);
    let null_url = json!({"username": "u", "password": "p", "securityToken": "t",
        "environmentUrl": null});
    assert_both(&cases, SALESFORCE, null_url, false);
    let not_leap = json!({"host": "h", "accessToken": "t", "expirationDate": "2023-02-29"});
    assert_both(&cases, REST_OAUTH, not_leap, false);
    let method = json!({"host": "h", "accessToken": "t",
        "requestParameterOverride": {"authenticationMethod": "PUT"}});
    assert_both(&cases, REST_OAUTH, method, false);
}

#[test]
fn every_shadowed_auth_spec_is_checked_through_its_own_type() {
    let cases = auth_cases();

    for (index, case) in cases.iter().enumerate() {
        let shadowed = cases[..index]
            .iter()
            .any(|earlier| earlier.spec == case.spec && earlier.auth == case.auth);

        assert_eq!(
            shadowed_parser(&case.file, &case.auth).is_some(),
            shadowed,
            "{}: shadowed by an earlier file: {shadowed}",
            case.label()
        );
    }
}

#[test]
fn a_shared_spec_name_resolves_to_the_first_file() {
    // `amazon-s3.json` requires two keys it does not define; `amazon-s3__2.json` does not.
    let params = json!({"accessKeyId": "a", "secretAccessKey": "s"});

    let resolved = shipped::parse_auth("amazon-s3", Some("Access Key"), params.clone());
    let shadowed = shadowed_parser("amazon-s3__2.json", "Access Key").unwrap()(params);

    assert!(resolved.is_ok(), "{resolved:?}");
    assert!(shadowed.is_err());
}

#[test]
fn auth_spec_names_select_the_type() {
    let params = json!({"serviceUri": "u", "username": "n", "password": "p"});
    let basic = json!({"host": "h", "username": "n", "password": "p"});

    let single = shipped::parse_auth("dynamics-online", None, params.clone());
    let several = shipped::parse_auth("generic-rest-extension", None, basic.clone());
    let named = shipped::parse_auth(
        "generic-rest-extension",
        Some("Basic Authentication"),
        basic,
    );
    let unknown_auth = shipped::parse_auth("dynamics-online", Some("Token"), params.clone());
    let unknown_spec = shipped::parse_auth("no-such-spec", None, params);

    assert!(single.is_ok(), "{single:?}");
    assert!(matches!(
        several,
        Err(RegistryError::UnknownAuthSpec {
            auth_spec: None,
            ..
        })
    ));
    assert!(named.is_ok(), "{named:?}");
    assert!(matches!(
        unknown_auth,
        Err(RegistryError::UnknownAuthSpec { .. })
    ));
    assert!(matches!(unknown_spec, Err(RegistryError::UnknownSpec(_))));
}

#[test]
fn specs_without_auth_take_only_an_empty_object() {
    let specs = specs_without_auth();
    assert!(specs.len() >= 3, "{specs:?}");

    for (file, spec) in specs {
        let verdict = |params: Value| shipped::parse_auth(&spec, None, params);

        assert!(verdict(json!({})).is_ok(), "{file}: {{}}");
        for params in [
            json!({"key": "value"}),
            json!(null),
            json!("text"),
            json!([]),
        ] {
            let result = verdict(params.clone());
            assert!(
                matches!(result, Err(RegistryError::Invalid(_))),
                "{file}: {params} gave {result:?}"
            );
        }
        let named = shipped::parse_auth(&spec, Some("Basic Authentication"), json!({}));
        assert!(
            matches!(named, Err(RegistryError::UnknownAuthSpec { .. })),
            "{file}"
        );
    }
}

#[test]
fn known_disagreements_still_disagree() {
    let cases = auth_cases();

    for known in KNOWN {
        let case = auth_case(&cases, known.file, known.auth);
        let params: Value = serde_json::from_str(known.example).unwrap();

        let schema_says = case.validator.is_valid(&params);
        let parser_says = case.parser_refusal(&params).unwrap().is_none();

        let label = format!("{} with {params}", case.label());
        assert_ne!(
            schema_says, parser_says,
            "{label} agrees now: drop it from KNOWN"
        );
        assert!(
            features(&case.schema, &params).contains(&(known.pointer.to_owned(), known.kind)),
            "{label} does not show {:?} at {}",
            known.kind,
            known.pointer
        );
    }
}
