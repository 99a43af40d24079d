"""The Summit Archive's build pipeline: raw article -> clean article -> metadata -> page."""

# The build cache is keyed by the code and templates themselves (archive/incremental.py): no version to bump.
