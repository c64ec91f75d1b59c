/* opnames.c - opcode names, for disassembly and debugging. */
#include "bytecode.h"

const char *const gp_opcode_names[BC_COUNT] = {
#define GP_OPCODE_NAME(name) #name,
    GP_OPCODES(GP_OPCODE_NAME)
#undef GP_OPCODE_NAME
};
