#ifndef CORO_CSWIFTRUNTIME_SHIM_H
#define CORO_CSWIFTRUNTIME_SHIM_H
#include <stdbool.h>

/*
 * Entry points of the Swift runtime (libswiftCore, always linked) that the
 * VM calls on raw object pointers. Swift code may not name runtime symbols
 * with @_silgen_name, so they are declared here, as C.
 *
 * swift_isUniquelyReferenced_nonNull_native: true when the object has
 * exactly one strong reference. Called on a raw pointer, asking costs no
 * retain (Swift's isKnownUniquelyReferenced needs a strong reference in a
 * variable, which costs a retain/release pair on the frame-pooling path).
 */
bool swift_isUniquelyReferenced_nonNull_native(const void *object);

#endif
