// import_screen.cpp: the import screen (see import_screen.h).
#include "ui/import_screen.h"

#include <algorithm>

#include <imgui_stdlib.h>

#include "ui/automation.h"
#include "ui/grid.h"
#include "ui/widgets.h"

namespace study::ui {

namespace {

constexpr std::size_t kPreviewCards = 5;

// A radio button recorded in the snapshot; returns true when chosen.
bool radio(const std::string& id, const std::string& label, bool active) {
    const bool clicked = ImGui::RadioButton((label + "##" + id).c_str(), active);
    record_last_item(id, label);
    return clicked;
}

// Custom separators are typed with escapes: "\t" and "\n" mean tab and new line.
std::string unescape(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && (text[i + 1] == 'n' || text[i + 1] == 't')) {
            out += text[++i] == 'n' ? '\n' : '\t';
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string escape(const std::string& text) {
    std::string out;
    for (char c : text) out += c == '\n' ? "\\n" : c == '\t' ? "\\t" : std::string(1, c);
    return out;
}

}  // namespace

void ImportScreen::reset() {
    pasted_.clear();
    title_.clear();
    path_.clear();
    preview_.reset();
    preview_dirty_ = true;
}

ImportOptions ImportScreen::paste_options() const {
    ImportOptions options;
    options.format = ImportFormat::custom;
    options.title = title_.empty() ? "Pasted deck" : title_;
    switch (term_separator_) {
        case TermSeparator::tab: options.term_separator = "\t"; break;
        case TermSeparator::comma: options.term_separator = ","; break;
        case TermSeparator::custom: options.term_separator = unescape(custom_term_separator_); break;
    }
    switch (card_separator_) {
        case CardSeparator::new_line: options.card_separator = "\n"; break;
        case CardSeparator::semicolon: options.card_separator = ";"; break;
        case CardSeparator::custom: options.card_separator = unescape(custom_card_separator_); break;
    }
    return options;
}

void ImportScreen::update_preview() {
    if (!preview_dirty_) return;
    preview_dirty_ = false;
    const bool blank = pasted_.find_first_not_of(" \t\r\n") == std::string::npos;
    if (blank) preview_.reset();
    else preview_ = import_deck_text(pasted_, "pasted text", paste_options());
}

void ImportScreen::draw_file_section(const Fonts& fonts, Action& action) {
    wrapped_text(fonts.bold, colors::text, "From a file");
    wrapped_text(fonts.small, colors::muted,
                 "Quizlet export (term<TAB>definition lines), CSV, Anki \xE2\x80\x9CNotes in Plain Text\xE2\x80\x9D "
                 "export (.txt), or a Study Arcade .json deck.");
    if (in_browser_) {
        if (button("choose-file", "Choose a file\xE2\x80\xA6")) action.open_file_picker = true;
        return;
    }
    const float width = std::min(ImGui::GetContentRegionAvail().x - 130.0f, 620.0f);
    text_box("import-path", "Path to a deck file", path_, width);
    ImGui::SameLine();
    if (button("import-path-go", "Import", ImVec2(0, 0), !path_.empty())) action.import_path = path_;
    wrapped_text(fonts.small, colors::muted, "Or drop a file onto this window.");
}

void ImportScreen::draw_paste_section(const Fonts& fonts, Action& action) {
    wrapped_text(fonts.bold, colors::text, "Paste text");
    const float width = ImGui::GetContentRegionAvail().x;
    if (text_box("paste-title", "Deck title (optional)", title_, std::min(width, 520.0f))) preview_dirty_ = true;

    ImGui::PushFont(fonts.body);
    const ImVec2 box(width, std::clamp(ImGui::GetContentRegionAvail().y * 0.3f, 120.0f, 260.0f));
    if (text_area("paste-text", pasted_.empty() ? "Paste your cards here" : shorten_text(pasted_, 200), "Paste your cards here", pasted_, box)) {
        preview_dirty_ = true;
    }
    ImGui::PopFont();
    if (pasted_.empty() && !ImGui::IsItemActive()) {
        const ImVec2 at(ImGui::GetItemRectMin().x + 12, ImGui::GetItemRectMin().y + 8);
        ImGui::GetWindowDrawList()->AddText(at, colors::muted, "Paste your cards here (Ctrl+V)");
    }

    const auto separator_row = [&](const char* label, auto& choice, auto first, const char* first_label,
                                   const char* first_id, auto second, const char* second_label,
                                   const char* second_id, auto custom, const char* custom_id,
                                   std::string& custom_text) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(label);
        ImGui::SameLine();
        if (radio(first_id, first_label, choice == first)) { choice = first; preview_dirty_ = true; }
        ImGui::SameLine();
        if (radio(second_id, second_label, choice == second)) { choice = second; preview_dirty_ = true; }
        ImGui::SameLine();
        if (radio(custom_id, "Custom", choice == custom)) { choice = custom; preview_dirty_ = true; }
        if (choice == custom) {
            ImGui::SameLine();
            std::string shown = escape(custom_text);
            if (text_box(std::string(custom_id) + "-text", "e.g. \\n\\n", shown, 120.0f)) {
                custom_text = unescape(shown);
                preview_dirty_ = true;
            }
        }
    };
    separator_row("Between term and definition:", term_separator_, TermSeparator::tab, "Tab", "term-sep-tab",
                  TermSeparator::comma, "Comma", "term-sep-comma", TermSeparator::custom, "term-sep-custom",
                  custom_term_separator_);
    separator_row("Between cards:", card_separator_, CardSeparator::new_line, "New line", "card-sep-newline",
                  CardSeparator::semicolon, "Semicolon", "card-sep-semicolon", CardSeparator::custom,
                  "card-sep-custom", custom_card_separator_);

    update_preview();
    const int count = preview_ && preview_->deck ? static_cast<int>(preview_->deck->cards.size()) : 0;
    const std::string label = count > 0 ? "Import " + std::to_string(count) + (count == 1 ? " card" : " cards")
                                        : "Import";
    if (button("paste-import", label, ImVec2(0, 0), count > 0)) {
        action.imported = *preview_;
    }
    draw_preview(fonts);
}

void ImportScreen::draw_preview(const Fonts& fonts) {
    nlohmann::json& state = automation().state();
    state["preview_count"] = 0;
    state["preview_cards"] = nlohmann::json::array();
    if (!preview_) return;
    const DeckLoadResult& result = *preview_;
    const int count = result.deck ? static_cast<int>(result.deck->cards.size()) : 0;
    std::string summary = std::to_string(count) + (count == 1 ? " card" : " cards");
    if (result.skipped_cards > 0) summary += ", " + std::to_string(result.skipped_cards) + " skipped";
    wrapped_text(fonts.bold, colors::text, "Preview: " + summary);
    state["preview_count"] = count;
    state["preview_summary"] = summary;
    nlohmann::json problems = nlohmann::json::array();
    for (std::size_t i = 0; i < result.problems.size(); ++i) {
        if (i < 3) wrapped_text(fonts.small, colors::error, result.problems[i].message);
        problems.push_back(result.problems[i].message);
    }
    if (result.problems.size() > 3) {
        wrapped_text(fonts.small, colors::error, "\xE2\x80\xA6 and " + std::to_string(result.problems.size() - 3) + " more");
    }
    state["preview_problems"] = problems;
    if (!result.deck) return;
    std::vector<GridRow> grid_rows;
    const std::size_t shown = std::min(kPreviewCards, result.deck->cards.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const Card& card = result.deck->cards[i];
        grid_rows.push_back({{{card.term, fonts.bold}, {card.definition, fonts.body}}});
        state["preview_cards"].push_back({{"term", card.term}, {"definition", card.definition}});
    }
    draw_grid({{"Term", 0.35f}, {"Definition", 0.65f}}, grid_rows, GridLines::all);
}

ImportScreen::Action ImportScreen::draw(const Fonts& fonts) {
    automation().set_screen("import");
    Action action;
    if (button("back", "\xE2\x86\x90 All decks")) action.back = true;
    if (!ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) action.back = true;
    wrapped_text(fonts.title, colors::text, "Import a deck");
    ImGui::BeginChild("import_body", ImVec2(0, 0), false);
    draw_file_section(fonts, action);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    draw_paste_section(fonts, action);
    ImGui::EndChild();
    return action;
}

}  // namespace study::ui
