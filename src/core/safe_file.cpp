// safe_file.cpp: temp file + fsync + rename writes, with a backup (see safe_file.h).
#include "core/safe_file.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/file_system.h"

namespace study {

namespace {

std::string reason(int error_number) { return std::strerror(error_number); }

// Writes all of `contents` to the open file `fd`; false with errno set on failure.
bool write_all(int fd, std::string_view contents) {
    std::size_t done = 0;
    while (done < contents.size()) {
        const ssize_t written = ::write(fd, contents.data() + done, contents.size() - done);
        if (written < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        if (written == 0) {
            errno = ENOSPC;
            return false;
        }
        done += static_cast<std::size_t>(written);
    }
    return true;
}

// Flushes a folder's entries (the rename) to disk; best effort.
void sync_folder(const std::string& folder) {
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

// Copies `from` to `to` (replacing it) through a temporary file; false on failure.
bool copy_file_contents(const std::string& from, const std::string& to) {
    std::string contents, error;
    if (!read_whole_file(from, contents, error, static_cast<std::size_t>(-1))) return false;
    return write_file_safely(to, contents, error, false);
}

}  // namespace

std::string backup_path_of(const std::string& path) { return path + ".bak"; }

bool write_file_safely(const std::string& path, std::string_view contents, std::string& error, bool keep_backup) {
    const std::string folder = path_parent_folder(path);
    const std::string temp = path + ".tmp";
    const auto fail = [&](const std::string& what, int error_number) {
        ::unlink(temp.c_str());
        error = what + " " + path + " (" + reason(error_number) + ")";
        return false;
    };
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return fail("could not create", errno);
    if (!write_all(fd, contents)) {
        const int saved = errno;
        ::close(fd);
        return fail("could not write", saved);
    }
    if (::fsync(fd) != 0 && errno != EINVAL && errno != ENOSYS) {  // some file systems cannot sync
        const int saved = errno;
        ::close(fd);
        return fail("could not write", saved);
    }
    if (::close(fd) != 0) return fail("could not write", errno);  // delayed write errors show here
    if (keep_backup && ::access(path.c_str(), F_OK) == 0) {
        const std::string backup = backup_path_of(path);
        ::unlink(backup.c_str());
        // A hard link keeps the old version without a moment in which `path` is missing;
        // without hard links it is renamed (restore_interrupted_write covers the moment).
        if (::link(path.c_str(), backup.c_str()) != 0 && ::rename(path.c_str(), backup.c_str()) != 0 &&
            !copy_file_contents(path, backup)) {
            return fail("could not keep a backup of", errno ? errno : EIO);
        }
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) return fail("could not replace", errno);
    sync_folder(folder);
    return true;
}

bool restore_interrupted_write(const std::string& path) {
    const std::string backup = backup_path_of(path);
    if (::access(path.c_str(), F_OK) == 0 || ::access(backup.c_str(), F_OK) != 0) return false;
    return ::rename(backup.c_str(), path.c_str()) == 0;
}

bool read_whole_file(const std::string& path, std::string& contents, std::string& error, std::size_t max_bytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = "could not open " + path + " (" + reason(errno) + ")";
        return false;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        error = path + " is not a file";
        return false;
    }
    if (static_cast<unsigned long long>(info.st_size) > max_bytes) {
        ::close(fd);
        error = path + " is too big (" + std::to_string(info.st_size / (1024 * 1024)) + " MB)";
        return false;
    }
    contents.clear();
    char buffer[65536];
    while (true) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            error = "could not read " + path + " (" + reason(errno) + ")";
            ::close(fd);
            return false;
        }
        if (got == 0) break;
        contents.append(buffer, static_cast<std::size_t>(got));
        if (contents.size() > max_bytes) {
            ::close(fd);
            error = path + " is too big";
            return false;
        }
    }
    ::close(fd);
    return true;
}

std::string move_file_aside(const std::string& path, const std::string& folder, std::string& error) {
    create_folders(folder);
    const std::string stem = path_stem(path), extension = path_extension(path);
    std::string target = join_path(folder, path_file_name(path));
    for (int n = 2; path_exists(target); ++n) {
        target = join_path(folder, stem + "-" + std::to_string(n) + extension);
    }
    if (::rename(path.c_str(), target.c_str()) != 0) {
        error = "could not move " + path + " to " + target + " (" + reason(errno) + ")";
        return "";
    }
    sync_folder(folder);
    sync_folder(path_parent_folder(path));
    return target;
}

}  // namespace study
