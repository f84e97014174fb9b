"""Writes BENCHMARKS.md to stdout from criterion's estimates and the figures scripts/bench
passes in its environment."""

import json
import os
from pathlib import Path

TARGET = Path(os.environ["BENCH_TARGET"])
CRITERION = TARGET / "criterion"
NOTES = Path(__file__).resolve().parent / "notes"


def estimate(group, function):
    """The mean and its 95% confidence interval, in nanoseconds."""
    path = CRITERION / group / function / "new" / "estimates.json"
    mean = json.loads(path.read_text())["mean"]
    interval = mean["confidence_interval"]
    return mean["point_estimate"], interval["lower_bound"], interval["upper_bound"]


def duration(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def with_interval(figure):
    mean, low, high = figure
    return f"{duration(mean)} ({duration(low)} – {duration(high)})"


out = []
emit = out.append

emit("# Benchmarks\n")
emit("Written by `scripts/bench`; rerun it to refresh every figure below. Times are criterion")
emit("means with their 95% confidence interval in brackets.\n")

emit("## Machine\n")
emit(f"- Date: {os.environ['BENCH_STARTED']}")
emit(f"- CPU: {os.environ['BENCH_CPU']}, {os.environ['BENCH_NPROC']} logical cores")
emit(f"- Compiler: {os.environ['BENCH_RUSTC']}")
emit(f"- Criterion options: `{os.environ['BENCH_ARGS_USED']}`")
emit(
    f"- Load average (1, 5, 15 min): {os.environ['BENCH_LOAD_BEFORE']} before the run, "
    f"{os.environ['BENCH_LOAD_AFTER']} after"
)
before = float(os.environ["BENCH_LOAD_BEFORE"].split()[0])
if before > 0.5:
    emit(
        f"- Other work had the cores before the run (a one-minute load of {before:.2f}): every "
        "figure may be noisy, the loopback and compile-time ones most. Ratios of alternatives "
        "measured in turn are steadier than the absolute figures.\n"
    )
else:
    emit(
        "- The machine was quiet before the run; the load after it is the run's own builds. "
        "Time still varies between processes running the same code by up to a fifth here, "
        "hence the rounds and the instruction counts below.\n"
    )

# Code generation. Every benchmarked file has a row, those without an auth schema too (they
# still give the spec's own items), so the totals add up to what `each_file` generates.
lines = json.loads((CRITERION / "codegen-lines.json").read_text())

emit("## Code generation (`flow_codegen::generate` + `pretty`)\n")
emit("| Spec file | Auth schemas | Generated lines | Time |")
emit("|---|---:|---:|---|")
for row in sorted(lines["files"], key=lambda row: row["file"]):
    figure = estimate("codegen_file", row["file"].removesuffix(".json"))
    emit(f"| {row['file']} | {row['auth_schemas']} | {row['lines']} | {with_interval(figure)} |")
each = estimate("codegen_total", "each_file")
folder = estimate("codegen_total", "folder")
emit(f"| **every file, one by one** | {len(lines['auth_schemas'])} | "
     f"{sum(row['lines'] for row in lines['files'])} | {with_interval(each)} |")
emit(f"| **the folder (`generate_folder`, with the registry)** | {len(lines['auth_schemas'])} | "
     f"{lines['folder_lines']} | {with_interval(folder)} |")
emit("")

emit("### Generated lines per auth schema\n")
emit("Non-blank lines of the pretty-printed code for a copy of the spec that keeps only that")
emit("auth schema; types counts the structs and enums its schema gives.\n")
emit("| Spec file | Auth schema | Types | Lines |")
emit("|---|---|---:|---:|")
for row in sorted(lines["auth_schemas"], key=lambda row: (row["file"], row["auth_schema"])):
    emit(f"| {row['file']} | {row['auth_schema']} | {row['types']} | {row['lines']} |")
counts = [row["lines"] for row in lines["auth_schemas"]]
emit(f"\nPer auth schema: min {min(counts)}, median {sorted(counts)[len(counts) // 2]}, "
     f"max {max(counts)} lines.\n")

# The body.
body = {name: estimate("body", name) for name in (
    "generated", "hand_written", "value_validator_once", "value_validator_per_call")}
emit("## The Dynamics create-connection body\n")
rounds = os.environ.get("BENCH_ROUNDS", "1")
emit(f"Each alternative measured in a process of its own, in turn, {rounds} times; the figure "
     "is the run with the median mean.\n")
instructions = {}
if os.environ.get("BENCH_INSTRUCTIONS"):
    for line in Path(os.environ["BENCH_INSTRUCTIONS"]).read_text().split("\n"):
        if line.strip():
            name, count = line.split()
            instructions[name] = int(count)
emit("Instructions per body are counted by callgrind (`benches/body_instructions.rs`, 2000 "
     "bodies less none): unlike time, neither the load nor a process's memory layout "
     "changes them.\n")
emit("| Alternative | Time per body | Instructions per body |")
emit("|---|---|---:|")
for name, label in (
        ("generated", "(a) generated `DynamicsOnlineAuth`, `CreateConnection::new`, "
                      "`serde_json::to_vec`"),
        ("hand_written", "(b) hand-written `#[derive(Serialize)]` struct, `serde_json::to_vec` "
                         "(the floor)"),
        ("value_validator_once", "(c) `serde_json::Value`, validator compiled once, "
                                 "`serde_json::to_vec`"),
        ("value_validator_per_call", "(d) `serde_json::Value`, `jsonschema::validate` per call, "
                                     "`serde_json::to_vec`")):
    emit(f"| {label} | {with_interval(body[name])} | {instructions.get(name, 'not counted')} |")
emit("")

# The client.
flow = estimate("client_50_creates", "flow_client")
raw = estimate("client_50_creates", "raw_reqwest")
emit("## Creating connections on the emulator (loopback)\n")
emit(f"Each alternative measured in a process of its own, in turn, {rounds} times; the figure "
     "is the run with the median mean.\n")
emit("| Alternative | 50 creates | Per create |")
emit("|---|---|---|")
emit(f"| `FlowClient::create_connection` | {with_interval(flow)} | {duration(flow[0] / 50)} |")
emit(f"| raw `reqwest`, pre-serialized body, same headers | {with_interval(raw)} | "
     f"{duration(raw[0] / 50)} |")
emit("")

# Compile time.
macro_s = float(os.environ["BENCH_MACRO_S"])
expanded_s = float(os.environ["BENCH_EXPANDED_S"])
emit("## Compile time of `connection_specs!(\"specs\")`\n")
emit("`cargo build` (dev profile) of a crate holding only the macro call against a crate "
     "holding its pretty-printed expansion (`flow expand specs`, "
     f"{os.environ['BENCH_EXPANDED_LINES']} non-blank lines), both depending on `flow-client`: "
     f"the median of {os.environ['BENCH_BUILD_RUNS']} builds of each, in turn, after touching "
     "the crate's source, its dependencies already built.\n")
emit("The crate compared against is the macro's own output written out as source: the very "
     "code a person would write by hand to do the same work, item for item. Both builds "
     "compile the same code, so the ratio below measures only what the macro itself costs "
     "(reading the spec files, generating the items, handing them to the compiler), not the "
     "cost of the generated code.\n")
emit("| Crate | Build time |")
emit("|---|---|")
emit(f"| `connection_specs!(\"specs\")` | {macro_s:.2f} s |")
emit(f"| its expansion, written out | {expanded_s:.2f} s |")
emit("")

# Targets.
targets = [
    ("body-overhead", "(a) generated body / (b) hand-written floor",
     body["generated"][0] / body["hand_written"][0], "≤ 1.2", lambda r: r <= 1.2),
    ("body-speedup", "(c) validator compiled once / (a) generated body",
     body["value_validator_once"][0] / body["generated"][0], "≥ 2.5", lambda r: r >= 2.5),
    ("client-overhead", "`FlowClient` / raw `reqwest`",
     flow[0] / raw[0], "≤ 1.1", lambda r: r <= 1.1),
    ("compile-overhead", "macro build / build of its expansion written out",
     macro_s / expanded_s, "≤ 1.15", lambda r: r <= 1.15),
]
# Ratios with no target, for scale: how far the floor is from the `Value` alternatives.
informational = [
    ("(c) validator compiled once / (b) hand-written floor",
     body["value_validator_once"][0] / body["hand_written"][0]),
    ("(d) `jsonschema::validate` per call / (b) hand-written floor",
     body["value_validator_per_call"][0] / body["hand_written"][0]),
    ("(d) `jsonschema::validate` per call / (a) generated body",
     body["value_validator_per_call"][0] / body["generated"][0]),
]
if len(instructions) == 4:
    informational += [
        ("(a) / (b), in instructions", instructions["generated"] / instructions["hand_written"]),
        ("(c) / (a), in instructions",
         instructions["value_validator_once"] / instructions["generated"]),
        ("(d) / (a), in instructions",
         instructions["value_validator_per_call"] / instructions["generated"]),
    ]
emit("## Ratios and targets\n")
emit("| Ratio | Measured | Target | Verdict |")
emit("|---|---:|---:|---|")
missed = []
for key, label, ratio, target, met in targets:
    verdict = "met" if met(ratio) else "**missed**"
    if not met(ratio):
        missed.append((key, label))
    emit(f"| {label} | {ratio:.2f}x | {target} | {verdict} |")
for label, ratio in informational:
    emit(f"| {label} | {ratio:.2f}x | none | informational |")
emit("")

if missed:
    emit("## What bounds the missed targets\n")
    for key, label in missed:
        note = NOTES / f"{key}.md"
        emit(f"### {label}\n")
        if note.exists():
            emit(note.read_text().strip() + "\n")
        else:
            emit("Not analysed yet.\n")

print("\n".join(out))
