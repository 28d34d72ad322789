#!/usr/bin/env python3
"""wasm_breakdown.py: benchmark (not a test): where the bytes of game.wasm come from.

  python3 tests/bench/wasm_breakdown.py [build-wasm/app/game.wasm]

Reads the code section (the size of every function body) and the symbol map the link
writes beside game.js (--emit-symbol-map: game.js.symbols), groups the functions by
source (ImGui, SDL2, nlohmann/json, libc++, libc, our core/ui/platform) and prints the
bytes per group, raw and brotli-compressed on its own (an estimate: compressed alone,
not in context), plus the data section and the rest of the file.
"""
import re
import subprocess
import sys
import zlib
from collections import defaultdict

try:
    import brotli
except ImportError:  # python3-brotli; else the brotli command
    brotli = None


def compressed(data):
    if brotli:
        return len(brotli.compress(data, quality=11))
    return len(subprocess.run(['brotli', '-c', '-q', '11'], input=data, capture_output=True, check=True).stdout)


def leb(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def sections(data):
    pos = 8
    while pos < len(data):
        kind = data[pos]
        size, pos = leb(data, pos + 1)
        yield kind, data[pos:pos + size], pos
        pos += size


def imported_functions(payload):
    count, pos = leb(payload, 0)
    functions = 0
    for _ in range(count):
        for _ in range(2):  # module and field names
            length, pos = leb(payload, pos)
            pos += length
        kind = payload[pos]
        pos += 1
        if kind == 0:
            _, pos = leb(payload, pos)
            functions += 1
        elif kind == 1:
            pos += 1
            flags, pos = leb(payload, pos)
            _, pos = leb(payload, pos)
            if flags & 1:
                _, pos = leb(payload, pos)
        elif kind == 2:
            flags, pos = leb(payload, pos)
            _, pos = leb(payload, pos)
            if flags & 1:
                _, pos = leb(payload, pos)
        elif kind == 3:
            pos += 2
        elif kind == 4:
            pos += 1
            _, pos = leb(payload, pos)
    return functions


GROUPS = [
    ('ImGui', r'ImGui|ImFont|ImDraw|ImGuiTextBuffer|^Im[A-Z]|stbtt|stb_|STB|ImStb|stbrp'),
    ('ImGui backends', r'ImGui_Impl'),
    ('SDL2', r'^SDL|^Emscripten_|^SDL_|Emscripten_|^emscripten_handle|^GLES2_'),
    ('nlohmann/json', r'nlohmann'),
    ('our core', r'study::(?!ui::|platform::)'),
    ('our ui', r'study::ui::'),
    ('our platform', r'study::platform::|^main$|study_arcade_'),
    ('libc++/libc++abi', r'^std::|^__cxa|^__cxxabiv1|^operator new|^operator delete|^__gxx|__cxx_|^_Unwind|^void std::|^bool std::|^unsigned long std::|^int std::|^char\* std::'),
    ('libc', r'^(v?f?s?n?printf|.*scanf|str|mem|__|f[a-z]+$|malloc|free|calloc|realloc|dlmalloc|qsort|atoi|atof|strto|isw|tolower|toupper|time|localtime|gmtime|mktime|sin|cos|tan|pow|exp|log|sqrt|floor|ceil|fmod|round|wcs|mbs|wc|btowc|frexp|scalbn|emscripten_|pthread|sbrk|abort|exit)'),
]


def group_of(name):
    for group, pattern in GROUPS:
        if re.search(pattern, name):
            return group
    return 'other'


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'build-wasm/app/game.wasm'
    data = open(path, 'rb').read()
    names = {}
    try:
        symbols = open(re.sub(r'\.wasm$', '.js.symbols', path), encoding='utf-8').read().splitlines()
        mangled = [line.split(':', 1) for line in symbols if ':' in line]
        demangled = subprocess.run(['c++filt'], input='\n'.join(m for _, m in mangled), capture_output=True,
                                   text=True).stdout.splitlines()
        names = {int(i): d for (i, _), d in zip(mangled, demangled)}
    except OSError:
        print('(no game.js.symbols beside it: functions are not named)')
    imports = 0
    bytes_by_group = defaultdict(bytearray)
    for kind, payload, _ in sections(data):
        if kind == 2:
            imports = imported_functions(payload)
        elif kind == 10:
            count, pos = leb(payload, 0)
            for i in range(count):
                size, start = leb(payload, pos)
                body = payload[start:start + size]
                name = names.get(imports + i, names.get(i, f'function {imports + i}'))
                bytes_by_group[group_of(name)] += body
                pos = start + size
        elif kind == 11:
            bytes_by_group['data section (constants, tables)'] += payload
    total_raw = len(data)
    print(f'{path}: {total_raw / 1024:.1f} KiB raw, {compressed(data) / 1024:.1f} KiB brotli')
    print(f'{"source":34} {"raw KiB":>9} {"brotli KiB (alone)":>19}')
    accounted = 0
    for group, body in sorted(bytes_by_group.items(), key=lambda kv: -len(kv[1])):
        accounted += len(body)
        print(f'{group:34} {len(body) / 1024:9.1f} {compressed(bytes(body)) / 1024:19.1f}')
    print(f'{"rest (types, imports, names...)":34} {(total_raw - accounted) / 1024:9.1f}')


if __name__ == '__main__':
    main()
