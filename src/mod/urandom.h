/* urandom.h - bytes from the operating system's random source, for
 * os.urandom and for seeding random's generators. */
#ifndef GP_URANDOM_H
#define GP_URANDOM_H

#include <stddef.h>

#include "../obj/object.h"

/* Fill buf with n random bytes: getrandom(2), or /dev/urandom where the
 * kernel lacks it. -1 with OSError set on failure. */
int gp_urandom(GpThread *t, void *buf, size_t n);

#endif
