// theme.cpp: style, palette and font atlas (see theme.h).
#include "ui/theme.h"

#include "ui/widgets.h"

#include <fstream>

namespace study::ui {

namespace {

// Latin, Latin-1, Latin Extended-A/B, general punctuation (’ “ ” – — • …), currency.
const ImWchar kTextRanges[] = {0x0020, 0x024F, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2100, 0x214F, 0};
// Merged in from the symbol font: arrows, math minus, geometric shapes, check marks, stars.
const ImWchar kSymbolRanges[] = {0x2190, 0x21FF, 0x2212, 0x2212, 0x25A0, 0x25FF, 0x2600, 0x26FF, 0x2700, 0x27BF, 0};

bool file_exists(const std::string& path) { return static_cast<bool>(std::ifstream(path)); }

ImFont* add_font(const std::string& dir, const char* file, float size, float scale) {
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

Fonts load_fonts(const std::string& font_dir, float pixel_scale, std::string& error) {
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
        fonts.body = add_font(font_dir, "NotoSans-Regular.ttf", 20.0f, pixel_scale);
        fonts.bold = add_font(font_dir, "NotoSans-Bold.ttf", 20.0f, pixel_scale);
        fonts.card = add_font(font_dir, "NotoSans-Regular.ttf", 24.0f, pixel_scale);
        fonts.card_bold = add_font(font_dir, "NotoSans-Bold.ttf", 24.0f, pixel_scale);
        fonts.title = add_font(font_dir, "NotoSans-Bold.ttf", 34.0f, pixel_scale);
        fonts.small = add_font(font_dir, "NotoSans-Regular.ttf", 17.0f, pixel_scale);
    }
    set_title_font(error.empty() ? fonts.title : nullptr);  // titles are the screens' headings for screen readers
    io.Fonts->Build();
    io.FontGlobalScale = 1.0f / pixel_scale;
    io.FontDefault = fonts.body;
    return fonts;
}

}  // namespace study::ui
