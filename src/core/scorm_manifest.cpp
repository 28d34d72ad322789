// scorm_manifest.cpp: imsmanifest.xml for a SCORM 1.2 package (see scorm_manifest.h).
#include "core/scorm_manifest.h"

#include <cmath>

namespace study {

namespace {

// An xs:ID: a letter or '_' first, then letters, digits, '-', '_', '.'.
std::string xml_id(const std::string& text) {
    std::string id;
    for (const char c : text) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool other = (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        id += letter || other ? c : '_';
    }
    if (id.empty() || !((id[0] >= 'a' && id[0] <= 'z') || (id[0] >= 'A' && id[0] <= 'Z') || id[0] == '_')) id = "_" + id;
    return id;
}

// A file's href: its path with characters outside a URI's percent-encoded.
std::string href(const std::string& path) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : path) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                           c == '-' || c == '_' || c == '.' || c == '~' || c == '/';
        if (plain) out += static_cast<char>(c);
        else { out += '%'; out += hex[c >> 4]; out += hex[c & 15]; }
    }
    return out;
}

}  // namespace

std::string xml_escape(const std::string& text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default:
                // Control characters other than tab and newline are not allowed in XML 1.0.
                if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') out += c;
                else out += ' ';
        }
    }
    return out;
}

std::string scorm_manifest_xml(const ScormManifest& manifest) {
    const std::string id = xml_id(manifest.identifier);
    const std::string title = xml_escape(manifest.title);
    std::string xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest identifier=\"" + id + "\" version=\"1.0\"\n"
        "    xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"\n"
        "    xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"\n"
        "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        "    xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd "
        "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd "
        "http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\">\n"
        "  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>1.2</schemaversion>\n  </metadata>\n"
        "  <organizations default=\"" + id + "-org\">\n"
        "    <organization identifier=\"" + id + "-org\">\n"
        "      <title>" + title + "</title>\n"
        "      <item identifier=\"" + id + "-item\" identifierref=\"" + id + "-sco\" isvisible=\"true\">\n"
        "        <title>" + title + "</title>\n";
    if (manifest.mastery_score) {
        const double score = *manifest.mastery_score;
        const std::string text = score == std::floor(score) ? std::to_string(static_cast<int>(score)) : std::to_string(score);
        xml += "        <adlcp:masteryscore>" + text + "</adlcp:masteryscore>\n";
    }
    xml += "      </item>\n    </organization>\n  </organizations>\n  <resources>\n"
           "    <resource identifier=\"" + id + "-sco\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"" +
           xml_escape(href(manifest.launch_page)) + "\">\n";
    for (const std::string& file : manifest.files) xml += "      <file href=\"" + xml_escape(href(file)) + "\"/>\n";
    xml += "    </resource>\n  </resources>\n</manifest>\n";
    return xml;
}

}  // namespace study
