#include <stdlib.h>
#include "CCairoSettings.h"

/* Cairo 1.16 reads CAIRO_DEBUG_PDF each time it makes a PDF surface; when it is set, Cairo writes
   content streams plain (compress_content = FALSE in cairo-pdf-surface.c) and changes nothing
   else. brief rewrites a page's content stream anyway, to mark its decoration as artifacts, and
   deflates it then (PDFArtifacts), so Cairo's own deflate at zlib's default level would be wasted
   work. Set before main, while the process has one thread: setenv is not safe beside getenv on
   other threads (Cairo, fontconfig and Pango all read the environment). */
__attribute__((constructor)) static void brief_cairo_settings(void) {
    setenv("CAIRO_DEBUG_PDF", "1", 1);
}

int brief_cairo_writes_plain_content(void) {
    return getenv("CAIRO_DEBUG_PDF") != NULL;
}
