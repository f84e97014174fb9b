//! The create-connection body built from generated types matches the documented one.

use flow_client::{CreateConnection, Secret, SpecAuth};
use flow_toolkit::DynamicsOnlineAuth;
use serde_json::json;

fn documented_auth() -> DynamicsOnlineAuth {
    DynamicsOnlineAuth {
        service_uri: "{SERVICE_URI}".to_owned(),
        username: "{USERNAME}".to_owned(),
        password: Secret::from("{PASSWORD}"),
    }
}

#[test]
fn dynamics_body_serializes_to_the_documented_json() {
    // The request of Adobe's "Create a Microsoft Dynamics base connection" tutorial.
    let documented = json!({
        "name": "Dynamics Base Connection",
        "description": "Dynamics Base Connection",
        "auth": {
            "specName": "Basic Authentication for Dynamics-Online",
            "params": {
                "serviceUri": "{SERVICE_URI}",
                "username": "{USERNAME}",
                "password": "{PASSWORD}"
            }
        },
        "connectionSpec": {
            "id": "38ad80fe-8b06-4938-94f4-d4ee80266b07",
            "version": "1.0"
        }
    });

    let body = CreateConnection::new("Dynamics Base Connection", documented_auth())
        .unwrap()
        .with_description("Dynamics Base Connection");

    let value = serde_json::to_value(&body).unwrap();
    assert_eq!(value, documented);
    assert_eq!(
        serde_json::to_string(&body).unwrap(),
        serde_json::to_string(&documented).unwrap(),
        "keys are written in the documented order"
    );
}

#[test]
fn description_is_omitted_when_absent() {
    let body = CreateConnection::new("Dynamics", documented_auth()).unwrap();

    let value = serde_json::to_value(&body).unwrap();

    assert!(value.get("description").is_none());
    assert_eq!(value["name"], "Dynamics");
}

#[test]
fn spec_constants_come_from_the_spec_file() {
    let spec = DynamicsOnlineAuth::SPEC;

    assert_eq!(spec.id, Some("38ad80fe-8b06-4938-94f4-d4ee80266b07"));
    assert_eq!(spec.name, "dynamics-online");
    assert_eq!(spec.version, "1.0");
    assert_eq!(
        spec.auth_specs,
        ["Basic Authentication for Dynamics-Online"]
    );
}

#[test]
fn deserialize_accepts_wire_names_and_refuses_a_missing_field() {
    let auth: DynamicsOnlineAuth = serde_json::from_value(json!({
        "serviceUri": "https://example.crm.dynamics.com",
        "username": "someone",
        "password": "pw"
    }))
    .unwrap();
    assert_eq!(auth.service_uri, "https://example.crm.dynamics.com");
    assert_eq!(auth.password.expose_secret(), "pw");

    let missing = serde_json::from_value::<DynamicsOnlineAuth>(json!({ "username": "someone" }));
    assert!(missing.unwrap_err().to_string().contains("missing field"));
}

#[test]
fn serializing_auth_outside_a_body_refuses_to_write_the_secret() {
    let error = serde_json::to_string(&documented_auth()).unwrap_err();

    assert!(error.to_string().contains("request bodies"));
}

#[test]
fn auth_spec_settings_are_kept_as_a_constant() {
    let extra: serde_json::Value =
        serde_json::from_str(DynamicsOnlineAuth::AUTH_SPEC_EXTRA_JSON).unwrap();

    assert_eq!(extra["settings"]["authenticationType"], "Office365");
    assert_eq!(extra["settings"]["deploymentType"], "Online");
}
