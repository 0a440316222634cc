"""Report kinds: gather data from the store and build the PDFs (inspection, punch, change-orders, issues, status, portfolio)."""
