/* main.c - the gilpy executable: everything is in vm/run.c, so that the
 * unit tests can link the whole interpreter without a main(). */
#include "vm/run.h"

int main(int argc, char **argv) { return gp_main(argc, argv); }
