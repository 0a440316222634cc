"""Project risks: probability × impact, owner, mitigation, and a small status workflow."""
