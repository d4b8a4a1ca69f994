"""A tiny package."""
VERSION = "1.0"
print("package _shop loaded")
