"""The application: use cases as service functions, and the two front doors over them."""
