#!/usr/bin/env bash
# Checks a built Debian package as an installer and a trainee would meet it: the control fields
# and run-time dependencies, the desktop entry (Education) and its icon, and the unpacked binary
# finding the bundled articles through the installed resource path.
#
# Usage: scripts/check-package.sh FILE.deb|DIR   (a folder: its newest .deb; make test runs it on
# the debug package)
set -euo pipefail

deb="${1:?usage: scripts/check-package.sh FILE.deb|DIR}"
fail() { echo "check-package: $*" >&2; exit 1; }
if [ -d "$deb" ]; then
    newest=$(find "$deb" -maxdepth 1 -name '*.deb' -printf '%T@ %p\n' | sort -n | tail -1 | cut -d' ' -f2-)
    [ -n "$newest" ] || fail "no .deb in $deb"
    deb=$newest
fi
[ -f "$deb" ] || fail "$deb does not exist"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root/pkg"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "skills-journal" ] || fail "Package is '$(field Package)', expected skills-journal"
[ -n "$(field Version)" ] || fail "no Version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
description=$(field Description)
grep -q "soft skills" <<<"$description" || fail "the Description does not say what the app is: $description"
grep -q "(none)" <<<"$description" && fail "the Description has no long text: $description"
for dependency in libwebkit2gtk-4.1-0 libgtk-3-0; do
    grep -qw "$dependency" <<<"$(field Depends)" || fail "Depends lacks $dependency: $(field Depends)"
done

desktop="$root/pkg/usr/share/applications/Skills Journal.desktop"
[ -f "$desktop" ] || fail "no desktop entry at /usr/share/applications/Skills Journal.desktop"
grep -qx 'Exec=skills-journal' "$desktop" || fail "the desktop entry does not start skills-journal"
grep -q '^Categories=.*Education' "$desktop" || fail "the desktop entry is not in the Education category"
icon=$(sed -n 's/^Icon=//p' "$desktop")
find "$root/pkg/usr/share/icons" -name "$icon.png" | grep -q . || fail "no icon $icon.png under /usr/share/icons"

binary="$root/pkg/usr/bin/skills-journal"
[ -x "$binary" ] || fail "no /usr/bin/skills-journal"
installed="$root/pkg/usr/lib/Skills Journal/articles"
[ -f "$installed/skills.toml" ] || fail "the skill catalogue is not installed in /usr/lib/Skills Journal/articles"
"$binary" --data-dir "$root/data" articles check --json >"$root/checked.json"
expected=$(find "$(dirname "$0")/../articles" -maxdepth 1 -name '*.md' | wc -l)
python3 - "$installed" "$expected" "$root/checked.json" <<'PY' || fail "the unpacked app did not read the installed articles"
import json, os, sys
installed, expected = os.path.realpath(sys.argv[1]), int(sys.argv[2])
with open(sys.argv[3]) as f:
    articles = json.load(f)
paths = [os.path.realpath(a["path"]) for a in articles]
outside = [p for p in paths if not p.startswith(installed + os.sep)]
assert not outside, f"articles read from elsewhere: {outside}"
assert len(articles) == expected, f"{len(articles)} articles found, {expected} bundled"
broken = [a["path"] for a in articles if a["errors"]]
assert not broken, f"installed articles with errors: {broken}"
PY
echo "check-package: $(basename "$deb") is sound ($expected articles read from the installed resource path)"
