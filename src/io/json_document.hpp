// Parsing a JSON text with errors that name the source, line and column:
// malformed JSON, a number out of range, a duplicate key. Shared by the
// readers of fundline's JSON documents (companies, cap tables).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace fundline::detail {

// Throws parse_error "source:line:column: malformed JSON: ..." or
// "... duplicate key ...".
[[nodiscard]] nlohmann::json parse_json_document(std::string_view text, std::string_view source_name);

// The whole file; error naming the file when it cannot be read or is a directory.
[[nodiscard]] std::string read_text_file(const std::filesystem::path& path);

}  // namespace fundline::detail
