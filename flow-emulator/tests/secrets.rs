//! A password posted never comes back: not in reads, lists, nor error bodies.

#![allow(clippy::unwrap_used)]

mod support;

use reqwest::Method;
use serde_json::json;
use support::{Api, dynamics_body, read};

const PASSWORD: &str = "pa55-very-secret-word";

#[tokio::test]
async fn a_posted_password_never_appears_in_any_answer() {
    let api = Api::start().await;
    let mut answers = Vec::new();

    let (id, etag) = api.create_dynamics("secret keeper", PASSWORD).await;
    let path = format!("/connections/{id}");
    answers.push(api.get(&path).await.1);
    answers.push(api.get("/connections").await.1);
    answers.push(
        api.get("/connections?property=auth.params.password==%22x%22")
            .await
            .1,
    );

    let mut wrong_type = dynamics_body("bad", PASSWORD);
    wrong_type["auth"]["params"]["username"] = json!(PASSWORD.len());
    wrong_type["auth"]["params"]["extra"] = json!({"nested": PASSWORD});
    answers.push(api.post("/connections", &wrong_type).await.1);

    let mut password_in_wrong_place = dynamics_body("bad", PASSWORD);
    password_in_wrong_place["auth"]["params"]["username"] = json!([PASSWORD]);
    password_in_wrong_place["auth"]["params"]["password"] = json!({"value": PASSWORD});
    answers.push(api.post("/connections", &password_in_wrong_place).await.1);

    let mut unknown_spec_name = dynamics_body("bad", PASSWORD);
    unknown_spec_name["auth"]["specName"] = json!(format!("x{PASSWORD}").replace('x', ""));
    answers.push(api.post("/connections", &unknown_spec_name).await.1);

    let broken = format!("{{\"auth\": {{\"params\": {{\"password\": \"{PASSWORD}\"}}}}, ,}}");
    let request = api
        .request(Method::POST, "/connections")
        .header("content-type", "application/json")
        .body(broken);
    answers.push(read(request.send().await.unwrap()).await.1);

    let wrong_shape =
        json!({"name": PASSWORD.len(), "auth": PASSWORD, "connectionSpec": [PASSWORD]});
    answers.push(api.post("/connections", &wrong_shape).await.1);

    let patch = json!([{"op": "replace", "path": "/auth/params/password", "value": [PASSWORD]}]);
    answers.push(api.patch(&path, &etag, &patch).await.1);
    let patch = json!([{"op": "replace", "path": "/auth/params/username", "value": 1}]);
    answers.push(api.patch(&path, &etag, &patch).await.1);
    let patch = json!([{"op": "replace", "path": "/auth/params/password", "value": PASSWORD}]);
    let (_, patched) = api.patch(&path, &etag, &patch).await;
    answers.push(patched.clone());
    answers.push(api.get(&path).await.1);

    for answer in &answers {
        let text = answer.to_string();
        assert!(!text.contains(PASSWORD), "the password leaked: {text}");
    }
    assert!(answers[0]["items"][0]["auth"]["params"]["password"].is_string());
    let emulator_view = format!("{:?}", api.emulator.connections().await);
    assert!(!emulator_view.contains(PASSWORD), "{emulator_view}");
}

#[tokio::test]
async fn filtering_on_a_secret_does_not_reveal_it() {
    let api = Api::start().await;
    api.create_dynamics("guess me", PASSWORD).await;

    let query = format!("/connections?property=auth.params.password==%22{PASSWORD}%22");
    let (_, body) = api.get(&query).await;

    assert_eq!(
        body["items"],
        json!([]),
        "a filter must not confirm a guessed password"
    );
}
