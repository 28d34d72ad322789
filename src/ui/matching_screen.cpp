// matching_screen.cpp: the Matching mode (see matching_screen.h). The rules live in
// core's MatchingGame; this file lays out the board, draws the tiles and their
// animations, and turns clicks, drags and keys into selections.
#include "ui/matching_screen.h"

#include <algorithm>
#include <cmath>

#include "core/clock_text.h"
#include "ui/automation.h"
#include "ui/deal_order_picker.h"
#include "ui/widgets.h"

namespace study::ui {

namespace {

constexpr double kFadeSeconds = 0.35;     // a matched pair fades away
constexpr double kFlashSeconds = 0.6;     // a wrong pair flashes red
constexpr double kPenaltyShown = 1.2;     // "+1 s" stays next to the clock
constexpr float kGap = 10.0f;
constexpr float kPad = 10.0f;

float text_height(ImFont* font, const std::string& text, float width) { return wrapped_height(font, text, width); }

}  // namespace

char matching_tile_key(int index) {
    if (index < 9) return static_cast<char>('1' + index);
    if (index == 9) return '0';
    return static_cast<char>('a' + index - 10);
}

void MatchingScreen::start(const Deck& deck, std::uint64_t seed, double) {
    seed_ = seed;
    choose_deal_order(deck, DealOrder::shuffled);
    start_game(std::make_unique<MatchingGame>(deck, options_, seed));
    fades_.clear();
    pressed_tile_ = -1;
    penalty_shown_at_ = -1;
    new_best_ = false;
}

int MatchingScreen::next_change_ms(double now) const {
    if (!game_) return -1;
    if (!fades_.empty() || pressed_tile_ >= 0) return 0;
    if (game_->started() && !game_->round_over()) return 100;  // the clock shows tenths
    (void)now;
    return -1;
}

void MatchingScreen::select(int tile, double now) {
    const int before = game_->selected();
    switch (game_->select(tile, now)) {
        case MatchResult::matched:
            if (!reduced_motion()) {  // else the pair goes at once
                fades_.push_back({before, now, true});
                fades_.push_back({tile, now, true});
            }
            if (game_->round_over() && progress_) {  // best times per deck and round size, kept across visits
                const MatchingRoundResult result = game_->round_result(now);
                new_best_ = progress_->offer_matching_time(game_->deck().id, result.pairs, result.seconds);
                progress_changed_ = progress_changed_ || new_best_;
            }
            break;
        case MatchResult::mismatched:
            fades_.push_back({before, now, false});
            fades_.push_back({tile, now, false});
            penalty_shown_at_ = now;
            break;
        default: break;
    }
}

void MatchingScreen::handle_keys(double now) {
    if (game_->round_over()) {
        if (key_pressed(ImGuiKey_Enter) || key_pressed(ImGuiKey_Space)) {
            if (!game_->next_round() && game_->deck_over()) start(game_->deck(), seed_ + 1, now);
        }
        return;
    }
    for (ImWchar c : ImGui::GetIO().InputQueueCharacters) {
        const ImWchar lower = c >= 'A' && c <= 'Z' ? static_cast<ImWchar>(c - 'A' + 'a') : c;
        for (int i = 0; i < static_cast<int>(game_->tiles().size()); ++i) {
            if (matching_tile_key(i) == lower && !game_->tiles()[static_cast<std::size_t>(i)].matched) select(i, now);
        }
    }
}

void MatchingScreen::draw_top_bar(const Fonts& fonts, double now, bool& back) {
    if (button("back", "\xE2\x86\x90 Deck")) back = true;
    same_line_if_fits(220);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Pairs per round:");
    ImGui::SameLine();
    const auto resize = [&](int by) {
        options_.round_size = std::clamp(options_.round_size + by, MatchingOptions::kMinRound, MatchingOptions::kMaxRound);
        start(game_->deck(), seed_ + 1, now);
    };
    if (button("round-size-less", "\xE2\x88\x92", ImVec2(36, 0), options_.round_size > MatchingOptions::kMinRound)) resize(-1);
    ImGui::SameLine();
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(std::to_string(options_.round_size).c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    if (button("round-size-more", "+", ImVec2(36, 0), options_.round_size < MatchingOptions::kMaxRound)) resize(+1);
    same_line_if_fits(button_width(deal_order_label(deal_order_used_)));
    if (deal_order_button(deal_order_used_, options_.order)) start(game_->deck(), seed_ + 1, now);

    ImGui::PushFont(fonts.bold);
    const std::string status = "Round " + std::to_string(game_->round_number()) + " \xC2\xB7 " +
                               std::to_string(game_->pairs_left()) + " left \xC2\xB7 " +
                               format_clock_tenths(game_->round_seconds(now));
    const bool penalty = penalty_shown_at_ >= 0 && now - penalty_shown_at_ < kPenaltyShown;
    const float width = ImGui::CalcTextSize(status.c_str()).x + (penalty ? 60 : 0);
    const float right = ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + 24 + width <= right) ImGui::SameLine(right - width);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(status.c_str());
    if (penalty) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, colors::error);
        ImGui::TextUnformatted("+1 s");
        ImGui::PopStyleColor();
    }
    ImGui::PopFont();
}

void MatchingScreen::draw_tile(const Fonts& fonts, int index, ImVec2 size, double now) {
    const MatchTile& tile = game_->tiles()[static_cast<std::size_t>(index)];
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImGuiIO& io = ImGui::GetIO();
    float alpha = 1.0f;
    bool flashing = false;
    for (const Fade& fade : fades_) {
        if (fade.tile != index) continue;
        const float t = static_cast<float>((now - fade.started) / (fade.matched ? kFadeSeconds : kFlashSeconds));
        if (fade.matched) alpha = std::max(0.0f, 1.0f - t);
        else flashing = true;
    }
    if (tile.matched && alpha <= 0.0f) {
        ImGui::Dummy(size);  // an empty slot: the other tiles stay where they are
        tile_rects_[static_cast<std::size_t>(index)] = ImVec4(0, 0, 0, 0);
        return;
    }
    ImGui::InvisibleButton(("tile" + std::to_string(index)).c_str(), size);
    const std::string& text = game_->tile_text(index);
    if (!tile.matched) {
        record_last_item("tile-" + std::to_string(index), text);
        if (ImGui::IsItemActivated()) pressed_tile_ = index;
        tile_rects_[static_cast<std::size_t>(index)] = ImVec4(pos.x, pos.y, pos.x + size.x, pos.y + size.y);
    }
    const bool selected = game_->selected() == index;
    const bool hovered = ImGui::IsItemHovered() && !tile.matched;
    ImU32 fill = tile.is_term ? colors::panel : colors::row_alt;
    ImU32 border = colors::border;
    float thickness = 1.5f;
    if (hovered) fill = colors::panel_hover;
    if (selected) { fill = colors::accent_soft; border = colors::accent; thickness = 3.0f; }
    if (flashing) { fill = colors::error_soft; border = colors::error; thickness = 3.0f; }
    if (tile.matched) { fill = IM_COL32(228, 245, 234, 255); border = IM_COL32(33, 140, 74, 255); thickness = 3.0f; }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const auto faded = [alpha](ImU32 color) {
        return (color & 0x00FFFFFFu) | (static_cast<ImU32>(((color >> 24) & 0xFF) * alpha) << 24);
    };
    const ImVec2 end(pos.x + size.x, pos.y + size.y);
    draw->AddRectFilled(pos, end, faded(fill), 12.0f);
    draw->AddRect(pos, end, faded(border), 12.0f, 0, thickness);
    // The key that selects it, and the text in the largest font that fits.
    const char key[2] = {matching_tile_key(index), 0};
    draw->AddText(fonts.small, fonts.small->FontSize * io.FontGlobalScale, ImVec2(pos.x + 8, pos.y + 4),
                  faded(colors::muted), key);
    const float text_w = size.x - 2 * kPad - 10;
    ImFont* font = fonts.small;
    for (ImFont* candidate : {fonts.card, fonts.body}) {
        if (text_height(candidate, text, text_w) <= size.y - 2 * kPad) { font = candidate; break; }
    }
    const float text_h = text_height(font, text, text_w);
    const float y = pos.y + std::max(kPad + 4, (size.y - text_h) * 0.5f);
    draw->AddText(font, font->FontSize * io.FontGlobalScale, ImVec2(pos.x + kPad + 10, y),
                  faded(tile.is_term ? colors::text : IM_COL32(52, 58, 76, 255)), text.c_str(), text.c_str() + text.size(),
                  text_w);
}

void MatchingScreen::draw_board(const Fonts& fonts, double now) {
    const int count = static_cast<int>(game_->tiles().size());
    tile_rects_.assign(static_cast<std::size_t>(count), ImVec4(0, 0, 0, 0));
    ImGui::BeginChild("board", ImVec2(0, 0), false);
    swipe_to_scroll();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    // As many columns as fit (2 to 5), or one fewer when that leaves fewer empty slots.
    const int widest = std::clamp(static_cast<int>(avail.x / 190.0f), 2, 5);
    const auto empty_slots = [count](int c) { return (c - count % c) % c; };
    const int columns = widest > 2 && empty_slots(widest - 1) < empty_slots(widest) ? widest - 1 : widest;
    const int rows = (count + columns - 1) / columns;
    const float tile_w = (avail.x - kGap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const float fit_h = std::clamp((avail.y - 2 - kGap * static_cast<float>(rows - 1)) / static_cast<float>(rows), 64.0f, 200.0f);
    float y = ImGui::GetCursorPosY();
    const float x0 = ImGui::GetCursorPosX();
    for (int row = 0; row < rows; ++row) {
        // A row grows when a tile's text needs it even in the small font: never cut off.
        float row_h = fit_h;
        for (int c = 0; c < columns && row * columns + c < count; ++c) {
            const std::string& text = game_->tile_text(row * columns + c);
            row_h = std::max(row_h, text_height(fonts.small, text, tile_w - 2 * kPad - 10) + 2 * kPad + 8);
        }
        for (int c = 0; c < columns && row * columns + c < count; ++c) {
            ImGui::SetCursorPos(ImVec2(x0 + static_cast<float>(c) * (tile_w + kGap), y));
            draw_tile(fonts, row * columns + c, ImVec2(tile_w, row_h), now);
        }
        y += row_h + kGap;
    }
    ImGui::SetCursorPos(ImVec2(x0, y - kGap));
    ImGui::Dummy(ImVec2(avail.x, 0));  // the board's full height, for scrolling
    // A tile dragged along: its text follows the pointer.
    if (pressed_tile_ >= 0 && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 6.0f)) {
        const std::string label = shorten_text(game_->tile_text(pressed_tile_), 60);
        const ImVec2 mouse = ImGui::GetMousePos();
        ImDrawList* draw = ImGui::GetForegroundDrawList();
        const ImVec2 size = ImGui::CalcTextSize(label.c_str(), nullptr, false, 240);
        draw->AddRectFilled(ImVec2(mouse.x + 12, mouse.y + 12), ImVec2(mouse.x + 32 + size.x, mouse.y + 28 + size.y),
                            IM_COL32(52, 101, 214, 220), 10.0f);
        draw->AddText(nullptr, 0.0f, ImVec2(mouse.x + 22, mouse.y + 20), IM_COL32(255, 255, 255, 255), label.c_str(),
                      nullptr, 240);
    }
    if (pressed_tile_ >= 0 && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) finish_drag(now);
    ImGui::EndChild();
}

void MatchingScreen::finish_drag(double now) {
    const ImVec2 mouse = ImGui::GetMousePos();
    const bool dragged = ImGui::GetIO().MouseDragMaxDistanceSqr[0] > 36.0f;
    int target = -1;
    for (std::size_t i = 0; i < tile_rects_.size(); ++i) {
        const ImVec4& r = tile_rects_[i];
        if (r.z > r.x && mouse.x >= r.x && mouse.x < r.z && mouse.y >= r.y && mouse.y < r.w) target = static_cast<int>(i);
    }
    const int pressed = pressed_tile_;
    pressed_tile_ = -1;
    if (target == pressed && !dragged) {
        select(pressed, now);
    } else if (dragged && target >= 0 && target != pressed) {
        if (game_->selected() != pressed) select(pressed, now);
        if (game_->selected() == pressed) select(target, now);
    }
}

void MatchingScreen::draw_round_result(const Fonts& fonts, double now, bool& back) {
    automation().set_screen("matching-results");
    const MatchingRoundResult result = game_->round_result(now);
    ImGui::Spacing();
    if (game_->deck_over()) {
        double total = 0;
        int misses = 0;
        for (const MatchingRoundResult& round : game_->finished_rounds()) {
            total += round.seconds;
            misses += round.misses;
        }
        wrapped_text(fonts.title, colors::text, "Deck complete!");
        wrapped_text(fonts.card, colors::text,
                     "All " + std::to_string(game_->matched_cards().size()) + " cards matched in " +
                         std::to_string(game_->finished_rounds().size()) + " rounds: " + format_clock_tenths(total) +
                         ", " + std::to_string(misses) + (misses == 1 ? " miss." : " misses."));
        automation().state()["deck_summary"] = {{"rounds", game_->finished_rounds().size()},
                                                {"cards", game_->matched_cards().size()},
                                                {"seconds", total}, {"misses", misses}};
    }
    wrapped_text(game_->deck_over() ? fonts.body : fonts.title, colors::text,
                 "Round " + std::to_string(game_->round_number()) + " complete!");
    wrapped_text(fonts.card, colors::text, "Time: " + format_clock_tenths(result.seconds));
    wrapped_text(fonts.card, result.misses ? colors::error : colors::text,
                 "Misses: " + std::to_string(result.misses) + " (penalty +" +
                     std::to_string(static_cast<int>(result.penalty_seconds)) + " s)");
    const DeckProgress* deck_progress = progress_ ? progress_->find_deck(game_->deck().id) : nullptr;
    const auto kept = deck_progress ? deck_progress->matching_best_seconds.find(result.pairs)
                                    : std::map<int, double>::const_iterator{};
    const double best = deck_progress && kept != deck_progress->matching_best_seconds.end() ? kept->second : result.seconds;
    const std::string best_line = (new_best_ ? "New best time for " : "Best time for ") +
                                  std::to_string(result.pairs) + " pairs: " + format_clock_tenths(best);
    wrapped_text(fonts.card, new_best_ ? IM_COL32(33, 140, 74, 255) : colors::text, best_line);
    ImGui::Spacing();
    if (!game_->deck_over()) {
        if (button("next-round", "Next round (" + std::to_string(game_->cards_left_to_deal()) + " cards left)",
                   ImVec2(0, 48))) {
            game_->next_round();
        }
        ImGui::SameLine();
    }
    if (button("play-again", "Play the deck again", ImVec2(0, 48))) start(game_->deck(), seed_ + 1, now);
    same_line_if_fits(button_width("Back to the deck"));
    if (button("back-to-deck", "Back to the deck", ImVec2(0, 48))) back = true;
    automation().state()["result"] = {{"round", game_->round_number()}, {"pairs", result.pairs},
                                      {"seconds", result.seconds}, {"time", format_clock_tenths(result.seconds)},
                                      {"misses", result.misses}, {"penalty", result.penalty_seconds},
                                      {"best", best}, {"new_best", new_best_}, {"best_line", best_line},
                                      {"deck_over", game_->deck_over()}};
}

void MatchingScreen::record_state(double now) const {
    nlohmann::json& state = automation().state();
    state["mode"] = "matching";
    state["round"] = game_->round_number();
    state["round_size"] = options_.round_size;
    state["order"] = deal_order_name(deal_order_used_);
    state["pairs_left"] = game_->pairs_left();
    automation().add_text("Round " + std::to_string(game_->round_number()) + ": " + std::to_string(game_->pairs_left()) +
                          " pairs left, " + std::to_string(game_->misses()) + " misses");
    automation().set_live(std::to_string(game_->pairs_left()) + " pairs left", game_->misses());
    state["misses"] = game_->misses();
    state["penalty"] = game_->penalty_seconds();
    state["time"] = format_clock_tenths(game_->round_seconds(now));
    state["seconds"] = game_->round_seconds(now);
    state["selected"] = game_->selected();
    state["cards_left_to_deal"] = game_->cards_left_to_deal();
    nlohmann::json tiles = nlohmann::json::array();
    for (std::size_t i = 0; i < game_->tiles().size(); ++i) {
        const MatchTile& tile = game_->tiles()[i];
        tiles.push_back({{"key", std::string(1, matching_tile_key(static_cast<int>(i)))},
                         {"card_id", game_->deck().cards[static_cast<std::size_t>(tile.card)].id},
                         {"side", tile.is_term ? "term" : "definition"},
                         {"text", game_->tile_text(static_cast<int>(i))},
                         {"matched", tile.matched}});
    }
    state["tiles"] = tiles;
}

bool MatchingScreen::draw(const Fonts& fonts, double now) {
    automation().set_screen("matching");
    bool back = false;
    if (!game_) return true;
    fades_.erase(std::remove_if(fades_.begin(), fades_.end(),
                                [now](const Fade& f) { return now - f.started > (f.matched ? kFadeSeconds : kFlashSeconds); }),
                 fades_.end());
    if (key_pressed(ImGuiKey_Escape)) back = true;
    handle_keys(now);
    draw_top_bar(fonts, now, back);
    if (game_->playable_cards() < 2) {
        wrapped_text(fonts.card, colors::text,
                     "Matching needs at least two cards with a term and a definition; this deck has " +
                         std::to_string(game_->playable_cards()) + ". (True/false statements are not dealt.)");
    } else if (game_->round_over() && fades_.empty()) {
        draw_round_result(fonts, now, back);
    } else {
        wrapped_text(fonts.small, colors::muted,
                     "Click a term, then its definition (or drag one onto the other). Keys: the tile's number or letter.");
        draw_board(fonts, now);
    }
    record_state(now);
    return back;
}

}  // namespace study::ui
