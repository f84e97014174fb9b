//! Secret values: never printed, zeroed on drop, serialized only into request bodies.

use std::cell::Cell;
use std::fmt;

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use zeroize::Zeroize;

thread_local! {
    static EXPOSED: Cell<bool> = const { Cell::new(false) };
}

/// A secret string, such as a password or an access token.
///
/// The value is zeroed when dropped, and `Debug` prints `[redacted]`. There is no `Display`.
/// Serializing a `Secret` fails unless it happens inside [`with_secrets_exposed`], which the
/// request bodies of this crate use; so a secret cannot reach a log or a file by accident.
///
/// ```
/// use flow_client::Secret;
///
/// let password = Secret::from("hunter2");
/// assert_eq!(format!("{password:?}"), "Secret([redacted])");
/// assert_eq!(password.expose_secret(), "hunter2");
/// assert!(serde_json::to_string(&password).is_err());
/// ```
#[derive(Clone)]
pub struct Secret(SecretString);

impl Secret {
    /// Wraps a value.
    pub fn new(value: impl Into<String>) -> Self {
        let mut value = value.into();
        if value.len() == value.capacity() {
            return Self(SecretString::from(value));
        }

        // Shrinking a string in place would free its buffer without zeroing it.
        let exact = SecretString::from(value.as_str());
        value.zeroize();
        Self(exact)
    }

    /// The secret value. Every use of it is a place where it can leak: keep them few.
    pub fn expose_secret(&self) -> &str {
        self.0.expose_secret()
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if EXPOSED.with(Cell::get) {
            serializer.serialize_str(self.expose_secret())
        } else {
            Err(serde::ser::Error::custom(
                "secret values are serialized only into request bodies",
            ))
        }
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(SecretVisitor)
    }
}

/// Takes a string; anything else is refused with its kind only, because serde's own messages
/// quote numbers, booleans and bytes, which would print a secret given with the wrong type.
/// It is asked for any value, since a format's own check for a string quotes what it found.
struct SecretVisitor;

impl SecretVisitor {
    fn refuse<E: serde::de::Error>(kind: &str) -> E {
        E::custom(format_args!("invalid type: {kind}, expected a string"))
    }
}

impl serde::de::Visitor<'_> for SecretVisitor {
    type Value = Secret;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Secret, E> {
        Ok(Secret::new(value))
    }

    fn visit_string<E: serde::de::Error>(self, value: String) -> Result<Secret, E> {
        Ok(Secret::new(value))
    }

    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<Secret, E> {
        Err(Self::refuse("boolean"))
    }

    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<Secret, E> {
        Err(Self::refuse("integer"))
    }

    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<Secret, E> {
        Err(Self::refuse("integer"))
    }

    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Secret, E> {
        Err(Self::refuse("floating point number"))
    }

    fn visit_char<E: serde::de::Error>(self, value: char) -> Result<Secret, E> {
        Ok(Secret::new(value))
    }

    fn visit_bytes<E: serde::de::Error>(self, _: &[u8]) -> Result<Secret, E> {
        Err(Self::refuse("bytes"))
    }
}

impl schemars::JsonSchema for Secret {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Secret".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "password" })
    }

    fn inline_schema() -> bool {
        true
    }
}

/// Any JSON value kept secret, for a param whose schema does not say what it holds.
///
/// It keeps the value as JSON text in a [`Secret`]: zeroed when dropped, `[redacted]` in
/// `Debug`, serialized only inside [`with_secrets_exposed`].
///
/// ```
/// use flow_client::{SecretValue, with_secrets_exposed};
///
/// let key = SecretValue::from("AKIA-example");
/// assert_eq!(format!("{key:?}"), "SecretValue([redacted])");
/// let json = with_secrets_exposed(|| serde_json::to_string(&key)).unwrap();
/// assert_eq!(json, "\"AKIA-example\"");
/// ```
#[derive(Clone)]
pub struct SecretValue(Secret);

impl SecretValue {
    /// Wraps a JSON value.
    pub fn new(value: &serde_json::Value) -> Self {
        let mut text = ZeroingBuffer::default();
        // Writing a `Value` to memory fails for no reason but memory itself.
        let _ = serde_json::to_writer(&mut text, value);
        Self(Secret::new(
            String::from_utf8(text.into_inner()).unwrap_or_default(),
        ))
    }

    /// The value, parsed again from its secret text.
    pub fn expose_value(&self) -> serde_json::Value {
        serde_json::from_str(self.0.expose_secret()).unwrap_or(serde_json::Value::Null)
    }
}

impl From<&str> for SecretValue {
    fn from(text: &str) -> Self {
        Self::new(&serde_json::Value::from(text))
    }
}

impl From<String> for SecretValue {
    fn from(text: String) -> Self {
        Self::new(&serde_json::Value::from(text))
    }
}

impl fmt::Debug for SecretValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretValue([redacted])")
    }
}

impl Serialize for SecretValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if EXPOSED.with(Cell::get) {
            self.expose_value().serialize(serializer)
        } else {
            Err(serde::ser::Error::custom(
                "secret values are serialized only into request bodies",
            ))
        }
    }
}

impl<'de> Deserialize<'de> for SecretValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde_json::Value::deserialize(deserializer).map(|value| Self::new(&value))
    }
}

impl schemars::JsonSchema for SecretValue {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SecretValue".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!(true)
    }

    fn inline_schema() -> bool {
        true
    }
}

/// Runs `f` with serialization of [`Secret`] values allowed on this thread.
///
/// Request bodies call this around their own serialization. Call it yourself only to write
/// secrets somewhere you have decided they belong, such as a vault.
///
/// ```
/// use flow_client::{Secret, with_secrets_exposed};
///
/// let token = Secret::from("t0ken");
/// let json = with_secrets_exposed(|| serde_json::to_string(&token)).unwrap();
/// assert_eq!(json, "\"t0ken\"");
/// ```
pub fn with_secrets_exposed<T>(f: impl FnOnce() -> T) -> T {
    struct Restore(bool);

    impl Drop for Restore {
        fn drop(&mut self) {
            EXPOSED.with(|exposed| exposed.set(self.0));
        }
    }

    let _restore = Restore(EXPOSED.with(|exposed| exposed.replace(true)));
    f()
}

/// A byte buffer that zeroes each allocation it outgrows, so writing a secret into it leaves
/// no copy in freed memory; what it holds at the end is the caller's to zero.
#[derive(Default)]
pub(crate) struct ZeroingBuffer(Vec<u8>);

impl ZeroingBuffer {
    /// The bytes written.
    pub(crate) fn into_inner(mut self) -> Vec<u8> {
        std::mem::take(&mut self.0)
    }
}

impl std::io::Write for ZeroingBuffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let needed = self.0.len() + bytes.len();
        if needed > self.0.capacity() {
            let mut grown = Vec::with_capacity(needed.max(self.0.capacity() * 2).max(64));
            grown.extend_from_slice(&self.0);
            self.0.zeroize();
            self.0 = grown;
        }
        self.0.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Drop for ZeroingBuffer {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

/// Zeroes every string in `value`, keys aside, and leaves `Null` in its place: for params that
/// held secrets in plain JSON once their secrets have been moved into [`Secret`]s.
///
/// ```
/// use flow_client::secret::zeroize_json;
///
/// let mut params = serde_json::json!({"user": "ann", "password": "hunter2", "pins": ["1"]});
/// zeroize_json(&mut params);
/// assert!(params.is_null());
/// ```
pub fn zeroize_json(value: &mut serde_json::Value) {
    use serde_json::Value;

    match value {
        Value::String(text) => text.zeroize(),
        Value::Array(items) => items.iter_mut().for_each(zeroize_json),
        Value::Object(members) => members.values_mut().for_each(zeroize_json),
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
    *value = Value::Null;
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    #[test]
    fn a_zeroing_buffer_keeps_everything_written_across_growth() {
        let mut buffer = ZeroingBuffer::default();
        for chunk in 0..100 {
            write!(buffer, "chunk {chunk};").unwrap();
        }

        let text = String::from_utf8(buffer.into_inner()).unwrap();

        assert!(text.starts_with("chunk 0;chunk 1;"));
        assert!(text.ends_with("chunk 99;"));
        assert_eq!(text.matches(';').count(), 100);
    }

    #[test]
    fn a_secret_value_keeps_its_json() {
        let value = serde_json::json!({"key": "k", "list": [1, 2.5, null]});

        let secret = SecretValue::new(&value);

        assert_eq!(secret.expose_value(), value);
    }

    #[test]
    fn a_secret_from_a_string_with_spare_room_keeps_its_text() {
        let mut text = String::with_capacity(64);
        text.push_str("hunter2");

        assert_eq!(Secret::new(text).expose_secret(), "hunter2");
    }
}
