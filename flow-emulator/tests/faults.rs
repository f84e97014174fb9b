//! Injected faults: delays, error answers and dropped connections.

#![allow(clippy::unwrap_used)]

mod support;

use std::time::Duration;

use flow_emulator::Fault;
use reqwest::{Method, StatusCode};
use serde_json::json;
use support::{Api, assert_gateway_error, assert_service_error, dynamics_body, read};

#[tokio::test]
async fn drop_before_handling_fails_the_call_and_changes_nothing() {
    let api = Api::start().await;
    api.emulator
        .faults()
        .inject("POST", "/connections", Fault::DropBeforeHandling, 1);

    let result = api
        .request(Method::POST, "/connections")
        .json(&dynamics_body("never", "hunter2"))
        .send()
        .await;

    let error = result.unwrap_err();
    assert!(error.is_request() || error.is_connect(), "{error:?}");
    assert!(api.emulator.connections().await.is_empty());
    assert_eq!(api.emulator.request_count("POST", "/connections"), 1);

    api.create_dynamics("after the fault", "hunter2").await;
    assert_eq!(api.emulator.connections().await.len(), 1);
}

#[tokio::test]
async fn drop_after_handling_fails_the_call_but_the_change_is_made() {
    let api = Api::start().await;
    api.emulator
        .faults()
        .inject("POST", "/connections", Fault::DropAfterHandling, 1);

    let result = api
        .request(Method::POST, "/connections")
        .json(&dynamics_body("made anyway", "hunter2"))
        .send()
        .await;

    assert!(result.is_err(), "{result:?}");
    let stored = api.emulator.connections().await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].name, "made anyway");
}

#[tokio::test]
async fn drop_after_handling_applies_to_updates_too() {
    let api = Api::start().await;
    let (id, etag) = api.create_dynamics("before", "hunter2").await;
    let path = format!("/connections/{id}");
    api.emulator
        .faults()
        .inject("PATCH", "/connections/", Fault::DropAfterHandling, 1);

    let result = api
        .request(Method::PATCH, &path)
        .header("If-Match", &etag)
        .json(&json!([{"op": "replace", "path": "/name", "value": "after"}]))
        .send()
        .await;

    assert!(result.is_err());
    let (_, body) = api.get(&path).await;
    assert_eq!(body["items"][0]["name"], "after");
    assert_ne!(body["items"][0]["etag"], etag.as_str());
}

#[tokio::test]
async fn rate_limiting_answers_429_with_retry_after() {
    let api = Api::start().await;
    api.emulator.faults().inject(
        "GET",
        "/connections",
        Fault::RateLimited {
            retry_after_secs: 7,
        },
        1,
    );

    let response = api
        .request(Method::GET, "/connections")
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(response.headers()["retry-after"], "7");
    assert!(response.headers().contains_key("x-request-id"));
    let (_, body) = read(response).await;
    assert_gateway_error(&body, "429050");

    let (status, _) = api.get("/connections").await;
    assert_eq!(status, StatusCode::OK, "the fault was used up");
}

#[tokio::test]
async fn status_faults_answer_flow_service_errors_without_handling() {
    let api = Api::start().await;
    let faults = api.emulator.faults();
    faults.inject("POST", "/connections", Fault::Status(503), 1);
    faults.inject("POST", "/connections", Fault::Status(502), 1);
    faults.inject("POST", "/connections", Fault::Status(504), 1);
    faults.inject("POST", "/connections", Fault::Status(500), 1);
    faults.inject("POST", "/connections", Fault::Status(7), 1);

    for (status, code) in [
        (503, "1103-503"),
        (502, "1102-502"),
        (504, "1104-504"),
        (500, "1102-500"),
        (500, "1102-500"),
    ] {
        let (answered, body) = api
            .post("/connections", &dynamics_body("x", "hunter2"))
            .await;
        assert_eq!(answered.as_u16(), status);
        assert_service_error(&body, code);
    }

    assert!(api.emulator.connections().await.is_empty());
    assert_eq!(api.emulator.request_count("post", "/connections"), 5);
}

#[tokio::test]
async fn a_delay_still_handles_the_request() {
    let api = Api::start().await;
    api.emulator.faults().inject(
        "POST",
        "/connections",
        Fault::Delay(Duration::from_millis(300)),
        1,
    );

    let started = std::time::Instant::now();
    api.create_dynamics("late", "hunter2").await;
    let delayed = started.elapsed();

    // Only a lower bound: a delay cannot make an answer come sooner, whatever the load.
    assert!(delayed >= Duration::from_millis(300), "{delayed:?}");
    assert_eq!(api.emulator.connections().await.len(), 1);
}

#[tokio::test]
async fn faults_apply_only_where_aimed_and_clear_removes_them() {
    let api = Api::start().await;
    api.emulator
        .faults()
        .inject("DELETE", "/connections", Fault::Status(503), 3);
    api.emulator
        .faults()
        .inject("GET", "/connectionSpecs", Fault::Status(503), 3);

    let (status, _) = api.get("/connections").await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = api.get("/connectionSpecs").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);

    api.emulator.faults().clear();
    let (status, _) = api.get("/connectionSpecs").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn request_counts_tell_methods_and_paths_apart() {
    let api = Api::start().await;
    let (id, _) = api.create_dynamics("counted", "hunter2").await;

    api.get("/connections").await;
    api.get(&format!("/connections/{id}")).await;
    api.get("/connectionSpecs").await;

    assert_eq!(api.emulator.request_count("POST", "/connections"), 1);
    assert_eq!(api.emulator.request_count("GET", "/connections"), 2);
    assert_eq!(api.emulator.request_count("GET", "/connection"), 3);
    assert_eq!(api.emulator.request_count("DELETE", "/"), 0);
}

#[tokio::test]
async fn shutdown_stops_serving() {
    let api = Api::start().await;
    let url = api.url("/connections");

    api.emulator.shutdown().await;

    assert!(api.http.get(&url).send().await.is_err());
}
