flow_client::connection_specs!("tests/ui/specs/bad_reference.json");

fn main() {}
