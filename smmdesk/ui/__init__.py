"""Everything Qt: windows, dialogs, table models, and the core pieces they share."""
