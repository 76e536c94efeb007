// poppler-glib's declarations, and its functions reached through dlopen: brief links no
// poppler library, so the commands that read no PDF (every one but `import` and `extract` of a
// PDF) do not load poppler and the libraries it pulls in (NSS, lcms2, libtiff, OpenJPEG, ...)
// at every start, about 4 MB and 4 ms. The first call to brief_poppler_load opens it.
#include <poppler/glib/poppler.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

typedef struct {
    PopplerDocument *(*document_new_from_bytes)(GBytes *, const char *, GError **);
    int (*document_get_n_pages)(PopplerDocument *);
    time_t (*document_get_creation_date)(PopplerDocument *);
    PopplerPage *(*document_get_page)(PopplerDocument *, int);
    char *(*page_get_text)(PopplerPage *);
    gboolean (*page_get_text_layout)(PopplerPage *, PopplerRectangle **, guint *);
    GList *(*page_get_text_attributes)(PopplerPage *);
    void (*page_free_text_attributes)(GList *);
    const char *error;
} brief_poppler_api;

// The state lives in functions, not in the header's globals: Swift emits the bodies of inline
// functions it calls, with their statics, but no header global.
static inline brief_poppler_api *brief_poppler_state(void) {
    static brief_poppler_api api;
    return &api;
}

static inline pthread_once_t *brief_poppler_once(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    return &once;
}

static inline void brief_poppler_open(void) {
    brief_poppler_api *p = brief_poppler_state();
    void *lib = dlopen("libpoppler-glib.so.8", RTLD_NOW | RTLD_LOCAL);
    if (!lib) lib = dlopen("libpoppler-glib.so", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        p->error = dlerror();
        return;
    }
#define BRIEF_POPPLER_SYMBOL(field, name)                                          \
    *(void **)(&p->field) = dlsym(lib, name);                                       \
    if (!p->field) {                                                                \
        p->error = "a function is missing from libpoppler-glib: " name;             \
        return;                                                                     \
    }
    BRIEF_POPPLER_SYMBOL(document_new_from_bytes, "poppler_document_new_from_bytes")
    BRIEF_POPPLER_SYMBOL(document_get_n_pages, "poppler_document_get_n_pages")
    BRIEF_POPPLER_SYMBOL(document_get_creation_date, "poppler_document_get_creation_date")
    BRIEF_POPPLER_SYMBOL(document_get_page, "poppler_document_get_page")
    BRIEF_POPPLER_SYMBOL(page_get_text, "poppler_page_get_text")
    BRIEF_POPPLER_SYMBOL(page_get_text_layout, "poppler_page_get_text_layout")
    BRIEF_POPPLER_SYMBOL(page_get_text_attributes, "poppler_page_get_text_attributes")
    BRIEF_POPPLER_SYMBOL(page_free_text_attributes, "poppler_page_free_text_attributes")
#undef BRIEF_POPPLER_SYMBOL
}

/// poppler-glib's functions, opened on the first call (once, whichever thread asks); NULL, with
/// the reason in `*error`, when the library cannot be opened.
static inline const brief_poppler_api *brief_poppler_load(const char **error) {
    pthread_once(brief_poppler_once(), brief_poppler_open);
    const brief_poppler_api *p = brief_poppler_state();
    if (p->error) {
        *error = p->error;
        return NULL;
    }
    return p;
}
