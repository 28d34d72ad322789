// automation.cpp: recording and publishing the automation snapshot (see automation.h).
#include "ui/automation.h"

#include <imgui.h>

namespace study::ui {

namespace {
// A heading for screens that draw no title of their own.
std::string default_heading(const std::string& screen) {
    static const std::pair<const char*, const char*> names[] = {
        {"flashcards", "Flashcards"}, {"matching", "Matching"}, {"snowman", "Snowman"}, {"quiz", "Quiz"},
        {"learn", "Learn"}, {"review", "Review"}, {"learn-round", "Learn"}, {"quiz-results", "Quiz results"},
        {"snowman-results", "Snowman results"}, {"matching-results", "Matching results"}, {"results", "Flashcards results"}};
    for (const auto& [name, heading] : names) {
        if (screen == name) return heading;
    }
    return "Study Arcade";
}
// True if this frame took a click, a release, a wheel turn or a key. Such a frame may
// switch screens or move things after it has laid out part of the screen (the share
// screen drawn below half of the flashcards screen, a card sent to a box after the card
// was drawn): its record would pair what is now shown with places that were, and a test
// (or the page) reading it could click where nothing is. The frames drawn after input
// (always a few) publish instead.
bool frame_took_input() {
    const ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < IM_ARRAYSIZE(io.MouseDown); ++i) {
        if (io.MouseClicked[i] || io.MouseReleased[i]) return true;
    }
    if (io.MouseWheel != 0.0f || io.MouseWheelH != 0.0f) return true;
    for (int i = 0; i < IM_ARRAYSIZE(io.KeysDown); ++i) {
        const bool pressed = io.KeysDownDuration[i] == 0.0f;
        const bool released = io.KeysDownDurationPrev[i] >= 0.0f && !io.KeysDown[i];
        if (pressed || released) return true;
    }
    return !io.InputQueueCharacters.empty();
}
}  // namespace

void Automation::add_text(const std::string& text) {
    if (!text.empty() && texts_.size() < 200) texts_.push_back(text.size() > 2000 ? text.substr(0, 2000) : text);
}

void Automation::begin_frame() {
    screen_.clear();
    widgets_.clear();
    heading_.clear();
    texts_.clear();
    live_.clear();
    live_key_ = 0;
    state_ = nlohmann::json::object();
}

void Automation::mark_last_widget(const std::string& kind, const std::string& value, const std::string& hint) {
    if (widgets_.empty()) return;
    widgets_.back().kind = kind;
    widgets_.back().value = value;
    widgets_.back().hint = hint;
}

void Automation::end_frame() {
    ++frame_count_;
    if (ImGui::GetCurrentContext() && frame_took_input()) return;
    nlohmann::json widgets = nlohmann::json::array();
    nlohmann::json text_fields = nlohmann::json::array();
    for (const AutomationWidget& w : widgets_) {
        nlohmann::json widget = {{"id", w.id}, {"label", w.label}, {"x", w.x}, {"y", w.y}, {"w", w.w}, {"h", w.h},
                                 {"enabled", w.enabled}};
        if (!w.kind.empty()) {
            widget["kind"] = w.kind;
            text_fields.push_back({{"id", w.id}, {"kind", w.kind}, {"x", w.x}, {"y", w.y}, {"w", w.w}, {"h", w.h},
                                   {"value", w.value}, {"hint", w.hint}, {"multiline", w.kind == "multiline"}});
        }
        widgets.push_back(std::move(widget));
    }
    published_text_fields_ = text_fields.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    publish_a11y();
    const nlohmann::json snapshot = {
        {"screen", screen_}, {"frame", frame_count_}, {"widgets", widgets}, {"state", state_},
        {"diagnostics", diagnostics_}};
    // Card text from user decks may hold anything: never throw while publishing.
    published_ = snapshot.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void Automation::publish_a11y() {
    if (!live_.empty() && (live_ != last_live_ || live_key_ != last_live_key_)) {
        ++live_count_;
        last_spoken_ = live_;
    }
    last_live_ = live_;
    last_live_key_ = live_key_;
    nlohmann::json controls = nlohmann::json::array();
    for (const AutomationWidget& w : widgets_) {
        nlohmann::json control = {{"id", w.id}, {"label", w.label}, {"enabled", w.enabled}};
        if (!w.kind.empty()) {
            control["kind"] = w.kind;
            control["value"] = w.value;
            if (w.kind == "speak") control["language"] = w.hint;
            else control["label"] = w.hint;
        }
        controls.push_back(std::move(control));
    }
    const nlohmann::json model = {{"screen", screen_}, {"heading", heading_.empty() ? default_heading(screen_) : heading_},
                                  {"texts", texts_}, {"controls", controls}, {"live", live_count_ > 0 ? last_spoken_ : ""},
                                  {"live_count", live_count_}};
    std::string text = model.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (text != published_a11y_) {
        published_a11y_ = std::move(text);
        ++a11y_revision_;
    }
}

Automation& automation() {
    static Automation instance;
    return instance;
}

}  // namespace study::ui
