/* test_spill.c - gp_spill_registers (mem/regs.c) must store every
 * callee-saved register exactly as its caller holds it, and return the
 * caller's stack pointer. The collector trusts these words as roots of a
 * thread that released the GIL; setjmp, used before, hid the frame
 * pointer register (glibc mangles it). Built with -mno-red-zone: the
 * call from inline assembly pushes a return address below the stack
 * pointer. */
#include <stdint.h>
#include <stdio.h>

#include "mem/heap.h"

static int failures;

static void expect(const char *what, uintptr_t got, uintptr_t want) {
    if (got == want) return;
    printf("FAIL %s: got %#lx, want %#lx\n", what, (unsigned long)got, (unsigned long)want);
    failures++;
}

int main(void) {
    GpRegs r = {{0}};
#if defined(__x86_64__) && defined(__ELF__)
    static const char *names[] = {"rbx", "rbp", "r12", "r13", "r14", "r15"};
    uintptr_t want[6] = {0x1111000000000001, 0x2222000000000002, 0x3333000000000003,
                         0x4444000000000004, 0x5555000000000005, 0x6666000000000006};
    uintptr_t sp_before, sp_seen;
    /* Load the registers, call, restore them (they belong to our caller). */
    __asm__ volatile("push %%rbx\n\t push %%rbp\n\t push %%r12\n\t push %%r13\n\t push %%r14\n\t push %%r15\n\t"
                     "mov 0(%[w]), %%rbx\n\t mov 8(%[w]), %%rbp\n\t mov 16(%[w]), %%r12\n\t"
                     "mov 24(%[w]), %%r13\n\t mov 32(%[w]), %%r14\n\t mov 40(%[w]), %%r15\n\t"
                     "mov %%rsp, %%rcx\n\t"
                     "call gp_spill_registers\n\t"
                     "pop %%r15\n\t pop %%r14\n\t pop %%r13\n\t pop %%r12\n\t pop %%rbp\n\t pop %%rbx\n\t"
                     : "=a"(sp_seen), "=&c"(sp_before)
                     : [w] "S"(want), "D"(&r)
                     : "rdx", "r8", "r9", "r10", "r11", "memory", "cc");
    for (int i = 0; i < 6; i++) expect(names[i], r.w[i], want[i]);
    expect("stack pointer", sp_seen, sp_before);
#else
    /* Other targets: at least the returned stack pointer must lie below
     * the caller's locals. */
    char here;
    void *sp = gp_spill_registers(&r);
    if ((char *)sp > &here) {
        printf("FAIL stack pointer above the caller's frame\n");
        failures++;
    }
#endif
    printf("%d passed, %d failed\n", failures ? 0 : 1, failures ? 1 : 0);
    return failures != 0;
}
