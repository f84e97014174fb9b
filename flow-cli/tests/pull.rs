//! `flow specs pull`: one canonical file per spec, and what changed since the last pull.

mod support;

use std::fs;
use std::path::Path;

use flow_emulator::Emulator;
use serde_json::Value;
use support::{arg, emulator_vars, flow, no_vars, specs_dir};

/// A spec folder holding copies of some shipped specs.
fn served(files: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for file in files {
        fs::copy(specs_dir().join(file), dir.path().join(file)).unwrap();
    }
    dir
}

/// Every object's keys, depth first, in file order: what must come out sorted.
fn key_runs(value: &Value, runs: &mut Vec<Vec<String>>) {
    match value {
        Value::Object(object) => {
            runs.push(object.keys().cloned().collect());
            object.values().for_each(|value| key_runs(value, runs));
        }
        Value::Array(items) => items.iter().for_each(|value| key_runs(value, runs)),
        _ => {}
    }
}

fn assert_sorted(path: &Path) {
    let text = fs::read_to_string(path).unwrap();
    assert!(
        text.ends_with("}\n"),
        "no trailing newline in {}",
        path.display()
    );
    let value: Value = serde_json::from_str(&text).unwrap();
    let mut runs = Vec::new();
    key_runs(&value, &mut runs);
    for keys in runs {
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted, "keys out of order in {}", path.display());
    }
}

/// `flow specs pull --out OUT` from an embedded emulator serving `served`.
async fn pull(out: &Path, served: &Path) -> support::Run {
    let args = [
        "specs",
        "pull",
        "--out",
        arg(out),
        "--from-emulator-specs",
        arg(served),
    ];
    flow(&args, no_vars()).await
}

#[tokio::test]
async fn pull_writes_sorted_files_then_reports_added_changed_and_removed() {
    let served_dir = served(&["dynamics-online.json", "sftp.json"]);
    let out = tempfile::tempdir().unwrap();
    let first = pull(out.path(), served_dir.path()).await;

    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        first.stderr.contains("embedded emulator"),
        "{}",
        first.stderr
    );
    assert!(
        first
            .stdout
            .contains("2 added, 0 changed, 0 unchanged, 0 removed")
    );
    assert_sorted(&out.path().join("dynamics-online.json"));
    assert_sorted(&out.path().join("sftp.json"));

    let edited = out.path().join("dynamics-online.json");
    let text = fs::read_to_string(&edited).unwrap();
    fs::write(&edited, text.replace("\"1.0\"", "\"0.9\"")).unwrap();
    fs::write(out.path().join("gone.json"), r#"{"name": "gone"}"#).unwrap();
    fs::write(out.path().join("notes.json"), r#"["not a spec"]"#).unwrap();
    fs::copy(
        specs_dir().join("mysql.json"),
        served_dir.path().join("mysql.json"),
    )
    .unwrap();

    let second = pull(out.path(), served_dir.path()).await;

    assert_eq!(second.code, 0, "{}", second.stderr);
    let lines: Vec<&str> = second.stdout.lines().collect();
    let out_dir = out.path().display();
    assert!(lines.contains(&format!("added    {out_dir}/mysql.json (mysql)").as_str()));
    assert!(
        lines.contains(
            &format!("changed  {out_dir}/dynamics-online.json (dynamics-online)").as_str()
        ),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|line| line.starts_with("removed  ")
            && line.contains("gone.json (gone)")
            && line.contains("--prune")),
        "{lines:?}"
    );
    assert_eq!(
        lines.last(),
        Some(&"1 added, 1 changed, 1 unchanged, 1 removed")
    );
    assert_eq!(fs::read_to_string(&edited).unwrap(), text);
    assert!(out.path().join("gone.json").exists());
    assert!(out.path().join("notes.json").exists());
}

#[tokio::test]
async fn prune_deletes_what_was_not_fetched_and_json_reports_it() {
    let served_dir = served(&["dynamics-online.json"]);
    let out = tempfile::tempdir().unwrap();
    fs::write(out.path().join("gone.json"), r#"{"name": "gone"}"#).unwrap();

    let run = flow(
        &[
            "--json",
            "specs",
            "pull",
            "--prune",
            "--out",
            arg(out.path()),
            "--from-emulator-specs",
            arg(served_dir.path()),
        ],
        no_vars(),
    )
    .await;

    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = run.json();
    assert_eq!(report["added"][0]["file"], "dynamics-online.json");
    assert_eq!(report["removed"][0]["spec"], "gone");
    assert_eq!(report["pruned"], true);
    assert!(!out.path().join("gone.json").exists());
}

#[tokio::test]
async fn pull_from_a_configured_service_takes_only_the_named_specs() {
    let served_dir = served(&["dynamics-online.json", "sftp.json", "mysql.json"]);
    let emulator = Emulator::new(served_dir.path()).start().await.unwrap();
    let out = tempfile::tempdir().unwrap();
    fs::write(
        out.path().join("unrelated.json"),
        r#"{"name": "unrelated"}"#,
    )
    .unwrap();

    let run = flow(
        &["specs", "pull", "--name", "sftp", "--out", arg(out.path())],
        emulator_vars(&emulator, &[]),
    )
    .await;

    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("embedded"), "{}", run.stderr);
    assert!(out.path().join("sftp.json").exists());
    assert!(!out.path().join("mysql.json").exists());
    assert!(
        run.stdout
            .ends_with("1 added, 0 changed, 0 unchanged, 0 removed\n")
    );
}

#[tokio::test]
async fn an_unknown_name_is_an_error_and_writes_nothing() {
    let served_dir = served(&["dynamics-online.json"]);
    let out = tempfile::tempdir().unwrap();

    let run = flow(
        &[
            "specs",
            "pull",
            "--name",
            "nope",
            "--out",
            arg(out.path()),
            "--from-emulator-specs",
            arg(served_dir.path()),
        ],
        no_vars(),
    )
    .await;

    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("error: the service has no connection spec named `nope`")
    );
    assert_eq!(fs::read_dir(out.path()).unwrap().count(), 0);
}

#[tokio::test]
async fn half_set_credentials_say_what_to_set() {
    let context =
        flow_cli::Context::new(|name| (name == "FLOW_CLIENT_ID").then(|| "someone".to_owned()));

    let run = flow(&["specs", "pull", "--out", "unused"], context).await;

    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("set FLOW_CLIENT_ID and FLOW_CLIENT_SECRET"),
        "{}",
        run.stderr
    );
    assert!(!Path::new("unused").exists());
}
