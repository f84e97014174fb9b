//! The router: which handler answers which route, and the state they share.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use axum::Router;
use axum::http::{Method, Uri};
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use http::StatusCode;

use crate::catalog::Catalog;
use crate::credentials::Credentials;
use crate::faults::Faults;
use crate::problem::Problem;
use crate::store::Store;
use crate::token::Tokens;
use crate::{connections, gateway, specs, token};

/// What every handler can reach.
pub(crate) struct Shared {
    pub catalog: Catalog,
    pub credentials: Credentials,
    pub page_size: usize,
    pub faults: Faults,
    pub tokens: Tokens,
    store: Mutex<Store>,
    requests: Mutex<Vec<(String, String)>>,
}

impl Shared {
    pub(crate) fn new(catalog: Catalog, credentials: Credentials, page_size: usize) -> Self {
        Self {
            catalog,
            credentials,
            page_size: page_size.max(1),
            faults: Faults::default(),
            tokens: Tokens::default(),
            store: Mutex::new(Store::default()),
            requests: Mutex::new(Vec::new()),
        }
    }

    /// The stored connections; held only while no `.await` can happen.
    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Notes a request as seen.
    pub(crate) fn record(&self, method: &str, path: &str) {
        self.requests
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((method.to_owned(), path.to_owned()));
    }

    /// How many requests with this method (any case) and path prefix were seen.
    pub(crate) fn request_count(&self, method: &str, path_prefix: &str) -> usize {
        self.requests
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .filter(|(seen, path)| {
                seen.eq_ignore_ascii_case(method) && path.starts_with(path_prefix)
            })
            .count()
    }
}

/// Every route of the emulator.
pub(crate) fn router(shared: Arc<Shared>) -> Router {
    let flow_service = Router::new()
        .route("/connectionSpecs", get(specs::list))
        .route("/connectionSpecs/{id}", get(specs::one))
        .route(
            "/connections",
            get(connections::list).post(connections::create),
        )
        .route(
            "/connections/{id}",
            get(connections::one)
                .patch(connections::update)
                .delete(connections::remove),
        )
        .route("/connections/{id}/test", get(connections::test))
        .route_layer(from_fn_with_state(shared.clone(), gateway::guard));

    Router::new()
        .route("/ims/token/v3", post(token::issue))
        .merge(flow_service)
        .fallback(no_route)
        .method_not_allowed_fallback(wrong_method)
        .with_state(shared)
}

async fn no_route(method: Method, uri: Uri) -> Response {
    Problem::not_found(format!("there is no route `{method} {}`", uri.path())).into_response()
}

async fn wrong_method(method: Method, uri: Uri) -> Response {
    let message = format!("`{}` does not accept `{method}`", uri.path());
    Problem::service(
        StatusCode::METHOD_NOT_ALLOWED,
        1100,
        "Method not allowed",
        message,
    )
    .into_response()
}
