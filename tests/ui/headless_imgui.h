// headless_imgui.h: an ImGui context for the ui tests: a built font atlas, a 400x300
// display, and frames run without a renderer (the draw data is made and dropped).
#pragma once

#include <imgui.h>

// One ImGui context (one per test).
class HeadlessImGui {
public:
    HeadlessImGui() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(400, 300);
        io.IniFilename = nullptr;
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    }
    ~HeadlessImGui() { ImGui::DestroyContext(); }

    // Runs one frame with the pointer at `mouse`, the left button down or not, drawing
    // `screen` inside a full-display window.
    template <typename Screen>
    void frame(ImVec2 mouse, bool button_down, Screen&& screen) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60.0f;
        io.MousePos = mouse;
        io.MouseDown[0] = button_down;
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("screen", nullptr, ImGuiWindowFlags_NoDecoration);
        screen();
        ImGui::End();
        ImGui::Render();
    }
};
