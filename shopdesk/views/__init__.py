"""Qt widgets, dialogs and table models. Views call services and never touch the database layer."""
