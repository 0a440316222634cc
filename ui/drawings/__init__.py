"""The drawings screen: sheets, the tiled sheet viewer, pins and revision compare."""
