// scorm_manifest_test.cpp: imsmanifest.xml of a SCORM 1.2 package: the schema and
// version, one organization, item and SCO resource, every file, the mastery score, and
// titles and ids that cannot break the XML.
#include <doctest/doctest.h>

#include "core/scorm_manifest.h"

using namespace study;

TEST_CASE("a SCORM 1.2 manifest lists every file under one SCO") {
    ScormManifest manifest{"crm 11/quiz", "Quiz: <CRM> & \"more\"", "scorm.html", {"scorm.html", "game.js", "a b.json"}, 80};
    const std::string xml = scorm_manifest_xml(manifest);
    CHECK(xml.find("<schema>ADL SCORM</schema>") != std::string::npos);
    CHECK(xml.find("<schemaversion>1.2</schemaversion>") != std::string::npos);
    CHECK(xml.find("identifier=\"crm_11_quiz\"") != std::string::npos);
    CHECK(xml.find("<title>Quiz: &lt;CRM&gt; &amp; &quot;more&quot;</title>") != std::string::npos);
    CHECK(xml.find("type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"scorm.html\"") != std::string::npos);
    CHECK(xml.find("<file href=\"game.js\"/>") != std::string::npos);
    CHECK(xml.find("<file href=\"a%20b.json\"/>") != std::string::npos);
    CHECK(xml.find("<adlcp:masteryscore>80</adlcp:masteryscore>") != std::string::npos);
    manifest.mastery_score.reset();
    manifest.identifier = "1st";
    const std::string plain = scorm_manifest_xml(manifest);
    CHECK(plain.find("masteryscore") == std::string::npos);
    CHECK(plain.find("identifier=\"_1st\"") != std::string::npos);
}
