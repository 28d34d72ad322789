// automation.cpp: recording and publishing the automation snapshot (see automation.h).
#include "ui/automation.h"

namespace study::ui {

void Automation::begin_frame() {
    screen_.clear();
    widgets_.clear();
    state_ = nlohmann::json::object();
}

void Automation::end_frame() {
    nlohmann::json widgets = nlohmann::json::array();
    for (const AutomationWidget& w : widgets_) {
        widgets.push_back({{"id", w.id}, {"label", w.label}, {"x", w.x}, {"y", w.y}, {"w", w.w}, {"h", w.h},
                           {"enabled", w.enabled}});
    }
    ++frame_count_;
    const nlohmann::json snapshot = {
        {"screen", screen_}, {"frame", frame_count_}, {"widgets", widgets}, {"state", state_},
        {"diagnostics", diagnostics_}};
    // Card text from user decks may hold anything: never throw while publishing.
    published_ = snapshot.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Automation& automation() {
    static Automation instance;
    return instance;
}

}  // namespace study::ui
