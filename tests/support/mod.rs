//! What the cross-crate tests share: the shipped spec files, and the toolchain's cargo.

#![allow(dead_code)]

use std::process::Command;

use serde_json::Value;

const SPECS_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/specs");

/// The spec objects of a file: the bare object, or the entries of `{"items": [...]}`.
pub fn specs_of(value: Value) -> Vec<Value> {
    match value {
        Value::Object(mut object) if !object.contains_key("authSpec") => {
            match object.remove("items") {
                Some(Value::Array(items)) => items,
                Some(items) => {
                    object.insert("items".to_owned(), items);
                    vec![Value::Object(object)]
                }
                None => vec![Value::Object(object)],
            }
        }
        other => vec![other],
    }
}

/// Every spec file, sorted by file name as `connection_specs!` sorts them, with its specs.
pub fn spec_files() -> Vec<(String, Vec<Value>)> {
    let mut files: Vec<(String, Vec<Value>)> = std::fs::read_dir(SPECS_DIR)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            let value: Value = serde_json::from_str(&text).unwrap();
            (name, specs_of(value))
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

/// The cargo that runs these tests, for tests that build or run a crate themselves.
pub fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
}
