#!/usr/bin/env bash
# The wall's search at a million tributes, on H2 and on PostgreSQL, over HTTP. Prints one line
# per figure. For each database:
#  (a) makes the schema with the packaged site, then fills the wall with approved tributes by SQL
#      (a generator, not one post each): twelve words each, drawn from 20,000 made-up words with a
#      long tail (the commonest in about half of the tributes, the rarest in a few dozen), a
#      place and a signed name; with their search text and, on H2, the rows of its word index;
#  (b) p50 and p99 (wrk, 8 connections) of the wall's first page rendered without a search (the
#      yardstick), then of searches at /tributes?q=, each kind cycling over many different words
#      so that no database answers from a cache of its last result: a rare word, a word in about
#      1% of the tributes, a common word, a word in no tribute, and a full name.
# Usage: ./mvnw -DskipTests package && [WARMUP=seconds] [DATABASES="h2 postgres"] bench/search.sh [TRIBUTES]
#        (defaults: 1000000 tributes, 20 s of unreported load before each measured 15 s)
# PostgreSQL: MEMORIAL_BENCH_SEARCH_URL (default jdbc:postgresql://127.0.0.1:5432/memorial_search),
# user postgres; the database is dropped and made again, so never point it at one that matters.
# The site runs on 127.0.0.1:${PORT:-18320} with rate limits off.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8

total=${1:-1000000}
port=${PORT:-18320}
site="http://127.0.0.1:$port"
jar=target/memorial.jar
postgres=${MEMORIAL_BENCH_SEARCH_URL:-jdbc:postgresql://127.0.0.1:5432/memorial_search}

command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
pid=
# KEEP_H2=folder keeps the H2 database there, to look at it afterwards.
trap '{ [ -z "$pid" ] || kill "$pid"; } 2>/dev/null || true; [ -z "${KEEP_H2:-}" ] || cp -r "$work/h2" "$KEEP_H2"; rm -rf "$work"' EXIT
unzip -p "$jar" 'BOOT-INF/lib/h2-*.jar' > "$work/h2.jar"

# The made-up words: three of these syllables each (already folded as the site folds them).
syllables=(ba lo mə ri şu gə ta nü ke sa ço də vi yə zu hə qa xo le mi nə pa ro sə ti ul ve ya zə öz)
vocabulary=20000
word() { echo "${syllables[$1 % 30]}${syllables[$1 / 30 % 30]}${syllables[$1 / 900 % 30]}"; }
firsts=(Leyla Rəşad Aygün Elçin Günay Tural Səbinə Orxan Nərmin Kamran)
surnames=(Həsənova Məmmədov Qasımova Əliyev Hüseynova Rzayev Quliyeva Abbasov Nəsirova Kərimov)
places=(Bakı Sumqayıt Gəncə Şəki Lənkəran Quba Şamaxı Naxçıvan)

start() { # database-url
  java -jar "$jar" --server.port="$port" --spring.datasource.url="$1" \
    --spring.datasource.username="$([[ $1 == jdbc:h2:* ]] && echo sa || echo postgres)" \
    --memorial.rate-limit.enabled=false >"$work/site.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "$site/robots.txt"; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$work/site.log" >&2; exit 1; }
    sleep 0.2
  done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

# SQL picking the n-th of a list, 0-based: CASE MOD(n, size) WHEN 0 THEN 'a' ... END.
pick() { # expression values...
  local expression=$1; shift
  local sql="CASE MOD($expression, $#)" i=0 value
  for value in "$@"; do sql+=" WHEN $i THEN '$value'"; i=$((i + 1)); done
  echo "$sql END"
}
fold() { echo "$1" | sed 'y/ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ/abcçdeəfgğhxiijkqlmnoöprsştuüvyz/; s/ı/i/g'; }
folded() { local value; for value in "$@"; do fold "$value"; done; }

# Word k (1-12) of tribute x: log-uniform over the vocabulary, so word 0 is in about half of
# the tributes and the last ones in a few dozen.
nth_word() { # k
  echo "CAST(FLOOR(POWER(CAST($vocabulary AS DOUBLE PRECISION), CAST(MOD(x * 1103515245 + $1 * 12345 + x * $1 * 2654435761, 1000003) AS DOUBLE PRECISION) / 1000003)) AS INT) - 1"
}
word_sql() { # number-expression
  local s="'${syllables[*]}'"; s=${s// /}
  echo "SUBSTRING($s, 2 * MOD($1, 30) + 1, 2) || SUBSTRING($s, 2 * MOD($1 / 30, 30) + 1, 2) || SUBSTRING($s, 2 * MOD($1 / 900, 30) + 1, 2)"
}

# Writes the SQL that fills the tributes of a range; $1 is how the database counts (x over the
# range), $2 the time of tribute x, $3 whether the word index is filled too. Each tribute's words
# are worked out once, into a table with a column for each, so that its word index rows are read
# from there: a row for each of its different words, without a sort to find them.
fill_sql() { # range-source time-expression word-index
  local k columns=() message
  for k in $(seq 1 12); do columns+=("$(word_sql "($(nth_word "$k"))") AS w$k"); done
  message=$(printf " || ' ' || w%s" $(seq 1 12)); message=${message:11}
  cat <<SQL
CREATE TABLE bench_tribute AS
SELECT x, $2 AS created_at, $(IFS=,; echo "${columns[*]}"),
       $(pick x "${places[@]}") AS place, $(pick x $(folded "${places[@]}")) AS place_folded,
       $(pick "x / 3" "${firsts[@]}") AS first_name, $(pick "x / 3" $(folded "${firsts[@]}")) AS first_folded,
       $(pick "x / 30" "${surnames[@]}") AS surname, $(pick "x / 30" $(folded "${surnames[@]}")) AS surname_folded
FROM $1;
INSERT INTO tribute (id, author_name, place, message, lang, status, name_shown, created_at, search_text)
SELECT x, first_name || ' ' || surname, place, $message, 'az', 'APPROVED', 'FULL', created_at,
       ' ' || $message || ' | ' || place_folded || ' | ' || first_folded || ' ' || surname_folded || ' '
FROM bench_tribute;
SQL
  if [ "$3" = yes ]; then
    # A word of the message once (the first of its repeats); the place and the name never
    # share a word with the message, made of other syllables.
    local column earlier=
    for k in $(seq 1 12); do
      echo "INSERT INTO tribute_word (word, created_at, tribute_id) SELECT w$k, created_at, x FROM bench_tribute${earlier:+ WHERE w$k NOT IN ($earlier)};"
      earlier+="${earlier:+, }w$k"
    done
    for column in place_folded first_folded surname_folded; do
      echo "INSERT INTO tribute_word (word, created_at, tribute_id) SELECT $column, created_at, x FROM bench_tribute;"
    done
  fi
  echo "DROP TABLE bench_tribute;"
}

urlencode() {
  local LC_ALL=C s=$1 out= c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in [a-zA-Z0-9.~_-]) out+=$c ;; ' ') out+=+ ;; *) out+=$(printf '%%%02X' "'$c") ;; esac
  done
  echo "$out"
}
queries() { # kind
  local i
  case $1 in
    rare) for i in $(seq 0 79); do word $((vocabulary - 1 - i * 7)); done ;;
    middling) for i in $(seq 100 179); do word "$i"; done ;;
    common) for i in $(seq 0 9); do word "$i"; done ;;
    none) for i in $(seq 1 80); do echo "qoxlan$i"; done ;;
    name) for i in $(seq 0 79); do echo "${firsts[i % 10]} ${surnames[i / 10 % 10]}"; done ;;
    wall) echo "" ;;
  esac
}
measure() { # database kind label
  queries "$2" | while read -r q; do echo "/tributes?q=$(urlencode "$q")"; done > "$work/paths"
  wrk -t2 -c8 -d"${WARMUP:-20}s" -s bench/search.lua "$site" -- "$work/paths" >/dev/null
  local out
  out=$(wrk -t2 -c8 -d15s --latency -s bench/search.lua "$site" -- "$work/paths")
  echo "$1, $3 p50: $(echo "$out" | awk '/ 50%/ {print $2}')"
  echo "$1, $3 p99: $(echo "$out" | awk '/ 99%/ {print $2}')"
  echo "$1, $3 throughput: $(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s, non-2xx: $(echo "$out" | awk '/Non-2xx/ {print $4}')"
}
measure_all() { # database
  local found
  found=$(curl -fs "$site/tributes?q=$(urlencode "$(word 0)")")
  [[ $found == *'class="tribute"'* ]] || { echo "$1: the search found nothing for the commonest word" >&2; exit 1; }
  # The yardstick: the wall's first page rendered for each request (an empty q is no search, but
  # keeps the page out of the page cache, as every search is).
  measure "$1" wall "the wall's first page, no search, rendered each time"
  measure "$1" rare "a rare word (a few dozen tributes)"
  measure "$1" middling "a word in about 1% of the tributes"
  measure "$1" common "a common word (in 10% to half of the tributes)"
  measure "$1" none "a word in no tribute"
  measure "$1" name "a full name"
}
elapsed() { printf '%.0f' "$(echo "$(date +%s.%N) - $1" | bc)"; }

for database in ${DATABASES:-h2 postgres}; do
  started=$(date +%s.%N)
  if [ "$database" = h2 ]; then
    url="jdbc:h2:file:$work/h2/memorial"
    start "$url"; stop
    # The word index's key is dropped for the fill and made again after it, as V56 defines it:
    # its rows are added at the end of the table, then sorted once into the key, instead of ten
    # million inserted at random places of it. (No CACHE_SIZE here: H2 keeps it in the database,
    # and the site is measured with its own.)
    h2sql() { java -cp "$work/h2.jar" org.h2.tools.RunScript -url "$url" -user sa -password "" -script "$1"; }
    echo "ALTER TABLE tribute_word DROP PRIMARY KEY;" > "$work/fill.sql"
    h2sql "$work/fill.sql"
    for ((from = 1; from <= total; from += 100000)); do
      to=$((from + 99999 < total ? from + 99999 : total))
      fill_sql "SYSTEM_RANGE($from, $to) r" \
        "DATEADD(SECOND, x, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00')" yes > "$work/fill.sql"
      h2sql "$work/fill.sql"
    done
    echo "ALTER TABLE tribute_word ADD PRIMARY KEY (word, created_at, tribute_id);" > "$work/fill.sql"
    h2sql "$work/fill.sql"
    echo "h2, schema made and $total tributes filled with their word index: $(elapsed "$started") s"
  else
    admin=${postgres%/*}/postgres; name=${postgres##*/}
    psql "${admin#jdbc:}?user=postgres" -q -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
    url=$postgres
    start "$url"; stop
    pg="${postgres#jdbc:}?user=postgres"
    { echo "DROP INDEX IF EXISTS tribute_search_text_trgm_idx;"
      fill_sql "generate_series(1::bigint, $total) AS r(x)" \
        "TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00' + x * INTERVAL '1 second'" no
      echo "CREATE INDEX tribute_search_text_trgm_idx ON tribute USING gin (search_text public.gin_trgm_ops);"
      echo "VACUUM ANALYZE tribute;"; } > "$work/fill.sql"
    psql "$pg" -q -v ON_ERROR_STOP=1 -f "$work/fill.sql"
    echo "postgres, schema made, $total tributes filled and the trigram index made: $(elapsed "$started") s"
  fi
  start "$url"
  measure_all "$database"
  stop
done
