# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Sanitizer builds (the `asan` and `tsan` presets in CMakePresets.json).
#
#   MAILFERRY_SANITIZER=address   AddressSanitizer + LeakSanitizer + UndefinedBehaviorSanitizer
#   MAILFERRY_SANITIZER=thread    ThreadSanitizer
#
# The flags go on every target of the build (core libraries, UI, tests, tools): a sanitizer only
# sees the code it instrumented, and mixing instrumented and plain objects of Mailferry itself would
# hide exactly the cross-library mistakes (an object freed in one library, used in another) that
# these builds are for. Qt and the system libraries stay uninstrumented; the suppression files
# next to this one say which of their reports are not Mailferry's and why.
set(MAILFERRY_SANITIZER "" CACHE STRING "Build with a sanitizer: address (ASan+UBSan) or thread (TSan); empty for none")
set_property(CACHE MAILFERRY_SANITIZER PROPERTY STRINGS "" address thread)

if(NOT MAILFERRY_SANITIZER)
    return()
endif()
if(MSVC)
    message(FATAL_ERROR "MAILFERRY_SANITIZER is for GCC and Clang builds")
endif()

# -O1 keeps the tests fast enough for CI while leaving stacks readable; frame pointers give the
# sanitizers' fast unwinder whole stacks, which matters most for "freed by thread T1 here" reports.
set(_mf_san_common -g -O1 -fno-omit-frame-pointer -fno-optimize-sibling-calls)

if(MAILFERRY_SANITIZER STREQUAL "address")
    # -fno-sanitize-recover=undefined: undefined behaviour aborts the test instead of printing a
    # line that nobody reads, so a UBSan finding fails CI like an ASan one does.
    set(_mf_san_flags -fsanitize=address,undefined -fno-sanitize-recover=undefined)
elseif(MAILFERRY_SANITIZER STREQUAL "thread")
    set(_mf_san_flags -fsanitize=thread)
else()
    message(FATAL_ERROR "MAILFERRY_SANITIZER must be empty, 'address' or 'thread', not '${MAILFERRY_SANITIZER}'")
endif()

add_compile_options(${_mf_san_common} ${_mf_san_flags})
add_link_options(${_mf_san_flags})

# A leak reported with a stack that stops at the first uninstrumented library (e.g. at
# CRYPTO_zalloc in libcrypto) needs the slow unwinder to show who allocated it: rerun that one test
# with ASAN_OPTIONS=...:fast_unwind_on_malloc=0:malloc_context_size=40 (too slow to be the default).
# The runtime options every test of a sanitizer build runs with; cmake/MailferryTest.cmake puts
# them into each test's ENVIRONMENT, so `ctest --preset asan` needs nothing from the caller.
set(_mf_san_dir "${CMAKE_CURRENT_LIST_DIR}/sanitizers")
if(MAILFERRY_SANITIZER STREQUAL "address")
    # MAILFERRY_SANITIZER lets a test tell where an instrumented build changes what it measures
    # (e.g. peak RSS: ASan keeps freed memory in quarantine and adds shadow memory and redzones).
    set(MAILFERRY_SANITIZER_ENV
        "MAILFERRY_SANITIZER=address"
        "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
        "LSAN_OPTIONS=suppressions=${_mf_san_dir}/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=${_mf_san_dir}/ubsan.supp")
else()
    set(MAILFERRY_SANITIZER_ENV
        "MAILFERRY_SANITIZER=thread"
        "TSAN_OPTIONS=halt_on_error=0:exitcode=66:second_deadlock_stack=1:history_size=4:die_after_fork=0:suppressions=${_mf_san_dir}/tsan.supp")
endif()
message(STATUS "Mailferry: sanitizer build (${MAILFERRY_SANITIZER})")
