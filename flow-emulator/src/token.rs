//! The token endpoint (`POST /ims/token/v3`) and the tokens it has issued.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use axum::response::Response;
use bytes::Bytes;
use flow_client::Secret;
use http::StatusCode;
use serde_json::json;

use crate::app::Shared;
use crate::problem::json;

/// The tokens issued so far, each with the moment it stops working.
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    issued: Mutex<Vec<(Secret, Instant)>>,
}

impl Tokens {
    /// Issues a new token that works for `lifetime`.
    pub(crate) fn issue(&self, lifetime: Duration) -> Secret {
        let token = Secret::from(format!("emulator-{}", uuid::Uuid::new_v4().simple()));
        let now = Instant::now();
        let expiry = now
            .checked_add(lifetime)
            .or_else(|| now.checked_add(Duration::from_secs(86_400 * 365)))
            .unwrap_or(now);

        let mut issued = self.lock();
        issued.retain(|(_, expiry)| *expiry > Instant::now());
        issued.push((token.clone(), expiry));
        token
    }

    /// Whether `token` was issued here, is not expired and was not revoked.
    pub(crate) fn accepts(&self, token: &str) -> bool {
        let now = Instant::now();
        self.lock()
            .iter()
            .any(|(issued, expiry)| *expiry > now && issued.expose_secret() == token)
    }

    /// Revokes every issued token.
    pub(crate) fn revoke_all(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(Secret, Instant)>> {
        self.issued.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// `POST /ims/token/v3`: the client-credentials grant.
pub(crate) async fn issue(
    State(shared): State<Arc<Shared>>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let Ok(body) = body else {
        return refuse(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "the body could not be read",
        );
    };

    let field = |name: &str| {
        url::form_urlencoded::parse(&body)
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.into_owned())
    };
    let credentials = &shared.credentials;

    match field("client_id") {
        None => {
            return refuse(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "missing client_id",
            );
        }
        Some(id) if id != credentials.client_id => {
            return refuse(
                StatusCode::BAD_REQUEST,
                "invalid_client",
                "invalid client_id",
            );
        }
        Some(_) => {}
    }

    if field("client_secret").as_deref() != Some(credentials.client_secret.as_str()) {
        return refuse(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "invalid client_secret",
        );
    }

    if field("grant_type").as_deref() != Some("client_credentials") {
        return refuse(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            "only client_credentials is supported",
        );
    }

    let token = shared.tokens.issue(credentials.token_lifetime);
    let body = json!({
        "access_token": token.expose_secret(),
        "token_type": "bearer",
        "expires_in": credentials.token_lifetime.as_secs(),
    });
    json(StatusCode::OK, &body)
}

fn refuse(status: StatusCode, error: &str, description: &str) -> Response {
    json(
        status,
        &json!({"error": error, "error_description": description}),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issued_tokens_work_until_revoked() {
        let tokens = Tokens::default();

        let token = tokens.issue(Duration::from_secs(60));

        assert!(tokens.accepts(token.expose_secret()));
        assert!(!tokens.accepts("something else"));
        tokens.revoke_all();
        assert!(!tokens.accepts(token.expose_secret()));
    }

    #[test]
    fn a_token_without_lifetime_never_works() {
        let tokens = Tokens::default();

        let token = tokens.issue(Duration::ZERO);

        assert!(!tokens.accepts(token.expose_secret()));
    }
}
