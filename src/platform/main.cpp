// main.cpp: Study Arcade's entry point: parses the command line, opens the SDL window
// with an OpenGL (desktop) or WebGL2 (browser) context, sets up ImGui and runs the
// frame loop through the host of this platform.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdl.h>

#include "platform/frame_loop.h"
#include "platform/host.h"
#include "platform/renderer.h"
#include "ui/app.h"

namespace {

#ifdef __EMSCRIPTEN__
// The page (web/page.js) gives the options: no one reads a help text there.
const char* kUsage = "(options: src/platform/main.cpp)\n";
#else
const char* kUsage =
    "usage: study-arcade [options]\n"
    "  (importing and checking deck files on the command line: study-deck --help)\n"
    "  --deck FILE          open this deck file directly\n"
    "  --data DIR           folder holding decks/ and fonts/ (default: data/ beside the program)\n"
    "  --user-dir DIR       where imported decks are kept (default: the user data folder)\n"
    "  --link QUERY         open a launch link, e.g. \"deck=crm-11-flashcards&mode=quiz&questions=5\"\n"
    "                       (parameters: docs/embedding.md)\n"
    "  --page-url URL       address of the web game (shared links start with it)\n"
    "  --no-fullscreen      hide the Full screen button (an iframe that does not allow it)\n"
    "  --reduced-motion     no flip, fade or melt animations (the browser passes the system's setting)\n"
    "  --no-speech          hide the Read aloud buttons (no voice; the desktop uses espeak-ng when installed)\n"
    "  --window WxH         initial window size in pixels (default 1280x800)\n"
    "  --exit-after-ms N    quit after N milliseconds (for smoke tests)\n"
    "  --print-snapshot     print the automation snapshot (JSON) when quitting\n"
    "  --snapshot-file F    keep file F updated with the automation snapshot (for UI tests)\n"
    "  --help               show this help\n";
#endif

struct CommandLine {
    study::ui::AppOptions app;
    study::platform::HostOptions host;
    int width = 1280, height = 800;
};

// Parses argv; on a bad or missing value prints the problem and exits with 2.
CommandLine parse_command_line(int argc, char** argv) {
    CommandLine line;
    line.app.data_dir = study::platform::host_data_dir();
    line.app.user_dir = study::platform::host_user_dir();
    line.app.can_speak = study::platform::host_can_speak();
#ifdef __EMSCRIPTEN__
    line.app.in_browser = true;
#endif
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "study-arcade: %s needs a value\n%s", arg.c_str(), kUsage);
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--deck") line.app.deck_file = value();
        else if (arg == "--data") line.app.data_dir = value();
        else if (arg == "--user-dir") line.app.user_dir = value();
        else if (arg == "--link") line.app.launch_query = value();
        else if (arg == "--page-url") line.app.page_url = value();
        else if (arg == "--no-fullscreen") line.app.can_fullscreen = false;
        else if (arg == "--no-speech") line.app.can_speak = false;
        else if (arg == "--reduced-motion") line.app.reduced_motion = true;
        else if (arg == "--exit-after-ms") line.host.exit_after_ms = std::atoi(value().c_str());
        else if (arg == "--print-snapshot") line.host.print_snapshot = true;
        else if (arg == "--snapshot-file") line.host.snapshot_file = value();
        else if (arg == "--window") {
            const std::string size = value();
            if (std::sscanf(size.c_str(), "%dx%d", &line.width, &line.height) != 2 || line.width < 200 ||
                line.height < 150) {
                std::fprintf(stderr, "study-arcade: --window wants WIDTHxHEIGHT, e.g. 1280x800\n");
                std::exit(2);
            }
        } else if (arg == "--help" || arg == "-h") {
            std::fputs(kUsage, stdout);
            std::exit(0);
        } else {
            std::fprintf(stderr, "study-arcade: unknown option %s\n%s", arg.c_str(), kUsage);
            std::exit(2);
        }
    }
    return line;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc > 1 && (std::string(argv[1]) == "import" || std::string(argv[1]) == "check")) {
        std::fprintf(stderr, "study-arcade: the %s command is now its own program: study-deck %s ...\n", argv[1], argv[1]);
        return 2;
    }
    const CommandLine command_line = parse_command_line(argc, argv);
    // First: the browser reads IndexedDB while the window and GL context are set up.
    study::platform::host_start_storage();
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
        std::fprintf(stderr, "study-arcade: could not start SDL: %s\n", SDL_GetError());
        return 1;
    }
    const char* glsl_version = study::platform::host_prepare_gl();
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_Window* window = SDL_CreateWindow(
        "Study Arcade", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, command_line.width, command_line.height,
        SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!window) {
        std::fprintf(stderr, "study-arcade: could not open a window: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GLContext gl_context = SDL_GL_CreateContext(window);
    if (!gl_context) {
        std::fprintf(stderr, "study-arcade: could not create an OpenGL context: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_MakeCurrent(window, gl_context);
    SDL_GL_SetSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui_ImplSDL2_InitForOpenGL(window, gl_context);
    study::platform::renderer_init(glsl_version);

    study::platform::host_mark("window and GL ready");
    // Static: on the web, host_run returns while the browser keeps calling the loop.
    static study::platform::FrameLoop loop(window, command_line.app);
    loop.prepare();
    study::platform::host_mark("shipped decks read");
    study::platform::host_run(loop, command_line.host);

#ifndef __EMSCRIPTEN__
    study::platform::renderer_shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(gl_context);
    SDL_DestroyWindow(window);
    SDL_Quit();
#endif
    return 0;
}
