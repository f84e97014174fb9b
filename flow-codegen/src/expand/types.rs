//! Structs and enums, with their serde, schema and validation impls.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::checks;
use super::{AuthModel, docs, ident};
use crate::schema::{Additional, EnumDef, Field, StructDef, Ty};

/// The Rust type standing for `ty`.
pub(super) fn rust_type(ty: &Ty) -> TokenStream {
    match ty {
        Ty::String(rules) if rules.secret => quote! { ::flow_client::Secret },
        Ty::String(_) => quote! { ::std::string::String },
        Ty::Integer(_) => quote! { i64 },
        Ty::Number(_) => quote! { f64 },
        Ty::Boolean => quote! { bool },
        Ty::Null => quote! { () },
        Ty::Array(items, _) => {
            let items = rust_type(items);
            quote! { ::std::vec::Vec<#items> }
        }
        Ty::Named(name) => {
            let name = ident(name);
            quote! { #name }
        }
        Ty::Map(values) if **values == Ty::Any(None) => quote! {
            ::flow_client::__private::serde_json::Map<
                ::std::string::String,
                ::flow_client::__private::serde_json::Value,
            >
        },
        Ty::Map(values) => {
            let values = rust_type(values);
            quote! { ::std::collections::BTreeMap<::std::string::String, #values> }
        }
        Ty::Nullable(inner) => {
            let inner = rust_type(inner);
            quote! { ::core::option::Option<#inner> }
        }
        Ty::Any(_) => quote! { ::flow_client::__private::serde_json::Value },
        Ty::SecretAny => quote! { ::flow_client::SecretValue },
    }
}

/// A field's type: optional fields are `Option`s, and a nullable one is not wrapped twice.
fn field_type(field: &Field) -> TokenStream {
    match (&field.ty, field.required) {
        (Ty::Nullable(_), _) | (_, true) => rust_type(&field.ty),
        (ty, false) => {
            let ty = rust_type(ty);
            quote! { ::core::option::Option<#ty> }
        }
    }
}

fn serde_attrs(field: &Field) -> TokenStream {
    let wire = &field.wire;
    if field.required {
        quote! { #[serde(rename = #wire)] }
    } else {
        quote! {
            #[serde(
                rename = #wire,
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
        }
    }
}

/// The attributes of a field when deserializing: an optional field that is present must hold
/// a value of its type, so `null` counts as absent only where the schema allows `null`.
fn raw_serde_attrs(field: &Field) -> TokenStream {
    let attrs = serde_attrs(field);
    if field.required || matches!(field.ty, Ty::Nullable(_)) {
        return attrs;
    }
    quote! {
        #attrs
        #[serde(deserialize_with = "::flow_client::__private::present")]
    }
}

fn json_schema_impl(name: &Ident, root: &Ident, pointer: &str) -> TokenStream {
    let name_text = name.to_string();
    quote! {
        impl ::flow_client::__private::schemars::JsonSchema for #name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(#name_text)
            }

            fn json_schema(
                _: &mut ::flow_client::__private::schemars::SchemaGenerator,
            ) -> ::flow_client::__private::schemars::Schema {
                ::flow_client::schema::schemars_at(
                    <#root as ::flow_client::registry::Generated>::schema(),
                    #pointer,
                )
            }

            fn inline_schema() -> bool {
                true
            }
        }
    }
}

/// A struct for an object schema; `auth` is set when it is the root of an auth schema.
pub(super) fn struct_def(
    def: &StructDef,
    root: &Ident,
    auth: Option<&AuthModel>,
    spec_info: &TokenStream,
) -> TokenStream {
    let name = ident(&def.name);
    let doc = docs(
        def.doc.as_deref(),
        &format!("The object at `{}`.", def.pointer),
    );
    let mut idents: Vec<Ident> = def.fields.iter().map(|field| ident(&field.ident)).collect();
    let mut types: Vec<TokenStream> = def.fields.iter().map(field_type).collect();
    let mut field_docs: Vec<TokenStream> = def
        .fields
        .iter()
        .map(|field| docs(field.doc.as_deref(), &format!("`{}`.", field.wire)))
        .collect();
    let mut attrs: Vec<TokenStream> = def.fields.iter().map(serde_attrs).collect();
    let mut raw_attrs: Vec<TokenStream> = def.fields.iter().map(raw_serde_attrs).collect();

    if let Additional::Typed { ident: field, ty } = &def.additional {
        let values = rust_type(ty);
        idents.push(ident(field));
        types.push(quote! { ::std::collections::BTreeMap<::std::string::String, #values> });
        field_docs.push(docs(None, "The properties not named in the schema."));
        attrs.push(quote! { #[serde(flatten)] });
        raw_attrs.push(quote! { #[serde(flatten)] });
    }
    let deny =
        (def.additional == Additional::Denied).then(|| quote! { #[serde(deny_unknown_fields)] });
    let checks = checks::struct_checks(def, root);
    let json_schema = json_schema_impl(&name, root, &def.schema_pointer);

    let declaration = quote! {
        #doc
        #[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
        #[serde(crate = "::flow_client::__private::serde")]
        pub struct #name {
            #( #field_docs #attrs pub #idents: #types, )*
        }

        impl #name {
            #[doc(hidden)]
            #[allow(unused_variables)]
            pub fn __validate(&self, prefix: &str, report: &mut ::flow_client::validate::Report) {
                #checks
            }
        }

        #json_schema
    };

    let raw = quote! {
        #[derive(::flow_client::__private::serde::Deserialize)]
        #[serde(crate = "::flow_client::__private::serde")]
        #deny
        struct Raw { #( #raw_attrs #idents: #types, )* }

        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
    };

    let Some(auth) = auth else {
        return quote! {
            #declaration

            impl<'de> ::flow_client::__private::serde::Deserialize<'de> for #name {
                fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
                where
                    D: ::flow_client::__private::serde::Deserializer<'de>,
                {
                    #raw
                    ::core::result::Result::Ok(Self { #( #idents: raw.#idents, )* })
                }
            }
        };
    };

    let auth_name = &auth.wire_name;
    let schema_json = &auth.schema_json;
    let extra = auth.extra_json.as_ref().map(|extra| {
        quote! {
            impl #name {
                /// The auth spec entry's other keys (`settings`, `attributes`...), as JSON text:
                /// what the service says about this way to authenticate, never asked of you.
                pub const AUTH_SPEC_EXTRA_JSON: &'static str = #extra;
            }
        }
    });
    quote! {
        #declaration
        #extra

        impl ::flow_client::SpecAuth for #name {
            const SPEC: ::flow_client::SpecInfo = #spec_info;
        }

        impl ::flow_client::AuthSpec for #name {
            const AUTH_SPEC_NAME: &'static str = #auth_name;
            const AUTH_SCHEMA_JSON: &'static str = #schema_json;
        }

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

        impl ::flow_client::registry::Generated for #name {
            fn schema() -> &'static ::flow_client::schema::Schema {
                static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> =
                    ::std::sync::LazyLock::new(|| {
                        ::flow_client::schema::Schema::new(
                            <#name as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
                #raw
                ::core::result::Result::Ok(Self { #( #idents: raw.#idents, )* })
            }
        }

        impl<'de> ::flow_client::__private::serde::Deserialize<'de> for #name {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: ::flow_client::__private::serde::Deserializer<'de>,
            {
                let value =
                    <Self as ::flow_client::registry::Generated>::deserialize_unchecked(
                        deserializer,
                    )?;
                ::flow_client::AuthParams::validate(&value)
                    .map_err(<D::Error as ::flow_client::__private::serde::de::Error>::custom)?;
                ::core::result::Result::Ok(value)
            }
        }
    }
}

/// An enum for a string `enum`, parsed from text with a check that names the allowed values.
pub(super) fn enum_def(def: &EnumDef, root: &Ident) -> TokenStream {
    let name = ident(&def.name);
    let doc = docs(def.doc.as_deref(), "One of the values the schema lists.");
    let variants: Vec<Ident> = def.variants.iter().map(|(rust, _)| ident(rust)).collect();
    let wires: Vec<&String> = def.variants.iter().map(|(_, wire)| wire).collect();
    let variant_docs = wires.iter().map(|wire| format!(" `{wire}`"));
    let allowed = wires
        .iter()
        .map(|wire| format!("`{wire}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let message = format!("must be one of {allowed}");
    let json_schema = json_schema_impl(&name, root, &def.schema_pointer);

    quote! {
        #doc
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash,
            ::flow_client::__private::serde::Serialize,
            ::flow_client::__private::serde::Deserialize,
        )]
        #[serde(crate = "::flow_client::__private::serde")]
        pub enum #name {
            #( #[doc = #variant_docs] #[serde(rename = #wires)] #variants, )*
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

        #json_schema
    }
}
