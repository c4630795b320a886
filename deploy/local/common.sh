# Sourced by deploy/local/run and deploy/local/bw: find the repository, check for a JDK, and build what a command
# needs when it is missing or older than its sources, so a fresh checkout with only a JDK works on first use.
# (Plain bash 3 constructs: macOS still ships it.)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

require_java() {
  if ! command -v java >/dev/null 2>&1; then
    echo "$(basename "$0"): needs a JDK 17 or newer: no 'java' on PATH" >&2
    exit 69
  fi
}

# build_if_stale TARGET... -- SOURCE... -- MAVEN_ARG...
# Paths are relative to the repository root. Builds (install, no tests) when a target is missing or a file under a
# source is newer than the oldest target, then touches the targets: Maven leaves an unchanged jar's date alone,
# which would otherwise make every later run rebuild.
build_if_stale() {
  local targets=() sources=() maven=() part=0 item oldest=""
  for item in "$@"; do
    if [[ $item == -- && $part -lt 2 ]]; then
      part=$((part + 1))
    elif [[ $part -eq 0 ]]; then
      targets+=("$ROOT/$item")
    elif [[ $part -eq 1 ]]; then
      sources+=("$ROOT/$item")
    else
      maven+=("$item")
    fi
  done
  for item in "${targets[@]}"; do
    if [[ ! -f $item ]]; then
      oldest=""
      break
    fi
    if [[ -z $oldest || $item -ot $oldest ]]; then
      oldest=$item
    fi
  done
  if [[ -n $oldest && -z $(find "${sources[@]}" -type f -newer "$oldest" -print 2>/dev/null | head -n 1) ]]; then
    return 0
  fi
  echo "$(basename "$0"): building budgetwatch first (the first build downloads dependencies and takes minutes)" >&2
  # Maven's output goes to stderr: the command's stdout stays clean (bw parse … | jq)
  (cd "$ROOT" && ./mvnw -q -B install -DskipTests ${maven[@]+"${maven[@]}"}) >&2
  touch "${targets[@]}"
}
