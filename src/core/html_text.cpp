// html_text.cpp: HTML field to plain text (see html_text.h).
#include "core/html_text.h"

#include <cstdlib>
#include <utility>

#include "core/text_fold.h"

namespace study {

namespace {

// The named entities that occur in study cards; numeric ones are decoded generally.
const std::pair<const char*, char32_t> kNamedEntities[] = {
    {"amp", U'&'},      {"lt", U'<'},       {"gt", U'>'},       {"quot", U'"'},     {"apos", U'\''},
    {"nbsp", U'\u00A0'}, {"ndash", U'\u2013'}, {"mdash", U'\u2014'}, {"hellip", U'\u2026'},
    {"lsquo", U'\u2018'}, {"rsquo", U'\u2019'}, {"ldquo", U'\u201C'}, {"rdquo", U'\u201D'},
    {"bull", U'\u2022'}, {"middot", U'\u00B7'}, {"eacute", U'\u00E9'}, {"egrave", U'\u00E8'},
    {"aacute", U'\u00E1'}, {"agrave", U'\u00E0'}, {"ccedil", U'\u00E7'}, {"uuml", U'\u00FC'},
    {"ouml", U'\u00F6'}, {"auml", U'\u00E4'}, {"szlig", U'\u00DF'}, {"ntilde", U'\u00F1'},
    {"copy", U'\u00A9'}, {"reg", U'\u00AE'}, {"deg", U'\u00B0'}, {"times", U'\u00D7'},
    {"rarr", U'\u2192'}, {"larr", U'\u2190'}, {"euro", U'\u20AC'},
};

// Decodes the entity starting at text[pos] == '&'; advances pos. Unknown: kept as is.
void append_entity(std::string_view text, std::size_t& pos, std::string& out) {
    // Entities are short: look for the ';' in the next few characters only, so text full
    // of bare '&' stays linear.
    const std::size_t semicolon = text.substr(pos, 12).find(';');
    if (semicolon == std::string_view::npos) {
        out += text[pos++];
        return;
    }
    const std::string name(text.substr(pos + 1, semicolon - 1));
    char32_t cp = 0;
    if (name.size() > 1 && name[0] == '#') {
        const bool hex = name[1] == 'x' || name[1] == 'X';
        char* end = nullptr;
        const long value = std::strtol(name.c_str() + (hex ? 2 : 1), &end, hex ? 16 : 10);
        if (end && *end == '\0' && value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF)) {
            cp = static_cast<char32_t>(value);
        }
    } else {
        for (const auto& [entity, code] : kNamedEntities) {
            if (name == entity) cp = code;
        }
    }
    if (cp == 0) {
        out += text[pos++];
        return;
    }
    append_utf8(out, cp == U'\u00A0' ? U' ' : cp);
    pos += semicolon + 1;
}

std::string lower_tag_name(std::string_view tag) {
    std::string name;
    std::size_t i = (!tag.empty() && tag[0] == '/') ? 1 : 0;
    for (; i < tag.size() && ((tag[i] >= 'a' && tag[i] <= 'z') || (tag[i] >= 'A' && tag[i] <= 'Z') || (tag[i] >= '0' && tag[i] <= '9')); ++i) {
        name += static_cast<char>(tag[i] | 0x20);
    }
    return name;
}

void end_line(std::string& out) {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (!out.empty() && out.back() != '\n') out += '\n';
}

}  // namespace

std::string html_to_text(std::string_view html) {
    std::string out;
    std::size_t pos = 0;
    while (pos < html.size()) {
        const char c = html[pos];
        if (c == '<') {
            const std::size_t close = html.find('>', pos);
            if (close == std::string_view::npos) {
                out += html.substr(pos);
                break;
            }
            const std::string_view tag = html.substr(pos + 1, close - pos - 1);
            const std::string name = lower_tag_name(tag);
            const bool closing = !tag.empty() && tag[0] == '/';
            if (name == "br") {
                while (!out.empty() && out.back() == ' ') out.pop_back();
                out += '\n';
            } else if (name == "div" || name == "p" || name == "tr" || name == "ul" || name == "ol" ||
                       (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')) {
                end_line(out);
            } else if (name == "li" && !closing) {
                end_line(out);
                out += "- ";
            }
            pos = close + 1;
        } else if (c == '&') {
            append_entity(html, pos, out);
        } else if (c == '\r') {
            ++pos;
        } else {
            // Whitespace in HTML source is not a line break.
            out += (c == '\n' || c == '\t') ? ' ' : c;
            ++pos;
        }
    }
    // Trim spaces around lines, and blank lines at both ends.
    std::string cleaned;
    std::size_t start = 0;
    while (start <= out.size()) {
        std::size_t end = out.find('\n', start);
        if (end == std::string::npos) end = out.size();
        std::string line = out.substr(start, end - start);
        const std::size_t first = line.find_first_not_of(' ');
        line = first == std::string::npos ? "" : line.substr(first, line.find_last_not_of(' ') - first + 1);
        if (!cleaned.empty() || !line.empty()) cleaned += line + "\n";
        start = end + 1;
    }
    while (!cleaned.empty() && cleaned.back() == '\n') cleaned.pop_back();
    return cleaned;
}

}  // namespace study
