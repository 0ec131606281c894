"""The Qt interface: windows, tabs, dialogs and table models. Talks to ``services`` only."""
