#!/usr/bin/env bash
# Installs what a fresh machine lacks to run crm-maturity: pnpm (pinned) and
# the workspace's packages. Sourced by scripts/start and scripts/test.
set -euo pipefail

PNPM_VERSION=12.21.0
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

need_node_major=20
if ! command -v node >/dev/null 2>&1; then
  echo "crm-maturity needs Node.js ${need_node_major}.19 or newer; install it first (e.g. apt-get install nodejs)." >&2
  exit 1
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" -lt "$need_node_major" ]; then
  echo "crm-maturity needs Node.js ${need_node_major}.19 or newer; this is $(node -v)." >&2
  exit 1
fi

# corepack fails on signatures on this kind of machine; npm installs pnpm reliably.
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "installing pnpm@${PNPM_VERSION} ..." >&2
  npm install --global --no-fund --no-audit "pnpm@${PNPM_VERSION}" >&2
fi

# Native addons compile against the machine's Node headers; pnpm ignores the
# nodedir in .npmrc, so every pnpm call gets it from the environment.
if [ -d /usr/include/node ]; then
  export npm_config_nodedir=/usr
fi

cd "$repo_root"
if [ "${CI:-}" = "true" ]; then
  pnpm install --frozen-lockfile >&2
else
  pnpm install --prefer-offline >&2
fi
