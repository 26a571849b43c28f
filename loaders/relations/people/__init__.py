"""Whom people work for (WORKS_FOR): titles, appointments, employers."""
