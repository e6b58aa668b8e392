// Test clients for the embedded server: a libcurl easy handle for ordinary
// requests, and a raw socket for what no well-behaved client would send.
#pragma once

#include <curl/curl.h>

#include <chrono>
#include <string>
#include <vector>

namespace overlap::testing {

struct Reply {
    CURLcode result = CURLE_OK;
    long status = 0;
    std::string body;
    std::string headers;  // every header line, informational responses included
    double first_byte_s = 0;
    double total_s = 0;
    long new_connections = 0;
    std::vector<double> chunk_arrivals_s;  // when each piece of the body arrived, from the start
};

// One easy handle, so consecutive requests can reuse the connection.
class HttpClient {
public:
    HttpClient();
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    Reply get(const std::string& url, const std::vector<std::string>& headers = {});
    Reply request(const std::string& method, const std::string& url);

private:
    Reply perform(const std::string& url);
    CURL* handle_;
};

Reply fetch(const std::string& url);

// A plain TCP connection to 127.0.0.1.
class RawSocket {
public:
    explicit RawSocket(unsigned short port);
    ~RawSocket();
    RawSocket(const RawSocket&) = delete;
    RawSocket& operator=(const RawSocket&) = delete;

    void send(const std::string& bytes);
    struct Received {
        std::string bytes;
        bool closed = false;  // the server closed (or reset) the connection
        double elapsed_s = 0;
    };
    // Everything the server sends until it closes, or until `timeout`.
    Received read_until_closed(std::chrono::milliseconds timeout = std::chrono::seconds(5));
    void close();

private:
    int fd_ = -1;
};

}  // namespace overlap::testing
