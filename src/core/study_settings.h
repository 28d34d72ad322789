// study_settings.h: the student's own settings that are not tied to one deck (the desired
// retention: the chance of recall at which a card comes due; the text size), kept beside the
// progress in a small versioned JSON file (docs/progress-format.md, "Settings"). Read
// from untrusted bytes without throwing: a bad value is named and the default used.
#pragma once

#include <string>
#include <string_view>

#include "core/memory_model.h"

namespace study {

constexpr const char* kSettingsFormat = "study-arcade-settings";
constexpr int kSettingsVersion = 1;
constexpr double kMinDesiredRetention = 0.80, kMaxDesiredRetention = 0.95;
constexpr int kTextSizes[] = {100, 125, 150};  // percent of the normal text size

struct StudySettings {
    double desired_retention = kDefaultDesiredRetention;  // 0.80 .. 0.95
    int text_size = 100;                                  // one of kTextSizes
    bool operator==(const StudySettings& other) const {
        return desired_retention == other.desired_retention && text_size == other.text_size;
    }
    bool operator!=(const StudySettings& other) const { return !(*this == other); }
};

// `retention` held to 0.80..0.95 and rounded to whole percent (a slider's steps).
double clamp_desired_retention(double retention);

// Whether `percent` is one of kTextSizes.
bool is_text_size(long long percent);

std::string settings_to_json(const StudySettings& settings);

struct SettingsRead {
    StudySettings settings;   // the defaults where something was wrong
    std::string problem;      // "" when all was well, else what was wrong, in plain words ("; " between two)
    bool newer_version = false;  // written by a newer app: use it as far as understood, never save over it
};

SettingsRead settings_from_json(std::string_view text);

}  // namespace study
