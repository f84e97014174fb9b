flow_client::connection_specs!("tests/ui/specs/not_object.json");

fn main() {}
