flow_client::connection_specs!("tests/ui/specs/unusable.json");

fn main() {}
