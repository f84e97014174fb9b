//! `flow expand`: the generated Rust, pretty-printed.

mod support;

use support::{arg, flow, no_vars, specs_dir};

#[tokio::test]
async fn a_spec_file_gives_its_auth_type() {
    let spec = specs_dir().join("dynamics-online.json");

    let run = flow(&["expand", arg(&spec)], no_vars()).await;

    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("pub struct DynamicsOnlineAuth"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("pub password: ::flow_client::Secret"));
}

#[tokio::test]
async fn a_folder_gives_modules_and_the_registry() {
    let dir = tempfile::tempdir().unwrap();
    for file in ["dynamics-online.json", "sftp.json"] {
        std::fs::copy(specs_dir().join(file), dir.path().join(file)).unwrap();
    }

    let run = flow(&["--json", "expand", arg(dir.path())], no_vars()).await;

    assert_eq!(run.code, 0, "{}", run.stderr);
    let code = run.json()["code"].as_str().unwrap().to_owned();
    assert!(code.contains("pub mod dynamics_online"), "{code}");
    assert!(code.contains("pub mod sftp"), "{code}");
    assert!(code.contains("pub enum AnyAuth"), "{code}");
    assert!(code.contains("pub fn parse_auth"), "{code}");
}

#[tokio::test]
async fn a_spec_that_cannot_be_generated_lists_its_errors() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, r#"{"authSpec": []}"#).unwrap();

    let run = flow(&["expand", arg(&broken)], no_vars()).await;

    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    let mut lines = run.stderr.lines();
    assert_eq!(
        lines.next(),
        Some(format!("error: cannot generate code for `{}`", broken.display()).as_str())
    );
    assert!(run.stderr.contains(": error at /"), "{}", run.stderr);
    assert!(run.stderr.contains("flow specs check"), "{}", run.stderr);
}
