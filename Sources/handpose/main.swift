import HandPoseCLI

HandPoseCommand.main()
