// html_text.h: turns the HTML of an Anki field into plain text: line breaks (<br>,
// <div>, <p>, <li>) become "\n", other tags are dropped, character entities decoded.
#pragma once

#include <string>
#include <string_view>

namespace study {

std::string html_to_text(std::string_view html);

}  // namespace study
