"""Campaigns and urgent-appeal cases. The page models arrive with the campaigns issue."""
