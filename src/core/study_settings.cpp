// study_settings.cpp: reading and writing the settings file (see study_settings.h).
#include "core/study_settings.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/message_text.h"

namespace study {

double clamp_desired_retention(double retention) {
    if (!std::isfinite(retention)) return kDefaultDesiredRetention;
    const double percent = std::round(retention * 100.0);
    return std::min(kMaxDesiredRetention, std::max(kMinDesiredRetention, percent / 100.0));
}

bool is_text_size(long long percent) {
    return std::find(std::begin(kTextSizes), std::end(kTextSizes), percent) != std::end(kTextSizes);
}

std::string settings_to_json(const StudySettings& settings) {
    nlohmann::json document = {{"format", kSettingsFormat},
                               {"version", kSettingsVersion},
                               {"desiredRetention", settings.desired_retention},
                               {"textSize", settings.text_size}};
    return document.dump(2) + "\n";
}

SettingsRead settings_from_json(std::string_view text) {
    SettingsRead read;
    nlohmann::json document = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (document.is_discarded() || !document.is_object()) {
        read.problem = "it is not a settings document (damaged JSON); the defaults are used";
        return read;
    }
    const auto format = document.find("format");
    if (format == document.end() || *format != kSettingsFormat) {
        read.problem = "its \"format\" is not \"" + std::string(kSettingsFormat) + "\"; the defaults are used";
        return read;
    }
    const auto version = document.find("version");
    if (version == document.end() || !version->is_number_integer() || version->get<long long>() < 1) {
        read.problem = "its \"version\" is missing or not a whole number above 0; the defaults are used";
        return read;
    }
    read.newer_version = version->get<long long>() > kSettingsVersion;
    const auto retention = document.find("desiredRetention");
    if (retention != document.end()) {
        if (!retention->is_number()) {
            read.problem = "\"desiredRetention\" is " + describe_json_value(*retention) + ", not a number; 90% is used";
        } else {
            const double value = retention->get<double>();
            read.settings.desired_retention = clamp_desired_retention(value);
            if (!(value >= kMinDesiredRetention - 0.005 && value <= kMaxDesiredRetention + 0.005)) {
                read.problem = "\"desiredRetention\" must be from 0.80 to 0.95; " +
                               std::to_string(static_cast<int>(std::lround(read.settings.desired_retention * 100))) +
                               "% is used";
            }
        }
    }
    const auto text_size = document.find("textSize");
    if (text_size != document.end()) {
        if (text_size->is_number_integer() && is_text_size(text_size->get<long long>())) {
            read.settings.text_size = text_size->get<int>();
        } else {
            if (!read.problem.empty()) read.problem += "; ";
            read.problem += "\"textSize\" is " + describe_json_value(*text_size) + ", not 100, 125 or 150; 100% is used";
        }
    }
    return read;
}

}  // namespace study
