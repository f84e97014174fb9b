//! Generated types read only from objects: serde's derived structs also take a sequence of
//! their fields in order, which a JSON Schema `"type": "object"` refuses.

use serde::de::{Deserialize, Deserializer, Visitor};

/// A deserializer that reads a struct as a map only, so `["u", "p"]` is not taken for
/// `{"username": "u", "password": "p"}`. Everything else goes to the inner deserializer.
#[doc(hidden)]
pub struct MapOnly<D>(pub D);

macro_rules! forward {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method(visitor)
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for MapOnly<D> {
    type Error = D::Error;

    forward! {
        deserialize_any deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32
        deserialize_i64 deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32
        deserialize_u64 deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char
        deserialize_str deserialize_string deserialize_bytes deserialize_byte_buf
        deserialize_option deserialize_unit deserialize_seq deserialize_map
        deserialize_identifier deserialize_ignored_any
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(name, len, visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_enum(name, variants, visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// Reads an object with no members: the params of a spec without auth specs.
#[doc(hidden)]
pub fn empty_object<'de, D: Deserializer<'de>>(deserializer: D) -> Result<(), D::Error> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Empty {}

    Empty::deserialize(MapOnly(deserializer)).map(drop)
}

/// Reads an optional member that is present: its value must fit `T`, so `null` is refused
/// where the schema does not allow it, instead of being read as absent.
#[doc(hidden)]
pub fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::json;

    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Login {
        user: String,
        pin: u32,
    }

    fn login(value: serde_json::Value) -> Result<Login, serde_json::Error> {
        Login::deserialize(MapOnly(value))
    }

    #[test]
    fn a_struct_is_read_from_an_object() {
        let read = login(json!({"user": "u", "pin": 7}));

        assert_eq!(
            read.unwrap(),
            Login {
                user: "u".to_owned(),
                pin: 7
            }
        );
    }

    #[test]
    fn a_struct_is_not_read_from_a_sequence() {
        assert!(
            Login::deserialize(json!(["u", 7])).is_ok(),
            "serde's own reading"
        );

        let error = login(json!(["u", 7])).unwrap_err();

        assert!(
            error.to_string().contains("invalid type: sequence"),
            "{error}"
        );
    }

    #[derive(Debug, Deserialize)]
    struct Options {
        #[serde(default, deserialize_with = "present")]
        note: Option<String>,
    }

    #[test]
    fn an_optional_member_may_be_absent_but_not_null() {
        let absent: Options = serde_json::from_value(json!({})).unwrap();
        let given: Options = serde_json::from_value(json!({"note": "n"})).unwrap();
        let null = serde_json::from_value::<Options>(json!({"note": null}));

        assert_eq!(absent.note, None);
        assert_eq!(given.note.as_deref(), Some("n"));
        assert!(null.is_err());
    }

    #[test]
    fn an_empty_object_takes_no_members_and_no_sequence() {
        assert!(empty_object(json!({})).is_ok());
        assert!(empty_object(json!([])).is_err());
        assert!(empty_object(json!({"key": 1})).is_err());
        assert!(empty_object(&mut serde_json::Deserializer::from_str("{}")).is_ok());
        assert!(empty_object(&mut serde_json::Deserializer::from_str("[]")).is_err());
    }
}
