flow_client::connection_specs!("specs/dynamics-online.json");

fn main() {
    let _ = DynamicsOnlineAuth {
        service_uri: "https://example.crm.dynamics.com".to_owned(),
        username: "someone@example.com".to_owned(),
        password: 1234,
    };
}
