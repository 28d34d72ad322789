// scorm_manifest.h: the imsmanifest.xml of a SCORM 1.2 package (`study-deck scorm`):
// schema "ADL SCORM" 1.2, one organization with one item, one SCO resource (webcontent,
// adlcp:scormtype="sco") launched at `launch_page` that lists every file of the package.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace study {

struct ScormManifest {
    std::string identifier;              // made an XML id (letters, digits, - _ .) by the writer
    std::string title;                   // the course's title, as the LMS shows it
    std::string launch_page;             // e.g. "scorm.html"
    std::vector<std::string> files;      // every file of the package, '/'-separated, no imsmanifest.xml
    std::optional<double> mastery_score; // 0..100: adlcp:masteryscore (passed / failed)
};

// The XML text of the manifest.
std::string scorm_manifest_xml(const ScormManifest& manifest);

// `text` made safe inside XML text and attribute values (& < > " ').
std::string xml_escape(const std::string& text);

}  // namespace study
