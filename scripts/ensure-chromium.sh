#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through playwright-core (never a downloaded browser),
# with fonts for Bengali and Telugu so the tests can see those scripts really render.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
if command -v fc-list >/dev/null; then
  [ -n "$(fc-list :lang=bn 2>/dev/null)" ] || need+=(fonts-lohit-beng-bengali)
  [ -n "$(fc-list :lang=te 2>/dev/null)" ] || need+=(fonts-lohit-telu)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${need[*]} from Debian for the browser tests (about a minute)…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  exit 0
fi
echo "Browser tests need Debian's ${need[*]}: run 'sudo apt-get install -y ${need[*]}', then npm test again." >&2
exit 1
