/* exc.h - the builtin exception hierarchy.
 *
 * Every exception instance has the same C layout (GpExc); the attributes
 * particular to some classes (OSError's errno, KeyError's nothing,
 * SystemExit's code, StopIteration's value, NameError's name ...) are
 * computed from args or kept in the instance dict, as CPython exposes them.
 */
#ifndef GP_EXC_H
#define GP_EXC_H

#include "object.h"

typedef struct GpExc {
    GpObj hdr;
    Value dict;          /* instance attributes, VNULL until needed */
    Value args;          /* tuple */
    Value traceback;     /* GpTraceback or VNULL */
    Value cause;         /* VNULL: None */
    Value context;       /* VNULL: None */
    Value notes;         /* list or VNULL */
    uint8_t suppress_context;
} GpExc;

/* One entry of a traceback: a frame's code and the instruction that was
 * running, linked from the outermost frame to the innermost. */
typedef struct GpTraceback {
    GpObj hdr;
    Value next;          /* GpTraceback or VNULL */
    Value code;          /* GpCode */
    Value globals;       /* the frame's globals, for NameError suggestions */
    Value name;          /* the function name shown: code's, or the caller's for an inlined comprehension */
    uint32_t ip;         /* instruction index */
    int lineno;
} GpTraceback;
extern GpType gp_traceback_type;

/* Every builtin exception class but BaseException, with its base. */
#define GP_EXCEPTIONS(X)                                   \
    X(BaseExceptionGroup, BaseException)                   \
    X(SystemExit, BaseException)                           \
    X(KeyboardInterrupt, BaseException)                    \
    X(GeneratorExit, BaseException)                        \
    X(Exception, BaseException)                            \
    X(StopIteration, Exception)                            \
    X(StopAsyncIteration, Exception)                       \
    X(ArithmeticError, Exception)                          \
    X(FloatingPointError, ArithmeticError)                 \
    X(OverflowError, ArithmeticError)                      \
    X(ZeroDivisionError, ArithmeticError)                  \
    X(AssertionError, Exception)                           \
    X(AttributeError, Exception)                           \
    X(BufferError, Exception)                              \
    X(EOFError, Exception)                                 \
    X(ImportError, Exception)                              \
    X(ModuleNotFoundError, ImportError)                    \
    X(LookupError, Exception)                              \
    X(IndexError, LookupError)                             \
    X(KeyError, LookupError)                               \
    X(MemoryError, Exception)                              \
    X(NameError, Exception)                                \
    X(UnboundLocalError, NameError)                        \
    X(OSError, Exception)                                  \
    X(BlockingIOError, OSError)                            \
    X(ChildProcessError, OSError)                          \
    X(ConnectionError, OSError)                            \
    X(BrokenPipeError, ConnectionError)                    \
    X(ConnectionAbortedError, ConnectionError)             \
    X(ConnectionRefusedError, ConnectionError)             \
    X(ConnectionResetError, ConnectionError)               \
    X(FileExistsError, OSError)                            \
    X(FileNotFoundError, OSError)                          \
    X(InterruptedError, OSError)                           \
    X(IsADirectoryError, OSError)                          \
    X(NotADirectoryError, OSError)                         \
    X(PermissionError, OSError)                            \
    X(ProcessLookupError, OSError)                         \
    X(TimeoutError, OSError)                               \
    X(ReferenceError, Exception)                           \
    X(RuntimeError, Exception)                             \
    X(NotImplementedError, RuntimeError)                   \
    X(RecursionError, RuntimeError)                        \
    X(SyntaxError, Exception)                              \
    X(IndentationError, SyntaxError)                       \
    X(TabError, IndentationError)                          \
    X(SystemError, Exception)                              \
    X(TypeError, Exception)                                \
    X(ValueError, Exception)                               \
    X(UnicodeError, ValueError)                            \
    X(UnicodeDecodeError, UnicodeError)                    \
    X(UnicodeEncodeError, UnicodeError)                    \
    X(UnicodeTranslateError, UnicodeError)                 \
    X(Warning, Exception)                                  \
    X(DeprecationWarning, Warning)                         \
    X(PendingDeprecationWarning, Warning)                  \
    X(RuntimeWarning, Warning)                             \
    X(SyntaxWarning, Warning)                              \
    X(UserWarning, Warning)                                \
    X(FutureWarning, Warning)                              \
    X(ImportWarning, Warning)                              \
    X(UnicodeWarning, Warning)                             \
    X(BytesWarning, Warning)                               \
    X(ResourceWarning, Warning)                            \
    X(EncodingWarning, Warning)

extern GpType gp_BaseException;
#define GP_DECLARE_EXC(name, base) extern GpType gp_##name;
GP_EXCEPTIONS(GP_DECLARE_EXC)
#undef GP_DECLARE_EXC

/* Called once, before the types are readied: installs the slots of the
 * classes that behave differently from BaseException. */
void gp_exc_types_prepare(void);

/* A new instance of an exception class with the given args tuple. */
Value gp_exc_new(GpThread *t, GpType *type, Value args);
/* Attribute helpers for the instance dict (errno, filename, name, ...). */
Value gp_exc_get_attr(GpThread *t, Value exc, const char *name); /* VNULL, no error, if absent */
int gp_exc_set_attr(GpThread *t, Value exc, const char *name, Value v);
/* Prepend a traceback entry for (code, ip): called in each frame the
 * exception unwinds through, so the chain runs outermost first. */
int gp_exc_add_traceback(GpThread *t, Value exc, Value code, Value globals, uint32_t ip);

#endif
