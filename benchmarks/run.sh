#!/usr/bin/env bash
# Measures Register: BenchmarkDotNet (mean time and allocations per operation, in-process short job) and the CLI
# end to end (wall time and peak memory of 5 runs of each command, via /usr/bin/time -v).
#
#   benchmarks/run.sh             both parts
#   benchmarks/run.sh bench [..]  BenchmarkDotNet only; further arguments go to it (e.g. --filter '*Pipeline*')
#   benchmarks/run.sh cli         CLI timing only
#
# Each part runs on the example register (x1) and on a copy with every activity 10 times (x10): about 5 minutes on
# 2 cores. Larger copies are opt-in, as they take minutes each (the Art. 30 records of x50 take ~20 s per build):
#   REGISTER_BENCH_FACTORS=1,10,50 CLI_FACTORS="1 10 50" benchmarks/run.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
part="${1:-all}"
[[ $# -gt 0 ]] && shift
runs="${RUNS:-5}"
work="$(mktemp -d "${TMPDIR:-/tmp}/register-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

bench_dll="benchmarks/Register.Benchmarks/bin/Release/net10.0/Register.Benchmarks.dll"
cli_dll="src/Register.Cli/bin/Release/net10.0/Register.Cli.dll"

echo "== machine: $(nproc) cores; $(uptime | sed 's/.*load average/load average/')"
dotnet build benchmarks/Register.Benchmarks/Register.Benchmarks.csproj -c Release --nologo -v quiet
dotnet build src/Register.Cli/Register.Cli.csproj -c Release --nologo -v quiet

if [[ "$part" == all || "$part" == bench ]]; then
  echo "== BenchmarkDotNet (results also in $root/BenchmarkDotNet.Artifacts/results)"
  if [[ $# -eq 0 ]]; then set -- --filter '*'; fi
  dotnet "$bench_dll" --artifacts "$root/BenchmarkDotNet.Artifacts" "$@"
fi

if [[ "$part" == all || "$part" == cli ]]; then
  if [[ ! -x /usr/bin/time ]]; then
    apt-get install -y time >/dev/null
  fi

  read -r -a factors <<<"${CLI_FACTORS:-1 10}"
  for factor in "${factors[@]}"; do
    if [[ $factor != 1 ]]; then dotnet "$bench_dll" scale "$factor" "$work/x$factor" >/dev/null; fi
  done

  # The commands this CLI has: build and export arrive with the notices and Art. 30 work.
  has() { dotnet "$cli_dll" "$@" --help >/dev/null 2>&1; }
  commands=("validate")
  has build && commands+=("build")
  has export art30 && commands+=("export art30")

  # One command on one register, $runs times; prints: command, register, median wall s, min, max, max RSS MiB.
  measure() {
    local name="$1" register="$2" label="$3" i rc
    local -a args
    : >"$work/times"
    for ((i = 1; i <= runs; i++)); do
      # A fresh output folder each run: into an existing one the build compares and writes only what changed.
      case "$name" in
        validate) args=(validate "$register") ;;
        build) args=(build "$register" --out "$work/out") ;;
        "export art30") args=(export art30 "$register" --format docx --lang nl --out "$work/art30.docx") ;;
      esac
      rm -rf "$work/out" "$work/art30.docx"
      rc=0
      /usr/bin/time -v -o "$work/time.txt" dotnet "$cli_dll" "${args[@]}" >"$work/cli.out" 2>&1 || rc=$?
      if [[ $rc -ne 0 ]]; then
        echo "!! register ${args[*]} exited $rc:" >&2
        tail -5 "$work/cli.out" >&2
      fi
      awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; w = s }
                  /Maximum resident set size/ { r = $2 }
                  END { printf "%.3f %d\n", w, r }' "$work/time.txt" >>"$work/times"
    done
    sort -n "$work/times" | awk -v cmd="$name" -v reg="$label" -v n="$runs" '
      { w[NR] = $1; if ($2 > rss) rss = $2 }
      END { printf "| %-13s | %-8s | %4d | %8.2f | %8.2f | %8.2f | %11.0f |\n", cmd, reg, n, w[int((n + 1) / 2)], w[1], w[n], rss / 1024 }'
  }

  echo "== CLI end to end: dotnet $cli_dll ($runs runs each; wall time in seconds, peak RSS in MiB)"
  echo "| command       | register | runs |   median |      min |      max | max RSS MiB |"
  echo "|---------------|----------|------|----------|----------|----------|-------------|"
  for command in "${commands[@]}"; do
    for factor in "${factors[@]}"; do
      if [[ $factor == 1 ]]; then measure "$command" register x1; else measure "$command" "$work/x$factor" "x$factor"; fi
    done
  done
  echo "== load afterwards: $(uptime | sed 's/.*load average/load average/')"
fi
