// safe_file.h: the one way the app writes a file (imported decks, exports, progress, the
// command line's output): a temporary file beside the target, written, flushed to disk
// (fsync) and checked after it is closed, then renamed over the target, so a crash or a
// full disk never leaves a file cut short. The previous version is kept as "<file>.bak".
// POSIX calls: the desktop (Linux) and emscripten's file systems both provide them.
// The backup is a hard link to the previous version; where there are no hard links (the
// browser's in-memory file system) the previous version is renamed to the backup instead
// of copied (a big progress file is written once, not three times), so a crash between
// the two renames leaves only the backup: restore_interrupted_write() puts it back.
#pragma once

#include <string>
#include <string_view>

namespace study {

// The backup kept of `path` by write_file_safely ("<path>.bak").
std::string backup_path_of(const std::string& path);

// Writes `contents` to `path` safely (see above). With `keep_backup`, the file that was
// there is kept as backup_path_of(path). Returns false with `error` in plain words (which
// file, what went wrong) when it could not be written; then the file that was there is
// untouched and no temporary file is left behind.
bool write_file_safely(const std::string& path, std::string_view contents, std::string& error,
                       bool keep_backup = true);

// When `path` is missing but its backup exists (a write cut off between its two renames),
// renames the backup back to `path`. Returns true when it did.
bool restore_interrupted_write(const std::string& path);

// Reads a whole file (at most `max_bytes`) into `contents`; false with `error` when it
// cannot be read or is larger.
bool read_whole_file(const std::string& path, std::string& contents, std::string& error,
                     std::size_t max_bytes = 64u * 1024u * 1024u);

// Moves a file that could not be read aside into `folder` (created if needed), under its
// own name (with -2, -3... when taken); returns the new path, or "" with `error`.
std::string move_file_aside(const std::string& path, const std::string& folder, std::string& error);

}  // namespace study
