"""An archival reader: seed texts -> validated YAML records -> a static, offline site."""
