// automation.h: the automation snapshot of DESIGN.md. Each frame the screens record
// every interactive widget they draw (stable id, visible label, rectangle in logical =
// CSS pixels, enabled) plus the screen name and what a person can read (state). Tests
// read it to know where to click; a screen-reader mirror can read it later.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace study::ui {

struct AutomationWidget {
    std::string id;
    std::string label;
    float x = 0, y = 0, w = 0, h = 0;
    bool enabled = true;
    // Widgets the page acts on itself: text boxes and areas, "text" or "multiline" (the
    // page's phone keyboard field goes over them) with the text they hold and what they
    // ask for (`hint`, their name for screen readers); "speak" buttons with the text to
    // read aloud and its language (in `hint`).
    std::string kind;
    std::string value;
    std::string hint;
};

class Automation {
public:
    // Starts recording a new frame.
    void begin_frame();
    // Ends the frame: what was recorded becomes the published snapshot, unless the frame
    // took input (a click, a key): then the frames drawn after it publish (see
    // frame_took_input in automation.cpp).
    void end_frame();
    // Frames drawn so far (published as "frame": tests check that idle means no frames).
    long frame_count() const { return frame_count_; }

    void set_screen(const std::string& name) { screen_ = name; }
    void add_widget(AutomationWidget widget) { widgets_.push_back(std::move(widget)); }
    std::size_t widget_count() const { return widgets_.size(); }
    // Marks the widget added last as one the page acts on (see AutomationWidget::kind).
    void mark_last_widget(const std::string& kind, const std::string& value, const std::string& hint);
    // For screen readers (the page's accessibility layer): the screen's heading (the first
    // title drawn, else a name per screen), the text drawn (prompts, cards, feedback) and
    // a message said once in a polite live region when it (or its key) changes.
    void set_heading(const std::string& heading) { if (heading_.empty()) heading_ = heading; }
    void add_text(const std::string& text);
    void set_live(const std::string& text, long key = 0) { live_ = text; live_key_ = key; }
    // What a person can read on screen (card text, counts, score...), as JSON values.
    nlohmann::json& state() { return state_; }
    // Figures kept across frames for benchmarks (e.g. how long the last progress save
    // took), published as "diagnostics".
    nlohmann::json& diagnostics() { return diagnostics_; }

    // The last published snapshot as JSON text: {screen, widgets:[...], state:{...}}.
    const std::string& published_json() const { return published_; }
    // The accessibility model of the last frame as JSON text: {screen, heading, texts,
    // controls: [{id, label, enabled, kind, value}], live, live_count}, and a number that
    // changes only when that model changes (the page rebuilds its layer then, not every frame).
    const std::string& published_a11y() const { return published_a11y_; }
    long a11y_revision() const { return a11y_revision_; }
    // The widgets the page acts on, of the last published frame (its phone keyboard field,
    // reading aloud): [{id, kind, x, y, w, h, value, hint, multiline}] as JSON text.
    const std::string& published_text_fields() const { return published_text_fields_; }

private:
    void publish_a11y();

    std::string screen_;
    std::vector<AutomationWidget> widgets_;
    nlohmann::json state_ = nlohmann::json::object();
    nlohmann::json diagnostics_ = nlohmann::json::object();
    long frame_count_ = 0;
    std::string published_ = R"({"screen":"loading","widgets":[],"state":{}})";
    std::string published_text_fields_ = "[]";
    std::string heading_;
    std::vector<std::string> texts_;
    std::string live_, last_live_, last_spoken_;
    long live_key_ = 0, last_live_key_ = 0, live_count_ = 0;
    std::string published_a11y_ = "{}";
    long a11y_revision_ = 0;
};

// The one recorder the screens write to.
Automation& automation();

}  // namespace study::ui
