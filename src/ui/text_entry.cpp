// text_entry.cpp: edits from the page's text field, applied to the text boxes (see text_entry.h).
#include "ui/text_entry.h"

#include <algorithm>
#include <map>

namespace study::ui {

namespace {
struct TextEdit {
    std::string value;
    int caret = 0;
};
std::map<std::string, TextEdit> g_edits;  // by text box id, the last one wins

// Byte offset of the character boundary at or before `at`.
int boundary_before(const std::string& text, int at) {
    at = std::clamp(at, 0, static_cast<int>(text.size()));
    while (at > 0 && at < static_cast<int>(text.size()) && (static_cast<unsigned char>(text[static_cast<std::size_t>(at)]) & 0xC0) == 0x80) --at;
    return at;
}
}  // namespace

void cut_to_bytes(std::string& text, std::size_t max_bytes) {
    if (max_bytes == 0 || text.size() <= max_bytes) return;
    text.resize(static_cast<std::size_t>(boundary_before(text, static_cast<int>(max_bytes))));
}

void receive_text_edit(const std::string& id, const std::string& value, int caret) { g_edits[id] = {value, caret}; }

bool take_text_edit(const std::string& id, std::string& text, std::size_t max_bytes) {
    const auto edit = g_edits.find(id);
    if (edit == g_edits.end()) return false;
    text = edit->second.value;
    cut_to_bytes(text, max_bytes);
    g_edits.erase(edit);
    return true;
}

int text_edit_callback(ImGuiInputTextCallbackData* data) {
    const auto* target = static_cast<const TextEditTarget*>(data->UserData);
    if (const auto edit = g_edits.find(target->id); edit != g_edits.end()) {
        std::string value = edit->second.value;
        cut_to_bytes(value, target->max_bytes);
        const int caret = boundary_before(value, edit->second.caret);
        g_edits.erase(edit);
        data->DeleteChars(0, data->BufTextLen);
        data->InsertChars(0, value.c_str(), value.c_str() + value.size());
        data->CursorPos = data->SelectionStart = data->SelectionEnd = std::min(caret, data->BufTextLen);
    }
    if (target->max_bytes > 0 && data->BufTextLen > static_cast<int>(target->max_bytes)) {
        const std::string text(data->Buf, static_cast<std::size_t>(data->BufTextLen));
        const int cut = boundary_before(text, static_cast<int>(target->max_bytes));
        data->DeleteChars(cut, data->BufTextLen - cut);
    }
    return 0;
}

}  // namespace study::ui
