# CPack settings of the macOS disk image (DragNDrop), included from cmake/InvitedeskPackaging.cmake. Untested: this
# project is built and tested on Debian only. `cpack -G DragNDrop` in a macOS build folder makes Invitedesk-VERSION.dmg
# with Invitedesk.app at its top (and bin/invitedesk-cli beside it, which expects Qt on the system).
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Invitedesk")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_FILE_NAME "Invitedesk-${PROJECT_VERSION}")
# DragNDrop puts a link to /Applications next to the bundle (CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK stays off), so
# installing is one drag.
