// grid_test.cpp: the small tables of ui/grid.h: a click on a row gives that row, long
// text wraps in its column and makes its row taller, fitted columns are as wide as
// their widest cell.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <imgui.h>

#include "headless_imgui.h"
#include "ui/grid.h"

namespace {

using study::ui::draw_grid;
using study::ui::GridLines;
using study::ui::GridRow;

struct Drawn {
    int clicked = -1;
    ImVec2 min{}, max{};  // the grid's rectangle
};

// Draws the grid in a frame with the pointer at `mouse`; the grid's rectangle and the row clicked.
Drawn draw(HeadlessImGui& imgui, const std::vector<GridRow>& rows, ImVec2 mouse, bool down,
           std::vector<study::ui::GridColumn> columns = {{"A", 1}, {"B", 1}}) {
    Drawn drawn;
    imgui.frame(mouse, down, [&] {
        drawn.clicked = draw_grid(columns, rows, GridLines::between_rows);
        drawn.min = ImGui::GetItemRectMin();
        drawn.max = ImGui::GetItemRectMax();
    });
    return drawn;
}

}  // namespace

TEST_CASE("a click on a row of a grid gives that row") {
    HeadlessImGui imgui;
    const std::vector<GridRow> rows = {GridRow({{"80%"}, {"0.2"}}, 0, "row-80"), GridRow({{"85%"}, {"0.3"}}, 0, "row-85")};
    const Drawn laid = draw(imgui, rows, ImVec2(-1, -1), false);
    const float row_height = (laid.max.y - laid.min.y) / 3;  // the header and two rows of one line
    const ImVec2 second_row(laid.min.x + 20, laid.min.y + 2.5f * row_height);
    draw(imgui, rows, second_row, false);
    draw(imgui, rows, second_row, true);
    CHECK(draw(imgui, rows, second_row, false).clicked == 1);
    CHECK(draw(imgui, rows, second_row, false).clicked == -1);
    const ImVec2 header(laid.min.x + 20, laid.min.y + 0.5f * row_height);
    draw(imgui, rows, header, true);
    CHECK(draw(imgui, rows, header, false).clicked == -1);
}

TEST_CASE("long text wraps in its column and makes its row taller") {
    HeadlessImGui imgui;
    const Drawn short_text = draw(imgui, {GridRow({{"CRM"}, {"customer relationship management"}})}, ImVec2(-1, -1), false);
    std::string words;
    for (int i = 0; i < 30; ++i) words += "word ";
    const Drawn long_text = draw(imgui, {GridRow({{"CRM"}, {words}})}, ImVec2(-1, -1), false);
    CHECK(long_text.max.x - long_text.min.x == doctest::Approx(short_text.max.x - short_text.min.x));
    CHECK(long_text.max.y - long_text.min.y > 1.5f * (short_text.max.y - short_text.min.y));
}

TEST_CASE("fitted columns are as wide as their widest cell") {
    HeadlessImGui imgui;
    const std::vector<study::ui::GridColumn> fitted = {{"When"}, {"Score"}};
    const Drawn narrow = draw(imgui, {GridRow({{"1"}, {"2"}})}, ImVec2(-1, -1), false, fitted);
    const Drawn wide = draw(imgui, {GridRow({{"Today 13:22 and more"}, {"2"}})}, ImVec2(-1, -1), false, fitted);
    CHECK(narrow.max.x - narrow.min.x < 200);  // not the whole 400 px display
    CHECK(wide.max.x - wide.min.x > narrow.max.x - narrow.min.x);
}
