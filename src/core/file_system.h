// file_system.h: the few file-system operations the app needs: listing a folder, telling
// what a path is, making folders, removing files, resolving a path to tell whether two
// paths name one file, and splitting a path into folder, name and extension.
// POSIX calls (the desktop's and emscripten's file systems both provide them), not
// std::filesystem: libc++'s std::filesystem added about 12 KB to the web build's
// game.wasm for these few calls. Errors are told as strerror(errno) ("No such file or
// directory"), the same words std::error_code::message() gave.
// Paths are split at '/' only, as std::filesystem::path does on POSIX.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace study {

// The names of the entries of `folder` (without "." and ".."), sorted by byte value, in
// `names`. False with `error` (the reason, e.g. "No such file or directory") when the
// folder cannot be read; `names` is then empty.
bool list_folder(const std::string& folder, std::vector<std::string>& names, std::string& error);

// Whether something is at `path` (symbolic links followed, as everywhere here).
bool path_exists(const std::string& path);

// Whether `path` is a folder.
bool is_folder(const std::string& path);

// Whether `path` is a regular file (not a folder, device...).
bool is_regular_file(const std::string& path);

// The size in bytes of the regular file `path`; 0 when it is not one.
std::uint64_t regular_file_size(const std::string& path);

// Makes `folder` and the folders above it that are missing (mkdir -p). True when
// `folder` is a folder afterwards (also when it was one already).
bool create_folders(const std::string& folder);

// Removes the file (or empty folder) `path`. True when it is gone, also when it was not
// there; false with `error` (the reason) when it could not be removed.
bool remove_file(const std::string& path, std::string& error);

// `path` resolved as far as it exists (symbolic links, "." and "..", as realpath does),
// the rest that does not exist added and tidied lexically: two paths that name one
// file give one text (std::filesystem::weakly_canonical). "" when `path` is empty or
// cannot be resolved (e.g. a folder on the way is not readable).
std::string resolved_path(const std::string& path);

// `folder` and `name` joined with one '/' ("decks" + "a.json" -> "decks/a.json"); `name`
// when `folder` is empty or `name` starts with '/'.
std::string join_path(const std::string& folder, const std::string& name);

// The last part of `path`, after its last '/' ("decks/a.json" -> "a.json"); "" when
// `path` ends with '/'.
std::string path_file_name(const std::string& path);

// `path` without its last part and the '/' before it ("decks/a.json" -> "decks",
// "a.json" -> "", "/a.json" -> "/").
std::string path_parent_folder(const std::string& path);

// The file name of `path` from its last '.' on ("a.tar.gz" -> ".gz"); "" when there is
// none or the name only starts with '.' (".hidden", "..").
std::string path_extension(const std::string& path);

// The file name of `path` without path_extension ("decks/a.tar.gz" -> "a.tar").
std::string path_stem(const std::string& path);

}  // namespace study
