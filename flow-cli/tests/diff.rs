//! `flow specs diff`: changes of auth params, breaking ones marked.

mod support;

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use support::{arg, flow, no_vars, specs_dir};

fn dynamics() -> Value {
    let text = std::fs::read_to_string(specs_dir().join("dynamics-online.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn write(dir: &Path, name: &str, spec: &Value) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string(spec).unwrap()).unwrap();
    path
}

#[tokio::test]
async fn a_new_required_field_is_breaking() {
    let dir = tempfile::tempdir().unwrap();
    let mut new = dynamics();
    let schema = &mut new["authSpec"][0]["spec"];
    schema["properties"]["domain"] = json!({"type": "string"});
    schema["required"]
        .as_array_mut()
        .unwrap()
        .push(json!("domain"));
    let old = write(dir.path(), "old.json", &dynamics());
    let new = write(dir.path(), "new.json", &new);

    let run = flow(&["specs", "diff", arg(&old), arg(&new)], no_vars()).await;
    let failing = flow(
        &["specs", "diff", "--fail-on-breaking", arg(&old), arg(&new)],
        no_vars(),
    )
    .await;

    assert_eq!(run.code, 0, "{}", run.stderr);
    let line = run
        .stdout
        .lines()
        .find(|line| line.contains("/domain"))
        .unwrap_or_else(|| panic!("no change at /domain: {}", run.stdout));
    assert!(line.contains("BREAKING"), "{line}");
    assert!(line.contains("required property added"), "{line}");
    assert_eq!(failing.code, 1);
}

#[tokio::test]
async fn a_new_optional_field_is_not_breaking() {
    let dir = tempfile::tempdir().unwrap();
    let mut new = dynamics();
    new["authSpec"][0]["spec"]["properties"]["region"] = json!({"type": "string"});
    let old = write(dir.path(), "old.json", &dynamics());
    let new = write(dir.path(), "new.json", &new);

    let run = flow(
        &["specs", "diff", "--fail-on-breaking", arg(&old), arg(&new)],
        no_vars(),
    )
    .await;

    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains("/region"), "{}", run.stdout);
    assert!(!run.stdout.contains("BREAKING"), "{}", run.stdout);
}

#[tokio::test]
async fn auth_specs_are_matched_by_name_and_added_or_removed_ones_reported() {
    let dir = tempfile::tempdir().unwrap();
    let mut new = dynamics();
    new["authSpec"][0]["name"] = json!("OAuth");
    let old = write(dir.path(), "old.json", &dynamics());
    let new = write(dir.path(), "new.json", &new);

    let run = flow(
        &["--json", "specs", "diff", arg(&old), arg(&new)],
        no_vars(),
    )
    .await;

    assert_eq!(run.code, 0);
    let report = run.json();
    assert_eq!(report["breaking"], true);
    let fates: Vec<(&str, &str)> = report["authSpecs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|auth| {
            (
                auth["name"].as_str().unwrap(),
                auth["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        fates,
        [
            ("Basic Authentication for Dynamics-Online", "removed"),
            ("OAuth", "added")
        ]
    );
}

#[tokio::test]
async fn a_file_that_is_not_a_spec_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "old.json", &dynamics());
    let new = dir.path().join("new.json");
    std::fs::write(&new, "[1, 2").unwrap();

    let run = flow(&["specs", "diff", arg(&old), arg(&new)], no_vars()).await;

    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
    assert!(run.stderr.contains("flow specs check"), "{}", run.stderr);
}
