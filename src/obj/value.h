/* value.h - every Python value in one 64-bit machine word.
 *
 * Why: the eval loop moves values between registers all the time; a value
 * that fits in a word and needs no allocation for the common cases (small
 * ints, floats) makes `n -= 1` a handful of machine instructions.
 *
 * Representation ("double offset" NaN-boxing, as in JavaScriptCore):
 *
 *   0x0000_0000_0000_0000           VNULL: no value (error return, unbound
 *                                   local, empty slot). Zeroed memory is VNULL.
 *   0x0000_xxxx_xxxx_xxxx (!= 0)    a pointer to a GpObj, stored as is, so an
 *                                   object value needs no masking. None, True,
 *                                   False, NotImplemented and Ellipsis are
 *                                   static objects.
 *   0x0002_... .. 0xFFFE_...        a double: its IEEE bits plus 2^49. Every
 *                                   double lands here once NaNs are canonical.
 *   0xFFFF_xxxx_xxxx_xxxx           a small int: 48-bit two's complement.
 *
 * Ints outside 48 bits are heap bignums of the same type `int`; an int that
 * fits in 48 bits is always a small int, so equality of small ints is
 * equality of words.
 *
 * Because pointers are stored raw and doubles/ints can never look like a
 * pointer below 2^49, a conservative scan of memory holding values finds
 * exactly the object references (see mem/heap.h).
 */
#ifndef GP_VALUE_H
#define GP_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t Value;

#define VNULL ((Value)0)

#define GP_DOUBLE_OFFSET (UINT64_C(1) << 49)
#define GP_INT_TAG UINT64_C(0xFFFF000000000000)
#define GP_SMALL_MIN (-(INT64_C(1) << 47))
#define GP_SMALL_MAX ((INT64_C(1) << 47) - 1)

#if defined(__GNUC__)
#define GP_LIKELY(x) __builtin_expect(!!(x), 1)
#define GP_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define GP_LIKELY(x) (x)
#define GP_UNLIKELY(x) (x)
#endif

struct GpObj;

/* True for object pointers and for VNULL. */
static inline bool v_is_ptr(Value v) { return v < GP_DOUBLE_OFFSET; }
static inline bool v_is_obj(Value v) { return v != VNULL && v < GP_DOUBLE_OFFSET; }
static inline bool v_is_int(Value v) { return v >= GP_INT_TAG; }
static inline bool v_is_float(Value v) { return v >= GP_DOUBLE_OFFSET && v < GP_INT_TAG; }

static inline struct GpObj *v_obj(Value v) { return (struct GpObj *)(uintptr_t)v; }
static inline Value v_from_obj(const void *p) { return (Value)(uintptr_t)p; }

static inline int64_t v_int(Value v) { return (int64_t)(v << 16) >> 16; }
static inline bool v_small_fits(int64_t i) { return i >= GP_SMALL_MIN && i <= GP_SMALL_MAX; }
/* Precondition: v_small_fits(i). Use gp_int_from_i64() for any int64. */
static inline Value v_from_small(int64_t i) { return ((uint64_t)i & ~GP_INT_TAG) | GP_INT_TAG; }

static inline double v_float(Value v) {
    uint64_t bits = v - GP_DOUBLE_OFFSET;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* NaNs whose payload would push them out of the double range are replaced
 * by the canonical quiet NaN; arithmetic on canonical NaNs stays canonical. */
static inline Value v_from_float(double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    if (GP_UNLIKELY(bits >= UINT64_C(0xFFF9000000000000)))
        bits = UINT64_C(0x7FF8000000000000);
    return bits + GP_DOUBLE_OFFSET;
}

#endif
