"""Small reusable widgets: money and date input, forms with messages beside each field."""
