# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Signs the programs in CPack's staging folder before the installer or disk image is made from it
# (CPACK_PRE_BUILD_SCRIPTS, see installer/CMakeLists.txt). Off unless the signing environment is
# set, which .github/workflows/ci.yml does only when asked to sign and the secrets exist:
#   Windows  MAILFERRY_SIGNTOOL_PFX (path of a .pfx), MAILFERRY_SIGNTOOL_PASSWORD,
#            MAILFERRY_SIGNTOOL_TIMESTAMP (RFC 3161 URL of the certificate's vendor)
#   macOS    MAILFERRY_CODESIGN_IDENTITY ("Developer ID Application: ..." in an unlocked keychain)
# The installer itself (Windows) and the disk image (macOS: notarised, then stapled) are signed by
# the workflow after cpack, because CPack makes them after this script.
set(_mf_stage "${CPACK_TEMPORARY_INSTALL_DIRECTORY}")

if(DEFINED ENV{MAILFERRY_SIGNTOOL_PFX} AND NOT "$ENV{MAILFERRY_SIGNTOOL_PFX}" STREQUAL "")
    file(GLOB_RECURSE _mf_exes "${_mf_stage}/*mailferry*.exe")
    if(NOT _mf_exes)
        message(FATAL_ERROR "sign-staged: no mailferry*.exe under ${_mf_stage}")
    endif()
    foreach(_mf_exe IN LISTS _mf_exes)
        message(STATUS "signtool: ${_mf_exe}")
        execute_process(COMMAND signtool sign /fd sha256 /td sha256
                /tr "$ENV{MAILFERRY_SIGNTOOL_TIMESTAMP}"
                /f "$ENV{MAILFERRY_SIGNTOOL_PFX}" /p "$ENV{MAILFERRY_SIGNTOOL_PASSWORD}" "${_mf_exe}"
            RESULT_VARIABLE _mf_rc)
        if(NOT _mf_rc EQUAL 0)
            message(FATAL_ERROR "signtool failed on ${_mf_exe}")
        endif()
    endforeach()
endif()

if(DEFINED ENV{MAILFERRY_CODESIGN_IDENTITY} AND NOT "$ENV{MAILFERRY_CODESIGN_IDENTITY}" STREQUAL "")
    file(GLOB _mf_apps LIST_DIRECTORIES true "${_mf_stage}/*.app" "${_mf_stage}/*/*.app")
    if(NOT _mf_apps)
        message(FATAL_ERROR "sign-staged: no .app under ${_mf_stage}")
    endif()
    foreach(_mf_app IN LISTS _mf_apps)
        # Hardened runtime (--options runtime) and a secure timestamp: what notarisation requires.
        # --deep signs the Qt frameworks and plugins macdeployqt copied into the bundle.
        message(STATUS "codesign: ${_mf_app}")
        execute_process(COMMAND codesign --force --deep --options runtime --timestamp
                --sign "$ENV{MAILFERRY_CODESIGN_IDENTITY}" "${_mf_app}"
            RESULT_VARIABLE _mf_rc)
        if(NOT _mf_rc EQUAL 0)
            message(FATAL_ERROR "codesign failed on ${_mf_app}")
        endif()
        execute_process(COMMAND codesign --verify --deep --strict --verbose=2 "${_mf_app}" RESULT_VARIABLE _mf_rc)
        if(NOT _mf_rc EQUAL 0)
            message(FATAL_ERROR "codesign --verify failed on ${_mf_app}")
        endif()
    endforeach()
endif()
