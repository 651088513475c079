/// Short number labels for charts.
public enum ChartFormat {
    /// Whole numbers without decimals, others rounded to one decimal; "" for non-finite values.
    public static func compact(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let tenths = (value * 10).rounded() / 10
        if tenths == tenths.rounded(), abs(tenths) < 1e15 { return String(Int64(tenths)) }
        return String(tenths)
    }
}
