// fresh_folder.h: the core tests' scratch folders: an empty folder under the system's
// temporary folder, made anew for each test that asks for it.
#pragma once

#include <filesystem>

namespace study::testing {

// temp/`name`, emptied and made again.
inline std::filesystem::path fresh_folder(const char* name) {
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

}  // namespace study::testing
