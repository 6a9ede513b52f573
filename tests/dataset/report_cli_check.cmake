# `fundline report` on the small fixture prints, byte for byte, the
# hand-checked expected report (the benchmark's format).
# usage: cmake -DFUNDLINE=path/to/fundline -DDIR=tests/data/dataset/small -P report_cli_check.cmake
execute_process(
  COMMAND ${FUNDLINE} report --rounds ${DIR}/funding_rounds.csv --queries ${DIR}/queries.csv
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "fundline report failed (${rc}): ${err}")
endif()
file(READ ${DIR}/expected_report.txt expected)
if(NOT out STREQUAL expected)
  message(FATAL_ERROR "report differs from ${DIR}/expected_report.txt:\n${out}")
endif()

# A bad row: strict exits 1 naming file, line, column and field.
execute_process(
  COMMAND ${FUNDLINE} report --rounds ${DIR}/../bad_rows.csv --queries ${DIR}/queries.csv
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 1 OR NOT err MATCHES "bad_rows.csv:3:4: field 'announced_on': expected a date YYYY-MM-DD")
  message(FATAL_ERROR "strict bad-row run: rc ${rc}, stderr: ${err}")
endif()
