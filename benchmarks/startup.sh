#!/usr/bin/env bash
# Start-up benchmark (issue 12): what a person waits for, process start to answer, for one question,
# "everything dated from 1995 to 2000", asked of
#   - the NativeAOT `bordercoop timeline --from 1995 --to 2000`,
#   - the JIT build of the same tool (`dotnet BorderCoop.Cli.dll …`, what `dotnet tool install` gives), as IL and
#     precompiled ReadyToRun (`dotnet publish -r linux-x64 --self-contained false -p:PublishReadyToRun=true`),
#   - `sqlite3` on a database imported from the tool's own CSV export (the tool an analyst would pick instead),
# and, as floors, AOT and JIT "hello world" programs built here. Every command runs pinned to one core, with
# hyperfine (warm-up runs, then medians); the ratios in the summary are from this one run.
#
# Usage, from the repository root:  bash benchmarks/startup.sh [RUNS]      (RUNS defaults to 20)
# Installs hyperfine, sqlite3 and clang-14 with apt-get when they are missing. Writes its work to
# artifacts/startup/ and prints a Markdown table for benchmarks/RESULTS.md.
set -euo pipefail

runs="${1:-20}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/artifacts/startup"
core="${STARTUP_CORE:-1}"

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "startup: installing $2" >&2
    (apt-get update -qq && apt-get install -y -qq "$2") >/dev/null
  fi
}
need hyperfine hyperfine
need sqlite3 sqlite3
need clang-14 clang-14

rm -rf "$work"
mkdir -p "$work"
cd "$root"

echo "startup: publishing the tool (JIT, JIT ReadyToRun and NativeAOT)" >&2
dotnet publish src/BorderCoop.Cli -c Release -o "$work/jit" -v q -nologo >/dev/null
dotnet publish src/BorderCoop.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/jit-r2r" -v q -nologo >/dev/null
dotnet publish src/BorderCoop.Cli -c Release -r linux-x64 -p:PublishAot=true -p:CppCompilerAndLinker=clang-14 \
  -o "$work/aot" -v q -nologo >/dev/null
mv "$work/aot/BorderCoop.Cli" "$work/aot/bordercoop" # the name the tool is installed under

echo "startup: building the hello-world floors" >&2
mkdir -p "$work/hello-src"
cat > "$work/hello-src/Hello.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <ImplicitUsings>disable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
</Project>
EOF
echo 'System.Console.WriteLine("hello");' > "$work/hello-src/Program.cs"
# The hello world lives outside the repository's Directory.*.props on purpose: a plain program.
printf '<Project />\n' > "$work/hello-src/Directory.Build.props"
printf '<Project />\n' > "$work/hello-src/Directory.Packages.props"
(cd "$work/hello-src" && dotnet publish -c Release -o "$work/hello-jit" -v q -nologo >/dev/null \
  && dotnet publish -c Release -r linux-x64 -p:PublishAot=true -p:CppCompilerAndLinker=clang-14 -o "$work/hello-aot" -v q -nologo >/dev/null)

echo "startup: exporting CSV and importing it into SQLite" >&2
"$work/aot/bordercoop" export --format csv --output "$work/csv" >/dev/null
db="$work/bordercoop.db"
for table in events agreements extradition-cases programs person-roles people sources; do
  sqlite3 "$db" ".import --csv '$work/csv/$table.csv' \"$table\""
done

# The same question as the tool's: every dated value whose possible days meet 1995-01-01..2000-12-31, in date order.
# A bound with no earliest (latest) day has an empty first (last) day, which reaches without limit on that side.
cat > "$work/window.sql" <<'EOF'
WITH dated(first_day, last_day, what, id) AS (
  SELECT date_first_day, date_last_day, kind, id FROM events
  UNION ALL SELECT signed_first_day, signed_last_day, 'signed', id FROM agreements
  UNION ALL SELECT issued_first_day, issued_last_day, 'issued', id FROM agreements
  UNION ALL SELECT in_force_first_day, in_force_last_day, 'in force', id FROM agreements
  UNION ALL SELECT arrested_first_day, arrested_last_day, 'arrested', id FROM "extradition-cases"
  UNION ALL SELECT requested_first_day, requested_last_day, 'requested', id FROM "extradition-cases"
  UNION ALL SELECT granted_first_day, granted_last_day, 'granted', id FROM "extradition-cases"
  UNION ALL SELECT surrendered_first_day, surrendered_last_day, 'surrendered', id FROM "extradition-cases"
  UNION ALL SELECT period_start_first_day, period_start_last_day, 'started', id FROM programs
  UNION ALL SELECT period_end_first_day, period_end_last_day, 'ended', id FROM programs
  UNION ALL SELECT period_start_first_day, period_start_last_day, 'took office: ' || title, person_id FROM "person-roles"
  UNION ALL SELECT period_end_first_day, period_end_last_day, 'left office: ' || title, person_id FROM "person-roles"
  UNION ALL SELECT published_first_day, published_last_day, 'published', id FROM sources
)
SELECT first_day, what, id FROM dated
WHERE (first_day <> '' OR last_day <> '')
  AND (first_day = '' OR first_day <= '2000-12-31')
  AND (last_day = '' OR last_day >= '1995-01-01')
ORDER BY coalesce(nullif(first_day, ''), last_day), id, what;
EOF

aot_lines=$("$work/aot/bordercoop" timeline --from 1995 --to 2000 | wc -l)
sql_lines=$(sqlite3 "$db" < "$work/window.sql" | wc -l)
echo "startup: the tool prints $aot_lines lines (with its header and notes), sqlite3 $sql_lines rows" >&2

echo "startup: timing ($runs runs each, pinned to core $core)" >&2
taskset -c "$core" hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/startup.json" --style none \
  -n "hello world, NativeAOT" "$work/hello-aot/Hello" \
  -n "hello world, JIT" "dotnet $work/hello-jit/Hello.dll" \
  -n "sqlite3, same question on the CSV export" "sqlite3 $db '.read $work/window.sql'" \
  -n "bordercoop timeline, NativeAOT" "$work/aot/bordercoop timeline --from 1995 --to 2000" \
  -n "bordercoop timeline, JIT" "dotnet $work/jit/BorderCoop.Cli.dll timeline --from 1995 --to 2000" \
  -n "bordercoop timeline, JIT ReadyToRun" "dotnet $work/jit-r2r/BorderCoop.Cli.dll timeline --from 1995 --to 2000" \
  -n "bordercoop --version, NativeAOT" "$work/aot/bordercoop --version" \
  -n "bordercoop --version, JIT ReadyToRun" "dotnet $work/jit-r2r/BorderCoop.Cli.dll --version" \
  >/dev/null

python3 - "$work/startup.json" <<'EOF'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
median = {name: r["median"] * 1000 for name, r in results.items()}
low = {name: min(r["times"]) * 1000 for name, r in results.items()}
high = {name: max(r["times"]) * 1000 for name, r in results.items()}
sqlite = median["sqlite3, same question on the CSV export"]
hello = {"NativeAOT": median["hello world, NativeAOT"], "JIT": median["hello world, JIT"]}
print("| command | median | range | ÷ sqlite3 | ÷ hello world of its build |")
print("| --- | ---: | ---: | ---: | ---: |")
for name in results:
    build = "JIT" if "JIT" in name else "NativeAOT"
    ratio_hello = "" if name.startswith("hello") or name.startswith("sqlite3") else f"{median[name] / hello[build]:.1f}×"
    print(f"| {name} | {median[name]:.1f} ms | {low[name]:.1f}–{high[name]:.1f} ms | {median[name] / sqlite:.1f}× | {ratio_hello} |")
EOF
