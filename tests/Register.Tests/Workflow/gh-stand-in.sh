#!/usr/bin/env bash
# Stand-in for the GitHub CLI in workflow tests: the issue comments of one pull request live in the JSON file
# $GH_STAND_IN_COMMENTS ([{"id":1,"user":{"login":"..."},"body":"..."}]); every call is appended to $GH_STAND_IN_LOG.
# It answers only the calls the example workflow makes and fails on any other, so a new call cannot pass unseen.
set -euo pipefail
printf 'gh' >> "$GH_STAND_IN_LOG"; printf ' %q' "$@" >> "$GH_STAND_IN_LOG"; printf '\n' >> "$GH_STAND_IN_LOG"
store="$GH_STAND_IN_COMMENTS"
[ -n "${GH_TOKEN:-}" ] || { echo "gh: GH_TOKEN is not set" >&2; exit 4; }

case "${1:-}" in
  api)
    shift
    method=GET path="" filter="" body=""
    while [ $# -gt 0 ]; do
      case "$1" in
        --method|-X) method="$2"; shift 2 ;;
        --paginate) shift ;;
        --jq|-q) filter="$2"; shift 2 ;;
        -F|--field)
          case "$2" in body=@*) body="${2#body=@}" ;; *) echo "gh stand-in: unexpected field $2" >&2; exit 1 ;; esac
          shift 2 ;;
        -*) echo "gh stand-in: unexpected option $1" >&2; exit 1 ;;
        *) path="$1"; shift ;;
      esac
    done
    case "$method $path" in
      "GET repos/$GITHUB_REPOSITORY/issues/$PR/comments")
        if [ -n "$filter" ]; then jq -r "$filter" "$store"; else cat "$store"; fi ;;
      "PATCH repos/$GITHUB_REPOSITORY/issues/comments/"*)
        id="${path##*/}"
        jq --arg id "$id" '[.[] | select((.id | tostring) == $id)] | length == 1' "$store" | grep -qx true ||
          { echo "gh: HTTP 404: comment $id not found" >&2; exit 1; }
        jq --arg id "$id" --rawfile text "$body" 'map(if (.id | tostring) == $id then .body = $text else . end)' "$store" > "$store.new"
        mv "$store.new" "$store"
        echo '{}' ;;
      *) echo "gh stand-in: unexpected call: $method $path" >&2; exit 1 ;;
    esac ;;
  pr)
    [ "${2:-}" = comment ] && [ "${3:-}" = "$PR" ] && [ "${4:-}" = --body-file ] && [ $# -eq 5 ] ||
      { echo "gh stand-in: unexpected call: gh $*" >&2; exit 1; }
    jq --rawfile text "$5" '. + [{"id": ((map(.id) | max // 100) + 1), "user": {"login": "github-actions[bot]"}, "body": $text}]' "$store" > "$store.new"
    mv "$store.new" "$store" ;;
  *) echo "gh stand-in: unexpected call: gh $*" >&2; exit 1 ;;
esac
