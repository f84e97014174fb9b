//! The core of `connection_specs!`: connection-spec files to Rust types, as a plain library.
//!
//! The pipeline runs one way: [`spec`] reads a file leniently, [`schema`] turns each auth
//! schema into a typed model, [`naming`] gives every wire name a Rust identifier, and
//! [`expand`] writes the tokens. Problems are [`Finding`]s, returned all at once; nothing here
//! panics on input.
//!
//! ```
//! let text = r#"{
//!     "id": "42", "name": "demo", "version": "1.0",
//!     "authSpec": [{"name": "Token", "spec": {
//!         "type": "object",
//!         "properties": {"token": {"type": "string", "format": "password"}},
//!         "required": ["token"]
//!     }}]
//! }"#;
//!
//! let generated = flow_codegen::generate(text).unwrap();
//! let code = flow_codegen::pretty(&generated.tokens).unwrap();
//! assert!(code.contains("pub struct DemoAuth"));
//! assert!(code.contains("pub token: ::flow_client::Secret"));
//! ```

pub mod expand;
pub mod finding;
pub mod naming;
pub mod schema;
pub mod spec;

use proc_macro2::TokenStream;

pub use expand::{AuthModel, SpecModel};
pub use finding::{Finding, Severity};

use naming::Scope;
use schema::Builder;

/// What one spec file generates.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The items: types and trait impls.
    pub tokens: TokenStream,
    /// The model behind them, one per spec in the file.
    pub models: Vec<SpecModel>,
    /// Findings that did not stop generation.
    pub warnings: Vec<Finding>,
}

/// Generates the auth types of every spec in a spec file's text.
///
/// # Errors
///
/// Returns every finding, warnings included, when any of them is an error.
pub fn generate(text: &str) -> Result<Generated, Vec<Finding>> {
    // What the file's structure gets wrong does not stop its schemas from being checked.
    let (specs, mut findings) = spec::read(text);
    let mut scope = Scope::new();
    // The name of the private struct that deserialization goes through.
    scope.reserve("Raw");

    let models: Vec<SpecModel> = specs
        .into_iter()
        .map(|spec| model(spec, &mut scope, &mut findings))
        .collect();

    if findings.iter().any(Finding::is_error) {
        return Err(findings);
    }

    let tokens = models.iter().map(expand::spec).collect();
    Ok(Generated {
        tokens,
        models,
        warnings: findings,
    })
}

fn model(spec: spec::Spec, scope: &mut Scope, findings: &mut Vec<Finding>) -> SpecModel {
    let auth_type = scope.type_name(&format!("{} Auth", spec.name));
    let several = spec.auth_specs.len() > 1;
    let mut variants = Scope::new();

    let auths = spec
        .auth_specs
        .iter()
        .map(|auth| {
            let root = if several {
                scope.type_name(&format!("{} {} Auth", spec.name, auth.name))
            } else {
                auth_type.clone()
            };
            let schema_pointer = finding::push_pointer(&auth.pointer, "spec");
            let types =
                Builder::new(&auth.schema, &schema_pointer, scope, findings).build(root.clone());
            AuthModel {
                wire_name: auth.name.clone(),
                variant: variants.type_name(&auth.name),
                root,
                types,
                schema_json: auth.schema.to_string(),
                extra_json: (!auth.extra.is_empty())
                    .then(|| serde_json::Value::Object(auth.extra.clone()).to_string()),
            }
        })
        .collect();

    SpecModel {
        spec,
        auth_type,
        auths,
    }
}

/// One spec file of a folder: its name and its text.
#[derive(Debug, Clone)]
pub struct SpecFile {
    /// The file name, such as `dynamics-online.json`.
    pub name: String,
    /// The file's text.
    pub text: String,
}

/// A finding in one file of a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileFinding {
    /// The file name.
    pub file: String,
    /// What was found.
    pub finding: Finding,
}

/// Generates one module per spec file (named after the file) and a registry over all of them:
/// `SPECS`, the metadata of every spec, `AnyAuth`, an enum over every auth type, and
/// `parse_auth`, which picks a spec by name at run time and returns typed, validated params.
///
/// # Errors
///
/// Returns every error of every file.
pub fn generate_folder(files: &[SpecFile]) -> Result<Generated, Vec<FileFinding>> {
    let mut modules = Scope::new();
    let mut all_findings = Vec::new();
    let mut expanded = Vec::new();

    for file in files {
        let stem = file.name.strip_suffix(".json").unwrap_or(&file.name);
        let module = modules.field(stem);
        match generate(&file.text) {
            Ok(generated) => {
                all_findings.extend(generated.warnings.iter().map(|finding| FileFinding {
                    file: file.name.clone(),
                    finding: finding.clone(),
                }));
                expanded.push((module, generated));
            }
            Err(findings) => all_findings.extend(findings.into_iter().map(|finding| FileFinding {
                file: file.name.clone(),
                finding,
            })),
        }
    }

    if all_findings.iter().any(|found| found.finding.is_error()) {
        return Err(all_findings);
    }

    let mut tokens = TokenStream::new();
    let mut entries = Vec::new();
    for (module, generated) in &expanded {
        tokens.extend(expand::module(module, &generated.tokens));
        entries.extend(
            generated
                .models
                .iter()
                .map(|model| (module.as_str(), model)),
        );
    }
    tokens.extend(expand::registry(&entries));

    Ok(Generated {
        tokens,
        models: expanded
            .into_iter()
            .flat_map(|(_, generated)| generated.models)
            .collect(),
        warnings: all_findings
            .into_iter()
            .map(|found| found.finding)
            .collect(),
    })
}

/// Pretty-prints generated tokens as a Rust file.
///
/// # Errors
///
/// Fails when the tokens do not parse as Rust items, which would be a generator bug.
pub fn pretty(tokens: &TokenStream) -> Result<String, Finding> {
    let file: syn::File = syn::parse2(tokens.clone())
        .map_err(|error| Finding::error("", format!("generated code does not parse: {error}")))?;
    Ok(prettyplease::unparse(&file))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<(String, Option<String>)> {
        generate(text)
            .unwrap_err()
            .into_iter()
            .filter(Finding::is_error)
            .map(|finding| (finding.pointer, finding.keyword))
            .collect()
    }

    fn at(pointer: &str, keyword: &str) -> (String, Option<String>) {
        (pointer.to_owned(), Some(keyword.to_owned()))
    }

    #[test]
    fn a_broken_auth_spec_does_not_hide_the_schema_errors_of_another() {
        let text = r#"{"name": "two", "authSpec": [
            {"name": "Basic"},
            {"name": "Token", "spec": {"type": "object",
                "properties": {"host": {"type": "string", "pattern": "([a-z"}}}}
        ]}"#;

        assert_eq!(
            errors(text),
            [
                at("/authSpec/0", "spec"),
                at("/authSpec/1/spec/properties/host/pattern", "pattern"),
            ]
        );
    }

    #[test]
    fn a_nameless_spec_still_has_its_schemas_checked() {
        let text = r#"{"authSpec": [{"spec": {"properties": {"port": {"minimum": "one"}}}}]}"#;

        assert_eq!(
            errors(text),
            [
                at("", "name"),
                at("/authSpec/0", "name"),
                at("/authSpec/0/spec/properties/port/minimum", "minimum"),
            ]
        );
    }

    #[test]
    fn keyword_errors_and_an_unsatisfiable_schema_are_reported_together() {
        let text = r#"{"name": "closed", "authSpec": [{"name": "Basic", "spec": {
            "type": "object",
            "properties": {"user": {"type": "string", "maxLength": -1}},
            "required": ["user", "password"],
            "additionalProperties": false
        }}]}"#;

        assert_eq!(
            errors(text),
            [
                at("/authSpec/0/spec/properties/user/maxLength", "maxLength"),
                at("/authSpec/0/spec/required/1", "required"),
            ]
        );
    }

    #[test]
    fn a_type_naming_no_json_type_is_reported_once() {
        let text = r#"{"name": "x", "authSpec": [{"name": "Basic", "spec": {"type": "obj"}}]}"#;

        assert_eq!(errors(text), [at("/authSpec/0/spec/type", "type")]);
    }

    #[test]
    fn unreadable_properties_make_no_required_key_unsatisfiable() {
        let text = r#"{"name": "x", "authSpec": [{"name": "Basic", "spec": {
            "type": "object", "properties": [], "required": ["user"],
            "additionalProperties": false
        }}]}"#;

        let findings = generate(text).unwrap_err();

        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(findings[0].pointer, "/authSpec/0/spec/properties");
        assert_eq!(findings[0].keyword.as_deref(), Some("properties"));
    }

    #[test]
    fn a_key_that_pattern_properties_admit_is_not_unsatisfiable() {
        let text = r#"{"name": "x", "authSpec": [{"name": "Basic", "spec": {
            "type": "object", "patternProperties": {"^pass": {"type": "string"}},
            "required": ["password"], "additionalProperties": false
        }}]}"#;

        let generated = generate(text).unwrap();

        assert_eq!(generated.warnings.len(), 1, "{:?}", generated.warnings);
        assert_eq!(generated.warnings[0].pointer, "/authSpec/0/spec/required/0");
    }

    #[test]
    fn a_subschema_of_the_wrong_kind_names_the_keyword_holding_it() {
        let text = r#"{"name": "x", "authSpec": [{"name": "Basic", "spec": {
            "properties": {"a": 3}, "items": ["b"], "allOf": [{}, null]
        }}]}"#;

        assert_eq!(
            errors(text),
            [
                at("/authSpec/0/spec/items/0", "items"),
                at("/authSpec/0/spec/properties/a", "properties"),
                at("/authSpec/0/spec/allOf/1", "allOf"),
            ]
        );
    }
}
