#define LAPACK_COMPLEX_STRUCTURE
#include <lapacke.h>
#include <cblas.h>

// The archives linked are whatever the system's liblapack.a / libblas.a alternatives name: the
// reference implementation (what scripts/install-system-packages.sh installs) or OpenBLAS. OpenBLAS
// starts worker threads when the process starts; these weak references let handpose stop them
// when OpenBLAS is linked and do nothing otherwise.
#pragma weak openblas_set_num_threads
#pragma weak blas_thread_shutdown_
void openblas_set_num_threads(int);
int blas_thread_shutdown_(void);

static inline void handpose_blas_single_threaded(void) {
    if (openblas_set_num_threads) openblas_set_num_threads(1);
    if (blas_thread_shutdown_) blas_thread_shutdown_();
}
