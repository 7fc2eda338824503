"""widgets of the user interface."""
