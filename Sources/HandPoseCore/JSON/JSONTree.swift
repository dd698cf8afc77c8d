/// A JSON value under construction by ``JSONTreeEncoder``. Objects and arrays are boxes, because
/// a nested container keeps writing into its parent's storage after it has been handed out.
enum JSONTree {
    case null
    case bool(Bool)
    /// A number, already in its final text.
    case number(String)
    case string(String)
    case array(JSONArrayBox)
    case object(JSONObjectBox)
    /// The value a super-encoder writes, which may come after the slot is placed; an empty object
    /// if it writes nothing (as `JSONEncoder`).
    case slot(JSONSlot)
}

/// The elements of a JSON array, in order.
final class JSONArrayBox {
    var elements: [JSONTree] = []
}

/// The members of a JSON object; a key encoded twice keeps its last value (as `JSONEncoder`).
final class JSONObjectBox {
    var members: [String: JSONTree] = [:]
}

/// Where an encoder puts the one value it encodes.
final class JSONSlot {
    var value: JSONTree?
}
