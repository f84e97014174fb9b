//! List queries: `property` filters, `orderby`, `limit`, `count` and continuation tokens.
//!
//! Filters and sort keys name a dotted path into the item as it is answered, such as `name`,
//! `connectionSpec.id`, `auth.specName` or `createdAt`, so every field of an item can be used.

use std::cmp::Ordering;

use flow_client::wire::{Items, Link, Links};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A parsed list query.
#[derive(Debug, Default)]
pub(crate) struct ListQuery {
    filters: Vec<Filter>,
    order: Vec<SortKey>,
    /// The page size asked for.
    pub limit: Option<usize>,
    /// Whether only the count is asked for.
    pub count: bool,
    after: Option<Position>,
    /// The query without its continuation token, carried by the tokens of later pages.
    base: String,
}

/// Why a query was refused.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum QueryError {
    /// `limit` and `count` together.
    LimitWithCount,
    /// Anything else, with what is wrong.
    Invalid(String),
}

/// One `property` filter: a path, an operator and one or more values.
#[derive(Debug, Clone, PartialEq)]
struct Filter {
    path: Vec<String>,
    op: Op,
    values: Vec<Literal>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
}

/// A value in a filter: quoted values are strings, others are read as numbers when they can be.
#[derive(Debug, Clone, PartialEq)]
struct Literal {
    text: String,
    quoted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct SortKey {
    path: Vec<String>,
    descending: bool,
}

/// Where a page ended: the sort keys and sequence number of its last item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Position {
    keys: Vec<Value>,
    seq: u64,
}

/// What a continuation token carries.
#[derive(Serialize, Deserialize)]
struct Cursor {
    query: String,
    after: Position,
}

/// One page of items.
pub(crate) struct Page {
    /// The items of this page.
    pub items: Vec<Value>,
    /// The token of the next page, when there is one.
    pub next: Option<String>,
}

impl Page {
    /// The list answer, its next link relative to the base URL: `{path}?continuationToken=..`.
    pub(crate) fn answer(self, path: &str) -> Items<Value> {
        let links = self.next.map(|token| Links {
            next: Some(Link {
                href: format!("{path}?continuationToken={token}"),
            }),
        });
        Items {
            items: self.items,
            links,
        }
    }
}

impl ListQuery {
    /// Parses a raw query string; a `continuationToken` brings back the query it was made for.
    pub(crate) fn parse(raw: Option<&str>) -> Result<Self, QueryError> {
        let raw = raw.unwrap_or("");
        let pairs: Vec<(String, String)> = url::form_urlencoded::parse(raw.as_bytes())
            .map(|(key, value)| (key.into_owned(), value.into_owned()))
            .collect();

        if let Some((_, token)) = pairs.iter().find(|(key, _)| key == "continuationToken") {
            let cursor = decode_token(token)
                .ok_or_else(|| QueryError::Invalid("the continuation token is not valid".into()))?;
            let mut query = Self::parse_pairs(&cursor.query)?;
            query.after = Some(cursor.after);
            return Ok(query);
        }

        Self::parse_pairs(raw)
    }

    fn parse_pairs(raw: &str) -> Result<Self, QueryError> {
        let mut query = Self {
            base: raw.to_owned(),
            ..Self::default()
        };

        for (key, value) in url::form_urlencoded::parse(raw.as_bytes()) {
            match key.as_ref() {
                "property" => query.filters.push(parse_filter(&value)?),
                "orderby" => query.order = parse_order(&value)?,
                "limit" => query.limit = Some(parse_limit(&value)?),
                "count" => query.count = parse_bool("count", &value)?,
                "continuationToken" => {
                    return Err(QueryError::Invalid(
                        "the continuation token is not valid".to_owned(),
                    ));
                }
                _ => {}
            }
        }

        if query.count && query.limit.is_some() {
            return Err(QueryError::LimitWithCount);
        }
        Ok(query)
    }

    /// Whether `item` passes every filter.
    pub(crate) fn matches(&self, item: &Value) -> bool {
        self.filters.iter().all(|filter| filter.matches(item))
    }

    /// Sorts the matching `items` (with their sequence numbers) and cuts the page after the
    /// position the query continues from.
    pub(crate) fn page(&self, items: Vec<(u64, Value)>, page_size: usize) -> Page {
        let mut keyed: Vec<(Position, Value)> = items
            .into_iter()
            .filter(|(_, item)| self.matches(item))
            .map(|(seq, item)| (self.position(seq, &item), item))
            .collect();
        keyed.sort_by(|(left, _), (right, _)| self.compare(left, right));

        let size = self.limit.unwrap_or(page_size).max(1);
        let mut rest = keyed.into_iter().filter(|(position, _)| match &self.after {
            Some(after) => self.compare(position, after) == Ordering::Greater,
            None => true,
        });

        let page: Vec<(Position, Value)> = rest.by_ref().take(size).collect();
        let next = match (rest.next(), page.last()) {
            (Some(_), Some((last, _))) => Some(encode_token(&Cursor {
                query: self.base.clone(),
                after: last.clone(),
            })),
            _ => None,
        };

        Page {
            items: page.into_iter().map(|(_, item)| item).collect(),
            next,
        }
    }

    fn position(&self, seq: u64, item: &Value) -> Position {
        let keys = self
            .order
            .iter()
            .map(|key| lookup(item, &key.path).cloned().unwrap_or(Value::Null))
            .collect();
        Position { keys, seq }
    }

    fn compare(&self, left: &Position, right: &Position) -> Ordering {
        for (index, key) in self.order.iter().enumerate() {
            let ordering = match (left.keys.get(index), right.keys.get(index)) {
                (Some(left), Some(right)) => total_order(left, right),
                _ => Ordering::Equal,
            };
            let ordering = if key.descending {
                ordering.reverse()
            } else {
                ordering
            };
            if ordering != Ordering::Equal {
                return ordering;
            }
        }
        left.seq.cmp(&right.seq)
    }
}

impl Filter {
    fn matches(&self, item: &Value) -> bool {
        let field = lookup(item, &self.path).unwrap_or(&Value::Null);
        let compared = self.values.iter().map(|value| value.compare(field));

        match self.op {
            Op::Eq => compared.into_iter().any(|o| o == Some(Ordering::Equal)),
            Op::Ne => compared.into_iter().all(|o| o != Some(Ordering::Equal)),
            Op::Lt => compared.into_iter().any(|o| o == Some(Ordering::Less)),
            Op::Gt => compared.into_iter().any(|o| o == Some(Ordering::Greater)),
            Op::Le => compared
                .into_iter()
                .any(|o| matches!(o, Some(Ordering::Less | Ordering::Equal))),
            Op::Ge => compared
                .into_iter()
                .any(|o| matches!(o, Some(Ordering::Greater | Ordering::Equal))),
        }
    }
}

impl Literal {
    /// How `field` compares to this value, when they can be compared at all.
    fn compare(&self, field: &Value) -> Option<Ordering> {
        match field {
            Value::String(text) => Some(text.as_str().cmp(self.text.as_str())),
            Value::Number(number) => {
                let literal: f64 = self.text.trim().parse().ok()?;
                number.as_f64()?.partial_cmp(&literal)
            }
            Value::Bool(flag) if !self.quoted => match self.text.as_str() {
                "true" => Some(flag.cmp(&true)),
                "false" => Some(flag.cmp(&false)),
                _ => None,
            },
            Value::Null if !self.quoted && self.text == "null" => Some(Ordering::Equal),
            _ => None,
        }
    }
}

fn parse_filter(text: &str) -> Result<Filter, QueryError> {
    let invalid = || QueryError::Invalid(format!("the property filter `{text}` is not valid"));

    let (start, op, width) = find_operator(text).ok_or_else(invalid)?;
    let path = parse_path(&text[..start]).ok_or_else(invalid)?;
    let values = parse_values(&text[start + width..]).ok_or_else(invalid)?;

    Ok(Filter { path, op, values })
}

/// The first comparison operator in `text`: where it starts, which it is, and its length.
fn find_operator(text: &str) -> Option<(usize, Op, usize)> {
    let bytes = text.as_bytes();

    for (index, byte) in bytes.iter().enumerate() {
        let next = bytes.get(index + 1).copied();
        let found = match (byte, next) {
            (b'=', Some(b'=')) => Some((Op::Eq, 2)),
            (b'!', Some(b'=')) => Some((Op::Ne, 2)),
            (b'<', Some(b'=')) => Some((Op::Le, 2)),
            (b'>', Some(b'=')) => Some((Op::Ge, 2)),
            (b'<', _) => Some((Op::Lt, 1)),
            (b'>', _) => Some((Op::Gt, 1)),
            _ => None,
        };
        if let Some((op, width)) = found {
            return Some((index, op, width));
        }
    }
    None
}

fn parse_path(text: &str) -> Option<Vec<String>> {
    let text = text.trim();
    let valid = |segment: &str| {
        !segment.is_empty()
            && segment
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '$')
    };

    let path: Vec<String> = text.split('.').map(str::to_owned).collect();
    path.iter().all(|segment| valid(segment)).then_some(path)
}

/// Splits a comma-separated list of values, honouring double or single quotes.
fn parse_values(text: &str) -> Option<Vec<Literal>> {
    let mut values = Vec::new();
    let mut chars = text.trim().chars().peekable();

    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}

        let literal = match chars.peek().copied() {
            Some(quote @ ('"' | '\'')) => {
                chars.next();
                let mut value = String::new();
                loop {
                    match chars.next()? {
                        '\\' => value.push(chars.next()?),
                        c if c == quote => break,
                        c => value.push(c),
                    }
                }
                Literal {
                    text: value,
                    quoted: true,
                }
            }
            _ => {
                let mut value = String::new();
                while let Some(c) = chars.next_if(|c| *c != ',') {
                    value.push(c);
                }
                let value = value.trim().to_owned();
                if value.is_empty() {
                    return None;
                }
                Literal {
                    text: value,
                    quoted: false,
                }
            }
        };
        values.push(literal);

        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        match chars.next() {
            None => return Some(values),
            Some(',') => {}
            Some(_) => return None,
        }
    }
}

fn parse_order(text: &str) -> Result<Vec<SortKey>, QueryError> {
    text.split(',')
        .map(|key| {
            // A `+` that was not percent-encoded reaches us as a space.
            let key = key.trim_start_matches([' ', '+']);
            let (descending, key) = match key.strip_prefix('-') {
                Some(rest) => (true, rest),
                None => (false, key),
            };
            let path = parse_path(key).ok_or_else(|| {
                QueryError::Invalid(format!("the orderby value `{text}` is not valid"))
            })?;
            Ok(SortKey { path, descending })
        })
        .collect()
}

fn parse_limit(text: &str) -> Result<usize, QueryError> {
    match text.trim().parse::<usize>() {
        Ok(limit) if limit > 0 => Ok(limit),
        _ => Err(QueryError::Invalid(
            "the limit must be a positive whole number".to_owned(),
        )),
    }
}

fn parse_bool(name: &str, text: &str) -> Result<bool, QueryError> {
    match text.trim() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(QueryError::Invalid(format!(
            "`{name}` must be true or false"
        ))),
    }
}

fn lookup<'v>(item: &'v Value, path: &[String]) -> Option<&'v Value> {
    path.iter()
        .try_fold(item, |value, name| value.as_object()?.get(name))
}

/// A total order over JSON values: null, booleans, numbers, strings, then the rest by text.
fn total_order(left: &Value, right: &Value) -> Ordering {
    fn rank(value: &Value) -> u8 {
        match value {
            Value::Null => 0,
            Value::Bool(_) => 1,
            Value::Number(_) => 2,
            Value::String(_) => 3,
            Value::Array(_) => 4,
            Value::Object(_) => 5,
        }
    }

    match (left, right) {
        (Value::Bool(left), Value::Bool(right)) => left.cmp(right),
        (Value::Number(left), Value::Number(right)) => {
            let left = left.as_f64().unwrap_or(0.0);
            left.total_cmp(&right.as_f64().unwrap_or(0.0))
        }
        (Value::String(left), Value::String(right)) => left.cmp(right),
        _ if rank(left) == rank(right) => left.to_string().cmp(&right.to_string()),
        _ => rank(left).cmp(&rank(right)),
    }
}

fn encode_token(cursor: &Cursor) -> String {
    let json = serde_json::to_vec(cursor).unwrap_or_default();
    json.iter().map(|byte| format!("{byte:02x}")).collect()
}

fn decode_token(token: &str) -> Option<Cursor> {
    if !token.len().is_multiple_of(2) || !token.is_ascii() {
        return None;
    }

    let bytes: Option<Vec<u8>> = (0..token.len())
        .step_by(2)
        .map(|index| u8::from_str_radix(&token[index..index + 2], 16).ok())
        .collect();
    serde_json::from_slice(&bytes?).ok()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use serde_json::json;

    use super::*;

    fn items() -> Vec<(u64, Value)> {
        vec![
            (
                1,
                json!({"name": "b", "createdAt": 30, "auth": {"specName": "Basic"}}),
            ),
            (
                2,
                json!({"name": "a", "createdAt": 10, "auth": {"specName": "OAuth"}}),
            ),
            (
                3,
                json!({"name": "c,d", "createdAt": 20, "auth": {"specName": "Basic"}}),
            ),
        ]
    }

    fn names(query: &str) -> Vec<String> {
        let query = ListQuery::parse(Some(query)).unwrap();
        query
            .page(items(), 50)
            .items
            .iter()
            .map(|item| item["name"].as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn filters_compare_strings_and_numbers() {
        assert_eq!(names("property=name%3D%3D%22a%22"), ["a"]);
        assert_eq!(names("property=name!=\"a\""), ["b", "c,d"]);
        assert_eq!(names("property=createdAt>10"), ["b", "c,d"]);
        assert_eq!(names("property=createdAt<=20"), ["a", "c,d"]);
        assert_eq!(names("property=createdAt>=30"), ["b"]);
        assert_eq!(names("property=createdAt<11"), ["a"]);
    }

    #[test]
    fn repeated_filters_and_and_lists_are_any_of() {
        assert_eq!(names("property=name==\"a\",\"b\""), ["b", "a"]);
        assert_eq!(names("property=name==\"c,d\""), ["c,d"]);
        assert_eq!(
            names("property=auth.specName==Basic&property=createdAt<25"),
            ["c,d"]
        );
        assert_eq!(names("property=name!=a,b"), ["c,d"]);
    }

    #[test]
    fn orderby_sorts_up_and_down() {
        assert_eq!(names("orderby=name"), ["a", "b", "c,d"]);
        assert_eq!(names("orderby=%2Bname"), ["a", "b", "c,d"]);
        assert_eq!(names("orderby=+name"), ["a", "b", "c,d"]);
        assert_eq!(names("orderby=-createdAt"), ["b", "c,d", "a"]);
    }

    #[test]
    fn pages_follow_their_tokens_to_the_end() {
        let first = ListQuery::parse(Some("limit=2&orderby=name"))
            .unwrap()
            .page(items(), 50);
        let token = first.next.unwrap();

        let query = format!("continuationToken={token}");
        let second = ListQuery::parse(Some(&query)).unwrap().page(items(), 50);

        assert_eq!(first.items.len(), 2);
        assert_eq!(second.items, vec![items()[2].1.clone()]);
        assert!(second.next.is_none());
    }

    #[test]
    fn bad_queries_are_refused_not_panicked_on() {
        for query in [
            "property=name",
            "property===a",
            "property=name==\"open",
            "property=na me==a",
            "property=name==a,,b",
            "limit=0",
            "limit=99999999999999999999999",
            "limit=-1",
            "count=yes",
            "orderby=",
            "continuationToken=zz",
            "continuationToken=abc",
        ] {
            assert!(
                matches!(ListQuery::parse(Some(query)), Err(QueryError::Invalid(_))),
                "{query}"
            );
        }
    }

    #[test]
    fn limit_with_count_is_its_own_error() {
        assert_eq!(
            ListQuery::parse(Some("count=true&limit=2")).unwrap_err(),
            QueryError::LimitWithCount
        );
    }
}
