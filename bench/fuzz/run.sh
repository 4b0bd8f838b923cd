#!/usr/bin/env bash
# The long fuzz run (issue 5): SharpFuzz-instrumented WorkflowDms assemblies under AFL++, coverage-guided, for a
# bounded time per target. CI runs the short CsCheck mutation version instead (tests/WorkflowDms.Reliability.Tests,
# Fuzzing/). Usage:
#   bash bench/fuzz/run.sh [bpmn|expression|ruleset|all] [seconds per target, default 600]
# Findings (crashing and hanging inputs) land in bench/fuzz/findings/<target>/default/{crashes,hangs}/ (git-ignored);
# the script exits 1 when any target found a crash or a hang.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
targets=${1:-all}
seconds=${2:-600}
[ "$targets" = all ] && targets="bpmn expression ruleset"
work=bench/fuzz/work
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# AFL++ from Debian, the SharpFuzz instrumenter as a local dotnet tool.
if ! command -v afl-fuzz >/dev/null; then
  as_root=""; [ "$(id -u)" -ne 0 ] && as_root=sudo
  $as_root apt-get update -qq && $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends afl++ >/dev/null
fi
if [ ! -x "$work/tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools" >/dev/null
fi

# Build the harness, then instrument the assemblies whose code is fuzzed (ours and the expression parser's).
rm -rf "$work/out"
dotnet publish bench/fuzz/WorkflowDms.Fuzz -c Release -o "$work/out" -p:SkipWebApp=true -nologo -v quiet
for dll in WorkflowDms.Engine.dll WorkflowDms.Rules.dll System.Linq.Dynamic.Core.dll; do
  "$work/tools/sharpfuzz" "$work/out/$dll"
done

# Seed corpora: real BPMN files; the shipped rule expressions one per file; the shipped rule sets.
seed_corpus() {
  local target=$1 dir="$work/corpus/$1"
  rm -rf "$dir"; mkdir -p "$dir"
  case $target in
    bpmn)
      i=0
      for f in workflows/*.bpmn ../shared/samples/bpmn/*/*.bpmn ../shared/samples/bpmn/*/*.bpmn20.xml; do
        # AFL++ wants small seeds; larger files still seed the CsCheck run in CI.
        [ -f "$f" ] && [ "$(stat -c %s "$f")" -le 65536 ] && cp "$f" "$dir/seed-$((i++)).bpmn"
      done ;;
    expression)
      jq -r '.. | objects | .Expression? // empty' rules/*.json | awk -v d="$dir" '{ print > (d "/expr-" NR ".txt") }' ;;
    ruleset)
      cp rules/*.json "$dir/" ;;
  esac
}

status=0
for target in $targets; do
  seed_corpus "$target"
  out="bench/fuzz/findings/$target"
  mkdir -p "$out"
  echo "fuzzing $target for $seconds s (findings in $out)"
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 \
    afl-fuzz -i "$work/corpus/$target" -o "$out" -t 5000 -m none -V "$seconds" \
      -- dotnet "$work/out/WorkflowDms.Fuzz.dll" "$target" "$root/rules" || true
  crashes=$(find "$out/default/crashes" "$out/default/hangs" -type f ! -name README.txt 2>/dev/null | wc -l)
  echo "$target: $crashes crashing or hanging inputs"
  [ "$crashes" -gt 0 ] && status=1
done
exit $status
