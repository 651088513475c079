#ifndef GIGDESK_CHARU_SHIM_H
#define GIGDESK_CHARU_SHIM_H
#include <hpdf.h>
#endif
