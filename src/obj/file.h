/* file.h - file objects: open(), sys.stdin/stdout/stderr, input().
 *
 * Text files (_io.TextIOWrapper) decode and encode UTF-8 by default
 * (ascii and latin-1 on request) with CPython's newline handling on POSIX;
 * binary files (_io.BufferedReader/Writer/Random, _io.FileIO for
 * buffering=0) give bytes. Every read and write of a file that may block
 * releases the GIL around the system call (vm/blocking.h).
 *
 * Writes to files opened with open() go straight to the OS (no userspace
 * write buffer): programs often write a file and read it back without
 * closing it, which works in CPython because reference counting closes
 * the file at once, and does not here because the collector runs later.
 * Only the standard streams buffer writes (see gp_file_from_fd).
 */
#ifndef GP_FILE_H
#define GP_FILE_H

#include "object.h"

/* The text file type, the common base of the binary ones, and the binary
 * types open() returns by mode: r -> reader, w/a/x -> writer, any '+' ->
 * random, buffering=0 -> FileIO. */
extern GpType gp_iobase_type, gp_textio_type, gp_bufferedio_type;
extern GpType gp_bufferedreader_type, gp_bufferedwriter_type, gp_bufferedrandom_type, gp_fileio_type;
/* io.UnsupportedOperation: an OSError and a ValueError, as in CPython
 * (its ValueError is a layout-less second base, GpType.base2). */
extern GpType gp_UnsupportedOperation;

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 * newline=None, closefd=True, opener=None) */
Value gp_open(GpThread *t, const Value *args, size_t nargs, Value kwnames);
/* A file object over an existing descriptor (for sys.stdout & co); it
 * does not close fd. mode is "r", "w", "rb" or "wb"; name is shown by
 * repr ("<stdout>"). Writes are buffered as line_buffered says: 1 flush
 * after every write that contains a newline (stderr, as CPython 3.9+),
 * 0 flush only when 8 KiB are pending, at gp_flush_std_streams and
 * before input() reads, -1 one of those two: by line if fd is a terminal
 * (stdout). */
Value gp_file_from_fd(GpThread *t, int fd, const char *mode, const char *name, int line_buffered);
/* Write a str to a text file object (any object with write()). */
int gp_file_write(GpThread *t, Value file, Value str);
/* Is v one of gilpy's own file objects (text or binary)? */
int gp_is_file(Value v);
int gp_file_flush(GpThread *t, Value file);
/* Make a writable file write through at once (python -u, PYTHONUNBUFFERED). */
void gp_file_set_unbuffered(Value file);
/* Flush sys.stdout and sys.stderr (at exit); errors are ignored. */
void gp_flush_std_streams(GpThread *t);
/* input([prompt]) */
Value gp_builtin_input(GpThread *t, const Value *args, size_t nargs);

#endif
