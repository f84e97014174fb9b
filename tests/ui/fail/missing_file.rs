flow_client::connection_specs!("specs/no-such-spec.json");

fn main() {}
