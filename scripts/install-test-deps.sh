#!/usr/bin/env bash
# Debian packages the test suite needs (headless Chromium for the browser tests, DejaVu fonts
# so Cyrillic renders in screenshots).
# Installs them when missing and this user can (root, as in CI); otherwise says why and
# leaves the browser tests to skip — except under CI=true, where they must run.
set -u
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null) \
    || echo "could not install chromium; browser tests will skip (or fail under CI=true)" >&2
else
  echo "chromium is missing and this user cannot apt-get install it; browser tests will skip" >&2
fi
exit 0
