#!/bin/sh
# Installs a built bundle (dist/impactapp/) system-wide: the program under $PREFIX/lib,
# a launcher in $PREFIX/bin, the desktop entry, AppStream metadata and the icons.
#     sudo packaging/linux/install.sh [dist/impactapp] [PREFIX=/opt/impactapp]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=${1:-$root/dist/impactapp}
prefix=${PREFIX:-/opt/impactapp}
share=${SHARE:-/usr/share}
id=no.impactapp.ImpactApp

[ -x "$bundle/impactapp" ] || { echo "No bundle at $bundle: run 'make package' first." >&2; exit 1; }
mkdir -p "$prefix" "$share/applications" "$share/metainfo"
rm -rf "$prefix/impactapp"
cp -a "$bundle" "$prefix/impactapp"
mkdir -p /usr/local/bin
ln -sf "$prefix/impactapp/impactapp" /usr/local/bin/impactapp
install -m 644 "$here/$id.desktop" "$share/applications/$id.desktop"
install -m 644 "$here/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
for png in "$root"/impactapp/ui/icons/impactapp-*.png; do
    size=${png##*-}; size=${size%.png}
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    install -m 644 "$png" "$share/icons/hicolor/${size}x${size}/apps/$id.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
install -m 644 "$root/packaging/icons/impactapp.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
echo "Installed ImpactApp in $prefix/impactapp"
