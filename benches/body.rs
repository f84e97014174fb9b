//! The Dynamics create-connection body four ways: the generated type, a hand-written serde
//! struct (the floor), and a `serde_json::Value` checked by `jsonschema`, with the validator
//! compiled once or on every call.

#[path = "body/alternatives.rs"]
mod alternatives;

use criterion::{Criterion, criterion_group, criterion_main};

use alternatives::{
    dynamics_schema, generated, hand_written, value_body, value_validator_once,
    value_validator_per_call,
};

fn body(c: &mut Criterion) {
    let schema = dynamics_schema();
    let validator = jsonschema::validator_for(&schema).unwrap();

    // Every alternative writes the same bytes.
    let expected = generated();
    assert_eq!(hand_written(), expected);
    let value = value_body();
    assert!(validator.is_valid(&value["auth"]["params"]));
    assert_eq!(serde_json::to_vec(&value).unwrap(), expected);

    let mut group = c.benchmark_group("body");
    group.bench_function("generated", |b| b.iter(generated));
    group.bench_function("hand_written", |b| b.iter(hand_written));
    group.bench_function("value_validator_once", |b| {
        b.iter(|| value_validator_once(&validator))
    });
    group.bench_function("value_validator_per_call", |b| {
        b.iter(|| value_validator_per_call(&schema))
    });
    group.finish();
}

criterion_group!(benches, body);
criterion_main!(benches);
