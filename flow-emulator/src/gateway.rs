//! The API gateway in front of every Flow Service route: token, API key, org and sandbox.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, StatusCode, header};

use crate::app::Shared;
use crate::problem::Problem;

/// Who is calling, as the gateway let them in.
#[derive(Clone, Debug)]
pub(crate) struct Caller {
    /// `x-sandbox-name`.
    pub sandbox: String,
    /// `x-api-key`: the client id.
    pub client_id: String,
    /// `x-gw-ims-org-id`.
    pub org_id: String,
}

/// Lets a request through when its headers are right, answering as the gateway would if not.
pub(crate) async fn guard(
    State(shared): State<Arc<Shared>>,
    mut request: Request,
    next: Next,
) -> Response {
    match admit(&shared, request.headers()) {
        Ok(caller) => {
            request.extensions_mut().insert(caller);
            next.run(request).await
        }
        Err(problem) => problem.into_response(),
    }
}

fn admit(shared: &Shared, headers: &HeaderMap) -> Result<Caller, Problem> {
    let credentials = &shared.credentials;

    let Some(authorization) = text(headers, header::AUTHORIZATION.as_str()) else {
        return Err(Problem::gateway(
            StatusCode::UNAUTHORIZED,
            "403010",
            "Oauth token is missing.",
        ));
    };
    let token = bearer(authorization).unwrap_or_default();
    if token.is_empty() || !(token == credentials.access_token || shared.tokens.accepts(token)) {
        return Err(Problem::gateway(
            StatusCode::UNAUTHORIZED,
            "401013",
            "Oauth token is not valid",
        ));
    }

    let client_id = match text(headers, "x-api-key") {
        None => {
            return Err(Problem::gateway(
                StatusCode::FORBIDDEN,
                "403000",
                "Api Key is required",
            ));
        }
        Some(key) if key != credentials.client_id => {
            return Err(Problem::gateway(
                StatusCode::FORBIDDEN,
                "403003",
                "Api Key is invalid",
            ));
        }
        Some(key) => key.to_owned(),
    };

    let org_id = match text(headers, "x-gw-ims-org-id") {
        None => {
            return Err(Problem::gateway(
                StatusCode::BAD_REQUEST,
                "400003",
                "Missing x-gw-ims-org-id header",
            ));
        }
        Some(org) if org != credentials.org_id => {
            return Err(Problem::gateway(
                StatusCode::FORBIDDEN,
                "403025",
                "Profile is not valid",
            ));
        }
        Some(org) => org.to_owned(),
    };

    let Some(sandbox) = text(headers, "x-sandbox-name") else {
        return Err(Problem::service(
            StatusCode::BAD_REQUEST,
            2105,
            "Sandbox header is missing",
            "the header `x-sandbox-name` is missing; send the name of the sandbox to work in",
        ));
    };

    Ok(Caller {
        sandbox: sandbox.to_owned(),
        client_id,
        org_id,
    })
}

/// A header's value, when it is present, readable and not blank.
fn text<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get(name)
        .and_then(|value| value.to_str().ok())
        .map(str::trim)
        .filter(|value| !value.is_empty())
}

fn bearer(authorization: &str) -> Option<&str> {
    let (scheme, token) = authorization.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then_some(token.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_tokens_are_read_in_any_case() {
        assert_eq!(bearer("Bearer abc"), Some("abc"));
        assert_eq!(bearer("bearer  abc "), Some("abc"));
        assert_eq!(bearer("Basic abc"), None);
        assert_eq!(bearer("abc"), None);
    }
}
