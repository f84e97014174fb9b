//! The Dynamics create-connection body four ways, shared by the timed benchmark and the
//! instruction count: the generated type, a hand-written serde struct (the floor), and a
//! `serde_json::Value` checked by `jsonschema`, with the validator compiled once or on every
//! call.

use std::hint::black_box;

use flow_client::{CreateConnection, Secret};
use flow_toolkit::DynamicsOnlineAuth;
use serde::Serialize;
use serde_json::{Value, json};

const NAME: &str = "Dynamics Base Connection";
const SERVICE_URI: &str = "https://example.crm.dynamics.com";
const USERNAME: &str = "someone@example.com";
const PASSWORD: &str = "example-password";
const SPEC_NAME: &str = "Basic Authentication for Dynamics-Online";
const SPEC_ID: &str = "38ad80fe-8b06-4938-94f4-d4ee80266b07";

/// The floor: the same body shape with plain fields and no validation.
#[derive(Serialize)]
struct HandBody {
    name: String,
    auth: HandAuth,
    #[serde(rename = "connectionSpec")]
    connection_spec: HandSpec,
}

#[derive(Serialize)]
struct HandAuth {
    #[serde(rename = "specName")]
    spec_name: &'static str,
    params: HandParams,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct HandParams {
    service_uri: String,
    username: String,
    password: String,
}

#[derive(Serialize)]
struct HandSpec {
    id: &'static str,
    version: &'static str,
}

pub fn generated() -> Vec<u8> {
    let auth = DynamicsOnlineAuth {
        service_uri: black_box(SERVICE_URI).to_owned(),
        username: black_box(USERNAME).to_owned(),
        password: Secret::from(black_box(PASSWORD)),
    };
    let body = CreateConnection::new(NAME, auth).unwrap();
    serde_json::to_vec(&body).unwrap()
}

pub fn hand_written() -> Vec<u8> {
    let body = HandBody {
        name: NAME.to_owned(),
        auth: HandAuth {
            spec_name: SPEC_NAME,
            params: HandParams {
                service_uri: black_box(SERVICE_URI).to_owned(),
                username: black_box(USERNAME).to_owned(),
                password: black_box(PASSWORD).to_owned(),
            },
        },
        connection_spec: HandSpec {
            id: SPEC_ID,
            version: "1.0",
        },
    };
    serde_json::to_vec(&body).unwrap()
}

pub fn value_body() -> Value {
    json!({
        "name": NAME,
        "auth": {
            "specName": SPEC_NAME,
            "params": {
                "serviceUri": black_box(SERVICE_URI),
                "username": black_box(USERNAME),
                "password": black_box(PASSWORD),
            }
        },
        "connectionSpec": {"id": SPEC_ID, "version": "1.0"}
    })
}

pub fn dynamics_schema() -> Value {
    let path = flow_toolkit::specs_dir().join("dynamics-online.json");
    let text = std::fs::read_to_string(path).unwrap();
    let spec: Value = serde_json::from_str(&text).unwrap();
    spec["authSpec"][0]["spec"].clone()
}

pub fn value_validator_once(validator: &jsonschema::Validator) -> Vec<u8> {
    let value = value_body();
    validator.validate(&value["auth"]["params"]).unwrap();
    serde_json::to_vec(&value).unwrap()
}

pub fn value_validator_per_call(schema: &Value) -> Vec<u8> {
    let value = value_body();
    jsonschema::validate(schema, &value["auth"]["params"]).unwrap();
    serde_json::to_vec(&value).unwrap()
}
