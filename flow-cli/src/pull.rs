//! `flow specs pull`: the service's connection specs as one canonical JSON file each.

use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::io::Write;
use std::path::Path;
use std::time::Duration;

use flow_client::Query;
use flow_client::wire::ConnectionSpec;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::{Value, json};

use crate::cli::PullArgs;
use crate::context::Context;
use crate::failure::{Failure, REPORT_BUG, chain};
use crate::output::{Report, canonical_json};
use crate::service;

/// One spec, ready to write.
struct SpecFile {
    file: String,
    spec: String,
    text: String,
}

/// What a pull did to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Added,
    Changed,
    Unchanged,
}

/// Fetches the specs, writes the files that are new or differ, and reports what changed.
pub async fn pull(
    args: &PullArgs,
    context: &Context,
    stderr: &mut dyn Write,
) -> Result<Report, Failure> {
    let service = service::connect(context, &args.service.from_emulator_specs, stderr).await?;
    let progress = progress(context);

    progress.set_message("fetching connection specs");
    let fetched = service
        .client
        .connection_specs(&Query::new())
        .await
        .map_err(|error| service::failure(&error))?;
    let wanted = select(fetched, &args.names)?;
    let files = spec_files(wanted)?;

    fs::create_dir_all(&args.out).map_err(|error| {
        Failure::new(format!("cannot create `{}`: {error}", args.out.display()))
            .hint("give a folder that can be written with --out DIR")
    })?;
    progress.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    progress.set_length(files.len() as u64);
    progress.set_message("writing");

    let mut changes = Vec::new();
    for file in &files {
        let path = args.out.join(&file.file);
        changes.push(write(&path, &file.text)?);
        progress.inc(1);
    }
    progress.finish_and_clear();

    let written: HashSet<&str> = files.iter().map(|file| file.file.as_str()).collect();
    let removed = stale(&args.out, &written, &args.names)?;
    if args.prune {
        for (file, _) in &removed {
            let path = args.out.join(file);
            fs::remove_file(&path).map_err(|error| {
                Failure::new(format!("cannot delete `{}`: {error}", path.display()))
                    .hint("check the folder's permissions, or pull without --prune")
            })?;
        }
    }

    Ok(report(args, &files, &changes, &removed))
}

/// A progress bar on stderr, hidden when stderr is not a terminal.
fn progress(context: &Context) -> ProgressBar {
    if !context.shows_progress() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(100));
    bar
}

/// The specs named in `names`, or all of them when it is empty.
fn select(fetched: Vec<ConnectionSpec>, names: &[String]) -> Result<Vec<ConnectionSpec>, Failure> {
    if names.is_empty() {
        return Ok(fetched);
    }

    let missing: Vec<&String> = names
        .iter()
        .filter(|name| !fetched.iter().any(|spec| &spec.name == *name))
        .collect();
    if let Some(name) = missing.first() {
        return Err(
            Failure::new(format!("the service has no connection spec named `{name}`"))
                .hint("check the name; `flow specs pull` without --name fetches every spec"),
        );
    }
    Ok(fetched
        .into_iter()
        .filter(|spec| names.contains(&spec.name))
        .collect())
}

/// Names a file for every spec, in an order that does not depend on the service's: by name,
/// then id and version. A name that two specs share gets `__2`, `__3`... on the later ones.
fn spec_files(mut specs: Vec<ConnectionSpec>) -> Result<Vec<SpecFile>, Failure> {
    specs.sort_by(|a, b| (&a.name, &a.id, &a.version).cmp(&(&b.name, &b.id, &b.version)));

    let mut taken = HashSet::new();
    let mut files = Vec::new();
    for spec in specs {
        let stem = file_stem(&spec.name);
        let mut file = format!("{stem}.json");
        let mut suffix = 2;
        // Case-insensitive, so that the files are the same on every file system.
        while !taken.insert(file.to_lowercase()) {
            file = format!("{stem}__{suffix}.json");
            suffix += 1;
        }

        let value = serde_json::to_value(&spec).map_err(|error| {
            Failure::new(format!(
                "cannot write spec `{}` as JSON: {error}",
                spec.name
            ))
            .hint(REPORT_BUG)
        })?;
        let text = canonical_json(&value).map_err(|error| {
            Failure::new(format!(
                "cannot write spec `{}` as JSON: {error}",
                spec.name
            ))
            .hint(REPORT_BUG)
        })?;
        files.push(SpecFile {
            file,
            spec: spec.name,
            text,
        });
    }
    Ok(files)
}

/// A file name for a spec name: letters, digits, `-`, `_` and `.` are kept, anything else
/// becomes `_`; a name that would be hidden or empty gets a `spec` prefix.
fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if stem.is_empty() || stem.starts_with('.') {
        format!("spec{stem}")
    } else {
        stem
    }
}

/// Writes `text` to `path` unless it already holds it.
fn write(path: &Path, text: &str) -> Result<Change, Failure> {
    let change = match fs::read_to_string(path) {
        Ok(old) if old == text => return Ok(Change::Unchanged),
        Ok(_) => Change::Changed,
        Err(_) => Change::Added,
    };
    fs::write(path, text).map_err(|error| {
        Failure::new(format!("cannot write `{}`: {error}", path.display()))
            .hint("give a folder that can be written with --out DIR")
    })?;
    Ok(change)
}

/// The `.json` files of `out` that this pull did not write and that hold a spec of a name in
/// scope (any name when `names` is empty), with that name, sorted by file.
fn stale(
    out: &Path,
    written: &HashSet<&str>,
    names: &[String],
) -> Result<Vec<(String, String)>, Failure> {
    let entries = fs::read_dir(out).map_err(|error| {
        Failure::new(format!(
            "cannot list `{}`: {}",
            out.display(),
            chain(&error)
        ))
        .hint("give a folder that can be read and written with --out DIR")
    })?;

    let mut stale = BTreeSet::new();
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if !file.ends_with(".json") || written.contains(file.as_str()) {
            continue;
        }
        let Some(name) = spec_name(&entry.path()) else {
            continue;
        };
        if names.is_empty() || names.contains(&name) {
            stale.insert((file, name));
        }
    }
    Ok(stale.into_iter().collect())
}

/// The `name` of the spec a file holds, when it holds one.
fn spec_name(path: &Path) -> Option<String> {
    let text = fs::read_to_string(path).ok()?;
    let value: Value = serde_json::from_str(&text).ok()?;
    value.get("name")?.as_str().map(str::to_owned)
}

fn report(
    args: &PullArgs,
    files: &[SpecFile],
    changes: &[Change],
    removed: &[(String, String)],
) -> Report {
    let pick = |wanted: Change| -> Vec<&SpecFile> {
        files
            .iter()
            .zip(changes)
            .filter(|(_, change)| **change == wanted)
            .map(|(file, _)| file)
            .collect()
    };
    let (added, changed) = (pick(Change::Added), pick(Change::Changed));
    let unchanged = files.len() - added.len() - changed.len();

    let mut text = String::new();
    let out = args.out.display();
    for (label, list) in [("added", &added), ("changed", &changed)] {
        for file in list {
            text.push_str(&format!("{label:<8} {out}/{} ({})\n", file.file, file.spec));
        }
    }
    for (file, spec) in removed {
        let what = if args.prune {
            "deleted"
        } else {
            "not fetched; --prune deletes it"
        };
        text.push_str(&format!("removed  {out}/{file} ({spec}): {what}\n"));
    }
    text.push_str(&format!(
        "{} added, {} changed, {unchanged} unchanged, {} removed\n",
        added.len(),
        changed.len(),
        removed.len()
    ));

    let entries = |list: &[&SpecFile]| -> Vec<Value> {
        list.iter()
            .map(|file| json!({"file": file.file, "spec": file.spec}))
            .collect()
    };
    let removed_json: Vec<Value> = removed
        .iter()
        .map(|(file, spec)| json!({"file": file, "spec": spec}))
        .collect();
    Report::new(
        text,
        json!({
            "out": args.out,
            "added": entries(&added),
            "changed": entries(&changed),
            "unchanged": unchanged,
            "removed": removed_json,
            "pruned": args.prune,
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(name: &str, id: &str) -> ConnectionSpec {
        serde_json::from_value(json!({"name": name, "id": id})).unwrap()
    }

    #[test]
    fn names_are_sanitized_and_shared_names_get_a_suffix() {
        let specs = vec![
            spec("amazon-s3", "b"),
            spec("MailChimp source update 1.0", "c"),
            spec("amazon-s3", "a"),
            spec("Amazon-S3", "d"),
        ];

        let files = spec_files(specs).unwrap();

        let names: Vec<(&str, &str)> = files
            .iter()
            .map(|file| (file.file.as_str(), file.text.as_str()))
            .map(|(file, text)| (file, if text.contains("\"a\"") { "a" } else { "" }))
            .collect();
        assert_eq!(
            names,
            [
                ("Amazon-S3.json", ""),
                ("MailChimp_source_update_1.0.json", ""),
                ("amazon-s3__2.json", "a"),
                ("amazon-s3__3.json", ""),
            ]
        );
    }

    #[test]
    fn hidden_or_empty_names_get_a_prefix() {
        assert_eq!(file_stem(".hidden"), "spec.hidden");
        assert_eq!(file_stem(""), "spec");
        assert_eq!(file_stem("a/b c"), "a_b_c");
    }
}
