//! Generating every spec in `specs/`: each file on its own and the whole folder, tokens plus
//! pretty-printing. Also writes the lines of code generated per file and per auth schema to
//! `target/criterion/codegen-lines.json` for `scripts/bench`.

use std::fs;
use std::path::PathBuf;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use flow_codegen::{SpecFile, SpecModel, expand, generate, generate_folder, pretty};
use serde_json::{Value, json};

fn spec_files() -> Vec<SpecFile> {
    let mut files: Vec<SpecFile> = fs::read_dir(flow_toolkit::specs_dir())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .map(|path| SpecFile {
            name: path.file_name().unwrap().to_string_lossy().into_owned(),
            text: fs::read_to_string(&path).unwrap(),
        })
        .collect();
    files.sort_by(|a, b| a.name.cmp(&b.name));
    files
}

fn generate_one(text: &str) -> String {
    pretty(&generate(text).unwrap().tokens).unwrap()
}

fn generate_all(files: &[SpecFile]) -> String {
    pretty(&generate_folder(files).unwrap().tokens).unwrap()
}

fn lines(code: &str) -> usize {
    code.lines().filter(|line| !line.trim().is_empty()).count()
}

/// The non-blank lines generated for each file, every one benchmarked (those without an auth
/// schema too), and for each auth schema, measured by expanding a copy of the spec that keeps
/// only that auth schema.
fn line_counts(files: &[SpecFile]) -> Value {
    let mut file_rows = Vec::new();
    let mut rows = Vec::new();
    for file in files {
        let generated = generate(&file.text).unwrap();
        let file_lines = lines(&pretty(&generated.tokens).unwrap());
        let auth_schemas: usize = generated.models.iter().map(|model| model.auths.len()).sum();
        file_rows.push(json!({
            "file": file.name,
            "auth_schemas": auth_schemas,
            "lines": file_lines,
        }));
        for model in &generated.models {
            for auth in &model.auths {
                let alone = SpecModel {
                    auths: vec![auth.clone()],
                    ..model.clone()
                };
                let code = pretty(&expand::spec(&alone)).unwrap();
                rows.push(json!({
                    "file": file.name,
                    "spec": model.spec.name,
                    "auth_schema": auth.wire_name,
                    "types": auth.types.len(),
                    "lines": lines(&code),
                    "file_lines": file_lines,
                }));
            }
        }
    }
    let folder_lines = lines(&generate_all(files));
    json!({ "files": file_rows, "auth_schemas": rows, "folder_lines": folder_lines })
}

fn write_line_counts(files: &[SpecFile]) {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    let dir = target.join("criterion");
    fs::create_dir_all(&dir).unwrap();
    let counts = serde_json::to_string_pretty(&line_counts(files)).unwrap();
    fs::write(dir.join("codegen-lines.json"), counts).unwrap();
}

fn codegen(c: &mut Criterion) {
    let files = spec_files();
    write_line_counts(&files);

    let mut group = c.benchmark_group("codegen_file");
    for file in &files {
        let id = BenchmarkId::from_parameter(file.name.trim_end_matches(".json"));
        group.bench_with_input(id, &file.text, |b, text| b.iter(|| generate_one(text)));
    }
    group.finish();

    let mut group = c.benchmark_group("codegen_total");
    group.bench_function("each_file", |b| {
        b.iter(|| {
            files
                .iter()
                .map(|file| generate_one(&file.text).len())
                .sum::<usize>()
        })
    });
    group.bench_function("folder", |b| b.iter(|| generate_all(&files)));
    group.finish();
}

criterion_group!(benches, codegen);
criterion_main!(benches);
