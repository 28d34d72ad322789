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
};

class Automation {
public:
    // Starts recording a new frame.
    void begin_frame();
    // Ends the frame: what was recorded becomes the published snapshot.
    void end_frame();
    // Frames drawn so far (published as "frame": tests check that idle means no frames).
    long frame_count() const { return frame_count_; }

    void set_screen(const std::string& name) { screen_ = name; }
    void add_widget(AutomationWidget widget) { widgets_.push_back(std::move(widget)); }
    // What a person can read on screen (card text, counts, score...), as JSON values.
    nlohmann::json& state() { return state_; }
    // Figures kept across frames for benchmarks (e.g. how long the last progress save
    // took), published as "diagnostics".
    nlohmann::json& diagnostics() { return diagnostics_; }

    // The last published snapshot as JSON text: {screen, widgets:[...], state:{...}}.
    const std::string& published_json() const { return published_; }

private:
    std::string screen_;
    std::vector<AutomationWidget> widgets_;
    nlohmann::json state_ = nlohmann::json::object();
    nlohmann::json diagnostics_ = nlohmann::json::object();
    long frame_count_ = 0;
    std::string published_ = R"({"screen":"loading","widgets":[],"state":{}})";
};

// The one recorder the screens write to.
Automation& automation();

}  // namespace study::ui
