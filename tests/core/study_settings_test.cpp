// study_settings_test.cpp: the settings file (desired retention, text size): round trip,
// values held to their ranges, and every kind of bad file named with the defaults used.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "core/study_settings.h"

using namespace study;

TEST_SUITE("study settings") {
    TEST_CASE("round trip keeps the desired retention and the text size") {
        StudySettings settings;
        settings.desired_retention = 0.85;
        settings.text_size = 125;
        const SettingsRead read = settings_from_json(settings_to_json(settings));
        CHECK(read.problem.empty());
        CHECK_FALSE(read.newer_version);
        CHECK(read.settings.desired_retention == doctest::Approx(0.85));
        CHECK(read.settings.text_size == 125);
        CHECK(read.settings == settings);
    }

    TEST_CASE("the text size is 100, 125 or 150 percent; anything else is named") {
        CHECK(is_text_size(150));
        CHECK_FALSE(is_text_size(110));
        const SettingsRead odd = settings_from_json(R"({"format":"study-arcade-settings","version":1,"textSize":110})");
        CHECK(odd.settings.text_size == 100);
        CHECK(odd.problem == "\"textSize\" is 110, not 100, 125 or 150; 100% is used");
        const SettingsRead both = settings_from_json(
            R"({"format":"study-arcade-settings","version":1,"desiredRetention":"high","textSize":1.5})");
        CHECK(both.problem == "\"desiredRetention\" is \"high\", not a number; 90% is used; "
                             "\"textSize\" is 1.5, not 100, 125 or 150; 100% is used");
    }

    TEST_CASE("a missing value is the default, 90%") {
        const SettingsRead read = settings_from_json(R"({"format":"study-arcade-settings","version":1})");
        CHECK(read.problem.empty());
        CHECK(read.settings.desired_retention == doctest::Approx(0.9));
    }

    TEST_CASE("retention is held to 0.80..0.95 in whole percent") {
        CHECK(clamp_desired_retention(0.5) == doctest::Approx(0.80));
        CHECK(clamp_desired_retention(0.99) == doctest::Approx(0.95));
        CHECK(clamp_desired_retention(0.874) == doctest::Approx(0.87));
        CHECK(clamp_desired_retention(std::numeric_limits<double>::quiet_NaN()) == doctest::Approx(0.9));
        const SettingsRead read = settings_from_json(R"({"format":"study-arcade-settings","version":1,"desiredRetention":0.99})");
        CHECK(read.settings.desired_retention == doctest::Approx(0.95));
        CHECK(read.problem == "\"desiredRetention\" must be from 0.80 to 0.95; 95% is used");
    }

    TEST_CASE("bad files are named and the defaults used") {
        CHECK(settings_from_json("{not json").problem == "it is not a settings document (damaged JSON); the defaults are used");
        CHECK(settings_from_json(R"({"format":"deck","version":1})").problem ==
              "its \"format\" is not \"study-arcade-settings\"; the defaults are used");
        CHECK(settings_from_json(R"({"format":"study-arcade-settings"})").problem ==
              "its \"version\" is missing or not a whole number above 0; the defaults are used");
        const SettingsRead wrong_type =
            settings_from_json(R"({"format":"study-arcade-settings","version":1,"desiredRetention":[1,2]})");
        CHECK(wrong_type.problem == "\"desiredRetention\" is a list of 2 items, not a number; 90% is used");
        CHECK(wrong_type.settings.desired_retention == doctest::Approx(0.9));
    }

    TEST_CASE("a newer version is read as far as understood and marked") {
        const SettingsRead read =
            settings_from_json(R"({"format":"study-arcade-settings","version":7,"desiredRetention":0.82,"voice":"Anna"})");
        CHECK(read.newer_version);
        CHECK(read.problem.empty());
        CHECK(read.settings.desired_retention == doctest::Approx(0.82));
    }
}
