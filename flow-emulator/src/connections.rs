//! Base connections: create, list, read, update, delete and test.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::Extension;
use axum::extract::rejection::{BytesRejection, PathRejection};
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use flow_client::secret::zeroize_json;
use flow_client::wire::{
    Connection, ConnectionAuth, Count, Created, Items, NewConnection, PatchOperation, SpecRef,
    TestResult,
};
use http::{HeaderMap, HeaderValue, StatusCode, header};
use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::app::Shared;
use crate::body::read_json;
use crate::catalog::Entry;
use crate::gateway::Caller;
use crate::patch::{self, Draft};
use crate::problem::{Problem, json};
use crate::query::ListQuery;
use crate::schema::Refusal;
use crate::secrets::HiddenParams;
use crate::specs::query_problem;
use crate::store::Stored;

/// `POST /connections`.
pub(crate) async fn create(
    State(shared): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Problem> {
    let body = read_json(&headers, body)?;
    let new = new_connection(body)?;

    let entry = shared
        .catalog
        .find(&new.connection_spec.id)
        .ok_or_else(|| {
            Problem::invalid(format!(
                "no connection spec has the id `{}`",
                new.connection_spec.id
            ))
        })?;
    let version = spec_version(entry, new.connection_spec.version.as_deref())?;

    let (auth, hidden) = match new.auth {
        Some(auth) => {
            let (params, hidden) = checked_params(entry, &auth.spec_name, auth.params)?;
            let auth = ConnectionAuth {
                spec_name: auth.spec_name,
                params,
            };
            (Some(auth), hidden)
        }
        None if entry.spec.auth_spec.is_empty() => (None, HiddenParams::default()),
        None => {
            return Err(Problem::invalid(
                "`auth` is required: the spec lists auth specs",
            ));
        }
    };

    let now = epoch_millis();
    let id = uuid::Uuid::new_v4().to_string();
    let etag = new_etag();
    let item = Connection {
        id: id.clone(),
        name: new.name,
        description: new.description,
        connection_spec: Some(SpecRef {
            id: new.connection_spec.id,
            version,
        }),
        state: Some("enabled".to_owned()),
        auth,
        version: Some(etag.clone()),
        etag: Some(etag.clone()),
        created_at: Some(now),
        updated_at: Some(now),
        extra: metadata(&caller),
    };
    shared.store().insert(&caller.sandbox, item, hidden);

    let mut response = json(
        StatusCode::CREATED,
        &Created {
            id: id.clone(),
            etag,
        },
    );
    if let Ok(location) = HeaderValue::from_str(&format!("/connections/{id}")) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

/// `GET /connections`.
pub(crate) async fn list(
    State(shared): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    RawQuery(raw): RawQuery,
) -> Result<Response, Problem> {
    let query = ListQuery::parse(raw.as_deref()).map_err(query_problem)?;

    let items: Vec<(u64, Value)> = shared
        .store()
        .in_sandbox(&caller.sandbox)
        .map(|stored| {
            (
                stored.seq,
                serde_json::to_value(&stored.item).unwrap_or(Value::Null),
            )
        })
        .collect();

    if query.count {
        let count = items.iter().filter(|(_, item)| query.matches(item)).count();
        let count = u64::try_from(count).unwrap_or(u64::MAX);
        return Ok(json(StatusCode::OK, &Count { count }));
    }

    let page = query.page(items, shared.page_size);
    Ok(json(StatusCode::OK, &page.answer("/connections")))
}

/// `GET /connections/{id}`: a one-element list, secrets masked.
pub(crate) async fn one(
    State(shared): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Response, Problem> {
    let id = path_id(id)?;

    let store = shared.store();
    let stored = store
        .get(&caller.sandbox, &id)
        .ok_or_else(|| Problem::connection_not_found(&id))?;

    let answer = Items {
        items: vec![stored.item.clone()],
        links: None,
    };
    Ok(json(StatusCode::OK, &answer))
}

/// `PATCH /connections/{id}`: JSON Patch under `If-Match`.
pub(crate) async fn update(
    State(shared): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    id: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Problem> {
    let id = path_id(id)?;
    let mut store = shared.store();
    let stored = store
        .get_mut(&caller.sandbox, &id)
        .ok_or_else(|| Problem::connection_not_found(&id))?;

    let if_match = headers.get(header::IF_MATCH).ok_or_else(|| {
        Problem::service(
            StatusCode::BAD_REQUEST,
            1403,
            "Header is missing",
            "the header `If-Match` is missing; send the connection's current etag",
        )
    })?;
    check_etag(if_match, stored.item.etag.as_deref())?;

    let operations = patch::operations(read_json(&headers, body)?)?;
    let mut draft = patched(stored, operations)?;
    let params = match draft.params.take() {
        Some(params) => Some(rechecked(&shared, stored, params)?),
        None => None,
    };

    let etag = new_etag();
    let item = &mut stored.item;
    item.name = draft.name;
    item.description = draft.description;
    if let Some((params, hidden)) = params {
        if let Some(auth) = item.auth.as_mut() {
            auth.params = params;
        }
        stored.hidden = hidden;
    }
    item.etag = Some(etag.clone());
    item.version = Some(etag.clone());
    item.updated_at = Some(epoch_millis());
    item.extra
        .insert("updatedBy".to_owned(), json!(created_by(&caller)));
    item.extra
        .insert("updatedClient".to_owned(), json!(caller.client_id));

    Ok(json(StatusCode::OK, &Created { id, etag }))
}

/// The connection's name, description and (when touched) params after `operations`.
fn patched(stored: &Stored, operations: Vec<PatchOperation>) -> Result<Draft, Problem> {
    let mut draft = Draft {
        name: stored.item.name.clone(),
        description: stored.item.description.clone(),
        params: None,
    };
    let masked = stored
        .item
        .auth
        .as_ref()
        .map_or(Value::Null, |auth| auth.params.clone());

    for operation in operations {
        if let Err(problem) = patch::apply(&mut draft, operation, || stored.hidden.reveal(&masked))
        {
            if let Some(params) = draft.params.as_mut() {
                zeroize_json(params);
            }
            return Err(problem);
        }
    }
    Ok(draft)
}

/// Checks patched params against the connection's own auth spec; answers them masked.
fn rechecked(
    shared: &Shared,
    stored: &Stored,
    mut params: Value,
) -> Result<(Value, HiddenParams), Problem> {
    let spec_name = stored
        .item
        .auth
        .as_ref()
        .map(|auth| auth.spec_name.as_str())
        .unwrap_or_default();
    let spec_id = stored
        .item
        .connection_spec
        .as_ref()
        .map(|spec| spec.id.as_str())
        .unwrap_or_default();

    let Some(entry) = shared.catalog.find(spec_id) else {
        zeroize_json(&mut params);
        return Err(Problem::invalid(format!(
            "no connection spec has the id `{spec_id}`"
        )));
    };
    checked_params(entry, spec_name, params)
}

/// `DELETE /connections/{id}`: 204 with no body; a stale `If-Match`, when sent, is refused.
pub(crate) async fn remove(
    State(shared): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    id: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
) -> Result<Response, Problem> {
    let id = path_id(id)?;
    let mut store = shared.store();
    let stored = store
        .get(&caller.sandbox, &id)
        .ok_or_else(|| Problem::connection_not_found(&id))?;

    if let Some(if_match) = headers.get(header::IF_MATCH) {
        check_etag(if_match, stored.item.etag.as_deref())?;
    }

    store.remove(&caller.sandbox, &id);
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `GET /connections/{id}/test`.
pub(crate) async fn test(
    State(shared): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Response, Problem> {
    let id = path_id(id)?;

    if shared.store().get(&caller.sandbox, &id).is_none() {
        return Err(Problem::connection_not_found(&id));
    }
    Ok(json(StatusCode::OK, &TestResult { result: true }))
}

/// Reads a create body, listing every field that is missing or of the wrong type.
fn new_connection(mut body: Value) -> Result<NewConnection, Problem> {
    let mut problems = Vec::new();
    let mut expect = |pointer: &str, ok: bool, what: &str| {
        if !ok {
            problems.push(json!({"pointer": pointer, "message": format!("must be {what}")}));
        }
    };

    let is_text =
        |value: Option<&Value>| value.and_then(Value::as_str).is_some_and(|s| !s.is_empty());
    let is_optional_text =
        |value: Option<&Value>| value.is_none_or(|v| v.is_null() || v.is_string());

    expect("", body.is_object(), "a JSON object");
    if body.is_object() {
        expect("/name", is_text(body.get("name")), "a non-empty string");
        expect(
            "/description",
            is_optional_text(body.get("description")),
            "a string",
        );
        // `auth` may be absent, for a spec that lists no auth spec; the spec decides later.
        if let Some(auth) = body.get("auth") {
            expect("/auth", auth.is_object(), "an object");
            expect(
                "/auth/specName",
                is_text(body.pointer("/auth/specName")),
                "a non-empty string",
            );
        }
        expect(
            "/connectionSpec",
            body.get("connectionSpec").is_some_and(Value::is_object),
            "an object",
        );
        expect(
            "/connectionSpec/id",
            is_text(body.pointer("/connectionSpec/id")),
            "a non-empty string",
        );
        expect(
            "/connectionSpec/version",
            is_optional_text(body.pointer("/connectionSpec/version")),
            "a string",
        );
    }

    let invalid = || Problem::invalid("the body is not a valid connection");
    let read = if problems.is_empty() {
        NewConnection::deserialize(&body).map_err(|_| invalid())
    } else {
        Err(invalid().with_details(Value::Array(problems)))
    };
    zeroize_json(&mut body);
    read
}

/// The spec version a new connection records; a version the spec does not have is refused.
fn spec_version(entry: &Entry, asked: Option<&str>) -> Result<Option<String>, Problem> {
    match (asked, entry.spec.version.as_deref()) {
        (Some(asked), Some(served)) if asked != served => Err(Problem::invalid(format!(
            "connection spec `{}` has version `{served}`, not `{asked}`",
            entry.spec.name
        ))),
        (Some(asked), _) => Ok(Some(asked.to_owned())),
        (None, served) => Ok(served.map(str::to_owned)),
    }
}

/// Checks `params` against the auth spec `spec_name` of `entry`, then takes its secrets out.
/// Refused params are zeroed before they are dropped.
fn checked_params(
    entry: &Entry,
    spec_name: &str,
    mut params: Value,
) -> Result<(Value, HiddenParams), Problem> {
    match check_params(entry, spec_name, &mut params) {
        Ok(hidden) => Ok((params, hidden)),
        Err(problem) => {
            zeroize_json(&mut params);
            Err(problem)
        }
    }
}

fn check_params(
    entry: &Entry,
    spec_name: &str,
    params: &mut Value,
) -> Result<HiddenParams, Problem> {
    let Some(schema) = entry.auth(spec_name) else {
        let known: Vec<&str> = entry
            .spec
            .auth_spec
            .iter()
            .map(|auth| auth.name.as_str())
            .collect();
        return Err(Problem::service(
            StatusCode::BAD_REQUEST,
            1415,
            "Invalid request",
            format!(
                "connection spec `{}` has no auth spec of the name sent; it has: {}",
                entry.spec.name,
                if known.is_empty() {
                    "none".to_owned()
                } else {
                    known.join(", ")
                },
            ),
        ));
    };

    match schema.check(params) {
        Ok(()) => Ok(HiddenParams::take(params, schema.secret_paths())),
        Err(Refusal::Unusable(reason)) => Err(Problem::invalid(format!(
            "auth spec `{spec_name}` cannot be used: {reason}"
        ))),
        Err(Refusal::Invalid(violations)) => {
            let count = violations.len();
            let details = serde_json::to_value(&violations).unwrap_or(Value::Null);
            Err(Problem::invalid(format!(
                "the auth params break the schema of auth spec `{spec_name}` ({count} {})",
                if count == 1 {
                    "violation"
                } else {
                    "violations"
                }
            ))
            .with_details(details))
        }
    }
}

fn check_etag(if_match: &HeaderValue, current: Option<&str>) -> Result<(), Problem> {
    if current.is_some_and(|etag| etag.as_bytes() == if_match.as_bytes()) {
        return Ok(());
    }
    Err(Problem::service(
        StatusCode::PRECONDITION_FAILED,
        1404,
        "Version not matching",
        "the etag in `If-Match` is not the connection's current etag; read it again",
    ))
}

fn path_id(id: Result<Path<String>, PathRejection>) -> Result<String, Problem> {
    id.map(|Path(id)| id)
        .map_err(|_| Problem::not_found("the connection id in the path is not readable"))
}

fn metadata(caller: &Caller) -> Map<String, Value> {
    let sandbox_id = uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, caller.sandbox.as_bytes());
    let mut extra = Map::new();
    extra.insert("createdBy".to_owned(), json!(created_by(caller)));
    extra.insert("createdClient".to_owned(), json!(caller.client_id));
    extra.insert("updatedBy".to_owned(), json!(created_by(caller)));
    extra.insert("updatedClient".to_owned(), json!(caller.client_id));
    extra.insert("sandboxId".to_owned(), json!(sandbox_id.to_string()));
    extra.insert("sandboxName".to_owned(), json!(caller.sandbox));
    extra.insert("imsOrgId".to_owned(), json!(caller.org_id));
    extra
}

fn created_by(caller: &Caller) -> String {
    format!("{}@AdobeID", caller.client_id)
}

fn new_etag() -> String {
    format!("\"{}\"", uuid::Uuid::new_v4())
}

fn epoch_millis() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| {
            i64::try_from(elapsed.as_millis()).unwrap_or(i64::MAX)
        })
}
