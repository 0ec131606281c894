"""Dialogs: customer, invoice and installment plan, payment, contact, letter preview."""
