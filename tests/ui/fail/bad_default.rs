flow_client::connection_specs!("tests/ui/specs/bad_default.json");

fn main() {}
