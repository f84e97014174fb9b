//! Loading spec folders, quirks included, and serving the specs.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::Path;

use flow_emulator::{Emulator, Error, derived_spec_id};
use reqwest::StatusCode;
use serde_json::{Value, json};
use support::{Api, DYNAMICS_ID, QUIRKY, SPECS, assert_service_error};

fn spec_names(body: &Value) -> Vec<String> {
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|spec| spec["name"].as_str().unwrap().to_owned())
        .collect()
}

fn file_name(path: &Path) -> &str {
    path.file_name().unwrap().to_str().unwrap()
}

#[tokio::test]
async fn the_workspace_specs_are_served() {
    let api = Api::start().await;

    let (status, body) = api.get("/connectionSpecs").await;

    assert_eq!(status, StatusCode::OK);
    assert!(spec_names(&body).contains(&"dynamics-online".to_owned()));
    let dynamics = body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|spec| spec["id"] == DYNAMICS_ID)
        .unwrap();
    assert_eq!(
        dynamics["authSpec"][0]["spec"]["properties"]["password"]["format"],
        "password"
    );
    assert_eq!(
        dynamics["authSpec"][0]["settings"]["deploymentType"],
        "Online"
    );
}

#[tokio::test]
async fn every_workspace_spec_file_is_served_or_reported() {
    let api = Api::start().await;
    let served = api.emulator.specs();
    let skipped = api.emulator.skipped_files();

    for entry in std::fs::read_dir(SPECS).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|extension| extension != "json") {
            continue;
        }

        let text = std::fs::read_to_string(&path).unwrap();
        let is_reported = skipped.iter().any(|skip| skip.path == path);
        let names_served = serde_json::from_str::<Value>(&text).is_ok_and(|document| {
            let name = document["name"].as_str().unwrap_or_default().to_owned();
            served.iter().any(|spec| spec.name == name)
        });
        assert!(is_reported || names_served, "{} is lost", path.display());
    }
}

#[tokio::test]
async fn every_auth_spec_of_the_workspace_answers_a_create_without_a_server_error() {
    let api = Api::start().await;

    for spec in api.emulator.specs() {
        for auth in &spec.auth_spec {
            let body = json!({
                "name": format!("probe of {}", spec.name),
                "auth": {"specName": auth.name, "params": {}},
                "connectionSpec": {"id": spec.id, "version": spec.version}
            });

            let (status, answer) = api.post("/connections", &body).await;

            assert!(
                status == StatusCode::CREATED || status == StatusCode::BAD_REQUEST,
                "{} / {}: {status} {answer}",
                spec.name,
                auth.name
            );
        }
    }
}

#[tokio::test]
async fn specs_filter_by_name_and_read_by_id() {
    let api = Api::start().await;

    let (status, body) = api
        .get("/connectionSpecs?property=name==%22dynamics-online%22")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(spec_names(&body), ["dynamics-online"]);

    let (status, body) = api
        .get("/connectionSpecs?property=name==%22no-such-spec%22")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["items"], json!([]));

    let (status, body) = api.get(&format!("/connectionSpecs/{DYNAMICS_ID}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["items"].as_array().unwrap().len(), 1);
    assert_eq!(body["items"][0]["id"], DYNAMICS_ID);

    let (status, body) = api
        .get("/connectionSpecs/00000000-0000-0000-0000-000000000000")
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_service_error(&body, "1101-404");
}

#[tokio::test]
async fn quirky_files_load_and_broken_ones_are_reported() {
    let api = Api::with(Emulator::new(QUIRKY)).await;

    let mut served: Vec<String> = api
        .emulator
        .specs()
        .into_iter()
        .map(|spec| spec.name)
        .collect();
    served.sort();
    assert_eq!(
        served,
        [
            "bad-schema",
            "listed-one",
            "listed-two",
            "no-auth-spec",
            "no-id-spec"
        ]
    );

    let skipped: Vec<(&str, &str)> = api
        .emulator
        .skipped_files()
        .iter()
        .map(|skip| (file_name(&skip.path), skip.reason.as_str()))
        .collect();
    assert_eq!(skipped.len(), 4, "{skipped:?}");
    assert!(
        skipped
            .iter()
            .any(|(file, reason)| *file == "broken.json" && reason.starts_with("not valid JSON"))
    );
    assert!(skipped.iter().any(|(file, reason)| *file == "list.json"
        && reason.contains("item 2")
        && reason.contains("name")));
    assert!(skipped.iter().any(|(file, _)| *file == "not-a-spec.json"));
    assert!(
        skipped
            .iter()
            .any(|(file, reason)| *file == "zz-duplicate-id.json"
                && reason.contains("already served from `list.json`"))
    );
}

#[tokio::test]
async fn a_spec_without_id_is_served_under_its_derived_id() {
    let api = Api::with(Emulator::new(QUIRKY)).await;
    let id = derived_spec_id("no-id-spec");

    let (status, body) = api.get(&format!("/connectionSpecs/{id}")).await;

    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["items"][0]["name"], "no-id-spec");
    assert_eq!(
        body["items"][0]["authSpec"][0]["spec"]["x-vendor-extension"]["anything"],
        true
    );
}

#[tokio::test]
async fn a_spec_without_id_takes_connections_under_its_derived_id() {
    let api = Api::with(Emulator::new(QUIRKY)).await;
    let connection = |params: Value| {
        json!({
            "name": "quirky",
            "auth": {"specName": "Basic Authentication", "params": params},
            "connectionSpec": {"id": derived_spec_id("no-id-spec"), "version": "1.0"}
        })
    };

    // `region` is required although no property defines it: the schema is taken as written.
    let (status, body) = api
        .post(
            "/connections",
            &connection(json!({"host": "https://h.example", "apiKey": "k"})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["errorDetails"][0]["pointer"], "/region");

    let params = json!({"host": "not a uri", "apiKey": "k", "region": "eu"});
    let (status, body) = api.post("/connections", &connection(params)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["errorDetails"][0]["pointer"], "/host");
    assert_eq!(body["errorDetails"][0]["keyword"], "format");

    let params = json!({"host": "https://h.example", "apiKey": "k", "region": "eu"});
    let (status, body) = api.post("/connections", &connection(params)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
}

#[tokio::test]
async fn an_auth_spec_whose_schema_does_not_compile_refuses_with_a_clear_400() {
    let api = Api::with(Emulator::new(QUIRKY)).await;
    let connection = |spec_name: &str| {
        json!({
            "name": "bad",
            "auth": {"specName": spec_name, "params": {"user": "ann"}},
            "connectionSpec": {"id": "55555555-5555-4555-8555-555555555555"}
        })
    };

    let (status, body) = api.post("/connections", &connection("Broken Schema")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_service_error(&body, "1100-400");
    let message = body["errorMessage"].as_str().unwrap();
    assert!(
        message.contains("Broken Schema") && message.contains("does not compile"),
        "{message}"
    );

    let (status, body) = api.post("/connections", &connection("No Schema")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        body["errorMessage"].as_str().unwrap().contains("no schema"),
        "{body}"
    );

    let (status, body) = api.post("/connections", &connection("Fine")).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
}

#[tokio::test]
async fn a_spec_without_auth_specs_refuses_every_spec_name() {
    let api = Api::with(Emulator::new(QUIRKY)).await;

    let body = json!({
        "name": "none",
        "auth": {"specName": "Anything", "params": {}},
        "connectionSpec": {"id": "44444444-4444-4444-8444-444444444444"}
    });
    let (status, body) = api.post("/connections", &body).await;

    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_service_error(&body, "1415-400");
}

#[tokio::test]
async fn a_missing_spec_folder_is_an_error() {
    let error = Emulator::new("/no/such/folder").start().await.unwrap_err();

    assert!(matches!(error, Error::ReadSpecs { .. }));
    assert_eq!(error.specs_dir(), Some(Path::new("/no/such/folder")));
    assert_eq!(
        error.to_string(),
        "cannot list the spec folder `/no/such/folder`"
    );
}
