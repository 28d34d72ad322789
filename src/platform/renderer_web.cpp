// renderer_web.cpp: renderer.h in the browser: ImGui's draw data drawn with WebGL2 (GLES 3).
// Unlike ImGui's OpenGL3 backend it never waits for the GPU process before the first
// draw: the shader program was started early (web_renderer.js) and is asked about once,
// when the first frame draws; the font texture is ImGui's atlas with one channel (a
// quarter of the bytes of the backend's RGBA copy, uploaded once); and no GL state is
// saved or restored around a frame (the game is the only user of its context).
#ifdef __EMSCRIPTEN__
#include "platform/renderer.h"

#include <cstdint>
#include <cstdio>

#include <GLES3/gl3.h>
#include <imgui.h>

extern "C" {
int study_gl_take_program();
int study_gl_check_program(int program);
void study_gl_set_transform(int program, float scale_x, float scale_y, float offset_x, float offset_y);
}

namespace study::platform {

namespace {
GLuint g_program = 0;
bool g_program_checked = false;
GLuint g_vertex_array = 0, g_vertex_buffer = 0, g_index_buffer = 0, g_font_texture = 0;
GLsizeiptr g_vertex_buffer_size = 0, g_index_buffer_size = 0;
}  // namespace

void renderer_init(const char*) {
    ImGui::GetIO().BackendRendererName = "study_arcade_webgl2";
    g_program = static_cast<GLuint>(study_gl_take_program());
    // One vertex array for good: ImDrawVert's fields at the locations of the shader.
    glGenVertexArrays(1, &g_vertex_array);
    glBindVertexArray(g_vertex_array);
    glGenBuffers(1, &g_vertex_buffer);
    glGenBuffers(1, &g_index_buffer);
    glBindBuffer(GL_ARRAY_BUFFER, g_vertex_buffer);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g_index_buffer);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    const auto offset = [](std::size_t bytes) { return reinterpret_cast<const void*>(bytes); };
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), offset(IM_OFFSETOF(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), offset(IM_OFFSETOF(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), offset(IM_OFFSETOF(ImDrawVert, col)));
}

void renderer_shutdown() {}  // the page's end takes the context with it

void renderer_upload_fonts() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    if (g_font_texture) glDeleteTextures(1, &g_font_texture);
    glGenTextures(1, &g_font_texture);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, g_font_texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(g_font_texture)));
}

void renderer_draw(ImDrawData* draw_data) {
    const ImVec2 scale = draw_data->FramebufferScale;
    const int fb_width = static_cast<int>(draw_data->DisplaySize.x * scale.x);
    const int fb_height = static_cast<int>(draw_data->DisplaySize.y * scale.y);
    if (fb_width <= 0 || fb_height <= 0) return;
    if (!g_program_checked) {
        g_program_checked = true;
        if (!study_gl_check_program(static_cast<int>(g_program))) std::fputs("Study Arcade: no shader program\n", stderr);
    }
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glViewport(0, 0, fb_width, fb_height);
    glUseProgram(g_program);
    // ImGui's coordinates (DisplayPos at the top left) to clip space (y up).
    const ImVec2 pos = draw_data->DisplayPos, size = draw_data->DisplaySize;
    study_gl_set_transform(static_cast<int>(g_program), 2.0f / size.x, -2.0f / size.y, -1.0f - 2.0f * pos.x / size.x,
                           1.0f + 2.0f * pos.y / size.y);
    glBindVertexArray(g_vertex_array);
    glActiveTexture(GL_TEXTURE0);
    GLuint bound_texture = 0;
    for (int n = 0; n < draw_data->CmdListsCount; ++n) {
        const ImDrawList* list = draw_data->CmdLists[n];
        const auto vertex_bytes = static_cast<GLsizeiptr>(list->VtxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawVert));
        const auto index_bytes = static_cast<GLsizeiptr>(list->IdxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawIdx));
        glBindBuffer(GL_ARRAY_BUFFER, g_vertex_buffer);
        if (g_vertex_buffer_size < vertex_bytes) {
            g_vertex_buffer_size = vertex_bytes;
            glBufferData(GL_ARRAY_BUFFER, vertex_bytes, nullptr, GL_STREAM_DRAW);
        }
        if (g_index_buffer_size < index_bytes) {
            g_index_buffer_size = index_bytes;
            glBufferData(GL_ELEMENT_ARRAY_BUFFER, index_bytes, nullptr, GL_STREAM_DRAW);
        }
        glBufferSubData(GL_ARRAY_BUFFER, 0, vertex_bytes, list->VtxBuffer.Data);
        glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, 0, index_bytes, list->IdxBuffer.Data);
        for (const ImDrawCmd& command : list->CmdBuffer) {
            // The clip rectangle in framebuffer pixels (GL's y goes up).
            const float left = (command.ClipRect.x - pos.x) * scale.x, top = (command.ClipRect.y - pos.y) * scale.y;
            const float right = (command.ClipRect.z - pos.x) * scale.x, bottom = (command.ClipRect.w - pos.y) * scale.y;
            if (right <= left || bottom <= top) continue;
            glScissor(static_cast<int>(left), static_cast<int>(static_cast<float>(fb_height) - bottom),
                      static_cast<int>(right - left), static_cast<int>(bottom - top));
            const auto texture = static_cast<GLuint>(reinterpret_cast<std::intptr_t>(command.GetTexID()));
            if (texture != bound_texture) glBindTexture(GL_TEXTURE_2D, bound_texture = texture);
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(command.ElemCount),
                           sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<const void*>(static_cast<std::uintptr_t>(command.IdxOffset * sizeof(ImDrawIdx))));
        }
    }
    glDisable(GL_SCISSOR_TEST);
}

}  // namespace study::platform
#endif
