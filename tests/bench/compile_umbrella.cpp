// The compile-cost benchmark's subject for the library alone: the umbrella header, no plan.
#include <daye/daye.hpp>

int main() { return 0; }
