# Shared by scripts/run, scripts/test: packages and the build. Sourced, not run.
IMS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
IMS_PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  libssl-dev openssl nlohmann-json3-dev zlib1g-dev libgl-dev default-jre-headless
  dbus dbus-x11 gnome-keyring libsecret-tools
  xvfb xauth x11-apps imagemagick curl fonts-dejavu-core
  poppler-utils
  desktop-file-utils appstream dpkg-dev librsvg2-bin libqt6svg6
  python3 qt6-translations-l10n fonts-ipafont-gothic
  clang libclang-rt-14-dev
)

ims_sudo() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs whatever of IMS_PACKAGES is missing (Debian 12 / Ubuntu).
ims_ensure_packages() {
  local missing=()
  for p in "${IMS_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    ims_sudo apt-get update -q
    ims_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

# ims_build DIR [extra cmake args…]: configure (Release, Ninja) and build.
ims_build() {
  local dir=$1; shift
  local launcher=()
  # ccache when present (developer machines with several work trees); CI builds without it.
  if command -v ccache >/dev/null; then
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$IMS_ROOT")} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  fi
  cmake -S "$IMS_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" "$@"
  cmake --build "$dir" -j "$(nproc)"
}
