// grid.cpp: the small tables of the game (see grid.h).
#include "ui/grid.h"

#include <algorithm>

#include <imgui_internal.h>

#include "ui/automation.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace study::ui {

namespace {

struct Layout {
    std::vector<float> widths;  // per column, padding included
    float total = 0;
};

ImFont* font_of(const GridCell& cell) { return cell.font ? cell.font : ImGui::GetFont(); }
float scaled_size(const ImFont* font) { return font->FontSize * ImGui::GetIO().FontGlobalScale; }

ImVec2 text_size(const GridCell& cell, float wrap_width) {
    ImFont* font = font_of(cell);
    return font->CalcTextSizeA(scaled_size(font), FLT_MAX, wrap_width, cell.text.c_str(), cell.text.c_str() + cell.text.size());
}

// Fitted columns as wide as their widest cell (or heading); the others share the rest.
Layout lay_out(const std::vector<GridColumn>& columns, const std::vector<GridRow>& rows, float width, float pad) {
    Layout layout;
    float fitted = 0, shares = 0;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        float w = 0;
        if (columns[c].share <= 0) {
            w = text_size({columns[c].heading}, -1).x;
            for (const GridRow& row : rows) {
                if (c < row.cells.size()) w = std::max(w, text_size(row.cells[c], -1).x);
            }
            w += 2 * pad;
            fitted += w;
        } else {
            shares += columns[c].share;
        }
        layout.widths.push_back(w);
    }
    const float left = std::max(0.0f, width - fitted);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].share > 0) layout.widths[c] = left * columns[c].share / shares;
        layout.total += layout.widths[c];
    }
    return layout;
}

// The height of a row of `cells`, each wrapped in its column, padding included.
float row_height(const std::vector<GridCell>& cells, const Layout& layout, ImVec2 pad) {
    float height = 0;
    for (std::size_t c = 0; c < cells.size() && c < layout.widths.size(); ++c) {
        height = std::max(height, text_size(cells[c], layout.widths[c] - 2 * pad.x).y);
    }
    return height + 2 * pad.y;
}

// One row of cells, `height` high (row_height), from `top`.
void draw_cells(ImDrawList* draw, const std::vector<GridCell>& cells, const Layout& layout, ImVec2 top,
                ImVec2 pad, float height, ImU32 background) {
    if (background) draw->AddRectFilled(top, ImVec2(top.x + layout.total, top.y + height), background);
    float x = top.x;
    for (std::size_t c = 0; c < cells.size() && c < layout.widths.size(); ++c) {
        const GridCell& cell = cells[c];
        ImFont* font = font_of(cell);
        draw->AddText(font, scaled_size(font), ImVec2(x + pad.x, top.y + pad.y), cell.color ? cell.color : colors::text,
                      cell.text.c_str(), cell.text.c_str() + cell.text.size(), layout.widths[c] - 2 * pad.x);
        x += layout.widths[c];
    }
}

std::string row_line(const std::vector<GridCell>& cells) {
    std::string line;
    for (const GridCell& cell : cells) {
        if (cell.text.empty()) continue;
        line += (line.empty() ? "" : ", ") + cell.text;
    }
    return line;
}

}  // namespace

int draw_grid(const std::vector<GridColumn>& columns, const std::vector<GridRow>& rows, GridLines lines) {
    const ImVec2 pad = ImGui::GetStyle().CellPadding;
    const Layout layout = lay_out(columns, rows, ImGui::GetContentRegionAvail().x, pad.x);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    std::vector<GridCell> headings;
    for (const GridColumn& column : columns) headings.push_back({column.heading});
    const float heading_height = row_height(headings, layout, pad);
    draw_cells(draw, headings, layout, origin, pad, heading_height, colors::accent_soft);
    float y = origin.y + heading_height;
    std::vector<float> row_tops;  // lines go over the backgrounds, so they are drawn last
    int clicked = -1;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const GridRow& row = rows[r];
        const ImVec2 top(origin.x, y);
        row_tops.push_back(y);
        const float height = row_height(row.cells, layout, pad);
        ImU32 background = row.background ? row.background : (r % 2 == 1 ? colors::row_alt : 0);
        if (!row.click_id.empty()) {
            // The button first, so that hovering shows under the text.
            ImGui::SetCursorScreenPos(top);
            if (ImGui::InvisibleButton(row.click_id.c_str(), ImVec2(std::max(1.0f, layout.total), height)))
                clicked = static_cast<int>(r);
            record_last_item(row.click_id, row.cells.empty() ? row.click_id : row.cells[0].text);
            ImGui::RenderNavHighlight(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), ImGui::GetItemID());
            if (ImGui::IsItemHovered()) background = ImGui::GetColorU32(ImGuiCol_HeaderHovered);
        }
        draw_cells(draw, row.cells, layout, top, pad, height, background);
        y += height;
        automation().add_text(row_line(row.cells));
    }
    if (lines != GridLines::none) {
        for (const float top : row_tops) draw->AddLine(ImVec2(origin.x, top), ImVec2(origin.x + layout.total, top), colors::border);
    }
    if (lines == GridLines::all) {
        draw->AddRect(origin, ImVec2(origin.x + layout.total, y), colors::border);
        float x = origin.x;
        for (std::size_t c = 0; c + 1 < layout.widths.size(); ++c) {
            x += layout.widths[c];
            draw->AddLine(ImVec2(x, origin.y), ImVec2(x, y), colors::border);
        }
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(layout.total, y - origin.y));  // the space it takes, for the layout and scrolling
    return clicked;
}

}  // namespace study::ui
