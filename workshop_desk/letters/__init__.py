"""Reminder and claim letters: texts, rendering and the payment QR code."""
