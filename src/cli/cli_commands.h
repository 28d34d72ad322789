// cli_commands.h: the command-line tools for teachers preparing decks in bulk:
//   study-deck import FILE [-o OUT.json] [--format F] [--title T]
//   study-deck check DECK.json [...]
//   study-deck merge-progress PROGRESS.json [...] -o OUT.json (students carrying progress)
//   study-deck scorm --deck DECK.json --mode MODE [...] -o COURSE.zip (an LMS package, scorm_command.h)
// Both print every problem and exit non-zero on a rejected deck; they never crash.
#pragma once

namespace study::cli {

// If argv names a command (import, check, merge-progress, scorm), runs it and returns its exit status;
// returns -1 when argv is for the app itself.
int run_cli_command(int argc, char** argv);

// How to call the tool (several lines).
const char* usage();

}  // namespace study::cli
