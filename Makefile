# gilpy - build, test and benchmark.
#
#   make            build ./gilpy (release: -O2)
#   make test       every suite (language, parser, C units), ending with "N passed, N failed"
#   make test-gc    the collector under stress: the language suite with GILPY_GC_STRESS at
#                   two levels, the thread GC stress script, the register-spill unit test
#   make asan       build build/asan/gilpy (AddressSanitizer + UndefinedBehaviorSanitizer)
#   make tsan       build build/tsan/gilpy (ThreadSanitizer)
#   make expected   regenerate tests/lang expected files with CPython 3.12
#   make bench      benchmarks: gilpy against CPython (ratios of medians), then
#                   the seed's GIL experiment under each policy and CPython

CC ?= cc
CSTD = -std=c11 -D_DEFAULT_SOURCE
WARN = -Wall -Wextra -Werror -Wno-unused-parameter
OPT ?= -O2 -g
CFLAGS_ALL = $(CSTD) $(WARN) $(OPT) -Iinclude -Isrc $(CFLAGS)
LDLIBS = -lm -lpthread

SRCS := $(shell find src -name '*.c' | sort)
LIB_SRCS := $(filter-out src/main.c,$(SRCS))

BUILD ?= build/release
OBJS := $(patsubst src/%.c,$(BUILD)/%.o,$(SRCS))
DEPS := $(OBJS:.o=.d)

.PHONY: all test test-gc test-lang test-unit asan tsan expected bench clean lab

all: gilpy

# Copied by rename, so that a ./gilpy still running keeps its old file.
gilpy: $(BUILD)/gilpy
	@cp $< $@.tmp && mv -f $@.tmp $@

$(BUILD)/gilpy: $(OBJS)
	@echo "  LINK $@"
	@$(CC) $(CFLAGS_ALL) -o $@ $^ $(LDLIBS)

$(BUILD)/%.o: src/%.c
	@mkdir -p $(dir $@)
	@echo "  CC   $<"
	@$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

-include $(DEPS)

# Sanitizer builds find the Python library through a lib/ link beside them.
asan:
	$(MAKE) BUILD=build/asan OPT="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" build/asan/gilpy
	@ln -sfn ../../lib build/asan/lib

tsan:
	$(MAKE) BUILD=build/tsan OPT="-O1 -g -fsanitize=thread" build/tsan/gilpy
	@ln -sfn ../../lib build/tsan/lib

# ---- tests

UNIT_TESTS := build/unit/test_bignum build/unit/test_numfmt build/unit/test_dict build/unit/test_gil build/unit/test_spill

build/unit/test_bignum: tests/unit/test_bignum.c $(wildcard src/obj/bignum*.c src/obj/bignum*.h)
	@mkdir -p build/unit
	$(CC) $(CSTD) $(WARN) -O2 -Isrc -Dmalloc=bn_test_malloc -o $@ tests/unit/test_bignum.c src/obj/bignum*.c -lm

build/unit/test_numfmt: tests/unit/test_numfmt.c $(wildcard src/obj/numfmt*.c src/obj/numfmt*.h)
	@mkdir -p build/unit
	$(CC) $(CSTD) $(WARN) -O2 -Isrc -o $@ tests/unit/test_numfmt.c src/obj/numfmt*.c -lm

build/unit/test_dict: tests/unit/test_dict.c $(OBJS)
	@mkdir -p build/unit
	$(CC) $(CFLAGS_ALL) -o $@ tests/unit/test_dict.c $(filter-out $(BUILD)/main.o,$(OBJS)) $(LDLIBS)

build/unit/test_gil: tests/unit/test_gil.c $(wildcard src/gil/*.c src/gil/*.h include/gilpy/gil.h)
	@mkdir -p build/unit
	$(CC) $(CFLAGS_ALL) -o $@ tests/unit/test_gil.c src/gil/gil.c src/gil/gil_ticks.c src/gil/gil_timed.c src/gil/gil_sched.c -lpthread

# The lock alone under ThreadSanitizer (run by .ci/run).
build/unit/test_gil_tsan: tests/unit/test_gil.c $(wildcard src/gil/*.c src/gil/*.h include/gilpy/gil.h)
	@mkdir -p build/unit
	$(CC) $(CSTD) $(WARN) -O1 -g -fsanitize=thread -Iinclude -Isrc -o $@ tests/unit/test_gil.c src/gil/gil.c src/gil/gil_ticks.c src/gil/gil_timed.c src/gil/gil_sched.c -lpthread

test: gilpy $(UNIT_TESTS)
	tools/run_tests.sh

# The x86-64 test calls the routine from inline assembly, which pushes a
# return address into the red zone.
build/unit/test_spill: tests/unit/test_spill.c src/mem/regs.c src/mem/heap.h
	@mkdir -p build/unit
	$(CC) $(CSTD) $(WARN) -O2 $(if $(filter x86_64,$(shell uname -m)),-mno-red-zone) -Iinclude -Isrc -o $@ tests/unit/test_spill.c src/mem/regs.c

test-gc: gilpy build/unit/test_spill
	SUITES=gc tools/run_tests.sh

expected:
	tools/gen_expected.sh

# The machine's floor for bench/gil/latency.sh (the same experiments in C,
# no interpreter lock).
build/floor: bench/gil/floor.c
	@mkdir -p build
	$(CC) -std=c11 $(WARN) -O2 -o $@ bench/gil/floor.c -lpthread

bench: gilpy build/floor
	bench/run.sh
	bench/gil/run.sh
	bench/gil/latency.sh

clean:
	rm -rf build gilpy

# The GIL lab (make lab, make lab-quick) and its report (make lab-screenshot,
# make test-lab) live beside the experiments.
-include lab/lab.mk
-include lab/report.mk
