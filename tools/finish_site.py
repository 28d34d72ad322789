#!/usr/bin/env python3
"""finish_site.py: assembles the web build's site folder for a real static host.

  finish_site.py SITE APP_DIR SHELL_DIR FONT_PACK_DIR DECK_DIR

- The files that never change under their name get a content hash in it (game.js ->
  game.<hash>.js; also game.wasm, game.data, page.js, page.css, the font packs in
  fonts/ and the shipped decks in decks/, which the game fetches after the home screen), so a host can let browsers keep them for a year (README: "Serving").
- index.html (without its comments) names them: page.<hash>.css and page.<hash>.js in its tags, and the whole
  map (plain name -> hashed name) in <meta name="study-arcade-files">, which page.js
  reads to load game.js and to find game.wasm, game.data, the font packs and the decks.
- build-manifest.json lists the same: the build hash and every file of the site with
  its hashed name (for the service worker and for tools). index.html carries the build
  hash too (<meta name="study-arcade-build">, window.studyArcade.build).
- sw.js, the service worker (README: "Offline and install"), is the template
  SHELL_DIR/sw.js with this build's hash and the files it keeps for offline use: every
  file of build-manifest.json but the example course page and the SCORM launch page.
- Every text or binary file a browser fetches gets a .gz (gzip -9) and a .br (brotli
  -q 11) beside it for nginx's gzip_static / brotli_static.
Stale hashed files of earlier builds are removed. Python's standard library and
Debian's `brotli` command only.
"""
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

HASHED = ['game.js', 'game.wasm', 'game.data', 'a11y.js', 'page.js', 'page.css']
COMPRESSED_EXTENSIONS = ('.html', '.js', '.wasm', '.data', '.css', '.json', '.svg', '.ttf', '.webmanifest')
LAZY_FOLDERS = ('fonts', 'decks')  # files the game fetches when it needs them
NOT_OFFLINE = re.compile(r'^(course-example|scorm)\.')  # pages of their own, not part of the game
HASH_PATTERN = re.compile(r'\.[0-9a-f]{10}\.[a-z0-9]+$')


def digest(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()[:10]


def hashed_name(name, hash_):
    stem, ext = os.path.splitext(name)
    return f'{stem}.{hash_}{ext}'


def copy_if_changed(source, target):
    if os.path.exists(target) and os.path.getsize(target) == os.path.getsize(source):
        with open(source, 'rb') as a, open(target, 'rb') as b:
            if a.read() == b.read():
                return
    shutil.copyfile(source, target)


def compress(path):
    """Writes path.gz and path.br unless they are newer than path."""
    mtime = os.path.getmtime(path)
    gz, br = path + '.gz', path + '.br'
    if not (os.path.exists(gz) and os.path.getmtime(gz) >= mtime):
        with open(path, 'rb') as source, open(gz + '.tmp', 'wb') as target:
            # mtime=0: the same input gives the same bytes
            with gzip.GzipFile(filename='', mode='wb', compresslevel=9, fileobj=target, mtime=0) as out:
                out.write(source.read())
        os.replace(gz + '.tmp', gz)
    if not (os.path.exists(br) and os.path.getmtime(br) >= mtime):
        subprocess.run(['brotli', '-f', '-q', '11', '-o', br + '.tmp', path], check=True)
        os.replace(br + '.tmp', br)


def write_if_changed(path, text):
    if not os.path.exists(path) or open(path, encoding='utf-8').read() != text:
        with open(path + '.tmp', 'w', encoding='utf-8') as f:
            f.write(text)
        os.replace(path + '.tmp', path)


def write_service_worker(site, template_path, build_hash, precache):
    with open(template_path, encoding='utf-8') as f:
        text = f.read()
    text, builds = re.subn(r'^const BUILD = ".*";$', f'const BUILD = "{build_hash}";', text, flags=re.M)
    text, lists = re.subn(r'^const FILES = \[.*\];$', 'const FILES = ' + json.dumps(precache, separators=(',', ':')) + ';', text, flags=re.M)
    if builds != 1 or lists != 1:
        sys.exit(f'finish_site.py: {template_path} lacks the BUILD or FILES line')
    # The template's header comment stays in web/sw.js: every visit downloads this file.
    text = re.sub(r'\A(//[^\n]*\n)+', f'// sw.js: Study Arcade build {build_hash}, from web/sw.js (explained there).\n', text)
    write_if_changed(os.path.join(site, 'sw.js'), text)


def main():
    site, app_dir, shell_dir, pack_dir, deck_dir = sys.argv[1:6]
    for folder in LAZY_FOLDERS:
        os.makedirs(os.path.join(site, folder), exist_ok=True)
    files = {}  # plain name (relative to site) -> name in the site

    # Plain files: the shell's other pages (course example, SCORM launch page), favicon.
    for name in sorted(os.listdir(shell_dir)):
        source = os.path.join(shell_dir, name)
        if not os.path.isfile(source) or name in HASHED or name in ('index.html', 'sw.js'):
            continue
        copy_if_changed(source, os.path.join(site, name))
        files[name] = name

    # Hashed files.
    sources = {name: os.path.join(app_dir if name.startswith('game.') else shell_dir, name) for name in HASHED}
    for name in sorted(os.listdir(pack_dir)):
        sources['fonts/' + name] = os.path.join(pack_dir, name)
    for name in sorted(os.listdir(deck_dir)):
        sources['decks/' + name] = os.path.join(deck_dir, name)
    for name, source in sources.items():
        target = hashed_name(name, digest(source))
        copy_if_changed(source, os.path.join(site, target))
        files[name] = target

    # index.html: the hashed names in its tags and in the meta map page.js reads.
    with open(os.path.join(shell_dir, 'index.html'), encoding='utf-8') as f:
        index = f.read()
    # Its comments are for people reading web/index.html; every visit fetches the page.
    index = re.sub(r'<!--.*?-->\n?', '', index, flags=re.S)
    index = index.replace('href="page.css"', f'href="{files["page.css"]}"')
    index = index.replace('src="page.js"', f'src="{files["page.js"]}"')
    index = index.replace('src="a11y.js"', f'src="{files["a11y.js"]}"')
    lazy = {k: v for k, v in files.items() if k.startswith('game.') or k.split('/')[0] in LAZY_FOLDERS}
    meta = '<meta name="study-arcade-files" content="%s">' % json.dumps(lazy, sort_keys=True).replace('"', '&quot;')
    index = index.replace('<meta name="study-arcade-files">', meta)
    # The game's files start downloading with the page, not after page.js has run.
    preload = ('<link rel="preload" href="%s" as="script">\n'
               '<link rel="preload" href="%s" as="fetch" type="application/wasm" crossorigin="anonymous">\n'
               '<link rel="preload" href="%s" as="fetch" crossorigin="anonymous">\n') % (
        files['game.js'], files['game.wasm'], files['game.data'])
    index = index.replace('<link rel="stylesheet"', preload + '<link rel="stylesheet"', 1)
    if meta not in index:
        sys.exit('finish_site.py: index.html lacks <meta name="study-arcade-files">')
    # The build's hash: every other file's, and index.html's template (index.html itself is
    # made of both, and then carries the hash).
    build_hash = hashlib.sha256(''.join(f'{k}={digest(os.path.join(site, v))}\n' for k, v in sorted(files.items()))
                                .encode() + digest(os.path.join(shell_dir, 'index.html')).encode()).hexdigest()[:10]
    build_meta = f'<meta name="study-arcade-build" content="{build_hash}">'
    index = index.replace(meta, meta + '\n' + build_meta, 1)
    write_if_changed(os.path.join(site, 'index.html'), index)
    files['index.html'] = 'index.html'

    # build-manifest.json: the build's hash and every file.
    manifest = {
        'build': build_hash,
        'note': 'Every file of this build: plain name -> name on the server. Hashed names never change '
                'content (cache them for a year); the others (index.html first) must be revalidated.',
        'files': dict(sorted(files.items())),
        'firstVisit': ['index.html', files['page.css'], files['a11y.js'], files['page.js'], files['game.js'], files['game.wasm'],
                       files['game.data']],
        'serviceWorker': {'script': 'sw.js', 'cache': 'study-arcade-' + build_hash,
                          'precache': sorted(v for k, v in files.items() if not NOT_OFFLINE.match(k))},
    }
    manifest_text = json.dumps(manifest, indent=2) + '\n'
    manifest_path = os.path.join(site, 'build-manifest.json')
    if not os.path.exists(manifest_path) or open(manifest_path, encoding='utf-8').read() != manifest_text:
        with open(manifest_path, 'w', encoding='utf-8') as f:
            f.write(manifest_text)

    write_service_worker(site, os.path.join(shell_dir, 'sw.js'), build_hash, manifest['serviceWorker']['precache'])

    # Remove what earlier builds left (old hashed files, their .gz/.br, old plain copies).
    keep = set(files.values()) | {'build-manifest.json', 'sw.js'}
    for folder in [site] + [os.path.join(site, folder) for folder in LAZY_FOLDERS]:
        for name in os.listdir(folder):
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, site)
            base = relative[:-3] if relative.endswith(('.gz', '.br')) else relative
            if os.path.isfile(path) and base not in keep:
                os.remove(path)

    for relative in sorted(keep):
        if relative.endswith(COMPRESSED_EXTENSIONS):
            compress(os.path.join(site, relative))


if __name__ == '__main__':
    main()
