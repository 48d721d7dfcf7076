#!/bin/sh
# Usage: check-man-page.sh PROGRAM PAGE
# Checks the manual page PAGE (troff -man source) of the built PROGRAM, so the page cannot rot:
#   1. groff formats it for a UTF-8 terminal without a warning (-ww; -k reads UTF-8 text, as the
#      Russian pages are), and so does `man --warnings` where man-db exists;
#   2. every option that `PROGRAM --help` prints is in the page, and so is every option of every
#      command that the help names ("Commands:" and "Run 'PROGRAM cmd --help'"), each command
#      having its own section (.SS "cmd") in the page.
# Exit 0 when all holds, 1 with what is missing, 77 (CTest: skipped) without groff.
set -eu
program=$1
page=$2
name=$(basename "$program")
# The help in English (option names are never translated, but the "Commands:" heading is).
export LC_ALL=C LANG=C
unset LANGUAGE || true

if ! command -v groff >/dev/null 2>&1; then
    echo "check-man-page.sh: groff is not installed (apt-get install groff-base): skipped" >&2
    exit 77
fi
warnings=$(groff -k -Tutf8 -man -ww -z "$page" 2>&1)
if command -v man >/dev/null 2>&1; then
    warnings=$warnings$(LC_ALL=C.UTF-8 man --warnings -l "$page" 2>&1 >/dev/null)
fi
if [ -n "$warnings" ]; then
    printf 'check-man-page.sh: %s does not format cleanly:\n%s\n' "$page" "$warnings" >&2
    exit 1
fi

# The page's text with troff's \- read as a plain hyphen, where options are looked up.
text=$(sed 's/\\-/-/g' "$page")

# check_help WORDS...: the options of `PROGRAM WORDS... --help` are in the page, then the same for
# each command that help names. A subshell, so the recursion keeps its own variables.
check_help() (
    help=$("$program" "$@" --help) || {
        echo "check-man-page.sh: '$name $* --help' failed" >&2
        exit 1
    }
    # Option lines of QCommandLineParser's help: "  -h, --help  ..." or "  --port <port>  ...".
    options=$(printf '%s\n' "$help" |
        sed -n 's/^ \{1,\}\(-[a-zA-Z], \)\{0,1\}\(--[a-z][a-z-]*\).*/\1\2/p' | tr ',' ' ')
    # Commands: the "Commands:" list of the top help, and each "Run 'PROGRAM cmd --help'" named.
    commands=$(printf '%s\n' "$help" | awk '/^Commands:/ { inside = 1; next }
        inside && /^$/ { inside = 0 } inside && /^  [a-z]/ { print $1 }')
    commands="$commands $(printf '%s\n' "$help" | grep -o "'$name [a-z][a-z ]* --help'" |
        sed "s/^'$name //; s/ --help'\$//" | tr ' ' '+')"
    if [ -z "$options" ] && [ -z "$(printf '%s' "$commands" | tr -d ' \n')" ]; then
        echo "check-man-page.sh: found neither options nor commands in '$name $* --help'" >&2
        exit 1
    fi
    failed=0
    # A command with options of its own ("udp" only names "udp listen" and "udp send") has a section.
    if [ $# -gt 0 ] && [ -n "$options" ] &&
        ! printf '%s\n' "$text" | grep -q -x -e ".SS $*" -e ".SS \"$*\""; then
        echo "check-man-page.sh: $page has no section (.SS) for the command '$*'" >&2
        failed=1
    fi
    for option in $options; do
        if ! printf '%s\n' "$text" | grep -q -E -e "(^|[^a-zA-Z-])$option([^a-zA-Z-]|\$)"; then
            echo "check-man-page.sh: '$name $* --help' lists $option, $page does not" >&2
            failed=1
        fi
    done
    for command in $commands; do
        # Named by a "Run" line as "udp+listen" (one word per field); skip the help naming itself.
        words=$(echo "$command" | tr '+' ' ')
        [ "$words" = "$*" ] && continue
        # shellcheck disable=SC2086 # the command's words are split on purpose
        check_help $words || failed=1
    done
    exit $failed
)

check_help
echo "check-man-page.sh: $page documents every option of $name and formats cleanly"
