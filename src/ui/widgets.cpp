// widgets.cpp: shared, snapshot-recorded widgets (see widgets.h).
#include "ui/widgets.h"

#include <algorithm>
#include <utility>

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "core/text_fold.h"
#include "ui/automation.h"
#include "ui/text_entry.h"
#include "ui/theme.h"

namespace study::ui {

void record_last_item(const std::string& id, const std::string& label, bool enabled) {
    if (!ImGui::IsItemVisible()) return;
    ImRect rect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    rect.ClipWith(ImGui::GetCurrentWindow()->ClipRect);
    if (rect.GetWidth() <= 0 || rect.GetHeight() <= 0) return;
    automation().add_widget({id, label, rect.Min.x, rect.Min.y, rect.GetWidth(), rect.GetHeight(), enabled, {}, {}, {}});
}

bool button(const std::string& id, const std::string& label, ImVec2 size, bool enabled) {
    // A height given in code is a minimum: larger text (the text size setting) makes the
    // button taller rather than cutting its label.
    if (size.y > 0) size.y = std::max(size.y, ImGui::GetFrameHeight() + 8.0f);
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
// Records a text box or area as a text field the page can put its own field over (a
// phone's keyboard), with its text.
void record_text_field(const std::string& id, const std::string& label, const std::string& text, const std::string& hint,
                       bool multiline) {
    const std::size_t before = automation().widget_count();
    record_last_item(id, label);
    if (automation().widget_count() > before) automation().mark_last_widget(multiline ? "multiline" : "text", text, hint);  // not when out of sight
}

// Who holds ImGui's active id (a widget pressed and not yet released) and why.
struct ClickOwner {
    ImGuiID id = 0;
    ImGuiWindow* window = nullptr;
    ImGuiInputSource source = ImGuiInputSource_None;
    int mouse_button = -1;
};

ClickOwner current_click_owner() {
    const ImGuiContext& g = *GImGui;
    return {g.ActiveId, g.ActiveIdWindow, g.ActiveIdSource, g.ActiveIdMouseButton};
}

// Called right after a text box that asked for the caret by code. ImGui moves the caret
// like keyboard navigation: it makes the box the active widget even when the person
// clicked somewhere else in that very frame, and ignores the mouse until it moves. A
// click on Next (or Don't know) just as the next question's box takes the caret would be
// lost. A click elsewhere wins: the box gives the caret up and whatever was clicked
// (before or after the box on screen) gets the press. Either way the mouse keeps working.
void let_click_win_over_caret(const ClickOwner& before) {
    ImGuiContext& g = *GImGui;
    g.NavDisableMouseHover = false;
    const bool clicked = ImGui::IsMouseClicked(ImGuiMouseButton_Left) || ImGui::IsMouseClicked(ImGuiMouseButton_Right);
    if (!clicked || !ImGui::IsItemActivated() || ImGui::IsMouseHoveringRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax())) {
        return;
    }
    g_focus_request = {};
    if (before.id == 0) {
        ImGui::ClearActiveID();
        return;
    }
    ImGui::SetActiveID(before.id, before.window);
    g.ActiveIdSource = before.source;
    g.ActiveIdMouseButton = before.mouse_button;
}

// Keeps a text box in view above a phone's keyboard once it has the caret.
void keep_active_box_in_view() {
    if (!ImGui::IsItemActivated()) return;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImRect rect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (rect.Min.y < window->InnerClipRect.Min.y || rect.Max.y > window->InnerClipRect.Max.y) {
        ImGui::ScrollToBringRectIntoView(window, rect);
    }
}
}  // namespace

namespace {
unsigned g_typed_font_packs = 0;  // see take_font_packs_for_typed_text()

void note_typed_text(const std::string& text) { g_typed_font_packs |= font_packs_for(text); }
}  // namespace

bool text_box(const std::string& id, const char* hint, std::string& text, float width, bool take_focus,
              std::size_t max_bytes) {
    const std::string label = "##" + id;
    if (take_focus) {
        g_focus_request = {id, ImGui::GetFrameCount()};
        ImGui::SetKeyboardFocusHere();
    }
    const bool focus_pending = focus_request_open() && g_focus_request.id == id;
    const bool active = ImGui::GetActiveID() == ImGui::GetID(label.c_str());
    bool typed_early = false;
    if (focus_pending && !active) typed_early = take_typed_characters(text);
    if (!active) typed_early = take_text_edit(id, text, max_bytes) || typed_early;  // the page's field, before ImGui took the tap
    cut_to_bytes(text, max_bytes);
    ImGui::SetNextItemWidth(width);
    TextEditTarget target{id, max_bytes};
    const ClickOwner click_owner = current_click_owner();
    const bool changed = ImGui::InputTextWithHint(label.c_str(), hint, &text, kTextEditFlags, text_edit_callback, &target);
    if (focus_pending) let_click_win_over_caret(click_owner);
    if (focus_pending && ImGui::IsItemActive()) {
        if (ImGui::IsItemActivated()) {
            if (ImGuiInputTextState* state = ImGui::GetInputTextState(ImGui::GetItemID())) {
                state->Stb.cursor = state->Stb.select_start = state->Stb.select_end = state->CurLenW;
            }
        }
        g_focus_request = {};
    }
    keep_active_box_in_view();
    record_text_field(id, text.empty() ? hint : text, text, hint, false);
    if (changed || typed_early) note_typed_text(text);
    return changed || typed_early;
}

bool text_area(const std::string& id, const std::string& label, const std::string& hint, std::string& text, ImVec2 size) {
    const std::string imgui_label = "##" + id;
    bool changed = false;
    if (ImGui::GetActiveID() != ImGui::GetID(imgui_label.c_str())) changed = take_text_edit(id, text);
    TextEditTarget target{id, 0};
    changed = ImGui::InputTextMultiline(imgui_label.c_str(), &text, size,
                                        ImGuiInputTextFlags_AllowTabInput | kTextEditFlags, text_edit_callback, &target) ||
              changed;
    keep_active_box_in_view();
    record_text_field(id, label, text, hint, true);
    if (changed) note_typed_text(text);
    return changed;
}

bool text_box_taking_focus() { return focus_request_open(); }

unsigned take_font_packs_for_typed_text() { return std::exchange(g_typed_font_packs, 0u); }

namespace {
bool g_speech_available = false;
std::optional<SpeechRequest> g_speech_request;
}  // namespace

void set_speech_available(bool available) { g_speech_available = available; }
bool speech_available() { return g_speech_available; }

namespace {
bool g_reduced_motion = false;
}  // namespace

void set_reduced_motion(bool reduced) { g_reduced_motion = reduced; }
bool reduced_motion() { return g_reduced_motion; }

bool speak_button(const std::string& id, const std::string& text, const std::string& language) {
    if (!g_speech_available || text.empty()) return false;
    const std::size_t before = automation().widget_count();
    const bool clicked = button(id, "Read aloud");
    if (automation().widget_count() > before) automation().mark_last_widget("speak", text, language);
    if (clicked) g_speech_request = SpeechRequest{text, language};
    return clicked;
}

std::optional<SpeechRequest> take_speech_request() { return std::exchange(g_speech_request, std::nullopt); }

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

namespace {
ImFont* g_title_font = nullptr;
}  // namespace

void set_title_font(ImFont* font) { g_title_font = font; }

void wrapped_text(ImFont* font, ImU32 color, const std::string& text) {
    if (font != nullptr && font == g_title_font) automation().set_heading(text);
    else automation().add_text(text);
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

