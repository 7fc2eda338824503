"""models of the user interface."""
