// host_web.cpp: the browser side of host.h: data preloaded at /data, WebGL2 (GLES 3),
// and a main loop that pauses itself while idle and is resumed by the next SDL event
// (no frame is drawn while nothing changes). Also exports the automation snapshot.
#ifdef __EMSCRIPTEN__
#include <string>
#include <utility>
#include <vector>

#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include "platform/frame_loop.h"
#include "platform/host.h"
#include "ui/automation.h"
#include "ui/local_time.h"
#include "ui/text_entry.h"

// Tells the page (web/index.html) that the first frame is on screen.
EM_JS(void, notify_page_first_frame, (), {
    if (Module.onFirstFrame) Module.onFirstFrame();
});

// The user's decks live in IndexedDB, mounted at /user; read it before the app starts.
EM_JS(void, mount_user_storage, (), {
    // Tells the game, in words, that IndexedDB failed (private window, storage blocked in
    // a course page's iframe, quota): 0 = reading at start, 1 = saving.
    Module.reportStorageFailure = function (writing, error) {
        var reason = String((error && (error.message || error.name)) || error || 'unknown error');
        console.warn('Study Arcade: storage ' + (writing ? 'write' : 'read') + ' failed: ' + reason);
        Module.callWithString(function (text) { Module._study_arcade_storage_failed(writing, text); }, reason);
    };
    // Big files (a heavy student's progress is megabytes) go to IndexedDB as Blobs: a
    // typed array is copied by put() on the main thread (about 100 ms for 10 MB in
    // Chromium, a visible stall after each save), a Blob is not. Files stored as Blobs
    // are read back before the game is told the storage is ready; files stored as
    // arrays (and any browser that refuses a Blob) keep working as before.
    var blobReads = [];
    // The page read IndexedDB ahead (web/page.js, readStorageAhead): the first sync takes
    // that answer instead of asking again, if the page read the database this IDBFS uses.
    // Only the first: later syncs (saving) must see what is stored by then.
    var readAhead = Module.storageReadAhead, entriesAhead = null;
    Module.storageReadAhead = null;
    var getRemoteSet = IDBFS.getRemoteSet;
    if (readAhead) IDBFS.getRemoteSet = function (mount, callback) {
        IDBFS.getRemoteSet = getRemoteSet;
        readAhead.then(function (read) {
            if (!read || read.name !== mount.mountpoint || read.version !== IDBFS.DB_VERSION ||
                read.store !== IDBFS.DB_STORE_NAME || IDBFS.dbs[read.name]) {
                if (read) read.db.close();
                return getRemoteSet(mount, callback);
            }
            IDBFS.dbs[read.name] = read.db;
            var timestamps = {};
            entriesAhead = {};
            read.keys.forEach(function (path, i) {
                timestamps[path] = { timestamp: read.entries[i].timestamp };
                entriesAhead[path] = read.entries[i];
            });
            Module.storageReadAheadTaken = true;
            callback(null, { type: 'remote', db: read.db, entries: timestamps });
        });
    };
    var loadFromStore = IDBFS.loadRemoteEntry;
    var loadRemote = function (store, path, callback) {
        if (entriesAhead && Object.prototype.hasOwnProperty.call(entriesAhead, path)) return callback(null, entriesAhead[path]);
        loadFromStore(store, path, callback);
    };
    var storeRemote = IDBFS.storeRemoteEntry;
    IDBFS.storeRemoteEntry = function (store, path, entry, callback) {
        if (entry.contents && entry.contents.byteLength > 65536 && typeof Blob === 'function') {
            try {
                var request = store.put(Object.assign({}, entry, { contents: new Blob([entry.contents]) }), path);
                request.onsuccess = function () { callback(null); };
                request.onerror = function (e) { callback(request.error); e.preventDefault(); };
                return;
            } catch (e) { /* no Blobs in this store: as an array below */ }
        }
        storeRemote(store, path, entry, callback);
    };
    IDBFS.loadRemoteEntry = function (store, path, callback) {
        loadRemote(store, path, function (error, entry) {
            if (error || !entry || !(entry.contents instanceof Blob)) return callback(error, entry);
            blobReads.push(entry.contents.arrayBuffer().then(function (bytes) {
                entry.contents = new Uint8Array(bytes);
                callback(null, entry);
            }));
        });
    };
    FS.mkdir('/user');
    FS.mount(IDBFS, {}, '/user');
    FS.syncfs(true, function (error) {
        entriesAhead = null;
        Promise.all(blobReads).then(function () {
            if (error) Module.reportStorageFailure(0, error);
            Module._study_arcade_storage_ready();
        }, function (readError) {
            Module.reportStorageFailure(0, error || readError);
            Module._study_arcade_storage_ready();
        });
    });
});

// Writes /user back to IndexedDB; one sync at a time (a write during a sync runs after
// it). window.studyArcade.storageBusy() tells the page (and tests) when all is saved.
EM_JS(void, flush_user_storage, (), {
    var storage = Module.userStorage || (Module.userStorage = { syncing: false, again: false });
    if (storage.syncing) { storage.again = true; return; }
    var sync = function () {
        storage.syncing = true;
        FS.syncfs(false, function (error) {
            if (error) Module.reportStorageFailure(1, error);
            storage.syncing = storage.again;
            if (storage.again) { storage.again = false; sync(); }
        });
    };
    sync();
});

// Minutes east of UTC now (getTimezoneOffset counts west), daylight saving included, as
// the desktop's localtime/mktime difference gives it.
EM_JS(int, page_utc_offset_minutes, (), {
    return -new Date().getTimezoneOffset();
});

EM_JS(void, page_mark, (const char* name), {
    if (typeof performance === 'object' && performance.mark) performance.mark(UTF8ToString(name));
});

EM_JS(void, page_open_file_picker, (), {
    if (Module.openFilePicker) Module.openFilePicker();
});

EM_JS(void, page_download, (const char* name, const char* type, const char* data, int size), {
    var bytes = HEAPU8.slice(data, data + size);
    var url = URL.createObjectURL(new Blob([bytes], { type: UTF8ToString(type) }));
    var link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(name);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
});

EM_JS(void, page_post_message, (const char* json), {
    if (Module.postToHost) Module.postToHost(UTF8ToString(json));
});

EM_JS(void, page_copy_text, (const char* text), {
    if (Module.copyText) Module.copyText(UTF8ToString(text));
});

EM_JS(void, page_toggle_fullscreen, (), {
    if (Module.toggleFullscreen) Module.toggleFullscreen();
});

EM_JS(void, page_fetch_deck, (const char* url), {
    if (Module.fetchDeck) Module.fetchDeck(UTF8ToString(url));
});

EM_JS(void, page_update_accessibility, (const char* json), {
    if (Module.updateAccessibility) Module.updateAccessibility(UTF8ToString(json));
});

// A file of the web build the game loads when it needs it (a font pack a deck needs,
// ui/theme.h, or a shipped deck, core/deck_outline.h): fetched from FOLDER/ beside the page
// (the page's locateFile gives its hashed name) into /data/FOLDER, then the game is told;
// on failure it is told why.
EM_JS(void, page_fetch_data_file, (const char* folder_name, const char* file_name), {
    var folder = UTF8ToString(folder_name), file = UTF8ToString(file_name);
    var path = folder + '/' + file;
    var url = Module['locateFile'] ? Module['locateFile'](path, "") : path;
    var early = Module.earlyDataFiles && Module.earlyDataFiles[path];  // started by the page, taken once
    if (early) delete Module.earlyDataFiles[path];
    (early || fetch(url)).then(function (response) {
        if (!response.ok) throw new Error('the server answered ' + response.status);
        return response.arrayBuffer();
    }).then(function (bytes) {
        FS.writeFile('/data/' + path, new Uint8Array(bytes));
        Module['_study_arcade_data_file_arrived']();
    }).catch(function (error) {
        console.warn('Study Arcade: ' + path + ' could not be loaded: ' + error);
        Module.callWithString(Module['_study_arcade_data_file_failed'], path, String(error && error.message || error));
    });
});

namespace study::platform {

namespace {

FrameLoop* g_loop = nullptr;
bool g_paused = false;
bool g_storage_ready = false;
std::vector<std::pair<bool, std::string>> g_early_storage_failures;  // before the loop existed

void resume_loop() {
    if (!g_paused) return;
    g_paused = false;
    emscripten_resume_main_loop();
}

int wake_on_event(void*, SDL_Event*) {
    resume_loop();
    return 1;
}

void resume_after_timeout(void*) { resume_loop(); }

void main_loop_step() {
    g_loop->step();
    if (g_loop->is_idle()) {
        g_paused = true;
        emscripten_pause_main_loop();
        // A visible clock: come back when it ticks (an earlier event resumes sooner).
        if (const int wake = g_loop->ms_until_wake(); wake >= 0) emscripten_async_call(resume_after_timeout, nullptr, wake);
    }
}

}  // namespace

std::string host_data_dir() { return "/data"; }
std::string host_user_dir() { return "/user"; }
void host_start_storage() { mount_user_storage(); }
bool host_storage_ready() { return g_storage_ready; }
void host_persist_storage() { flush_user_storage(); }
void host_open_file_picker() { page_open_file_picker(); }

std::string host_save_download(const ui::FileDownload& download) {
    page_download(download.file_name.c_str(), download.mime_type.c_str(), download.content.data(),
                  static_cast<int>(download.content.size()));
    return "Downloaded " + download.file_name;
}

const char* host_prepare_gl() {
    // SDL listens for keys on the canvas, not on the whole window: the page's own text
    // field (a phone's keyboard, web/page.js) then gets its letters, neither swallowed by
    // SDL's preventDefault nor typed twice. The page keeps the canvas focused otherwise.
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    return "#version 300 es";
}

void host_run(FrameLoop& loop, const HostOptions&) {
    g_loop = &loop;
    for (const auto& [writing, reason] : g_early_storage_failures) loop.storage_failed(writing, reason);
    g_early_storage_failures.clear();
    if (g_storage_ready) loop.request_frames(3);
    SDL_AddEventWatch(wake_on_event, nullptr);
    // 0 fps = requestAnimationFrame; simulate_infinite_loop keeps main()'s locals alive.
    emscripten_set_main_loop(main_loop_step, 0, 1);
}

void host_first_frame_drawn() { notify_page_first_frame(); }
void host_post_page_message(const std::string& json_text) { page_post_message(json_text.c_str()); }
void host_set_clipboard(const std::string& text) { page_copy_text(text.c_str()); }
void host_toggle_fullscreen(SDL_Window*) { page_toggle_fullscreen(); }
void host_fetch_deck(const std::string& url) { page_fetch_deck(url.c_str()); }
void host_update_accessibility(const std::string& json_text) { page_update_accessibility(json_text.c_str()); }
bool host_can_speak() { return true; }
void host_speak(const std::string&, const std::string&) {}  // web/page.js speaks in the click's own handler
void host_fetch_data_file(const std::string& folder, const std::string& name) { page_fetch_data_file(folder.c_str(), name.c_str()); }
void host_mark(const char* name) { page_mark(name); }

}  // namespace study::platform

// ui/local_time.h: the web build's (the desktop's is in ui/local_time.cpp).
int study::ui::local_utc_offset_minutes() { return page_utc_offset_minutes(); }

namespace {
void wake_up() {
    study::platform::g_loop->request_frames(3);
    study::platform::resume_loop();
}

// The `size` bytes at `bytes` from the page; none for a null pointer or a negative size
// (built without exceptions: std::string of a negative size would abort).
std::string bytes_from_page(const char* bytes, int size) {
    return bytes && size > 0 ? std::string(bytes, static_cast<std::size_t>(size)) : std::string();
}
}  // namespace

// Called by the page: window.studyArcade.snapshot() parses this JSON.
extern "C" EMSCRIPTEN_KEEPALIVE const char* study_arcade_snapshot_json() {
    return study::ui::automation().published_json().c_str();
}

// Called by the page: the text fields drawn last ([{id, x, y, w, h, value, multiline}],
// rectangles in CSS pixels relative to the canvas), for its phone keyboard field.
extern "C" EMSCRIPTEN_KEEPALIVE const char* study_arcade_text_fields_json() {
    return study::ui::automation().published_text_fields().c_str();
}

// Called by the page on every `input` event of its text field over the text box `id`:
// the field's whole value and the caret (in bytes of UTF-8).
extern "C" EMSCRIPTEN_KEEPALIVE void study_arcade_text_input(const char* id, const char* value, int caret) {
    if (!study::platform::g_loop || !id || !value) return;
    study::ui::receive_text_edit(id, value, caret);
    wake_up();
}

// Called by the page: 1 while the game wants typed text (a text box has the caret), so
// that Tab stays the game's (the paste box takes tabs); else Tab leaves the canvas for the
// accessibility layer.
extern "C" EMSCRIPTEN_KEEPALIVE int study_arcade_wants_text() {
    return ImGui::GetCurrentContext() != nullptr && ImGui::GetIO().WantTextInput ? 1 : 0;
}

// Called by the page when its text field sends Enter (1) or Escape (2): the same key for
// the game, as if typed on the canvas.
extern "C" EMSCRIPTEN_KEEPALIVE void study_arcade_text_key(int which) {
    if (!study::platform::g_loop || (which != 1 && which != 2)) return;
    for (const Uint32 type : {SDL_KEYDOWN, SDL_KEYUP}) {
        SDL_Event event{};
        event.type = type;
        event.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
        event.key.keysym.scancode = which == 1 ? SDL_SCANCODE_RETURN : SDL_SCANCODE_ESCAPE;
        event.key.keysym.sym = which == 1 ? SDLK_RETURN : SDLK_ESCAPE;
        SDL_PushEvent(&event);
    }
    wake_up();
}

// Called once IndexedDB has been read into /user.
extern "C" EMSCRIPTEN_KEEPALIVE void study_arcade_storage_ready() {
    study::platform::host_mark("storage ready");
    study::platform::g_storage_ready = true;
    if (!study::platform::g_loop) return;
    wake_up();
    // The first frame now, not at the next animation frame (up to one frame later).
    study::platform::main_loop_step();
}

// Called when IndexedDB could not be read (writing = 0) or written (1), with the reason.
// (Reading fails before the loop exists: kept until host_run starts it.)
extern "C" EMSCRIPTEN_KEEPALIVE void study_arcade_storage_failed(int writing, const char* reason) {
    using namespace study::platform;
    if (!g_loop) {
        g_early_storage_failures.emplace_back(writing != 0, reason ? reason : "");
        return;
    }
    g_loop->storage_failed(writing != 0, reason ? reason : "");
    wake_up();
}

// Called by the page with the bytes of a file the user chose in the picker (as they are:
// core says so if they are not UTF-8 text).
extern "C" EMSCRIPTEN_KEEPALIVE void study_arcade_import_file(const char* name, const char* bytes, int size) {
    if (!study::platform::g_loop || !name) return;
    study::platform::g_loop->import_file(name, bytes_from_page(bytes, size));
    wake_up();
}

// Called by the page when it is hidden (another tab, the phone's home screen) or closed.
extern "C" EMSCRIPTEN_KEEPALIVE void study_arcade_page_hidden() {
    if (study::platform::g_loop) study::platform::g_loop->page_hidden();
}

// Called by the page with a message from the embedding page, from the allowed origin.
extern "C" EMSCRIPTEN_KEEPALIVE void study_arcade_page_message(const char* json_text) {
    if (!study::platform::g_loop || !json_text) return;
    study::platform::g_loop->page_message(json_text);
    wake_up();
}

// Called by the page with a fetched deck's bytes (or, when the fetch failed, an error).
extern "C" EMSCRIPTEN_KEEPALIVE void study_arcade_remote_deck(const char* url, const char* bytes, int size,
                                                               const char* error) {
    if (!study::platform::g_loop || !url) return;
    study::platform::g_loop->remote_deck(url, bytes_from_page(bytes, size), error ? error : "");
    wake_up();
}

// Called by the page (an LMS's launch page, web/scorm.js): the open deck's progress packed
// in at most max_chars characters for cmi.suspend_data ("" before a deck is open).
extern "C" EMSCRIPTEN_KEEPALIVE const char* study_arcade_progress_pack(int max_chars) {
    static std::string packed;
    packed = study::platform::g_loop && max_chars > 0 ? study::platform::g_loop->pack_progress(static_cast<std::size_t>(max_chars)) : "";
    return packed.c_str();
}

// Called by the page with progress packed by study_arcade_progress_pack (an LMS's
// cmi.suspend_data): merged into the open deck's. 1 if it was taken, 0 if not.
extern "C" EMSCRIPTEN_KEEPALIVE int study_arcade_progress_restore(const char* packed) {
    if (!study::platform::g_loop || !packed) return 0;
    const bool taken = study::platform::g_loop->restore_progress(packed);
    wake_up();
    return taken ? 1 : 0;
}

// Called when a file fetched by host_fetch_data_file is in /data: a frame lets the app
// take it (rebuild its atlas with a font pack, complete a deck).
extern "C" EMSCRIPTEN_KEEPALIVE void study_arcade_data_file_arrived() {
    if (study::platform::g_loop) wake_up();
}

// Called when a file fetched by host_fetch_data_file could not be loaded ("decks/x.json",
// and why): the app says so where it waits for it.
extern "C" EMSCRIPTEN_KEEPALIVE void study_arcade_data_file_failed(const char* path, const char* why) {
    if (!study::platform::g_loop || !path || !why) return;
    study::platform::g_loop->data_file_failed(path, why);
    wake_up();
}

// Called by the page with the clipboard's text when the user pastes (Ctrl+V).
extern "C" EMSCRIPTEN_KEEPALIVE void study_arcade_paste(const char* text) {
    if (!study::platform::g_loop || !text) return;
    study::platform::g_loop->paste(text);
    wake_up();
}
#endif
