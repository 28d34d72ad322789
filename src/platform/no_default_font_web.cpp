// no_default_font_web.cpp: the web build never uses ImGui's built-in font (ProggyClean):
// ui/theme.cpp adds the game's own fonts, which come in game.data with the game itself
// (its basic-font fallback is for a desktop build without its data folder). ImGui 1.86 has
// no switch to leave the font out, and ImFontAtlas::Build() can still reach
// AddFontDefault() when no font was added, which keeps the font (11,980 bytes of base85
// text) and its decompressor in game.wasm: about 9.5 KB brotli. The web link
// (CMakeLists.txt) wraps AddFontDefault (-Wl,--wrap): calls go to this stand-in, which
// adds nothing, and ImGui's own AddFontDefault and the font data are dropped. ImGui's
// sources are compiled unmodified.
#ifdef __EMSCRIPTEN__
struct ImFont;
struct ImFontAtlas;
struct ImFontConfig;

// ImFontAtlas::AddFontDefault(const ImFontConfig*), as the linker names it (the atlas is
// the first argument).
extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*, const ImFontConfig*) {
    return nullptr;
}
#endif
