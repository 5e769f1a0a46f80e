#!/usr/bin/env bash
# Opens Sourcelens in VS Code in the browser: installs what is missing (scripts/setup.sh),
# builds the extension, then runs code-server on 127.0.0.1 with the extension installed
# (a link to this repository in code-server's extensions folder, so `npm run watch` + "Reload
# Window" picks up changes) and the folder samples/ open. Prints the URL; Ctrl-C stops it.
#
#   bash scripts/start.sh             # port $PORT, default 8080 (or the first free one above)
#   PORT=9000 bash scripts/start.sh
#   SOURCELENS_FOLDER=/path/to/articles bash scripts/start.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# shellcheck source=scripts/setup.sh
source "$ROOT/scripts/setup.sh"

echo "[start] building the extension"
npm run --silent build

FOLDER="$(cd "${SOURCELENS_FOLDER:-$ROOT/samples}" && pwd)"
STATE="$ROOT/.vscode-test/start"
USER_DATA="$STATE/user-data"
EXT_DIR="$STATE/extensions"
mkdir -p "$USER_DATA/User" "$EXT_DIR"
# Our own (empty) config file, so code-server does not create ~/.config/code-server/config.yaml.
: >"$STATE/config.yaml"

# Install the extension by linking the repository into the extensions folder, under the name
# VS Code gives an installed extension (<publisher>.<name>-<version>).
EXT_ID_VERSION="$(node -p "const p=require('./package.json'); p.publisher + '.' + p.name + '-' + p.version")"
find "$EXT_DIR" -maxdepth 1 -name 'sourcelens.sourcelens-*' ! -name "$EXT_ID_VERSION" -exec rm -rf {} +
ln -sfn "$ROOT" "$EXT_DIR/$EXT_ID_VERSION"
# Forget cached extension scans so a changed package.json is read again.
rm -f "$EXT_DIR/extensions.json" "$EXT_DIR/.obsolete"

if [[ ! -f "$USER_DATA/User/settings.json" ]]; then
  cat >"$USER_DATA/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "security.workspace.trust.enabled": false,
  "git.openRepositoryInParentFolders": "never",
  "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "editor.wordWrap": "on"
}
JSON
fi

# Port: $PORT if set (it must be free), else 8080 or the first free port above it.
port_free() { node -e "const s=require('net').createServer();s.once('error',()=>process.exit(1));s.listen($1,'127.0.0.1',()=>s.close(()=>process.exit(0)))"; }
if [[ -n "${PORT:-}" ]]; then
  port_free "$PORT" || { echo "[start] ERROR: port $PORT on 127.0.0.1 is in use" >&2; exit 1; }
else
  PORT=8080
  until port_free "$PORT"; do
    PORT=$((PORT + 1))
    ((PORT < 8200)) || { echo "[start] ERROR: no free port in 8080-8199" >&2; exit 1; }
  done
fi
URL="http://127.0.0.1:$PORT/?folder=$FOLDER"

# code-server in its own process group (job control on), killed as a whole on exit.
set -m
"$NODE24_BIN" "$ROOT/.vscode-test/code-server/node_modules/code-server/out/node/entry.js" \
  --config "$STATE/config.yaml" \
  --auth none \
  --bind-addr "127.0.0.1:$PORT" \
  --disable-telemetry \
  --disable-update-check \
  --disable-workspace-trust \
  --disable-getting-started-override \
  --user-data-dir "$USER_DATA" \
  --extensions-dir "$EXT_DIR" \
  "$FOLDER" &
CS_PID=$!
set +m

cleanup() {
  trap - INT TERM EXIT
  if kill -0 -- "-$CS_PID" 2>/dev/null; then
    echo "[start] stopping code-server (process group $CS_PID)"
    kill -TERM -- "-$CS_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 -- "-$CS_PID" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL -- "-$CS_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Wait (polling, bounded) until it answers.
for _ in $(seq 1 300); do
  if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/healthz" 2>/dev/null; then break; fi
  kill -0 "$CS_PID" 2>/dev/null || { echo "[start] ERROR: code-server exited" >&2; exit 1; }
  sleep 0.2
done
curl -fsS -o /dev/null "http://127.0.0.1:$PORT/healthz" || { echo "[start] ERROR: code-server did not start" >&2; exit 1; }

echo
echo "[start] Sourcelens is running in VS Code (code-server) with $FOLDER open:"
echo
echo "    $URL"
echo
echo "[start] Press Ctrl-C to stop."
wait "$CS_PID"
