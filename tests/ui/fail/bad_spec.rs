flow_client::connection_specs!("tests/ui/specs/bad_spec.json");

fn main() {}
