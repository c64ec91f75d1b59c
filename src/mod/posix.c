/* posix.c - the posix module, the core of lib/os.py: its function
 * tables (posix_fd.c, posix_fs.c, posix_proc.c, posix_wait.c,
 * posix_spawn.c), constants, struct
 * sequence types and environ.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../obj/exc.h"
#include "../obj/func.h"
#include "../obj/module.h"
#include "../vm/error.h"
#include "posix_impl.h"

static const struct {
    const char *name;
    int value;
} constants[] = {
    {"O_RDONLY", O_RDONLY},     {"O_WRONLY", O_WRONLY},       {"O_RDWR", O_RDWR},
    {"O_APPEND", O_APPEND},     {"O_CREAT", O_CREAT},         {"O_EXCL", O_EXCL},
    {"O_TRUNC", O_TRUNC},       {"O_NONBLOCK", O_NONBLOCK},   {"O_NDELAY", O_NDELAY},
    {"O_NOCTTY", O_NOCTTY},     {"O_CLOEXEC", O_CLOEXEC},     {"O_SYNC", O_SYNC},
    {"O_DSYNC", O_DSYNC},       {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
    {"O_ACCMODE", O_ACCMODE},   {"O_TMPFILE", O_TMPFILE},     {"O_PATH", O_PATH},
    {"O_NOATIME", O_NOATIME},   {"O_ASYNC", O_ASYNC},         {"O_DIRECT", O_DIRECT},
    {"O_LARGEFILE", O_LARGEFILE}, {"O_RSYNC", O_RSYNC},
    {"F_OK", F_OK},             {"R_OK", R_OK},               {"W_OK", W_OK},
    {"X_OK", X_OK},             {"SEEK_DATA", SEEK_DATA},     {"SEEK_HOLE", SEEK_HOLE},
    {"WNOHANG", WNOHANG},       {"WUNTRACED", WUNTRACED},     {"WCONTINUED", WCONTINUED},
    {"EX_OK", 0},               {"F_LOCK", F_LOCK},           {"F_TLOCK", F_TLOCK},
    {"F_ULOCK", F_ULOCK},       {"F_TEST", F_TEST},
    {"WEXITED", WEXITED},       {"WSTOPPED", WSTOPPED},       {"WNOWAIT", WNOWAIT},
    {"POSIX_SPAWN_OPEN", 0},    {"POSIX_SPAWN_CLOSE", 1},     {"POSIX_SPAWN_DUP2", 2},
};

static int add_methods(GpThread *t, Value m, const GpMethodDef *defs) {
    for (const GpMethodDef *md = defs; md->name; md++) {
        Value f = gp_builtin_new(t, md, m, NULL);
        if (!f || gp_module_add(t, m, md->name, f) < 0) return -1;
    }
    return 0;
}

static int posix_init(GpThread *t, Value m) {
    if (add_methods(t, m, posix_fs_methods) < 0 || add_methods(t, m, posix_proc_methods) < 0 ||
        add_methods(t, m, posix_wait_methods) < 0 || add_methods(t, m, posix_spawn_methods) < 0)
        return -1;
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        if (gp_module_add_int(t, m, constants[i].name, constants[i].value) < 0) return -1;
    if (gp_module_add(t, m, "stat_result", v_from_obj(&posix_stat_result_type.type)) < 0 ||
        gp_module_add(t, m, "terminal_size", v_from_obj(&posix_terminal_size_type.type)) < 0 ||
        gp_module_add(t, m, "times_result", v_from_obj(&posix_times_result_type.type)) < 0 ||
        gp_module_add(t, m, "uname_result", v_from_obj(&posix_uname_result_type.type)) < 0 ||
        gp_module_add(t, m, "error", v_from_obj(&gp_OSError)) < 0)
        return -1;
    return posix_add_environ(t, m);
}

const GpModuleDef gp_posix_module = {
    "posix",
    posix_fd_methods,
    posix_init,
    "This module provides access to operating system functionality that is\n"
    "standardized by the C Standard and the POSIX standard (a thinly\n"
    "disguised Unix interface).  Refer to the library manual and\n"
    "corresponding Unix manual entries for more information on calls.",
};
GP_REGISTER_MODULE(gp_posix_module);
