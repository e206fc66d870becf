# Thin wrapper: the real build is CMake (see CMakePresets.json).
#   make run    install what is missing, build, make the demo film if needed, open the default lesson
#   make package  build the Debian package, build/stoppunkt_<version>_amd64.deb
#   make format   format the C++ sources (.clang-format); make test checks it
#   make test   install what is missing, build, run every test headless (the format check included), then every
#               unit-test program again under ASan+UBSan (clang), then fuzz the lesson loader (40 s) and the room's
#               network inputs (20 s each); it prints each phase's time at the end (scripts/run-tests)
.PHONY: all deps build run test test-asan test-fuzz bench film package format clean

JOBS ?= $(shell nproc)
# The build make run and make test use: warnings are errors, as in CI (`PRESET=default` to relax that).
PRESET ?= werror
LESSON ?= lessons/konflikter-med-kunder/lesson.json

all: build

deps:
	@scripts/install-deps
	@scripts/clear-stale-builds

build: deps
	cmake --preset $(PRESET)
	cmake --build --preset $(PRESET) -j $(JOBS)

film: deps
	@/usr/bin/python3 scripts/make-demo-film --if-missing

run: build film
	build/bin/stoppunkt $(LESSON)

test:
	@JOBS=$(JOBS) PRESET=$(PRESET) scripts/run-tests

# The unit tests again, built by clang with AddressSanitizer and UndefinedBehaviorSanitizer: every test program of
# tests/ but the walk, the OpenGL test and the browser drivers (the unit_tests target).
test-asan: deps
	cmake --preset asan
	cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS)

# libFuzzer over the lesson loader, the phones' and the remote's messages and the room's file, built in the same
# instrumented tree as test-asan: a crash, a sanitizer report, a broken rule or an input slower than 2 s fails.
test-fuzz: deps
	cmake --preset asan
	cmake --build --preset fuzz -j $(JOBS)
	scripts/run-fuzzer --seconds 40 lesson
	scripts/run-fuzzer --seconds 20 phone_message remote_message room_file

# The Debian package: build/stoppunkt_<version>_amd64.deb (install it with: sudo apt install ./build/stoppunkt_*.deb)
package: build
	cd build && cpack -G DEB

bench: deps
	cmake --preset $(PRESET) -DSTOPPUNKT_BENCH=ON
	cmake --build --preset $(PRESET) -j $(JOBS)
	scripts/run-benchmarks

# Formats the C++ sources as .clang-format says; make test fails on code that does not follow it.
format: deps
	scripts/format

clean:
	rm -rf build build-asan
