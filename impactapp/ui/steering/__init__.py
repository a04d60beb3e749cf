"""Steering views: targets per indicator, the Utfordringer view and the plan register."""
