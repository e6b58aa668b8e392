// What the headless commands' flag parsers share (`overlap run`, `overlap
// sweep`): one error that ends parsing with a line naming the flag, numbers
// read from flags, the workload limits' refusals led by the flag, presets by
// name or file, and output paths checked before a long job starts.
#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <string>

#include "model/preset.hpp"
#include "model/workload_limits.hpp"

namespace overlap::app {

// Thrown inside parsing to end with a message; caught once at the top.
struct FlagError {
    std::string message;
};

// Throws "--FLAG EXPECTED (got 'GOT')".
[[noreturn]] void fail(const QString& flag, const QString& expected, const QString& got);

// The flag's value as a finite number / a whole number, or `fallback` when unset.
double number(const QCommandLineParser& parser, const QCommandLineOption& option, double fallback);
int whole(const QCommandLineParser& parser, const QCommandLineOption& option, int fallback);

// The limit's refusal, led by the flag that asked too much.
void refuse_over_limit(const QCommandLineOption& flag, const Limit& limit, double value);

// Refuses any of `options` that is set: "--X cannot be used with --SOURCE: REASON".
void refuse_with(const QCommandLineParser& parser, const QList<QCommandLineOption>& options,
                 const QString& source, const QString& reason);

// --preset's value: a built-in preset's name, or a preset file (.json).
Preset read_preset(const QString& value);

// The flag's file, checked now that a save there would succeed; empty when unset.
std::string output_path(const QCommandLineParser& parser, const QCommandLineOption& option);

}  // namespace overlap::app
