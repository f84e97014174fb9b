//! `flow specs diff`: how the auth params of one spec file differ from another's.

use std::fs;
use std::path::Path;

use flow_client::drift::{self, Drift};
use serde_json::{Value, json};

use crate::cli::DiffArgs;
use crate::failure::Failure;
use crate::output::Report;

/// How one auth spec fared between the two files.
enum Fate {
    Added,
    Removed,
    Compared(Drift),
}

impl Fate {
    /// A removed auth spec breaks every connection made with it.
    fn is_breaking(&self) -> bool {
        match self {
            Self::Added => false,
            Self::Removed => true,
            Self::Compared(drift) => drift.is_breaking(),
        }
    }
}

/// Compares the auth specs of two files by name; exit code 1 only with `--fail-on-breaking`
/// and a breaking change.
pub fn diff(args: &DiffArgs) -> Result<Report, Failure> {
    let old = auth_specs(&args.old)?;
    let new = auth_specs(&args.new)?;

    let mut fates: Vec<(String, Fate)> = Vec::new();
    for (name, old_schema) in &old {
        let fate = match new.iter().find(|(new_name, _)| new_name == name) {
            Some((_, new_schema)) => Fate::Compared(drift::compare(old_schema, new_schema)),
            None => Fate::Removed,
        };
        fates.push((name.clone(), fate));
    }
    for (name, _) in &new {
        if !old.iter().any(|(old_name, _)| old_name == name) {
            fates.push((name.clone(), Fate::Added));
        }
    }

    let breaking = fates.iter().any(|(_, fate)| fate.is_breaking());
    let code = u8::from(breaking && args.fail_on_breaking);
    Ok(Report::new(text(&fates, breaking), to_json(&fates, breaking)).exit_code(code))
}

/// The auth specs of a file, by name, in file order; a name met twice keeps the first.
fn auth_specs(path: &Path) -> Result<Vec<(String, Value)>, Failure> {
    let text = fs::read_to_string(path).map_err(|error| {
        Failure::new(format!("cannot read `{}`: {error}", path.display()))
            .hint("give two spec files")
    })?;
    let specs = flow_codegen::spec::parse(&text).map_err(|findings| {
        findings.iter().fold(
            Failure::new(format!("`{}` is not a usable spec file", path.display())).hint(format!(
                "run `flow specs check {}` for every finding",
                path.display()
            )),
            |failure, finding| failure.detail(finding.to_string()),
        )
    })?;

    let mut auths: Vec<(String, Value)> = Vec::new();
    for auth in specs.into_iter().flat_map(|spec| spec.auth_specs) {
        if !auths.iter().any(|(name, _)| *name == auth.name) {
            auths.push((auth.name, auth.schema));
        }
    }
    Ok(auths)
}

fn marker(breaking: bool) -> &'static str {
    if breaking { "BREAKING" } else { "ok" }
}

fn text(fates: &[(String, Fate)], breaking: bool) -> String {
    let mut text = String::new();
    for (name, fate) in fates {
        match fate {
            Fate::Added => text.push_str(&format!("ok       auth spec `{name}` added\n")),
            Fate::Removed => text.push_str(&format!("BREAKING auth spec `{name}` removed\n")),
            Fate::Compared(drift) if drift.is_empty() => {
                text.push_str(&format!("ok       auth spec `{name}`: no change\n"));
            }
            Fate::Compared(drift) => {
                text.push_str(&format!("auth spec `{name}`:\n"));
                for change in drift.changes() {
                    let pointer = match change.pointer.as_str() {
                        "" => "(root)",
                        pointer => pointer,
                    };
                    text.push_str(&format!(
                        "  {:<8} {pointer}: {}\n",
                        marker(change.breaking),
                        change.kind
                    ));
                }
            }
        }
    }
    text.push_str(if breaking {
        "breaking: params or code valid for the old spec may fail with the new one\n"
    } else {
        "compatible: params valid for the old spec stay valid\n"
    });
    text
}

fn to_json(fates: &[(String, Fate)], breaking: bool) -> Value {
    let auth_specs: Vec<Value> = fates
        .iter()
        .map(|(name, fate)| {
            let (status, changes) = match fate {
                Fate::Added => ("added", Vec::new()),
                Fate::Removed => ("removed", Vec::new()),
                Fate::Compared(drift) => (
                    if drift.is_empty() {
                        "unchanged"
                    } else {
                        "changed"
                    },
                    drift
                        .changes()
                        .iter()
                        .map(|change| {
                            json!({
                                "pointer": change.pointer,
                                "change": change.kind.to_string(),
                                "breaking": change.breaking,
                            })
                        })
                        .collect(),
                ),
            };
            json!({
                "name": name,
                "status": status,
                "breaking": fate.is_breaking(),
                "changes": changes,
            })
        })
        .collect();
    json!({"breaking": breaking, "authSpecs": auth_specs})
}
