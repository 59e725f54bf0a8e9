#!/usr/bin/env bash
# Checks that what BorderCoop ships works outside the repository (run by .ci/run after the tests; also by hand):
#   pack      dotnet pack of the library and the tool, and what the packages hold (README, docs, symbols, schema, metadata)
#   consumer  a throwaway project outside the repository references the package from a local folder, compiles the
#             quick start of the package README (src/BorderCoop/PACKAGE.md) for net8.0 and net10.0, and runs it
#   tool      dotnet tool install of BorderCoop.Tool into a temporary folder (on linux-x64 it gets the ReadyToRun package), then one query
#   readme-install  the install block of README.md, run as written by bash in a scratch home folder: packs the
#             library and the tool, installs the tool globally there and asks it a question, adds the package to a new project
#   aot       dotnet publish -p:PublishAot=true of the CLI (no trim or AOT warning allowed), then a smoke test of the binary,
#             whose SQLite export the sqlite3 shell then queries (FTS5, a view, the foreign keys)
#   annotations  the native binary's annotations export, checked by a JSON-LD processor (jsonld.js, from npm) with the
#             W3C Web Annotation context (.ci/jsonld), and every selector resolved in seeds/ by that script
# Each check prints "package-check: ok NAME (N s)" or "package-check: FAILED NAME (N s): reason"; .ci/run counts them.
# The exit code is the number of failed checks. Packages are left in artifacts/packages, the binary in artifacts/aot.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

packages="$root/artifacts/packages"
aot="$root/artifacts/aot"
work=$(mktemp -d "${TMPDIR:-/tmp}/bordercoop-package-checks.XXXXXX")
# A prerelease of the version in Directory.Build.props that no cache can hold yet: the consumer restores exactly
# the package packed here.
prefix=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)
suffix="ci.$(date -u +%Y%m%d%H%M%S).$$"
version="$prefix-$suffix"
data_version=$(tr -d '\r\n' < src/BorderCoop/Data/VERSION)
failures=0

cleanup() {
  # The versions the README's install block packed (check readme-install), read before the scratch folder goes.
  local readme_versions
  readme_versions=$(ls "$work/home/bordercoop-packages" 2>/dev/null | sed -n 's/^BorderCoop\.\([0-9].*\)\.nupkg$/\1/p')
  rm -rf "$work"
  # Only the unique version restored above; nothing else in the global packages folder is touched.
  local global
  global=$(dotnet nuget locals global-packages --list 2>/dev/null | sed -n 's/^global-packages: //p')
  if [ -n "$global" ]; then
    local v
    for v in "$version" $readme_versions; do
      rm -rf "$global/bordercoop/$v" "$global/bordercoop.tool/$v" "$global/bordercoop.tool.linux-x64/$v" "$global/bordercoop.tool.any/$v"
    done
    rmdir "$global/bordercoop" "$global/bordercoop.tool" "$global/bordercoop.tool.linux-x64" "$global/bordercoop.tool.any" 2>/dev/null || true  # only when nothing else is in them
  fi
}
trap cleanup EXIT

# check NAME FUNCTION: runs the function with its output indented, times it, and reports it in one line.
check() {
  local name=$1 started=$SECONDS
  echo "== package-check $name"
  rm -f "$work/reason"
  "$2" 2>&1 | sed "s/^/  [$name] /"
  if [ "${PIPESTATUS[0]}" -eq 0 ]; then
    echo "package-check: ok $name ($((SECONDS - started)) s)"
  else
    echo "package-check: FAILED $name ($((SECONDS - started)) s): $(head -n 1 "$work/reason" 2>/dev/null || echo 'see the output above')"
    failures=$((failures + 1))
  fi
}

# fail REASON: says why a check fails (the first reason is the one reported) and returns 1.
fail() {
  [ -f "$work/reason" ] || echo "$*" > "$work/reason"
  echo "error: $*"
  return 1
}

# has ZIP ENTRY: whether the package holds the entry. (grep reads to the end: with pipefail, grep -q would stop
# early and unzip die of SIGPIPE, failing the pipeline at random.)
has() { unzip -Z1 "$1" | grep -cxF -- "$2" > /dev/null || fail "$(basename "$1") lacks $2"; }

# holds ZIP ENTRY TEXT: whether the entry (text or binary) contains TEXT.
holds() { unzip -p "$1" "$2" | grep -caF -- "$3" > /dev/null; }

pack() {
  rm -rf "$packages" && mkdir -p "$packages" || return 1
  dotnet pack src/BorderCoop/BorderCoop.csproj -c Release -o "$packages" --version-suffix "$suffix" || fail "dotnet pack src/BorderCoop failed" || return 1
  dotnet pack src/BorderCoop.Cli/BorderCoop.Cli.csproj -c Release -o "$packages" --version-suffix "$suffix" || fail "dotnet pack src/BorderCoop.Cli failed" || return 1

  local lib="$packages/BorderCoop.$version.nupkg" symbols="$packages/BorderCoop.$version.snupkg" tool="$packages/BorderCoop.Tool.$version.nupkg"
  local tool_linux="$packages/BorderCoop.Tool.linux-x64.$version.nupkg" tool_any="$packages/BorderCoop.Tool.any.$version.nupkg"
  for file in "$lib" "$symbols" "$tool" "$tool_linux" "$tool_any"; do
    [ -f "$file" ] || fail "$(basename "$file") was not produced" || return 1
  done
  for entry in README.md lib/net8.0/BorderCoop.dll lib/net8.0/BorderCoop.xml lib/net10.0/BorderCoop.dll lib/net10.0/BorderCoop.xml \
      content/schema/bordercoop.schema.json contentFiles/any/any/schema/bordercoop.schema.json; do
    has "$lib" "$entry" || return 1
  done
  has "$symbols" lib/net8.0/BorderCoop.pdb && has "$symbols" lib/net10.0/BorderCoop.pdb || return 1
  # The tool: a package that points to one per platform, ReadyToRun for linux-x64 and IL for any other.
  has "$tool" tools/any/any/DotnetToolSettings.xml && has "$tool" README.md || return 1
  holds "$tool" tools/any/any/DotnetToolSettings.xml 'Command Name="bordercoop"' || fail "the tool's command is not bordercoop" || return 1
  for rid in linux-x64 any; do
    holds "$tool" tools/any/any/DotnetToolSettings.xml "RuntimeIdentifier=\"$rid\" Id=\"BorderCoop.Tool.$rid\"" || fail "BorderCoop.Tool does not point to BorderCoop.Tool.$rid" || return 1
  done
  has "$tool_any" tools/net10.0/any/BorderCoop.Cli.dll && has "$tool_linux" tools/net10.0/linux-x64/BorderCoop.Cli.dll || return 1
  # A ReadyToRun image carries a managed native header the IL-only one lacks: RTR, the ReadyToRun signature.
  unzip -p "$tool_linux" tools/net10.0/linux-x64/BorderCoop.dll | grep -caF 'RTR' > /dev/null || fail "BorderCoop.Tool.linux-x64 is not compiled ReadyToRun" || return 1
  unzip -p "$lib" README.md | cmp -s - src/BorderCoop/PACKAGE.md || fail "the package README is not src/BorderCoop/PACKAGE.md" || return 1

  local nuspec
  nuspec=$(unzip -p "$lib" BorderCoop.nuspec)
  for expected in '<license type="expression">MIT</license>' '<readme>README.md</readme>' \
      '<repository type="git" url="https://github.com/bordercoop/bordercoop"' "Data release $data_version." '<tags>' '<dependency id="NodaTime"'; do
    grep -qF "$expected" <<< "$nuspec" || fail "BorderCoop.nuspec lacks $expected" || return 1
  done

  # Deterministic CI builds map build paths to /_/ (ContinuousIntegrationBuild).
  if [ "${CI:-}" = "true" ]; then
    holds "$lib" lib/net10.0/BorderCoop.dll "/_/src/BorderCoop/obj/" || fail "CI=true, yet the DLL names a build path that is not mapped to /_/" || return 1
  fi

  # SourceLink maps the PDB to the sources at the git remote "origin", and only when it is a known host (GitHub here).
  local origin
  origin=$(git remote get-url origin 2>/dev/null || true)
  if holds "$symbols" lib/net10.0/BorderCoop.pdb '"documents"'; then
    echo "SourceLink: the PDBs map sources to $origin"
  elif [[ "$origin" == *github.com[:/]* ]]; then
    fail "the git remote origin is on GitHub ($origin), yet the PDBs carry no SourceLink" || return 1
  else
    echo "SourceLink: no GitHub remote (origin: ${origin:-none}), so the PDBs map no sources; they will once the repository is pushed to GitHub"
  fi
  ls -l "$packages" | sed 1d
}

consumer() {
  local dir="$work/consumer"
  mkdir -p "$dir" || return 1
  # Its own package source: the local folder, added to the machine's default sources (not cleared), so NodaTime
  # still comes from where it always does.
  cat > "$dir/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="bordercoop-local" value="$packages" />
  </packageSources>
</configuration>
EOF
  cat > "$dir/Consumer.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFrameworks>net10.0;net8.0</TargetFrameworks>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="BorderCoop" Version="$version" />
  </ItemGroup>
</Project>
EOF
  # The quick start of the package page, verbatim: the first C# block of PACKAGE.md.
  awk '/^```csharp$/ { inside = 1; next } /^```$/ && inside { exit } inside' src/BorderCoop/PACKAGE.md > "$dir/Program.cs"
  [ -s "$dir/Program.cs" ] || fail "PACKAGE.md has no C# block" || return 1

  (cd "$dir" && dotnet build -c Release) || fail "the quick start does not build against the package" || return 1
  local output
  output=$(cd "$dir" && dotnet run -c Release -f net10.0 --no-build) || fail "the quick start failed when run" || return 1
  echo "$output"
  grep -qE "^BorderCoop data $data_version: [0-9]+ records$" <<< "$output" || fail "the quick start did not report data $data_version" || return 1
  grep -qF "at least 136" <<< "$output" || fail "the quick start did not print the typed figure 'at least 136'" || return 1
  grep -qF "source/" <<< "$output" || fail "the quick start printed no citation" || return 1
  [ -f "$dir/bin/Release/net8.0/BorderCoop.dll" ] || fail "the net8.0 build did not get the library" || return 1
}

tool() {
  (cd "$work" && dotnet tool install BorderCoop.Tool --version "$version" --tool-path "$work/tools" --add-source "$packages") \
    || fail "dotnet tool install BorderCoop.Tool failed" || return 1
  if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
    [ -d "$work/tools/.store/bordercoop.tool/$version/bordercoop.tool.linux-x64" ] || fail "on linux-x64 the tool install did not pick the ReadyToRun package" || return 1
  fi
  local output
  output=$("$work/tools/bordercoop" timeline --from 1996 --to 1996) || fail "the installed tool failed: bordercoop timeline --from 1996 --to 1996" || return 1
  echo "$output"
  grep -qF "extradition-case/juan-garcia-abrego" <<< "$output" || fail "the installed tool's timeline lacks the 1996 expulsion" || return 1
  # The SQLite export needs SQLite's native library, which the tool package carries for its platforms.
  "$work/tools/bordercoop" export --format sqlite --output "$work/tool-sqlite" || fail "the installed tool failed: bordercoop export --format sqlite" || return 1
  [ -s "$work/tool-sqlite/bordercoop.db" ] || fail "the installed tool's SQLite export wrote no bordercoop.db" || return 1
}

readme_install() {
  local home="$work/home" block="$work/readme-install.sh" output
  mkdir -p "$home" || return 1
  # The first sh block under the README's heading "Install the tool and the library", verbatim.
  awk '/^## Install the tool and the library$/ { section = 1; next } /^## / { section = 0 }
       section && /^```sh$/ { inside = 1; next } inside && /^```$/ { exit } inside' README.md > "$block"
  [ -s "$block" ] || fail "README.md has no sh block under 'Install the tool and the library'" || return 1
  # A scratch home: ~ in the block, the global tool folder and the new project are all in it. NuGet's package cache
  # stays the machine's (NUGET_PACKAGES), so nothing is downloaded twice; only the block's versions are removed after.
  local global
  global=$(dotnet nuget locals global-packages --list 2>/dev/null | sed -n 's/^global-packages: //p')
  output=$(HOME="$home" NUGET_PACKAGES="$global" bash -euo pipefail "$block" 2>&1)
  local status=$?
  printf '%s\n' "$output" | tail -n 12
  [ "$status" -eq 0 ] || fail "the README's install block failed (exit $status)" || return 1
  grep -qF "extradition-case/juan-garcia-abrego" <<< "$output" || fail "the installed bordercoop did not answer the README's question" || return 1
  [ -x "$home/.dotnet/tools/bordercoop" ] || fail "the README's install put no bordercoop in ~/.dotnet/tools" || return 1
  grep -qF 'Include="BorderCoop"' "$home/my-story/my-story.csproj" || fail "the README's dotnet add package did not add BorderCoop" || return 1
  (cd "$home/my-story" && HOME="$home" NUGET_PACKAGES="$global" dotnet build -c Release -v q) || fail "the project the README makes does not build with the package" || return 1
}

# expect NAME EXIT TEXT COMMAND...: runs the command, which must exit with EXIT and print TEXT (on either stream).
expect() {
  local name=$1 exit_expected=$2 text=$3 output status
  shift 3
  output=$("$@" 2>&1)
  status=$?
  printf '%s\n' "$output" | head -n 8 | sed "s/^/($name) /"
  [ "$status" -eq "$exit_expected" ] || fail "$name: exit code $status, expected $exit_expected" || return 1
  grep -qF -- "$text" <<< "$output" || fail "$name: the output lacks '$text'" || return 1
}

aot() {
  local compiler=()
  if ! command -v clang >/dev/null; then
    if ! command -v clang-14 >/dev/null; then
      { apt-get update -qq && apt-get install -y -qq --no-install-recommends clang-14; } >/dev/null 2>&1 || fail "NativeAOT needs clang; neither clang nor clang-14 is installed, and installing clang-14 failed" || return 1
    fi
    compiler=(-p:CppCompilerAndLinker=clang-14)
  fi

  rm -rf "$aot"
  local log="$work/aot-publish.log"
  dotnet publish src/BorderCoop.Cli/BorderCoop.Cli.csproj -c Release -r linux-x64 -p:PublishAot=true "${compiler[@]}" -o "$aot" > "$log" 2>&1
  local status=$?
  tail -n 5 "$log"
  [ "$status" -eq 0 ] || { grep -E "error|warning" "$log" | head -20; fail "the NativeAOT publish failed"; } || return 1
  local warnings
  warnings=$(grep -E "warning (IL|SYSLIB)[0-9]+" "$log" | sort -u)
  if [ -n "$warnings" ]; then
    head -n 20 <<< "$warnings"
    fail "the NativeAOT publish has $(wc -l <<< "$warnings") trim or AOT warning(s)" || return 1
  fi

  local bin="$aot/bordercoop"
  mv "$aot/BorderCoop.Cli" "$bin" || fail "the publish made no BorderCoop.Cli binary" || return 1
  echo "binary: $(stat -c %s "$bin") bytes"
  expect "timeline" 0 "extradition-case/juan-garcia-abrego" "$bin" timeline --from 1996 --to 1996 || return 1
  expect "show" 0 "Gulf Cartel" "$bin" show extradition-case/juan-garcia-abrego || return 1
  expect "show-quote" 0 "“" "$bin" show extradition-case/juan-garcia-abrego || return 1
  expect "unknown-id" 1 "no record has the id or name 'extradition-case/nobody'" "$bin" show extradition-case/nobody || return 1
  expect "bad-period" 2 "ends before" "$bin" timeline --from 2000 --to 1990 || return 1
  # The date rules run the same in the native binary: a bound, the evidence of a later report, a role, a figure.
  expect "bound" 0 "surrendered by 2007-01" "$bin" extraditions --from 1995 --to 2000 || return 1
  expect "as-of" 0 "running as of 2010-09" "$bin" programs --active-on 1998-06-01 --format json || return 1
  expect "roles" 0 "\"dateKind\": \"held\"" "$bin" roles --on 2003-06-01 --format json || return 1
  expect "figures" 0 "extraditions MX→US, total, MX nationals" "$bin" figures --from 2009 --to 2009 || return 1
  # The binary runs without ICU (InvariantGlobalization): names must still fold without their accents.
  expect "accents" 0 "agency/mx-pgr" "$bin" agencies "Procuraduria General de la Republica" || return 1
  expect "export" 0 "\"dataVersion\": \"$data_version\"" "$bin" export --format json || return 1
  # The SQLite export loads SQLite's native library, which the publish puts beside the binary (ship them together).
  [ -f "$aot/libe_sqlite3.so" ] || fail "the publish put no libe_sqlite3.so beside the binary" || return 1
  rm -rf "$work/aot-sqlite"
  expect "export-sqlite" 0 "wrote" "$bin" export --format sqlite --output "$work/aot-sqlite" || return 1
  if ! command -v sqlite3 >/dev/null; then
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends sqlite3; } >/dev/null 2>&1 || fail "the SQLite export check needs the sqlite3 shell; installing Debian's sqlite3 failed" || return 1
  fi
  # Debian's own sqlite3 shell reads the database: an FTS5 query (accents folded) and a view.
  expect "sqlite-fts5" 0 "agency/us-consulate-ciudad-juarez|agencies" \
    sqlite3 "$work/aot-sqlite/bordercoop.db" "select distinct record_id, table_name from search where search match 'juarez' order by record_id" || return 1
  expect "sqlite-view" 0 "extradition-case/juan-garcia-abrego" \
    sqlite3 "$work/aot-sqlite/bordercoop.db" "select record_id from timeline where day between '1996-01-01' and '1996-12-31'" || return 1
  expect "sqlite-keys" 0 "0" sqlite3 "$work/aot-sqlite/bordercoop.db" "select count(*) from pragma_foreign_key_check" || return 1
  expect "sqlite-integrity" 0 "ok" sqlite3 "$work/aot-sqlite/bordercoop.db" "pragma integrity_check" || return 1
  # Every table and view reads in Debian's SQLite too (an older one than the export's: a view that used a newer
  # function would fail here), as it will in Datasette, which lists and opens each of them.
  local name names
  names=$(sqlite3 "$work/aot-sqlite/bordercoop.db" "select name from sqlite_master where type in ('table', 'view') and name not like 'sqlite_%' order by name") || fail "sqlite-all: cannot list the tables" || return 1
  for name in $names; do
    sqlite3 "$work/aot-sqlite/bordercoop.db" "select count(*) from \"$name\"" > /dev/null 2> "$work/sqlite-error" || fail "sqlite-all: Debian's sqlite3 $(sqlite3 --version | cut -d ' ' -f 1) cannot read $name: $(head -n 1 "$work/sqlite-error")" || return 1
  done
  echo "(sqlite-all) $(wc -w <<< "$names") tables and views read by sqlite3 $(sqlite3 --version | cut -d ' ' -f 1)"
  # Parquet.Net's low-level writer in the native binary: one file per table, each a Parquet file (PAR1 at both ends).
  expect "export-parquet" 0 "file(s) to $work/aot-parquet" "$bin" export --format parquet --output "$work/aot-parquet" || return 1
  local table="$work/aot-parquet/budget-lines.parquet"
  [ "$(head -c 4 "$table" 2>/dev/null)" = PAR1 ] && [ "$(tail -c 4 "$table")" = PAR1 ] || fail "export-parquet: $table is not a Parquet file" || return 1
  # Parquet.Net's own trim warnings are suppressed in this build (see BorderCoop.Cli.csproj): the native binary must
  # write the very bytes the JIT tool installed by the tool check writes.
  if [ -x "$work/tools/bordercoop" ]; then
    "$work/tools/bordercoop" export --format parquet --output "$work/jit-parquet" > /dev/null 2>&1 || fail "export-parquet: the installed tool could not export parquet" || return 1
    local file
    for file in "$work/jit-parquet"/*.parquet; do
      cmp -s "$file" "$work/aot-parquet/$(basename "$file")" || fail "export-parquet: $(basename "$file") differs between the native binary and the JIT tool" || return 1
    done
    echo "(export-parquet) $(ls "$work/jit-parquet" | wc -l) files byte-identical from the native binary and the JIT tool"
  fi
}

annotations() {
  local bin="$aot/bordercoop"
  [ -x "$bin" ] || fail "the annotations check uses the native binary that the aot check builds, and there is none" || return 1
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm; } >/dev/null 2>&1 \
      || fail "the annotations check needs Node.js and npm; installing Debian's nodejs and npm failed" || return 1
  fi
  node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' || fail "jsonld.js needs Node.js 18 or later; this is $(node --version)" || return 1
  local check="$work/jsonld"
  mkdir -p "$check"
  cp .ci/jsonld/package.json .ci/jsonld/package-lock.json .ci/jsonld/anno.jsonld .ci/jsonld/validate-annotations.mjs "$check/" || return 1
  (cd "$check" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci of the JSON-LD processor (jsonld.js) failed" || return 1
  expect "export-annotations" 0 "wrote" "$bin" export --format annotations --output "$work/annotations" || return 1
  "$bin" export --format json > "$work/dataset.json" || fail "export --format json failed" || return 1
  local document="$work/annotations/bordercoop-annotations.jsonld"
  node "$check/validate-annotations.mjs" "$document" "$work/dataset.json" seeds || fail "the annotations export is not valid (see above)" || return 1
  # The check must be able to fail: one annotation with a property the context does not define, one selector a code
  # point off, and each copy must be refused.
  local broken
  for broken in property position; do
    node -e '
      const fs = require("fs");
      const [from, to, how] = process.argv.slice(1);
      const document = JSON.parse(fs.readFileSync(from, "utf8"));
      const annotation = document.first.items[document.first.items.length - 1];
      if (how === "property") annotation.recordId = "not in the context";
      else annotation.target.selector.find((s) => s.type === "TextPositionSelector").start += 1;
      fs.writeFileSync(to, JSON.stringify(document));' "$document" "$work/broken-$broken.jsonld" "$broken" || return 1
    if node "$check/validate-annotations.mjs" "$work/broken-$broken.jsonld" "$work/dataset.json" seeds > "$work/broken-$broken.log" 2>&1; then
      fail "the validator accepted an annotations document with a broken $broken" || return 1
    fi
    echo "(broken-$broken) refused: $(grep -m 1 '^error:' "$work/broken-$broken.log" | cut -c 1-120)"
  done
}

check pack pack
if [ -f "$packages/BorderCoop.$version.nupkg" ]; then
  check consumer consumer
  check tool tool
else
  echo "package-check: FAILED consumer (0 s): no package to consume"
  echo "package-check: FAILED tool (0 s): no package to install"
  failures=$((failures + 2))
fi
check readme-install readme_install
check aot aot
check annotations annotations

exit "$failures"
