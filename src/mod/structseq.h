/* structseq.h - struct sequences: tuples whose items also have names
 * (os.stat_result, os.terminal_size, posix.times_result, ...).
 *
 * A struct sequence type is a static tuple subtype whose getsets name its
 * fields, the getter of the field in slot i being GP_SQ(i). The first
 * n_visible slots are the tuple's items; the others (like stat_result's
 * float st_mtime) follow them and are reached only by name, as in
 * CPython. Some visible slots may have no name (n_unnamed of them:
 * stat_result's integer times, items 7-9); the slots number
 * getsets + n_unnamed. repr labels item i with the i-th getset's name,
 * as CPython labels it with its i-th member, so a type is described once:
 *
 *     static const GpGetSetDef fields[] = {
 *         {"columns", GP_SQ(0), NULL}, {"lines", GP_SQ(1), NULL}, {0}};
 *     GpStructSeqType size_type = {{.hdr = {&gp_type_type},
 *         .name = "os.terminal_size", .base = &gp_tuple_type,
 *         .getsets = fields, GP_STRUCTSEQ_SLOTS}, 2, 0};
 *     GP_REGISTER_STRUCTSEQ(size_type);
 */
#ifndef GP_STRUCTSEQ_H
#define GP_STRUCTSEQ_H

#include "../obj/object.h"

#define GP_STRUCTSEQ_MAX 20

typedef struct GpStructSeqType {
    GpType type; /* first: a GpType * to it is a GpStructSeqType * */
    size_t n_visible;
    size_t n_unnamed;
} GpStructSeqType;

/* The getter of field i (0 <= i < GP_STRUCTSEQ_MAX). */
#define GP_SQ(i) gp_structseq_get_##i
#define GP_SQ_DECLARE(i) Value gp_structseq_get_##i(GpThread *t, Value self);
GP_SQ_DECLARE(0) GP_SQ_DECLARE(1) GP_SQ_DECLARE(2) GP_SQ_DECLARE(3) GP_SQ_DECLARE(4)
GP_SQ_DECLARE(5) GP_SQ_DECLARE(6) GP_SQ_DECLARE(7) GP_SQ_DECLARE(8) GP_SQ_DECLARE(9)
GP_SQ_DECLARE(10) GP_SQ_DECLARE(11) GP_SQ_DECLARE(12) GP_SQ_DECLARE(13) GP_SQ_DECLARE(14)
GP_SQ_DECLARE(15) GP_SQ_DECLARE(16) GP_SQ_DECLARE(17) GP_SQ_DECLARE(18) GP_SQ_DECLARE(19)
#undef GP_SQ_DECLARE

/* items holds every slot, visible ones first. */
Value gp_structseq_new(GpThread *t, GpStructSeqType *type, const Value *items);

Value gp_structseq_repr(GpThread *t, Value self);
void gp_structseq_trace(GpGc *gc, GpObj *self);
/* type(seq): from n_visible up to all the slots (missing ones None). */
Value gp_structseq_type_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames);

#define GP_STRUCTSEQ_SLOTS .repr = gp_structseq_repr, .trace = gp_structseq_trace, .new_ = gp_structseq_type_new

#define GP_REGISTER_STRUCTSEQ(T) \
    static GpType *const gp_typereg_##T __attribute__((used, section("gp_types"))) = &(T).type

#endif
