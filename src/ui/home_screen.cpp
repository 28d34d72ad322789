// home_screen.cpp: the deck library screen (see home_screen.h). Decks are drawn as
// tiles in a grid that adapts to the width (one column on a phone).
#include "ui/home_screen.h"

#include <algorithm>

#include "ui/automation.h"
#include "ui/widgets.h"

namespace study::ui {

namespace {

// The tile's second line: where the deck comes from.
std::string origin_text(const Deck& deck) { return deck.is_user_deck ? "Imported by you" : deck.source_line(); }

std::string card_count_text(const Deck& deck) {
    std::string text = std::to_string(deck.cards.size()) + (deck.cards.size() == 1 ? " card" : " cards");
    if (const int statements = deck.statement_count(); statements > 0) {
        text += " \xC2\xB7 " + std::to_string(statements) + " true/false";
    }
    return text;
}

constexpr float kTilePad = 16.0f;

float small_line_height(const Fonts& fonts) { return fonts.small->FontSize * ImGui::GetIO().FontGlobalScale; }

// Height a deck's tile needs at `width`: wrapped title, source line, card count, progress.
float tile_height(const Deck& deck, const Fonts& fonts, float width, const std::string& progress) {
    const float title_h = wrapped_height(fonts.card_bold, deck.title, width - 2 * kTilePad);
    const float source_h = origin_text(deck).empty() ? 0.0f : small_line_height(fonts) + 4;
    const float progress_h = progress.empty() ? 0.0f : small_line_height(fonts) + 4;
    return kTilePad + title_h + 6 + source_h + small_line_height(fonts) + progress_h + kTilePad;
}

// One deck tile: an invisible button with the deck's title, source and count drawn on it.
// The due-cards badge: a filled pill ("12 due") with its right edge at `right`.
void draw_due_badge(const Fonts& fonts, ImVec2 at, float right, int due) {
    const float scale = ImGui::GetIO().FontGlobalScale;
    const float size = fonts.small->FontSize * scale;
    const std::string text = std::to_string(due) + " due";
    const ImVec2 text_size = fonts.small->CalcTextSizeA(size, 1e9f, 0.0f, text.c_str());
    const ImVec2 top_left(right - text_size.x - 16, at.y - 2);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(top_left, ImVec2(right, at.y + text_size.y + 2), colors::accent, (text_size.y + 4) * 0.5f);
    draw->AddText(fonts.small, size, ImVec2(top_left.x + 8, at.y), IM_COL32(255, 255, 255, 255), text.c_str());
}

bool deck_tile(const Deck& deck, const Fonts& fonts, float width, float height, const std::string& progress, int due) {
    const float pad = kTilePad;
    const float text_width = width - 2 * pad;
    const std::string source = origin_text(deck);
    const std::string count = card_count_text(deck);
    const float title_h = wrapped_height(fonts.card_bold, deck.title, text_width);
    const float small_h = small_line_height(fonts);

    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    // A swipe that starts on a tile scrolls the list; only a real tap opens the deck.
    const bool clicked = ImGui::InvisibleButton(("deck:" + deck.id).c_str(), ImVec2(width, height)) &&
                         (!ImGui::GetIO().MouseReleased[0] || ImGui::GetIO().MouseDragMaxDistanceSqr[0] < 12.0f * 12.0f);
    record_last_item("deck:" + deck.id, deck.title);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 bottom_right(top_left.x + width, top_left.y + height);
    draw->AddRectFilled(top_left, bottom_right, hovered ? colors::panel_hover : colors::panel, 12.0f);
    draw->AddRect(top_left, bottom_right, hovered ? colors::accent : colors::border, 12.0f, 0, hovered ? 2.0f : 1.0f);

    const float scale = ImGui::GetIO().FontGlobalScale;
    ImVec2 at(top_left.x + pad, top_left.y + pad);
    draw->AddText(fonts.card_bold, fonts.card_bold->FontSize * scale, at, colors::text, deck.title.c_str(), nullptr,
                  text_width);
    at.y += title_h + 6;
    if (!source.empty()) {
        draw->AddText(fonts.small, fonts.small->FontSize * scale, at, colors::muted, source.c_str());
        at.y += small_h + 4;
    }
    draw->AddText(fonts.small, fonts.small->FontSize * scale, at, colors::accent, count.c_str());
    if (due > 0) draw_due_badge(fonts, at, top_left.x + width - pad, due);
    if (!progress.empty()) {
        at.y += small_h + 4;
        draw->AddText(fonts.small, fonts.small->FontSize * scale, at, colors::text, progress.c_str());
    }
    return clicked;
}

void draw_problems(const DeckLibrary& library, const Fonts& fonts) {
    const int rejected = library.rejected_file_count();
    std::string heading = rejected > 0
        ? std::to_string(rejected) + (rejected == 1 ? " deck file could not be loaded" : " deck files could not be loaded")
        : "Some decks loaded with problems";
    ImGui::Spacing();
    // Text first (channel 1), then the box behind it (channel 0) once its height is known.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const float pad = 14.0f;
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    ImGui::Indent(pad);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + pad);
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - pad);
    ImGui::PushFont(fonts.bold);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colors::error), "\xE2\x9A\xA0 %s", heading.c_str());  // ⚠
    ImGui::PopFont();
    nlohmann::json lines = nlohmann::json::array();
    ImGui::PushFont(fonts.small);
    for (const DeckProblem& problem : library.problems) {
        ImGui::TextUnformatted(problem.to_text().c_str());
        lines.push_back(problem.to_text());
    }
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    ImGui::Unindent(pad);
    const ImVec2 bottom_right(top_left.x + ImGui::GetContentRegionAvail().x, ImGui::GetCursorScreenPos().y + pad);
    ImGui::Dummy(ImVec2(0, pad));
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(top_left, bottom_right, colors::error_soft, 10.0f);
    draw->ChannelsMerge();
    automation().state()["problems"] = lines;
}

// The user's deck files that could not be read (moved aside): each named, with what is
// wrong and a Remove button. Returns the index chosen for removal, or -1.
int draw_damaged_files(const DeckLibrary& library, const Fonts& fonts) {
    int remove = -1;
    const std::size_t count = library.damaged_files.size();
    ImGui::Spacing();
    ImGui::PushFont(fonts.bold);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colors::error), "\xE2\x9A\xA0 %s",  // ⚠
                       (count == 1 ? std::string("1 of your deck files is damaged")
                                   : std::to_string(count) + " of your deck files are damaged").c_str());
    ImGui::PopFont();
    wrapped_text(fonts.small, colors::muted,
                 "They were moved aside so your other decks load. Import the deck again from its original file, "
                 "then remove the damaged copy.");
    nlohmann::json listed = nlohmann::json::array();
    for (std::size_t i = 0; i < count; ++i) {
        const DamagedFile& file = library.damaged_files[i];
        ImGui::PushID(static_cast<int>(i));
        if (button("remove-damaged-" + std::to_string(i), "Remove")) remove = static_cast<int>(i);
        ImGui::SameLine();
        ImGui::BeginGroup();
        wrapped_text(fonts.body, colors::text, file.name);
        wrapped_text(fonts.small, colors::muted, file.problem);
        ImGui::EndGroup();
        ImGui::PopID();
        listed.push_back({{"name", file.name}, {"problem", file.problem}});
    }
    automation().state()["damaged"] = listed;
    return remove;
}

}  // namespace

HomeAction draw_home_screen(const DeckLibrary& library, const Fonts& fonts, const std::string& notice,
                            const std::vector<std::string>& progress_lines, const std::vector<int>& due_counts,
                            bool has_progress, int text_percent) {
    const auto due_of = [&](std::size_t i) { return i < due_counts.size() ? due_counts[i] : 0; };
    int due_total = 0;
    for (int due : due_counts) due_total += due;
    const auto progress_of = [&](std::size_t i) { return i < progress_lines.size() ? progress_lines[i] : std::string(); };
    automation().set_screen("home");
    HomeAction action;
    wrapped_text(fonts.title, colors::text, "Study Arcade");
    wrapped_text(fonts.body, colors::muted, "Pick a deck to browse its cards, or bring your own.");
    if (due_total > 0) {
        action.review_all = button("review-due", "Review " + std::to_string(due_total) + " due");
        same_line_if_fits(button_width("+ Import a deck"));
    }
    automation().state()["due"] = due_total;
    action.import = button("import", "+ Import a deck");
    const std::string text_size = "Text size: " + std::to_string(text_percent) + "%";
    same_line_if_fits(button_width(text_size));
    action.text_size = button("text-size", text_size);
    automation().state()["text_percent"] = text_percent;
    if (has_progress) {
        same_line_if_fits(button_width("Export progress"));
        action.export_progress = button("export-progress", "Export progress");
        // The hint beside the buttons when it fits, else on its own line.
        const char* hint = "To carry it to another device, import the file there like a deck.";
        ImGui::PushFont(fonts.small);
        const float hint_width = ImGui::CalcTextSize(hint).x;
        ImGui::PopFont();
        same_line_if_fits(hint_width);
        wrapped_text(fonts.small, colors::muted, hint);
    }
    if (!notice.empty()) wrapped_text(fonts.small, colors::error, notice);
    automation().state()["notice"] = notice;
    ImGui::Spacing();

    ImGui::BeginChild("deck_list", ImVec2(0, 0), false);
    const float avail = ImGui::GetContentRegionAvail().x;
    const float gap = 16.0f;
    const int columns = std::max(1, static_cast<int>((avail + gap) / (340.0f + gap)));
    const float tile_width = (avail - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);

    nlohmann::json decks = nlohmann::json::array();
    float row_top = ImGui::GetCursorPosY();
    float row_height = 0;
    for (std::size_t i = 0; i < library.decks.size(); ++i) {
        const Deck& deck = library.decks[i];
        const std::size_t column = i % static_cast<std::size_t>(columns);
        if (column == 0) {
            if (i > 0) row_top += row_height + gap;
            // Tiles of one row share the height of the tallest.
            row_height = 0;
            for (std::size_t j = i; j < library.decks.size() && j < i + static_cast<std::size_t>(columns); ++j) {
                row_height = std::max(row_height, tile_height(library.decks[j], fonts, tile_width, progress_of(j)));
            }
        }
        ImGui::SetCursorPos(ImVec2(static_cast<float>(column) * (tile_width + gap), row_top));
        if (deck_tile(deck, fonts, tile_width, row_height, progress_of(i), due_of(i))) action.open_deck = static_cast<int>(i);
        decks.push_back({{"id", deck.id}, {"title", deck.title}, {"source", deck.source_line()},
                         {"cards", deck.cards.size()}, {"imported", deck.is_user_deck}, {"progress", progress_of(i)}, {"due", due_of(i)}});
    }
    const float row_bottom = row_top + row_height + gap;
    ImGui::SetCursorPosY(row_bottom);
    if (library.decks.empty()) wrapped_text(fonts.body, colors::muted, "No decks were found.");
    if (!library.problems.empty()) draw_problems(library, fonts);
    if (!library.damaged_files.empty()) action.remove_damaged = draw_damaged_files(library, fonts);
    swipe_to_scroll();  // a drag that starts on a tile scrolls too
    ImGui::EndChild();

    automation().state()["decks"] = decks;
    return action;
}

}  // namespace study::ui
