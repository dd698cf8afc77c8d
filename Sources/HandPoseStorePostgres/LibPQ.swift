internal import CLibPQ
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import HandPoseStore

/// libpq, loaded at run time the first time a PostgreSQL database is opened.
///
/// Linking libpq would load it and the ~20 libraries it depends on (TLS, Kerberos, LDAP, SASL) into
/// every `handpose` process: about 11 ms of start-up measured here, more than the analysis of a
/// short recording. Loading it on demand keeps SQLite-only and analysis-only runs fast, and a
/// machine without libpq gets a clear error instead of failing to start.
///
/// The functions below have libpq's own names and signatures (their types come from libpq-fe.h
/// through the `CLibPQ` shim), so the backend calls them exactly as it would call libpq.
struct LibPQ: @unchecked Sendable {
    // @unchecked: immutable after loading; the pointers are plain C function pointers.
    let connectdb: handpose_PQconnectdb_fn
    let status: handpose_PQstatus_fn
    let finish: handpose_PQfinish_fn
    let setNoticeProcessor: handpose_PQsetNoticeProcessor_fn
    let errorMessage: handpose_PQerrorMessage_fn
    let host: handpose_PQhost_fn
    let port: handpose_PQport_fn
    let exec: handpose_PQexec_fn
    let execParams: handpose_PQexecParams_fn
    let clear: handpose_PQclear_fn
    let cmdStatus: handpose_PQcmdStatus_fn
    let resultStatus: handpose_PQresultStatus_fn
    let resultErrorField: handpose_PQresultErrorField_fn
    let ntuples: handpose_PQntuples_fn
    let nfields: handpose_PQnfields_fn
    let fname: handpose_PQfname_fn
    let ftype: handpose_PQftype_fn
    let getisnull: handpose_PQgetisnull_fn
    let getvalue: handpose_PQgetvalue_fn
    let getlength: handpose_PQgetlength_fn
    let unescapeBytea: handpose_PQunescapeBytea_fn
    let freemem: handpose_PQfreemem_fn

    /// The library names tried, in order.
    static let candidates = ["libpq.so.5", "libpq.so", "libpq.5.dylib", "libpq.dylib"]

    /// The loaded library, or the reason it could not be loaded (tried once per process).
    static let loaded: Result<LibPQ, StoreError> = {
        guard let handle = candidates.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else {
            return .failure(
                StoreError(
                    .connection,
                    "PostgreSQL needs the libpq client library, which is not installed here "
                        + "(Debian/Ubuntu: apt install libpq5; macOS: brew install libpq)"))
        }
        var missing: [String] = []
        func symbol<T>(_ name: String, _ type: T.Type) -> T? {
            guard let pointer = dlsym(handle, name) else {
                missing.append(name)
                return nil
            }
            return unsafeBitCast(pointer, to: type)
        }
        let library = LibPQ(
            connectdb: symbol("PQconnectdb", handpose_PQconnectdb_fn.self),
            status: symbol("PQstatus", handpose_PQstatus_fn.self),
            finish: symbol("PQfinish", handpose_PQfinish_fn.self),
            setNoticeProcessor: symbol("PQsetNoticeProcessor", handpose_PQsetNoticeProcessor_fn.self),
            errorMessage: symbol("PQerrorMessage", handpose_PQerrorMessage_fn.self),
            host: symbol("PQhost", handpose_PQhost_fn.self),
            port: symbol("PQport", handpose_PQport_fn.self),
            exec: symbol("PQexec", handpose_PQexec_fn.self),
            execParams: symbol("PQexecParams", handpose_PQexecParams_fn.self),
            clear: symbol("PQclear", handpose_PQclear_fn.self),
            cmdStatus: symbol("PQcmdStatus", handpose_PQcmdStatus_fn.self),
            resultStatus: symbol("PQresultStatus", handpose_PQresultStatus_fn.self),
            resultErrorField: symbol("PQresultErrorField", handpose_PQresultErrorField_fn.self),
            ntuples: symbol("PQntuples", handpose_PQntuples_fn.self),
            nfields: symbol("PQnfields", handpose_PQnfields_fn.self),
            fname: symbol("PQfname", handpose_PQfname_fn.self),
            ftype: symbol("PQftype", handpose_PQftype_fn.self),
            getisnull: symbol("PQgetisnull", handpose_PQgetisnull_fn.self),
            getvalue: symbol("PQgetvalue", handpose_PQgetvalue_fn.self),
            getlength: symbol("PQgetlength", handpose_PQgetlength_fn.self),
            unescapeBytea: symbol("PQunescapeBytea", handpose_PQunescapeBytea_fn.self),
            freemem: symbol("PQfreemem", handpose_PQfreemem_fn.self))
        guard missing.isEmpty, let library else {
            return .failure(
                StoreError(
                    .connection, "the libpq found here lacks \(missing.joined(separator: ", ")); install libpq 10 or newer"))
        }
        return .success(library)
    }()

    /// The loaded library; throws `.connection` with the install command when it is missing.
    static func require() throws(StoreError) -> LibPQ { try loaded.get() }

    /// The library, for code that runs only after ``require()`` succeeded (a connection exists).
    static var shared: LibPQ {
        guard case .success(let library) = loaded else { preconditionFailure("libpq used before it was loaded") }
        return library
    }

    private init?(
        connectdb: handpose_PQconnectdb_fn?, status: handpose_PQstatus_fn?, finish: handpose_PQfinish_fn?,
        setNoticeProcessor: handpose_PQsetNoticeProcessor_fn?, errorMessage: handpose_PQerrorMessage_fn?,
        host: handpose_PQhost_fn?, port: handpose_PQport_fn?, exec: handpose_PQexec_fn?,
        execParams: handpose_PQexecParams_fn?, clear: handpose_PQclear_fn?, cmdStatus: handpose_PQcmdStatus_fn?,
        resultStatus: handpose_PQresultStatus_fn?, resultErrorField: handpose_PQresultErrorField_fn?,
        ntuples: handpose_PQntuples_fn?, nfields: handpose_PQnfields_fn?, fname: handpose_PQfname_fn?,
        ftype: handpose_PQftype_fn?, getisnull: handpose_PQgetisnull_fn?, getvalue: handpose_PQgetvalue_fn?,
        getlength: handpose_PQgetlength_fn?, unescapeBytea: handpose_PQunescapeBytea_fn?,
        freemem: handpose_PQfreemem_fn?
    ) {
        guard let connectdb, let status, let finish, let setNoticeProcessor, let errorMessage, let host, let port,
              let exec, let execParams, let clear, let cmdStatus, let resultStatus, let resultErrorField, let ntuples,
              let nfields, let fname, let ftype, let getisnull, let getvalue, let getlength, let unescapeBytea,
              let freemem
        else { return nil }
        self.connectdb = connectdb
        self.status = status
        self.finish = finish
        self.setNoticeProcessor = setNoticeProcessor
        self.errorMessage = errorMessage
        self.host = host
        self.port = port
        self.exec = exec
        self.execParams = execParams
        self.clear = clear
        self.cmdStatus = cmdStatus
        self.resultStatus = resultStatus
        self.resultErrorField = resultErrorField
        self.ntuples = ntuples
        self.nfields = nfields
        self.fname = fname
        self.ftype = ftype
        self.getisnull = getisnull
        self.getvalue = getvalue
        self.getlength = getlength
        self.unescapeBytea = unescapeBytea
        self.freemem = freemem
    }
}
