#!/usr/bin/env bash
# Measures Register: BenchmarkDotNet (mean time and allocations per operation, in-process short job) and the CLI
# end to end (wall time and peak memory of 5 runs of each command, via /usr/bin/time -v).
#
#   benchmarks/run.sh             both parts
#   benchmarks/run.sh bench [..]  BenchmarkDotNet only; further arguments go to it (e.g. --filter '*Pipeline*')
#   benchmarks/run.sh cli         CLI timing only
#   benchmarks/run.sh sizes       the table of docs/performance.md: validate, build, rebuild (nothing changed) and edit
#                                 (one activity changed, then built into the same folder) of generated registers of
#                                 SIZES activities (default "10 100 1000 10000"; ScaledRegister.WriteRealistic), and
#                                 the two yardsticks: a minimal .NET program's start and a YAML-only parse of each register.
#                                 RUNS runs each (default 5; SIZE_RUNS_10000 overrides it for the largest, default 3).
#                                 SIZES_CLI picks the register binary measured: jit (default; the Release build run by
#                                 dotnet), r2r (the ReadyToRun publish, as the tool's packages for platforms other than
#                                 linux-x64; artifacts/r2r) or aot (the Native AOT binary: the linux-x64 tool package's
#                                 executable, and the release's tarball; artifacts/aot, minutes to publish).
#                                 With aot the YAML-only parse is a Native AOT binary too (artifacts/baselines-aot), so
#                                 the build's ratio to it compares like with like; the minimal program stays the JIT one
#                                 (the issue's yardstick for start-up).
#
# The CLI part runs on the example register (x1) and on a copy with every activity 10 times (x10); the BenchmarkDotNet
# part on the example and on a register of 100 activities shaped as in the size table. Larger ones are opt-in, as
# they take minutes each:
#   REGISTER_BENCH_SIZES=example,1000 CLI_FACTORS="1 10 50" benchmarks/run.sh
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

if [[ ! -x /usr/bin/time ]]; then
  apt-get install -y time >/dev/null
fi

if [[ "$part" == sizes ]]; then
  baselines_dll="benchmarks/Register.Baselines/bin/Release/net10.0/Register.Baselines.dll"
  dotnet build benchmarks/Register.Baselines/Register.Baselines.csproj -c Release --nologo -v quiet
  read -r -a sizes <<<"${SIZES:-10 100 1000 10000}"
  # The register binary measured, as a command: the same three variants as benchmarks/startup.sh.
  baseline=(dotnet "$baselines_dll")
  case "${SIZES_CLI:-jit}" in
    jit) register_cli=(dotnet "$cli_dll") ;;
    r2r)
      [[ -f artifacts/r2r/Register.Cli.dll ]] || dotnet publish src/Register.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o artifacts/r2r --nologo -v quiet
      register_cli=(dotnet artifacts/r2r/Register.Cli.dll) ;;
    aot)
      [[ -x artifacts/aot/register ]] || dotnet publish src/Register.Cli -c Release -r linux-x64 -p:RegisterAot=true -o artifacts/aot --nologo -v quiet
      [[ -x artifacts/baselines-aot/Register.Baselines ]] || dotnet publish benchmarks/Register.Baselines -c Release -r linux-x64 -p:RegisterAot=true -o artifacts/baselines-aot --nologo -v quiet
      register_cli=(artifacts/aot/register)
      baseline=(artifacts/baselines-aot/Register.Baselines) ;;
    *) echo "SIZES_CLI must be jit, r2r or aot" >&2; exit 2 ;;
  esac
  # One process, n times: prints "| label | size | runs | median wall | min wall | min CPU (user+sys) | max RSS MiB | output MiB |".
  # CPU time is given because the machine is shared: under load the wall time grows, the CPU time much less.
  run_n() {
    local label="$1" size="$2" n="$3" out="$4" prepare="$5" i rc
    shift 5
    : >"$work/times"
    for ((i = 1; i <= n; i++)); do
      eval "$prepare"
      rc=0
      /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/cli.out" 2>&1 || rc=$?
      if [[ $rc -ne 0 ]]; then
        echo "!! $* exited $rc:" >&2
        tail -5 "$work/cli.out" >&2
      fi
      awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; w = s }
                  /User time/ { u = $2 } /System time/ { y = $2 }
                  /Maximum resident set size/ { r = $2 }
                  END { printf "%.3f %.3f %d\n", w, u + y, r }' "$work/time.txt" >>"$work/times"
    done
    local bytes=0
    if [[ -n "$out" && -e "$out" ]]; then bytes=$(du -sb "$out" | cut -f1); fi
    sort -n "$work/times" | awk -v cmd="$label" -v reg="$size" -v n="$n" -v bytes="$bytes" '
      { w[NR] = $1; if (NR == 1 || $2 < cpu) cpu = $2; if ($3 > rss) rss = $3 }
      END { printf "| %-8s | %6s | %4d | %8.2f | %8.2f | %8.2f | %8.0f | %8.1f |\n", cmd, reg, n, w[int((n + 1) / 2)], w[1], cpu, rss / 1024, bytes / 1048576 }'
  }

  echo "== sizes: ${sizes[*]} activities; $runs runs each; ${register_cli[*]}, YAML-only parse by ${baseline[*]} (wall and CPU in seconds, peak RSS and output in MiB)"
  echo "| command  | size   | runs |   median |  min wall | min CPU |  max RSS |   output |"
  echo "|----------|--------|------|----------|----------|----------|----------|----------|"
  run_n start - "$runs" "" ":" dotnet "$baselines_dll" start
  for size in "${sizes[@]}"; do
    register="$work/r$size"
    dotnet "$bench_dll" size "$size" "$register" >/dev/null
    n="$runs"
    if [[ $size == 10000 ]]; then n="${SIZE_RUNS_10000:-3}"; fi
    run_n yaml "$size" "$n" "" ":" "${baseline[@]}" yaml "$register"
    run_n validate "$size" "$n" "" ":" "${register_cli[@]}" validate "$register"
    run_n build "$size" "$n" "$work/out$size" "rm -rf '$work/out$size'" "${register_cli[@]}" build "$register" --out "$work/out$size"
    # The same build again into the folder the last one wrote: nothing has changed.
    run_n rebuild "$size" "$n" "$work/out$size" ":" "${register_cli[@]}" build "$register" --out "$work/out$size"
    # A pull request's change: one activity edited (a comment appended, new bytes each run), then built into that folder.
    # (awk reads the whole list: head would close the pipe early and, with pipefail, end the script at 10,000 files.)
    edited="$(ls "$register/activities" | LC_ALL=C sort | awk 'NR == 1')"
    run_n edit "$size" "$n" "$work/out$size" "printf '\\n# edited in run %s\\n' \"\$i\" >>'$register/activities/$edited'" \
      "${register_cli[@]}" build "$register" --out "$work/out$size"
    rm -rf "$work/out$size" "$register"
  done
  echo "== load afterwards: $(uptime | sed 's/.*load average/load average/')"
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
