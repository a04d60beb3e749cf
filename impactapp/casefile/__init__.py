"""The impactapp-case/1 file format: validated import and export."""
