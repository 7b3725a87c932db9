#!/usr/bin/env bash
# Builds a static libjq from Debian's jq source package (called once by cmake/BuildJq.cmake).
# usage: build-jq.sh SRC_DIR PREFIX VERSION
# SRC_DIR holds jq_1.7.1.orig.tar.gz and jq_<VERSION>.debian.tar.xz (scripts/jq-source).
# Debian's patches (security fixes among them) are applied in series order with patch(1): the .dsc
# is not always downloadable, so dpkg-source is not used (STACK.md §8a).
set -euo pipefail
src=$1 prefix=$2 version=$3
work=$(mktemp -d "${prefix}.build.XXXXXX")
trap 'rm -rf "$work"' EXIT
tar -xzf "$src/jq_1.7.1.orig.tar.gz" -C "$work"
cd "$work"/jq-*
tar -xJf "$src/jq_${version}.debian.tar.xz"
while read -r p; do
  case "$p" in ''|'#'*) continue ;; esac
  patch -p1 -s --no-backup-if-mismatch < "debian/patches/$p"
done < debian/patches/series
# Without .git jq's version script has nothing to say: name the Debian version.
printf '#!/bin/sh\necho %s\n' "$version" > scripts/version
autoreconf -i >/dev/null 2>&1
CFLAGS="-O2 -g -fPIC" ./configure -q --prefix="$work/install" --with-oniguruma=yes --disable-docs \
  --disable-maintainer-mode --enable-static --disable-shared >/dev/null
make -s -j"$(nproc)" >/dev/null 2>&1 || make -j1   # the second run shows the error
make -s install >/dev/null
rm -rf "$prefix"
mv "$work/install" "$prefix"
echo "libjq $version built into $prefix"
