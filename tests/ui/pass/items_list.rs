use flow_client::{AuthSpec, CreateConnection, Secret, SpecAuth};

// The service's list answer, `{"items": [...]}`, saved as it came.
flow_client::connection_specs!("tests/ui/specs/dynamics-online-list.json");

fn main() {
    let auth = DynamicsOnlineAuth {
        service_uri: "https://example.crm.dynamics.com".to_owned(),
        username: "someone@example.com".to_owned(),
        password: Secret::from("hunter2"),
    };

    assert_eq!(DynamicsOnlineAuth::SPEC.name, "dynamics-online");
    assert_eq!(
        DynamicsOnlineAuth::SPEC.id,
        Some("38ad80fe-8b06-4938-94f4-d4ee80266b07")
    );
    assert_eq!(
        DynamicsOnlineAuth::AUTH_SPEC_NAME,
        "Basic Authentication for Dynamics-Online"
    );
    let body = CreateConnection::new("Dynamics", auth).unwrap();
    let json = serde_json::to_value(&body).unwrap();
    assert_eq!(
        json["auth"]["specName"],
        "Basic Authentication for Dynamics-Online"
    );
    assert_eq!(json["auth"]["params"]["username"], "someone@example.com");
}
