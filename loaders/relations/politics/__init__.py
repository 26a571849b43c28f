"""What parties and politicians propose (PROPOSES), and who pays for what (FUNDS)."""
