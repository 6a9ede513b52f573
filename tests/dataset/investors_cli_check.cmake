# `fundline investors` and `fundline investor` on the shipped fixture print,
# byte for byte, the hand-checked expected files.
# usage: cmake -DFUNDLINE=path/to/fundline -DDIR=tests/data/investors -P investors_cli_check.cmake
function(expect_output name expected)
  execute_process(COMMAND ${FUNDLINE} ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${name}: fundline failed (${rc}): ${err}")
  endif()
  file(READ ${DIR}/${expected} want)
  if(NOT out STREQUAL want)
    message(FATAL_ERROR "${name}: output differs from ${DIR}/${expected}:\n${out}")
  endif()
endfunction()

set(files --rounds ${DIR}/funding_rounds.csv --investments ${DIR}/investments.csv)
expect_output(investors expected_investors.txt investors ${files})
expect_output(investor_text expected_investor_north.txt investor "North Fund" ${files})
expect_output(investor_csv expected_investor_corp_usd.csv investor inv-corp --currency USD --format csv ${files})
expect_output(investor_json expected_investor_quote.json investor "Quote \"Q\" Ventures" --by month --format json ${files})

# An unknown investor is bad input: exit 1, naming what was looked for.
execute_process(COMMAND ${FUNDLINE} investor "Nobody" ${files} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 1 OR NOT err MATCHES "no investor with uuid or name \"Nobody\"")
  message(FATAL_ERROR "unknown investor: rc ${rc}, stderr: ${err}")
endif()
