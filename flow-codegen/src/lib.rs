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
    let specs = spec::parse(text)?;
    let mut scope = Scope::new();
    // The name of the private struct that deserialization goes through.
    scope.reserve("Raw");
    let mut findings = Vec::new();

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
