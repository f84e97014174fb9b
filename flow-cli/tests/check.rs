//! `flow specs check`: findings as lines, exit code 1 on any error.

mod support;

use support::{arg, flow, no_vars, specs_dir};

#[tokio::test]
async fn the_shipped_specs_have_no_error() {
    let run = flow(&["specs", "check", arg(&specs_dir())], no_vars()).await;

    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("0 error(s)"), "{}", run.stdout);
    assert!(!run.stdout.contains(": error at "), "{}", run.stdout);
}

#[tokio::test]
async fn a_broken_spec_exits_with_one_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.json");
    std::fs::write(
        &broken,
        r#"{"name": "broken", "authSpec": [{"name": "Basic""#,
    )
    .unwrap();
    let good = specs_dir().join("dynamics-online.json");

    let run = flow(&["specs", "check", arg(&good), arg(&broken)], no_vars()).await;

    assert_eq!(run.code, 1, "{}", run.stdout);
    let line = run
        .stdout
        .lines()
        .find(|line| line.starts_with(&format!("{}: error at ", broken.display())))
        .unwrap_or_else(|| panic!("no error line: {}", run.stdout));
    assert!(line.contains("line 1"), "{line}");
    assert!(
        run.stdout.contains("checked 2 file(s): 1 error(s)"),
        "{}",
        run.stdout
    );
}

#[tokio::test]
async fn a_finding_names_its_pointer_and_keyword() {
    let dir = tempfile::tempdir().unwrap();
    let odd = dir.path().join("odd.json");
    let spec = r#"{"id": "1", "name": "odd", "authSpec": [{"name": "Basic", "spec": {
        "type": "object",
        "properties": {"port": {"type": "integer", "pattern": "("}}
    }}]}"#;
    std::fs::write(&odd, spec).unwrap();

    let run = flow(&["specs", "check", arg(dir.path())], no_vars()).await;

    let prefix = format!("{}: ", odd.display());
    let lines: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with(&prefix))
        .collect();
    assert!(!lines.is_empty(), "{}", run.stdout);
    assert!(
        lines
            .iter()
            .any(|line| line.contains(" at /authSpec/0/spec/properties/port")
                && line.contains("(pattern): ")),
        "{lines:?}"
    );
}

#[tokio::test]
async fn json_output_lists_every_finding() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.json"), "").unwrap();

    let run = flow(&["--json", "specs", "check", arg(dir.path())], no_vars()).await;

    assert_eq!(run.code, 1);
    let report = run.json();
    assert_eq!(report["files"], 1);
    assert_eq!(report["errors"], 1);
    assert_eq!(report["findings"][0]["severity"], "error");
}

#[tokio::test]
async fn a_missing_path_is_an_error_with_a_next_step() {
    let run = flow(&["specs", "check", "no/such/file.json"], no_vars()).await;

    assert_eq!(run.code, 1);
    let mut lines = run.stderr.lines();
    assert_eq!(
        lines.next(),
        Some("error: `no/such/file.json` does not exist")
    );
    assert!(lines.next().is_some(), "no next step: {}", run.stderr);
}
