#!/usr/bin/env bash
# The README's two commands:
#   packaging/setup.sh open   install, build, open the window on the embedded server
#   packaging/setup.sh test   install, build (warnings as errors), run every test,
#                             then the sanitizer builds: ASan + UBSan with the fuzz
#                             targets, and ThreadSanitizer over the engine
# Both build the one tree build/ci, so the second after the first rebuilds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

action=${1:-}
case "$action" in
  open | test) ;;
  *) echo "usage: $0 open|test" >&2; exit 2 ;;
esac

bash packaging/install-deps.sh
build() {
  cmake --preset "$1" >/dev/null
  cmake --build --preset "$1" --parallel "$(nproc)"
}
build ci

if [ "$action" = open ]; then
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display to open a window on; here is the same comparison in the terminal." >&2
    echo "(On a desktop, this command opens the Overlap window.)" >&2
    exec build/ci/app/overlap run
  fi
  exec build/ci/app/overlap "${@:2}"
fi

ctest --preset ci --parallel "$(nproc)" --timeout 600
for sanitized in asan tsan; do
  build "$sanitized"
  ctest --preset "$sanitized" --parallel "$(nproc)" --timeout 600
done
