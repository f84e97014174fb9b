flow_client::connection_specs!("tests/ui/specs/bad_keywords.json");

fn main() {}
