"""Repositories: plain functions over a `Session` whose lifetime the caller owns."""
