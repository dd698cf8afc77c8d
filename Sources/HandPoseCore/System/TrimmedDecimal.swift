extension String {
    /// `value` with at most `places` decimals and no trailing zeros: `15`, `7.5`, `0.625`, and `0`
    /// rather than `-0`. Numbers in messages and tables read this way, so that a rate estimated from
    /// timestamps as 15.000000000000053 Hz prints as `15`. Non-finite values print as C does (`nan`,
    /// `inf`, `-inf`).
    public init(trimmedDecimal value: Double, places: Int) {
        var text = String(cFormat: "%.*f", Int32(places), value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        self = text == "-0" ? "0" : text
    }
}
