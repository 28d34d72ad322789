// message_text.cpp: short, valid excerpts of untrusted text for messages (see message_text.h).
#include "core/message_text.h"

#include <nlohmann/json.hpp>

#include "core/text_fold.h"

namespace study {

std::string message_excerpt(std::string_view text, std::size_t max_chars) {
    std::string out;
    std::size_t pos = 0, chars = 0;
    while (pos < text.size()) {
        if (chars == max_chars) {
            out += "\xE2\x80\xA6";  // …
            break;
        }
        const char32_t cp = next_code_point(text, pos);
        append_utf8(out, cp < 0x20 || cp == 0x7F ? U' ' : cp);
        ++chars;
    }
    return out;
}

std::string describe_json_value(const nlohmann::json& value) {
    using nlohmann::json;
    switch (value.type()) {
        case json::value_t::null: return "null";
        case json::value_t::boolean: return value.get<bool>() ? "true" : "false";
        case json::value_t::string:
            return "\"" + message_excerpt(value.get_ref<const std::string&>()) + "\"";
        case json::value_t::array:
            return value.empty() ? "an empty list" : "a list of " + std::to_string(value.size()) + (value.size() == 1 ? " item" : " items");
        case json::value_t::object:
            return value.empty() ? "an empty object" : "an object with " + std::to_string(value.size()) + (value.size() == 1 ? " field" : " fields");
        default:  // numbers hold no nesting: dump() is short and safe
            return value.dump();
    }
}

}  // namespace study
