// widgets.cpp: shared, snapshot-recorded widgets (see widgets.h).
#include "ui/widgets.h"

#include <cstdint>

#include <algorithm>

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "core/text_fold.h"
#include "ui/automation.h"

namespace study::ui {

void record_last_item(const std::string& id, const std::string& label, bool enabled) {
    if (!ImGui::IsItemVisible()) return;
    ImRect rect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    rect.ClipWith(ImGui::GetCurrentWindow()->ClipRect);
    if (rect.GetWidth() <= 0 || rect.GetHeight() <= 0) return;
    automation().add_widget({id, label, rect.Min.x, rect.Min.y, rect.GetWidth(), rect.GetHeight(), enabled});
}

bool button(const std::string& id, const std::string& label, ImVec2 size, bool enabled) {
    if (!enabled) ImGui::BeginDisabled();
    const bool clicked = ImGui::Button((label + "##" + id).c_str(), size);
    if (!enabled) ImGui::EndDisabled();
    record_last_item(id, label, enabled);
    return clicked && enabled;
}

namespace {
// The text box that was given the caret by code, until it has it. ImGui needs a frame or
// two to move the caret; what is typed meanwhile belongs to that box and must not get
// lost (or be taken as game keys). When the box activates, its caret goes to the end
// (ImGui would select all, and the next key would replace what was typed so far).
struct FocusRequest {
    std::string id;
    int frame = -1;
};
FocusRequest g_focus_request;
constexpr int kFocusRequestFrames = 4;  // ImGui moves the caret within two frames

bool focus_request_open() {
    return !g_focus_request.id.empty() && ImGui::GetFrameCount() - g_focus_request.frame <= kFocusRequestFrames;
}

// Moves the characters typed this frame into `text`; true if there were any.
bool take_typed_characters(std::string& text) {
    ImGuiIO& io = ImGui::GetIO();
    bool any = false;
    for (ImWchar c : io.InputQueueCharacters) {
        if (c < ' ') continue;
        append_utf8(text, c);
        any = true;
    }
    io.InputQueueCharacters.resize(0);
    return any;
}
}  // namespace

namespace {
// Keeps a text box's text within the byte limit passed as user data (cut between characters).
int limit_text_length(ImGuiInputTextCallbackData* data) {
    const int max_bytes = static_cast<int>(reinterpret_cast<std::intptr_t>(data->UserData));
    if (data->BufTextLen > max_bytes) {
        int cut = max_bytes;
        while (cut > 0 && (static_cast<unsigned char>(data->Buf[cut]) & 0xC0) == 0x80) --cut;
        data->DeleteChars(cut, data->BufTextLen - cut);
    }
    return 0;
}
}  // namespace

bool text_box(const std::string& id, const char* hint, std::string& text, float width, bool take_focus,
              std::size_t max_bytes) {
    const std::string label = "##" + id;
    if (take_focus) {
        g_focus_request = {id, ImGui::GetFrameCount()};
        ImGui::SetKeyboardFocusHere();
    }
    const bool focus_pending = focus_request_open() && g_focus_request.id == id;
    bool typed_early = false;
    if (focus_pending && ImGui::GetActiveID() != ImGui::GetID(label.c_str())) typed_early = take_typed_characters(text);
    if (max_bytes > 0 && text.size() > max_bytes) {
        std::size_t cut = max_bytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        text.resize(cut);
    }
    ImGui::SetNextItemWidth(width);
    const bool changed = max_bytes > 0
        ? ImGui::InputTextWithHint(label.c_str(), hint, &text, ImGuiInputTextFlags_CallbackEdit, limit_text_length,
                                   reinterpret_cast<void*>(static_cast<std::intptr_t>(max_bytes)))
        : ImGui::InputTextWithHint(label.c_str(), hint, &text);
    if (focus_pending && ImGui::IsItemActive()) {
        if (ImGui::IsItemActivated()) {
            if (ImGuiInputTextState* state = ImGui::GetInputTextState(ImGui::GetItemID())) {
                state->Stb.cursor = state->Stb.select_start = state->Stb.select_end = state->CurLenW;
            }
        }
        g_focus_request = {};
    }
    record_last_item(id, text.empty() ? hint : text);
    return changed || typed_early;
}

bool text_box_taking_focus() { return focus_request_open(); }

void swipe_to_scroll() {
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) && ImGui::IsMouseDragging(0)) {
        ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetIO().MouseDelta.y);
    }
}

void same_line_if_fits(float next_width) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + spacing + next_width <= right) ImGui::SameLine();
}

float button_width(const std::string& label) {
    return ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
}

std::string shorten_text(const std::string& text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t cut = max_bytes > 3 ? max_bytes - 3 : 0;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not mid-character
    return text.substr(0, cut) + "\xE2\x80\xA6";
}

std::string fit_text_to_width(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    std::size_t low = 0, high = text.size();  // the longest cut that fits lies in [low, high)
    while (high - low > 1) {
        const std::size_t mid = (low + high) / 2;
        if (ImGui::CalcTextSize(shorten_text(text, mid).c_str()).x <= width) low = mid;
        else high = mid;
    }
    return shorten_text(text, low);
}

void wrapped_text(ImFont* font, ImU32 color, const std::string& text) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

bool key_pressed(ImGuiKey key, bool repeat) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), repeat); }

bool char_typed(ImWchar wanted) {
    for (ImWchar c : ImGui::GetIO().InputQueueCharacters) {
        if (c == wanted || (wanted >= 'a' && wanted <= 'z' && c == wanted - 'a' + 'A')) return true;
    }
    return false;
}

float wrapped_height(ImFont* font, const std::string& text, float width) {
    const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
    return font->CalcTextSizeA(size, FLT_MAX, std::max(width, 1.0f), text.c_str(), text.c_str() + text.size()).y;
}

}  // namespace study::ui

