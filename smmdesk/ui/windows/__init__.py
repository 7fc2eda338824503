"""windows of the user interface."""
