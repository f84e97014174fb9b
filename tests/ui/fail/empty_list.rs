flow_client::connection_specs!("tests/ui/specs/empty_list.json");

fn main() {}
