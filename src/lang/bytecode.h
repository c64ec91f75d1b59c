/* bytecode.h - the instruction set of the register VM.
 *
 * Why registers: a stack VM spends most of its dispatches moving values
 * (LOAD_FAST, LOAD_CONST, STORE_FAST). Here every local variable is a
 * register of the frame and instructions name their operands, so
 * `while n > 0: n -= 1` is three instructions per iteration (a fused
 * compare-and-jump, a subtract of a constant, a backward jump), as in Lua.
 *
 * Encoding: one 64-bit word per instruction,
 *
 *     bits  0..7   op
 *     bits  8..23  A    (16 bits, usually the destination register)
 *     bits 24..39  B    (16 bits)
 *     bits 40..55  C    (16 bits; signed sC for short jumps)
 *     bits 56..63  X    (8 bits: a sub-operation or flags)
 *     bits 24..55  Bx   (32 bits, B and C together; signed sBx for jumps)
 *
 * Jump offsets are relative to the instruction after the jump.
 * Instructions with an inline cache (GETATTR, LOADMETHOD, LOADGLOBAL,
 * SETATTR) are followed by GP_CACHE_WORDS words that only the VM reads and
 * writes; jumps never land on them.
 *
 * Registers: R[0..nparams) are the parameters, then the other locals,
 * then temporaries. K[i] is the constant i of the code object (names used
 * by instructions are string constants).
 */
#ifndef GP_BYTECODE_H
#define GP_BYTECODE_H

#include <stdint.h>

typedef uint64_t Instr;

/* Two entries of two words: LOADGLOBAL uses one, the attribute
 * instructions both (vm/vmattr.c). */
#define GP_CACHE_WORDS 4

/* The opcode list: name, and a short description of its operands. */
#define GP_OPCODES(X)                                                                   \
    X(NOP)          /* */                                                                \
    X(MOVE)         /* R[A] = R[B] */                                                    \
    X(LOADK)        /* R[A] = K[Bx] */                                                   \
    X(LOADI)        /* R[A] = sBx (small int) */                                         \
    X(LOADNONE)     /* R[A] = None */                                                    \
    X(LOADTRUE)     /* R[A] = True */                                                    \
    X(LOADFALSE)    /* R[A] = False */                                                   \
    X(LOADNULL)     /* R[A] = VNULL (unbind a local) */                                  \
    X(CHECKLOCAL)   /* if R[A] unbound: UnboundLocalError for varnames[A] */             \
    X(LOADGLOBAL)   /* R[A] = global K[B], then builtins; +cache */                      \
    X(STOREGLOBAL)  /* global K[B] = R[A] */                                             \
    X(DELGLOBAL)    /* del global K[B] */                                                \
    X(LOADNAME)     /* R[A] = K[B] from frame locals, globals, builtins */               \
    X(STORENAME)    /* frame locals[K[B]] = R[A] */                                      \
    X(DELNAME)      /* del frame locals[K[B]] */                                         \
    X(MAKECELL)     /* R[A] = new cell holding R[A] (VNULL: empty cell) */               \
    X(LOADDEREF)    /* R[A] = contents of cell R[B]; unbound: error for name K[C] */     \
    X(STOREDEREF)   /* contents of cell R[A] = R[B] (VNULL: delete) */                   \
    X(LOADFREE)     /* R[A] = contents of closure cell B; unbound: error */              \
    X(STOREFREE)    /* contents of closure cell A = R[B] (VNULL: delete) */              \
    X(LOADFREECELL) /* R[A] = closure cell B itself (to build inner closures) */         \
    X(GETATTR)      /* R[A] = R[B].K[C]; +cache */                                       \
    X(SETATTR)      /* R[A].K[C] = R[B]; +cache */                                       \
    X(DELATTR)      /* del R[A].K[C] */                                                  \
    X(LOADMETHOD)   /* R[A], R[A+1] = method K[C] of R[B] and self, or attr and VNULL; +cache */ \
    X(GETITEM)      /* R[A] = R[B][R[C]] */                                              \
    X(SETITEM)      /* R[A][R[B]] = R[C] */                                              \
    X(DELITEM)      /* del R[A][R[B]] */                                                 \
    X(BUILDSLICE)   /* R[A] = slice(R[B], R[B+1], R[B+2]) */                             \
    X(ADD)          /* R[A] = R[B] + R[C]; X=1: in-place (+=) */                         \
    X(SUB)          /* R[A] = R[B] - R[C]; X as ADD */                                   \
    X(MUL)          /* R[A] = R[B] * R[C]; X as ADD */                                   \
    X(ADDK)         /* R[A] = R[B] + K[C]; X as ADD */                                   \
    X(SUBK)         /* R[A] = R[B] - K[C]; X as ADD */                                   \
    X(BINOP)        /* R[A] = R[B] <op X&0x7f> R[C]; X&0x80: in-place */                 \
    X(UNOP)         /* R[A] = <op X> R[B] */                                             \
    X(NOT)          /* R[A] = not R[B] */                                                \
    X(COMPARE)      /* R[A] = R[B] <cmp X> R[C]: GP_LT..GP_GE */                         \
    X(IS)           /* R[A] = R[B] is R[C]; X=1: is not */                               \
    X(CONTAINS)     /* R[A] = R[B] in R[C]; X=1: not in */                               \
    X(JMP)          /* ip += sBx */                                                      \
    X(LOOP)         /* ip += sBx (backward); eval-breaker check point */                 \
    X(JMPIF)        /* if R[A] is true: ip += sBx */                                     \
    X(JMPIFNOT)     /* if R[A] is false: ip += sBx */                                    \
    X(JCMP)         /* if not (R[A] <cmp X> R[B]): ip += sC */                           \
    X(JCMPK)        /* if not (R[A] <cmp X> K[B]): ip += sC */                           \
    X(CALL)         /* R[A] = R[A](R[A+1..A+B]) */                                       \
    X(CALLKW)       /* R[A] = R[A](R[A+1..A+B]) with kwnames K[C] for the last ones */   \
    X(CALLM)        /* method call after LOADMETHOD: B args after R[A+1] */              \
    X(CALLMKW)      /* as CALLM with kwnames K[C] */                                     \
    X(CALLEX)       /* R[A] = R[A](*R[A+1], **R[A+2]); R[A+2] VNULL if none */           \
    X(RETURN)       /* return R[A] */                                                    \
    X(MAKEFUNC)     /* R[A] = function(K[Bx]) with extras in R[A+1..] per X flags */     \
    X(BUILDTUPLE)   /* R[A] = (R[B], ..., R[B+C-1]) */                                   \
    X(BUILDLIST)    /* R[A] = [R[B], ..., R[B+C-1]] */                                   \
    X(BUILDSET)     /* R[A] = {R[B], ..., R[B+C-1]} */                                   \
    X(BUILDDICT)    /* R[A] = {R[B]: R[B+1], ...} with C pairs */                        \
    X(LISTAPPEND)   /* R[A].append(R[B]) */                                              \
    X(LISTEXTEND)   /* R[A].extend(R[B]); X=1: call arguments of function R[C] */                                              \
    X(LISTTOTUPLE)  /* R[A] = tuple(R[B]) (R[B] a list) */                               \
    X(SETADD)       /* R[A].add(R[B]) */                                                 \
    X(SETUPDATE)    /* R[A] |= iterable R[B] */                                          \
    X(DICTSET)      /* R[A][R[B]] = R[C] */                                              \
    X(DICTUPDATE)   /* R[A].update(R[B]) for {**x}; X=1: call form (f(**x)), checks keys */ \
    X(UNPACK)       /* R[A..A+C) = the C items of iterable R[B] */                       \
    X(UNPACKEX)     /* R[A..] = items of R[B]: C before the star, X after */             \
    X(GETITER)      /* R[A] = iter(R[B]) */                                              \
    X(FORITER)      /* R[B] = next(R[A]); exhausted: ip += sC */                         \
    X(EXCMATCH)     /* R[A] = exception R[B] matches type(s) R[C] */                     \
    X(PUSHEXC)      /* R[B] = handled exception; handled = R[A] */                       \
    X(POPEXC)       /* handled exception = R[A] */                                       \
    X(RAISE)        /* X=0: raise R[A]; X=1: raise R[A] from R[B]; X=2: bare raise */    \
    X(RERAISE)      /* re-raise R[A] keeping its traceback */                            \
    X(RAISEASSERT)  /* raise AssertionError(R[A]) (VNULL: no message) */                 \
    X(IMPORT)       /* R[A] = import K[B] with fromlist K[C], level X */                 \
    X(IMPORTFROM)   /* R[A] = K[C] from module R[B] */                                   \
    X(IMPORTSTAR)   /* from R[A] import * into the frame's namespace */                  \
    X(PRINTEXPR)    /* interactive: display R[A] */                                      \
    X(FORMAT)       /* R[A] = format(R[B] after conversion X, spec R[C] or none if C=0xffff) */ \
    X(BUILDSTRING)  /* R[A] = "".join(R[B..B+C)) */                                      \
    X(YIELD)        /* yield R[A]; the value sent in goes to R[B] */                     \
    X(YIELDFROM)    /* R[B] = yield from iterator R[A]; resumes here until it is done */ \
    X(LOADBUILDCLASS) /* R[A] = builtins.__build_class__ */                              \
    X(LOADCLASSDEREF) /* class body: R[A] = K[C] from locals, else cell R[B] */          \
    X(SETUPANN)     /* ensure __annotations__ in frame locals */                         \
    X(CALLINTRINSIC)/* X=1: R[A], R[A+1] = bound __exit__, __enter__() of R[B];       \
                       X=2: R[A] = __exit__ R[B] called with exception R[C] */

enum {
#define GP_OPCODE_ENUM(name) BC_##name,
    GP_OPCODES(GP_OPCODE_ENUM)
#undef GP_OPCODE_ENUM
        BC_COUNT
};

/* MAKEFUNC X flags: which extras follow in R[A+1..], in this order. */
enum {
    MKF_DEFAULTS = 1 << 0,   /* tuple */
    MKF_KWDEFAULTS = 1 << 1, /* dict */
    MKF_CLOSURE = 1 << 2,    /* tuple of cells */
    MKF_ANNOTATIONS = 1 << 3 /* dict */
};

/* FORMAT conversions (X). */
enum { FMT_CONV_NONE = 0, FMT_CONV_STR = 1, FMT_CONV_REPR = 2, FMT_CONV_ASCII = 3 };

static inline unsigned ins_op(Instr i) { return (unsigned)(i & 0xff); }
static inline unsigned ins_a(Instr i) { return (unsigned)((i >> 8) & 0xffff); }
static inline unsigned ins_b(Instr i) { return (unsigned)((i >> 24) & 0xffff); }
static inline unsigned ins_c(Instr i) { return (unsigned)((i >> 40) & 0xffff); }
static inline int ins_sc(Instr i) { return (int)(int16_t)((i >> 40) & 0xffff); }
static inline unsigned ins_x(Instr i) { return (unsigned)(i >> 56); }
static inline uint32_t ins_bx(Instr i) { return (uint32_t)((i >> 24) & 0xffffffffu); }
static inline int32_t ins_sbx(Instr i) { return (int32_t)(uint32_t)((i >> 24) & 0xffffffffu); }

static inline Instr ins_make(unsigned op, unsigned a, unsigned b, unsigned c, unsigned x) {
    return (Instr)op | ((Instr)(a & 0xffff) << 8) | ((Instr)(b & 0xffff) << 24) |
           ((Instr)(c & 0xffff) << 40) | ((Instr)(x & 0xff) << 56);
}
static inline Instr ins_make_bx(unsigned op, unsigned a, uint32_t bx, unsigned x) {
    return (Instr)op | ((Instr)(a & 0xffff) << 8) | ((Instr)bx << 24) | ((Instr)(x & 0xff) << 56);
}

extern const char *const gp_opcode_names[BC_COUNT];

#endif
