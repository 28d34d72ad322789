// renderer.h: draws ImGui's draw data with OpenGL. On the desktop this is ImGui's own
// OpenGL3 backend (renderer_desktop.cpp); in the browser a small WebGL2 renderer of our
// own (renderer_web.cpp, web_renderer.js) whose shader program is compiled and linked
// while the game is still starting (the page starts it right after making the WebGL2
// context), so the first frame does not wait for the GPU process to compile it.
#pragma once

struct ImDrawData;

namespace study::platform {

// After the GL context is made current (glsl_version: "#version ..." for the desktop).
void renderer_init(const char* glsl_version);
void renderer_shutdown();
// After ImGui's font atlas was (re)built: uploads it as the font texture.
void renderer_upload_fonts();
// Draws a frame's draw data into the current framebuffer (viewport and clear are the
// caller's; the scissor test is off again afterwards, so the next clear clears all).
void renderer_draw(ImDrawData* draw_data);

}  // namespace study::platform
