// widgets.cpp: shared, snapshot-recorded widgets (see widgets.h).
#include "ui/widgets.h"

#include <algorithm>

#include <imgui_internal.h>
#include <imgui_stdlib.h>

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
// The text box that was given focus by code: when it activates, its caret goes to the end
// (ImGui would select all, and the next key would replace what was typed so far).
std::string g_caret_to_end_id;
}  // namespace

bool text_box(const std::string& id, const char* hint, std::string& text, float width, bool take_focus) {
    if (take_focus) {
        ImGui::SetKeyboardFocusHere();
        g_caret_to_end_id = id;
    }
    ImGui::SetNextItemWidth(width);
    const bool changed = ImGui::InputTextWithHint(("##" + id).c_str(), hint, &text);
    if (ImGui::IsItemActivated() && g_caret_to_end_id == id) {
        if (ImGuiInputTextState* state = ImGui::GetInputTextState(ImGui::GetItemID())) {
            state->Stb.cursor = state->Stb.select_start = state->Stb.select_end = state->CurLenW;
        }
        g_caret_to_end_id.clear();
    }
    record_last_item(id, text.empty() ? hint : text);
    return changed;
}

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

