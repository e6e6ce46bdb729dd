"""Tables, engine, unit of work and migrations. Nothing here imports Qt, services or views."""
