// gl_proc_address_web.cpp: a small eglGetProcAddress for the web build. SDL2's emscripten
// video driver keeps a pointer to eglGetProcAddress, and emscripten's own one looks a
// name up among every GL function it knows: that pulls all of them, and the JavaScript
// of each, into the download (about 10 KB brotli) although nothing here loads GL
// functions by name (ImGui's OpenGL3 backend calls GLES 3 directly). SDL asks for a few
// only (SDL_GL_ExtensionSupported, SDL_GL_GetAttribute): this answers those and returns
// null for any other name, as for a function the driver does not have.
#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>

#include <cstring>

extern "C" void* eglGetProcAddress(const char* name) {
    struct Entry {
        const char* name;
        void* function;
    };
    static const Entry entries[] = {
        {"glGetString", reinterpret_cast<void*>(&glGetString)},
        {"glGetStringi", reinterpret_cast<void*>(&glGetStringi)},
        {"glGetIntegerv", reinterpret_cast<void*>(&glGetIntegerv)},
        {"glGetError", reinterpret_cast<void*>(&glGetError)},
        {"glBindFramebuffer", reinterpret_cast<void*>(&glBindFramebuffer)},
        {"glGetFramebufferAttachmentParameteriv", reinterpret_cast<void*>(&glGetFramebufferAttachmentParameteriv)},
    };
    for (const Entry& entry : entries) {
        if (name && std::strcmp(name, entry.name) == 0) return entry.function;
    }
    return nullptr;
}
#endif
