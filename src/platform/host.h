// host.h: what differs between the desktop and the browser, behind one small interface.
// host_desktop.cpp or host_web.cpp is compiled in (chosen in CMakeLists.txt).
#pragma once

#include <string>

#include <SDL.h>

namespace study::platform {

class FrameLoop;

struct HostOptions {
    int exit_after_ms = -1;        // desktop: quit after this long (smoke tests)
    bool print_snapshot = false;   // desktop: print the automation snapshot on exit
};

// Folder holding decks/ and fonts/.
std::string host_data_dir();
// OpenGL attributes and GLSL version for this platform (before the window is created).
const char* host_prepare_gl();
// Runs the loop until quit (desktop) or hands it to the browser (web: returns at once).
void host_run(FrameLoop& loop, const HostOptions& options);
// Called once the first frame is on screen (web: hides the loading indicator).
void host_first_frame_drawn();

}  // namespace study::platform
