//! The connection specs the emulator serves, loaded from a folder of JSON files.
//!
//! Real spec files are untidy: no `id`, an empty or missing `authSpec`, `required` entries
//! that name no property, keywords no draft defines. The loader takes all of that as it is;
//! only a file that is not JSON, or an entry with no `name`, is left out, with a warning and
//! a [`Skipped`] record.

use std::path::{Path, PathBuf};

use flow_client::wire::ConnectionSpec;
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::error::Error;
use crate::schema::AuthSchema;

/// A spec file, or one entry of it, that the emulator does not serve.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The file.
    pub path: PathBuf,
    /// Why it is not served, such as `not valid JSON (line 3, column 7)`.
    pub reason: String,
}

/// The id the emulator serves a spec under when its file gives none.
///
/// It is the UUID v5 of `urn:flow-toolkit:connection-spec:<name>` in the URL namespace, so
/// it is the same on every run and can be computed by anyone who knows the spec's name.
///
/// ```
/// let id = flow_emulator::derived_spec_id("generic-streaming");
/// assert_eq!(id, flow_emulator::derived_spec_id("generic-streaming"));
/// assert_eq!(id.len(), 36);
/// ```
pub fn derived_spec_id(name: &str) -> String {
    let urn = format!("urn:flow-toolkit:connection-spec:{name}");
    Uuid::new_v5(&Uuid::NAMESPACE_URL, urn.as_bytes()).to_string()
}

/// Every spec served, in file-name order, and what was left out.
#[derive(Default)]
pub(crate) struct Catalog {
    entries: Vec<Entry>,
    skipped: Vec<Skipped>,
}

/// One served spec.
pub(crate) struct Entry {
    /// The spec, with its id filled in.
    pub spec: ConnectionSpec,
    /// The spec as answered by `GET /connectionSpecs`.
    pub served: Value,
    auth: Vec<(String, AuthSchema)>,
    file: PathBuf,
}

impl Catalog {
    /// Loads every `*.json` file in `dir`.
    ///
    /// # Errors
    ///
    /// [`Error::ReadSpecs`] when the folder cannot be listed; a file that cannot be read or
    /// parsed is skipped instead.
    pub(crate) fn load(dir: &Path) -> Result<Self, Error> {
        let read_error = |source| Error::ReadSpecs {
            path: dir.to_owned(),
            source,
        };

        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(read_error)? {
            let path = entry.map_err(read_error)?.path();
            let is_json = path
                .extension()
                .is_some_and(|extension| extension.eq_ignore_ascii_case("json"));
            if is_json && path.is_file() {
                files.push(path);
            }
        }
        files.sort();

        let mut catalog = Self::default();
        for path in files {
            catalog.load_file(&path);
        }
        Ok(catalog)
    }

    /// The served specs, in file-name order.
    pub(crate) fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The spec served under `id`.
    pub(crate) fn find(&self, id: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|entry| entry.spec.id.as_deref() == Some(id))
    }

    /// What was left out, in file-name order.
    pub(crate) fn skipped(&self) -> &[Skipped] {
        &self.skipped
    }

    fn load_file(&mut self, path: &Path) {
        let text = match std::fs::read(path) {
            Ok(text) => text,
            Err(error) => {
                return self.skip(path, format!("cannot be read ({})", error.kind()));
            }
        };

        let document: Value = match serde_json::from_slice(&text) {
            Ok(document) => document,
            Err(error) => {
                let reason = format!(
                    "not valid JSON (line {}, column {})",
                    error.line(),
                    error.column()
                );
                return self.skip(path, reason);
            }
        };

        match document {
            Value::Object(mut object) if is_list(&object) => {
                if let Some(Value::Array(items)) = object.remove("items") {
                    for (index, item) in items.into_iter().enumerate() {
                        self.add(path, Some(index), item);
                    }
                }
            }
            Value::Array(items) => {
                for (index, item) in items.into_iter().enumerate() {
                    self.add(path, Some(index), item);
                }
            }
            spec => self.add(path, None, spec),
        }
    }

    fn add(&mut self, path: &Path, index: Option<usize>, spec: Value) {
        let place = index.map_or_else(String::new, |index| format!("item {index}: "));

        let spec = match tidy(spec) {
            Ok(spec) => spec,
            Err(reason) => return self.skip(path, format!("{place}{reason}")),
        };

        let mut spec: ConnectionSpec = match serde_json::from_value(spec) {
            Ok(spec) => spec,
            Err(_) => {
                let reason = format!("{place}does not have the shape of a connection spec");
                return self.skip(path, reason);
            }
        };

        let id = match spec.id.as_deref() {
            Some(id) if !id.trim().is_empty() => id.to_owned(),
            _ => derived_spec_id(&spec.name),
        };
        if let Some(first) = self.find(&id) {
            let first = first.file.file_name().unwrap_or_default().to_string_lossy();
            let reason = format!("{place}spec id `{id}` is already served from `{first}`");
            return self.skip(path, reason);
        }
        spec.id = Some(id);

        let auth: Vec<(String, AuthSchema)> = spec
            .auth_spec
            .iter()
            .map(|item| (item.name.clone(), AuthSchema::compile(&item.spec)))
            .collect();
        for (name, schema) in &auth {
            if let Some(reason) = schema.unusable_reason() {
                tracing::warn!(
                    file = %path.display(),
                    auth_spec = %name,
                    "connections of this auth spec will be refused: {reason}"
                );
            }
        }

        let served = serde_json::to_value(&spec).unwrap_or(Value::Null);
        self.entries.push(Entry {
            spec,
            served,
            auth,
            file: path.to_owned(),
        });
    }

    fn skip(&mut self, path: &Path, reason: String) {
        tracing::warn!(file = %path.display(), "spec skipped: {reason}");
        self.skipped.push(Skipped {
            path: path.to_owned(),
            reason,
        });
    }
}

impl Entry {
    /// The compiled schema of the auth spec named `name`.
    pub(crate) fn auth(&self, name: &str) -> Option<&AuthSchema> {
        self.auth
            .iter()
            .find(|(auth_name, _)| auth_name == name)
            .map(|(_, schema)| schema)
    }
}

/// Whether a top-level object is a `{"items": [...]}` list rather than a spec.
fn is_list(object: &Map<String, Value>) -> bool {
    matches!(object.get("items"), Some(Value::Array(_))) && !object.contains_key("name")
}

/// Brings a spec object into the shape the wire type reads, dropping what cannot fit.
fn tidy(spec: Value) -> Result<Value, String> {
    let Value::Object(mut spec) = spec else {
        return Err("not a JSON object".to_owned());
    };

    match spec.get("name") {
        Some(Value::String(name)) if !name.trim().is_empty() => {}
        _ => return Err("has no `name`".to_owned()),
    }

    for key in ["id", "providerId", "version"] {
        match spec.get(key) {
            None | Some(Value::String(_)) => {}
            Some(Value::Number(number)) => {
                let text = number.to_string();
                spec.insert(key.to_owned(), Value::String(text));
            }
            Some(_) => {
                spec.remove(key);
            }
        }
    }

    let auth_spec = match spec.remove("authSpec") {
        Some(Value::Array(items)) => items
            .into_iter()
            .filter(|item| item.get("name").is_some_and(Value::is_string))
            .map(|mut item| {
                if item.get("type").is_some_and(|kind| !kind.is_string()) {
                    item.as_object_mut().map(|object| object.remove("type"));
                }
                item
            })
            .collect(),
        _ => Vec::new(),
    };
    spec.insert("authSpec".to_owned(), Value::Array(auth_spec));

    Ok(Value::Object(spec))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_spec_without_id_gets_a_stable_derived_one() {
        let spec = tidy(json!({"name": "generic-streaming"})).unwrap();
        let mut catalog = Catalog::default();

        catalog.add(Path::new("x.json"), None, spec);

        let id = derived_spec_id("generic-streaming");
        assert_eq!(catalog.find(&id).unwrap().spec.name, "generic-streaming");
        assert_eq!(catalog.entries()[0].served["id"], json!(id));
    }

    #[test]
    fn odd_shapes_are_tidied_not_refused() {
        let spec = tidy(json!({
            "name": "odd",
            "version": 1.0,
            "id": ["not", "a", "string"],
            "authSpec": [{"name": "ok", "type": 3, "spec": {}}, {"spec": {}}, "junk"]
        }))
        .unwrap();

        assert_eq!(spec["version"], json!("1.0"));
        assert!(spec.get("id").is_none());
        assert_eq!(spec["authSpec"], json!([{"name": "ok", "spec": {}}]));
    }

    #[test]
    fn a_missing_or_null_auth_spec_is_an_empty_list() {
        assert_eq!(tidy(json!({"name": "a"})).unwrap()["authSpec"], json!([]));
        assert_eq!(
            tidy(json!({"name": "a", "authSpec": null})).unwrap()["authSpec"],
            json!([])
        );
    }

    #[test]
    fn an_entry_without_name_is_refused() {
        assert!(tidy(json!({"id": "x"})).is_err());
        assert!(tidy(json!({"name": ""})).is_err());
        assert!(tidy(json!("text")).is_err());
    }

    #[test]
    fn a_second_spec_with_the_same_id_is_skipped() {
        let mut catalog = Catalog::default();

        catalog.add(Path::new("a.json"), None, json!({"id": "1", "name": "a"}));
        catalog.add(Path::new("b.json"), None, json!({"id": "1", "name": "b"}));

        assert_eq!(catalog.entries().len(), 1);
        assert_eq!(catalog.skipped()[0].path, Path::new("b.json"));
        assert!(catalog.skipped()[0].reason.contains("`a.json`"));
    }
}
