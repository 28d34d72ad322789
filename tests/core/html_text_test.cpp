// html_text_test.cpp: pins how HTML in Anki fields becomes plain text.
#include <doctest/doctest.h>

#include "core/html_text.h"

using namespace study;

TEST_CASE("line breaks are kept, tags dropped") {
    CHECK(html_to_text("one<br>two<br/>three<BR />four") == "one\ntwo\nthree\nfour");
    CHECK(html_to_text("<div>first</div><div>second</div>") == "first\nsecond");
    CHECK(html_to_text("<b>bold</b> and <i>italic</i>") == "bold and italic");
    CHECK(html_to_text("<ul><li>a</li><li>b</li></ul>") == "- a\n- b");
    CHECK(html_to_text("<p>para</p>\n<p>graph</p>") == "para\ngraph");
}

TEST_CASE("entities are decoded") {
    CHECK(html_to_text("R&amp;D &lt;tag&gt; &quot;q&quot; &#39;s&#39;") == "R&D <tag> \"q\" 's'");
    CHECK(html_to_text("a&nbsp;b &ndash; c &mdash; d&hellip;") == "a b \xE2\x80\x93 c \xE2\x80\x94 d\xE2\x80\xA6");
    CHECK(html_to_text("caf&eacute; &#233; &#xE9;") == "caf\xC3\xA9 \xC3\xA9 \xC3\xA9");
    CHECK(html_to_text("AT&T &unknown; &") == "AT&T &unknown; &");
}

TEST_CASE("source whitespace is not a line break") {
    CHECK(html_to_text("a\nb  <br>\n  c") == "a b\nc");
}
