/* unicode.c - reading the case mappings of the generated database
 * (representation in unicode.h). */
#include "unicode.h"

int gp_uni_map(uint32_t cp, int which, uint32_t out[3]) {
    const GpUniRecord *r = gp_uni_record(cp);
    int32_t m = which == GP_UNI_TO_LOWER ? r->lower
                : which == GP_UNI_TO_UPPER ? r->upper
                : which == GP_UNI_TO_TITLE ? r->title
                                           : r->fold;
    if (m < GP_UNI_EXT) {
        out[0] = (uint32_t)((int32_t)cp + m);
        return 1;
    }
    int n = (m >> 24) & 3;
    const uint32_t *src = gp_uni_ext + (m & 0xFFFF);
    for (int i = 0; i < n; i++) out[i] = src[i];
    return n;
}
