// theme.h: the look of Study Arcade: colours, ImGui style and the font set. Fonts are
// rasterised at the device pixel scale (crisp on HiDPI screens) and drawn at 1/scale.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

namespace study::ui {

// Fonts used by the screens; all point into ImGui's atlas.
struct Fonts {
    ImFont* body = nullptr;     // buttons, labels (20 px)
    ImFont* bold = nullptr;     // emphasis in lists (20 px)
    ImFont* card = nullptr;     // card text (24 px)
    ImFont* card_bold = nullptr;// terms in the card table (24 px)
    ImFont* title = nullptr;    // screen titles (34 px)
    ImFont* small = nullptr;    // secondary text (17 px)
};

// Palette (RGBA as ImU32).
namespace colors {
constexpr ImU32 background = IM_COL32(246, 247, 251, 255);
constexpr ImU32 panel = IM_COL32(255, 255, 255, 255);
constexpr ImU32 panel_hover = IM_COL32(236, 242, 255, 255);
constexpr ImU32 border = IM_COL32(214, 219, 232, 255);
constexpr ImU32 text = IM_COL32(31, 36, 51, 255);
constexpr ImU32 muted = IM_COL32(96, 104, 125, 255);
constexpr ImU32 accent = IM_COL32(52, 101, 214, 255);
constexpr ImU32 accent_soft = IM_COL32(222, 232, 255, 255);
constexpr ImU32 row_alt = IM_COL32(249, 250, 253, 255);
constexpr ImU32 error = IM_COL32(176, 32, 44, 255);
constexpr ImU32 error_soft = IM_COL32(253, 236, 238, 255);
}  // namespace colors

// Applies the colours and spacing to the current ImGui context.
void apply_style();

// Extra font files loaded only when a deck needs them (the first visit downloads Latin
// only): each pack has a regular and a bold file in the fonts folder (see CMakeLists.txt,
// which cuts them from the same Debian fonts). A bit per pack in a mask.
struct FontPack {
    const char* name;      // "greek", ...
    const char* regular;   // file in the fonts folder
    const char* bold;      // file for the bold styles (may equal `regular`)
    const ImWchar* ranges; // code points it gives, ImGui style (pairs, 0-terminated)
};
const std::vector<FontPack>& font_packs();
// Mask of the packs that draw code points of `utf8_text` the first fonts lack.
unsigned font_packs_for(const std::string& utf8_text);

// (Re)builds the font atlas for `pixel_scale` (device pixels per logical pixel) from the
// TTF files in `font_dir`, with the packs in `packs` merged in. Returns the fonts; on a
// missing file, falls back to ImGui's built-in font and sets `error` to a message for the
// screen. A code point no font has is drawn as a box.
Fonts load_fonts(const std::string& font_dir, float pixel_scale, unsigned packs, std::string& error);
// True when the files of pack `index` are in `font_dir`.
bool font_pack_present(const std::string& font_dir, int index);

}  // namespace study::ui
