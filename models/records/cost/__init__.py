"""Owner cost control: the owner's budget by cost code, budget transfers, commitments
(contracts and purchase orders with their schedule of values and rates) and the
contractors' payment applications the owner's representative reviews and certifies."""
