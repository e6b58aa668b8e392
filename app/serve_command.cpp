// `overlap serve`: the embedded httpbin-style server on its own, for the
// multi-process runs, the benchmarks, and anyone with curl.
#include <QCommandLineParser>

#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/signal_set.hpp>

#include <unistd.h>

#include <array>
#include <csignal>
#include <cstdio>
#include <functional>
#include <optional>
#include <stdexcept>
#include <thread>

#include "command_help.hpp"
#include "commands.hpp"
#include "server/http_server.hpp"

namespace overlap::app {
namespace {

namespace net = boost::asio;

constexpr int kUsageError = 2;

int usage_error(const QString& message) {
    std::fprintf(stderr, "overlap serve: %s\n", qPrintable(message));
    return kUsageError;
}

}  // namespace

int serve_command(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs the embedded httpbin-style server: /delay/{seconds}, /status/{code}, "
                       "/bytes/{n}, /drip, /get, /abort. Prints 'listening on URL' first."));
    const QCommandLineOption help = add_help_option(parser);
    const QCommandLineOption port_option(QStringLiteral("port"),
                                         QStringLiteral("Port to listen on; 0 picks a free one."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption host_option(
        QStringLiteral("host"),
        QStringLiteral("Address to listen on. Anything but loopback exposes the server."),
        QStringLiteral("H"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption max_option(QStringLiteral("max-connections"),
                                        QStringLiteral("Connections served at once; more get 503."),
                                        QStringLiteral("N"),
                                        QString::number(ServerConfig{}.max_connections));
    const QCommandLineOption parent_option(
        QStringLiteral("exit-with-parent"),
        QStringLiteral("Exit when stdin reaches end of file (the parent closed it or died)."));
    parser.addOptions({port_option, host_option, max_option, parent_option});

    if (!parser.parse(arguments)) return usage_error(parser.errorText());
    if (parser.isSet(help)) show_command_help(parser, arguments);
    if (!parser.positionalArguments().isEmpty()) {
        return usage_error(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }

    ServerConfig config;
    bool ok = false;
    const uint port = parser.value(port_option).toUInt(&ok);
    if (!ok || port > 65535) {
        return usage_error(QStringLiteral("--port must be a whole number from 0 to 65535, got '%1'")
                               .arg(parser.value(port_option)));
    }
    config.port = static_cast<unsigned short>(port);
    const qulonglong max_connections = parser.value(max_option).toULongLong(&ok);
    if (!ok || max_connections == 0) {
        return usage_error(
            QStringLiteral("--max-connections must be a whole number above 0, got '%1'")
                .arg(parser.value(max_option)));
    }
    config.max_connections = max_connections;
    config.host = parser.value(host_option).toStdString();

    std::optional<HttpServer> server;
    try {
        server.emplace(config);
    } catch (const std::runtime_error& error) {
        std::fprintf(stderr, "overlap serve: %s\n", error.what());
        return 1;
    }
    if (!server->listens_on_loopback()) {
        std::fprintf(stderr, "overlap serve: warning: %s is reachable from other machines\n",
                     server->base_url().c_str());
    }

    // Signals and the parent watch live on their own small loop, so the
    // server's loop stays exactly the one being measured.
    net::io_context control;
    net::signal_set stop_signals(control, SIGINT, SIGTERM);
    stop_signals.async_wait([&](const boost::system::error_code& ec, int) {
        if (!ec) server->stop();
    });
    net::posix::stream_descriptor input(control);
    std::array<char, 256> sink;
    std::function<void()> watch_parent = [&] {
        input.async_read_some(net::buffer(sink),
                              [&](const boost::system::error_code& ec, std::size_t) {
                                  if (ec) {
                                      server->stop();
                                  } else {
                                      watch_parent();
                                  }
                              });
    };
    if (parser.isSet(parent_option)) {
        boost::system::error_code ec;
        input.assign(STDIN_FILENO, ec);
        if (ec) {
            return usage_error(QStringLiteral("--exit-with-parent cannot watch stdin (%1)")
                                   .arg(QString::fromStdString(ec.message())));
        }
        watch_parent();
    }
    std::thread control_thread([&] { control.run(); });

    std::printf("listening on %s\n", server->base_url().c_str());
    std::fflush(stdout);
    server->run();

    control.stop();
    control_thread.join();
    return 0;
}

}  // namespace overlap::app
