flow_client::connection_specs!("tests/ui/specs/malformed.json");

fn main() {}
