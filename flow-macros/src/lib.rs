//! The `connection_specs!` macro: typed auth params from Flow Service connection specs.
//!
//! Use it through `flow_client::connection_specs!`; this crate is a thin shell around
//! `flow-codegen` that reads the file, turns findings into compile errors spanned on the path
//! literal, and makes the build depend on the file.

use std::path::{Path, PathBuf};

use proc_macro::TokenStream;
use quote::quote;
use syn::LitStr;

/// Generates typed auth params from a connection-spec file.
///
/// The path is relative to the invoking crate's `Cargo.toml`. See `flow_client` for the
/// generated types and the naming rules.
#[proc_macro]
pub fn connection_specs(input: TokenStream) -> TokenStream {
    let literal = match syn::parse::<LitStr>(input) {
        Ok(literal) => literal,
        Err(error) => return error.to_compile_error().into(),
    };

    match expand(&literal) {
        Ok(tokens) => tokens.into(),
        Err(error) => error.to_compile_error().into(),
    }
}

/// Where relative paths start: the invoking crate's manifest directory.
///
/// `FLOW_SPECS_MANIFEST_DIR` overrides it, for compile tests that build outside the crate.
fn base_dir() -> PathBuf {
    std::env::var_os("FLOW_SPECS_MANIFEST_DIR")
        .or_else(|| std::env::var_os("CARGO_MANIFEST_DIR"))
        .map(PathBuf::from)
        .unwrap_or_default()
}

fn expand(literal: &LitStr) -> syn::Result<proc_macro2::TokenStream> {
    let relative = literal.value();
    let path = base_dir().join(&relative);
    if path.is_dir() {
        return expand_folder(literal, &relative, &path);
    }

    let text = std::fs::read_to_string(&path).map_err(|error| {
        let reason = match error.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_owned(),
            _ => error.kind().to_string(),
        };
        syn::Error::new(
            literal.span(),
            format!("cannot read spec file `{relative}`: {reason}"),
        )
    })?;

    let generated = flow_codegen::generate(&text)
        .map_err(|findings| findings_error(literal, &relative, &findings))?;

    let tracked = tracked(&path);
    let tokens = generated.tokens;
    Ok(quote! {
        #tracked
        #tokens
    })
}

fn expand_folder(
    literal: &LitStr,
    relative: &str,
    dir: &Path,
) -> syn::Result<proc_macro2::TokenStream> {
    let unreadable = |reason: String| {
        syn::Error::new(
            literal.span(),
            format!("cannot read `{relative}`: {reason}"),
        )
    };

    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|error| unreadable(error.kind().to_string()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();

    let mut files = Vec::new();
    for path in &paths {
        let name = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = std::fs::read_to_string(path)
            .map_err(|error| unreadable(format!("`{name}`: {}", error.kind())))?;
        files.push(flow_codegen::SpecFile { name, text });
    }

    let generated = flow_codegen::generate_folder(&files).map_err(|found| {
        found
            .iter()
            .filter(|found| found.finding.is_error())
            .map(|found| {
                let file = format!("{}/{}", relative.trim_end_matches('/'), found.file);
                syn::Error::new(literal.span(), format!("`{file}` {}", found.finding))
            })
            .reduce(|mut all, next| {
                all.combine(next);
                all
            })
            .unwrap_or_else(|| unreadable("the folder cannot be used".to_owned()))
    })?;

    let tracked = paths.iter().map(|path| tracked(path));
    let tokens = generated.tokens;
    Ok(quote! {
        #( #tracked )*
        #tokens
    })
}

/// Makes the build depend on the file, so that editing it regenerates the types.
fn tracked(path: &Path) -> proc_macro2::TokenStream {
    let absolute = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let absolute = absolute.to_string_lossy();
    quote! {
        const _: &[u8] = include_bytes!(#absolute);
    }
}

fn findings_error(literal: &LitStr, file: &str, findings: &[flow_codegen::Finding]) -> syn::Error {
    findings
        .iter()
        .filter(|finding| finding.is_error())
        .map(|finding| syn::Error::new(literal.span(), format!("`{file}` {finding}")))
        .reduce(|mut all, next| {
            all.combine(next);
            all
        })
        .unwrap_or_else(|| syn::Error::new(literal.span(), format!("`{file}` cannot be used")))
}
