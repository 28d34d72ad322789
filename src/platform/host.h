// host.h: what differs between the desktop and the browser, behind one small interface.
// host_desktop.cpp or host_web.cpp is compiled in (chosen in CMakeLists.txt).
#pragma once

#include <string>

#include <SDL.h>

#include "ui/app.h"

namespace study::platform {

class FrameLoop;

struct HostOptions {
    int exit_after_ms = -1;        // desktop: quit after this long (smoke tests)
    bool print_snapshot = false;   // desktop: print the automation snapshot on exit
    std::string snapshot_file;     // desktop: rewrite this file with the snapshot after each frame
};

// Folder holding decks/ and fonts/.
std::string host_data_dir();
// The user's storage folder (browser: persistent IndexedDB-backed; desktop: the user data
// folder). host_start_storage() begins making it available; host_storage_ready() tells.
std::string host_user_dir();
void host_start_storage();
bool host_storage_ready();
// Makes what was written to the user folder last (browser: flush to IndexedDB).
void host_persist_storage();
// Browser: opens the page's file picker (the chosen file comes back to FrameLoop).
void host_open_file_picker();
// Hands a file to the user (browser: download; desktop: saved to a folder); returns the
// message for the screen.
std::string host_save_download(const ui::FileDownload& download);
// OpenGL attributes and GLSL version for this platform (before the window is created).
const char* host_prepare_gl();
// Runs the loop until quit (desktop) or hands it to the browser (web: returns at once).
void host_run(FrameLoop& loop, const HostOptions& options);
// Web: a named point in time of the start-up (performance.mark, read by
// tests/bench/first_visit.mjs). Desktop: nothing.
void host_mark(const char* name);
// Called once the first frame is on screen (web: hides the loading indicator).
void host_first_frame_drawn();
// Web: hands a JSON message to the page, which posts it to the embedding page (if any,
// and only to the origin the link allows). Desktop: nothing.
void host_post_page_message(const std::string& json_text);
// Puts text on the system clipboard (web: through the page's Clipboard API).
void host_set_clipboard(const std::string& text);
// Switches between fullscreen and a window (web: the page's Fullscreen API).
void host_toggle_fullscreen(SDL_Window* window);
// Web: hands the screen's accessibility model (ui/automation.h) to the page, which
// rebuilds its layer of DOM elements for screen readers; called only when it changed.
// Desktop: nothing.
void host_update_accessibility(const std::string& json_text);
// True when text can be read aloud (web: the page passes --no-speech without Web Speech;
// desktop: espeak-ng is installed).
bool host_can_speak();
// Reads `text` aloud in `language` (BCP 47), stopping what was being read. Web: nothing
// (the page speaks from its own click handler, the only place browsers allow it).
void host_speak(const std::string& text, const std::string& language);
// Web: fetches a deck from its address; the answer comes to FrameLoop::remote_deck.
void host_fetch_deck(const std::string& url);
// Fetches a file of the web build the app loads when needed (FOLDER/NAME beside the page:
// a font pack in fonts/, a shipped deck in decks/) into the data folder's FOLDER, then
// wakes the loop; a failure comes to FrameLoop::data_file_failed. Desktop: the files are there.
void host_fetch_data_file(const std::string& folder, const std::string& name);

}  // namespace study::platform
