#pragma once

namespace ad::app {
// Creates the QApplication and the main window; argv[1], if present, is a file to open.
int main(int argc, char **argv);
}
