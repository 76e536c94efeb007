#!/usr/bin/env bash
# Formats the Swift sources with the checked-in .swift-format, then lints them strictly.
# `scripts/format.sh --lint` only lints (CI runs this).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--lint" ]; then
  swift format --in-place --recursive --parallel Sources Tests Package.swift
fi
swift format lint --strict --recursive --parallel Sources Tests Package.swift
