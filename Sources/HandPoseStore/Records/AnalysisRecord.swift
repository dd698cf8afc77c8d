#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One row of `clinical_analyses`: the searchable columns of one analysis and its whole JSON
/// document (``ClinicalAnalysisColumns`` derives the columns from a `ClinicalAnalysis`).
///
/// Single-valued columns describe the *primary hand*: the hand with the larger tremor amplitude (or
/// the only hand). Both hands are in the document. Columns for measures handpose does not compute
/// (`coordination_score`, `reaction_time`, `movement_accuracy`, `severity_scores`, `overall_score`)
/// stay null: the schema keeps them for other producers, and a number never stands in for one that
/// was not measured.
public struct AnalysisRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var recordingSessionID: String
    public var signalProcessingResultID: String?
    /// The software version that produced the analysis.
    public var analysisVersion: String
    /// The protocol id the analysis followed (`free-recording`, …).
    public var analysisType: String
    public var primaryHand: String?
    public var tremorFrequency: Double?
    public var tremorAmplitude: Double?
    public var tremorRegularity: Double?
    public var dominantFrequency: Double?
    /// JSON text: the primary hand's spectrum `{frequencyHz: [...], power: [...]}`.
    public var frequencySpectrum: String?
    public var sparc: Double?
    public var ldljv: Double?
    public var normalizedJerk: Double?
    /// JSON text: per hand, the range-of-motion table.
    public var romMeasurements: String?
    public var asymmetryIndex: Double?
    /// JSON text: the asymmetry report.
    public var asymmetryDetails: String?
    public var coordinationScore: Double?
    public var reactionTime: Double?
    public var movementAccuracy: Double?
    public var severityScores: String?
    public var overallScore: Double?
    public var clinicalSummary: String?
    public var confidence: Double?
    /// JSON text: the quality gate's flags.
    public var qualityFlags: String
    /// JSON text: the whole `ClinicalAnalysis` document.
    public var document: String
    public var createdBy: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: String = StoreID.make(), recordingSessionID: String, signalProcessingResultID: String? = nil,
        analysisVersion: String, analysisType: String, primaryHand: String? = nil, tremorFrequency: Double? = nil,
        tremorAmplitude: Double? = nil, tremorRegularity: Double? = nil, dominantFrequency: Double? = nil,
        frequencySpectrum: String? = nil, sparc: Double? = nil, ldljv: Double? = nil, normalizedJerk: Double? = nil,
        romMeasurements: String? = nil, asymmetryIndex: Double? = nil, asymmetryDetails: String? = nil,
        coordinationScore: Double? = nil, reactionTime: Double? = nil, movementAccuracy: Double? = nil,
        severityScores: String? = nil, overallScore: Double? = nil, clinicalSummary: String? = nil,
        confidence: Double? = nil, qualityFlags: String = "[]", document: String, createdBy: String? = nil,
        createdAt: Date = StoreTimestamp.now(), updatedAt: Date? = nil
    ) {
        self.id = id
        self.recordingSessionID = recordingSessionID
        self.signalProcessingResultID = signalProcessingResultID
        self.analysisVersion = analysisVersion
        self.analysisType = analysisType
        self.primaryHand = primaryHand
        self.tremorFrequency = tremorFrequency
        self.tremorAmplitude = tremorAmplitude
        self.tremorRegularity = tremorRegularity
        self.dominantFrequency = dominantFrequency
        self.frequencySpectrum = frequencySpectrum.map(CanonicalJSON.canonical)
        self.sparc = sparc
        self.ldljv = ldljv
        self.normalizedJerk = normalizedJerk
        self.romMeasurements = romMeasurements.map(CanonicalJSON.canonical)
        self.asymmetryIndex = asymmetryIndex
        self.asymmetryDetails = asymmetryDetails.map(CanonicalJSON.canonical)
        self.coordinationScore = coordinationScore
        self.reactionTime = reactionTime
        self.movementAccuracy = movementAccuracy
        self.severityScores = severityScores.map(CanonicalJSON.canonical)
        self.overallScore = overallScore
        self.clinicalSummary = clinicalSummary
        self.confidence = confidence
        self.qualityFlags = CanonicalJSON.canonical(qualityFlags)
        self.document = CanonicalJSON.canonical(document)
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }
}
