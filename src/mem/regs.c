/* regs.c - spilling a thread's callee-saved registers for the collector
 * (gp_spill_registers, mem/heap.h).
 *
 * Why not setjmp: glibc mangles the frame pointer it saves (PTR_MANGLE),
 * and with -fomit-frame-pointer rbp (x86-64) or x29 (arm64) is an ordinary
 * callee-saved register that may hold the only copy of a Value. Why not C
 * with inline asm: a C function's prologue may save a callee-saved
 * register in its own frame and reuse it before the asm runs, so the
 * register would be read too late. The routine is therefore written in
 * assembly: it stores the registers exactly as its caller holds them, and
 * returns the caller's stack pointer, so that [result, stack base) plus
 * the spilled words are everything the caller's chain holds.
 *
 * Other targets get a C fallback (setjmp): correct wherever the C library
 * does not mangle the registers it saves.
 */
#include <setjmp.h>
#include <string.h>

#include "heap.h"

#if defined(__x86_64__) && defined(__ELF__)
#ifdef __CET__
#define GP_ENDBR "endbr64\n\t"
#else
#define GP_ENDBR ""
#endif
__asm__(".text\n\t"
        ".globl gp_spill_registers\n\t"
        ".type gp_spill_registers, @function\n"
        "gp_spill_registers:\n\t" GP_ENDBR
        "movq %rbx, 0(%rdi)\n\t"
        "movq %rbp, 8(%rdi)\n\t"
        "movq %r12, 16(%rdi)\n\t"
        "movq %r13, 24(%rdi)\n\t"
        "movq %r14, 32(%rdi)\n\t"
        "movq %r15, 40(%rdi)\n\t"
        "leaq 8(%rsp), %rax\n\t" /* the caller's stack pointer before the call */
        "ret\n\t"
        ".size gp_spill_registers, .-gp_spill_registers\n\t");
#elif defined(__aarch64__) && defined(__ELF__)
__asm__(".text\n\t"
        ".globl gp_spill_registers\n\t"
        ".type gp_spill_registers, %function\n"
        "gp_spill_registers:\n\t"
        "stp x19, x20, [x0, #0]\n\t"
        "stp x21, x22, [x0, #16]\n\t"
        "stp x23, x24, [x0, #32]\n\t"
        "stp x25, x26, [x0, #48]\n\t"
        "stp x27, x28, [x0, #64]\n\t"
        "stp x29, x30, [x0, #80]\n\t"
        "stp d8, d9, [x0, #96]\n\t"
        "stp d10, d11, [x0, #112]\n\t"
        "stp d12, d13, [x0, #128]\n\t"
        "stp d14, d15, [x0, #144]\n\t"
        "mov x0, sp\n\t"
        "ret\n\t"
        ".size gp_spill_registers, .-gp_spill_registers\n\t");
#else
_Static_assert(sizeof(jmp_buf) <= sizeof(GpRegs), "GpRegs too small for a jmp_buf");
__attribute__((noinline)) void *gp_spill_registers(GpRegs *r) {
    jmp_buf regs;
    setjmp(regs);
    memcpy(r->w, &regs, sizeof regs);
    return __builtin_frame_address(0);
}
#endif
