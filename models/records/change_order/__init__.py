"""Change events, change order requests and change orders: priced lines, the approval
workflow with signatures, and promotion from one tier to the next."""
