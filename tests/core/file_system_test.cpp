// file_system_test.cpp: the POSIX file-system helpers that replaced std::filesystem in
// the app: a folder is listed sorted and without "." and "..", a missing folder is
// reported in strerror's words, nested folders are made, removing a missing file is no
// error, two paths to one file resolve to one text, and the path helpers split paths as
// std::filesystem::path does (which the tests still use, as the reference).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include <sys/stat.h>
#include <unistd.h>

#include "core/file_system.h"
#include "fresh_folder.h"

using namespace study;
using study::testing::fresh_folder;
namespace fs = std::filesystem;

namespace {

void touch(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    REQUIRE(file != nullptr);
    std::fputs("x", file);
    std::fclose(file);
}

}  // namespace

TEST_CASE("a folder is listed sorted by byte value, without . and ..") {
    const std::string folder = fresh_folder("study_arcade_fs_list").string();
    // Created out of order; readdir gives them in no particular order.
    for (const char* name : {"b.json", "a.json", "B.json", "a.json.bak", "_x", "a-2.json", "z"}) touch(folder + "/" + name);
    fs::create_directories(folder + "/damaged");
    std::vector<std::string> names{"left over"};
    std::string error;
    REQUIRE(list_folder(folder, names, error));
    CHECK(error.empty());
    const std::vector<std::string> expected{"B.json", "_x", "a-2.json", "a.json", "a.json.bak", "b.json", "damaged", "z"};
    CHECK(names == expected);
    // The order std::filesystem's paths sorted in, which the deck and progress files were loaded in.
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(folder)) paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    REQUIRE(paths.size() == names.size());
    for (std::size_t i = 0; i < names.size(); ++i) CHECK(paths[i].filename().string() == names[i]);
    fs::remove_all(folder);
}

TEST_CASE("a missing folder, or a file, cannot be listed, in strerror's words") {
    const std::string folder = fresh_folder("study_arcade_fs_missing").string();
    std::vector<std::string> names{"left over"};
    std::string error;
    CHECK_FALSE(list_folder(folder + "/nowhere", names, error));
    CHECK(error == "No such file or directory");
    CHECK(names.empty());
    touch(folder + "/file");
    CHECK_FALSE(list_folder(folder + "/file", names, error));
    CHECK(error == "Not a directory");
    CHECK_FALSE(list_folder("", names, error));
    CHECK(error == "No such file or directory");
    fs::remove_all(folder);
}

TEST_CASE("what a path is: folder, regular file, size, missing") {
    const std::string folder = fresh_folder("study_arcade_fs_kinds").string();
    touch(folder + "/file");
    CHECK(is_folder(folder));
    CHECK_FALSE(is_regular_file(folder));
    CHECK(path_exists(folder));
    CHECK(is_regular_file(folder + "/file"));
    CHECK_FALSE(is_folder(folder + "/file"));
    CHECK(regular_file_size(folder + "/file") == 1);
    CHECK(regular_file_size(folder) == 0);
    CHECK_FALSE(path_exists(folder + "/missing"));
    CHECK_FALSE(path_exists(folder + "/file/below"));
    CHECK_FALSE(path_exists(""));
    CHECK_FALSE(is_folder(""));
    REQUIRE(::symlink((folder + "/missing").c_str(), (folder + "/dangling").c_str()) == 0);
    CHECK_FALSE(path_exists(folder + "/dangling"));  // links are followed
    fs::remove_all(folder);
}

TEST_CASE("nested folders are made, and making an existing one is fine") {
    const std::string folder = fresh_folder("study_arcade_fs_create").string();
    const std::string nested = folder + "/a/b//c/";
    CHECK(create_folders(nested));
    CHECK(fs::is_directory(folder + "/a/b/c"));
    CHECK(create_folders(nested));  // again: already there
    CHECK(create_folders(folder + "/a"));
    touch(folder + "/file");
    CHECK_FALSE(create_folders(folder + "/file"));  // a file is in the way
    CHECK_FALSE(create_folders(folder + "/file/below"));
    CHECK_FALSE(create_folders(""));
    // A relative path is made below the working folder.
    const fs::path was = fs::current_path();
    fs::current_path(folder);
    CHECK(create_folders("x/y"));
    fs::current_path(was);
    CHECK(fs::is_directory(folder + "/x/y"));
    fs::remove_all(folder);
}

TEST_CASE("removing a file: gone is fine, missing is fine, a full folder is an error") {
    const std::string folder = fresh_folder("study_arcade_fs_remove").string();
    touch(folder + "/file");
    std::string error;
    CHECK(remove_file(folder + "/file", error));
    CHECK_FALSE(fs::exists(folder + "/file"));
    CHECK(remove_file(folder + "/file", error));  // not there: nothing to do
    CHECK(error.empty());
    fs::create_directories(folder + "/full");
    touch(folder + "/full/file");
    CHECK_FALSE(remove_file(folder + "/full", error));
    CHECK(error == "Directory not empty");
    fs::create_directories(folder + "/empty");
    CHECK(remove_file(folder + "/empty", error));
    CHECK_FALSE(fs::exists(folder + "/empty"));
    fs::remove_all(folder);
}

TEST_CASE("two paths to one file resolve to one text, as far as they exist") {
    const std::string folder = fs::canonical(fresh_folder("study_arcade_fs_resolve")).string();
    fs::create_directories(folder + "/decks");
    touch(folder + "/decks/a.json");
    REQUIRE(::symlink((folder + "/decks").c_str(), (folder + "/link").c_str()) == 0);
    const std::string a = resolved_path(folder + "/decks/a.json");
    CHECK(a == folder + "/decks/a.json");
    CHECK(resolved_path(folder + "/decks/./a.json") == a);
    CHECK(resolved_path(folder + "//decks/../decks/a.json") == a);
    CHECK(resolved_path(folder + "/link/a.json") == a);  // through a symbolic link
    CHECK(resolved_path(folder + "/decks/b.json") != a);
    // Missing parts are tidied lexically; the part that exists is still resolved.
    CHECK(resolved_path(folder + "/link/new/../b.json") == folder + "/decks/b.json");
    CHECK(resolved_path(folder + "/missing/./x/../c.json") == folder + "/missing/c.json");
    CHECK(resolved_path(folder + "/decks/a.json/below") == folder + "/decks/a.json/below");
    // A relative path resolves against the working folder.
    const fs::path was = fs::current_path();
    fs::current_path(folder);
    CHECK(resolved_path("decks/a.json") == a);
    CHECK(resolved_path("./link/../decks/a.json") == a);
    CHECK(resolved_path("nowhere/x/../a.json") == "nowhere/a.json");  // nothing of it exists: kept relative
    CHECK(resolved_path("nowhere/x/../a.json") == fs::weakly_canonical("nowhere/x/../a.json").string());
    fs::current_path(was);
    CHECK(resolved_path("") == "");
    // What std::filesystem::weakly_canonical gave, which deck_library compared before.
    for (const std::string path : {folder + "/link/a.json", folder + "/link/new/../b.json", folder + "/missing/./x/../c.json",
                                   folder + "/decks/a.json/below"}) {
        CAPTURE(path);
        CHECK(resolved_path(path) == fs::weakly_canonical(path).lexically_normal().string());
    }
    fs::remove_all(folder);
}

TEST_CASE("paths are joined and split as std::filesystem::path does") {
    CHECK(join_path("decks", "a.json") == "decks/a.json");
    CHECK(join_path("decks/", "a.json") == "decks/a.json");
    CHECK(join_path("", "a.json") == "a.json");
    CHECK(join_path("decks", "/tmp/a.json") == "/tmp/a.json");
    CHECK(path_file_name("decks/a.json") == "a.json");
    CHECK(path_parent_folder("decks/a.json") == "decks");
    CHECK(path_stem("decks/a.tar.gz") == "a.tar");
    CHECK(path_extension("decks/a.tar.gz") == ".gz");
    for (const std::string path : {"decks/a.json", "a.json", "/a.json", "/", "", "a/b/", "a//b", "//a", ".hidden", "a/.hidden",
                                   "a/..", "a/.", "a.", "a/b.c/d", "progress/x-0a1b2c3d.0-of-1.json.bak", "a/b c (2).txt"}) {
        CAPTURE(path);
        const fs::path reference(path);
        CHECK(path_file_name(path) == reference.filename().string());
        CHECK(path_parent_folder(path) == reference.parent_path().string());
        CHECK(path_stem(path) == reference.stem().string());
        CHECK(path_extension(path) == reference.extension().string());
        for (const std::string name : {"x.json", "/abs", ""}) {
            CAPTURE(name);
            CHECK(join_path(path, name) == (reference / name).string());
        }
    }
}
