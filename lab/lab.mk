# The GIL lab (included by the top Makefile): every experiment of
# lab/experiments under gilpy's three GIL policies and the installed
# CPythons, collected into lab-report/results.json by ./gilpy, then the
# report (lab/report.py, where present), then a summary table.
# See lab/README.md.
#
#   make lab          full run, under 3 minutes on 2 cores
#   make lab-quick    gilpy's policies and CPython 3.12 only, short runs

LAB_OUT ?= lab-report

.PHONY: lab lab-quick

lab: gilpy
	lab/run.sh --out $(LAB_OUT)
	$(MAKE) --no-print-directory lab-finish

lab-quick: gilpy
	lab/run.sh --quick --out $(LAB_OUT)
	$(MAKE) --no-print-directory lab-finish

.PHONY: lab-finish
lab-finish:
	./gilpy lab/collect.py --no-summary $(LAB_OUT)
	@if [ -f lab/report.py ]; then ./gilpy lab/report.py $(LAB_OUT); \
	else echo "lab: no lab/report.py: the report was not made"; fi
	@./gilpy lab/collect.py --summary $(LAB_OUT)
