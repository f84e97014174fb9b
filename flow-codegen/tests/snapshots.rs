//! The code generated for every spec file of the corpus, reviewed and kept as snapshots.
//!
//! Each file's pretty-printed code is also kept as plain Rust in the root package's
//! `tests/generated/`, where a test compiles it. `INSTA_UPDATE=always` (or
//! `FLOW_UPDATE_GENERATED=1`) rewrites those files; otherwise they must equal the fresh code.

use std::path::{Path, PathBuf};

const SPECS_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
const GENERATED_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/generated");

/// The spec files of the corpus, sorted by file name as `connection_specs!` sorts them.
fn spec_files() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(SPECS_DIR)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    paths
}

fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

fn pretty_code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let generated = flow_codegen::generate(&text)
        .unwrap_or_else(|findings| panic!("{}: {findings:?}", path.display()));
    flow_codegen::pretty(&generated.tokens).unwrap()
}

fn updating() -> bool {
    let insta = std::env::var("INSTA_UPDATE");
    let flow = std::env::var("FLOW_UPDATE_GENERATED");
    matches!(insta.as_deref(), Ok("always" | "1" | "force")) || flow.as_deref() == Ok("1")
}

#[test]
fn the_corpus_has_spec_files() {
    let files = spec_files();

    assert!(
        files.len() >= 30,
        "only {} spec files in {SPECS_DIR}",
        files.len()
    );
}

#[test]
fn generated_code_matches_its_snapshot() {
    let mismatched: Vec<String> = spec_files()
        .iter()
        .map(|path| (stem(path), pretty_code(path)))
        .filter(|(stem, code)| {
            std::panic::catch_unwind(|| insta::assert_snapshot!(stem.as_str(), code)).is_err()
        })
        .map(|(stem, _)| stem)
        .collect();

    assert!(mismatched.is_empty(), "snapshots differ: {mismatched:?}");
}

#[test]
fn generated_code_matches_the_compiled_copy() {
    let updating = updating();
    let mut stale = Vec::new();
    let mut stems = Vec::new();

    for path in spec_files() {
        let code = pretty_code(&path);
        let copy = Path::new(GENERATED_DIR).join(format!("{}.rs", stem(&path)));
        stems.push(stem(&path));

        if updating {
            std::fs::create_dir_all(GENERATED_DIR).unwrap();
            std::fs::write(&copy, &code).unwrap();
        } else if std::fs::read_to_string(&copy).ok().as_deref() != Some(code.as_str()) {
            stale.push(copy.display().to_string());
        }
    }

    let orphans: Vec<String> = std::fs::read_dir(GENERATED_DIR)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| !stems.contains(&stem(path)))
        .map(|path| path.display().to_string())
        .collect();

    assert!(
        stale.is_empty(),
        "generated code differs from its compiled copy (rerun with FLOW_UPDATE_GENERATED=1 \
         and review): {stale:#?}"
    );
    assert!(
        orphans.is_empty(),
        "compiled copies without a spec file: {orphans:#?}"
    );
}
