// scorm_command.h: `study-deck scorm`: a SCORM 1.2 package (a zip for an LMS such as
// Moodle or Canvas) holding the web build, one deck, the mode and its options, and the
// launch page (web/scorm.html) that reports the score to the LMS (docs/embedding.md):
//   study-deck scorm --deck DECK.json --mode MODE [--OPTION VALUE ...] [--mastery PERCENT]
//                    [--title TITLE] [--site DIR] -o COURSE.zip
#pragma once

#include <string>
#include <vector>

namespace study::cli {

// Runs the command with the arguments after "scorm"; returns the exit status (0 written,
// 1 a rejected deck or a failed write, 2 a usage error).
int run_scorm(const std::vector<std::string>& args, const std::string& program_path);

}  // namespace study::cli
