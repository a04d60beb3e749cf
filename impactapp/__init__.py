"""ImpactApp: environmental and distributional impact assessment tied to the SDGs."""

__version__ = "0.1.0"
