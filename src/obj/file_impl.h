/* file_impl.h - the file object shared by obj/file*.c.
 *
 * One C layout serves every file type: a descriptor, a read-ahead buffer
 * and, for the standard streams only, a write buffer. `kind` says which
 * methods apply (text, buffered binary, raw FileIO); the type object only
 * decides the name Python sees.
 *
 * Read-ahead: bytes come from the OS in chunks into rbuf; rbuf[rpos..rlen)
 * is what Python has not consumed yet, so the logical position is the OS
 * position minus (rlen - rpos). Text files keep raw bytes there and
 * decode when a read returns, so a text file never holds decoder state
 * and tell() is the byte position, as CPython's cookie is for UTF-8.
 *
 * Buffers are never touched by the OS call itself: a blocking call
 * detaches the buffer from the object first (the GIL is released and
 * another thread may use the same file meanwhile), see file_os.c.
 */
#ifndef GP_FILE_IMPL_H
#define GP_FILE_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "file.h"
#include "str.h"

enum { FILE_TEXT, FILE_BUFFERED, FILE_RAW };
enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 };
/* newline=None (translate \r and \r\n to \n), '', '\n', '\r', '\r\n'. */
enum { NL_UNIVERSAL, NL_ANY, NL_LF, NL_CR, NL_CRLF };
/* Kinds of line endings seen, for TextIOWrapper.newlines. Like CPython's
 * decoder, which decodes whole chunks ahead, they are noted as bytes
 * arrive from the OS, not as lines are returned. */
enum { SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4 };
/* Write buffering: none (write through), per line, or by size. */
enum { WB_NONE, WB_LINE, WB_FULL };

#define FILE_CHUNK 8192

typedef struct GpFile {
    GpObj hdr;
    Value dict;          /* instance attributes */
    Value name;          /* as given to open(): str, bytes or int */
    Value mode;          /* str, as .mode shows it */
    Value encoding;      /* text: str as given ('utf-8' by default) */
    Value errors;        /* text: str */
    Value peer;          /* text: its .buffer once made; a .buffer: its text file */
    int fd;              /* -1 once closed */
    uint8_t kind;
    uint8_t readable, writable, appending, closefd, closed;
    int8_t seekable;     /* -1 until known */
    uint8_t codec, newline, seen_nl, wbuffering, line_buffering;
    uint8_t pending_cr;  /* the last byte read was '\r': CR or CRLF is not known yet */
    char *rbuf;
    size_t rpos, rlen, rcap;
    char *wbuf;
    size_t wlen, wcap;
} GpFile;

static inline GpFile *file_obj(Value v) { return (GpFile *)v_obj(v); }
int gp_is_file(Value v);

/* Operations, for the exact wording of errors on closed files. */
enum {
    OP_READ, OP_READ1, OP_READLINE, OP_READINTO, OP_PEEK, OP_WRITE, OP_SEEK, OP_TRUNCATE,
    OP_FLUSH, OP_TELL, OP_QUERY, OP_GENERIC
};
/* Raise ValueError for an operation on a closed file: -1 if closed, else 0. */
int file_check_closed(GpThread *t, GpFile *f, int op);
/* Raise io.UnsupportedOperation when f lacks the capability: -1, else 0. */
int file_check_readable(GpThread *t, GpFile *f, int op);
int file_check_writable(GpThread *t, GpFile *f);
Value file_unsupported(GpThread *t, const char *msg);

/* file_os.c: system calls. */
/* Read more bytes into rbuf (at least `want` of room): bytes added, 0 at
 * end of file, -1 on error. */
int64_t file_fill(GpThread *t, GpFile *f, size_t want);
/* Read everything up to end of file into rbuf: 0, or -1 on error. */
int file_fill_all(GpThread *t, GpFile *f);
/* Write n bytes of malloc'd memory (never an object's) completely. */
int file_os_write(GpThread *t, int fd, const char *data, size_t n);
/* Send the pending write buffer to the OS. */
int file_flush_wbuf(GpThread *t, GpFile *f);
/* Queue or write bytes as f's write buffering says; data is malloc'd. */
int file_put(GpThread *t, GpFile *f, const char *data, size_t n, int has_newline);
/* Before writing: forget (text) or give back (binary) unread read-ahead,
 * and flush the peer's pending writes. */
int file_before_write(GpThread *t, GpFile *f);
/* Before reading: flush pending writes, take over the peer's read-ahead. */
int file_before_read(GpThread *t, GpFile *f);
int64_t file_os_seek(GpThread *t, GpFile *f, int64_t off, int whence);
int file_is_seekable(GpThread *t, GpFile *f);
/* The logical position: OS position less unread, plus unwritten bytes. */
int64_t file_tell(GpThread *t, GpFile *f);
int file_truncate(GpThread *t, GpFile *f, int64_t size);
/* Close the descriptor (if owned) and free buffers; flushes first. */
int file_close(GpThread *t, GpFile *f);
void file_drop_rbuf(GpFile *f);
void file_free_buffers(GpInterp *in, GpFile *f);
/* open(2) with the GIL released: fd or -1 with OSError(filename) set. */
int file_os_open(GpThread *t, const char *path, int flags, Value filename);

/* file_codec.c: encodings. */
/* CODEC_* for an encoding name, or -1 with LookupError set. */
int file_codec_lookup(GpThread *t, Value encoding);
/* Encode str s for f (codec, errors, newline translation) onto out. */
int file_encode(GpThread *t, GpFile *f, Value s, GpBuf *out);
/* Decode raw bytes read from f (newlines already translated) to a str. */
Value file_decode(GpThread *t, GpFile *f, const char *s, size_t n);

/* file_text.c and file_binary.c: the operations by kind. */
Value file_text_read(GpThread *t, GpFile *f, int64_t size);
Value file_text_readline(GpThread *t, GpFile *f, int64_t limit);
Value file_text_write(GpThread *t, GpFile *f, Value s);
Value file_text_seek(GpThread *t, GpFile *f, Value cookie, int whence);
Value file_text_newlines(GpThread *t, GpFile *f);
Value file_bin_read(GpThread *t, GpFile *f, int64_t size, int once);
Value file_bin_readline(GpThread *t, GpFile *f, int64_t limit);
Value file_bin_write(GpThread *t, GpFile *f, Value data);
Value file_bin_readinto(GpThread *t, GpFile *f, Value buf);
Value file_bin_seek(GpThread *t, GpFile *f, Value offset, int whence);
/* read/readline by kind (the method bodies, for iteration and input()). */
Value file_readline(GpThread *t, GpFile *f, int64_t limit);
Value file_write(GpThread *t, GpFile *f, Value data);
/* A new file object of the given type over fd. */
GpFile *file_new(GpThread *t, GpType *type, int fd);
/* The .buffer of a text file (made on first use). */
Value file_text_buffer(GpThread *t, GpFile *f);

#endif
