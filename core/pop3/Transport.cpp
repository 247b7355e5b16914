#include "pop3/Transport.h"

// Transport is an interface; this file gives AUTOMOC a home for its signals.
