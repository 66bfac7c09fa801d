#!/usr/bin/env bash
# Installs the Debian packages the tests use, when they are missing:
# postgresql (the API tests start throwaway servers from it), poppler-utils
# (pdftotext and pdftoppm, for the PDF tests) and chromium (GraphiQL in a
# real browser). Called by scripts/test; it
# installs only as root (CI, containers), and otherwise says what to install.
set -euo pipefail

missing=()
if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null && [ -z "${CRM_MATURITY_PG_BIN:-}" ]; then
  missing+=(postgresql)
fi
if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  missing+=(poppler-utils)
fi
# Debian's chromium, for the test that drives GraphiQL in a real browser (playwright-core).
if [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${missing[*]} for the tests ..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
else
  echo "the tests need these Debian packages, which are missing: ${missing[*]}" >&2
  echo "install them with: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  echo "(the tests that need them will fail until then)" >&2
fi
