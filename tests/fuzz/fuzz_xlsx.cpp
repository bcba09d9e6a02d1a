// Feeds arbitrary bytes to the XLSX reader as a file on tmpfs (the readers take a path: QuaZip reopens the archive
// for every entry streamed on a worker thread), then to InviteeImporter::importFile. Invariants: no crash, no hang, a
// one-line message on failure, rows in increasing order within the limits, cells of the documented types.

#include "WorkbookFuzzing.h"
#include "io/XlsxReader.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return WorkbookFuzzing::run<XlsxReader>(data, size, "xlsx");
}
