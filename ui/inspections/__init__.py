"""The inspections area: the register page, new-inspection form, checklist runner, finish
dialog, and the template library and editor the checklists come from."""
