#!/usr/bin/env bash
# Public portal throughput: requests/s and p99 latency of 城中街道's 工作动态 column page (/431202001/gzdt/) and
# of one of its article pages, measured with wrk on loopback against a site of 100,000 published articles,
# side by side with nginx serving the very same HTML as static files. The app runs twice on one SQLite file:
# with its page cache (default) and with OrchardGov__Portal__CacheMegabytes=0 (every request renders).
# Goals: cached pages at >= 50 % of nginx's rate; uncached column page p99 < 50 ms.
# Takes about 4 minutes on 2 cores (publish, seeding, then 6 x 18 s of wrk, which needs the CPU to itself); wrk and
# nginx are installed with apt-get when missing. Pages are checked (200, full HTML, 20 article links) before any run.
# Usage: tests/OrchardGov.Benchmarks/portal-wrk.sh [ARTICLES (100000)] [FIRST_PORT (18081; uses 3)]
set -euo pipefail
articles="${1:-100000}"
port_cached="${2:-18081}" port_uncached=$((${2:-18081} + 1)) port_nginx=$((${2:-18081} + 2))
code=431202001
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
pids=()
cleanup() {
  local status=$?
  [[ -f "$work/nginx.pid" ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if ((status != 0)); then
    for log in "$work"/app-*.log; do [[ -f "$log" ]] && { echo "--- end of ${log##*/}:"; tail -n 40 "$log"; } >&2; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "portal-wrk: $*" >&2; exit 1; }
seconds_since() { echo "$(( $(date +%s%N) / 1000000 - $1 ))" | awk '{ printf "%.1f", $1 / 1000 }'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null; }
done

echo "Publishing the app and building the benchmarks project ..."
dotnet publish "$root/src/OrchardGov.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null
dotnet build "$root/tests/OrchardGov.Benchmarks" -c Release --nologo -v quiet >/dev/null
app="$work/app/OrchardGov.Web"
export OrchardGov__Database__Provider=Sqlite
export OrchardGov__Database__ConnectionString="Data Source=$work/portal.db"
export OrchardGov__Recipes__MaxFileBytes=$((256 * 1024 * 1024))

echo "Seeding $code with $articles articles in 工作动态 ..."
seed_start=$(now_ms)
"$app" sites create --code "$code" --recipe township
dotnet run -c Release --no-build --project "$root/tests/OrchardGov.Benchmarks" -- seed-portal-articles "$work/seed" "$articles" >/dev/null
generated=$(seconds_since "$seed_start")
for recipe in "$work"/seed/*.recipe.json; do
  "$app" recipes run "$recipe" --site "$code" | grep -F '[' || fail "importing $recipe failed"
done
echo "Seeding took $(seconds_since "$seed_start") s (generating the recipes: $generated s, the rest importing them)."
rm -rf "$work/seed"

serve() { # PORT [CACHE_MEGABYTES]: starts the app in the background from its folder and waits for /healthz
  (cd "$work/app" && exec env ASPNETCORE_URLS="http://127.0.0.1:$1" ${2:+OrchardGov__Portal__CacheMegabytes=$2} ./OrchardGov.Web) >"$work/app-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 300); do
    curl -sf -o /dev/null "http://127.0.0.1:$1/healthz" && return 0
    kill -0 "${pids[-1]}" 2>/dev/null || { cat "$work/app-$1.log" >&2; fail "the app on port $1 exited"; }
    sleep 0.5
  done
  fail "the app on port $1 is not healthy after 150 s"
}
# One after the other: the first start on this database sets up the demo platform.
serve "$port_cached"
serve "$port_uncached" 0

fetch() { # URL FILE: saves the page, failing unless it is a 200 with real HTML
  local status
  status=$(curl -sS -o "$2" -w '%{http_code}' "$1")
  [[ "$status" == 200 ]] || { head -c 2000 "$2" >&2; fail "$1 answered $status"; }
  [[ $(wc -c <"$2") -gt 2000 ]] && grep -qi '</html>' "$2" || { head -c 2000 "$2" >&2; fail "$1 is not a full HTML page"; }
}
mkdir -p "$work/static" && chmod 755 "$work" "$work/static"
column_path="/$code/gzdt/"
fetch "http://127.0.0.1:$port_cached$column_path" "$work/static/column.html"
links=$(grep -oE "/$code/gzdt/[0-9a-z]{26}\.html" "$work/static/column.html" | sort -u) || true
[[ $(wc -l <<<"$links") -ge 20 ]] || fail "the column page links $(wc -l <<<"$links") articles, not 20"
article_path=$(head -n 1 <<<"$links")
fetch "http://127.0.0.1:$port_cached$article_path" "$work/static/article.html"
echo "Column page $(wc -c <"$work/static/column.html") bytes, article page $article_path $(wc -c <"$work/static/article.html") bytes."
deep="$column_path?page=$((articles / 40))"
fetch "http://127.0.0.1:$port_uncached$deep" "$work/deep.html"
echo "Uncached, one request each: column $(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port_uncached$column_path") s," \
  "$deep $(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port_uncached$deep") s."

cat >"$work/nginx.conf" <<EOF
worker_processes 2;
daemon on;
pid $work/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  charset utf-8;
  client_body_temp_path $work/nginx-temp;
  proxy_temp_path $work/nginx-temp;
  fastcgi_temp_path $work/nginx-temp;
  uwsgi_temp_path $work/nginx-temp;
  scgi_temp_path $work/nginx-temp;
  server { listen 127.0.0.1:$port_nginx; root $work/static; }
}
EOF
nginx -p "$work" -e "$work/nginx-error.log" -c "$work/nginx.conf"
fetch "http://127.0.0.1:$port_nginx/column.html" "$work/check.html"

rows=()
load=$(cut -d' ' -f1-3 /proc/loadavg)
bench() { # PAGE SERVER URL [CONNECTIONS (32)]: warms up 3 s, measures 15 s; adds "page|server|requests/s|p99"
  local connections="${4:-32}" out rate p99
  wrk -t2 -c"$connections" -d3s --timeout 10s "$3" >/dev/null
  out=$(wrk -t2 -c"$connections" -d15s --timeout 10s --latency "$3")
  curl -sf -o /dev/null "$3" || fail "$1 ($2) no longer answers after its run"
  rate=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  grep -E 'Non-2xx|Socket errors' <<<"$out" | sed "s|^|warning: $1 $2: |" >&2 || true
  rows+=("$1|$2|$rate|$p99")
}
bench column nginx "http://127.0.0.1:$port_nginx/column.html"
bench column "app, cached" "http://127.0.0.1:$port_cached$column_path"
bench article nginx "http://127.0.0.1:$port_nginx/article.html"
bench article "app, cached" "http://127.0.0.1:$port_cached$article_path"
bench column "app, uncached" "http://127.0.0.1:$port_uncached$column_path"
bench article "app, uncached" "http://127.0.0.1:$port_uncached$article_path"
# With 32 connections on 2 cores an uncached page's p99 is mostly queueing; with 4 it is the page's own latency.
bench column "app, uncached, 4 connections" "http://127.0.0.1:$port_uncached$column_path" 4
bench article "app, uncached, 4 connections" "http://127.0.0.1:$port_uncached$article_path" 4

echo
echo "$(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), $articles articles, wrk -t2 -c32 (unless said) -d15s on loopback, load average before: $load"
echo
echo "| page | server | requests/s | p99 |"
echo "|---|---|---:|---:|"
printf '%s\n' "${rows[@]}" | awk -F'|' '
  function commas(n, s, r) { s = sprintf("%.0f", n); while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) } return s r }
  { printf "| %s | %s | %s | %s |\n", $1, $2, commas($3), $4 }'
echo
printf '%s\n' "${rows[@]}" | awk -F'|' '
  function ms(t) { return t ~ /us$/ ? t / 1000 : t ~ /ms$/ ? t + 0 : t * 1000 }
  $2 == "nginx" { nginx[$1] = $3 } $2 == "app, cached" { cached[$1] = $3 } $2 ~ /^app, uncached/ && $1 == "column" { p99[$2] = ms($4) }
  END {
    for (page in cached) printf "%s: cached app at %.0f %% of nginx (goal >= 50 %%)\n", page, 100 * cached[page] / nginx[page]
    for (server in p99) printf "column, %s: p99 %.1f ms (goal < 50 ms)\n", server, p99[server]
  }'
