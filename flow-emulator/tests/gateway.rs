//! The gateway in front of the Flow Service routes, and the token endpoint.

#![allow(clippy::unwrap_used)]

mod support;

use std::time::Duration;

use flow_emulator::{Credentials, Emulator};
use reqwest::{Method, StatusCode};
use serde_json::Value;
use support::{Api, SPECS, assert_gateway_error, assert_service_error, read};

async fn fetch_token(api: &Api, form: &[(&str, &str)]) -> (StatusCode, Value) {
    let response = api
        .http
        .post(api.emulator.token_url())
        .form(form)
        .send()
        .await
        .unwrap();
    read(response).await
}

fn good_form(credentials: &Credentials) -> Vec<(&'static str, String)> {
    vec![
        ("grant_type", "client_credentials".to_owned()),
        ("client_id", credentials.client_id.clone()),
        ("client_secret", credentials.client_secret.clone()),
        ("scope", "openid,AdobeID,read_organizations".to_owned()),
    ]
}

async fn get_with_token(api: &Api, token: &str) -> StatusCode {
    let credentials = api.emulator.credentials();
    api.http
        .get(api.url("/connections"))
        .bearer_auth(token)
        .header("x-api-key", &credentials.client_id)
        .header("x-gw-ims-org-id", &credentials.org_id)
        .header("x-sandbox-name", "prod")
        .send()
        .await
        .unwrap()
        .status()
}

async fn issue(api: &Api) -> String {
    let form = good_form(api.emulator.credentials());
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, body) = fetch_token(api, &form).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body["access_token"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_token_endpoint_issues_bearer_tokens_that_work() {
    let api = Api::start().await;
    let form = good_form(api.emulator.credentials());
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();

    let (status, body) = fetch_token(&api, &form).await;

    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["token_type"], "bearer");
    assert_eq!(body["expires_in"], 86_399);
    let token = body["access_token"].as_str().unwrap();
    assert_ne!(token, api.emulator.credentials().access_token);
    assert_eq!(get_with_token(&api, token).await, StatusCode::OK);
}

#[tokio::test]
async fn the_token_endpoint_refuses_bad_clients() {
    let api = Api::start().await;
    let credentials = api.emulator.credentials().clone();

    let (status, body) = fetch_token(
        &api,
        &[
            ("grant_type", "client_credentials"),
            ("client_id", "someone-else"),
            ("client_secret", &credentials.client_secret),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"], "invalid_client");
    assert!(body["error_description"].is_string());

    let (status, body) = fetch_token(
        &api,
        &[
            ("grant_type", "client_credentials"),
            ("client_id", &credentials.client_id),
            ("client_secret", "wrong"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"], "invalid_client");

    let (status, body) = fetch_token(
        &api,
        &[
            ("grant_type", "password"),
            ("client_id", &credentials.client_id),
            ("client_secret", &credentials.client_secret),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"], "unsupported_grant_type");
}

#[tokio::test]
async fn revoked_tokens_answer_401_but_the_static_token_keeps_working() {
    let api = Api::start().await;
    let token = issue(&api).await;

    api.emulator.revoke_tokens();

    assert_eq!(get_with_token(&api, &token).await, StatusCode::UNAUTHORIZED);
    let static_token = api.emulator.credentials().access_token.clone();
    assert_eq!(get_with_token(&api, &static_token).await, StatusCode::OK);
    let fresh = issue(&api).await;
    assert_eq!(get_with_token(&api, &fresh).await, StatusCode::OK);
}

#[tokio::test]
async fn expired_tokens_answer_401() {
    let credentials = Credentials {
        token_lifetime: Duration::ZERO,
        ..Credentials::default()
    };
    let api = Api::with(Emulator::new(SPECS).with_credentials(credentials)).await;

    let token = issue(&api).await;

    assert_eq!(get_with_token(&api, &token).await, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn missing_or_wrong_headers_get_the_gateway_answers() {
    let api = Api::start().await;
    let credentials = api.emulator.credentials().clone();
    let url = api.url("/connections");

    let (status, body) = read(api.http.get(&url).send().await.unwrap()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_gateway_error(&body, "403010");
    assert_eq!(body["message"], "Oauth token is missing.");

    let request = api.http.get(&url).bearer_auth("not-a-token");
    let (status, body) = read(request.send().await.unwrap()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_gateway_error(&body, "401013");

    let request = api.http.get(&url).header("Authorization", "Basic abc");
    let (status, body) = read(request.send().await.unwrap()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_gateway_error(&body, "401013");

    let authorized = || api.http.get(&url).bearer_auth(&credentials.access_token);
    let (status, body) = read(authorized().send().await.unwrap()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_gateway_error(&body, "403000");

    let request = authorized().header("x-api-key", "someone-else");
    let (status, body) = read(request.send().await.unwrap()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_gateway_error(&body, "403003");

    let with_key = || authorized().header("x-api-key", &credentials.client_id);
    let (status, body) = read(with_key().send().await.unwrap()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_gateway_error(&body, "400003");

    let with_org = || with_key().header("x-gw-ims-org-id", &credentials.org_id);
    let (status, body) = read(with_org().send().await.unwrap()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_service_error(&body, "2105-400");

    let (status, _) = read(
        with_org()
            .header("x-sandbox-name", "dev")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn the_token_endpoint_needs_no_gateway_headers_but_specs_do() {
    let api = Api::start().await;

    let request = api.http.get(api.url("/connectionSpecs"));
    let (status, body) = read(request.send().await.unwrap()).await;

    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_gateway_error(&body, "403010");
}

#[tokio::test]
async fn every_answer_carries_a_request_id() {
    let api = Api::start().await;

    let ok = api
        .request(Method::GET, "/connections")
        .send()
        .await
        .unwrap();
    let refused = api.http.get(api.url("/connections")).send().await.unwrap();
    let unknown = api.http.get(api.url("/nowhere")).send().await.unwrap();
    let echoed = api
        .request(Method::GET, "/connections/nope")
        .header("x-request-id", "my-request-1")
        .send()
        .await
        .unwrap();

    for response in [&ok, &refused, &unknown] {
        let id = response.headers()["x-request-id"].to_str().unwrap();
        assert_eq!(id.len(), 36, "{id}");
    }
    assert_eq!(echoed.headers()["x-request-id"], "my-request-1");
    let (_, body) = read(echoed).await;
    assert_eq!(body["report"]["request-id"], "my-request-1");
}

#[tokio::test]
async fn unknown_routes_and_methods_answer_json() {
    let api = Api::start().await;

    let (status, body) = read(api.http.get(api.url("/flows")).send().await.unwrap()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_service_error(&body, "1101-404");

    let request = api.request(Method::PUT, "/connections");
    let (status, body) = read(request.send().await.unwrap()).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_service_error(&body, "1100-405");
}
