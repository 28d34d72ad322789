// deck_import.h: turns a user's deck in any supported format into a validated deck:
// term<TAB>definition lines (Quizlet's export), CSV (RFC 4180), Anki's plain-text notes
// export (#separator:, #html:, #columns:, #tags: headers; HTML fields made plain text),
// our JSON, or pasted text with chosen separators (Quizlet's import box). Never throws.
#pragma once

#include <string>
#include <string_view>

#include "core/deck_loader.h"

namespace study {

enum class ImportFormat { automatic, json, tab_separated, csv, anki, custom };

struct ImportOptions {
    ImportFormat format = ImportFormat::automatic;
    std::string term_separator = "\t";  // custom format: between term and definition
    std::string card_separator = "\n";  // custom format: between cards
    std::string title;                  // deck title; default: from the file name
    std::string language;               // BCP 47 tag of the cards' text (a JSON deck's own wins); "" = none
};

// Which format `text` is in, from the file name's extension and the text itself.
ImportFormat detect_format(std::string_view text, const std::string& file_name);

// Human name of a format ("CSV", "Anki notes", ...).
const char* format_name(ImportFormat format);

// Imports `text`. Problems name the file and the line (or card) and say what is wrong;
// bad lines are skipped and counted, the rest is imported.
DeckLoadResult import_deck_text(std::string_view text, const std::string& file_name,
                                const ImportOptions& options = {});

// Reads and imports a file (size limit and messages as load_deck_file).
DeckLoadResult import_deck_file(const std::string& path, const ImportOptions& options = {});

}  // namespace study
