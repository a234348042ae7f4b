# Runs `CMD generate WHAT` and writes its standard output to OUT, failing
# the build when the command fails (cmake -P: no shell redirection needed).
execute_process(COMMAND ${CMD} generate ${WHAT} OUTPUT_FILE ${OUT}.tmp
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE ${OUT}.tmp)
  message(FATAL_ERROR "${CMD} generate ${WHAT} failed: ${rc}")
endif()
file(RENAME ${OUT}.tmp ${OUT})
