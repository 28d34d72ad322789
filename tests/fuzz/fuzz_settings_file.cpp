// fuzz_settings_file.cpp: the student's settings.json (settings_from_json), read from
// storage that may be damaged or written by a newer version. Checks: no crash, no
// abort, the message is valid UTF-8, the retention read is always within 0.80-0.95,
// and settings that were read save and read back to the same settings without a problem.
#include "core/study_settings.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const study::SettingsRead read = study::settings_from_json(text);
    fuzz::check_utf8(read.problem, "a settings file's message is valid UTF-8");
    const double retention = read.settings.desired_retention;
    fuzz::check(retention >= study::kMinDesiredRetention && retention <= study::kMaxDesiredRetention,
                "the desired retention read is within its range");
    const std::string saved = study::settings_to_json(read.settings);
    const study::SettingsRead again = study::settings_from_json(saved);
    fuzz::check(again.problem.empty() && !again.newer_version, "saved settings read back without a problem", saved);
    fuzz::check(again.settings.desired_retention == retention, "saved settings read back the same", saved);
    return 0;
}
