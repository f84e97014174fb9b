//! The typed model to Rust tokens.
//!
//! Generated code calls only into `flow_client`'s small runtime surface; shared behaviour
//! (validation rules, secrets, the body) lives there once.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::finding::push_pointer;
use crate::schema::{ArrayRules, EnumDef, Field, NumberRules, StringRules, StructDef, Ty, TypeDef};
use crate::spec::Spec;

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
}

fn ident(name: &str) -> Ident {
    syn::parse_str::<Ident>(name).unwrap_or_else(|_| format_ident!("unnamed"))
}

/// Doc attributes from a schema's description, or `fallback` when it has none.
fn docs(doc: Option<&str>, fallback: &str) -> TokenStream {
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
        for def in &auth.types {
            tokens.extend(type_def(
                def,
                (def.name() == auth.root).then_some(auth),
                &spec_info,
            ));
        }
    }

    match model.auths.len() {
        0 => tokens.extend(no_auth(model, &spec_info)),
        1 => {}
        _ => tokens.extend(auth_enum(model, &spec_info)),
    }
    tokens
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

    quote! {
        /// The metadata of every spec in the folder, in file order.
        pub const SPECS: &[::flow_client::SpecInfo] = &[#(#infos),*];

        /// Auth params of any spec in the folder, chosen at run time.
        #[derive(Clone, Debug)]
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
    let doc = format!(
        " `{}` lists no auth spec: its connections are created without `auth`.",
        model.spec.name
    );

    quote! {
        #[doc = #doc]
        #[derive(
            Clone, Copy, Debug, Default, PartialEq, Eq,
            ::flow_client::__private::serde::Serialize,
            ::flow_client::__private::serde::Deserialize,
        )]
        #[serde(crate = "::flow_client::__private::serde", deny_unknown_fields)]
        pub struct #name {}

        impl ::flow_client::SpecAuth for #name {
            const SPEC: ::flow_client::SpecInfo = #spec_info;
        }

        impl ::flow_client::registry::DeserializeUnchecked for #name {
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

fn type_def(def: &TypeDef, root: Option<&AuthModel>, spec_info: &TokenStream) -> TokenStream {
    match def {
        TypeDef::Struct(def) => struct_def(def, root, spec_info),
        TypeDef::Enum(def) => enum_def(def),
    }
}

fn rust_type(ty: &Ty) -> TokenStream {
    match ty {
        Ty::String(rules) if rules.secret => quote! { ::flow_client::Secret },
        Ty::String(_) => quote! { ::std::string::String },
        Ty::Integer(_) => quote! { i64 },
        Ty::Number(_) => quote! { f64 },
        Ty::Boolean => quote! { bool },
        Ty::Array(items, _) => {
            let items = rust_type(items);
            quote! { ::std::vec::Vec<#items> }
        }
        Ty::Named(name) => {
            let name = ident(name);
            quote! { #name }
        }
        Ty::Map => quote! {
            ::flow_client::__private::serde_json::Map<
                ::std::string::String,
                ::flow_client::__private::serde_json::Value,
            >
        },
        Ty::Any => quote! { ::flow_client::__private::serde_json::Value },
    }
}

fn field_type(field: &Field) -> TokenStream {
    let ty = rust_type(&field.ty);
    if field.required {
        ty
    } else {
        quote! { ::core::option::Option<#ty> }
    }
}

fn serde_attrs(field: &Field, deserialize: bool) -> TokenStream {
    let wire = &field.wire;
    match (field.required, deserialize) {
        (true, _) => quote! { #[serde(rename = #wire)] },
        (false, false) => quote! {
            #[serde(rename = #wire, skip_serializing_if = "::core::option::Option::is_none")]
        },
        (false, true) => quote! { #[serde(rename = #wire, default)] },
    }
}

fn struct_def(def: &StructDef, root: Option<&AuthModel>, spec_info: &TokenStream) -> TokenStream {
    let name = ident(&def.name);
    let doc = docs(
        def.doc.as_deref(),
        &format!("The object at `{}`.", def.pointer),
    );
    let idents: Vec<Ident> = def.fields.iter().map(|field| ident(&field.ident)).collect();
    let types: Vec<TokenStream> = def.fields.iter().map(field_type).collect();
    let field_docs = def
        .fields
        .iter()
        .map(|field| docs(field.doc.as_deref(), &format!("`{}`.", field.wire)));
    let ser_attrs = def.fields.iter().map(|field| serde_attrs(field, false));
    let de_attrs: Vec<TokenStream> = def.fields.iter().map(|f| serde_attrs(f, true)).collect();
    let checks = def.fields.iter().map(field_checks);
    let deny = def.closed.then(|| quote! { #[serde(deny_unknown_fields)] });

    let declaration = quote! {
        #doc
        #[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
        #[serde(crate = "::flow_client::__private::serde")]
        pub struct #name {
            #( #field_docs #ser_attrs pub #idents: #types, )*
        }

        impl #name {
            #[doc(hidden)]
            #[allow(unused_variables)]
            pub fn __validate(&self, prefix: &str, report: &mut ::flow_client::validate::Report) {
                #( #checks )*
            }
        }
    };

    let Some(auth) = root else {
        return quote! {
            #declaration

            impl<'de> ::flow_client::__private::serde::Deserialize<'de> for #name {
                fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
                where
                    D: ::flow_client::__private::serde::Deserializer<'de>,
                {
                    #[derive(::flow_client::__private::serde::Deserialize)]
                    #[serde(crate = "::flow_client::__private::serde")]
                    #deny
                    struct Raw { #( #de_attrs #idents: #types, )* }

                    let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
                        deserializer,
                    )?;
                    ::core::result::Result::Ok(Self { #( #idents: raw.#idents, )* })
                }
            }
        };
    };

    let auth_name = &auth.wire_name;
    let schema_json = &auth.schema_json;
    quote! {
        #declaration

        impl ::flow_client::AuthParams for #name {
            fn spec(&self) -> ::flow_client::SpecInfo {
                <Self as ::flow_client::SpecAuth>::SPEC
            }

            fn auth_spec_name(&self) -> &'static str {
                #auth_name
            }

            fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
                let mut report = ::flow_client::validate::Report::new();
                self.__validate("", &mut report);
                report.finish()
            }
        }

        impl ::flow_client::SpecAuth for #name {
            const SPEC: ::flow_client::SpecInfo = #spec_info;
        }

        impl ::flow_client::AuthSpec for #name {
            const AUTH_SPEC_NAME: &'static str = #auth_name;
            const AUTH_SCHEMA_JSON: &'static str = #schema_json;
        }

        impl ::flow_client::registry::DeserializeUnchecked for #name {
            fn deserialize_unchecked<'de, D>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error>
            where
                D: ::flow_client::__private::serde::Deserializer<'de>,
            {
                #[derive(::flow_client::__private::serde::Deserialize)]
                #[serde(crate = "::flow_client::__private::serde")]
                #deny
                struct Raw { #( #de_attrs #idents: #types, )* }

                let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
                    deserializer,
                )?;
                ::core::result::Result::Ok(Self { #( #idents: raw.#idents, )* })
            }
        }

        impl<'de> ::flow_client::__private::serde::Deserialize<'de> for #name {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: ::flow_client::__private::serde::Deserializer<'de>,
            {
                let value =
                    <Self as ::flow_client::registry::DeserializeUnchecked>::deserialize_unchecked(
                        deserializer,
                    )?;
                ::flow_client::AuthParams::validate(&value)
                    .map_err(<D::Error as ::flow_client::__private::serde::de::Error>::custom)?;
                ::core::result::Result::Ok(value)
            }
        }
    }
}

fn field_checks(field: &Field) -> TokenStream {
    let ident = ident(&field.ident);
    let token = push_pointer("", &field.wire);
    let checks = value_checks(&field.ty, &quote! { value }, &quote! { prefix }, &token);
    if checks.is_empty() {
        return TokenStream::new();
    }

    if field.required {
        quote! { { let value = &self.#ident; #checks } }
    } else {
        quote! { if let ::core::option::Option::Some(value) = &self.#ident { #checks } }
    }
}

fn value_checks(ty: &Ty, value: &TokenStream, prefix: &TokenStream, token: &str) -> TokenStream {
    match ty {
        Ty::String(rules) => string_checks(rules, value, prefix, token),
        Ty::Integer(rules) => number_checks(rules, &quote! { (*#value as f64) }, prefix, token),
        Ty::Number(rules) => number_checks(rules, &quote! { *#value }, prefix, token),
        Ty::Array(items, rules) => array_checks(items, rules, value, prefix, token),
        Ty::Named(_) => quote! {
            #value.__validate(&::std::format!("{}{}", #prefix, #token), report);
        },
        Ty::Boolean | Ty::Map | Ty::Any => TokenStream::new(),
    }
}

fn string_checks(
    rules: &StringRules,
    value: &TokenStream,
    prefix: &TokenStream,
    token: &str,
) -> TokenStream {
    let text = if rules.secret {
        quote! { #value.expose_secret() }
    } else {
        quote! { #value.as_str() }
    };
    let mut checks = TokenStream::new();

    if let Some(min) = rules.min_length {
        checks.extend(quote! { report.min_length(#prefix, #token, #text, #min); });
    }
    if let Some(max) = rules.max_length {
        checks.extend(quote! { report.max_length(#prefix, #token, #text, #max); });
    }
    if let Some(pattern) = &rules.pattern {
        checks.extend(quote! {
            {
                static PATTERN: ::std::sync::LazyLock<
                    ::core::option::Option<::flow_client::__private::regex::Regex>,
                > = ::std::sync::LazyLock::new(|| {
                    ::flow_client::__private::regex::Regex::new(#pattern).ok()
                });
                report.pattern(#prefix, #token, #text, PATTERN.as_ref(), #pattern);
            }
        });
    }
    if let Some(format) = &rules.format {
        checks.extend(quote! { report.format(#prefix, #token, #text, #format); });
    }
    checks
}

fn option_f64(value: Option<f64>) -> TokenStream {
    match value {
        Some(number) => quote! { ::core::option::Option::Some(#number) },
        None => quote! { ::core::option::Option::None },
    }
}

fn number_checks(
    rules: &NumberRules,
    value: &TokenStream,
    prefix: &TokenStream,
    token: &str,
) -> TokenStream {
    if *rules == NumberRules::default() {
        return TokenStream::new();
    }
    let minimum = option_f64(rules.minimum);
    let maximum = option_f64(rules.maximum);
    let exclusive_minimum = option_f64(rules.exclusive_minimum);
    let exclusive_maximum = option_f64(rules.exclusive_maximum);
    let multiple_of = option_f64(rules.multiple_of);

    quote! {
        report.number(#prefix, #token, #value, &::flow_client::validate::NumberRules {
            minimum: #minimum,
            maximum: #maximum,
            exclusive_minimum: #exclusive_minimum,
            exclusive_maximum: #exclusive_maximum,
            multiple_of: #multiple_of,
        });
    }
}

fn array_checks(
    items: &Ty,
    rules: &ArrayRules,
    value: &TokenStream,
    prefix: &TokenStream,
    token: &str,
) -> TokenStream {
    let mut checks = TokenStream::new();

    if rules.min_items.is_some() || rules.max_items.is_some() {
        let min = option_u64(rules.min_items);
        let max = option_u64(rules.max_items);
        checks.extend(quote! { report.items(#prefix, #token, #value.len(), #min, #max); });
    }
    if rules.unique_items {
        checks.extend(quote! { report.unique(#prefix, #token, #value); });
    }

    let item_checks = value_checks(items, &quote! { item }, &quote! { &item_prefix }, "");
    if !item_checks.is_empty() {
        checks.extend(quote! {
            for (index, item) in #value.iter().enumerate() {
                let item_prefix = ::std::format!("{}{}/{}", #prefix, #token, index);
                #item_checks
            }
        });
    }
    checks
}

fn option_u64(value: Option<u64>) -> TokenStream {
    match value {
        Some(number) => quote! { ::core::option::Option::Some(#number) },
        None => quote! { ::core::option::Option::None },
    }
}

fn enum_def(def: &EnumDef) -> TokenStream {
    let name = ident(&def.name);
    let doc = docs(def.doc.as_deref(), "One of the values the schema lists.");
    let variants: Vec<Ident> = def.variants.iter().map(|(rust, _)| ident(rust)).collect();
    let wires: Vec<&String> = def.variants.iter().map(|(_, wire)| wire).collect();
    let allowed = wires
        .iter()
        .map(|wire| format!("`{wire}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let message = format!("must be one of {allowed}");

    quote! {
        #doc
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash,
            ::flow_client::__private::serde::Serialize,
            ::flow_client::__private::serde::Deserialize,
        )]
        #[serde(crate = "::flow_client::__private::serde")]
        pub enum #name {
            #( #[doc = #wires] #[serde(rename = #wires)] #variants, )*
        }

        impl #name {
            /// The value on the wire.
            pub fn as_str(&self) -> &'static str {
                match self { #( Self::#variants => #wires, )* }
            }

            #[doc(hidden)]
            pub fn __validate(&self, _: &str, _: &mut ::flow_client::validate::Report) {}
        }

        impl ::core::str::FromStr for #name {
            type Err = ::flow_client::ValidationError;

            fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
                match text {
                    #( #wires => ::core::result::Result::Ok(Self::#variants), )*
                    _ => ::core::result::Result::Err(
                        ::flow_client::ValidationError::single("", "enum", #message),
                    ),
                }
            }
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

    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug)]
        pub enum #name {
            #( #[doc = #variant_docs] #variants(#roots), )*
        }

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
