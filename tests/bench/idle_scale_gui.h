// Scenario B of bench_idle_scale: the real main window, offscreen, its Server tab in echo mode
// holding the fleet's clients. Needs a QApplication.
#pragma once

#include "idle_client_fleet.h"

#include <cstdint>

namespace socketlab::bench {

struct GuiScaleFigures {
    bool listened = false;
    FleetReply connected;
    FleetReply echoed;
    std::uint32_t rowsShown = 0; // client list rows once every client connected
    double rowsShownSeconds = 0; // from the first connect() to the last row shown
    double connectStallMs = 0; // longest gap of a 10 ms timer while the clients connected
    double echoStallMs = 0; // ... while every client's echo went through
    // Of the longest stalls: how long the GUI thread ran, and how long it waited for a CPU.
    double connectStallRunMs = 0;
    double connectStallWaitMs = 0;
    double echoStallRunMs = 0;
    double echoStallWaitMs = 0;
    double bytesPerConnection = 0; // resident growth / clients
    double clickSelectMs = 0; // click on a row until it is selected and painted
    double scrollMs = 0; // longest of scroll to end / middle / top, each painted
};

GuiScaleFigures runServerTabScenario(ClientFleet& fleet, std::uint32_t clients, int backlog);

} // namespace socketlab::bench
