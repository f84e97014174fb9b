//! Wire names to Rust identifiers: valid, distinct within their scope, deterministic.
//!
//! The rules, applied in order:
//!
//! 1. Every character that is not a letter or a digit separates words; words are joined in
//!    `UpperCamelCase` for types and variants, `snake_case` for fields and modules.
//! 2. A name left empty becomes `Unnamed` (types) or `unnamed` (fields).
//! 3. A name starting with a digit is prefixed with `N` (types) or `n_` (fields): `3des` becomes
//!    `n_3des`.
//! 4. A Rust keyword gets a trailing underscore: `type` becomes `type_`.
//! 5. A name already taken in its scope (a struct's fields, a module's types) gets the
//!    smallest suffix `_2`, `_3`... (`2`, `3`... for types) that makes it distinct, in the order
//!    the names appear in the spec. So `userName` and `UserName` become `user_name` and
//!    `user_name_2`.
//!
//! The wire name is always kept for serialization.

use std::collections::HashSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// The words of a wire name, separated at every character that is not a letter or digit.
fn words(wire: &str) -> String {
    wire.chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect()
}

fn ascii_only(name: String) -> String {
    name.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// The `UpperCamelCase` form of `wire`, before collision handling.
pub fn type_name(wire: &str) -> String {
    let name = ascii_only(words(wire).to_upper_camel_case());

    if name.is_empty() {
        "Unnamed".to_owned()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("N{name}")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// The `snake_case` form of `wire`, before collision handling.
pub fn field_name(wire: &str) -> String {
    let name = ascii_only(words(wire).to_snake_case());

    if name.is_empty() {
        "unnamed".to_owned()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("n_{name}")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// The names taken in one scope.
#[derive(Debug, Default)]
pub struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    /// An empty scope.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reserves `name` as it is, so that later names avoid it.
    pub fn reserve(&mut self, name: &str) {
        self.taken.insert(name.to_owned());
    }

    /// A distinct `snake_case` identifier for `wire`.
    pub fn field(&mut self, wire: &str) -> String {
        self.distinct(field_name(wire), "_")
    }

    /// A distinct `UpperCamelCase` identifier for `wire`.
    pub fn type_name(&mut self, wire: &str) -> String {
        self.distinct(type_name(wire), "")
    }

    /// A distinct identifier from an already-formed `base`.
    pub fn distinct(&mut self, base: String, separator: &str) -> String {
        let mut candidate = base.clone();
        let mut suffix = 2;
        while self.taken.contains(&candidate) {
            candidate = format!("{base}{separator}{suffix}");
            suffix += 1;
        }
        self.taken.insert(candidate.clone());
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_wire_names_become_identifiers() {
        assert_eq!(field_name("serviceUri"), "service_uri");
        assert_eq!(field_name("auth.token"), "auth_token");
        assert_eq!(field_name("{{domain}}"), "domain");
        assert_eq!(field_name("3des key"), "n_3des_key");
        assert_eq!(field_name("type"), "type_");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("%%"), "unnamed");
        assert_eq!(type_name("dynamics-online"), "DynamicsOnline");
        assert_eq!(
            type_name("Basic Authentication for Dynamics-Online"),
            "BasicAuthenticationForDynamicsOnline"
        );
        assert_eq!(type_name("3com"), "N3com");
        assert_eq!(type_name("Self"), "Self_");
    }

    #[test]
    fn collisions_get_numbered_suffixes_in_order() {
        let mut scope = Scope::new();

        assert_eq!(scope.field("userName"), "user_name");
        assert_eq!(scope.field("UserName"), "user_name_2");
        assert_eq!(scope.field("user_name"), "user_name_3");
        assert_eq!(scope.field("username"), "username");
    }
}
