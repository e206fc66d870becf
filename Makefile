# Thin wrapper: the real build is CMake (see CMakePresets.json).
#   make run    install what is missing, build, make the demo film if needed, open the default lesson
#   make test   install what is missing, build, run every test headless, then again under ASan+UBSan
.PHONY: all deps build run test test-asan bench film clean

JOBS ?= $(shell nproc)
LESSON ?= lessons/konflikter-med-kunder/lesson.json

all: build

deps:
	@scripts/install-deps

build: deps
	cmake --preset default
	cmake --build --preset default -j $(JOBS)

film: deps
	@/usr/bin/python3 scripts/make-demo-film --if-missing

run: build film
	build/bin/stoppunkt $(LESSON)

test: build film
	ctest --preset default -j $(JOBS)
	$(MAKE) --no-print-directory test-asan

test-asan: deps
	cmake --preset asan
	cmake --build --preset asan -j $(JOBS) --target lesson_tests session_tests ui_tests stoppunkt
	ctest --preset asan -j $(JOBS) -L unit

bench: build
	scripts/run-benchmarks

clean:
	rm -rf build build-asan
