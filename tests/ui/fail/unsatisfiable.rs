flow_client::connection_specs!("tests/ui/specs/unsatisfiable.json");

fn main() {}
