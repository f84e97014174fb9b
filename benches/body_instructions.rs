//! Runs one way of building the Dynamics create-connection body a given number of times, for
//! `scripts/bench` to count its instructions under callgrind: a count that, unlike time, the
//! machine's load and the process's memory layout do not change.
//!
//! Usage: `body_instructions ALTERNATIVE ITERATIONS`; any other arguments (such as the
//! `--bench` that `cargo bench` passes) build each body once, as a check.

#[path = "body/alternatives.rs"]
mod alternatives;

use std::hint::black_box;

use alternatives::{
    dynamics_schema, generated, hand_written, value_validator_once, value_validator_per_call,
};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let schema = dynamics_schema();
    let validator = jsonschema::validator_for(&schema).unwrap();

    let (alternative, iterations) = match args.as_slice() {
        [alternative, iterations] if iterations.parse::<u64>().is_ok() => {
            (alternative.as_str(), iterations.parse().unwrap_or(0))
        }
        _ => {
            let expected = generated();
            assert_eq!(hand_written(), expected);
            assert_eq!(value_validator_once(&validator), expected);
            assert_eq!(value_validator_per_call(&schema), expected);
            return;
        }
    };

    let run: Box<dyn Fn() -> Vec<u8>> = match alternative {
        "generated" => Box::new(generated),
        "hand_written" => Box::new(hand_written),
        "value_validator_once" => Box::new(|| value_validator_once(&validator)),
        "value_validator_per_call" => Box::new(|| value_validator_per_call(&schema)),
        other => panic!("no alternative named {other}"),
    };
    for _ in 0..iterations {
        black_box(run());
    }
}
