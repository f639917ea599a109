# IMS_FUZZ: everything (core included) instrumented for libFuzzer's coverage, ASan and UBSan.
# Any undefined behaviour aborts, so the fuzzer counts it as a crash.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "IMS_FUZZ needs clang (-DCMAKE_CXX_COMPILER=clang++): libFuzzer is part of it")
endif()
set(IMS_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
add_compile_options(${IMS_SANITIZERS} -fsanitize=fuzzer-no-link)
add_link_options(${IMS_SANITIZERS})
