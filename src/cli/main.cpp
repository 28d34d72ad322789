// main.cpp (study-deck): the teachers' command-line tool, built on core alone (no SDL,
// GL or ImGui): `study-deck import FILE [-o OUT.json]` converts any supported format to a
// validated JSON deck; `study-deck check DECK.json...` lists every problem.
#include <cstdio>
#include <string>

#include "cli/cli_commands.h"

int main(int argc, char** argv) {
    const int status = study::cli::run_cli_command(argc, argv);
    if (status >= 0) return status;
    const bool asked = argc > 1 && (std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h");
    std::fputs(study::cli::usage(), asked ? stdout : stderr);
    return asked ? 0 : 2;
}
