flow_client::connection_specs!("tests/ui/specs/folder");

fn main() {}
