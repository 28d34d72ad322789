// link_screens.cpp: the bad-link and deck-loading screens (see link_screens.h).
#include "ui/link_screens.h"

#include "ui/automation.h"
#include "ui/widgets.h"

namespace study::ui {

bool draw_link_problem_screen(const Fonts& fonts, const std::vector<LinkProblem>& problems) {
    automation().set_screen("link-problem");
    wrapped_text(fonts.title, colors::text, "This link does not work");
    // The way out first: in a small iframe the list below may need scrolling.
    const bool go_home = button("go-home", "Go to all decks", ImVec2(0, 44));
    ImGui::Spacing();
    nlohmann::json listed = nlohmann::json::array();
    for (const LinkProblem& problem : problems) {
        wrapped_text(fonts.card, colors::error, problem.message);
        listed.push_back({{"parameter", problem.parameter}, {"message", problem.message}});
    }
    ImGui::Spacing();
    wrapped_text(fonts.body, colors::muted,
                 "If a teacher gave you this link, tell them what it says above. You can still study any deck.");
    automation().state()["problems"] = listed;
    return go_home;
}

void draw_loading_deck_screen(const Fonts& fonts, const std::string& address) {
    automation().set_screen("loading-deck");
    wrapped_text(fonts.title, colors::text, "Loading the deck\xE2\x80\xA6");
    wrapped_text(fonts.body, colors::muted, address);
    automation().state()["address"] = address;
}

}  // namespace study::ui
