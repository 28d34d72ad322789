// file_system.cpp: folders, files and paths over POSIX calls (see file_system.h).
#include "core/file_system.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace study {

namespace {

bool stat_of(const std::string& path, struct stat& info) { return !path.empty() && ::stat(path.c_str(), &info) == 0; }

// `path` cut at its '/'s into its parts, without empty ones ("a//b/" -> "a", "b").
std::vector<std::string> path_parts(const std::string& path) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t slash = path.find('/', start);
        if (slash == std::string::npos) slash = path.size();
        if (slash > start) parts.push_back(path.substr(start, slash - start));
        start = slash + 1;
    }
    return parts;
}

// `path` with "." parts, empty parts and "<name>/.." pairs taken out, without looking
// at the disk ("/a/./b/../c" -> "/a/c"); ".." above the root is dropped.
std::string tidy_path(const std::string& path) {
    const bool absolute = !path.empty() && path.front() == '/';
    std::vector<std::string> kept;
    for (std::string& part : path_parts(path)) {
        if (part == ".") continue;
        if (part == ".." && !kept.empty() && kept.back() != "..") kept.pop_back();
        else if (part == ".." && absolute) continue;
        else kept.push_back(std::move(part));
    }
    std::string tidy = absolute ? "/" : "";
    for (std::size_t i = 0; i < kept.size(); ++i) tidy += (i ? "/" : "") + kept[i];
    return tidy.empty() ? "." : tidy;
}

// realpath() of `path` (which must exist) into `resolved`; false with errno set.
bool real_path_of(const std::string& path, std::string& resolved) {
    char* real = ::realpath(path.c_str(), nullptr);
    if (!real) return false;
    resolved = real;
    std::free(real);
    return true;
}

}  // namespace

bool list_folder(const std::string& folder, std::vector<std::string>& names, std::string& error) {
    names.clear();
    DIR* dir = ::opendir(folder.c_str());
    if (!dir) {
        error = std::strerror(errno);
        return false;
    }
    while (true) {
        errno = 0;
        const dirent* entry = ::readdir(dir);
        if (!entry) break;
        const std::string name = entry->d_name;
        if (name != "." && name != "..") names.push_back(name);
    }
    const int read_error = errno;
    ::closedir(dir);
    if (read_error != 0) {
        names.clear();
        error = std::strerror(read_error);
        return false;
    }
    std::sort(names.begin(), names.end());
    return true;
}

bool path_exists(const std::string& path) {
    struct stat info {};
    return stat_of(path, info);
}

bool is_folder(const std::string& path) {
    struct stat info {};
    return stat_of(path, info) && S_ISDIR(info.st_mode);
}

bool is_regular_file(const std::string& path) {
    struct stat info {};
    return stat_of(path, info) && S_ISREG(info.st_mode);
}

std::uint64_t regular_file_size(const std::string& path) {
    struct stat info {};
    return stat_of(path, info) && S_ISREG(info.st_mode) ? static_cast<std::uint64_t>(info.st_size) : 0;
}

bool create_folders(const std::string& folder) {
    if (folder.empty()) return false;
    // Each folder on the way, from the top; those already there fail with EEXIST.
    for (std::size_t slash = folder.find('/', 1); slash != std::string::npos; slash = folder.find('/', slash + 1)) {
        if (folder[slash - 1] != '/') ::mkdir(folder.substr(0, slash).c_str(), 0777);
    }
    ::mkdir(folder.c_str(), 0777);
    return is_folder(folder);
}

bool remove_file(const std::string& path, std::string& error) {
    if (std::remove(path.c_str()) == 0 || errno == ENOENT) return true;
    error = std::strerror(errno);
    return false;
}

std::string resolved_path(const std::string& path) {
    if (path.empty()) return "";
    // The longest start of `path` that exists is resolved; the parts after it are added.
    std::string existing = path, missing;
    while (true) {
        std::string resolved;
        if (real_path_of(existing, resolved)) return tidy_path(join_path(resolved, missing));
        if (errno != ENOENT && errno != ENOTDIR) return "";
        const std::string parent = path_parent_folder(existing);
        missing = join_path(path_file_name(existing), missing);
        if (parent.empty()) return tidy_path(missing);  // nothing of it exists: relative as it was
        if (parent == existing) return "";
        existing = parent;
    }
}

std::string join_path(const std::string& folder, const std::string& name) {
    if (folder.empty() || (!name.empty() && name.front() == '/')) return name;
    return folder.back() == '/' ? folder + name : folder + "/" + name;
}

std::string path_file_name(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string path_parent_folder(const std::string& path) {
    std::size_t end = path.rfind('/');
    if (end == std::string::npos) return "";
    while (end > 0 && path[end - 1] == '/') --end;  // "a//b" -> "a"
    return end == 0 ? "/" : path.substr(0, end);
}

std::string path_extension(const std::string& path) {
    const std::string name = path_file_name(path);
    const std::size_t dot = name.rfind('.');
    if (dot == std::string::npos || dot == 0 || name == "..") return "";
    return name.substr(dot);
}

std::string path_stem(const std::string& path) {
    const std::string name = path_file_name(path);
    return name.substr(0, name.size() - path_extension(name).size());
}

}  // namespace study
