// widgets.h: the few widgets the screens share, each recorded in the automation
// snapshot under a stable id, so that tests click exactly what a person sees.
#pragma once

#include <optional>
#include <string>

#include <imgui.h>

namespace study::ui {

// Records the last ImGui item (its visible part) in the automation snapshot.
void record_last_item(const std::string& id, const std::string& label, bool enabled = true);

// A push button; returns true when clicked (or activated with the keyboard). A height in
// `size` is a minimum: it grows with the text size.
bool button(const std::string& id, const std::string& label, ImVec2 size = ImVec2(0, 0), bool enabled = true);

// A single-line text box with a grey hint; returns true when the text changed. A
// non-zero `max_bytes` keeps the text that short (typing and pasting stop there).
// `take_focus` puts the caret in it (at the end of the text) from the next frame on;
// characters typed until it has the caret go into the box too.
bool text_box(const std::string& id, const char* hint, std::string& text, float width, bool take_focus = false,
              std::size_t max_bytes = 0);

// A multi-line text area (tabs typed into it); `label` names it in the automation
// snapshot, `hint` for screen readers. Returns true when the text changed.
bool text_area(const std::string& id, const std::string& label, const std::string& hint, std::string& text, ImVec2 size);

// True while a text box given the caret by code does not have it yet: the keys typed
// now are that box's, not game keys.
bool text_box_taking_focus();

// The font packs (ui/theme.h) that text typed or pasted into a text box since the last
// call needs: "é" typed in an answer box draws as é once the pack has come, not as a box.
unsigned take_font_packs_for_typed_text();

// Reduced motion (the system's prefers-reduced-motion, or --reduced-motion): no flip,
// fade or melt animations; changes show at once.
void set_reduced_motion(bool reduced);
bool reduced_motion();

// Reading aloud. The page (web) speaks from its own click handler, where browsers allow
// speech; the desktop speaks what take_speech_request() gives (espeak-ng). Without a
// voice (set_speech_available(false)) no speaker button is drawn.
struct SpeechRequest {
    std::string text;
    std::string language;  // BCP 47
};
void set_speech_available(bool available);
// Whether speak_button draws anything (a voice is there).
bool speech_available();
// A "Read aloud" button for `text` in `language`; true when clicked.
bool speak_button(const std::string& id, const std::string& text, const std::string& language);
// The text a speak button asked for since the last call, if any.
std::optional<SpeechRequest> take_speech_request();

// Lets a finger drag scroll the current window (touch screens), also when the drag
// started on an item in it.
void swipe_to_scroll();

// Puts the next item on the current line if `next_width` still fits there; otherwise the
// next item starts a new line (button rows that wrap on narrow screens).
void same_line_if_fits(float next_width);

// Width a button with `label` takes in the current font.
float button_width(const std::string& label);

// `text` cut to at most `max_bytes` bytes at a character boundary, with "…" when cut.
std::string shorten_text(const std::string& text, std::size_t max_bytes);

// `text` cut (with "…") to fit on one line of `width` pixels in the current font.
std::string fit_text_to_width(const std::string& text, float width);

// True when `key` went down this frame (with `repeat`, also while held down).
bool key_pressed(ImGuiKey key, bool repeat = false);

// True when the letter `wanted` (lower case; upper case counts too) was typed this frame.
bool char_typed(ImWchar wanted);

// The font of screen titles: text wrapped_text draws in it is the screen's heading for
// screen readers; any other is read as text (automation.h).
void set_title_font(ImFont* font);

// Text in `font` and `color`, wrapped at the right edge of the current region; also
// recorded for screen readers.
void wrapped_text(ImFont* font, ImU32 color, const std::string& text);

// Height `text` takes in `font` when wrapped at `width` (logical pixels).
float wrapped_height(ImFont* font, const std::string& text, float width);

}  // namespace study::ui
