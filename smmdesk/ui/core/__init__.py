"""core of the user interface."""
