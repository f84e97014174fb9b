//! A crate that uses the folder form regenerates its types when a spec file is added, changed
//! or removed, on the next `cargo build` and without `cargo clean`.
//!
//! The crate is written to a scratch folder and built with the target folder trybuild uses,
//! so the dependencies it shares with the compile tests are built once.

mod support;

use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn scratch() -> PathBuf {
    Path::new(ROOT).join("target/tests/rebuild")
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn copy_spec(crate_dir: &Path, file: &str) {
    let text = std::fs::read_to_string(Path::new(ROOT).join("specs").join(file)).unwrap();
    write(&crate_dir.join("specs").join(file), &text);
}

/// A crate that prints the name of every spec its `connection_specs!("specs")` generated.
fn new_crate() -> PathBuf {
    let dir = scratch().join("uses-folder");
    let _ = std::fs::remove_dir_all(&dir);
    let client = Path::new(ROOT).join("flow-client");
    write(
        &dir.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"uses-folder\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
             publish = false\n\n[dependencies]\nflow-client = {{ path = {client:?} }}\n\n\
             [workspace]\n"
        ),
    );
    std::fs::copy(Path::new(ROOT).join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    write(
        &dir.join("build.rs"),
        "fn main() {\n    println!(\"cargo:rerun-if-changed=specs\");\n}\n",
    );
    write(
        &dir.join("src/main.rs"),
        "mod specs {\n    flow_client::connection_specs!(\"specs\");\n}\n\n\
         fn main() {\n    for spec in specs::SPECS {\n        println!(\"{}\", spec.name);\n    \
         }\n}\n",
    );
    dir
}

/// Builds and runs the crate; its output, a spec name a line.
fn run(dir: &Path) -> Vec<String> {
    let output = support::cargo()
        .args(["run", "--quiet", "--offline", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .env(
            "CARGO_TARGET_DIR",
            Path::new(ROOT).join("target/tests/trybuild"),
        )
        .env_remove("FLOW_SPECS_MANIFEST_DIR")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn spec_files_added_changed_or_removed_regenerate_the_types() {
    let dir = new_crate();
    copy_spec(&dir, "dynamics-online.json");
    assert_eq!(run(&dir), ["dynamics-online"]);

    copy_spec(&dir, "sftp.json");
    assert_eq!(
        run(&dir),
        ["dynamics-online", "sftp"],
        "after adding a file"
    );

    let path = dir.join("specs/dynamics-online.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let renamed = text.replacen(
        r#""name": "dynamics-online""#,
        r#""name": "dynamics-renamed""#,
        1,
    );
    assert_ne!(
        renamed, text,
        "the spec's name is where the test expects it"
    );
    write(&path, &renamed);
    assert_eq!(
        run(&dir),
        ["dynamics-renamed", "sftp"],
        "after changing a file"
    );

    std::fs::remove_file(dir.join("specs/sftp.json")).unwrap();
    assert_eq!(run(&dir), ["dynamics-renamed"], "after removing a file");
}
