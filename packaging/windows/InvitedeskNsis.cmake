# CPack settings of the Windows installer (NSIS), included from cmake/InvitedeskPackaging.cmake. Untested: this
# project is built and tested on Debian only. `cpack -G NSIS` in a Windows build folder makes the installer.
set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_PACKAGE_NAME "Invitedesk")
set(CPACK_NSIS_DISPLAY_NAME "Invitedesk ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\invitedesk.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "invitedesk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offer to put bin\ (and so invitedesk-cli.exe) on PATH.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)

# "Open with" for CSV, TSV, XLSX and ODS files: a ProgID that opens Invitedesk, offered (never forced as the
# default) for each extension. SHCTX is HKLM or HKCU, whichever the installer runs for.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr SHCTX "Software\Classes\Invitedesk.InviteeTable" "" "Invitee table"
  WriteRegStr SHCTX "Software\Classes\Invitedesk.InviteeTable\DefaultIcon" "" "$INSTDIR\bin\invitedesk.exe,0"
  WriteRegStr SHCTX "Software\Classes\Invitedesk.InviteeTable\shell\open\command" "" '"$INSTDIR\bin\invitedesk.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\Applications\invitedesk.exe\shell\open\command" "" '"$INSTDIR\bin\invitedesk.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\.csv\OpenWithProgids" "Invitedesk.InviteeTable" ""
  WriteRegStr SHCTX "Software\Classes\.tsv\OpenWithProgids" "Invitedesk.InviteeTable" ""
  WriteRegStr SHCTX "Software\Classes\.xlsx\OpenWithProgids" "Invitedesk.InviteeTable" ""
  WriteRegStr SHCTX "Software\Classes\.ods\OpenWithProgids" "Invitedesk.InviteeTable" ""
  WriteRegStr SHCTX "Software\Classes\Applications\invitedesk.exe\SupportedTypes" ".csv" ""
  WriteRegStr SHCTX "Software\Classes\Applications\invitedesk.exe\SupportedTypes" ".tsv" ""
  WriteRegStr SHCTX "Software\Classes\Applications\invitedesk.exe\SupportedTypes" ".xlsx" ""
  WriteRegStr SHCTX "Software\Classes\Applications\invitedesk.exe\SupportedTypes" ".ods" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegValue SHCTX "Software\Classes\.csv\OpenWithProgids" "Invitedesk.InviteeTable"
  DeleteRegValue SHCTX "Software\Classes\.tsv\OpenWithProgids" "Invitedesk.InviteeTable"
  DeleteRegValue SHCTX "Software\Classes\.xlsx\OpenWithProgids" "Invitedesk.InviteeTable"
  DeleteRegValue SHCTX "Software\Classes\.ods\OpenWithProgids" "Invitedesk.InviteeTable"
  DeleteRegKey SHCTX "Software\Classes\Invitedesk.InviteeTable"
  DeleteRegKey SHCTX "Software\Classes\Applications\invitedesk.exe"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
