# The GIL lab's report (included by the top Makefile).
#   make test-lab         lab/report.py on the fixture, rendered in headless
#                         Chromium (installed by tools/install_chromium.sh)
#   make lab-screenshot   a PNG of lab-report/index.html (after make lab)
.PHONY: test-lab lab-screenshot lab-report-html

LAB_REPORT_DIR ?= lab-report
LAB_SHOT_HEIGHT ?= 9000

test-lab: gilpy
	sh tests/lab/test_report.sh

# Rewrite lab-report/index.html from lab-report/results.json (make lab does
# this itself; useful after editing lab/report.py).
lab-report-html: gilpy
	./gilpy lab/report.py $(LAB_REPORT_DIR)

lab-screenshot:
	@if [ ! -f $(LAB_REPORT_DIR)/index.html ]; then \
	    echo "lab-screenshot: $(LAB_REPORT_DIR)/index.html does not exist yet: run 'make lab' (or 'make lab-quick') first"; \
	    exit 1; fi
	@[ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1 || sh tools/install_chromium.sh
	@# the page's height, measured in a scratch copy with one inline script
	@sed 's|</body>|<script>document.title="height="+document.documentElement.scrollHeight</script></body>|' \
	    $(LAB_REPORT_DIR)/index.html > $(LAB_REPORT_DIR)/.measure.html
	@h=$$(chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1000 \
	    --dump-dom file://$(abspath $(LAB_REPORT_DIR))/.measure.html 2>/dev/null | \
	    grep -o 'height=[0-9]*' | head -1 | cut -d= -f2); rm -f $(LAB_REPORT_DIR)/.measure.html; \
	  h=$${h:-$(LAB_SHOT_HEIGHT)}; echo "chromium: screenshot 1280x$$h"; \
	  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars \
	    --window-size=1280,$$h --screenshot=$(LAB_REPORT_DIR)/screenshot.png \
	    file://$(abspath $(LAB_REPORT_DIR))/index.html 2>/dev/null
	@echo "screenshot: $(LAB_REPORT_DIR)/screenshot.png"
