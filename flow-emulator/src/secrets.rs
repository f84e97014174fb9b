//! Secret params: taken out of a connection when it is stored, masked in every answer.

use flow_client::Secret;
use serde_json::Value;

/// What a secret param reads as in every answer.
pub const SECRET_MASK: &str = "<masked>";

/// The secret values of one connection's params, kept apart from the masked params.
///
/// TODO: a request's body, and the JSON values parsed from it, hold the secrets in plain
/// buffers until the request ends; parsing into zeroizing buffers would lift it.
#[derive(Debug, Default)]
pub(crate) struct HiddenParams {
    entries: Vec<Hidden>,
}

#[derive(Debug)]
struct Hidden {
    path: Vec<String>,
    value: Secret,
    is_text: bool,
}

impl HiddenParams {
    /// Moves the value at each of `paths` out of `params` into a [`Secret`], leaving
    /// [`SECRET_MASK`] in its place.
    pub(crate) fn take(params: &mut Value, paths: &[Vec<String>]) -> Self {
        let mut entries = Vec::new();

        for path in paths {
            let Some(slot) = slot_mut(params, path) else {
                continue;
            };

            let masked = Value::String(SECRET_MASK.to_owned());
            let (value, is_text) = match std::mem::replace(slot, masked) {
                Value::String(text) => (Secret::from(text), true),
                other => (Secret::from(other.to_string()), false),
            };
            entries.push(Hidden {
                path: path.clone(),
                value,
                is_text,
            });
        }

        Self { entries }
    }

    /// The params with the secrets put back, for a change that needs the whole value.
    pub(crate) fn reveal(&self, masked: &Value) -> Value {
        let mut params = masked.clone();

        for entry in &self.entries {
            if let Some(slot) = slot_mut(&mut params, &entry.path) {
                *slot = entry.plain();
            }
        }

        params
    }

    /// The secret at `pointer` (such as `/password`), if the params hold one there.
    pub(crate) fn get(&self, pointer: &str) -> Option<Secret> {
        self.entries
            .iter()
            .find(|entry| pointer_of(&entry.path) == pointer)
            .map(|entry| match entry.plain() {
                Value::String(text) => Secret::from(text),
                other => Secret::from(other.to_string()),
            })
    }
}

impl Hidden {
    fn plain(&self) -> Value {
        if self.is_text {
            Value::String(self.value.expose_secret().to_owned())
        } else {
            serde_json::from_str(self.value.expose_secret()).unwrap_or(Value::Null)
        }
    }
}

fn slot_mut<'v>(params: &'v mut Value, path: &[String]) -> Option<&'v mut Value> {
    path.iter()
        .try_fold(params, |value, name| value.as_object_mut()?.get_mut(name))
}

fn pointer_of(path: &[String]) -> String {
    path.iter()
        .map(|name| format!("/{}", crate::schema::escape_pointer_token(name)))
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use serde_json::json;

    use super::*;

    fn paths() -> Vec<Vec<String>> {
        vec![
            vec!["password".to_owned()],
            vec!["nested".to_owned(), "pin".to_owned()],
            vec!["absent".to_owned()],
        ]
    }

    #[test]
    fn secrets_are_masked_and_can_be_put_back() {
        let original = json!({"user": "ann", "password": "hunter2", "nested": {"pin": 1234}});
        let mut params = original.clone();

        let hidden = HiddenParams::take(&mut params, &paths());

        assert_eq!(
            params,
            json!({"user": "ann", "password": SECRET_MASK, "nested": {"pin": SECRET_MASK}})
        );
        assert_eq!(hidden.reveal(&params), original);
        assert_eq!(hidden.get("/password").unwrap().expose_secret(), "hunter2");
        assert_eq!(hidden.get("/nested/pin").unwrap().expose_secret(), "1234");
        assert!(hidden.get("/absent").is_none());
    }

    #[test]
    fn debug_output_shows_no_secret() {
        let mut params = json!({"password": "hunter2"});

        let hidden = HiddenParams::take(&mut params, &paths());

        assert!(!format!("{hidden:?}").contains("hunter2"));
    }
}
