//! `flow expand`: the Rust code `connection_specs!` generates, pretty-printed.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use flow_codegen::{Finding, SpecFile};
use serde_json::json;

use crate::check::{Located, folder_files};
use crate::cli::ExpandArgs;
use crate::failure::{Failure, REPORT_BUG};
use crate::output::{Report, note};

/// Generates the code of a spec file, or of a folder with its registry; warnings go to
/// `stderr`.
pub fn expand(args: &ExpandArgs, stderr: &mut dyn Write) -> Result<Report, Failure> {
    let generated = if args.spec.is_dir() {
        expand_folder(&args.spec)?
    } else {
        let text = read(&args.spec)?;
        flow_codegen::generate(&text)
            .map_err(|findings| refused(&args.spec, located(&args.spec, findings)))?
    };

    let warnings = located(&args.spec, generated.warnings.clone());
    for warning in &warnings {
        note(stderr, &warning.line());
    }
    let code = flow_codegen::pretty(&generated.tokens).map_err(|finding| {
        Failure::new(format!(
            "cannot print the generated code: {}",
            finding.message
        ))
        .hint(REPORT_BUG)
    })?;
    Ok(Report::new(code.clone(), json!({"code": code})))
}

fn expand_folder(folder: &Path) -> Result<flow_codegen::Generated, Failure> {
    let mut files = Vec::new();
    for path in folder_files(folder)? {
        let name = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        files.push(SpecFile {
            name,
            text: read(&path)?,
        });
    }

    flow_codegen::generate_folder(&files).map_err(|findings| {
        let located = findings
            .into_iter()
            .map(|found| Located {
                file: folder.join(found.file),
                finding: found.finding,
            })
            .collect();
        refused(folder, located)
    })
}

fn read(path: &Path) -> Result<String, Failure> {
    fs::read_to_string(path).map_err(|error| {
        Failure::new(format!("cannot read `{}`: {error}", path.display()))
            .hint("give a spec file or a folder of them")
    })
}

fn located(file: &Path, findings: Vec<Finding>) -> Vec<Located> {
    findings
        .into_iter()
        .map(|finding| Located {
            file: PathBuf::from(file),
            finding,
        })
        .collect()
}

fn refused(path: &Path, findings: Vec<Located>) -> Failure {
    findings.iter().fold(
        Failure::new(format!("cannot generate code for `{}`", path.display())).hint(format!(
            "fix the errors above; `flow specs check {}` lists them",
            path.display()
        )),
        |failure, found| failure.detail(found.line()),
    )
}
