#!/usr/bin/env bash
# Throughput and latency of the public site and the content API, on the assembled distribution
# (run `mvn -B package -DskipTests` first) with the embedded database:
#   1. seeds ITEMS published news items (default 3,143: one small council's year) and DOCUMENTS published
#      documents of the register (default 2,000: a few years of a city's decisions and orders) through the API,
#   2. measures requests/s and p50/p99 latency with wrk (-t2 -c32 -d20s by default) for the home page,
#      a news page, a list page, the site search, the API search, GET /api/v1/news?size=10, the register,
#      the register filtered by words (morphology), a document page and the register's CSV export,
#   3. measures nginx serving a static copy of the same home page, in the same run, as the yardstick,
#   4. reports the server's resident memory (RSS) after start and after the load.
# Usage: distribution/bench/site.sh
# Environment: ITEMS, DOCUMENTS, DURATION (wrk -d, default 20s), CONNECTIONS (default 32), THREADS (default 2),
#              BENCH_PORT (default 18191), NGINX_PORT (default 18192), JAVA_OPTS (passed to bin/hromada).
# Needs wrk and nginx (Debian packages `wrk` and `nginx`); installs them with apt-get when run as root.
# Run it on an otherwise idle machine: wrk, nginx and the server share its cores.
set -euo pipefail
ITEMS=${ITEMS:-3143}
DOCUMENTS=${DOCUMENTS:-2000}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${BENCH_PORT:-18191}
NGINX_PORT=${NGINX_PORT:-18192}
BASE="http://127.0.0.1:$PORT"
DIST=$(cd "$(dirname "$0")/.." && pwd)/target/hromada
[ -x "$DIST/bin/hromada" ] || { echo "No distribution at $DIST: run mvn -B package -DskipTests" >&2; exit 1; }

for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null && ! [ -x "/usr/sbin/$tool" ]; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
    else
      echo "Install $tool (apt-get install $tool)" >&2; exit 1
    fi
  fi
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

WORK=$(mktemp -d)
PID=""
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

wait_ok() { for _ in $(seq 1 600); do curl -fs -o /dev/null "$1" && return 0; sleep 0.1; done; return 1; }
rss_mb() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$1/status"; }

cp -a "$DIST" "$WORK/hromada"
rm -rf "$WORK/hromada/data"/*
HROMADA_HTTP_PORT=$PORT HROMADA_DEMO=true HROMADA_ADMIN_PASSWORD=bench-Password-1 \
  "$WORK/hromada/bin/hromada" > "$WORK/console.log" 2>&1 &
PID=$!
wait_ok "$BASE/api/health" || { echo "server did not start" >&2; tail -50 "$WORK/console.log" >&2; exit 1; }
RSS_START=$(rss_mb "$PID")
TOKEN=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"admin","password":"bench-Password-1"}' \
  "$BASE/api/v1/auth/token" | sed 's/.*"token":"\([^"]*\)".*/\1/')

# Seeding: realistic Ukrainian municipal news, four writers at a time, each item created and published.
echo "seeding $ITEMS news items..."
seed_one() {
  local n=$1 topics=("ремонт дороги на вулиці Шевченка" "засідання виконавчого комітету" "бюджет громади на наступний рік"
    "відкриття нового укриття у школі" "прийом громадян депутатами" "конкурс проєктів громадського бюджету"
    "відключення водопостачання" "ремонт даху дитячого садка")
  local sections=(vlada zhkh osvita kultura transport)
  local topic=${topics[$((n % ${#topics[@]}))]} section=${sections[$((n % ${#sections[@]}))]}
  local body="<p>Міська рада повідомляє: $topic. Рішення ухвалено на засіданні сесії, роботи фінансуються з місцевого бюджету.</p><p>Детальніше — у відділі інформаційної діяльності, телефон (0432) 00-00-00. Матеріал №$n.</p>"
  local id
  id=$(curl -fs -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Новина $n: $topic\",\"summary\":\"Коротко: $topic.\",\"body\":\"$body\",\"language\":\"uk\",\"section\":\"$section\"}" \
    "$BASE/api/v1/news" | sed 's/^{"id":\([0-9]*\).*/\1/')
  curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" -X POST "$BASE/api/v1/news/$id/publish"
}
export -f seed_one
export TOKEN BASE
start=$(date +%s)
seq 1 "$ITEMS" | xargs -P 4 -I{} bash -c 'seed_one {}'
echo "seeded in $(( $(date +%s) - start )) s; news total: $(curl -fs "$BASE/api/v1/news?size=1" | sed 's/.*"total":\([0-9]*\).*/\1/')"

seed_document() {
  local n=$1 kinds=(council_decision executive_decision head_order) topics=("затвердження тарифів на воду"
    "надання земельної ділянки" "ремонт укриття в ліцеї" "внесення змін до бюджету громади" "програму розвитку культури")
  local kind=${kinds[$((n % 3))]} topic=${topics[$((n % ${#topics[@]}))]} year=$((2019 + n % 7))
  curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"kind\":\"$kind\",\"number\":\"B-$n\",\"adoptedOn\":\"$year-0$((1 + n % 9))-1$((n % 9))\",\"title\":\"Про $topic ($n)\",\"summary\":\"Рішення щодо: $topic.\",\"text\":\"Виконавчий комітет вирішив: $topic. Контроль покласти на заступника голови. Документ №$n.\",\"issuingBody\":\"Хмарівська міська рада\",\"convocation\":8,\"publishedAt\":\"$year-0$((1 + n % 9))-2$((n % 9))T09:00:00Z\",\"status\":\"in_force\"}" \
    "$BASE/api/v1/documents"
}
export -f seed_document
start=$(date +%s)
seq 1 "$DOCUMENTS" | xargs -P 4 -I{} bash -c 'seed_document {}'
echo "seeded in $(( $(date +%s) - start )) s; documents total: $(curl -fs "$BASE/api/v1/documents?size=1" | sed 's/.*"total":\([0-9]*\).*/\1/')"

# Measure the steady state: the search index catches up with the seeding on its own thread.
ALL=$(printf 'Новина' | od -An -tx1 | tr -d ' \n' | sed 's/../%&/g')
for _ in $(seq 1 600); do
  indexed=$(curl -fs "$BASE/api/v1/search?q=$ALL&size=1" | sed 's/.*"total":\([0-9]*\).*/\1/')
  [ "${indexed:-0}" -ge "$ITEMS" ] && break
  sleep 1
done
echo "search index holds $indexed of them"

# A news page from the middle of the archive.
SLUG=$(curl -fs "$BASE/api/v1/news?size=1&page=$(( (ITEMS + 1) / 2 ))" | sed -n 's/.*"url":"\([^"]*\)".*/\1/p')
Q=$(printf 'рішенням ремонту' | od -An -tx1 | tr -d ' \n' | sed 's/../%&/g')
declare -A URLS=(
  [home]="/"
  [news_page]="$SLUG"
  [list_page]="/news?page=50"
  [site_search]="/search?q=$Q"
  [api_search]="/api/v1/search?q=$Q"
  [api_news]="/api/v1/news?size=10"
  [register]="/documents?kind=council_decision&page=3"
  [register_q]="/documents?q=$(printf 'укриттям ліцеїв' | od -An -tx1 | tr -d ' \n' | sed 's/../%&/g')"
  [document]="/documents/council-decisions/2023/B-1005"
  [export_csv]="/api/v1/documents/export.csv"
)
ORDER=(home news_page list_page site_search api_search api_news register register_q document export_csv)

# The yardstick: nginx serving the home page as a static file.
mkdir -p "$WORK/nginx/html" "$WORK/nginx/logs"
chmod a+rx "$WORK" "$WORK/nginx" "$WORK/nginx/html" # nginx workers run as an unprivileged user
curl -fs "$BASE/" > "$WORK/nginx/html/index.html"
cat > "$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/html; }
}
EOF
"$NGINX" -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -g 'daemon on;'
wait_ok "http://127.0.0.1:$NGINX_PORT/"

measure() { # url -> "rps p50_ms p99_ms non2xx"
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<< "$out")
  echo "$rps $(to_ms "$p50") $(to_ms "$p99") ${errors:-0}"
}
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

for name in "${ORDER[@]}"; do # warm-up: the JIT and the page cache
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE${URLS[$name]}")
  [ "$code" = 200 ] || echo "warning: $name (${URLS[$name]}) answers $code" >&2
  wrk -t1 -c4 -d3s "$BASE${URLS[$name]}" > /dev/null
done

read -r static_rps static_p50 static_p99 _ <<< "$(measure "http://127.0.0.1:$NGINX_PORT/")"
printf '\n%s news items, wrk -t%s -c%s -d%s, %s cores\n' "$ITEMS" "$THREADS" "$CONNECTIONS" "$DURATION" "$(nproc)"
printf '%-12s %-42s %10s %9s %9s %8s %11s\n' url path req/s p50_ms p99_ms non2xx "x WP(36/s)"
printf '%-12s %-42s %10s %9s %9s %8s %11s\n' static "nginx, the home page as a file" "$static_rps" "$static_p50" "$static_p99" 0 -
for name in "${ORDER[@]}"; do
  read -r rps p50 p99 errors <<< "$(measure "$BASE${URLS[$name]}")"
  ratio=$(awk -v r="$rps" 'BEGIN { printf "%.0f", r / 36 }')
  printf '%-12s %-42s %10s %9s %9s %8s %11s\n' "$name" "${URLS[$name]:0:42}" "$rps" "$p50" "$p99" "$errors" "$ratio"
  [ "$name" = home ] && home_rps=$rps
done
printf '\nhome page / static file: %s (goal >= 0.25)\n' "$(awk -v h="$home_rps" -v s="$static_rps" 'BEGIN { printf "%.2f", h / s }')"
printf 'server resident memory: %s MB after start, %s MB after seeding and the load\n' "$RSS_START" "$(rss_mb "$PID")"
