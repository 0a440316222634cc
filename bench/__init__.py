"""Benchmarks: each case measured against a raw baseline doing the same work in the same run."""
