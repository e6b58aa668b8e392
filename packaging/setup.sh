#!/usr/bin/env bash
# The README's two commands:
#   packaging/setup.sh open   install, build, open the window on the embedded server
#   packaging/setup.sh test   install, build (warnings as errors), run every test
set -euo pipefail
cd "$(dirname "$0")/.."

action=${1:-}
case "$action" in
  open) preset=dev ;;
  test) preset=ci ;;
  *) echo "usage: $0 open|test" >&2; exit 2 ;;
esac

bash packaging/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --parallel "$(nproc)"

if [ "$action" = open ]; then
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display to open a window on; here is the same comparison in the terminal." >&2
    echo "(On a desktop, this command opens the Overlap window.)" >&2
    exec "build/$preset/app/overlap" run
  fi
  exec "build/$preset/app/overlap" "${@:2}"
fi
ctest --preset "$preset" --parallel "$(nproc)" --timeout 600
