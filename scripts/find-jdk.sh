# Sourced by ./avstack and .ci/run: exports JAVA_HOME pointing at a JDK >= 21, or fails clearly.
# Order: $JAVA_HOME if it is new enough, then the newest JDK under /usr/lib/jvm, then `java` on PATH.

avstack_java_major() { # prints the major version of the java binary $1, or 0
  "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}' || echo 0
}

avstack_find_jdk() {
  local candidate major
  for candidate in ${JAVA_HOME:+"$JAVA_HOME"} $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV) \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    candidate="${candidate%/}"
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(avstack_java_major "$candidate/bin/java")"
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "avstack: no JDK >= 21 found (checked \$JAVA_HOME, /usr/lib/jvm/*, java on PATH)." >&2
  echo "avstack: install one (e.g. Temurin 21+) and set JAVA_HOME to it." >&2
  return 1
}
