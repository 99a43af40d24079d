"""The Summit Archive's build pipeline: raw article -> clean article -> metadata -> page."""

# Bump when a change to the code changes what the build writes: it keys the build cache.
PIPELINE_VERSION = "1"
