#!/usr/bin/env bash
# shopdesk's macOS disk image: the shopdesk.app that scripts/build_app.py builds, beside a link to Applications.
#   packaging/macos/make_dmg.sh [VERSION]      (from the repository's root, after the build, on a Mac)
# Built and smoke-tested by .github/workflows/installers.yml on a macOS runner. The app is not signed or
# notarized: the first time, the owner opens it with right-click → Open (README → Install).
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=${1:-$(python3 -c 'import re; print(re.search(r"__version__ = \"([^\"]+)\"", open("shopdesk/__init__.py").read())[1])')}
APP=dist/shopdesk.app
[ -d "$APP" ] || { echo "make_dmg.sh: $APP not found; run python3 scripts/build_app.py first" >&2; exit 1; }
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
mkdir -p dist/installer
OUT="dist/installer/shopdesk-$VERSION.dmg"
rm -f "$OUT"
hdiutil create -volname "shopdesk $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO "$OUT"
echo "$OUT"
