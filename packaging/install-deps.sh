#!/usr/bin/env bash
# Installs everything Overlap needs to build, run and test on Debian 12.
# Idempotent: packages already present are left as they are.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config git
  # core: HTTP client, embedded server, JSON
  libcurl4-openssl-dev libboost-dev nlohmann-json3-dev
  # window: Qt6 Widgets/PrintSupport/Svg and QCustomPlot
  qt6-base-dev qt6-svg-dev libqcustomplot-dev libgl-dev
  # the replay as MP4 and GIF: FFmpeg's libraries (Debian's libavcodec has libx264)
  libavcodec-dev libavformat-dev libavfilter-dev libswscale-dev libavutil-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # the palette test: CIELAB and CIEDE2000 for the colour-blind simulation
  liblcms2-dev
  # the sanitizer builds: clang and its runtimes (ASan, UBSan, libFuzzer)
  clang libclang-rt-14-dev
  # GUI tests, screenshots, checking exported PDFs
  xvfb xauth imagemagick poppler-utils fonts-dejavu-core
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
