#!/usr/bin/env bash
# build_wasm.sh: builds the web version of Study Arcade into build-wasm/site/ (index.html,
# hashed game/page files, fonts/, build-manifest.json, the service worker sw.js and the
# app manifest with its icons, each with .gz and .br beside it:
# copy that folder to any static web host as it is; README "Serving the web build").
#
# It installs what is missing first (as root on Debian 12): Debian packages, the ImGui
# and SDL2 source packages, and SDL2 compiled for wasm once (cached in $DEPS_DIR).
#
#   ./build_wasm.sh            install what is missing, then build
#   ./build_wasm.sh --serve    ... then serve build-wasm/site with nginx on http://127.0.0.1:8080
#   ./build_wasm.sh --deps     only install what the web and desktop builds need
#
# Environment: PORT (default 8080), STUDY_ARCADE_DEPS (default ~/.cache/study-arcade),
# EMSDK (set by emsdk_env.sh: use the official emsdk and its SDL2 port instead).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEPS_DIR="${STUDY_ARCADE_DEPS:-$HOME/.cache/study-arcade}"
BUILD_DIR="${STUDY_ARCADE_WASM_BUILD:-$ROOT/build-wasm}"
PORT="${PORT:-8080}"
IMGUI_DIR="$DEPS_DIR/imgui-1.86"
SDL2_SRC="$DEPS_DIR/sdl2-src"
SDL2_WASM="$DEPS_DIR/sdl2-wasm-lean2"  # a new name when the options below change

# Debian packages for both builds (the desktop build and the tests add their own).
PACKAGES=(cmake make g++ pkg-config dpkg-dev python3 nlohmann-json3-dev doctest-dev
          libsdl2-dev libgl-dev fonts-noto-core fonts-dejavu-core fonttools
          zip  # study-deck scorm zips its packages with it
          librsvg2-bin  # rsvg-convert: the installed app's PNG icons from the SVG one
          terser  # minifies game.js, page.js and a11y.js (tools/minify_js.sh)
          brotli nginx libnginx-mod-http-brotli-static)  # precompressed files, --serve
[ -n "${EMSDK:-}" ] || PACKAGES+=(emscripten)

log() { printf '\033[1m[build_wasm]\033[0m %s\n' "$*"; }
die() { printf 'build_wasm.sh: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        die "need root to run: $* (run this script as root, or install it yourself)"; fi
}

# Installs the Debian packages given that are not installed yet.
install_packages() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# apt-get source needs a deb-src entry: copy the machine's own first deb entry.
ensure_deb_src() {
    grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/ && return 0
    log "adding a deb-src entry (for the ImGui and SDL2 source packages)"
    local deb822=/etc/apt/sources.list.d/debian.sources
    if [ -f "$deb822" ]; then
        local uris signed
        uris=$(awk '/^URIs:/{print $2; exit}' "$deb822")
        signed=$(awk '/^Signed-By:/{print $2; exit}' "$deb822")
        printf 'Types: deb-src\nURIs: %s\nSuites: bookworm\nComponents: main\nSigned-By: %s\n' "$uris" \
            "${signed:-/usr/share/keyrings/debian-archive-keyring.gpg}" |
            as_root tee /etc/apt/sources.list.d/study-arcade-src.sources >/dev/null
    else
        grep -h '^deb ' /etc/apt/sources.list | head -n1 | sed 's/^deb /deb-src /' |
            as_root tee /etc/apt/sources.list.d/study-arcade-src.list >/dev/null
    fi
    as_root apt-get update -qq
}

# Unpacks Debian source package $1 into $DEPS_DIR/$2 (once).
fetch_source() {
    local package="$1" target="$2" probe="$3"
    [ -f "$target/$probe" ] && return 0
    ensure_deb_src
    log "fetching the $package source package"
    local work
    work=$(mktemp -d)
    (cd "$work" && apt-get source -qq "$package" >/dev/null 2>&1) || die "apt-get source $package failed"
    rm -rf "$target"
    mkdir -p "$DEPS_DIR"
    mv "$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n1)" "$target"
    rm -rf "$work"
}

# SDL2 for wasm, compiled once with Debian's emscripten (about 2.5 minutes on 2 cores):
# lean, for size: the subsystems the web game does not use are switched off (audio,
# joystick, haptic, power, sensor, the 2D renderer, locale, loadso, misc; the dummy and
# offscreen video drivers, which SDL would only try after the browser's), the software
# blitters left out (SDL_LEAN_AND_MEAN: the game draws with WebGL only), -Oz and
# link-time optimisation (the game links with -flto).
build_sdl2_wasm() {
    [ -n "${EMSDK:-}" ] && return 0  # emsdk brings its own SDL2 port
    [ -f "$SDL2_WASM/lib/libSDL2.a" ] && return 0
    log "compiling SDL2 for WebAssembly (once; cached in $SDL2_WASM)"
    local build="$SDL2_WASM-build"
    rm -rf "$build"
    emcmake cmake -S "$SDL2_SRC" -B "$build" -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
        -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_HIDAPI=OFF -DSDL_POWER=OFF \
        -DSDL_SENSOR=OFF -DSDL_RENDER=OFF -DSDL_LOCALE=OFF -DSDL_LOADSO=OFF -DSDL_MISC=OFF \
        -DSDL_DUMMYVIDEO=OFF -DSDL_OFFSCREEN=OFF \
        -DCMAKE_BUILD_TYPE=MinSizeRel "-DCMAKE_C_FLAGS_MINSIZEREL=-Oz -DNDEBUG" \
        "-DCMAKE_C_FLAGS=-flto -DSDL_LEAN_AND_MEAN=1" \
        -DCMAKE_INSTALL_PREFIX="$SDL2_WASM" >"$SDL2_WASM.log" 2>&1 ||
        die "SDL2 configure failed, see $SDL2_WASM.log"
    cmake --build "$build" -j"$(nproc)" >>"$SDL2_WASM.log" 2>&1 && cmake --install "$build" \
        >>"$SDL2_WASM.log" 2>&1 || die "SDL2 build failed, see $SDL2_WASM.log"
    rm -rf "$build"
}

install_deps() {
    install_packages "${PACKAGES[@]}"
    fetch_source imgui "$IMGUI_DIR" imgui.cpp
    [ -n "${EMSDK:-}" ] || fetch_source libsdl2 "$SDL2_SRC" CMakeLists.txt
}

build_web() {
    local extra=()
    if [ -n "${EMSDK:-}" ]; then extra+=(-DSTUDY_ARCADE_EMSDK_SDL_PORT=ON); fi
    log "configuring the web build in $BUILD_DIR"
    emcmake cmake -S "$ROOT" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DIMGUI_DIR="$IMGUI_DIR" \
        -DSDL2_WASM_PREFIX="$SDL2_WASM" "${extra[@]}" >"$BUILD_DIR.configure.log" 2>&1 ||
        { cat "$BUILD_DIR.configure.log"; die "configure failed"; }
    log "building"
    cmake --build "$BUILD_DIR" -j"$(nproc)"
    log "done: $BUILD_DIR/site ($(du -sh "$BUILD_DIR/site" | cut -f1))"
}

# Serves the site with Debian's nginx as a static host would (tools/nginx.conf.in: the
# .br/.gz files, application/wasm, cache headers, the Content-Security-Policy).
serve() {
    local prefix="$BUILD_DIR/nginx"
    mkdir -p "$prefix/tmp"
    sed -e "s|@PREFIX@|$prefix|g" -e "s|@ROOT@|$BUILD_DIR/site|g" -e "s|@PORT@|$PORT|g" \
        "$ROOT/tools/nginx.conf.in" >"$prefix/nginx.conf"
    log "serving $BUILD_DIR/site with nginx at http://127.0.0.1:$PORT/ (Ctrl+C stops; logs in $prefix)"
    echo "Open http://127.0.0.1:$PORT/ in a browser."
    exec nginx -p "$prefix" -e "$prefix/error.log" -c "$prefix/nginx.conf" -g 'daemon off;'
}

# Debian's emcc needs Debian's node modules (acorn) even when another Node.js is first.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

case "${1:-}" in
    --deps) install_deps ;;
    --serve) install_deps; build_sdl2_wasm; build_web; serve ;;
    "") install_deps; build_sdl2_wasm; build_web ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) die "unknown option $1 (try --help)" ;;
esac
