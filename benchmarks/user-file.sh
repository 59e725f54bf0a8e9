#!/usr/bin/env bash
# User data at scale (issue 12, item 6): a user's JSON file of 1 000 000 records (the benchmarks' generated dataset,
# written with BorderCoopData.WriteJson), loaded
#   - by the library: BorderCoopData.LoadFile, every check, with the byte limit raised to the file's size (the default,
#     DatasetLoadLimits.Default, refuses input over 64 MiB; a user with a larger file passes larger limits, as this does);
#   - by plain JsonSerializer.Deserialize into plain C# records of the same shape with no checks (source-generated),
#     streamed from the file: the floor; and the same from the whole file read into memory first, as the library reads;
#   - by the tool, JIT build: `bordercoop --data FILE agreements --from 2008 --to 2008`, which adds the file to the
#     embedded data (Extend) and answers one small question; it passes `--data-limit` to admit the file.
# Each way runs in a fresh process (so its peak memory is its own), RUNS times, the ways taking turns, pinned to one
# core, under /usr/bin/time for the wall time and the peak resident set (hyperfine 1.15 does not record memory).
#
# Usage, from the repository root:  bash benchmarks/user-file.sh [RUNS]      (RUNS defaults to 5)
# Installs /usr/bin/time with apt-get when it is missing. Writes its work to artifacts/user-file/ (the 1M file, about
# 690 MiB, is made once and kept; delete it to make it again) and prints a Markdown table. Set BUILD_LOCK to a file to
# run the builds under `flock` (a shared machine), USERFILE_CORE to pin another core.
set -euo pipefail

runs="${1:-5}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/artifacts/user-file"
core="${USERFILE_CORE:-1}"
file="$work/user-1m.json"

if [ ! -x /usr/bin/time ]; then
  echo "user-file: installing time" >&2
  (apt-get update -qq && apt-get install -y -qq time) >/dev/null
fi

locked() { if [ -n "${BUILD_LOCK:-}" ]; then flock "$BUILD_LOCK" "$@"; else "$@"; fi; }

mkdir -p "$work"
cd "$root"

echo "user-file: building the benchmarks (Release) and publishing the tool (JIT)" >&2
locked dotnet build benchmarks/BorderCoop.Benchmarks -c Release -v q -nologo >/dev/null
locked dotnet publish src/BorderCoop.Cli -c Release -o "$work/cli" -v q -nologo >/dev/null
bench=(dotnet "$root/benchmarks/BorderCoop.Benchmarks/bin/Release/net10.0/BorderCoop.Benchmarks.dll")

if [ ! -f "$file" ]; then
  echo "user-file: writing the 1M-record file" >&2
  "${bench[@]}" --write-user-file "$file" >&2
fi
bytes=$(stat -c %s "$file")
echo "user-file: $file, $bytes bytes" >&2
cat "$file" >/dev/null # into the page cache, so no way pays for the first read from disk

ways=(plain plain-bytes borders cli)
command_of() {
  case "$1" in
    cli) echo dotnet "$work/cli/BorderCoop.Cli.dll" --data-limit "$(( (bytes + 1048575) / 1048576 ))" --data "$file" agreements --from 2008 --to 2008 ;;
    *) echo "${bench[@]}" --load-user-file "$file" --how "$1" ;;
  esac
}

runs_file="$work/runs.tsv"
printf 'way\trun\twall_s\tpeak_rss_kb\tload_ms\n' > "$runs_file"
echo "user-file: timing ($runs runs of each way, pinned to core $core)" >&2
for run in $(seq 1 "$runs"); do
  for way in "${ways[@]}"; do
    out="$work/out-$way-$run.txt"
    # shellcheck disable=SC2046 # the command is split into words on purpose
    taskset -c "$core" /usr/bin/time -f '%e %M' -o "$work/time.txt" $(command_of "$way") > "$out"
    read -r wall rss < "$work/time.txt"
    load=$(sed -n 's/.* records in \([0-9]*\) ms.*/\1/p' "$out")
    printf '%s\t%s\t%s\t%s\t%s\n' "$way" "$run" "$wall" "$rss" "$load" >> "$runs_file"
    echo "user-file: run $run, $way: ${wall} s, peak RSS $((rss / 1024)) MiB${load:+, load $load ms}" >&2
  done
done

python3 - "$runs_file" "$bytes" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
size = int(sys.argv[2])
names = {
    "plain": "JsonSerializer.Deserialize, plain records, streamed (floor)",
    "plain-bytes": "JsonSerializer.Deserialize, plain records, file read first",
    "borders": "BorderCoopData.LoadFile, every check",
    "cli": "bordercoop --data (JIT), agreements in 2008",
}
ways = list(dict.fromkeys(r["way"] for r in rows))
def med(way, key, scale=1.0):
    values = [float(r[key]) * scale for r in rows if r["way"] == way and r[key]]
    return statistics.median(values) if values else None
wall = {w: med(w, "wall_s") for w in ways}
rss = {w: med(w, "peak_rss_kb", 1024) for w in ways}
load = {w: med(w, "load_ms") for w in ways}
low = {w: min(float(r["wall_s"]) for r in rows if r["way"] == w) for w in ways}
high = {w: max(float(r["wall_s"]) for r in rows if r["way"] == w) for w in ways}
floor = "plain"
# On a shared machine the load changes from minute to minute: each way is compared with the floor of the same run
# (the ways take turns), and the median of those ratios is shown.
by_run = {(r["way"], r["run"]): float(r["wall_s"]) for r in rows}
ratio = {w: statistics.median(by_run[(w, run)] / by_run[(floor, run)] for (way, run) in by_run if way == w) for w in ways}
print(f"File: {size:,} bytes ({size / 2**20:.1f} MiB); {len(rows) // len(ways)} runs of each way; medians. "
      "Time ÷ plain is the median of each run's ratio to the plain load of the same run.")
print()
print("| way | wall time | range | load (in process) | time ÷ plain | peak RSS | ÷ plain | ÷ file size |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for w in ways:
    load_text = f"{load[w] / 1000:.1f} s" if load[w] is not None else ""
    print(f"| {names.get(w, w)} | {wall[w]:.1f} s | {low[w]:.1f}–{high[w]:.1f} s | {load_text} | {ratio[w]:.2f}× "
          f"| {rss[w] / 2**20:,.0f} MiB | {rss[w] / rss[floor]:.2f}× | {rss[w] / size:.2f}× |")
EOF
