flow_client::connection_specs!("tests/ui/specs/missing_auth_schema.json");

fn main() {}
