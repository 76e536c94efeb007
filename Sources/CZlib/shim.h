// zlib, which Cairo already links: brief deflates the streams it adds to a PDF.
#include <zlib.h>
