//! Every spec shipped in `specs/` generates code that parses as Rust.

use std::path::PathBuf;

fn spec_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_shipped_spec_generates() {
    let mut failures = Vec::new();

    for path in spec_files() {
        let text = std::fs::read_to_string(&path).unwrap();
        match flow_codegen::generate(&text) {
            Ok(generated) => {
                flow_codegen::pretty(&generated.tokens).unwrap();
            }
            Err(findings) => failures.push(format!("{}: {findings:#?}", path.display())),
        }
    }

    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
