# The one place that carries the compile settings every Invitedesk target shares:
# C++20, strict warnings treated as errors, and Qt's strict string/connect defines.
add_library(invitedesk_settings INTERFACE)

target_compile_features(invitedesk_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(invitedesk_settings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Wall -Wextra -Wpedantic -Werror -Wshadow -Wnon-virtual-dtor>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /WX /permissive->)

target_compile_definitions(invitedesk_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    INVITEDESK_VERSION="${PROJECT_VERSION}")

# QT_NO_CONTEXTLESS_CONNECT exists from Qt 6.7 on; older Qt ignores it harmlessly but say so.
if(Qt6Core_VERSION VERSION_GREATER_EQUAL 6.7)
    target_compile_definitions(invitedesk_settings INTERFACE QT_NO_CONTEXTLESS_CONNECT)
endif()

if(INVITEDESK_ENABLE_SANITIZERS)
    target_compile_options(invitedesk_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                         -fno-sanitize-recover=undefined)
    target_link_options(invitedesk_settings INTERFACE -fsanitize=address,undefined)
endif()

# The fuzz preset: every library instrumented for libFuzzer's coverage plus ASan and UBSan; only the fuzz targets
# (tests/fuzz) link libFuzzer itself (-fsanitize=fuzzer), so the libraries carry no main of their own.
if(INVITEDESK_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "INVITEDESK_BUILD_FUZZERS needs clang (use the fuzz preset)")
    endif()
    target_compile_options(invitedesk_settings INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                         -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(invitedesk_settings INTERFACE -fsanitize=address,undefined)
endif()

if(INVITEDESK_ENABLE_CLANG_TIDY)
    find_program(CLANG_TIDY_EXE NAMES clang-tidy REQUIRED)
    set(CMAKE_CXX_CLANG_TIDY "${CLANG_TIDY_EXE}")
endif()
