"""The tabs of the main window: customers, invoices, overdue."""
