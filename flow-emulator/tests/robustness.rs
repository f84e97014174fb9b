//! Whatever arrives, the emulator answers and stays up.

#![allow(clippy::unwrap_used)]

mod support;

use reqwest::{Method, StatusCode};
use support::{Api, dynamics_body};

#[tokio::test]
async fn hostile_requests_get_answers_not_crashes() {
    let api = Api::start().await;
    let (id, etag) = api.create_dynamics("survivor", "hunter2").await;
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let huge_number = format!("{{\"name\": 1e999999, \"n\": {}}}", "9".repeat(5_000));
    let long_query = format!("/connections?property=name=={}", "a".repeat(20_000));

    let cases: Vec<(Method, String, Vec<u8>, &str)> = vec![
        (
            Method::POST,
            "/connections".into(),
            deep.clone().into_bytes(),
            "application/json",
        ),
        (
            Method::POST,
            "/connections".into(),
            huge_number.into_bytes(),
            "application/json",
        ),
        (
            Method::POST,
            "/connections".into(),
            vec![0xff, 0xfe, 0x00],
            "application/json",
        ),
        (
            Method::POST,
            "/connections".into(),
            Vec::new(),
            "application/json",
        ),
        (
            Method::POST,
            "/connections".into(),
            b"null".to_vec(),
            "application/json",
        ),
        (
            Method::POST,
            "/connections".into(),
            b"{}".to_vec(),
            "application/xml",
        ),
        (
            Method::PATCH,
            format!("/connections/{id}"),
            deep.into_bytes(),
            "application/json",
        ),
        (
            Method::PATCH,
            format!("/connections/{id}"),
            b"[{}]".to_vec(),
            "application/json",
        ),
        (
            Method::PATCH,
            format!("/connections/{id}"),
            b"{\"op\":1}".to_vec(),
            "application/json",
        ),
        (
            Method::GET,
            "/connections/%FF%FE".into(),
            Vec::new(),
            "text/plain",
        ),
        (
            Method::GET,
            "/connections/a/b/c/d".into(),
            Vec::new(),
            "text/plain",
        ),
        (
            Method::GET,
            "/connections?property=%FF".into(),
            Vec::new(),
            "text/plain",
        ),
        (
            Method::DELETE,
            "/connectionSpecs".into(),
            Vec::new(),
            "text/plain",
        ),
        (
            Method::POST,
            "/ims/token/v3".into(),
            vec![0xff; 64],
            "application/x-www-form-urlencoded",
        ),
    ];

    for (method, path, body, content_type) in cases {
        let response = api
            .request(method.clone(), &path)
            .header("If-Match", &etag)
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .unwrap();
        let status = response.status();
        let is_json = response
            .headers()
            .get("content-type")
            .is_some_and(|value| value == "application/json");

        assert!(
            status.is_client_error(),
            "{method} {}: {status}",
            &path[..path.len().min(60)]
        );
        assert!(
            is_json,
            "{method} {}: not JSON",
            &path[..path.len().min(60)]
        );
    }

    let (status, body) = api.get(&long_query).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["items"], serde_json::json!([]));

    let (status, body) = api.get(&format!("/connections/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["items"][0]["name"], "survivor");
}

#[tokio::test]
async fn a_huge_body_is_refused() {
    let api = Api::start().await;
    let mut body = dynamics_body("huge", "hunter2");
    body["description"] = serde_json::Value::String("x".repeat(3 * 1024 * 1024));

    let response = api
        .request(Method::POST, "/connections")
        .json(&body)
        .send()
        .await;

    if let Ok(response) = response {
        assert!(response.status().is_client_error(), "{}", response.status());
    }
    assert!(api.emulator.connections().await.is_empty());
}

#[tokio::test]
async fn many_clients_at_once_are_all_served() {
    let api = Api::start().await;
    let mut tasks = tokio::task::JoinSet::new();

    for index in 0..40 {
        let body = dynamics_body(&format!("parallel {index}"), "hunter2");
        let request = api.request(Method::POST, "/connections").json(&body);
        tasks.spawn(request.send());
    }
    let answers = tasks.join_all().await;

    assert!(
        answers
            .iter()
            .all(|answer| answer.as_ref().unwrap().status() == StatusCode::CREATED)
    );
    assert_eq!(api.emulator.connections().await.len(), 40);
}
