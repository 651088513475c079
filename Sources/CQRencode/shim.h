#ifndef GIGDESK_CQRENCODE_SHIM_H
#define GIGDESK_CQRENCODE_SHIM_H
#include <qrencode.h>
#endif
