// renderer_desktop.cpp: renderer.h on the desktop: ImGui's OpenGL3 backend.
#ifndef __EMSCRIPTEN__
#include "platform/renderer.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

namespace study::platform {

namespace {
bool g_device_objects = false;
}

void renderer_init(const char* glsl_version) { ImGui_ImplOpenGL3_Init(glsl_version); }

void renderer_shutdown() {
    ImGui_ImplOpenGL3_Shutdown();
    g_device_objects = false;
}

void renderer_upload_fonts() {
    // The backend's device objects include the font texture: made the first time, only
    // the texture after that (NewFrame would otherwise make it a second time).
    if (!g_device_objects) {
        g_device_objects = ImGui_ImplOpenGL3_CreateDeviceObjects();
        return;
    }
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void renderer_draw(ImDrawData* draw_data) {
    ImGui_ImplOpenGL3_NewFrame();  // (device objects made here if no fonts were uploaded yet)
    ImGui_ImplOpenGL3_RenderDrawData(draw_data);
}

}  // namespace study::platform
#endif
