flow_client::connection_specs!(specs / dynamics);

fn main() {}
