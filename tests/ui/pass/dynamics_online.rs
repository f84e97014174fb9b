use flow_client::{AuthSpec, CreateConnection, Secret, SpecAuth};

flow_client::connection_specs!("specs/dynamics-online.json");

fn main() {
    let auth = DynamicsOnlineAuth {
        service_uri: "https://example.crm.dynamics.com".to_owned(),
        username: "someone@example.com".to_owned(),
        password: Secret::from("hunter2"),
    };

    assert_eq!(DynamicsOnlineAuth::SPEC.name, "dynamics-online");
    assert_eq!(
        DynamicsOnlineAuth::AUTH_SPEC_NAME,
        "Basic Authentication for Dynamics-Online"
    );
    let body = CreateConnection::new("Dynamics", auth).unwrap();
    let json = serde_json::to_value(&body).unwrap();
    assert_eq!(json["auth"]["params"]["serviceUri"], "https://example.crm.dynamics.com");
}
