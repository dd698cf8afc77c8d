#define LAPACK_COMPLEX_STRUCTURE
#include <lapacke.h>
#include <cblas.h>

// OpenBLAS: stops the worker threads it started when it was loaded (exported, used for fork safety).
int blas_thread_shutdown_(void);
