// libpq's declarations only: HandPoseStorePostgres loads libpq at run time (dlopen) the first time a
// PostgreSQL database is opened, so the ~20 libraries libpq pulls in (TLS, Kerberos, LDAP) cost
// nothing to commands that never touch PostgreSQL.
#if __has_include(<libpq-fe.h>)
#include <libpq-fe.h>
#else
#include <postgresql/libpq-fe.h>
#endif

// Pointer types of the libpq functions handpose calls, for the symbols looked up with dlsym.
#define HANDPOSE_PQ_FUNCTION(name) typedef __typeof__(name) *handpose_##name##_fn;
HANDPOSE_PQ_FUNCTION(PQconnectdb)
HANDPOSE_PQ_FUNCTION(PQstatus)
HANDPOSE_PQ_FUNCTION(PQfinish)
HANDPOSE_PQ_FUNCTION(PQsetNoticeProcessor)
HANDPOSE_PQ_FUNCTION(PQerrorMessage)
HANDPOSE_PQ_FUNCTION(PQhost)
HANDPOSE_PQ_FUNCTION(PQport)
HANDPOSE_PQ_FUNCTION(PQexec)
HANDPOSE_PQ_FUNCTION(PQexecParams)
HANDPOSE_PQ_FUNCTION(PQclear)
HANDPOSE_PQ_FUNCTION(PQcmdStatus)
HANDPOSE_PQ_FUNCTION(PQresultStatus)
HANDPOSE_PQ_FUNCTION(PQresultErrorField)
HANDPOSE_PQ_FUNCTION(PQntuples)
HANDPOSE_PQ_FUNCTION(PQnfields)
HANDPOSE_PQ_FUNCTION(PQfname)
HANDPOSE_PQ_FUNCTION(PQftype)
HANDPOSE_PQ_FUNCTION(PQgetisnull)
HANDPOSE_PQ_FUNCTION(PQgetvalue)
HANDPOSE_PQ_FUNCTION(PQgetlength)
HANDPOSE_PQ_FUNCTION(PQunescapeBytea)
HANDPOSE_PQ_FUNCTION(PQfreemem)
#undef HANDPOSE_PQ_FUNCTION
