#!/bin/sh
# The examples check: what a new user runs first must work on a fresh machine.
#
#   1. installs the Debian packages it needs when they are missing (Chromium, Graphviz, Jupyter's
#      nbconvert and the Python kernel), with apt-get;
#   2. installs the project's artifacts into the local Maven repository (mvn install), which the
#      JBang scripts and the alias depend on;
#   3. runs one JBang alias and the JBang scripts (JBang itself from Maven Central, through
#      examples/jbang-cli/jbang) and compares their output with examples/expected/;
#   4. executes the notebook examples/notebooks/annexed-regions.ipynb headless with Debian's
#      Jupyter and checks its outputs: the dispute's table rows, the verdicts, a picture, no error;
#   5. renders the HTML report with headless Chromium and takes a screenshot (check-html.sh).
#
# Usage: examples/check.sh [OUTPUT-DIRECTORY]    (default: target/check-examples)
# Called by .ci/run after the tests.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-"$root/target/check-examples"}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cd "$root"

say() {
  echo "check: $*"
}

fail() {
  echo "check: FAILED: $*" >&2
  exit 1
}

# 1. Debian packages
packages="chromium graphviz jupyter-nbconvert jupyter-client python3-nbclient python3-nbformat python3-ipykernel"
missing=""
for package in $packages; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $package"
  fi
done
if [ -n "$missing" ]; then
  say "installing Debian packages:$missing"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# 2. the artifacts the examples depend on
say "mvn install"
mvn -B -ntp -q install -DskipTests > "$out/mvn-install.log" 2>&1 || { cat "$out/mvn-install.log" >&2; fail "mvn install"; }

# 3. JBang: one alias and one script, against the expected output
jbang="$root/examples/jbang-cli/jbang"
expect() {
  name=$1
  shift
  "$jbang" "$@" > "$out/$name" 2> "$out/$name.log" || { cat "$out/$name.log" >&2; fail "jbang $*"; }
  if ! diff -u "examples/expected/$name" "$out/$name"; then
    fail "jbang $* printed other than examples/expected/$name"
  fi
  say "jbang $*: as expected ($(wc -l < "$out/$name") lines)"
}
expect jbang-corroborate-3.txt corroborate 3
expect jbang-explain-posted-in-annexed-2022.txt examples/jbang/Explain.java posted-in-annexed-2022
expect jbang-assess-conscript-left-after-summons.txt examples/jbang/Assess.java docs/examples/cases/conscript-left-after-summons.json

# 4. the notebook, with Debian's python3 and jupyter (another python3 may come first on PATH)
say "executing examples/notebooks/annexed-regions.ipynb"
PATH="/usr/bin:$PATH" PYDEVD_DISABLE_FILE_VALIDATION=1 /usr/bin/jupyter nbconvert --to notebook --execute \
  --ExecutePreprocessor.timeout=300 --output-dir "$out" examples/notebooks/annexed-regions.ipynb \
  > "$out/nbconvert.log" 2>&1 || { cat "$out/nbconvert.log" >&2; fail "the notebook did not run"; }
/usr/bin/python3 - "$out/annexed-regions.ipynb" <<'PYTHON' || fail "the notebook's outputs are not as expected"
import json
import sys

notebook = json.load(open(sys.argv[1], encoding="utf-8"))
outputs = [o for cell in notebook["cells"] if cell["cell_type"] == "code" for o in cell["outputs"]]
errors = [o for o in outputs if o["output_type"] == "error"]
if errors:
    sys.exit("an error output: " + errors[0]["ename"] + ": " + errors[0]["evalue"])
html = "".join("".join(o["data"]["text/html"]) for o in outputs if "text/html" in o.get("data", {}))
expected_rows = [
    "<td style='text-align:left'>affirms</td><td style='text-align:left'>Claus Mathiesen</td>"
    "<td style='text-align:left'>4</td><td style='text-align:left'>Claus Mathiesen: 89; Claus Mathiesen: 92</td>",
    "<td style='text-align:left'>denies</td><td style='text-align:left'>Pskovskaya Gubernia</td>"
    "<td style='text-align:left'>3</td><td style='text-align:left'>Pskovskaya Gubernia: 7</td>",
    "<td style='text-align:left'>Conscripts are posted in the regions annexed in 2022 (Donetsk, Luhansk, Kherson, "
    "Zaporizhzhia)</td><td style='text-align:left'>DISPUTED</td><td style='text-align:left'>4</td>"
    "<td style='text-align:left'>3</td>",
    "<td style='text-align:left'>Conscripts are posted in Kursk oblast</td><td style='text-align:left'>CORROBORATED</td>",
    "<td style='text-align:left'>Pskovskaya Gubernia</td><td style='text-align:left'>0.96</td>"
    "<td style='text-align:left'>42</td><td style='text-align:left'>14</td>",
    "<td style='text-align:left'>left-after-paper-summons</td><td style='text-align:left'>CONSISTENT</td>",
    "<td style='text-align:left'>summons-in-armenia</td><td style='text-align:left'>NOT_COVERED</td>",
]
for row in expected_rows:
    if row not in html:
        sys.exit("a table row is missing: " + row)
pictures = [o["data"]["image/png"] for o in outputs if "image/png" in o.get("data", {})]
if not pictures or len(pictures[0]) < 10000:
    sys.exit("no picture of the evidence graph")
print(f"check: notebook: {len(outputs)} outputs, {len(expected_rows)} expected rows, "
      f"a {len(pictures[0]) * 3 // 4} byte picture, no error")
PYTHON

# 5. the HTML report in headless Chromium
"$root/examples/check-html.sh" "$out"
say "all examples work"
