// json_fields.h: fields of untrusted JSON read with their type checked first. The project
// is built without exceptions (JSON_NOEXCEPTION): a nlohmann/json read of the wrong type
// or of a missing key would abort, so values that came from outside are read through these.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>

#include <nlohmann/json.hpp>

namespace study {

// The member `key` of `object`; null when `object` is not an object or has no such member.
inline const nlohmann::json* json_field(const nlohmann::json& object, const char* key) {
    if (!object.is_object()) return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

// True when `value` can be read as a T: text for std::string, true/false for bool, any
// number for a floating-point T, and a whole number within T's range for an integer T.
template <typename T>
bool json_holds(const nlohmann::json& value) {
    if constexpr (std::is_same_v<T, std::string>) {
        return value.is_string();
    } else if constexpr (std::is_same_v<T, bool>) {
        return value.is_boolean();
    } else if constexpr (std::is_floating_point_v<T>) {
        return value.is_number();
    } else {
        static_assert(std::is_integral_v<T>, "json_holds reads text, true/false and numbers");
        if (value.is_number_unsigned()) return value.get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<T>::max());
        if (!value.is_number_integer()) return false;
        const std::int64_t number = value.get<std::int64_t>();
        if constexpr (std::is_signed_v<T>) return number >= std::numeric_limits<T>::min() && number <= std::numeric_limits<T>::max();
        else return number >= 0 && static_cast<std::uint64_t>(number) <= std::numeric_limits<T>::max();
    }
}

// The member `key` of `object` as a T (see json_holds); nothing when it is missing or of
// another type.
template <typename T>
std::optional<T> json_field_as(const nlohmann::json& object, const char* key) {
    const nlohmann::json* value = json_field(object, key);
    if (!value || !json_holds<T>(*value)) return std::nullopt;
    return value->get<T>();
}

}  // namespace study
