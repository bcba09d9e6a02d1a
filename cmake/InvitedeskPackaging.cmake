# The packages CPack makes: a Debian package on Linux (tested: scripts/check-package.sh), an NSIS installer on
# Windows and a DragNDrop disk image on macOS (both untested; their settings live in packaging/windows and
# packaging/macos). Included last from the top-level CMakeLists.txt, after every install rule.
set(CPACK_PACKAGE_NAME "Invitedesk")
set(CPACK_PACKAGE_VENDOR "The Invitedesk developers")
set(CPACK_PACKAGE_CONTACT "Invitedesk developers <maintainers@invitedesk.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of at most 79 characters, as Debian wants them in the package description.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Invitedesk is a desktop application for the administrator of a Clerk\n"
    "application who has to invite many people into one organization. Open a\n"
    "spreadsheet (or type or paste the people in), let Invitedesk point out every\n"
    "cell that Clerk would reject, and send: ten invitations per bulk call, paced\n"
    "under Clerk's rate limit, never anyone twice, even when a run is interrupted.\n"
    "It shows per row what happened and per call the HTTP exchange.\n"
    "\n"
    "invitedesk-cli does the same from the command line, for scripts and CI jobs.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Invitedesk")
set(CPACK_PACKAGE_EXECUTABLES "invitedesk;Invitedesk")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
# Values reach the generators exactly as written here (NSIS commands hold backslashes and quotes).
set(CPACK_VERBATIM_VARIABLES ON)

# Debian: installs into /usr. dpkg-shlibdeps derives the Depends of every library the binaries link (Qt 6 Core, Gui,
# Widgets, Network, Sql, QtKeychain, QuaZip when linked, libc, libstdc++); the SQLite driver is a plugin Qt loads at
# run time, so no linker sees it and it is named here.
set(CPACK_DEBIAN_PACKAGE_NAME "invitedesk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite (>= ${Qt6_VERSION})")
# QtKeychain loads libsecret at run time to reach the desktop's Secret Service; Wayland sessions want Qt's plugin;
# Qt's own strings (standard buttons, file dialogs, context menus) are translated by qt6-translations-l10n.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libsecret-1-0, qt6-wayland, qt6-translations-l10n")

if(WIN32)
    include(${PROJECT_SOURCE_DIR}/packaging/windows/InvitedeskNsis.cmake)
elseif(APPLE)
    include(${PROJECT_SOURCE_DIR}/packaging/macos/InvitedeskDragNDrop.cmake)
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
endif()

include(CPack)
