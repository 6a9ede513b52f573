#!/usr/bin/env bash
# Installs the Debian packages fundline needs, only those that are missing,
# and says what it does. Sourced by scripts/demo.sh and scripts/test.sh.
# Usage: scripts/deps.sh [extra-package ...]
set -euo pipefail

packages=(g++ make cmake pkg-config libboost-date-time-dev libfmt-dev libgtest-dev nlohmann-json3-dev libcli11-dev
          libcurl4-openssl-dev libzip-dev python3 chromium fonts-dejavu-core "$@")

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all packages present (${packages[*]})"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then sudo=sudo; else
    echo "deps: missing ${missing[*]}; run as root or install them with apt-get" >&2
    exit 1
  fi
fi
echo "deps: installing missing packages: ${missing[*]}"
echo "deps: + apt-get update"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
echo "deps: + apt-get install -y ${missing[*]}"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
