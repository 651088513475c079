#ifndef GIGDESK_CSQLITE_SHIM_H
#define GIGDESK_CSQLITE_SHIM_H
#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro cast that Swift cannot import.
static inline sqlite3_destructor_type gigdesk_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}
#endif
