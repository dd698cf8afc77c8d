import Testing
@testable import HandPoseMetrics

@Suite("RangeOfMotionConfiguration")
struct RangeOfMotionConfigurationTests {
    @Test("defaults: 2 Hz order-1 smoothing, 2nd and 98th percentiles")
    func defaults() {
        let configuration = RangeOfMotionConfiguration.default
        #expect(configuration.smoothingCutoffHz == 2)
        #expect(configuration.smoothingOrder == 1)
        #expect(configuration.lowerPercentile == 2)
        #expect(configuration.upperPercentile == 98)
    }

    @Test("out-of-range settings name the parameter")
    func invalid() {
        func parameter(_ make: () throws(RangeOfMotionConfigurationError) -> RangeOfMotionConfiguration) -> String? {
            do { _ = try make() } catch { return error.parameter }
            return nil
        }
        #expect(parameter { () throws(RangeOfMotionConfigurationError) in try RangeOfMotionConfiguration(smoothingCutoffHz: 0) } == "smoothingCutoffHz")
        #expect(parameter { () throws(RangeOfMotionConfigurationError) in try RangeOfMotionConfiguration(smoothingOrder: 0) } == "smoothingOrder")
        #expect(parameter { () throws(RangeOfMotionConfigurationError) in try RangeOfMotionConfiguration(lowerPercentile: 60) } == "lowerPercentile")
        #expect(parameter { () throws(RangeOfMotionConfigurationError) in try RangeOfMotionConfiguration(upperPercentile: 101) } == "upperPercentile")
        #expect(parameter { () throws(RangeOfMotionConfigurationError) in try RangeOfMotionConfiguration(minimumFrames: 1) } == "minimumFrames")
        #expect(parameter { () throws(RangeOfMotionConfigurationError) in try RangeOfMotionConfiguration(maximumGapSeconds: -1) } == "maximumGapSeconds")
        #expect(parameter { () throws(RangeOfMotionConfigurationError) in try RangeOfMotionConfiguration(smoothingCutoffHz: nil) } == nil)
    }
}
