//! The typed model to Rust tokens.
//!
//! Generated code calls only into `flow_client`'s small runtime surface; shared behaviour
//! (validation rules, secrets, the body) lives there once.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::schema::TypeDef;
use crate::spec::Spec;

mod checks;
mod types;

/// One spec's generated auth, ready to expand.
#[derive(Debug, Clone, PartialEq)]
pub struct SpecModel {
    /// The spec as the file gave it.
    pub spec: Spec,
    /// The name of the type that stands for the spec's auth (struct or enum).
    pub auth_type: String,
    /// One entry per auth spec, in file order.
    pub auths: Vec<AuthModel>,
}

/// The types generated for one auth spec.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthModel {
    /// The auth spec's name on the wire.
    pub wire_name: String,
    /// The enum variant standing for it, when the spec has several auth specs.
    pub variant: String,
    /// The root struct's name.
    pub root: String,
    /// Every type, the root included.
    pub types: Vec<TypeDef>,
    /// The auth schema as compact JSON text.
    pub schema_json: String,
    /// The entry's other keys (`settings`, `attributes`...) as JSON text, when it has any.
    pub extra_json: Option<String>,
}

pub(crate) fn ident(name: &str) -> Ident {
    syn::parse_str::<Ident>(name).unwrap_or_else(|_| format_ident!("unnamed"))
}

/// Doc attributes from a schema's description, or `fallback` when it has none.
pub(crate) fn docs(doc: Option<&str>, fallback: &str) -> TokenStream {
    let text = doc
        .filter(|text| !text.trim().is_empty())
        .unwrap_or(fallback);
    let lines = text.lines().map(|line| format!(" {line}"));
    quote! { #( #[doc = #lines] )* }
}

/// Expands one spec into its types and trait impls.
pub fn spec(model: &SpecModel) -> TokenStream {
    let spec_info = spec_info(&model.spec);
    let mut tokens = TokenStream::new();

    for auth in &model.auths {
        let root = ident(&auth.root);
        for def in &auth.types {
            tokens.extend(match def {
                TypeDef::Struct(def) => {
                    let as_root = (def.name == auth.root).then_some(auth);
                    types::struct_def(def, &root, as_root, &spec_info)
                }
                TypeDef::Enum(def) => types::enum_def(def, &root),
            });
        }
    }

    match model.auths.len() {
        0 => tokens.extend(no_auth(model, &spec_info)),
        1 => {}
        _ => tokens.extend(auth_enum(model, &spec_info)),
    }
    tokens
}

/// A `JsonSchema` impl for a type that is one of `members`.
fn any_of_schema(name: &Ident, members: &[TokenStream]) -> TokenStream {
    let name_text = name.to_string();
    quote! {
        impl ::flow_client::__private::schemars::JsonSchema for #name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(#name_text)
            }

            fn json_schema(
                generator: &mut ::flow_client::__private::schemars::SchemaGenerator,
            ) -> ::flow_client::__private::schemars::Schema {
                ::flow_client::schema::schemars_any_of(::std::vec![
                    #( <#members as ::flow_client::__private::schemars::JsonSchema>::json_schema(
                        generator,
                    ), )*
                ])
            }

            fn inline_schema() -> bool {
                true
            }
        }
    }
}

/// Wraps one file's items in a module.
pub fn module(name: &str, items: &TokenStream) -> TokenStream {
    let name = ident(name);
    quote! {
        #[allow(missing_docs)]
        pub mod #name {
            #items
        }
    }
}

/// The registry over the specs of a folder: `(module, model)` in file order.
pub fn registry(entries: &[(&str, &SpecModel)]) -> TokenStream {
    let infos = entries.iter().map(|(_, model)| spec_info(&model.spec));
    let mut variants_scope = crate::naming::Scope::new();
    let typed: Vec<(Ident, Ident, &SpecModel)> = entries
        .iter()
        .map(|(module, model)| {
            let variant = ident(&variants_scope.type_name(&model.auth_type));
            (variant, ident(module), *model)
        })
        .collect();
    let variants: Vec<&Ident> = typed.iter().map(|(variant, _, _)| variant).collect();
    let paths: Vec<TokenStream> = typed
        .iter()
        .map(|(_, module, model)| {
            let ty = ident(&model.auth_type);
            quote! { #module::#ty }
        })
        .collect();
    let path_docs = typed.iter().map(|(_, module, model)| {
        format!(
            " `{}::{}`: spec `{}`.",
            module, model.auth_type, model.spec.name
        )
    });
    let arms = typed
        .iter()
        .map(|(variant, module, model)| parse_arm(variant, module, model));
    let json_schema = any_of_schema(&ident("AnyAuth"), &paths);

    quote! {
        /// The metadata of every spec in the folder, in file order.
        pub const SPECS: &[::flow_client::SpecInfo] = &[#(#infos),*];

        /// Auth params of any spec in the folder, chosen at run time.
        #[derive(Clone, Debug)]
        #[allow(clippy::large_enum_variant)]
        pub enum AnyAuth {
            #( #[doc = #path_docs] #variants(#paths), )*
        }

        impl ::flow_client::__private::serde::Serialize for AnyAuth {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: ::flow_client::__private::serde::Serializer,
            {
                match self {
                    #( Self::#variants(params) => params.serialize(serializer), )*
                }
            }
        }

        impl ::flow_client::AuthParams for AnyAuth {
            fn spec(&self) -> ::flow_client::SpecInfo {
                match self {
                    #( Self::#variants(params) => ::flow_client::AuthParams::spec(params), )*
                }
            }

            fn auth_spec_name(&self) -> &'static str {
                match self {
                    #( Self::#variants(params) => {
                        ::flow_client::AuthParams::auth_spec_name(params)
                    } )*
                }
            }

            fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
                match self {
                    #( Self::#variants(params) => ::flow_client::AuthParams::validate(params), )*
                }
            }
        }

        #json_schema

        /// Typed, validated params for the spec named `spec` and, when it has several, the auth
        /// spec named `auth_spec`.
        ///
        /// # Errors
        ///
        /// Fails when no spec or auth spec has that name, or with every violation found in
        /// `params`.
        pub fn parse_auth(
            spec: &str,
            auth_spec: ::core::option::Option<&str>,
            params: ::flow_client::__private::serde_json::Value,
        ) -> ::core::result::Result<AnyAuth, ::flow_client::registry::RegistryError> {
            let mut matched = false;
            #( #arms )*
            ::core::result::Result::Err(if matched {
                ::flow_client::registry::RegistryError::unknown_auth_spec(spec, auth_spec)
            } else {
                ::flow_client::registry::RegistryError::unknown_spec(spec)
            })
        }
    }
}

fn parse_arm(variant: &Ident, module: &Ident, model: &SpecModel) -> TokenStream {
    let spec_name = &model.spec.name;
    let auth_type = ident(&model.auth_type);

    let choices: Vec<TokenStream> = match model.auths.as_slice() {
        [] => vec![quote! {
            if auth_spec.is_none() {
                return ::flow_client::registry::parse::<#module::#auth_type>(params)
                    .map(AnyAuth::#variant);
            }
        }],
        [auth] => {
            let wire = &auth.wire_name;
            vec![quote! {
                if auth_spec.is_none_or(|name| name == #wire) {
                    return ::flow_client::registry::parse::<#module::#auth_type>(params)
                        .map(AnyAuth::#variant);
                }
            }]
        }
        auths => auths
            .iter()
            .map(|auth| {
                let wire = &auth.wire_name;
                let root = ident(&auth.root);
                let enum_variant = ident(&auth.variant);
                quote! {
                    if auth_spec == ::core::option::Option::Some(#wire) {
                        return ::flow_client::registry::parse::<#module::#root>(params).map(
                            |typed| AnyAuth::#variant(#module::#auth_type::#enum_variant(typed)),
                        );
                    }
                }
            })
            .collect(),
    };

    quote! {
        if spec == #spec_name {
            matched = true;
            #( #choices )*
        }
    }
}

fn no_auth(model: &SpecModel, spec_info: &TokenStream) -> TokenStream {
    let name = ident(&model.auth_type);
    let name_text = name.to_string();
    let doc = format!(
        " `{}` lists no auth spec: its connections are created without `auth`.",
        model.spec.name
    );

    quote! {
        #[doc = #doc]
        #[derive(
            Clone, Copy, Debug, Default, PartialEq, Eq,
            ::flow_client::__private::serde::Serialize,
        )]
        #[serde(crate = "::flow_client::__private::serde")]
        pub struct #name {}

        impl<'de> ::flow_client::__private::serde::Deserialize<'de> for #name {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: ::flow_client::__private::serde::Deserializer<'de>,
            {
                ::flow_client::__private::empty_object(deserializer).map(|()| Self {})
            }
        }

        impl ::flow_client::SpecAuth for #name {
            const SPEC: ::flow_client::SpecInfo = #spec_info;
        }

        impl ::flow_client::__private::schemars::JsonSchema for #name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(#name_text)
            }

            fn json_schema(
                _: &mut ::flow_client::__private::schemars::SchemaGenerator,
            ) -> ::flow_client::__private::schemars::Schema {
                ::flow_client::schema::schemars_at(
                    <#name as ::flow_client::registry::Generated>::schema(),
                    "",
                )
            }
        }

        impl ::flow_client::registry::Generated for #name {
            fn schema() -> &'static ::flow_client::schema::Schema {
                static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> =
                    ::std::sync::LazyLock::new(|| {
                        ::flow_client::schema::Schema::new(
                            r#"{"type":"object","additionalProperties":false}"#,
                        )
                    });
                &SCHEMA
            }

            fn deserialize_unchecked<'de, D>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error>
            where
                D: ::flow_client::__private::serde::Deserializer<'de>,
            {
                <Self as ::flow_client::__private::serde::Deserialize>::deserialize(deserializer)
            }
        }

        impl ::flow_client::AuthParams for #name {
            fn spec(&self) -> ::flow_client::SpecInfo {
                <Self as ::flow_client::SpecAuth>::SPEC
            }

            fn auth_spec_name(&self) -> &'static str {
                ""
            }

            fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
                ::core::result::Result::Ok(())
            }
        }
    }
}

fn spec_info(spec: &Spec) -> TokenStream {
    let optional = |value: &Option<String>| match value {
        Some(text) => quote! { ::core::option::Option::Some(#text) },
        None => quote! { ::core::option::Option::None },
    };
    let id = optional(&spec.id);
    let provider_id = optional(&spec.provider_id);
    let name = &spec.name;
    let version = &spec.version;
    let auth_specs = spec.auth_specs.iter().map(|auth| &auth.name);

    quote! {
        ::flow_client::SpecInfo {
            id: #id,
            name: #name,
            version: #version,
            provider_id: #provider_id,
            auth_specs: &[#(#auth_specs),*],
        }
    }
}

fn auth_enum(model: &SpecModel, spec_info: &TokenStream) -> TokenStream {
    let name = ident(&model.auth_type);
    let variants: Vec<Ident> = model
        .auths
        .iter()
        .map(|auth| ident(&auth.variant))
        .collect();
    let roots: Vec<Ident> = model.auths.iter().map(|auth| ident(&auth.root)).collect();
    let doc = format!(
        " Auth params of `{}`: one variant per auth spec.",
        model.spec.name
    );
    let variant_docs = model
        .auths
        .iter()
        .map(|auth| format!(" `{}`", auth.wire_name));
    let members: Vec<TokenStream> = roots.iter().map(|root| quote! { #root }).collect();
    let json_schema = any_of_schema(&name, &members);

    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug)]
        #[allow(clippy::large_enum_variant)]
        pub enum #name {
            #( #[doc = #variant_docs] #variants(#roots), )*
        }

        #json_schema

        impl ::flow_client::__private::serde::Serialize for #name {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: ::flow_client::__private::serde::Serializer,
            {
                match self {
                    #( Self::#variants(params) => params.serialize(serializer), )*
                }
            }
        }

        impl ::flow_client::SpecAuth for #name {
            const SPEC: ::flow_client::SpecInfo = #spec_info;
        }

        impl ::flow_client::AuthParams for #name {
            fn spec(&self) -> ::flow_client::SpecInfo {
                <Self as ::flow_client::SpecAuth>::SPEC
            }

            fn auth_spec_name(&self) -> &'static str {
                match self {
                    #( Self::#variants(_) => <#roots as ::flow_client::AuthSpec>::AUTH_SPEC_NAME, )*
                }
            }

            fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
                match self {
                    #( Self::#variants(params) => ::flow_client::AuthParams::validate(params), )*
                }
            }
        }

        #(
            impl ::core::convert::From<#roots> for #name {
                fn from(params: #roots) -> Self {
                    Self::#variants(params)
                }
            }
        )*
    }
}
