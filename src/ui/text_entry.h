// text_entry.h: text typed outside ImGui into the game's text boxes. On a phone the page
// puts a real DOM text field over the box that was tapped (only a focused DOM field
// brings the soft keyboard up, and it composes with IME, autocorrect and swipe typing);
// on every `input` event the page hands over the field's whole value and caret, which
// replace the box's text here. The desktop never calls receive_text_edit: its keys go
// through SDL and ImGui as before.
#pragma once

#include <cstddef>
#include <string>

#include <imgui.h>

namespace study::ui {

// The page's text field for the text box `id` now holds `value` with the caret after
// `caret` bytes: the box takes both in its next frame.
void receive_text_edit(const std::string& id, const std::string& value, int caret);

// What an ImGui input text's callback needs to take an edit: the box's id and its byte
// limit (0: none). Pass it as user data with text_edit_callback and the flags below.
struct TextEditTarget {
    std::string id;
    std::size_t max_bytes = 0;
};
constexpr ImGuiInputTextFlags kTextEditFlags = ImGuiInputTextFlags_CallbackAlways | ImGuiInputTextFlags_CallbackEdit;
int text_edit_callback(ImGuiInputTextCallbackData* data);

// For a box that is not active (ImGui has not taken the tap yet): a waiting edit is
// copied into `text` at once (cut to `max_bytes`); true if there was one.
bool take_text_edit(const std::string& id, std::string& text, std::size_t max_bytes = 0);

// `text` cut to at most `max_bytes` bytes between two characters.
void cut_to_bytes(std::string& text, std::size_t max_bytes);

}  // namespace study::ui
