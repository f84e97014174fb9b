flow_client::connection_specs!("tests/ui/specs/top_level_list.json");

fn main() {}
