#define LAPACK_COMPLEX_STRUCTURE
#include <lapacke.h>
#include <cblas.h>
