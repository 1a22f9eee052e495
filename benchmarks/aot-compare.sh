#!/usr/bin/env bash
# Checks that the Native AOT binary of the tool behaves as the JIT tool (docs/performance.md, "Start-up"): the same
# standard output, standard error and exit code for validate (every report format) on the example register and on
# every rule fixture of tests/Register.Tests/Validation/Fixtures, explain, schema, export, and the same bytes for a
# build, a rebuild into the same folder and build --check. Not a test of the suite: an AOT publish takes minutes.
#
#   dotnet build src/Register.Cli -c Release
#   dotnet publish src/Register.Cli -c Release -r linux-x64 -p:RegisterAot=true -o artifacts/aot
#   benchmarks/aot-compare.sh [AOT_BINARY]     (default artifacts/aot/register)
#
# Prints one line per difference and ends with "N same, N different"; exits 1 when anything differs.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
aot="$(realpath "${1:-$root/artifacts/aot/register}")"
jit_dll="$root/src/Register.Cli/bin/Release/net10.0/Register.Cli.dll"
fixtures="$root/tests/Register.Tests/Validation/Fixtures"
[[ -x "$aot" ]] || { echo "no AOT binary at $aot (see the header of $0)" >&2; exit 2; }
[[ -f "$jit_dll" ]] || { echo "no JIT build at $jit_dll: dotnet build src/Register.Cli -c Release" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/register-aot-compare.XXXXXX")"
trap 'rm -rf "$work"' EXIT
same=0
different=0

# run DIR OUT_PREFIX TOOL ARGS...: the tool's stdout, stderr and exit code into OUT_PREFIX.{out,err,rc}, run in DIR.
run() {
  local dir="$1" prefix="$2" tool="$3" rc=0
  shift 3
  if [[ "$tool" == jit ]]; then
    (cd "$dir" && timeout 300 dotnet "$jit_dll" "$@" >"$prefix.out" 2>"$prefix.err" </dev/null) || rc=$?
  else
    (cd "$dir" && timeout 300 "$aot" "$@" >"$prefix.out" 2>"$prefix.err" </dev/null) || rc=$?
  fi
  echo "$rc" >"$prefix.rc"
}

# same_run LABEL DIR ARGS...: runs both tools in DIR and compares what they print and their exit codes.
same_run() {
  local label="$1" dir="$2"
  shift 2
  run "$dir" "$work/jit" jit "$@"
  run "$dir" "$work/aot" aot "$@"
  same_result "$label" "$@"
}

# same_result LABEL ARGS...: the last two runs printed the same and exited alike (their output folders' names, out-jit
# and out-aot, read as one).
same_result() {
  local label="$1" part
  shift
  for part in out err rc; do
    if ! cmp -s <(sed 's/out-jit/out-TOOL/g' "$work/jit.$part") <(sed 's/out-aot/out-TOOL/g' "$work/aot.$part"); then
      echo "DIFFERENT $label ($part): register $*"
      diff "$work/jit.$part" "$work/aot.$part" | head -10 || true
      different=$((different + 1))
      return
    fi
  done
  same=$((same + 1))
}

# same_tree LABEL A B [DIFF OPTIONS]: two folders with the same files and bytes (the output lock file aside).
same_tree() {
  if diff -r -x .register-lock "${@:4}" "$2" "$3" >"$work/tree.diff" 2>&1; then
    same=$((same + 1))
  else
    echo "DIFFERENT $1: $2 vs $3"
    head -10 "$work/tree.diff"
    different=$((different + 1))
  fi
}

# The example register, from a copy of the repository's register/ (so the schema command writes into the copy).
mkdir -p "$work/example"
cp -r "$root/register" "$work/example/register"
for report in text json sarif github; do
  same_run "example validate" "$work/example" validate register --report "$report"
  same_run "example validate" "$work/example" validate register --report "$report" --warnings-as-errors --today 2030-01-01
done
same_run "help" "$work/example" --help
same_run "version" "$work/example" --version
same_run "explain list" "$work/example" explain --list
for code in REG001 REG023 REG140 REG999; do
  same_run "explain" "$work/example" explain "$code"
done
same_run "export" "$work/example" export art30 register --lang en --format md
same_run "export" "$work/example" export art30 register --lang nl --format csv --processor

# diff (reads git history; writes nothing) and init (a new repository; what it prints and the files it writes).
same_run "diff" "$root" diff register --from HEAD~20 --format json
same_run "diff" "$root" diff register --from HEAD~20 --to HEAD~5
run "$work" "$work/jit" jit init "$work/init/out-jit"
run "$work" "$work/aot" aot init "$work/init/out-aot"
same_result "init" init "out-TOOL"
same_tree "init files" "$work/init/out-jit" "$work/init/out-aot"

# schema: what it prints and the files it writes.
same_run "schema" "$work/example" schema register --out "$work/schema-jit"
run "$work/example" "$work/aot" aot schema register --out "$work/schema-aot"
same_tree "schema files" "$work/schema-jit" "$work/schema-aot"

# build: the JIT build reproduces the committed output/ (which leaves out the git-ignored inputs cache), the AOT build
# the same bytes; then each tool rebuilds its own folder (nothing to write), and build --check of the committed output/.
# The inputs cache (.register-inputs.json) differs: it keys each document on the tool's build (DocumentInputs), and the
# AOT binary is another build of the library, so a folder built by one tool is rendered again, to the same bytes, by the other.
run "$work/example" "$work/jit" jit build register --out "$work/out-jit"
run "$work/example" "$work/aot" aot build register --out "$work/out-aot"
same_result "build" build register --out "out-TOOL"
same_tree "build output (committed vs JIT)" "$root/output" "$work/out-jit" -x .register-inputs.json
same_tree "build output (JIT vs AOT)" "$work/out-jit" "$work/out-aot" -x .register-inputs.json
run "$work/example" "$work/jit" jit build register --out "$work/out-jit"
run "$work/example" "$work/aot" aot build register --out "$work/out-aot"
same_result "rebuild" build register --out "out-TOOL"
same_tree "rebuild output (JIT vs AOT)" "$work/out-jit" "$work/out-aot" -x .register-inputs.json
same_run "build --check" "$work/example" build register --out "$root/output" --check

# Every rule fixture, laid over Fixtures/_base as RegisterFixture does, validated as the fixture tests do (--today
# 2026-03-01, options.txt as options, the case's templates/ as --templates).
for case_dir in "$fixtures"/*/; do
  name="$(basename "$case_dir")"
  [[ "$name" == _* ]] && continue
  dir="$work/case/$name"
  mkdir -p "$dir/register"
  cp -r "$fixtures/_base/." "$dir/register/"
  args=(validate register --today 2026-03-01)
  while IFS= read -r -d '' file; do
    relative="${file#"$case_dir"}"
    case "$relative" in
      expected.txt | options.txt | templates/*) continue ;;
      *.delete) rm -f "$dir/register/${relative%.delete}" ;;
      *) mkdir -p "$(dirname "$dir/register/$relative")" && cp "$file" "$dir/register/$relative" ;;
    esac
  done < <(find "$case_dir" -type f -print0)
  if [[ -d "$case_dir/templates" ]]; then
    cp -r "$case_dir/templates" "$dir/templates"
    args+=(--templates templates)
  fi
  if [[ -f "$case_dir/options.txt" ]]; then
    while IFS='=' read -r key value; do
      [[ -n "$key" ]] && args+=("--${key//_/-}" "$value")
    done <"$case_dir/options.txt"
  fi
  same_run "fixture $name" "$dir" "${args[@]}"
  same_run "fixture $name" "$dir" "${args[@]}" --report sarif
done

# A register of 1,000 activities (benchmarks/startup.sh makes one), when there is one.
if [[ -d "${LARGE_REGISTER:-/tmp/register-r1000}" ]]; then
  for report in text json; do
    same_run "large validate" "$work" validate "${LARGE_REGISTER:-/tmp/register-r1000}" --report "$report"
  done
fi

echo "$same same, $different different"
[[ "$different" -eq 0 ]]
