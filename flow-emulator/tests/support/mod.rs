//! What the integration tests share: starting an emulator and calling it like a client would.

#![allow(dead_code, clippy::unwrap_used)]

use flow_emulator::{Emulator, RunningEmulator};
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde_json::{Value, json};

/// The workspace's spec folder.
pub const SPECS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");

/// Spec files with the quirks real ones have, and some that are broken.
pub const QUIRKY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/quirky");

/// The id of `dynamics-online` in the workspace's spec folder.
pub const DYNAMICS_ID: &str = "38ad80fe-8b06-4938-94f4-d4ee80266b07";

/// Its one auth spec.
pub const DYNAMICS_AUTH: &str = "Basic Authentication for Dynamics-Online";

/// The sandbox the tests work in.
pub const SANDBOX: &str = "prod";

/// A started emulator and a client set up to call it.
pub struct Api {
    pub emulator: RunningEmulator,
    pub http: reqwest::Client,
}

impl Api {
    /// An emulator serving the workspace's specs.
    pub async fn start() -> Self {
        Self::with(Emulator::new(SPECS)).await
    }

    /// An emulator built by the caller.
    pub async fn with(emulator: Emulator) -> Self {
        Self {
            emulator: emulator.start().await.unwrap(),
            http: reqwest::Client::new(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.emulator.base_url())
    }

    /// A request with every header the gateway and the service want.
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.request_in(SANDBOX, method, path)
    }

    /// A request to another sandbox.
    pub fn request_in(&self, sandbox: &str, method: Method, path: &str) -> RequestBuilder {
        let credentials = self.emulator.credentials();
        self.http
            .request(method, self.url(path))
            .bearer_auth(&credentials.access_token)
            .header("x-api-key", &credentials.client_id)
            .header("x-gw-ims-org-id", &credentials.org_id)
            .header("x-sandbox-name", sandbox)
    }

    pub async fn get(&self, path: &str) -> (StatusCode, Value) {
        read(self.request(Method::GET, path).send().await.unwrap()).await
    }

    pub async fn post(&self, path: &str, body: &Value) -> (StatusCode, Value) {
        read(
            self.request(Method::POST, path)
                .json(body)
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    pub async fn patch(&self, path: &str, etag: &str, body: &Value) -> (StatusCode, Value) {
        let request = self.request(Method::PATCH, path).header("If-Match", etag);
        read(request.json(body).send().await.unwrap()).await
    }

    /// Creates a dynamics-online connection; answers its id and etag.
    pub async fn create_dynamics(&self, name: &str, password: &str) -> (String, String) {
        let (status, body) = self
            .post("/connections", &dynamics_body(name, password))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        (
            body["id"].as_str().unwrap().to_owned(),
            body["etag"].as_str().unwrap().to_owned(),
        )
    }
}

/// A valid create body for dynamics-online.
pub fn dynamics_body(name: &str, password: &str) -> Value {
    json!({
        "name": name,
        "description": "made by a test",
        "auth": {
            "specName": DYNAMICS_AUTH,
            "params": {
                "serviceUri": "https://example.crm.dynamics.com",
                "username": "ann@example.com",
                "password": password
            }
        },
        "connectionSpec": {"id": DYNAMICS_ID, "version": "1.0"}
    })
}

/// Status and JSON body; a body that is not JSON reads as a string, an empty one as null.
pub async fn read(response: Response) -> (StatusCode, Value) {
    let status = response.status();
    let text = response.text().await.unwrap();
    let body = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or(Value::String(text))
    };
    (status, body)
}

/// Asserts `body` is a Flow Service error with this code, such as `1415-400`.
pub fn assert_service_error(body: &Value, code: &str) {
    assert_eq!(
        body["type"],
        format!("https://ns.adobe.com/aep/errors/FLOW-{code}"),
        "{body}"
    );
    let status: u64 = code.rsplit('-').next().unwrap().parse().unwrap();
    assert_eq!(body["status"], status, "{body}");
    assert!(body["title"].is_string(), "{body}");
    assert!(body["errorMessage"].is_string(), "{body}");
    assert!(body["report"]["detailed-message"].is_string(), "{body}");
    assert!(body["report"]["request-id"].is_string(), "{body}");
}

/// Asserts `body` is a gateway error with this code.
pub fn assert_gateway_error(body: &Value, code: &str) {
    assert_eq!(body["error_code"], code, "{body}");
    assert!(body["message"].is_string(), "{body}");
}
