"""Attribution rules, one module per family; registry.py declares them and their order."""
