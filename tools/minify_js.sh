#!/bin/sh
# minify_js.sh: minifies one of the web build's scripts with Debian's terser (package
# terser; build_wasm.sh --deps installs it): comments and whitespace out, local names
# shortened, dead code dropped. No eval is added, so the page's Content-Security-Policy
# still holds. Called by CMakeLists.txt for game.js (after the link) and for page.js and
# a11y.js (when they are staged); the files in web/ stay readable.
#
#   minify_js.sh IN OUT            names inside functions only (page.js, a11y.js: IIFEs)
#   minify_js.sh IN OUT --toplevel game.js: its top-level names too, except Module, which
#                                  page.js and the game's JavaScript libraries share
set -eu
in="$1" out="$2"
mangle="reserved=[Module]"
compress="passes=2"
if [ "${3:-}" = "--toplevel" ]; then
    mangle="toplevel,reserved=[Module]"
    compress="passes=2,toplevel"
fi
# Debian's terser finds its modules in /usr/share/nodejs (a node not from Debian does not look there).
# Written beside OUT and renamed, so OUT may be IN and a failed run leaves no half file.
mkdir -p "$(dirname "$out")"
NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}" terser "$in" --compress "$compress" \
    --mangle "$mangle" --comments false --output "$out.minifying"
mv "$out.minifying" "$out"
