/* run.h - the command line and the interactive prompt. */
#ifndef GP_RUN_H
#define GP_RUN_H

/* gilpy FILE [ARG...] | -c CODE [ARG...] | - [ARG...] | (prompt)
 * | --version | -h, with -X gil=POLICY. Returns the exit status. */
int gp_main(int argc, char **argv);

#endif
