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

/// Runs `flow specs diff FLAGS OLD NEW` on the two specs, written to a temporary folder.
async fn diff(old: &Value, new: &Value, flags: &[&str]) -> support::Run {
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "old.json", old);
    let new = write(dir.path(), "new.json", new);
    let mut args = vec!["specs", "diff"];
    args.extend_from_slice(flags);
    args.extend([arg(&old), arg(&new)]);
    flow(&args, no_vars()).await
}

/// The line of the text report about `pointer`.
fn line<'a>(run: &'a support::Run, pointer: &str) -> &'a str {
    run.stdout
        .lines()
        .find(|line| line.contains(&format!(" {pointer}: ")))
        .unwrap_or_else(|| panic!("no change at {pointer}: {}", run.stdout))
}

/// Dynamics with `change` applied to the schema of its auth spec.
fn dynamics_with(change: impl FnOnce(&mut Value)) -> Value {
    let mut spec = dynamics();
    change(&mut spec["authSpec"][0]["spec"]);
    spec
}

#[tokio::test]
async fn a_removed_optional_field_is_breaking() {
    let old = dynamics_with(|schema| {
        schema["properties"]["domain"] = json!({"type": "string"});
    });
    let new = dynamics();

    let run = diff(&old, &new, &[]).await;
    let failing = diff(&old, &new, &["--fail-on-breaking"]).await;
    let json = diff(&old, &new, &["--json", "--fail-on-breaking"]).await;

    assert_eq!(run.code, 0, "{}", run.stderr);
    let line = line(&run, "/domain");
    assert!(line.contains("BREAKING"), "{line}");
    assert!(line.contains("property removed"), "{line}");
    assert!(run.stdout.contains("\nbreaking: "), "{}", run.stdout);
    assert_eq!(failing.code, 1, "{}", failing.stdout);
    assert_eq!(json.code, 1, "{}", json.stdout);
    let report = json.json();
    assert_eq!(report["breaking"], true);
    let auth = &report["authSpecs"][0];
    assert_eq!(auth["status"], "changed");
    assert_eq!(auth["breaking"], true);
    assert_eq!(
        auth["changes"],
        json!([{"pointer": "/domain", "change": "property removed", "breaking": true}])
    );
}

#[tokio::test]
async fn a_changed_type_is_breaking() {
    let new = dynamics_with(|schema| {
        schema["properties"]["username"]["type"] = json!("integer");
    });

    let run = diff(&dynamics(), &new, &[]).await;
    let failing = diff(&dynamics(), &new, &["--fail-on-breaking"]).await;

    assert_eq!(run.code, 0, "{}", run.stderr);
    let line = line(&run, "/username");
    assert!(line.contains("BREAKING"), "{line}");
    assert!(
        line.contains("type changed from `string` to `integer`"),
        "{line}"
    );
    assert_eq!(failing.code, 1, "{}", failing.stdout);
}

#[tokio::test]
async fn a_tightened_constraint_is_breaking_and_a_loosened_one_is_not() {
    let old = dynamics_with(|schema| {
        schema["properties"]["username"]["maxLength"] = json!(64);
    });
    let tightened = dynamics_with(|schema| {
        schema["properties"]["username"]["maxLength"] = json!(32);
        schema["properties"]["serviceUri"]["pattern"] = json!("^https://");
    });
    let loosened = dynamics_with(|schema| {
        schema["properties"]["username"]["maxLength"] = json!(128);
    });

    let run = diff(&old, &tightened, &["--fail-on-breaking"]).await;
    let relaxed = diff(&old, &loosened, &["--fail-on-breaking"]).await;

    assert_eq!(run.code, 1, "{}", run.stdout);
    let bound = line(&run, "/username");
    assert!(bound.contains("BREAKING"), "{bound}");
    assert!(
        bound.contains("`maxLength` changed from `64` to `32`"),
        "{bound}"
    );
    let pattern = line(&run, "/serviceUri");
    assert!(pattern.contains("BREAKING"), "{pattern}");
    assert!(
        pattern.contains("pattern changed from none to `^https://`"),
        "{pattern}"
    );
    assert_eq!(relaxed.code, 0, "{}", relaxed.stdout);
    let bound = line(&relaxed, "/username");
    assert!(bound.starts_with("  ok "), "{bound}");
}
