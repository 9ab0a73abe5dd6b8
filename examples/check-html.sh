#!/bin/sh
# Renders the HTML report of the reference corpus (coi analyze --format html) with headless
# Chromium and takes a screenshot, to check that the page renders without any network.
#
# Usage: examples/check-html.sh [OUTPUT-DIRECTORY]    (default: target/check-html)
# Needs coi-cli/target/coi.jar:   mvn -B -ntp -q -DskipTests package
# Writes OUTPUT-DIRECTORY/corroborate.{html,png} (the reference corpus) and
# OUTPUT-DIRECTORY/annexed-regions.{html,png} (the example of docs/examples, graph on screen).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-"$root/target/check-html"}
jar="$root/coi-cli/target/coi.jar"

if [ ! -f "$jar" ]; then
  echo "check-html: $jar is missing; build it first: mvn -B -ntp -q -DskipTests package" >&2
  exit 2
fi

browser=""
for candidate in chromium chromium-browser; do
  if command -v "$candidate" >/dev/null 2>&1; then
    browser=$candidate
    break
  fi
done
if [ -z "$browser" ]; then
  echo "check-html: Chromium is not installed; on Debian or Ubuntu: apt-get install -y chromium" >&2
  exit 2
fi

mkdir -p "$out"
out=$(cd "$out" && pwd)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

# render NAME [coi analyze options]: NAME.html, then NAME.png as Chromium shows it
render() {
  name=$1
  shift
  java -jar "$jar" analyze --format html "$@" > "$out/$name.html"
  if grep -Eiq 'https?://' "$out/$name.html"; then
    echo "check-html: $name.html names a URL; the page must be self-contained" >&2
    exit 1
  fi
  rm -f "$out/$name.png"
  "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --screenshot="$out/$name.png" --window-size=1280,2000 "file://$out/$name.html" \
    >"$profile/chromium.log" 2>&1 || true
  if [ ! -s "$out/$name.png" ]; then
    echo "check-html: Chromium wrote no screenshot of $name.html; its output:" >&2
    cat "$profile/chromium.log" >&2
    exit 1
  fi
  echo "check-html: $out/$name.png ($(wc -c < "$out/$name.png") bytes)"
}

# the main job: the reference corpus, disputes first
render corroborate
# the annexed-regions question of the documentation, small enough to show its graph on screen
render annexed-regions --corpus "$root/docs/examples/annexed-regions.json"
