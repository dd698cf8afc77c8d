// HandPoseIO: replaced by the module's real sources.
import HandPoseCore
enum HandPoseIOPlaceholder {}
