// theme.cpp: style, palette and font atlas (see theme.h).
#include "ui/theme.h"

#include <cstdio>

#include "ui/widgets.h"

namespace study::ui {

namespace {

// The first fonts (downloaded on the first visit): ASCII, the no-break space, the middle
// dot the UI draws, and the punctuation the decks and the UI use (’ “ ” – — • … € ™).
// Accented letters come with the latin-extra pack, when a deck or a text box has them.
// Keep in step with FIRST_TEXT_UNICODES in CMakeLists.txt. (Fewer glyphs: a smaller
// download and a faster atlas at start.)
const ImWchar kTextRanges[] = {0x0020, 0x007E, 0x00A0, 0x00A0, 0x00B7, 0x00B7, 0x2009, 0x2009, 0x2013, 0x2014,
                               0x2018, 0x201E, 0x2020, 0x2022, 0x2026, 0x2026, 0x2030, 0x2030, 0x2039, 0x203A,
                               0x20AC, 0x20AC, 0x2122, 0x2122, 0};
// Merged in from the symbol font: the symbols the UI itself draws (arrows, minus, the
// box drawn for a missing glyph, warning sign, check and cross). FIRST_SYMBOL_UNICODES.
const ImWchar kSymbolRanges[] = {0x2190, 0x2193, 0x2212, 0x2212, 0x25A1, 0x25A1, 0x26A0, 0x26A0, 0x2713, 0x2713, 0x2717, 0x2717, 0};
constexpr ImWchar kMissingGlyphBox = 0x25A1;  // □

// The packs (FONT_PACKS in CMakeLists.txt makes their files with the same ranges).
const ImWchar kLatinExtraRanges[] = {0x00A1, 0x00B6, 0x00B8, 0x02FF, 0x1E00, 0x1EFF, 0x2000, 0x206F,
                                     0x20A0, 0x20CF, 0x2100, 0x214F, 0};
const ImWchar kGreekRanges[] = {0x0370, 0x03FF, 0x1F00, 0x1FFF, 0};
const ImWchar kCyrillicRanges[] = {0x0400, 0x052F, 0};
const ImWchar kSymbolPackRanges[] = {0x2190, 0x21FF, 0x2200, 0x22FF, 0x2300, 0x23FF, 0x25A0, 0x25FF, 0x2600, 0x26FF, 0x2700, 0x27BF, 0};

bool in_ranges(const ImWchar* ranges, unsigned codepoint) {
    for (; ranges[0]; ranges += 2) {
        if (codepoint >= ranges[0] && codepoint <= ranges[1]) return true;
    }
    return false;
}

bool file_exists(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");  // stdio: no iostreams in the web build
    if (file) std::fclose(file);
    return file != nullptr;
}

ImFont* add_font(const std::string& dir, const char* file, bool bold, float size, float scale, unsigned packs) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig config;
    config.OversampleH = 1;  // rasterised at device scale already
    config.OversampleV = 1;
    ImFont* font = io.Fonts->AddFontFromFileTTF((dir + "/" + file).c_str(), size * scale, &config, kTextRanges);
    ImFontConfig merge;
    merge.MergeMode = true;
    merge.OversampleH = 1;
    merge.OversampleV = 1;
    io.Fonts->AddFontFromFileTTF((dir + "/DejaVuSans.ttf").c_str(), size * scale, &merge, kSymbolRanges);
    const std::vector<FontPack>& all = font_packs();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (!(packs & (1u << i))) continue;
        const std::string path = dir + "/" + (bold ? all[i].bold : all[i].regular);
        io.Fonts->AddFontFromFileTTF(path.c_str(), size * scale, &merge, all[i].ranges);
    }
    return font;
}

}  // namespace

void apply_style() {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(20, 16);
    style.FramePadding = ImVec2(12, 8);
    style.ItemSpacing = ImVec2(12, 10);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 16;
    style.FrameRounding = 8;
    style.ChildRounding = 10;
    style.WindowRounding = 0;
    style.ScrollbarRounding = 8;
    style.GrabRounding = 6;
    style.WindowBorderSize = 0;
    style.FrameBorderSize = 1;
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(colors::background);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(colors::text);
    c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(colors::muted);
    c[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(colors::border);
    c[ImGuiCol_FrameBg] = ImGui::ColorConvertU32ToFloat4(colors::panel);
    c[ImGuiCol_FrameBgHovered] = ImGui::ColorConvertU32ToFloat4(colors::panel);
    c[ImGuiCol_FrameBgActive] = ImGui::ColorConvertU32ToFloat4(colors::panel);
    c[ImGuiCol_Button] = ImGui::ColorConvertU32ToFloat4(colors::panel);
    c[ImGuiCol_ButtonHovered] = ImGui::ColorConvertU32ToFloat4(colors::panel_hover);
    c[ImGuiCol_ButtonActive] = ImGui::ColorConvertU32ToFloat4(colors::accent_soft);
    c[ImGuiCol_NavHighlight] = ImGui::ColorConvertU32ToFloat4(colors::accent);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_CheckMark] = ImGui::ColorConvertU32ToFloat4(colors::accent);
    c[ImGuiCol_TableHeaderBg] = ImGui::ColorConvertU32ToFloat4(colors::accent_soft);
    c[ImGuiCol_TableBorderStrong] = ImGui::ColorConvertU32ToFloat4(colors::border);
    c[ImGuiCol_TableBorderLight] = ImGui::ColorConvertU32ToFloat4(colors::border);
    c[ImGuiCol_TableRowBgAlt] = ImGui::ColorConvertU32ToFloat4(colors::row_alt);
    c[ImGuiCol_Separator] = ImGui::ColorConvertU32ToFloat4(colors::border);
}

const std::vector<FontPack>& font_packs() {
    static const std::vector<FontPack> packs = {
        {"latin-extra", "NotoSans-Regular-latin-extra.ttf", "NotoSans-Bold-latin-extra.ttf", kLatinExtraRanges},
        {"greek", "NotoSans-Regular-greek.ttf", "NotoSans-Bold-greek.ttf", kGreekRanges},
        {"cyrillic", "NotoSans-Regular-cyrillic.ttf", "NotoSans-Bold-cyrillic.ttf", kCyrillicRanges},
        {"symbols", "DejaVuSans-symbols.ttf", "DejaVuSans-symbols.ttf", kSymbolPackRanges},
    };
    return packs;
}

unsigned font_packs_for(const std::string& text) {
    unsigned mask = 0;
    const std::vector<FontPack>& packs = font_packs();
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80) { ++i; continue; }  // ASCII: the first fonts have it
        const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        unsigned codepoint = length == 1 ? 0xFFFD : lead & (0x7F >> length);
        for (int k = 1; k < length && i + static_cast<std::size_t>(k) < text.size(); ++k)
            codepoint = (codepoint << 6) | (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3F);
        i += static_cast<std::size_t>(length);
        if (codepoint > 0xFFFF || in_ranges(kTextRanges, codepoint) || in_ranges(kSymbolRanges, codepoint)) continue;
        for (std::size_t p = 0; p < packs.size(); ++p) {
            if (in_ranges(packs[p].ranges, codepoint)) mask |= 1u << p;
        }
    }
    return mask;
}

bool font_pack_present(const std::string& font_dir, int index) {
    const FontPack& pack = font_packs()[static_cast<std::size_t>(index)];
    return file_exists(font_dir + "/" + pack.regular) && file_exists(font_dir + "/" + pack.bold);
}

Fonts load_fonts(const std::string& font_dir, float pixel_scale, unsigned packs, std::string& error) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    Fonts fonts;
    const bool have_files = file_exists(font_dir + "/NotoSans-Regular.ttf") &&
                            file_exists(font_dir + "/NotoSans-Bold.ttf") &&
                            file_exists(font_dir + "/DejaVuSans.ttf");
    if (!have_files) {
        error = "The UI font was not found in " + font_dir + "; text uses a basic font.";
        ImFontConfig config;
        config.SizePixels = 13.0f * pixel_scale;
        ImFont* fallback = io.Fonts->AddFontDefault(&config);
        fonts = Fonts{fallback, fallback, fallback, fallback, fallback, fallback};
    } else {
        error.clear();
        fonts.body = add_font(font_dir, "NotoSans-Regular.ttf", false, 20.0f, pixel_scale, packs);
        fonts.bold = add_font(font_dir, "NotoSans-Bold.ttf", true, 20.0f, pixel_scale, packs);
        fonts.card = add_font(font_dir, "NotoSans-Regular.ttf", false, 24.0f, pixel_scale, packs);
        fonts.card_bold = add_font(font_dir, "NotoSans-Bold.ttf", true, 24.0f, pixel_scale, packs);
        fonts.title = add_font(font_dir, "NotoSans-Bold.ttf", true, 34.0f, pixel_scale, packs);
        fonts.small = add_font(font_dir, "NotoSans-Regular.ttf", false, 17.0f, pixel_scale, packs);
    }
    set_title_font(error.empty() ? fonts.title : nullptr);  // titles are the screens' headings for screen readers
    io.Fonts->Build();
    // A code point no font has: a visible box, not a question mark that reads as text.
    for (ImFont* font : io.Fonts->Fonts) {
        if (font->FindGlyphNoFallback(kMissingGlyphBox)) {
            font->FallbackChar = kMissingGlyphBox;
            font->BuildLookupTable();
        }
    }
    io.FontGlobalScale = 1.0f / pixel_scale;
    io.FontDefault = fonts.body;
    return fonts;
}

}  // namespace study::ui
