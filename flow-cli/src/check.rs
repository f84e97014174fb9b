//! `flow specs check`: every finding of the code generator, one line each.

use std::fs;
use std::path::{Path, PathBuf};

use flow_codegen::{Finding, Severity};
use serde_json::{Value, json};

use crate::cli::CheckArgs;
use crate::failure::Failure;
use crate::output::Report;

/// A finding in one file.
pub struct Located {
    /// The file, as given or found in a given folder.
    pub file: PathBuf,
    /// What was found.
    pub finding: Finding,
}

impl Located {
    /// `FILE: error|warning at POINTER (KEYWORD): MESSAGE`.
    pub fn line(&self) -> String {
        let severity = match self.finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let pointer = match self.finding.pointer.as_str() {
            "" => "/",
            pointer => pointer,
        };
        let keyword = self
            .finding
            .keyword
            .as_ref()
            .map(|keyword| format!(" ({keyword})"))
            .unwrap_or_default();
        format!(
            "{}: {severity} at {pointer}{keyword}: {}",
            self.file.display(),
            self.finding.message
        )
    }

    fn to_json(&self) -> Value {
        json!({
            "file": self.file,
            "severity": if self.finding.is_error() { "error" } else { "warning" },
            "pointer": self.finding.pointer,
            "keyword": self.finding.keyword,
            "message": self.finding.message,
        })
    }
}

/// Checks every file; exit code 1 when any finding is an error.
pub fn check(args: &CheckArgs) -> Result<Report, Failure> {
    let files = spec_files(&args.paths)?;
    let findings: Vec<Located> = files.iter().flat_map(|file| check_file(file)).collect();

    let errors = findings
        .iter()
        .filter(|found| found.finding.is_error())
        .count();
    let warnings = findings.len() - errors;
    let mut text: String = findings.iter().map(|found| found.line() + "\n").collect();
    text.push_str(&format!(
        "checked {} file(s): {errors} error(s), {warnings} warning(s)\n",
        files.len()
    ));

    let json = json!({
        "files": files.len(),
        "errors": errors,
        "warnings": warnings,
        "findings": findings.iter().map(Located::to_json).collect::<Vec<_>>(),
    });
    Ok(Report::new(text, json).exit_code(u8::from(errors > 0)))
}

/// The findings of one file; a file that cannot be read is one error.
pub fn check_file(file: &Path) -> Vec<Located> {
    let findings = match fs::read_to_string(file) {
        Ok(text) => match flow_codegen::generate(&text) {
            Ok(generated) => generated.warnings,
            Err(findings) => findings,
        },
        Err(error) => vec![Finding::error("", format!("cannot read the file: {error}"))],
    };
    findings
        .into_iter()
        .map(|finding| Located {
            file: file.to_owned(),
            finding,
        })
        .collect()
}

/// The files of `paths`: each file as it is, and the `.json` files of each folder, sorted.
///
/// # Errors
///
/// Fails when a path does not exist or a folder cannot be listed.
pub fn spec_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            files.extend(folder_files(path)?);
        } else if path.exists() {
            files.push(path.clone());
        } else {
            return Err(Failure::new(format!("`{}` does not exist", path.display()))
                .hint("give spec files or folders of them"));
        }
    }
    Ok(files)
}

/// The `.json` files of a folder, sorted by name.
///
/// # Errors
///
/// Fails when the folder cannot be listed.
pub fn folder_files(folder: &Path) -> Result<Vec<PathBuf>, Failure> {
    let entries = fs::read_dir(folder).map_err(|error| {
        Failure::new(format!("cannot list `{}`: {error}", folder.display()))
            .hint("check that the folder exists and can be read")
    })?;
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_names_file_severity_pointer_keyword_and_message() {
        let found = Located {
            file: PathBuf::from("specs/x.json"),
            finding: Finding::warning("/authSpec/0/spec", "is odd").keyword("format"),
        };
        let root = Located {
            file: PathBuf::from("y.json"),
            finding: Finding::error("", "is not JSON"),
        };

        assert_eq!(
            found.line(),
            "specs/x.json: warning at /authSpec/0/spec (format): is odd"
        );
        assert_eq!(root.line(), "y.json: error at /: is not JSON");
    }
}
