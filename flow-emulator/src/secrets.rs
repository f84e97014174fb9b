//! Secret params: taken out of a connection when it is stored, masked in every answer.

use flow_client::Secret;
use serde_json::Value;

use crate::schema::Segment;

/// What a secret param reads as in every answer.
pub const SECRET_MASK: &str = "<masked>";

/// The secret values of one connection's params, kept apart from the masked params.
///
/// A request's body is zeroed once parsed, refused params are zeroed, and the secrets of
/// params that pass their schema are moved, not copied, into [`Secret`]s.
///
/// TODO: hyper's own read buffers are dropped without zeroing; a zeroizing read buffer in
/// hyper would lift this.
#[derive(Debug, Default)]
pub(crate) struct HiddenParams {
    entries: Vec<Hidden>,
}

#[derive(Debug)]
struct Hidden {
    path: Vec<Step>,
    value: Secret,
    is_text: bool,
}

/// One step into the params where a secret was found: a key, or an array index.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

impl HiddenParams {
    /// Moves the value at each of `paths` out of `params` into a [`Secret`], leaving
    /// [`SECRET_MASK`] in its place; a path through arrays reaches every element it names.
    pub(crate) fn take(params: &mut Value, paths: &[Vec<Segment>]) -> Self {
        let mut found = Vec::new();
        for path in paths {
            reach(params, path, &mut Vec::new(), &mut found);
        }

        let mut entries: Vec<Hidden> = Vec::new();
        for path in found {
            if entries.iter().any(|entry| entry.path == path) {
                continue;
            }
            let Some(slot) = slot_mut(params, &path) else {
                continue;
            };

            let masked = Value::String(SECRET_MASK.to_owned());
            let (value, is_text) = match std::mem::replace(slot, masked) {
                Value::String(text) => (Secret::from(text), true),
                other => (Secret::from(other.to_string()), false),
            };
            entries.push(Hidden {
                path,
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

    /// The secret at `pointer` (such as `/password` or `/keys/0`), if the params hold one
    /// there.
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

/// Every concrete path in `value` that `pattern` names, added to `found`.
fn reach(value: &Value, pattern: &[Segment], at: &mut Vec<Step>, found: &mut Vec<Vec<Step>>) {
    let Some((segment, rest)) = pattern.split_first() else {
        found.push(at.clone());
        return;
    };

    let mut step_into = |step: Step, inner: &Value, at: &mut Vec<Step>| {
        at.push(step);
        reach(inner, rest, at, found);
        at.pop();
    };
    match (segment, value) {
        (Segment::Name(name), Value::Object(members)) => {
            if let Some(inner) = members.get(name) {
                step_into(Step::Key(name.clone()), inner, at);
            }
        }
        (Segment::Index(index), Value::Array(items)) => {
            if let Some(inner) = items.get(*index) {
                step_into(Step::Index(*index), inner, at);
            }
        }
        (Segment::Each, Value::Array(items)) => {
            for (index, inner) in items.iter().enumerate() {
                step_into(Step::Index(index), inner, at);
            }
        }
        _ => {}
    }
}

fn slot_mut<'v>(params: &'v mut Value, path: &[Step]) -> Option<&'v mut Value> {
    path.iter().try_fold(params, |value, step| match step {
        Step::Key(name) => value.as_object_mut()?.get_mut(name),
        Step::Index(index) => value.as_array_mut()?.get_mut(*index),
    })
}

fn pointer_of(path: &[Step]) -> String {
    path.iter()
        .map(|step| match step {
            Step::Key(name) => format!("/{}", crate::schema::escape_pointer_token(name)),
            Step::Index(index) => format!("/{index}"),
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use serde_json::json;

    use super::*;

    fn name(name: &str) -> Segment {
        Segment::Name(name.to_owned())
    }

    fn paths() -> Vec<Vec<Segment>> {
        vec![
            vec![name("password")],
            vec![name("nested"), name("pin")],
            vec![name("absent")],
        ]
    }

    #[test]
    fn secrets_in_arrays_are_masked_element_by_element() {
        let original = json!({"keys": ["k1", "k2"], "pair": ["user", "pw"], "keys2": "none"});
        let mut params = original.clone();
        let paths = vec![
            vec![name("keys"), Segment::Each],
            vec![name("pair"), Segment::Index(1)],
            vec![name("keys2"), Segment::Each],
        ];

        let hidden = HiddenParams::take(&mut params, &paths);

        assert_eq!(
            params,
            json!({
                "keys": [SECRET_MASK, SECRET_MASK],
                "pair": ["user", SECRET_MASK],
                "keys2": "none"
            })
        );
        assert_eq!(hidden.reveal(&params), original);
        assert_eq!(hidden.get("/keys/1").unwrap().expose_secret(), "k2");
        assert_eq!(hidden.get("/pair/1").unwrap().expose_secret(), "pw");
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
