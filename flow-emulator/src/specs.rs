//! `GET /connectionSpecs` and `GET /connectionSpecs/{id}`.

use std::sync::Arc;

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use flow_client::wire::{Count, Items};
use http::StatusCode;

use crate::app::Shared;
use crate::problem::{Problem, json};
use crate::query::{ListQuery, QueryError};

/// Lists the served specs, filtered, sorted and paged like connections.
pub(crate) async fn list(State(shared): State<Arc<Shared>>, RawQuery(raw): RawQuery) -> Response {
    let query = match ListQuery::parse(raw.as_deref()) {
        Ok(query) => query,
        Err(error) => return query_problem(error).into_response(),
    };

    let items = shared
        .catalog
        .entries()
        .iter()
        .zip(1..)
        .map(|(entry, seq)| (seq, entry.served.clone()))
        .collect::<Vec<_>>();

    if query.count {
        let count = items.iter().filter(|(_, item)| query.matches(item)).count();
        let count = u64::try_from(count).unwrap_or(u64::MAX);
        return json(StatusCode::OK, &Count { count });
    }

    let page = query.page(items, usize::MAX);
    json(StatusCode::OK, &page.answer("/connectionSpecs"))
}

/// One spec, as a one-element list.
pub(crate) async fn one(
    State(shared): State<Arc<Shared>>,
    id: Result<Path<String>, PathRejection>,
) -> Response {
    let Ok(Path(id)) = id else {
        return Problem::not_found("no connection spec has this id").into_response();
    };

    match shared.catalog.find(&id) {
        Some(entry) => json(
            StatusCode::OK,
            &Items {
                items: vec![entry.served.clone()],
                links: None,
            },
        ),
        None => {
            let message = format!("no connection spec has the id `{id}`");
            Problem::not_found(message).into_response()
        }
    }
}

/// The answer to a query that cannot be run.
pub(crate) fn query_problem(error: QueryError) -> Problem {
    match error {
        QueryError::LimitWithCount => Problem::service(
            StatusCode::BAD_REQUEST,
            1401,
            "Invalid request",
            "the limit and count parameters cannot be given together",
        ),
        QueryError::Invalid(message) => Problem::invalid(message),
    }
}
