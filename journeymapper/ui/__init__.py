"""The main window, docks and dialogs."""
