// grid.h: the few small tables the game shows (past games, the retention costs, the
// import preview): a header row, then rows with alternate backgrounds, each cell's text
// wrapped in its column, and rows that can be clicked. Drawn with ImGui's draw list: for
// three lists of a few rows ImGui's own tables cost about 11 KiB brotli of the web
// download (README "Serving the web build").
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <imgui.h>

namespace study::ui {

struct GridColumn {
    GridColumn(std::string heading_, float share_ = 0) : heading(std::move(heading_)), share(share_) {}
    std::string heading;
    float share;  // part of the width left by the fitted columns; 0: as wide as its widest cell
};

struct GridCell {
    GridCell(std::string text_, ImFont* font_ = nullptr, ImU32 color_ = 0)
        : text(std::move(text_)), font(font_), color(color_) {}
    std::string text;
    ImFont* font;  // nullptr: the current font
    ImU32 color;   // 0: the text colour
};

struct GridRow {
    GridRow(std::vector<GridCell> cells_, ImU32 background_ = 0, std::string click_id_ = {})
        : cells(std::move(cells_)), background(background_), click_id(std::move(click_id_)) {}
    std::vector<GridCell> cells;  // one per column
    ImU32 background;             // 0: plain, every second row tinted
    std::string click_id;         // not empty: the row is a button, recorded under this id
};

enum class GridLines { none, between_rows, all };

// Draws the grid at the cursor, as wide as the space left; its cells' text goes to the
// automation snapshot and the accessibility layer, a row's cells as one line. Returns the
// index of the row clicked (or activated with the keyboard) this frame, or -1.
int draw_grid(const std::vector<GridColumn>& columns, const std::vector<GridRow>& rows, GridLines lines);

}  // namespace study::ui
