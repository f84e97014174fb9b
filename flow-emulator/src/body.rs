//! Reading a JSON request body without trusting it.

use axum::extract::rejection::BytesRejection;
use bytes::Bytes;
use http::{HeaderMap, header};
use serde_json::Value;
use zeroize::Zeroize;

use crate::problem::Problem;

/// The body as JSON, once its content type says JSON and it parses.
///
/// Parse errors name the line and column only: serde's messages can quote the input, which
/// may hold a password.
pub(crate) fn read_json(
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Value, Problem> {
    if !is_json(headers) {
        return Err(Problem::media_type());
    }

    let body = body.map_err(|rejection| {
        Problem::service(
            rejection.status(),
            1100,
            "Invalid request",
            "the body could not be read",
        )
    })?;

    let parsed = serde_json::from_slice(&body).map_err(|error| {
        Problem::invalid(format!(
            "the body is not valid JSON (line {}, column {})",
            error.line(),
            error.column()
        ))
    });

    // The body may hold a password: its bytes are zeroed once read, when no one else holds
    // them.
    if let Ok(mut bytes) = body.try_into_mut() {
        bytes.as_mut().zeroize();
    }
    parsed
}

fn is_json(headers: &HeaderMap) -> bool {
    let Some(content_type) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
    else {
        return false;
    };

    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

#[cfg(test)]
mod tests {
    use http::HeaderValue;

    use super::*;

    fn with_type(content_type: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
        headers
    }

    #[test]
    fn json_content_types_are_recognised() {
        assert!(is_json(&with_type("application/json")));
        assert!(is_json(&with_type("Application/JSON; charset=utf-8")));
        assert!(is_json(&with_type("application/json-patch+json")));
        assert!(!is_json(&with_type("text/plain")));
        assert!(!is_json(&HeaderMap::new()));
    }

    #[test]
    fn parse_errors_do_not_quote_the_body() {
        let body = Ok(Bytes::from_static(b"{\"password\": hunter2}"));

        let problem = read_json(&with_type("application/json"), body);

        let text = format!("{problem:?}");
        assert!(text.contains("line 1"), "{text}");
        assert!(!text.contains("hunter2"), "{text}");
    }
}
