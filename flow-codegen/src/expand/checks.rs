//! The checks of `__validate`: what the types cannot express, checked once per value.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::ident;
use crate::finding::push_pointer;
use crate::schema::{Additional, ArrayRules, Field, NumberRules, StringRules, StructDef, Ty};

/// The body of a struct's `__validate(&self, prefix, report)`.
pub(super) fn struct_checks(def: &StructDef, root: &Ident) -> TokenStream {
    if def.check_whole {
        let pointer = &def.schema_pointer;
        return quote! {
            let whole = ::flow_client::with_secrets_exposed(|| {
                ::flow_client::__private::serde_json::to_value(self)
            });
            match whole {
                ::core::result::Result::Ok(whole) => {
                    <#root as ::flow_client::registry::Generated>::schema()
                        .check_at(#pointer, &whole, prefix, report);
                }
                ::core::result::Result::Err(_) => {
                    report.push(prefix, "type", "cannot be written as JSON to be checked");
                }
            }
        };
    }

    let mut checks: TokenStream = def.fields.iter().map(|f| field_checks(f, root)).collect();
    if let Additional::Typed { ident: field, ty } = &def.additional {
        let field = ident(field);
        let value_checks = value_checks(ty, root, &quote! { value }, &quote! { &key_prefix }, "");
        if !value_checks.is_empty() {
            checks.extend(quote! {
                for (key, value) in &self.#field {
                    let key_prefix = ::std::format!(
                        "{}/{}", prefix, key.replace('~', "~0").replace('/', "~1"),
                    );
                    #value_checks
                }
            });
        }
    }
    checks
}

fn field_checks(field: &Field, root: &Ident) -> TokenStream {
    let name = ident(&field.ident);
    let token = push_pointer("", &field.wire);
    let (ty, optional) = match &field.ty {
        Ty::Nullable(inner) => (inner.as_ref(), true),
        ty => (ty, !field.required),
    };
    let checks = value_checks(ty, root, &quote! { value }, &quote! { prefix }, &token);
    if checks.is_empty() {
        return TokenStream::new();
    }

    if optional {
        quote! { if let ::core::option::Option::Some(value) = &self.#name { #checks } }
    } else {
        quote! { { let value = &self.#name; #checks } }
    }
}

fn value_checks(
    ty: &Ty,
    root: &Ident,
    value: &TokenStream,
    prefix: &TokenStream,
    token: &str,
) -> TokenStream {
    match ty {
        Ty::String(rules) => string_checks(rules, value, prefix, token),
        Ty::Integer(rules) => number_checks(rules, &quote! { (*#value as f64) }, prefix, token),
        Ty::Number(rules) => number_checks(rules, &quote! { *#value }, prefix, token),
        Ty::Array(items, rules) => array_checks(items, rules, root, value, prefix, token),
        Ty::Named(_) => quote! {
            #value.__validate(&::std::format!("{}{}", #prefix, #token), report);
        },
        Ty::Map(values) => {
            let inner = value_checks(values, root, &quote! { item }, &quote! { &item_prefix }, "");
            if inner.is_empty() {
                return TokenStream::new();
            }
            quote! {
                for (key, item) in #value {
                    let item_prefix = ::std::format!(
                        "{}{}/{}", #prefix, #token, key.replace('~', "~0").replace('/', "~1"),
                    );
                    #inner
                }
            }
        }
        Ty::Nullable(inner) => {
            let inner = value_checks(inner, root, &quote! { present }, prefix, token);
            if inner.is_empty() {
                return TokenStream::new();
            }
            quote! { if let ::core::option::Option::Some(present) = #value { #inner } }
        }
        Ty::Any(Some(pointer)) => quote! {
            <#root as ::flow_client::registry::Generated>::schema().check_at(
                #pointer,
                #value,
                &::std::format!("{}{}", #prefix, #token),
                report,
            );
        },
        Ty::Boolean | Ty::Null | Ty::Any(None) | Ty::SecretAny => TokenStream::new(),
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
                    ::flow_client::validate::compile_pattern(#pattern)
                });
                report.pattern(#prefix, #token, #text, PATTERN.as_ref(), #pattern);
            }
        });
    }
    if let Some(format) = &rules.format {
        checks.extend(quote! { report.format(#prefix, #token, #text, #format); });
    }
    if rules.content_encoding.is_some() || rules.content_media_type.is_some() {
        let encoding = option(rules.content_encoding.as_deref());
        let media_type = option(rules.content_media_type.as_deref());
        checks.extend(quote! {
            report.content(#prefix, #token, #text, #encoding, #media_type);
        });
    }
    checks
}

fn option<T: quote::ToTokens>(value: Option<T>) -> TokenStream {
    match value {
        Some(value) => quote! { ::core::option::Option::Some(#value) },
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
    let minimum = option(rules.minimum);
    let maximum = option(rules.maximum);
    let exclusive_minimum = option(rules.exclusive_minimum);
    let exclusive_maximum = option(rules.exclusive_maximum);
    let multiple_of = option(rules.multiple_of);

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
    root: &Ident,
    value: &TokenStream,
    prefix: &TokenStream,
    token: &str,
) -> TokenStream {
    let mut checks = TokenStream::new();

    if rules.min_items.is_some() || rules.max_items.is_some() {
        let min = option(rules.min_items);
        let max = option(rules.max_items);
        checks.extend(quote! { report.items(#prefix, #token, #value.len(), #min, #max); });
    }
    if rules.unique_items {
        checks.extend(quote! { report.unique(#prefix, #token, #value); });
    }

    let item_checks = value_checks(items, root, &quote! { item }, &quote! { &item_prefix }, "");
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
