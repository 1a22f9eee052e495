#!/usr/bin/env bash
# The start-up table of docs/performance.md ("Start-up"): whole processes, RUNS runs each (default 11) under
# /usr/bin/time -f "%e %U %S %M": the minimal .NET program (benchmarks/Register.Baselines, "start"), and
# 'validate' of REGISTERS (default: the example register/ and a generated register of 1,000 activities) by the JIT
# tool, the ReadyToRun publish and the Native AOT binary. Prints median and fastest wall time, median and least CPU
# (user + sys) and the largest peak RSS, with the load average before and after.
#
#   benchmarks/startup.sh          builds what is missing: the Release builds, the ReadyToRun publish (artifacts/r2r),
#                                  the Native AOT publish (artifacts/aot; several minutes) and /tmp/register-r1000
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${RUNS:-11}"
baseline="benchmarks/Register.Baselines/bin/Release/net10.0/Register.Baselines.dll"
jit="src/Register.Cli/bin/Release/net10.0/Register.Cli.dll"
r2r="artifacts/r2r/Register.Cli.dll"
aot="artifacts/aot/register"
large="${LARGE_REGISTER:-/tmp/register-r1000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/register-startup.XXXXXX")"
trap 'rm -rf "$work"' EXIT

[[ -f "$baseline" ]] || dotnet build benchmarks/Register.Baselines -c Release --nologo -v quiet
[[ -f "$jit" ]] || dotnet build src/Register.Cli -c Release --nologo -v quiet
[[ -f "$r2r" ]] || dotnet publish src/Register.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o artifacts/r2r --nologo -v quiet
[[ -x "$aot" ]] || dotnet publish src/Register.Cli -c Release -r linux-x64 -p:RegisterAot=true -o artifacts/aot --nologo -v quiet
if [[ ! -d "$large" ]]; then
  dotnet build benchmarks/Register.Benchmarks -c Release --nologo -v quiet
  dotnet benchmarks/Register.Benchmarks/bin/Release/net10.0/Register.Benchmarks.dll size 1000 "$large"
fi
read -r -a registers <<<"${REGISTERS:-register $large}"

# measure LABEL REGISTER COMMAND...: RUNS runs; one table row.
measure() {
  local label="$1" register="$2" i
  shift 2
  : >"$work/times"
  for ((i = 1; i <= runs; i++)); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
    tail -1 "$work/time" >>"$work/times" # after "Command exited with non-zero status N", if any
  done
  local wall cpu
  wall="$(awk '{ print $1 }' "$work/times" | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f | %.2f", v[int((NR + 1) / 2)], v[1] }')"
  cpu="$(awk '{ print $2 + $3 }' "$work/times" | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f | %.2f", v[int((NR + 1) / 2)], v[1] }')"
  echo "| $label | $register | $wall | $cpu | $(awk '$4 > m { m = $4 } END { printf "%d", m / 1024 }' "$work/times") |"
}

echo "machine: $(nproc) cores; before: $(uptime | sed 's/.*load average: //')"
echo "| variant | register | median wall s | min wall s | median CPU s | min CPU s | max RSS MiB |"
echo "|---|---|---:|---:|---:|---:|---:|"
measure "minimal program" "-" dotnet "$baseline" start
for register in "${registers[@]}"; do
  name="$(basename "$register")"
  measure "validate, JIT" "$name" dotnet "$jit" validate "$register"
  measure "validate, ReadyToRun" "$name" dotnet "$r2r" validate "$register"
  measure "validate, Native AOT" "$name" "$aot" validate "$register"
done
echo "after: $(uptime | sed 's/.*load average: //')"
