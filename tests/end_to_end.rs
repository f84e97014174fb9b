//! The typed path end to end: generated auth, the client, and the emulator over loopback HTTP.

use flow_client::{
    AuthParams, AuthSpec, CreateConnection, Secret, SpecAuth, SpecInfo, ValidationError,
};
use flow_emulator::Emulator;
use flow_toolkit::{DynamicsOnlineAuth, emulator_client, specs_dir};

const PASSWORD: &str = "e2e-canary-91c2";

fn auth() -> DynamicsOnlineAuth {
    DynamicsOnlineAuth {
        service_uri: "https://example.crm.dynamics.com".to_owned(),
        username: "someone@example.com".to_owned(),
        password: Secret::from(PASSWORD),
    }
}

#[tokio::test]
async fn a_typed_connection_is_created_over_http() {
    let emulator = Emulator::new(specs_dir()).start().await.unwrap();
    let client = emulator_client(&emulator).unwrap();

    let spec = client
        .connection_spec_by_name("dynamics-online")
        .await
        .unwrap();
    assert_eq!(spec.id.as_deref(), DynamicsOnlineAuth::SPEC.id);

    let body = CreateConnection::new("Dynamics Base Connection", auth()).unwrap();
    let created = client.create_connection(&body).await.unwrap();

    assert!(!created.id.is_empty());
    assert!(
        created.etag.starts_with('"') && created.etag.ends_with('"'),
        "{}",
        created.etag
    );
    let stored = emulator.connections().await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].id, created.id);
    assert_eq!(stored[0].name, "Dynamics Base Connection");
}

/// Dynamics params with a field the spec does not have, so that only the service can object.
#[derive(Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct LooseDynamicsAuth {
    service_uri: String,
    password: Secret,
}

impl AuthParams for LooseDynamicsAuth {
    fn spec(&self) -> SpecInfo {
        DynamicsOnlineAuth::SPEC
    }

    fn auth_spec_name(&self) -> &'static str {
        DynamicsOnlineAuth::AUTH_SPEC_NAME
    }

    fn validate(&self) -> Result<(), ValidationError> {
        Ok(())
    }
}

#[tokio::test]
async fn a_body_that_breaks_the_auth_schema_is_rejected_by_the_service() {
    let emulator = Emulator::new(specs_dir()).start().await.unwrap();
    let client = emulator_client(&emulator).unwrap();
    let auth = LooseDynamicsAuth {
        service_uri: "https://example.crm.dynamics.com".to_owned(),
        password: Secret::from(PASSWORD),
    };

    let body = CreateConnection::new("Loose", auth).unwrap();
    let error = client.create_connection(&body).await.unwrap_err();

    assert_eq!(error.status().map(|status| status.as_u16()), Some(400));
    assert!(error.is_invalid_request(), "{error:?}");
    assert!(error.request_id().is_some(), "{error:?}");
    assert!(!format!("{error} {error:?}").contains(PASSWORD));
    assert!(emulator.connections().await.is_empty());
}

#[tokio::test]
async fn a_missing_api_key_gets_the_gateway_error() {
    let emulator = Emulator::new(specs_dir()).start().await.unwrap();

    let answer = reqwest::Client::new()
        .get(format!("{}/connectionSpecs", emulator.base_url()))
        .bearer_auth(&emulator.credentials().access_token)
        .header("x-gw-ims-org-id", &emulator.credentials().org_id)
        .header("x-sandbox-name", "prod")
        .send()
        .await
        .unwrap();

    assert_eq!(answer.status().as_u16(), 403);
    let body: serde_json::Value = answer.json().await.unwrap();
    assert!(
        body["error_code"].as_str().unwrap().starts_with("403"),
        "{body}"
    );
}

#[tokio::test]
async fn a_wrong_api_key_is_an_error_the_client_can_read() {
    let emulator = Emulator::new(specs_dir()).start().await.unwrap();
    let credentials = emulator.credentials();
    let client = flow_client::FlowClient::builder()
        .base_url(emulator.base_url())
        .access_token(Secret::from(credentials.access_token.as_str()))
        .api_key("someone-else")
        .org_id(credentials.org_id.as_str())
        .sandbox_name("prod")
        .build()
        .unwrap();

    let error = client
        .connection_spec_by_name("dynamics-online")
        .await
        .unwrap_err();

    assert_eq!(error.status().map(|status| status.as_u16()), Some(403));
    assert!(error.code().unwrap().starts_with("403"), "{error:?}");
}

#[tokio::test]
async fn a_spec_without_auth_specs_creates_a_connection_without_auth() {
    use flow_toolkit::shipped::generic_streaming_2::GenericStreamingAuth;

    let emulator = Emulator::new(specs_dir()).start().await.unwrap();
    let client = emulator_client(&emulator).unwrap();

    let body = CreateConnection::new("Streaming", GenericStreamingAuth {}).unwrap();
    assert!(serde_json::to_value(&body).unwrap().get("auth").is_none());
    client.create_connection(&body).await.unwrap();

    let stored = emulator.connections().await;
    assert_eq!(stored.len(), 1);
    assert!(stored[0].auth.is_none());
}

#[tokio::test]
async fn an_auth_spec_chosen_at_run_time_is_created_with_its_name() {
    use flow_toolkit::shipped::{AnyAuth, parse_auth};

    let emulator = Emulator::new(specs_dir()).start().await.unwrap();
    let client = emulator_client(&emulator).unwrap();
    let params = serde_json::json!({
        "domain": "sftp.example.com",
        "username": "someone",
        "password": PASSWORD,
    });

    let auth = parse_auth("SFTP", Some("SFTP with Password"), params).unwrap();
    assert!(matches!(auth, AnyAuth::SftpAuth(_)), "{auth:?}");
    let body = CreateConnection::new("SFTP", auth).unwrap();
    client.create_connection(&body).await.unwrap();

    let stored = emulator.connections().await;
    let stored_auth = stored[0].auth.as_ref().unwrap();
    assert_eq!(stored_auth.spec_name, "SFTP with Password");
    assert!(!stored_auth.params.to_string().contains(PASSWORD));
}
