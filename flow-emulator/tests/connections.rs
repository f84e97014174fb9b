//! The connection lifecycle: create, read, update, delete, test.

#![allow(clippy::unwrap_used)]

mod support;

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use support::{
    Api, DYNAMICS_AUTH, DYNAMICS_ID, SANDBOX, assert_service_error, dynamics_body, read,
};

#[tokio::test]
async fn create_answers_201_with_id_quoted_etag_and_location() {
    let api = Api::start().await;

    let response = api
        .request(Method::POST, "/connections")
        .json(&dynamics_body("first", "hunter2"))
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), StatusCode::CREATED);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let (_, body) = read(response).await;
    let id = body["id"].as_str().unwrap();
    let etag = body["etag"].as_str().unwrap();
    assert_eq!(location, format!("/connections/{id}"));
    assert!(
        etag.starts_with('"') && etag.ends_with('"') && etag.len() == 38,
        "{etag}"
    );
}

#[tokio::test]
async fn a_stored_connection_carries_every_field_with_secrets_masked() {
    let api = Api::start().await;
    let (id, etag) = api.create_dynamics("full", "hunter2").await;

    let (status, body) = api.get(&format!("/connections/{id}")).await;

    assert_eq!(status, StatusCode::OK);
    let items = body["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    let item = &items[0];
    assert_eq!(item["id"], id.as_str());
    assert_eq!(item["name"], "full");
    assert_eq!(item["description"], "made by a test");
    assert_eq!(
        item["connectionSpec"],
        json!({"id": DYNAMICS_ID, "version": "1.0"})
    );
    assert_eq!(item["state"], "enabled");
    assert_eq!(item["auth"]["specName"], DYNAMICS_AUTH);
    assert_eq!(item["auth"]["params"]["username"], "ann@example.com");
    assert_eq!(
        item["auth"]["params"]["password"],
        flow_emulator::SECRET_MASK
    );
    assert_eq!(item["etag"], etag.as_str());
    assert_eq!(item["version"], etag.as_str());
    assert!(item["createdAt"].as_i64().unwrap() > 1_600_000_000_000);
    assert_eq!(item["createdAt"], item["updatedAt"]);
    assert_eq!(item["createdBy"], "flow-emulator@AdobeID");
    assert_eq!(item["createdClient"], "flow-emulator");
    assert_eq!(item["sandboxName"], SANDBOX);
    assert!(item["sandboxId"].is_string());
    assert_eq!(item["imsOrgId"], "FLOWEMULATOR@AdobeOrg");

    let stored = api.emulator.connections().await;
    assert_eq!(stored.len(), 1);
    assert_eq!(
        stored[0].auth.as_ref().unwrap().params["password"],
        flow_emulator::SECRET_MASK
    );
    let secret = api.emulator.secret(&id, "/password").await.unwrap();
    assert_eq!(secret.expose_secret(), "hunter2");
}

#[tokio::test]
async fn params_that_break_the_schema_list_every_violation() {
    let api = Api::start().await;
    let mut body = dynamics_body("bad", "hunter2");
    body["auth"]["params"] = json!({"username": 42, "password": "hunter2"});

    let (status, answer) = api.post("/connections", &body).await;

    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_service_error(&answer, "1100-400");
    let details = answer["errorDetails"].as_array().unwrap();
    let found: Vec<(&str, &str)> = details
        .iter()
        .map(|d| {
            (
                d["pointer"].as_str().unwrap(),
                d["keyword"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(found.contains(&("/username", "type")), "{found:?}");
    assert!(found.contains(&("/serviceUri", "required")), "{found:?}");
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(details.iter().all(|d| d["message"].is_string()));
    assert!(api.emulator.connections().await.is_empty());
}

#[tokio::test]
async fn an_unknown_spec_name_is_1415() {
    let api = Api::start().await;
    let mut body = dynamics_body("bad", "hunter2");
    body["auth"]["specName"] = json!("OAuth 9");

    let (status, answer) = api.post("/connections", &body).await;

    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_service_error(&answer, "1415-400");
    assert!(
        answer["errorMessage"]
            .as_str()
            .unwrap()
            .contains(DYNAMICS_AUTH)
    );
}

#[tokio::test]
async fn an_unknown_spec_or_a_wrong_version_is_refused() {
    let api = Api::start().await;

    let mut body = dynamics_body("bad", "hunter2");
    body["connectionSpec"]["id"] = json!("00000000-0000-0000-0000-000000000000");
    let (status, answer) = api.post("/connections", &body).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_service_error(&answer, "1100-400");

    let mut body = dynamics_body("bad", "hunter2");
    body["connectionSpec"]["version"] = json!("9.9");
    let (status, answer) = api.post("/connections", &body).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(answer["errorMessage"].as_str().unwrap().contains("9.9"));

    let mut body = dynamics_body("no version", "hunter2");
    body["connectionSpec"]
        .as_object_mut()
        .unwrap()
        .remove("version");
    let (status, _) = api.post("/connections", &body).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(
        api.emulator.connections().await[0]
            .connection_spec
            .as_ref()
            .unwrap()
            .version
            .as_deref(),
        Some("1.0")
    );
}

#[tokio::test]
async fn malformed_bodies_are_400_and_wrong_content_types_415() {
    let api = Api::start().await;
    let post = |body: &'static str, content_type: &'static str| {
        api.request(Method::POST, "/connections")
            .header("content-type", content_type)
            .body(body)
            .send()
    };

    let (status, body) = read(post("{\"name\": ", "application/json").await.unwrap()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_service_error(&body, "1100-400");

    let (status, body) = read(post("{}", "text/plain").await.unwrap()).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(body["status"], 415);
    assert!(
        body["title"].is_string() && body["detail"].is_string(),
        "{body}"
    );

    let (status, body) = read(
        post("{\"name\": 3, \"auth\": []}", "application/json")
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let pointers: Vec<&str> = body["errorDetails"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["pointer"].as_str().unwrap())
        .collect();
    assert_eq!(
        pointers,
        [
            "/name",
            "/auth",
            "/auth/specName",
            "/connectionSpec",
            "/connectionSpec/id"
        ]
    );

    let (status, _) = read(post("[1, 2]", "application/json").await.unwrap()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(api.emulator.connections().await.is_empty());
}

#[tokio::test]
async fn patch_needs_a_current_if_match() {
    let api = Api::start().await;
    let (id, etag) = api.create_dynamics("patched", "hunter2").await;
    let path = format!("/connections/{id}");
    let rename = json!([{"op": "replace", "path": "/name", "value": "renamed"}]);

    let request = api.request(Method::PATCH, &path).json(&rename);
    let (status, body) = read(request.send().await.unwrap()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_service_error(&body, "1403-400");

    let unquoted = etag.trim_matches('"');
    let (status, body) = api.patch(&path, unquoted, &rename).await;
    assert_eq!(status, StatusCode::PRECONDITION_FAILED);
    assert_service_error(&body, "1404-412");

    let (status, body) = api.patch(&path, &etag, &rename).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["id"], id.as_str());
    let new_etag = body["etag"].as_str().unwrap().to_owned();
    assert_ne!(new_etag, etag);

    let (status, body) = api.patch(&path, &etag, &rename).await;
    assert_eq!(
        status,
        StatusCode::PRECONDITION_FAILED,
        "the old etag is stale now: {body}"
    );

    let (_, body) = api.get(&path).await;
    assert_eq!(body["items"][0]["name"], "renamed");
    assert_eq!(body["items"][0]["etag"], new_etag.as_str());
    assert!(body["items"][0]["updatedAt"].as_i64() >= body["items"][0]["createdAt"].as_i64());
}

#[tokio::test]
async fn patched_params_are_validated_again() {
    let api = Api::start().await;
    let (id, etag) = api.create_dynamics("params", "hunter2").await;
    let path = format!("/connections/{id}");

    let breaking = json!([{"op": "remove", "path": "/auth/params/username"}]);
    let (status, body) = api.patch(&path, &etag, &breaking).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["errorDetails"][0]["pointer"], "/username");
    assert_eq!(body["errorDetails"][0]["keyword"], "required");

    let new_password = json!([{"op": "replace", "path": "/auth/params/password", "value": "n3w"}]);
    let (status, body) = api.patch(&path, &etag, &new_password).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        api.emulator
            .secret(&id, "/password")
            .await
            .unwrap()
            .expose_secret(),
        "n3w"
    );
    let etag = body["etag"].as_str().unwrap().to_owned();

    let whole = json!([{"op": "replace", "path": "/auth/params", "value": {
        "serviceUri": "https://other.example", "username": "bob", "password": "p4ss"
    }}]);
    let (status, _) = api.patch(&path, &etag, &whole).await;
    assert_eq!(status, StatusCode::OK);
    let (_, body) = api.get(&path).await;
    assert_eq!(body["items"][0]["auth"]["params"]["username"], "bob");
    assert_eq!(
        body["items"][0]["auth"]["params"]["password"],
        flow_emulator::SECRET_MASK
    );
    assert_eq!(
        api.emulator
            .secret(&id, "/password")
            .await
            .unwrap()
            .expose_secret(),
        "p4ss"
    );
}

#[tokio::test]
async fn the_connection_spec_cannot_be_patched() {
    let api = Api::start().await;
    let (id, etag) = api.create_dynamics("fixed", "hunter2").await;

    let body = json!([{"op": "replace", "path": "/connectionSpec/id", "value": "other"}]);
    let (status, answer) = api.patch(&format!("/connections/{id}"), &etag, &body).await;

    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_service_error(&answer, "1414-400");
}

#[tokio::test]
async fn a_failed_patch_changes_nothing() {
    let api = Api::start().await;
    let (id, etag) = api.create_dynamics("atomic", "hunter2").await;
    let before = api.emulator.connections().await;

    let body = json!([
        {"op": "replace", "path": "/name", "value": "changed"},
        {"op": "replace", "path": "/state", "value": "disabled"}
    ]);
    let (status, _) = api.patch(&format!("/connections/{id}"), &etag, &body).await;

    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(api.emulator.connections().await, before);
}

#[tokio::test]
async fn delete_answers_204_then_the_connection_is_gone() {
    let api = Api::start().await;
    let (id, etag) = api.create_dynamics("doomed", "hunter2").await;
    let path = format!("/connections/{id}");

    let stale = api
        .request(Method::DELETE, &path)
        .header("If-Match", "\"stale\"");
    let (status, _) = read(stale.send().await.unwrap()).await;
    assert_eq!(status, StatusCode::PRECONDITION_FAILED);

    let response = api
        .request(Method::DELETE, &path)
        .header("If-Match", &etag)
        .send()
        .await;
    let (status, body) = read(response.unwrap()).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(body, Value::Null);

    let (status, body) = api.get(&path).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_service_error(&body, "1439-404");

    let (status, _) = read(api.request(Method::DELETE, &path).send().await.unwrap()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn unknown_ids_are_404_everywhere() {
    let api = Api::start().await;
    let path = "/connections/00000000-0000-0000-0000-000000000000";

    let (status, body) = api.get(path).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_service_error(&body, "1439-404");

    let (status, _) = api.patch(path, "\"x\"", &json!([])).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, _) = api.get(&format!("{path}/test")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_test_route_answers_true() {
    let api = Api::start().await;
    let (id, _) = api.create_dynamics("tested", "hunter2").await;

    let (status, body) = api.get(&format!("/connections/{id}/test")).await;

    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, json!({"result": true}));
}

#[tokio::test]
async fn connections_live_in_their_sandbox() {
    let api = Api::start().await;
    let (id, _) = api.create_dynamics("prod only", "hunter2").await;
    let in_dev = |path: String| api.request_in("dev", Method::GET, &path).send();

    let (status, _) = read(in_dev(format!("/connections/{id}")).await.unwrap()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, body) = read(in_dev("/connections".to_owned()).await.unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["items"], json!([]));
}
