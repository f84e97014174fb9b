//! What the integration tests share: a hand-written typed auth for `dynamics-online`, and
//! clients of an emulator on loopback.

#![allow(dead_code)]

use std::path::PathBuf;
use std::time::Duration;

use flow_client::validate::{Report, ValidationError};
use flow_client::{
    AuthParams, AuthSpec, ClientCredentials, CreateConnection, FlowClient, RetryPolicy, Secret,
    SpecAuth, SpecInfo,
};
use flow_emulator::{Emulator, RunningEmulator};
use serde::Serialize;
use serde_json::Value;

/// The id of `specs/dynamics-online.json`.
pub const SPEC_ID: &str = "38ad80fe-8b06-4938-94f4-d4ee80266b07";

/// The auth spec the typed auth below satisfies.
pub const AUTH_SPEC_NAME: &str = "Basic Authentication for Dynamics-Online";

/// A password that must never appear in an error, a `Debug` or a log.
pub const PASSWORD: &str = "canary-Pa55w0rd-7f3a";

const SPEC: SpecInfo = SpecInfo {
    id: Some(SPEC_ID),
    name: "dynamics-online",
    version: "1.0",
    provider_id: Some("0ed90a81-07f4-4586-8190-b40eccef1c5a"),
    auth_specs: &[AUTH_SPEC_NAME],
};

/// Basic authentication for Dynamics Online, as `connection_specs!` would generate it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DynamicsBasic {
    pub service_uri: String,
    pub username: String,
    pub password: Secret,
}

impl DynamicsBasic {
    pub fn new(password: &str) -> Self {
        Self {
            service_uri: "https://contoso.crm.dynamics.com".to_owned(),
            username: "ann@contoso.com".to_owned(),
            password: Secret::from(password),
        }
    }
}

impl AuthParams for DynamicsBasic {
    fn spec(&self) -> SpecInfo {
        SPEC
    }

    fn auth_spec_name(&self) -> &'static str {
        AUTH_SPEC_NAME
    }

    fn validate(&self) -> Result<(), ValidationError> {
        let mut report = Report::new();
        if self.username.is_empty() {
            report.push("/username", "minLength", "must not be empty");
        }
        report.finish()
    }
}

impl SpecAuth for DynamicsBasic {
    const SPEC: SpecInfo = SPEC;
}

impl AuthSpec for DynamicsBasic {
    const AUTH_SPEC_NAME: &'static str = AUTH_SPEC_NAME;
    const AUTH_SCHEMA_JSON: &'static str = r#"{
        "$schema": "http://json-schema.org/draft-07/schema#",
        "type": "object",
        "description": "defines auth params required for connecting to dynamics-online",
        "properties": {
            "serviceUri": {"type": "string"},
            "username": {"type": "string"},
            "password": {"type": "string", "format": "password"}
        },
        "required": ["username", "password", "serviceUri"]
    }"#;
}

/// Params the type system does not check: sent as they are, with any auth spec name.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct Untyped {
    #[serde(skip)]
    pub spec_name: &'static str,
    pub params: Value,
}

impl AuthParams for Untyped {
    fn spec(&self) -> SpecInfo {
        SPEC
    }

    fn auth_spec_name(&self) -> &'static str {
        self.spec_name
    }

    fn validate(&self) -> Result<(), ValidationError> {
        Ok(())
    }
}

/// The spec files of the workspace.
pub fn specs_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../specs"))
}

/// An emulator serving the workspace's specs.
pub async fn emulator() -> RunningEmulator {
    Emulator::new(specs_dir()).start().await.unwrap()
}

/// Quick retries, so that tests do not wait long.
pub fn quick_retries() -> RetryPolicy {
    RetryPolicy::new(4, Duration::from_millis(10), Duration::from_secs(5))
}

/// A client with the emulator's static token.
pub fn client(emulator: &RunningEmulator) -> FlowClient {
    let credentials = emulator.credentials();
    FlowClient::builder()
        .base_url(emulator.base_url())
        .access_token(Secret::from(credentials.access_token.as_str()))
        .api_key(credentials.client_id.as_str())
        .org_id(credentials.org_id.as_str())
        .sandbox_name("dev")
        .retry_policy(quick_retries())
        .build()
        .unwrap()
}

/// Client credentials for the emulator's token endpoint.
pub fn credentials(emulator: &RunningEmulator) -> ClientCredentials {
    let credentials = emulator.credentials();
    ClientCredentials::builder(
        credentials.client_id.as_str(),
        Secret::from(credentials.client_secret.as_str()),
    )
    .ims_url(emulator.base_url())
    .scopes(["openid", "AdobeID"])
    .build()
    .unwrap()
}

/// A client that fetches its tokens from the emulator's token endpoint.
pub fn oauth_client(emulator: &RunningEmulator) -> FlowClient {
    FlowClient::builder()
        .base_url(emulator.base_url())
        .token_source(credentials(emulator))
        .api_key(emulator.credentials().client_id.as_str())
        .org_id(emulator.credentials().org_id.as_str())
        .sandbox_name("dev")
        .retry_policy(quick_retries())
        .build()
        .unwrap()
}

/// A create body for a Dynamics connection named `name`.
pub fn dynamics(name: &str) -> CreateConnection<DynamicsBasic> {
    CreateConnection::new(name, DynamicsBasic::new(PASSWORD)).unwrap()
}
