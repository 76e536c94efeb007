#ifndef CCAIRO_SETTINGS_H
#define CCAIRO_SETTINGS_H

/* 1 when Cairo will write PDF content streams plain (set before main; see settings.c). */
int brief_cairo_writes_plain_content(void);

#endif
