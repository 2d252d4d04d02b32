#!/usr/bin/env bash
# Scaffolds every township under a division code (default 4312 怀化市; 43 for 湖南省) on a fresh SQLite
# database with the published CLI, and prints the elapsed time and the process's peak memory.
# Usage: tests/OrchardGov.Benchmarks/scaffold-all.sh [CODE] [Sqlite|Postgres CONNECTION_STRING]
set -euo pipefail
code="${1:-4312}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet publish "$root/src/OrchardGov.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null
export OrchardGov__Database__Provider="${2:-Sqlite}"
export OrchardGov__Database__ConnectionString="${3:-Data Source=$work/bench.db}"
/usr/bin/time -f 'elapsed %e s, peak memory %M KB' "$work/app/OrchardGov.Web" sites scaffold --under "$code" --recipe township | tail -n 2
