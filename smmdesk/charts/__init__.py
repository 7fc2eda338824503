"""matplotlib Figure builders (no pyplot): the same figure is drawn in a window and saved to a file."""
