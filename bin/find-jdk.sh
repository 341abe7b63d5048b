# Sourced by ./options-v4, ./mvnw and .ci/run: sets JAVA_HOME to a JDK 21 or newer.
# Order: $JAVA_HOME when it is 21+, else the newest JDK under /usr/lib/jvm. Fails with a clear message otherwise.

optionsv4_java_major() {
    # Prints the feature version of the JDK at $1 (e.g. 25), or nothing when it is not a JDK.
    local home=$1 line version
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
    if [ -f "$home/release" ]; then
        line=$(grep -E '^JAVA_VERSION=' "$home/release" 2>/dev/null)
        version=${line#JAVA_VERSION=}
        version=${version//\"/}
    fi
    if [ -z "${version:-}" ]; then
        version=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
    fi
    version=${version#1.}
    printf '%s\n' "${version%%[.+-]*}"
}

optionsv4_find_jdk() {
    local major best="" best_major=0 candidate
    if [ -n "${JAVA_HOME:-}" ]; then
        major=$(optionsv4_java_major "$JAVA_HOME")
        if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
            return 0
        fi
    fi
    for candidate in /usr/lib/jvm/*; do
        [ -d "$candidate" ] || continue
        major=$(optionsv4_java_major "$candidate") || continue
        [ -n "$major" ] || continue
        if [ "$major" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
            best=$candidate
            best_major=$major
        fi
    done
    if [ -z "$best" ]; then
        {
            echo "options-v4: no JDK 21 or newer found."
            if [ -n "${JAVA_HOME:-}" ]; then
                echo "  JAVA_HOME=$JAVA_HOME is Java ${major:-unknown}, older than 21."
            fi
            echo "  Looked in JAVA_HOME and /usr/lib/jvm/*."
            echo "  Install one (e.g. 'apt-get install openjdk-21-jdk-headless') or set JAVA_HOME to a JDK 21+."
        } >&2
        return 1
    fi
    export JAVA_HOME=$best
}
