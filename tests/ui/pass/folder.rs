use flow_client::{AuthParams, SpecAuth};

mod shipped {
    flow_client::connection_specs!("specs");
}

fn main() {
    let names: Vec<&str> = shipped::SPECS.iter().map(|spec| spec.name).collect();
    assert!(names.contains(&"dynamics-online"));

    let auth = shipped::parse_auth(
        "dynamics-online",
        None,
        serde_json::json!({"serviceUri": "https://x.example", "username": "u", "password": "p"}),
    )
    .unwrap();
    assert_eq!(auth.spec().name, "dynamics-online");
    assert_eq!(
        shipped::dynamics_online::DynamicsOnlineAuth::SPEC.id,
        Some("38ad80fe-8b06-4938-94f4-d4ee80266b07")
    );
}
