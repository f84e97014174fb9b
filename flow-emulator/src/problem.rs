//! Error answers in the shapes the real service uses, and the request id they carry.

use std::future::Future;

use axum::response::{IntoResponse, Response};
use flow_client::wire::{GatewayError, ServiceError, ServiceErrorReport};
use http::{HeaderValue, StatusCode, header};
use serde::Serialize;
use serde_json::Value;

tokio::task_local! {
    static REQUEST_ID: String;
}

/// Runs `future` with `id` as the request id its error answers report.
pub(crate) async fn with_request_id<F: Future>(id: String, future: F) -> F::Output {
    REQUEST_ID.scope(id, future).await
}

/// The id of the request being handled, or a fresh one outside of a request.
pub(crate) fn request_id() -> String {
    REQUEST_ID
        .try_with(Clone::clone)
        .unwrap_or_else(|_| uuid::Uuid::new_v4().to_string())
}

/// An answer that is not a success.
#[derive(Debug)]
pub(crate) struct Problem(Box<Kind>);

#[derive(Debug)]
enum Kind {
    /// Flow Service's own shape, with a `NNNN-HTTP` code.
    Service {
        status: StatusCode,
        code: String,
        title: &'static str,
        message: String,
        details: Option<Value>,
    },
    /// The API gateway's shape: `{"error_code", "message"}`.
    Gateway {
        status: StatusCode,
        code: &'static str,
        message: &'static str,
    },
    /// The problem-details shape the service uses for an unsupported content type.
    MediaType,
}

impl Problem {
    /// A Flow Service error whose code ends with the status, such as `1415-400`.
    pub(crate) fn service(
        status: StatusCode,
        number: u16,
        title: &'static str,
        message: impl Into<String>,
    ) -> Self {
        Self(Box::new(Kind::Service {
            status,
            code: format!("{number}-{}", status.as_u16()),
            title,
            message: message.into(),
            details: None,
        }))
    }

    /// `1100-400`: a request the service cannot use.
    pub(crate) fn invalid(message: impl Into<String>) -> Self {
        Self::service(StatusCode::BAD_REQUEST, 1100, "Invalid request", message)
    }

    /// `1439-404`: no connection with this id.
    pub(crate) fn connection_not_found(id: &str) -> Self {
        Self::service(
            StatusCode::NOT_FOUND,
            1439,
            "Resource not found",
            format!("no connection with id `{id}` exists in this sandbox"),
        )
    }

    /// `1101-404`: nothing at this address.
    pub(crate) fn not_found(message: impl Into<String>) -> Self {
        Self::service(StatusCode::NOT_FOUND, 1101, "Resource not found", message)
    }

    /// A gateway error.
    pub(crate) fn gateway(status: StatusCode, code: &'static str, message: &'static str) -> Self {
        Self(Box::new(Kind::Gateway {
            status,
            code,
            message,
        }))
    }

    /// 415: the body is not sent as JSON.
    pub(crate) fn media_type() -> Self {
        Self(Box::new(Kind::MediaType))
    }

    /// Adds `errorDetails` to a Flow Service error.
    pub(crate) fn with_details(mut self, value: Value) -> Self {
        if let Kind::Service { details, .. } = self.0.as_mut() {
            *details = Some(value);
        }
        self
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        match *self.0 {
            Kind::Service {
                status,
                code,
                title,
                message,
                details,
            } => {
                let body = ServiceError {
                    kind: Some(format!("https://ns.adobe.com/aep/errors/FLOW-{code}")),
                    title: Some(title.to_owned()),
                    status: Some(status.as_u16()),
                    report: Some(ServiceErrorReport {
                        detailed_message: Some(message.clone()),
                        request_id: Some(request_id()),
                    }),
                    error_message: Some(message),
                    error_details: details,
                    detail: None,
                };
                json(status, &body)
            }
            Kind::Gateway {
                status,
                code,
                message,
            } => {
                let body = GatewayError {
                    error_code: code.to_owned(),
                    message: message.to_owned(),
                };
                json(status, &body)
            }
            Kind::MediaType => {
                let body = ServiceError {
                    kind: Some("about:blank".to_owned()),
                    title: Some("Unsupported Media Type".to_owned()),
                    status: Some(415),
                    report: None,
                    error_message: None,
                    error_details: None,
                    detail: Some("the body must be sent as `application/json`".to_owned()),
                };
                json(StatusCode::UNSUPPORTED_MEDIA_TYPE, &body)
            }
        }
    }
}

/// A JSON answer.
pub(crate) fn json(status: StatusCode, body: &impl Serialize) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => {
            let mut response = (status, bytes).into_response();
            response.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            response
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    async fn body_of(problem: Problem) -> (StatusCode, Value) {
        let response = problem.into_response();
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        (status, serde_json::from_slice(&bytes).unwrap())
    }

    #[tokio::test]
    async fn service_errors_carry_code_report_and_request_id() {
        let problem = Problem::service(StatusCode::BAD_REQUEST, 1415, "Invalid request", "nope");

        let (status, body) = with_request_id("rid-1".to_owned(), body_of(problem)).await;

        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(
            body["type"],
            "https://ns.adobe.com/aep/errors/FLOW-1415-400"
        );
        assert_eq!(body["status"], 400);
        assert_eq!(body["report"]["request-id"], "rid-1");
        assert_eq!(body["report"]["detailed-message"], "nope");
        assert_eq!(body["errorMessage"], "nope");
    }

    #[tokio::test]
    async fn gateway_errors_have_their_own_shape() {
        let problem = Problem::gateway(
            StatusCode::UNAUTHORIZED,
            "401013",
            "Oauth token is not valid",
        );

        let (status, body) = body_of(problem).await;

        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_eq!(
            body,
            serde_json::json!({"error_code": "401013", "message": "Oauth token is not valid"})
        );
    }
}
