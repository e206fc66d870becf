// SPDX-License-Identifier: MIT
// One Catch2 main for every test binary: a QCoreApplication first, so Qt objects work in tests.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
