// HandPoseQuality: replaced by the module's real sources.
import HandPoseCore
enum HandPoseQualityPlaceholder {}
