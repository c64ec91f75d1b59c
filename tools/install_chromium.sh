#!/bin/sh
# Install Debian's headless-capable Chromium (used by `make test-lab` and
# `make lab-screenshot` to render the lab report). Does nothing when
# /usr/bin/chromium is already there.
set -e
if [ -x /usr/bin/chromium ]; then
    echo "chromium: already installed (/usr/bin/chromium)"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_chromium.sh: apt-get not found: install Chromium by hand" \
         "(a binary at /usr/bin/chromium is expected)" >&2
    exit 1
fi
if [ "$(id -u)" = 0 ]; then
    SUDO=
elif command -v sudo >/dev/null 2>&1; then
    SUDO=sudo
else
    echo "install_chromium.sh: not root and no sudo: run as root:" \
         "apt-get update && apt-get install -y --no-install-recommends chromium" >&2
    exit 1
fi
echo "chromium: installing Debian's chromium package (apt-get)..."
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium
if [ ! -x /usr/bin/chromium ]; then
    echo "install_chromium.sh: apt-get finished but /usr/bin/chromium is missing" >&2
    exit 1
fi
echo "chromium: installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
